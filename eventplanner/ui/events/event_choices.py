"""What the event dialog may offer: the catalog's records and the callbacks that reach beyond it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from eventplanner.domain.conflicts import Conflict
from eventplanner.domain.model import EventDraft, Organisation, Project, Venue

R = TypeVar("R", Venue, Project, Organisation)

Create = Callable[[str, Callable[[R], None], Callable[[str], None]], None]
"""Create a record called ``name`` in the background; then ``made(record)`` or
``refused(message)``, on the GUI thread."""

CheckClashes = Callable[[EventDraft, Callable[[Sequence[str]], None]], None]
"""Look for double-bookings of a draft in the background; ``found(warnings)`` gets them."""

CheckConflicts = Callable[[EventDraft, Callable[[Sequence[Conflict]], None]], None]
"""Look for a draft's conflicts in the background; ``found(conflicts)`` gets them."""


@dataclass(frozen=True, slots=True)
class EventChoices:
    """The records to pick from, and what to call to create one or to look for clashes.

    The callbacks are the main window's (backed by the services, off the GUI thread: each
    answers through a callback); a dialog without them simply offers no "Create" button and
    shows no clash warnings.
    """

    venues: Sequence[Venue] = ()
    projects: Sequence[Project] = ()
    organisations: Sequence[Organisation] = ()
    tags: Sequence[str] = ()
    create_venue: Create[Venue] | None = None
    create_project: Create[Project] | None = None
    create_organisation: Create[Organisation] | None = None
    check_clashes: CheckClashes | None = None
    """Venue double-booking warnings for a valid draft; shown, never blocking."""
    check_conflicts: CheckConflicts | None = None
    """The draft's other conflicts (days off, subscribed calendars); shown, never blocking."""
    display_zone: str = "Europe/Stockholm"
    """The zone the conflicts' times are shown in."""
