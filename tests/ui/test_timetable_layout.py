"""Where the timetable puts sessions: columns by stage, overlaps found and laid side by
side, breaks shaded across the stages, the hours shown."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from eventplanner.domain.programme import Session, SessionKind, Stage
from eventplanner.ui.programme.timetable_layout import (
    NO_STAGE,
    at_minute,
    day_layout,
    snapped,
)

STO = ZoneInfo("Europe/Stockholm")
DAY = date(2027, 1, 27)
STAGES = [Stage(1, 9, "Scen 1", position=0), Stage(2, 9, "Scen 2", position=1)]


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2027, 1, 27, hour, minute, tzinfo=STO)


def talk(ident: int, start: datetime, end: datetime, stage: int | None = 1,
         kind: SessionKind = SessionKind.TALK) -> Session:  # fmt: skip
    return Session(ident, 9, f"S{ident}", start, end, kind, stage)


def test_sessions_by_stage_with_overlaps_side_by_side() -> None:
    sessions = [talk(1, at(9), at(10)), talk(2, at(9, 30), at(10, 30)), talk(3, at(10), at(11)),
                talk(4, at(11), at(12)), talk(5, at(9), at(10), stage=2)]  # fmt: skip
    layout = day_layout(DAY, sessions, STAGES, "No stage")
    assert [c[1] for c in layout.columns] == ["Scen 1", "Scen 2"]
    placed = {p.session.id: p for p in layout.placed}
    assert [(placed[i].lane, placed[i].lanes) for i in (1, 2, 3, 4, 5)] == [
        (0, 2), (1, 2), (0, 2), (0, 1), (0, 1)
    ]  # fmt: skip
    assert [(o.first.id, o.second.id) for o in layout.overlaps] == [(1, 2), (2, 3)]
    assert {i for i, p in placed.items() if p.overlapping} == {1, 2, 3}
    assert (layout.first_minute, layout.last_minute) == (8 * 60, 17 * 60)


def test_breaks_are_shaded_across_stages_and_a_session_without_stage_gets_a_column() -> None:
    sessions = [talk(1, at(12), at(13), stage=None, kind=SessionKind.LUNCH),
                talk(2, at(7, 30), at(8), stage=None), talk(3, at(18), at(19, 10))]  # fmt: skip
    layout = day_layout(DAY, sessions, STAGES, "No stage")
    assert [p.session.id for p in layout.pauses] == [1]
    assert [p.session.id for p in layout.placed] == [2, 3]  # a break without stage: shade only
    assert layout.columns[-1] == (NO_STAGE, "No stage")
    assert (layout.first_minute, layout.last_minute) == (7 * 60, 20 * 60)
    assert layout.stage_of(2) is None and layout.stage_of(0) == 1


def test_minutes_snap_to_five_and_become_wall_clock_times() -> None:
    assert [snapped(m) for m in (602, 603, 607.4, 608)] == [600, 605, 605, 610]
    assert at_minute(DAY, 10 * 60 + 35, "Europe/Stockholm") == at(10, 35)
