"""Where things go in the week's time grid: all-day bars, timed blocks and their columns.

Plain Python with no Qt, so the rules are tested without painting. Times are wall-clock minutes
of a day in the display zone (0 to 1440); ``week_geometry`` turns them into pixels.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timezones import shift_forward_if_missing, zone
from eventplanner.domain.timing import AllDaySpan
from eventplanner.ui.views.month_layout import (
    DAYS_A_WEEK,
    BarSegment,
    Placed,
    bar_segments,
    occurrence_key,
)

MINUTES_A_DAY = 24 * 60
_ONE_DAY = timedelta(days=1)


def week_monday(day: date) -> date:
    """The Monday of the ISO week that holds ``day``."""
    return day - timedelta(days=day.weekday())


def week_days(monday: date) -> list[date]:
    return [monday + timedelta(days=n) for n in range(DAYS_A_WEEK)]


def _minutes(moment: datetime, day: date) -> float:
    """Wall-clock minutes of a naive local ``moment`` after the start of ``day``."""
    return (moment - datetime.combine(day, time())).total_seconds() / 60


def in_all_day_row(occurrence: Occurrence, display_zone: str) -> bool:
    """All-day events, and timed ones of a day or more, lie in the row above the hours.

    Shorter events that cross midnight stay in the grid, split at midnight (as Google Calendar
    and Outlook do): a late evening that runs into the night reads as such.
    """
    timing = occurrence.timing
    if isinstance(timing, AllDaySpan):
        return True
    return timing.end - timing.start >= _ONE_DAY


def bar_item(occurrence: Occurrence, display_zone: str) -> Placed:
    """An occurrence of the all-day row as the month layout's bars understand it."""
    timing = occurrence.timing
    if isinstance(timing, AllDaySpan):
        return Placed(occurrence, timing.first_day, timing.last_day, None)
    tz = zone(display_zone)
    start = timing.start.astimezone(tz)
    end = timing.end.astimezone(tz)
    last = (end - timedelta(microseconds=1)).date() if end > start else start.date()
    return Placed(occurrence, start.date(), last, start)


@dataclass(frozen=True, slots=True)
class Block:
    """The part of a timed occurrence that lies in one day of the grid."""

    occurrence: Occurrence
    day: date
    col: int
    start: float
    """Minutes after midnight, in the display zone."""
    end: float
    continues_before: bool
    """The occurrence began on an earlier day (it crossed midnight into this one)."""
    continues_after: bool
    column: int = 0
    """Which of the cluster's side-by-side columns it takes (0 is the leftmost)."""
    span: int = 1
    """How many columns it is wide: it widens into columns no overlapping block uses."""
    columns: int = 1
    """How many columns its cluster of overlapping blocks shares the day's width between."""

    @property
    def key(self) -> tuple[int, object]:
        return occurrence_key(self.occurrence)

    @property
    def left(self) -> float:
        """Its left edge as a share of the day's width (0..1)."""
        return self.column / self.columns

    @property
    def width(self) -> float:
        """Its width as a share of the day's width."""
        return self.span / self.columns


def day_blocks(occurrence: Occurrence, display_zone: str, days: Sequence[date]) -> list[Block]:
    """A timed occurrence cut at midnight into one block for each of ``days`` it touches."""
    timing = occurrence.timing
    if isinstance(timing, AllDaySpan):
        return []
    tz = zone(display_zone)
    start = timing.start.astimezone(tz).replace(tzinfo=None)
    end = max(timing.end.astimezone(tz).replace(tzinfo=None), start)
    blocks = []
    for col, day in enumerate(days):
        midnight = datetime.combine(day, time())
        following = midnight + _ONE_DAY
        inside = start < following and (end > midnight or (start == end and start >= midnight))
        if not inside:
            continue
        blocks.append(
            Block(
                occurrence,
                day,
                col,
                max(_minutes(start, day), 0.0),
                min(_minutes(end, day), float(MINUTES_A_DAY)),
                continues_before=start < midnight,
                continues_after=end > following,
            )
        )
    return blocks


