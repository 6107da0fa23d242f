"""Which occurrence a view shows for one found elsewhere (a search across all dates)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timing import Timing
from eventplanner.ui.text import first_day


class Wanted(Protocol):
    """What a view is asked to select: an occurrence, or an event just saved (``Target``)."""

    @property
    def event_id(self) -> int: ...

    @property
    def recurrence_id(self) -> object: ...

    @property
    def timing(self) -> Timing: ...


@dataclass(frozen=True, slots=True)
class Target:
    """An event to select where it starts (its first occurrence, for a series)."""

    event_id: int
    timing: Timing
    recurrence_id: object = None


def matching(shown: Iterable[Occurrence], wanted: Wanted, display_zone: str) -> Occurrence | None:
    """The same occurrence; else the event's occurrence on the same day (a search names a
    series by its first occurrence, without the key the views give it); else None."""
    candidates = [o for o in shown if o.event_id == wanted.event_id]
    for found in candidates:
        if found.recurrence_id == wanted.recurrence_id:
            return found
    day = first_day(wanted.timing, display_zone)
    return next((o for o in candidates if first_day(o.timing, display_zone) == day), None)
