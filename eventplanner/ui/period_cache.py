"""The periods the window read lately, kept so that going back, going on (read ahead) and
typing in the search are answered from memory; a change forgets the periods it touches.

Plain Python, no Qt: the Planner decides when to read and when to empty it.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.services.events.facets import FacetedOccurrences

if TYPE_CHECKING:  # loaded with the first change, not before the first frame
    from eventplanner.services.changes import ChangeSet, Kind

    # Loaded with the first period read (the first frame shows one kept or read from the
    # file, not a period): the module and its dataclass cost that frame 1 ms.
    from eventplanner.services.events.periods import Period

PeriodKey = tuple[TimeWindow, EventFilter]
"""A period's window and the filter it was read with (a ``base_of``)."""

ENTRIES = 8
"""Periods kept: the one shown, the two on either side of it, and a few visited before."""
OCCURRENCES = 60_000
"""Occurrences kept at most, over all periods (some 60 MB): a year view holds 15,000."""
ANSWERS = 4
"""Narrowed answers kept per period (the filters tried last)."""


@cache
def shown_kinds() -> tuple[Kind, ...]:
    """Records whose names a period's occurrences and counts show: a change of one forgets
    every period (a renamed venue's or tag's events are named too; a project's are not)."""
    from eventplanner.services.changes import Kind

    return (Kind.VENUE, Kind.ORGANISATION, Kind.PROJECT, Kind.TAG)


def key_of(window: TimeWindow, where: EventFilter) -> PeriodKey:
    from eventplanner.services.events.periods import base_of

    return (window, base_of(where))


class _Entry:
    __slots__ = ("answers", "period", "read_at")

    def __init__(self, period: Period, read_at: float) -> None:
        self.period = period
        self.read_at = read_at
        self.answers: OrderedDict[EventFilter, FacetedOccurrences] = OrderedDict()


class PeriodCache:
    """Periods by window and base filter, the least recently used dropped first."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._entries: OrderedDict[PeriodKey, _Entry] = OrderedDict()
        self.generation = 0
        """Rises at every ``clear``: a period read before it is never stored after it."""

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, window: TimeWindow, where: EventFilter) -> Period | None:
        """The period that holds ``window`` under ``where``'s base, if one was kept."""
        key = key_of(window, where)
        entry = self._entries.get(key)
        if entry is None:
            return None
        self._entries.move_to_end(key)
        return entry.period

    def read_at(self, period: Period) -> float | None:
        """When the kept ``period`` was read, on the cache's clock (None: it is not kept)."""
        entry = self._entries.get((period.window, period.where))
        return None if entry is None or entry.period is not period else entry.read_at

    def age(self, period: Period) -> float:
        """Seconds since ``period`` was read (infinite when it is not kept)."""
        read_at = self.read_at(period)
        return float("inf") if read_at is None else self._clock() - read_at

    def now(self) -> float:
        return self._clock()

    def put(self, period: Period, generation: int, *, read_at: float | None = None) -> bool:
        """Keep ``period``, read while ``generation`` was current; False (and not kept)
        when the database changed since. ``read_at``: when the read began (default now)."""
        if generation != self.generation:
            return False
        key = (period.window, period.where)
        self._entries[key] = _Entry(period, self._clock() if read_at is None else read_at)
        self._entries.move_to_end(key)
        self._trim()
        return True

    def answer(self, period: Period, where: EventFilter) -> FacetedOccurrences:
        """``narrow(period, where)``, remembered for a kept period."""
        from eventplanner.services.events.periods import narrow

        entry = self._entries.get((period.window, period.where))
        if entry is None or entry.period is not period:
            return narrow(period, where)
        found = entry.answers.get(where)
        if found is None:
            found = narrow(period, where)
            entry.answers[where] = found
            while len(entry.answers) > ANSWERS:
                entry.answers.popitem(last=False)
        else:
            entry.answers.move_to_end(where)
        return found

    def remember(self, period: Period, where: EventFilter, found: FacetedOccurrences) -> None:
        """Keep ``found`` as the kept ``period``'s answer to ``where`` (worked out elsewhere)."""
        entry = self._entries.get((period.window, period.where))
        if entry is not None and entry.period is period:
            entry.answers[where] = found
            while len(entry.answers) > ANSWERS:
                entry.answers.popitem(last=False)

    def clear(self) -> None:
        """Forget every period: the database changed (or another one was opened)."""
        self._entries.clear()
        self.generation += 1

    def forget(self, changes: ChangeSet) -> None:
        """Forget the periods ``changes`` touches: every one for a change of everything or
        of a record the occurrences name, else those an event changed lay or lies in. A read
        on its way counts no more (it may have read what was there before)."""
        from eventplanner.services.changes import Kind

        if changes.touches(*shown_kinds()):
            self.clear()
            return
        if not changes.ids(Kind.EVENT):
            return
        for key in [k for k in self._entries if changes.touches_period(k[0].start, k[0].end)]:
            del self._entries[key]
        self.generation += 1

    def _trim(self) -> None:
        total = sum(len(e.period.occurrences) for e in self._entries.values())
        while len(self._entries) > 1 and (len(self._entries) > ENTRIES or total > OCCURRENCES):
            _, dropped = self._entries.popitem(last=False)
            total -= len(dropped.period.occurrences)