def pack_columns(blocks: Iterable[Block], min_minutes: float = 0) -> list[Block]:
    """Lay one day's blocks side by side where they overlap, like Google Calendar.

    Blocks that overlap, directly or through others, form a cluster that shares the day's width
    in as few columns as will hold it; each block takes the leftmost free column and then widens
    to the right over columns that hold nothing it overlaps. ``min_minutes`` is the shortest a
    block is drawn, so short events that would touch on screen count as overlapping.
    """

    def bottom(block: Block) -> float:
        return max(block.end, block.start + min_minutes)

    ordered = sorted(blocks, key=lambda b: (b.start, -bottom(b), b.occurrence.title))
    clusters: list[list[Block]] = []
    cluster_end = -1.0
    for block in ordered:
        if not clusters or block.start >= cluster_end:
            clusters.append([])
            cluster_end = -1.0
        clusters[-1].append(block)
        cluster_end = max(cluster_end, bottom(block))
    packed: list[Block] = []
    for cluster in clusters:
        column_ends: list[float] = []
        placed: list[tuple[Block, int]] = []
        for block in cluster:
            column = next(
                (n for n, end in enumerate(column_ends) if end <= block.start), len(column_ends)
            )
            if column == len(column_ends):
                column_ends.append(0.0)
            column_ends[column] = bottom(block)
            placed.append((block, column))
        columns = len(column_ends)
        for block, column in placed:
            span = 1
            while column + span < columns and not any(
                other_column == column + span
                and other.start < bottom(block)
                and block.start < bottom(other)
                for other, other_column in placed
            ):
                span += 1
            packed.append(_with_columns(block, column, span, columns))
    return packed


def _with_columns(block: Block, column: int, span: int, columns: int) -> Block:
    return Block(
        block.occurrence,
        block.day,
        block.col,
        block.start,
        block.end,
        block.continues_before,
        block.continues_after,
        column,
        span,
        columns,
    )


def now_position(now: datetime, monday: date, display_zone: str) -> tuple[int, float] | None:
    """The day column and minute of the current-time line, or None outside the week."""
    local = now.astimezone(zone(display_zone))
    col = (local.date() - monday).days
    if not 0 <= col < DAYS_A_WEEK:
        return None
    return col, local.hour * 60 + local.minute + local.second / 60


def slot_start(day: date, minutes: float, display_zone: str, step: int = 30) -> datetime:
    """The aware start of the ``step``-minute slot at ``minutes`` into ``day``, rounded down."""
    whole = int(min(max(minutes, 0), MINUTES_A_DAY - 1)) // step * step
    local = datetime.combine(day, time(whole // 60, whole % 60), tzinfo=zone(display_zone))
    return shift_forward_if_missing(local)


class WeekLayout:
    """The all-day bars and the packed timed blocks of one ISO week."""

    def __init__(
        self,
        monday: date,
        occurrences: Iterable[Occurrence],
        display_zone: str,
        min_minutes: float = 0,
    ) -> None:
        self.monday = week_monday(monday)
        self.days = week_days(self.monday)
        self.zone = display_zone
        bars: list[Placed] = []
        by_day: list[list[Block]] = [[] for _ in self.days]
        for occurrence in occurrences:
            if in_all_day_row(occurrence, display_zone):
                bars.append(bar_item(occurrence, display_zone))
                continue
            for block in day_blocks(occurrence, display_zone, self.days):
                by_day[block.col].append(block)
        self.bars: list[BarSegment] = bar_segments(bars, [self.monday])
        self.blocks: list[Block] = []
        for blocks in by_day:
            self.blocks.extend(pack_columns(blocks, min_minutes))

    @property
    def lanes(self) -> int:
        """Lanes the all-day row needs so that no two bars overlap."""
        return max((s.lane + 1 for s in self.bars), default=0)

    def col_of(self, day: date) -> int | None:
        col = (day - self.monday).days
        return col if 0 <= col < DAYS_A_WEEK else None

    def bar_at(self, col: int, lane: int) -> BarSegment | None:
        return next((s for s in self.bars if s.lane == lane and s.covers(col)), None)

    def bars_in(self, col: int) -> list[BarSegment]:
        return sorted((s for s in self.bars if s.covers(col)), key=lambda s: s.lane)

    def blocks_in(self, col: int) -> list[Block]:
        return [b for b in self.blocks if b.col == col]

    def day_items(self, col: int) -> list[Occurrence]:
        """What a day holds in reading order: its bars by lane, then its blocks by time."""
        bars = [s.item.occurrence for s in self.bars_in(col)]
        timed = sorted(self.blocks_in(col), key=lambda b: (b.start, b.column))
        return bars + [b.occurrence for b in timed]
