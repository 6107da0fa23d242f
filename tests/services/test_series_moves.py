"""A series dragged in a view, saved on every backend: its changed occurrences go along, the
dragged one lands where it was dropped, undo brings back exactly what was, and no occurrence
is lost across a clock change."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import Event, EventDraft, OccurrenceChange
from eventplanner.domain.moves import moved_by_days
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.series import (
    Drop,
    occurrence_timing,
    series_moved,
    split_draft,
    start_key,
)
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.events.queries import TimeWindow
from eventplanner.services.workspace import Workspace

STOCKHOLM = "Europe/Stockholm"
STO = ZoneInfo(STOCKHOLM)


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


def course(first: datetime) -> EventDraft:
    return EventDraft(
        "Intraprenörskap",
        TimedSpan(first, first.replace(hour=20), STOCKHOLM),
        kind=EventKind.COURSE,
        recurrence=Recurrence("FREQ=WEEKLY;COUNT=8"),
    )


def shown(workspace: Workspace, event_id: int) -> list[tuple[str, str, str]]:
    window = TimeWindow.days(date(2027, 1, 1), date(2027, 12, 31), STOCKHOLM)
    return [
        (o.timing.start.strftime("%a %d %b %H:%M"), o.title, o.status.value)  # type: ignore[union-attr]
        for o in workspace.queries.occurrences(window)
        if o.event_id == event_id
    ]


def changed(workspace: Workspace, event: Event, *changes: OccurrenceChange) -> Event:
    for change in changes:
        event = workspace.events.change_occurrence(event.id, change).event
    return event


def drag_whole(workspace: Workspace, event: Event, key: datetime, days: int) -> Event:
    """What a drag of occurrence ``key`` by ``days``, "the whole series", saves."""
    shown_at = next((c.timing for c in event.changes if c.recurrence_id == key), None)
    before = shown_at or occurrence_timing(event.timing, key)
    after = moved_by_days(before, days)
    draft = series_moved(event, key, before, after)
    result = workspace.events.split_series(
        event.id, start_key(event.timing), draft, expected_version=event.version,
        dropped=Drop(key, after),
    )  # fmt: skip
    assert result.earlier is None
    return result.later


def test_a_course_dragged_whole_keeps_its_changed_sessions_and_undo_is_exact(
    workspace: Workspace,
) -> None:
    course_ = workspace.events.create(course(at(2027, 3, 1, 18))).event
    course_ = changed(
        workspace,
        course_,
        OccurrenceChange(datetime(2027, 3, 15, 18), cancelled=True),
        OccurrenceChange(datetime(2027, 3, 22, 18), title="Gästföreläsning"),
    )
    before = shown(workspace, course_.id)
    whole = workspace.events.snapshot(course_.id)
    moved = drag_whole(workspace, course_, datetime(2027, 3, 8, 18), 1)
    assert moved.changes == (
        OccurrenceChange(datetime(2027, 3, 16, 18), cancelled=True),
        OccurrenceChange(datetime(2027, 3, 23, 18), title="Gästföreläsning"),
    )
    assert shown(workspace, course_.id)[2:4] == [
        ("Tue 16 Mar 18:00", "Intraprenörskap", "cancelled"),
        ("Tue 23 Mar 18:00", "Gästföreläsning", "planned"),
    ]
    back = workspace.events.unsplit(whole, None).event
    assert back.changes == course_.changes
    assert back.draft() == course_.draft()
    assert shown(workspace, course_.id) == before


def test_undo_of_a_whole_series_edit_brings_back_the_sessions_it_dropped(
    workspace: Workspace,
) -> None:
    # The editor's "the whole series" at 17:00: the 18:00 sessions changed on their own go
    # (update drops them); undo (EditEvent) puts every one back as it was.
    course_ = workspace.events.create(course(at(2027, 3, 1, 18))).event
    course_ = changed(
        workspace,
        course_,
        OccurrenceChange(datetime(2027, 3, 15, 18), cancelled=True),
        OccurrenceChange(datetime(2027, 3, 22, 18), title="Gästföreläsning"),
    )
    before = shown(workspace, course_.id)
    earlier = replace(course_.draft(), timing=TimedSpan(at(2027, 3, 1, 17), at(2027, 3, 1, 19)))
    whole = workspace.events.snapshot(course_.id)
    workspace.events.update(course_.id, earlier, expected_version=course_.version)
    back = workspace.events.unsplit(whole, None).event
    assert back.changes == course_.changes
    assert shown(workspace, course_.id) == before


def test_a_session_moved_on_its_own_lands_where_it_is_dropped(workspace: Workspace) -> None:
    course_ = workspace.events.create(course(at(2027, 3, 1, 18))).event
    on_tuesday = TimedSpan(at(2027, 3, 23, 18), at(2027, 3, 23, 20), STOCKHOLM)
    course_ = changed(workspace, course_, OccurrenceChange(datetime(2027, 3, 22, 18),
                                                           timing=on_tuesday))  # fmt: skip
    # Tuesday 23 dragged to Wednesday 24, the whole series: every session on Wednesdays.
    moved = drag_whole(workspace, course_, datetime(2027, 3, 22, 18), 1)
    assert moved.changes == ()
    assert [s for s, _t, _st in shown(workspace, course_.id)][:4] == [
        "Wed 03 Mar 18:00", "Wed 10 Mar 18:00", "Wed 17 Mar 18:00", "Wed 24 Mar 18:00"
    ]  # fmt: skip


def test_a_split_course_dragged_a_week_on_across_the_autumn_change_keeps_every_session(
    workspace: Workspace,
) -> None:
    # Mondays at 18:00 from 4 October, split at 1 November (clocks go back on 31 October).
    course_ = workspace.events.create(course(at(2027, 10, 4, 18))).event
    key = datetime(2027, 11, 1, 18)
    workspace.events.split_series(course_.id, key, split_draft(course_, key))
    earlier = workspace.events.get(course_.id)
    drag_whole(workspace, earlier, datetime(2027, 10, 4, 18), 7)
    assert [s for s, _t, _st in shown(workspace, course_.id)] == [
        "Mon 11 Oct 18:00", "Mon 18 Oct 18:00", "Mon 25 Oct 18:00", "Mon 01 Nov 18:00"
    ]  # fmt: skip
