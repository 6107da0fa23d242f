"""Where things go in the month grid: weeks, bar lanes and what each day can show.

Plain Python with no Qt, so the rules are tested without painting. The widget turns lines and
columns into pixels (see ``month_geometry``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from operator import attrgetter
from typing import NamedTuple

from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan

DAYS_A_WEEK = 7
_JUST_BEFORE = timedelta(microseconds=1)
_CHIP_ORDER = attrgetter("start", "occurrence.title")


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    """The same day of the month ``months`` away, clamped to that month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    first = date(year, month + 1, 1)
    last = (add_months_first(first, 1) - timedelta(days=1)).day
    return first.replace(day=min(day.day, last))


def add_months_first(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


def month_weeks(anchor: date) -> list[date]:
    """The Mondays of the ISO weeks that hold a day of ``anchor``'s month (four to six)."""
    first = first_of_month(anchor)
    last = add_months_first(first, 1) - timedelta(days=1)
    monday = first - timedelta(days=first.weekday())
    weeks = []
    while monday <= last:
        weeks.append(monday)
        monday += timedelta(days=DAYS_A_WEEK)
    return weeks


def occurrence_key(occurrence: Occurrence) -> tuple[int, object]:
    """Who an occurrence is, across reloads that build new records for it."""
    return (occurrence.event_id, occurrence.recurrence_id)


class Placed(NamedTuple):
    """An occurrence as the month shows it: its days, and its start, in the display zone.

    A named tuple: a month places some 1,500 of them each time it is shown, and one is made
    as fast as a dataclass that is not frozen; the class itself is made in a tenth of the
    time as the window's modules load, before its first paint.
    """

    occurrence: Occurrence
    first_day: date
    last_day: date
    start: datetime | None
    """The start in the display zone; None for all-day events."""

    @property
    def is_bar(self) -> bool:
        """All-day and multi-day events are bars across their days; the rest are chips."""
        return self.start is None or self.last_day > self.first_day


def place(occurrence: Occurrence, display_zone: str) -> Placed:
    return place_all([occurrence], display_zone)[0]


def place_all(occurrences: Iterable[Occurrence], display_zone: str) -> list[Placed]:
    """``place`` for each occurrence (the zone looked up once)."""
    tz = zone(display_zone)
    placed: list[Placed] = []
    add = placed.append
    for occurrence in occurrences:
        timing = occurrence.timing
        if isinstance(timing, AllDaySpan):
            # Whole days mean the same dates wherever the reader is.
            add(Placed(occurrence, timing.first_day, timing.last_day, None))
            continue
        start = timing.start.astimezone(tz)
        # The end is exclusive: a meeting until midnight does not reach into the next day.
        end = timing.end.astimezone(tz) - _JUST_BEFORE
        add(Placed(occurrence, start.date(), (end if end > start else start).date(), start))
    return placed


def sort_key(item: Placed) -> tuple[date, int, bool, float, str]:
    """Earlier first, longer first, all-day before timed, then by start and title.

    (A date and a datetime do not compare, so the start is a timestamp behind a flag.)
    """
    length = (item.last_day - item.first_day).days
    start = 0.0 if item.start is None else item.start.timestamp()
    return (item.first_day, -length, item.start is not None, start, item.occurrence.title)


class BarSegment:
    """The part of a bar that lies in one week row, in a lane no other bar of the row uses.

    BarSegment and DayCell are plain classes: read, never compared nor printed, and the
    methods a dataclass writes are compiled as the window's modules load, before its first
    paint. Nothing changes a segment once made."""

    __slots__ = ("continues_after", "continues_before", "first_col", "item", "lane",
                 "last_col", "row")  # fmt: skip

    def __init__(
        self,
        item: Placed,
        row: int,
        first_col: int,
        last_col: int,
        lane: int,
        continues_before: bool,
        continues_after: bool,
    ) -> None:
        self.item = item
        self.row = row
        self.first_col = first_col
        self.last_col = last_col
        self.lane = lane
        self.continues_before = continues_before
        self.continues_after = continues_after

    def in_lane(self, lane: int) -> BarSegment:
        """The same part of the bar, in ``lane``."""
        return BarSegment(self.item, self.row, self.first_col, self.last_col, lane,
                          self.continues_before, self.continues_after)  # fmt: skip

    def covers(self, col: int) -> bool:
        return self.first_col <= col <= self.last_col


def bar_segments(items: Iterable[Placed], weeks: Sequence[date]) -> list[BarSegment]:
    """Split bars per week row and give each the lowest lane free on all of its days."""
    by_row: dict[int, list[tuple[int, int, Placed]]] = defaultdict(list)
    if not weeks:
        return []
    origin, rows = weeks[0], len(weeks)
    for item in sorted((i for i in items if i.is_bar), key=sort_key):
        # The rows it crosses, from its days (consecutive weeks: seven days a row).
        top = max((item.first_day - origin).days // DAYS_A_WEEK, 0)
        bottom = min((item.last_day - origin).days // DAYS_A_WEEK, rows - 1)
        for row in range(top, bottom + 1):
            monday = weeks[row]
            first = max((item.first_day - monday).days, 0)
            last = min((item.last_day - monday).days, DAYS_A_WEEK - 1)
            if first <= last:
                by_row[row].append((first, last, item))
    segments = []
    for row, parts in sorted(by_row.items()):
        taken: list[int] = []  # per lane, the columns in use, one bit each
        for first, last, item in parts:
            cols = (1 << (last + 1)) - (1 << first)
            lane = next((n for n, used in enumerate(taken) if not used & cols), len(taken))
            if lane == len(taken):
                taken.append(0)
            taken[lane] |= cols
            monday = weeks[row]
            segments.append(
                BarSegment(
                    item,
                    row,
                    first,
                    last,
                    lane,
                    continues_before=item.first_day < monday,
                    continues_after=item.last_day > monday + timedelta(days=DAYS_A_WEEK - 1),
                )
            )
    return segments


class DayCell:
    """One day of the grid and what fits in it."""

    __slots__ = ("bars", "col", "day", "row", "shown_lines", "timed")

    def __init__(self, day: date, row: int, col: int) -> None:
        self.day = day
        self.row = row
        self.col = col
        self.bars: list[BarSegment] = []
        self.timed: list[Placed] = []
        self.shown_lines = 0
        """Lines given to bars and chips; when something is hidden the next line says so."""

    @property
    def bar_lines(self) -> int:
        """Lines the bar lanes take in this day (a lane with no bar here still keeps its line)."""
        return max((s.lane + 1 for s in self.bars), default=0)

    def visible_timed(self) -> list[Placed]:
        return self.timed[: max(self.shown_lines - self.bar_lines, 0)]

    def hidden(self) -> list[Occurrence]:
        bars = [s.item for s in self.bars if s.lane >= self.shown_lines]
        timed = self.timed[len(self.visible_timed()) :]
        return [i.occurrence for i in sorted(bars, key=sort_key) + timed]

    @property
    def hidden_count(self) -> int:
        """How many ``hidden`` gives, without listing them."""
        bars = sum(1 for s in self.bars if s.lane >= self.shown_lines)
        return bars + len(self.timed) - len(self.visible_timed())

    @property
    def more_line(self) -> int | None:
        """The line of the "+N more" label, or None when everything is shown."""
        return self.shown_lines if self.hidden_count else None


class MonthLayout:
    """Rows, lanes and the content of every day for one month and a cell of ``lines`` lines."""

    def __init__(self, anchor: date, items: Iterable[Placed], lines: int) -> None:
        self.month = first_of_month(anchor)
        self.weeks = month_weeks(anchor)
        self.lines = lines
        first = self.weeks[0]
        last = self.weeks[-1] + timedelta(days=DAYS_A_WEEK - 1)
        shown = [i for i in items if i.first_day <= last and i.last_day >= first]
        self.segments = bar_segments(shown, self.weeks)
        self.cells: dict[date, DayCell] = {}
        for row, monday in enumerate(self.weeks):
            for col in range(DAYS_A_WEEK):
                day = monday + timedelta(days=col)
                self.cells[day] = DayCell(day, row, col)
        for segment in self.segments:
            for col in range(segment.first_col, segment.last_col + 1):
                self.cells[self.weeks[segment.row] + timedelta(days=col)].bars.append(segment)
        for item in shown:
            if not item.is_bar:
                self.cells[item.first_day].timed.append(item)
        for cell in self.cells.values():
            # What sort_key orders chips of one day by (they are neither long nor all-day).
            cell.timed.sort(key=_CHIP_ORDER)
            needed = cell.bar_lines + len(cell.timed)
            cell.shown_lines = lines if needed <= lines else max(lines - 1, 0)

    @property
    def rows(self) -> int:
        return len(self.weeks)

    def cell_at(self, row: int, col: int) -> DayCell:
        return self.cells[self.weeks[row] + timedelta(days=col)]

    def visible_runs(self, segment: BarSegment) -> list[tuple[int, int]]:
        """The column runs of a bar segment on days with room for its lane."""
        runs: list[tuple[int, int]] = []
        for col in range(segment.first_col, segment.last_col + 1):
            if segment.lane >= self.cell_at(segment.row, col).shown_lines:
                continue
            if runs and runs[-1][1] == col - 1:
                runs[-1] = (runs[-1][0], col)
            else:
                runs.append((col, col))
        return runs

    def item_at(self, day: date, line: int) -> Placed | None:
        """What a day shows on ``line`` (0 is the first line under the day number)."""
        cell = self.cells.get(day)
        if cell is None or line < 0 or line >= cell.shown_lines:
            return None
        for segment in cell.bars:
            if segment.lane == line:
                return segment.item
        index = line - cell.bar_lines
        timed = cell.visible_timed()
        return timed[index] if 0 <= index < len(timed) else None

    def line_of(self, day: date, key: tuple[int, object]) -> int | None:
        """The line an occurrence takes in a day, if it is shown there."""
        cell = self.cells.get(day)
        if cell is None:
            return None
        for segment in cell.bars:
            if occurrence_key(segment.item.occurrence) == key and segment.lane < cell.shown_lines:
                return segment.lane
        for index, item in enumerate(cell.visible_timed()):
            if occurrence_key(item.occurrence) == key:
                return cell.bar_lines + index
        return None
