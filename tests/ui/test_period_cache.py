"""The periods the window keeps: by window and the filter's base, emptied when asked, never
holding a period read before it was emptied, and bounded."""

from __future__ import annotations

from datetime import date, timedelta

from eventplanner.domain.enums import EventKind
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.services.events.periods import Period, base_of
from eventplanner.ui import period_cache
from eventplanner.ui.period_cache import PeriodCache
from tests.ui.helpers import at, timed

ZONE = "Europe/Stockholm"


def month(first: date) -> TimeWindow:
    return TimeWindow.days(first, first + timedelta(days=30), ZONE)


MARCH, APRIL = month(date(2027, 3, 1)), month(date(2027, 4, 1))


def period(window: TimeWindow, where: EventFilter = EventFilter(), count: int = 2) -> Period:
    occurrences = [
        timed(f"Seminarium {n}", at(2027, 3, 1 + n, 9), at(2027, 3, 1 + n, 10), event_id=n + 1)
        for n in range(count)
    ]
    texts = {o.event_id: o.title.casefold() for o in occurrences}
    return Period(window, base_of(where), occurrences, texts)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_period_is_kept_by_its_window_and_the_base_of_its_filter() -> None:
    cache = PeriodCache()
    march = period(MARCH)
    assert cache.put(march, cache.generation)
    assert cache.get(MARCH, EventFilter()) is march
    # Text and sidebar choices are narrowed from the same period ...
    assert cache.get(MARCH, EventFilter(text="semi", project_ids=frozenset({3}))) is march
    # ... other kinds, statuses or another window are other periods.
    assert cache.get(MARCH, EventFilter(kinds=frozenset({EventKind.COURSE}))) is None
    assert cache.get(MARCH, EventFilter(include_cancelled=False)) is None
    assert cache.get(APRIL, EventFilter()) is None
    other_zone = TimeWindow(MARCH.start, MARCH.end, "America/New_York")
    assert cache.get(other_zone, EventFilter()) is None


def test_clearing_forgets_every_period_and_refuses_those_read_before() -> None:
    cache = PeriodCache()
    cache.put(period(MARCH), cache.generation)
    before = cache.generation
    cache.clear()
    assert len(cache) == 0 and cache.get(MARCH, EventFilter()) is None
    # A read that began before the change is answered after it: it is not kept.
    assert not cache.put(period(APRIL), before)
    assert cache.get(APRIL, EventFilter()) is None
    assert cache.put(period(APRIL), cache.generation)


def test_answers_are_worked_out_once_per_filter() -> None:
    cache = PeriodCache()
    march = period(MARCH)
    cache.put(march, cache.generation)
    where = EventFilter(text="seminarium 1")
    first = cache.answer(march, where)
    assert [o.title for o in first.occurrences] == ["Seminarium 1"]
    assert cache.answer(march, where) is first
    assert cache.answer(march, EventFilter()) is not first
    # A period not (or no longer) kept is narrowed, not remembered.
    april = period(APRIL)
    assert cache.answer(april, where) is not cache.answer(april, where)
    found = cache.answer(march, EventFilter(text="seminarium 0"))
    cache.remember(april, where, found)  # not kept: nothing to remember it by
    assert cache.answer(april, where) is not found


def test_a_period_read_again_replaces_the_kept_one_with_its_answers() -> None:
    cache = PeriodCache()
    march = period(MARCH)
    cache.put(march, cache.generation)
    old = cache.answer(march, EventFilter())
    again = period(MARCH, count=3)
    cache.put(again, cache.generation)
    assert cache.get(MARCH, EventFilter()) is again
    assert len(cache.answer(again, EventFilter()).occurrences) == 3
    assert cache.answer(again, EventFilter()) is not old


def test_the_age_of_a_period_counts_from_its_read() -> None:
    clock = Clock()
    cache = PeriodCache(clock)
    march = period(MARCH)
    cache.put(march, cache.generation, read_at=95.0)
    assert cache.age(march) == 5.0
    assert cache.read_at(march) == 95.0
    clock.now = 130.0
    assert cache.age(march) == 35.0
    assert cache.age(period(APRIL)) == float("inf")


def test_the_least_recently_used_go_first(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(period_cache, "ENTRIES", 3)
    cache = PeriodCache()
    windows = [month(date(2027, m, 1)) for m in range(1, 6)]
    for window in windows[:3]:
        cache.put(period(window), cache.generation)
    cache.get(windows[0], EventFilter())  # used: it stays
    cache.put(period(windows[3]), cache.generation)
    assert cache.get(windows[1], EventFilter()) is None
    assert all(
        cache.get(w, EventFilter()) is not None for w in (windows[0], windows[2], windows[3])
    )


def test_the_occurrences_kept_are_bounded_but_the_newest_period_stays(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(period_cache, "OCCURRENCES", 5)
    cache = PeriodCache()
    cache.put(period(MARCH, count=3), cache.generation)
    cache.put(period(APRIL, count=3), cache.generation)
    assert cache.get(MARCH, EventFilter()) is None
    assert cache.get(APRIL, EventFilter()) is not None
    huge = month(date(2027, 5, 1))
    cache.put(period(huge, count=8), cache.generation)  # more than the bound, alone
    assert len(cache) == 1 and cache.get(huge, EventFilter()) is not None
