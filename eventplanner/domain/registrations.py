"""Registrations: a person on an event (or on chosen sessions of its programme), its seats,
its waitlist and who moves up from it. Plain rules, no database.

A seat is held by a registration that is registered, attended or a no-show (the seat was
kept for them). When the event (or a chosen session) is full, a new registration waits;
the waitlist is in order of priority (higher first, raised by a coordinator with a reason),
then first come first served. A cancellation frees a seat, and the first on the waitlist
who fits (the event and each of their sessions has room) moves up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from urllib.parse import quote

from eventplanner.domain.errors import ValidationError

MAX_NEEDS = 2000
MAX_REASON = 500
MAX_PRIORITY = 100


class RegistrationStatus(StrEnum):
    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"
    ATTENDED = "attended"
    NO_SHOW = "no_show"

    @property
    def label(self) -> str:
        return self.value.replace("_", "-")


class RegistrationSource(StrEnum):
    """How a registration came."""

    TYPED = "typed_in"
    FORM_IMPORT = "form_import"
    COPIED = "copied"
    """Copied from another event's list."""

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


SEATED = frozenset(
    {RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED, RegistrationStatus.NO_SHOW}
)
"""The statuses that hold a seat."""


@dataclass(frozen=True, slots=True)
class Registration:
    """A person on an event, as stored (``id`` None before it is saved)."""

    id: int | None
    event_id: int
    contact_id: int
    status: RegistrationStatus
    registered_at: datetime
    source: RegistrationSource = RegistrationSource.TYPED
    session_ids: tuple[int, ...] = ()
    """The programme's sessions chosen; () for the event as a whole."""
    priority: int = 0
    priority_reason: str = ""
    needs: str = ""
    """Dietary and access needs: private, never published."""
    version: int = 0

    @property
    def seated(self) -> bool:
        return self.status in SEATED


def capacity_of(event_capacity: int | None, venue_capacity: int | None) -> int | None:
    """The event's seats: its own capacity, else its venue's; None for no limit."""
    return event_capacity if event_capacity is not None else venue_capacity


def has_room(capacity: int | None, seated: int) -> bool:
    return capacity is None or seated < capacity


def placed(
    event_room: bool, session_rooms: Mapping[int, bool], sessions: Iterable[int]
) -> RegistrationStatus:
    """A new registration's status: registered when the event and each chosen session has
    a free seat, else waitlisted."""
    if event_room and all(session_rooms.get(s, True) for s in sessions):
        return RegistrationStatus.REGISTERED
    return RegistrationStatus.WAITLISTED


def waitlist_order(waiting: Iterable[Registration]) -> list[Registration]:
    """The waitlist: higher priority first, then first come first served."""
    return sorted(waiting, key=lambda r: (-r.priority, r.registered_at, r.id or 0))


def to_promote(
    waiting: Iterable[Registration],
    event_free: int | None,
    session_free: Mapping[int, int | None],
) -> list[Registration]:
    """Who moves up from the waitlist, in its order: each who fits in the free seats of the
    event (``event_free``, None for no limit) and of every session they chose
    (``session_free`` by session id; a session missing or None has no limit)."""
    free = dict(session_free)
    left = event_free
    moved = []
    for registration in waitlist_order(waiting):
        if left is not None and left <= 0:
            break
        if any((free.get(s) is not None and (free.get(s) or 0) <= 0)
               for s in registration.session_ids):  # fmt: skip
            continue
        moved.append(registration)
        left = None if left is None else left - 1
        for s in registration.session_ids:
            if free.get(s) is not None:
                free[s] = (free[s] or 0) - 1
    return moved


@dataclass(frozen=True, slots=True)
class Counts:
    """An event's registrations counted: seats taken, its capacity, and how many wait."""

    seated: int
    capacity: int | None
    waiting: int
    attended: int = 0
    cancelled: int = 0
    no_shows: int = 0

    @property
    def free(self) -> int | None:
        return None if self.capacity is None else max(0, self.capacity - self.seated)

    @property
    def text(self) -> str:
        """ "48 / 60, 5 waiting"; "48" with no capacity; no waiting part when none wait."""
        taken = str(self.seated)
        if self.capacity is not None:
            taken = f"{taken} / {self.capacity}"
        return f"{taken}, {self.waiting} waiting" if self.waiting else taken


def change_problem(current: RegistrationStatus, wanted: RegistrationStatus) -> str | None:
    """Why a registration cannot go from ``current`` to ``wanted`` (None when it can)."""
    if current is wanted:
        return f"it is already {current.label}"
    if wanted is RegistrationStatus.CANCELLED and current is RegistrationStatus.ATTENDED:
        return "the person has attended; mark them as a no-show instead if they did not"
    if wanted is RegistrationStatus.WAITLISTED:
        return "a registration goes to the waitlist only when the event is full"
    if wanted is RegistrationStatus.REGISTERED and current is RegistrationStatus.CANCELLED:
        return "register them again (they join the waitlist if the event is full)"
    # A no-show keeps a seat counted: only someone who was expected (held a seat) can be one.
    if wanted is RegistrationStatus.NO_SHOW and current is RegistrationStatus.CANCELLED:
        return "they cancelled, so they were not expected; a cancelled person is not a no-show"
    if wanted is RegistrationStatus.NO_SHOW and current is RegistrationStatus.WAITLISTED:
        return "they were on the waitlist without a seat; cancel them instead"
    return None


def needs_problems(needs: str) -> list[ValidationError]:
    if len(needs) > MAX_NEEDS:
        return [ValidationError("needs", f"is {len(needs)} characters long; at most {MAX_NEEDS}")]
    return []


def priority_problems(priority: int, reason: str) -> list[ValidationError]:
    """A waitlist priority is 0 to 100, and one above 0 says why."""
    problems = []
    if not 0 <= priority <= MAX_PRIORITY:
        problems.append(
            ValidationError("priority", f"{priority} is out of range; give 0 to {MAX_PRIORITY}")
        )
    if priority > 0 and not reason.strip():
        problems.append(
            ValidationError("reason", "a raised priority needs a reason (who asked, and why)")
        )
    if len(reason) > MAX_REASON:
        problems.append(
            ValidationError("reason", f"is {len(reason)} characters long; at most {MAX_REASON}")
        )
    return problems


def mailto(addresses: Sequence[str], subject: str = "") -> str:
    """A mailto: link to ``addresses`` (comma-separated, as RFC 6068 and Outlook take
    them), with ``subject`` if given; "" when there is nobody to write to."""
    wanted = [a.strip() for a in addresses if a.strip()]
    if not wanted:
        return ""
    link = "mailto:" + ",".join(quote(a, safe="@.+-_") for a in wanted)
    return f"{link}?subject={quote(subject)}" if subject else link
