"""The five kinds of catalog record the manager edits, and what differs between them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import Contact, Organisation, Project, Tag, Venue
from eventplanner.domain.validation import (
    contact_problems,
    organisation_problems,
    project_problems,
    tag_problems,
    venue_problems,
)
from eventplanner.services.catalog.service import CatalogService
from eventplanner.services.workspace import Workspace
from eventplanner.ui.catalog.catalog_form import Record
from eventplanner.ui.labels import organisation_type_label


class CatalogKind(StrEnum):
    VENUE = "venue"
    ORGANISATION = "organisation"
    CONTACT = "contact"
    PROJECT = "project"
    TAG = "tag"


@dataclass(frozen=True, slots=True)
class KindSpec:
    blank: Record
    service: Callable[[Workspace], CatalogService[Any]]
    problems: Callable[[Any], list[ValidationError]]
    detail: Callable[[Any], str]
    used_by_events: bool
    """Whether events refer to this kind (contacts are not: they have no usage)."""
    needs_organisations: bool
    """Whether the form picks an organisation (a contact's, a project's funder)."""


def _venue_detail(venue: Venue) -> str:
    return ", ".join(part for part in (venue.city, venue.country) if part)


def _contact_detail(contact: Contact) -> str:
    return " · ".join(part for part in (contact.title, contact.email) if part)


def _project_detail(project: Project) -> str:
    if project.start is None and project.end is None:
        return ""
    first = project.start.isoformat() if project.start else "…"
    last = project.end.isoformat() if project.end else "…"
    return f"{first} – {last}"


SPECS: dict[CatalogKind, KindSpec] = {
    CatalogKind.VENUE: KindSpec(
        Venue(None, ""), lambda ws: ws.venues, venue_problems, _venue_detail, True, False
    ),
    CatalogKind.ORGANISATION: KindSpec(
        Organisation(None, ""),
        lambda ws: ws.organisations,
        organisation_problems,
        lambda o: organisation_type_label(o.type),
        True,
        False,
    ),
    CatalogKind.CONTACT: KindSpec(
        Contact(None, ""), lambda ws: ws.contacts, contact_problems, _contact_detail, False, True
    ),
    CatalogKind.PROJECT: KindSpec(
        Project(None, ""), lambda ws: ws.projects, project_problems, _project_detail, True, True
    ),
    CatalogKind.TAG: KindSpec(
        Tag(None, ""), lambda ws: ws.tags, tag_problems, lambda _t: "", True, False
    ),
}
