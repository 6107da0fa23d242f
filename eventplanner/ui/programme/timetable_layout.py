"""Where the timetable puts each session: pure arithmetic on minutes, no painting.

A day's grid has a column per stage (in the stages' order, then "No stage" when a session
has none) and a row per minute of wall-clock time in the event's zone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from eventplanner.domain.programme import Session, Stage
from eventplanner.domain.timezones import zone

SNAP = 5
"""Minutes: what a drag, a resize and an arrow key move by."""
NO_STAGE = -1


def minute_of(moment: datetime) -> int:
    """Minutes since the day's midnight on the wall clock (a session ending at midnight
    the next day: 1440)."""
    return moment.hour * 60 + moment.minute


def snapped(minute: float) -> int:
    return round(minute / SNAP) * SNAP


def at_minute(day: date, minute: int, time_zone: str) -> datetime:
    """The wall-clock time ``minute`` minutes into ``day`` in ``time_zone``, aware."""
    minute = max(0, minute)
    midnight = datetime.combine(day, time(), tzinfo=zone(time_zone))
    return midnight + timedelta(minutes=minute)


@dataclass(frozen=True, slots=True)
class Placed:
    """A session on the day's grid: its column and its wall-clock minutes."""

    session: Session
    column: int
    top: int
    bottom: int
    overlapping: bool = False
    lane: int = 0
    lanes: int = 1
    """Overlapping sessions of a stage share its column side by side: this one's lane of
    ``lanes``."""


@dataclass(frozen=True, slots=True)
class Overlap:
    """Two sessions of one stage at the same time."""

    first: Session
    second: Session
    stage: str


@dataclass(slots=True)
class DayLayout:
    """One day of the timetable."""

    day: date
    columns: list[tuple[int, str]]
    """(stage id or NO_STAGE, name) per column."""
    placed: list[Placed]
    pauses: list[Placed]
    """Breaks and lunches: shaded across every stage."""
    first_minute: int
    last_minute: int
    overlaps: list[Overlap] = field(default_factory=list)

    def column_of(self, stage_id: int | None) -> int:
        key = NO_STAGE if stage_id is None else stage_id
        for index, (ident, _name) in enumerate(self.columns):
            if ident == key:
                return index
        return 0

    def stage_of(self, column: int) -> int | None:
        if not self.columns:
            return None
        ident = self.columns[max(0, min(column, len(self.columns) - 1))][0]
        return None if ident == NO_STAGE else ident


def sessions_on(sessions: Iterable[Session], day: date) -> list[Session]:
    return [s for s in sessions if s.start.date() == day]


def overlaps_of(sessions: Sequence[Session], stages: Sequence[Stage]) -> list[Overlap]:
    """Pairs of sessions on one stage whose times overlap, in time order."""
    names = {s.id: s.name for s in stages}
    by_stage: dict[int, list[Session]] = {}
    for record in sessions:
        if record.stage_id is not None:
            by_stage.setdefault(record.stage_id, []).append(record)
    found: list[Overlap] = []
    for stage_id, members in by_stage.items():
        members.sort(key=lambda s: (s.start, s.end))
        for index, first in enumerate(members):
            for second in members[index + 1 :]:
                if second.start >= first.end:
                    break
                found.append(Overlap(first, second, names.get(stage_id, "")))
    found.sort(key=lambda o: (o.first.start, o.second.start))
    return found


def day_layout(
    day: date, sessions: Sequence[Session], stages: Sequence[Stage], no_stage: str
) -> DayLayout:
    """The sessions of ``day`` placed on its grid, from the hour before the first to the
    hour after the last (08:00 to 17:00 at least)."""
    todays = sessions_on(sessions, day)
    columns: list[tuple[int, str]] = [(s.id, s.name) for s in stages if s.id is not None]
    if any(s.stage_id is None and not s.kind.is_pause for s in todays) or not columns:
        columns.append((NO_STAGE, no_stage))
    overlaps = overlaps_of(todays, stages)
    clashing = {o.first.id for o in overlaps} | {o.second.id for o in overlaps}
    layout = DayLayout(day, columns, [], [], 8 * 60, 17 * 60, overlaps)
    for record in todays:
        top = minute_of(record.start)
        bottom = top + max(SNAP, int(record.duration.total_seconds() // 60))
        placed = Placed(record, layout.column_of(record.stage_id), top, bottom,
                        record.id in clashing)  # fmt: skip
        if record.kind.is_pause:
            layout.pauses.append(placed)
        if not record.kind.is_pause or record.stage_id is not None:
            layout.placed.append(placed)
        layout.first_minute = min(layout.first_minute, top // 60 * 60)
        layout.last_minute = max(layout.last_minute, min(24 * 60, -(-bottom // 60) * 60))
    layout.placed = in_lanes(layout.placed)
    return layout


def in_lanes(placed: list[Placed]) -> list[Placed]:
    """Each column's overlapping sessions side by side: a group of sessions that overlap
    one another (directly or through others) shares the column in as many lanes as it
    needs, each session in the first lane free at its start."""
    lanes_of: dict[int, tuple[int, int]] = {}  # id(placed) -> (lane, lanes)
    by_column: dict[int, list[Placed]] = {}
    for item in placed:
        by_column.setdefault(item.column, []).append(item)
    for members in by_column.values():
        members.sort(key=lambda p: (p.top, p.bottom))
        groups: list[list[tuple[Placed, int]]] = []
        ends: list[int] = []  # per lane of the group, where its last session ends
        group_end = -1
        for item in members:
            if not groups or item.top >= group_end:
                groups.append([])
                ends = []
                group_end = item.bottom
            lane = next((n for n, end in enumerate(ends) if end <= item.top), len(ends))
            if lane == len(ends):
                ends.append(item.bottom)
            else:
                ends[lane] = item.bottom
            groups[-1].append((item, lane))
            group_end = max(group_end, item.bottom)
        for group in groups:
            count = 1 + max(lane for _item, lane in group)
            for item, lane in group:
                lanes_of[id(item)] = (lane, count)
    return [replace(p, lane=lanes_of[id(p)][0], lanes=lanes_of[id(p)][1]) for p in placed]


def event_days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]
