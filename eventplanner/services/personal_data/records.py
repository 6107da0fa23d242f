"""What the personal-data service returns: frozen values, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from eventplanner.services.changes import ChangeSet
from eventplanner.services.personal_data.kept_rows import KeptRows
from eventplanner.services.personal_data.places import EventPlace
from eventplanner.services.registrations.records import RegistrationLine

Pairs = tuple[tuple[str, Any], ...]
"""(key, value) in a stable order, values as JSON holds them (text, numbers, None)."""


@dataclass(frozen=True, slots=True)
class HeldRecord:
    """One record naming the person: a registration, a role, a shift, a task..."""

    section: str
    """Where it is held (``links.SECTIONS``: "registrations", "session_roles"...)."""
    values: Pairs
    """Its stored columns, as JSON holds them."""
    event: EventPlace | None
    detail: str = ""
    """What of its parent a person reads (a session's title, a shift's)."""

    def value(self, key: str) -> Any:
        return dict(self.values).get(key)


@dataclass(frozen=True, slots=True)
class ReleaseMention:
    """A frozen release of a programme that names the person."""

    event_id: int
    event_title: str
    number: int
    name: str


@dataclass(frozen=True, slots=True)
class PersonHoldings:
    """Everything held about one person."""

    contact_id: int
    person: Pairs
    """The contact's own columns (name, e-mail, phone, title, anonymised_at...)."""
    organisation: Pairs | None
    records: tuple[HeldRecord, ...]
    feeds: tuple[str, ...] = ()
    """Feeds that follow the person (their sessions, shifts or tasks)."""
    releases: tuple[ReleaseMention, ...] = ()

    @property
    def name(self) -> str:
        return str(dict(self.person).get("name") or "")

    @property
    def anonymised(self) -> bool:
        return dict(self.person).get("anonymised_at") is not None

    def of(self, section: str) -> tuple[HeldRecord, ...]:
        return tuple(r for r in self.records if r.section == section)

    def counts(self) -> dict[str, int]:
        """How many records of each section there are (sections with none left out)."""
        found: dict[str, int] = {}
        for record in self.records:
            found[record.section] = found.get(record.section, 0) + 1
        return found


@dataclass(frozen=True, slots=True)
class Forgotten:
    """What an anonymisation, an erasure or a retention run did: the people, the records
    removed or emptied by section, those moved up from a waitlist (whom to tell, with a
    ``mailto:`` link), the change set, and what its undo puts back."""

    people: tuple[int, ...]
    erased: bool
    counts: dict[str, int]
    kept: KeptRows
    changes: ChangeSet
    promoted: tuple[RegistrationLine, ...] = ()
    mailto: str = ""
    seated_before: dict[int, int] = field(default_factory=dict)
    """Each event's seats taken before the write: its undo never overbooks beyond."""
    marked: tuple[int, ...] = ()
    """The people an erasure entered in ``erased_contacts``: its undo takes them out."""


@dataclass(frozen=True, slots=True)
class PastEvent:
    """A past event that still holds personal data: its registrations of people not
    anonymised."""

    id: int
    title: str
    ended: datetime
    people: int


@dataclass(frozen=True, slots=True)
class RetentionPreview:
    """Who a retention run would anonymise: people whose every registration is of an event
    that ended before ``cutoff`` (and who hold nothing else), with those events."""

    months: int
    cutoff: datetime
    people: tuple[tuple[int, str], ...]
    """(contact id, name) in name order."""
    registrations: int
    events: tuple[PastEvent, ...]
    kept_back: int = 0
    """People of those events left alone: a later registration, or a role, shift, task or
    stand that makes them a working contact."""


@dataclass(frozen=True, slots=True)
class RetentionSetting:
    """The database's retention: anonymise registrations ``months`` after their event
    (0: never, by hand only)."""

    months: int = 0
    changed: date | None = None
