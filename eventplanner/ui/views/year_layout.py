"""What the year view shows where: twelve small months of ISO weeks, how busy each day is, and
the lanes of the bars that multi-day events draw across their days.

Plain Python with no Qt, so the rules are tested without painting. Pixels are
``year_geometry``'s business; the occurrences come in already placed on their days in the
display zone (``month_layout.place``), so the year and the month agree on every date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.holidays import swedish_holidays
from eventplanner.ui.views.month_layout import (
    DAYS_A_WEEK,
    Placed,
    add_months_first,
    month_weeks,
    sort_key,
)

MONTHS = 12
WEEK_ROWS = 6
"""Every small month keeps six week rows, so the months of a row of the grid line up."""
HEAT_LEVELS = 4
"""A day with this many events or more is as busy as the view can show."""


def heat_level(busy: int) -> int:
    """How strongly a day is tinted for ``busy`` events: 0 (none) to HEAT_LEVELS."""
    return max(min(busy, HEAT_LEVELS), 0)


def dominant_kind(items: Iterable[Placed]) -> EventKind | None:
    """The kind of more than half of ``items`` (None when no kind has a majority)."""
    kinds = Counter(i.occurrence.kind for i in items)
    total = sum(kinds.values())
    if not total:
        return None
    kind, count = kinds.most_common(1)[0]
    return kind if count * 2 > total else None


def is_multi_day(item: Placed) -> bool:
    """Events over several days are bars in the year; a one-day event only warms its day."""
    return item.last_day > item.first_day


@dataclass(frozen=True, slots=True)
class MonthBlock:
    """One small month: its place in the year (0 is January) and the Mondays of its weeks."""

    index: int
    first: date
    weeks: tuple[date, ...]
    occurrences: int
    """How many occurrences touch the month (a fair over its turn counts in both months)."""

    @property
    def last(self) -> date:
        return add_months_first(self.first, 1) - timedelta(days=1)

    def week_number(self, row: int) -> int | None:
        """The ISO week number beside ``row`` (None for a row the month does not reach)."""
        if row >= len(self.weeks):
            return None
        return self.weeks[row].isocalendar().week


@dataclass(frozen=True, slots=True)
class YearBar:
    """The part of a multi-day event that lies in one week row of one small month."""

    item: Placed
    month: int
    row: int
    first_col: int
    last_col: int
    lane: int
    """The same lane in every row of the month, so the eye follows one event down the weeks."""
    continues_before: bool
    """The event began before this part's first day (an earlier week or month)."""
    continues_after: bool

    def covers(self, col: int) -> bool:
        return self.first_col <= col <= self.last_col


@dataclass(slots=True)
class DaySummary:
    """One day of the year: where it sits and what happens on it."""

    day: date
    month: int
    row: int
    col: int
    items: list[Placed] = field(default_factory=list)
    """Every occurrence on the day, those that started earlier first, then by start."""
    bars: list[YearBar] = field(default_factory=list)
    holiday: str | None = None
    """The Swedish public holiday (or eve taken off) on the day."""

    @property
    def count(self) -> int:
        return len(self.items)

    def busy_items(self) -> list[Placed]:
        """What warms the day's tint: its one-day events that are not cancelled.

        Multi-day events are bars instead: a fair's bar says where it sits, and four weeks of
        summer closure must not read as the busiest month of the year.
        """
        return [
            i
            for i in self.items
            if not is_multi_day(i) and i.occurrence.status is not EventStatus.CANCELLED
        ]

    @property
    def busy(self) -> int:
        return len(self.busy_items())

    @property
    def heat(self) -> int:
        return heat_level(self.busy)

    @property
    def kind(self) -> EventKind | None:
        """The kind the day's tint takes: the one most of its busy events are (None: mixed)."""
        return dominant_kind(self.busy_items())

    @property
    def weekend(self) -> bool:
        return self.col >= 5

    @property
    def red(self) -> bool:
        """A "red day" of the Swedish almanac: Sundays and holidays."""
        return self.col == DAYS_A_WEEK - 1 or self.holiday is not None


