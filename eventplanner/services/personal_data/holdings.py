"""Everything held about one person, read in one transaction: the contact, their
organisation, every row of every ``CONTACT_LINKS`` table naming them (with its event), the
feeds that follow them and the programme releases that name them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import NotFoundError
from eventplanner.persistence.schema import (
    ContactRow,
    EventRow,
    FeedRow,
    OrganisationRow,
    RegistrationSessionRow,
    ReleaseRow,
    SessionRow,
)
from eventplanner.services.feeds.feed_rows import parse_programme_json, parse_tasks_json
from eventplanner.services.personal_data.kept_rows import read_rows, table_named
from eventplanner.services.personal_data.links import CONTACT_LINKS
from eventplanner.services.personal_data.places import details_of, event_ids_of, events_of
from eventplanner.services.personal_data.records import (
    HeldRecord,
    Pairs,
    PersonHoldings,
    ReleaseMention,
)

_PRIVATE = {"email_key", "version"}
"""Bookkeeping columns the export leaves out (the key repeats the e-mail)."""


def jsonable(value: Any) -> Any:
    """A stored value as JSON holds it: instants in UTC ISO 8601, dates and times ISO,
    decimals as text."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return None
    return value


def pairs(values: Mapping[str, Any]) -> Pairs:
    return tuple((k, jsonable(v)) for k, v in values.items() if k not in _PRIVATE)


def holdings_of(session: Session, contact_id: int) -> PersonHoldings:
    """Everything held about the person with this id; NotFoundError when there is none."""
    contact = session.get(ContactRow, contact_id)
    if contact is None:
        raise NotFoundError(f"there is no person with id {contact_id}")
    person = read_rows(session, table_named("contacts"), ContactRow.id == contact_id)[0]
    organisation = None
    if contact.organisation_id is not None:
        found = read_rows(
            session, table_named("organisations"), OrganisationRow.id == contact.organisation_id
        )
        organisation = pairs(found[0]) if found else None
    records: list[HeldRecord] = []
    for link in CONTACT_LINKS:
        rows = read_rows(session, link.table, link.table.c[link.column] == contact_id)
        if not rows:
            continue
        event_ids = event_ids_of(session, link.table.name, rows)
        details = details_of(session, link.table.name, rows)
        places = events_of(session, event_ids)
        if link.table.name == "registrations":
            details = _chosen_sessions(session, [r["id"] for r in rows])
        records += [
            HeldRecord(link.section, pairs(row), places.get(ident) if ident else None, detail)
            for row, ident, detail in zip(rows, event_ids, details, strict=True)
        ]
    records.sort(key=lambda r: (r.section, r.event.starts_at if r.event else _NEVER, r.values))
    return PersonHoldings(
        contact_id, pairs(person), organisation, tuple(_in_sections(records)),
        feeds_following(session, contact_id), releases_naming(session, contact_id),
    )  # fmt: skip


_NEVER = datetime(1, 1, 1, tzinfo=UTC)


def _in_sections(records: list[HeldRecord]) -> list[HeldRecord]:
    order = {link.section: n for n, link in enumerate(CONTACT_LINKS)}
    return sorted(records, key=lambda r: order[r.section])


def _chosen_sessions(session: Session, registration_ids: list[int]) -> list[str]:
    chosen: dict[int, list[str]] = {i: [] for i in registration_ids}
    statement = (
        select(RegistrationSessionRow.registration_id, SessionRow.title)
        .join(SessionRow, SessionRow.id == RegistrationSessionRow.session_id)
        .where(RegistrationSessionRow.registration_id.in_(registration_ids))
        .order_by(SessionRow.starts_at, SessionRow.id)
    )
    for ident, title in session.execute(statement):
        chosen[ident].append(title)
    return ["; ".join(chosen[i]) for i in registration_ids]


def feeds_following(session: Session, contact_id: int) -> tuple[str, ...]:
    """The names of the feeds that publish the person's sessions, shifts or tasks."""
    found = []
    for name, programme, tasks in session.execute(
        select(FeedRow.name, FeedRow.programme_json, FeedRow.tasks_json).order_by(FeedRow.name)
    ):
        chosen = parse_programme_json(programme, name)
        owner = parse_tasks_json(tasks, name).owner_id
        if contact_id in (chosen.person_id, chosen.rota_person_id, owner):
            found.append(str(name))
    return tuple(found)


def releases_naming(session: Session, contact_id: int) -> tuple[ReleaseMention, ...]:
    """The frozen programme releases whose people include the person."""
    found = []
    for ident, event_id, title, number, name, content in _releases_mentioning(session, contact_id):
        del ident, content
        found.append(ReleaseMention(event_id, title, number, name))
    return tuple(found)


def _releases_mentioning(session: Session, contact_id: int) -> list[tuple[Any, ...]]:
    statement = (
        select(ReleaseRow.id, ReleaseRow.event_id, EventRow.title, ReleaseRow.number,
               ReleaseRow.name, ReleaseRow.content)
        .join(EventRow, EventRow.id == ReleaseRow.event_id)
        .where(ReleaseRow.content.contains(f'"{contact_id}":['))
        .order_by(ReleaseRow.event_id, ReleaseRow.number)
    )  # fmt: skip
    return [
        tuple(row) for row in session.execute(statement)
        if str(contact_id) in json.loads(row[5]).get("contacts", {})
    ]  # fmt: skip


def release_rows_naming(session: Session, contact_ids: list[int]) -> list[int]:
    """The ids of the releases naming any of these people."""
    return sorted({row[0] for c in contact_ids for row in _releases_mentioning(session, c)})
