"""An occurrence: one appearance of an event on the calendar, as every view shows it.

Apart from the other records (``domain.model``): the window shows occurrences before it
needs any of those, and each dataclass costs its first import a fraction of a millisecond.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import TYPE_CHECKING

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.timing import Timing

if TYPE_CHECKING:
    from eventplanner.domain.recurrence import RecurrenceId


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One appearance of an event on the calendar (a series yields many)."""

    event_id: int
    uid: str
    title: str
    kind: EventKind
    status: EventStatus
    timing: Timing
    venue_id: int | None
    venue_name: str | None
    project_name: str | None
    busy_status: BusyStatus
    recurrence_id: RecurrenceId | None = None
    """Set for occurrences of a series: which one this is."""
    changed: bool = False
    """True when this occurrence differs from its series (moved or retitled)."""
    tags: tuple[str, ...] = field(default=())
    project_id: int | None = None

    @property
    def sort_key(self) -> tuple[datetime, str]:
        return (self.timing.utc_start, self.title)

    @classmethod
    def trusted(
        cls,
        event_id: int,
        uid: str,
        title: str,
        kind: EventKind,
        status: EventStatus,
        timing: Timing,
        venue_id: int | None,
        venue_name: str | None,
        project_name: str | None,
        busy_status: BusyStatus,
        recurrence_id: RecurrenceId | None,
        changed: bool,
        tags: tuple[str, ...],
        project_id: int | None,
    ) -> Occurrence:
        """An occurrence built from values read back from the database.

        The same record as the constructor gives, in a third of the time: a frozen
        dataclass's ``__init__`` sets each of its fourteen fields through
        ``object.__setattr__``, and a month of events builds thousands of occurrences.
        """
        return new_occurrence(
            event_id, uid, title, kind, status, timing, venue_id, venue_name, project_name,
            busy_status, recurrence_id, changed, tags, project_id,
        )  # fmt: skip


def _occurrence_maker() -> Callable[..., Occurrence]:
    """``Occurrence.trusted`` as a plain function: each slot's own setter (which a frozen
    dataclass's ``__setattr__`` does not stand in front of) held in a closure, not looked up
    at each call. A month of events builds a thousand or more of these per read."""
    setters = [vars(Occurrence)[f.name].__set__ for f in fields(Occurrence)]
    (
        set_event_id, set_uid, set_title, set_kind, set_status, set_timing, set_venue_id,
        set_venue_name, set_project_name, set_busy_status, set_recurrence_id, set_changed,
        set_tags, set_project_id,
    ) = setters  # fmt: skip
    make = object.__new__

    def new(
        event_id: int,
        uid: str,
        title: str,
        kind: EventKind,
        status: EventStatus,
        timing: Timing,
        venue_id: int | None,
        venue_name: str | None,
        project_name: str | None,
        busy_status: BusyStatus,
        recurrence_id: RecurrenceId | None,
        changed: bool,
        tags: tuple[str, ...],
        project_id: int | None,
    ) -> Occurrence:
        made = make(Occurrence)
        set_event_id(made, event_id)
        set_uid(made, uid)
        set_title(made, title)
        set_kind(made, kind)
        set_status(made, status)
        set_timing(made, timing)
        set_venue_id(made, venue_id)
        set_venue_name(made, venue_name)
        set_project_name(made, project_name)
        set_busy_status(made, busy_status)
        set_recurrence_id(made, recurrence_id)
        set_changed(made, changed)
        set_tags(made, tags)
        set_project_id(made, project_id)
        return made

    return new


new_occurrence = _occurrence_maker()
"""``Occurrence.trusted`` without the class method's call: for loops that make thousands."""