def _month_block(year: int, index: int, items: list[Placed]) -> MonthBlock:
    first = date(year, index + 1, 1)
    last = add_months_first(first, 1) - timedelta(days=1)
    touching = sum(1 for i in items if i.first_day <= last and i.last_day >= first)
    return MonthBlock(index, first, tuple(month_weeks(first)), touching)


def month_bars(block: MonthBlock, items: Iterable[Placed]) -> list[YearBar]:
    """Clip the multi-day events to the month, give each the lowest lane free on all of its
    days there, and cut them at the week rows."""
    first, last = block.first, block.last
    taken: list[set[int]] = []  # per lane, the days of the month (0-based) in use
    bars: list[YearBar] = []
    for item in sorted((i for i in items if is_multi_day(i)), key=sort_key):
        start, end = max(item.first_day, first), min(item.last_day, last)
        if start > end:
            continue
        days = set(range((start - first).days, (end - first).days + 1))
        lane = next((n for n, used in enumerate(taken) if not used & days), len(taken))
        if lane == len(taken):
            taken.append(set())
        taken[lane] |= days
        for row, monday in enumerate(block.weeks):
            sunday = monday + timedelta(days=DAYS_A_WEEK - 1)
            part_first, part_last = max(start, monday), min(end, sunday)
            if part_first > part_last:
                continue
            bars.append(
                YearBar(
                    item,
                    block.index,
                    row,
                    part_first.weekday(),
                    part_last.weekday(),
                    lane,
                    continues_before=item.first_day < part_first,
                    continues_after=item.last_day > part_last,
                )
            )
    return bars


class YearLayout:
    """The twelve months of ``year``, every day's summary and the bars, for these items."""

    def __init__(
        self, year: int, items: Iterable[Placed], holidays: Mapping[date, str] | None = None
    ) -> None:
        self.year = year
        first, last = date(year, 1, 1), date(year, 12, 31)
        shown = [i for i in items if i.first_day <= last and i.last_day >= first]
        shown.sort(key=sort_key)
        holidays = swedish_holidays(year) if holidays is None else holidays
        self.months = [_month_block(year, index, shown) for index in range(MONTHS)]
        self.days: dict[date, DaySummary] = {}
        for block in self.months:
            offset = block.first.weekday()
            day = block.first
            while day <= block.last:
                row, col = divmod(day.day - 1 + offset, DAYS_A_WEEK)
                self.days[day] = DaySummary(day, block.index, row, col, holiday=holidays.get(day))
                day += timedelta(days=1)
        for item in shown:
            day = max(item.first_day, first)
            while day <= min(item.last_day, last):
                self.days[day].items.append(item)
                day += timedelta(days=1)
        self.bars: list[YearBar] = []
        self.lanes: list[int] = []
        """Per month, the bar lanes its events need."""
        for block in self.months:
            bars = month_bars(block, shown)
            self.bars.extend(bars)
            self.lanes.append(max((b.lane + 1 for b in bars), default=0))
            for bar in bars:
                monday = block.weeks[bar.row]
                for col in range(bar.first_col, bar.last_col + 1):
                    self.days[monday + timedelta(days=col)].bars.append(bar)

    def day_at(self, month: int, row: int, col: int) -> DaySummary | None:
        """The day in a month's grid position (None where the month has no day)."""
        if not (0 <= month < MONTHS and 0 <= row < WEEK_ROWS and 0 <= col < DAYS_A_WEEK):
            return None
        block = self.months[month]
        if row >= len(block.weeks):
            return None
        day = block.weeks[row] + timedelta(days=col)
        return self.days[day] if day.month == block.first.month else None

    def bars_of(self, month: int) -> list[YearBar]:
        return [b for b in self.bars if b.month == month]
