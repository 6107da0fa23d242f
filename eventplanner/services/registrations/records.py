"""What the registrations' service returns: frozen values, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass

from eventplanner.domain.model import Contact
from eventplanner.domain.registrations import Counts, Registration
from eventplanner.services.changes import ChangeSet


@dataclass(frozen=True, slots=True)
class Participant:
    """A person with their organisation's name and their registrations' number."""

    contact: Contact
    organisation: str
    registrations: int


@dataclass(frozen=True, slots=True)
class RegistrationLine:
    """A registration with its person, as a list shows it."""

    registration: Registration
    name: str
    email: str
    organisation: str
    waitlist_position: int | None = None
    """1 for the first on the waitlist; None for one not waiting."""


@dataclass(frozen=True, slots=True)
class EventRegistrations:
    """An event's registrations: the seated in order of coming, then the waitlist in its
    order, then the cancelled; and its counts."""

    event_id: int
    event_title: str
    counts: Counts
    lines: tuple[RegistrationLine, ...]


@dataclass(frozen=True, slots=True)
class RegistrationWrite:
    """What a write did: the registration it was about, those it moved up from the
    waitlist (whom to tell, with a ``mailto:`` link to them all), and what ``undo`` needs:
    the registrations it changed as they were, and those it made."""

    registration: RegistrationLine | None
    """None for a write about no one registration (free seats filled)."""
    promoted: tuple[RegistrationLine, ...]
    mailto: str
    before: tuple[Registration, ...]
    created: tuple[int, ...]
    changes: ChangeSet
    event_id: int
    seated_before: int = 0
    """The event's seats taken before the write: an undo may put them back so (walk-ins
    may have overbooked it), never beyond."""
    sessions_before: tuple[tuple[int, int], ...] = ()
    """The seats taken before the write on each session the registration chose, as
    (session id, seats): an undo may put them back so too, never beyond."""
    made_person: Contact | None = None
    """The person this write made to register them (``register_new``): undo takes them
    away again unless something else has come to use them."""


@dataclass(frozen=True, slots=True)
class RegistrationUndo:
    """What an undo did: those it moved up from the waitlist into a seat it freed (whom to
    tell, with a ``mailto:`` link), and its change set."""

    promoted: tuple[RegistrationLine, ...]
    mailto: str
    changes: ChangeSet
