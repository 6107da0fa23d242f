"""What the event dialog may offer: the catalog's records and the callbacks that reach beyond it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from eventplanner.domain.model import EventDraft, Organisation, Project, Venue


@dataclass(frozen=True, slots=True)
class EventChoices:
    """The records to pick from, and what to call to create one or to look for clashes.

    The callbacks are the main window's (backed by the services); a dialog without them
    simply offers no "Create" button and shows no clash warnings.
    """

    venues: Sequence[Venue] = ()
    projects: Sequence[Project] = ()
    organisations: Sequence[Organisation] = ()
    tags: Sequence[str] = ()
    create_venue: Callable[[str], Venue] | None = None
    create_project: Callable[[str], Project] | None = None
    create_organisation: Callable[[str], Organisation] | None = None
    check_clashes: Callable[[EventDraft], Sequence[str]] | None = None
    """Venue double-booking warnings for a valid draft; shown, never blocking."""
