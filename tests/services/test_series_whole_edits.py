"""A whole series moved or given a new rule, saved on every backend: its cancelled and moved
sessions, skipped dates and UNTIL go with it (domain.series_edits); what a new weekday
pattern cannot carry is refused, named, until the person agrees to drop it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import Event, EventDraft, OccurrenceChange
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.series import Drop, occurrence_timing, series_moved, start_key
from eventplanner.domain.series_edits import ExceptionsLostError, moved_series_draft
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.events.queries import TimeWindow
from eventplanner.services.workspace import Workspace

STOCKHOLM = "Europe/Stockholm"
STO = ZoneInfo(STOCKHOLM)


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


def shown(workspace: Workspace, event_id: int) -> list[tuple[str, str]]:
    window = TimeWindow.days(date(2027, 1, 1), date(2027, 12, 31), STOCKHOLM)
    return [
        (o.timing.start.strftime("%a %d %b %H:%M"), o.status.value)  # type: ignore[union-attr]
        for o in workspace.queries.occurrences(window)
        if o.event_id == event_id
    ]


def board_meetings(workspace: Workspace) -> Event:
    """The issue's series: Tuesdays 10:00-11:00 from 2 March until 13 April (across the
    spring clock change), 9 March skipped, 16 March cancelled, 30 March moved to 15:00."""
    draft = EventDraft(
        "Styrelsemöte",
        TimedSpan(at(2027, 3, 2, 10), at(2027, 3, 2, 11), STOCKHOLM),
        recurrence=Recurrence("FREQ=WEEKLY;UNTIL=20270413T080000Z", (datetime(2027, 3, 9, 10),)),
    )
    event = workspace.events.create(draft).event
    for change in (
        OccurrenceChange(datetime(2027, 3, 16, 10), cancelled=True),
        OccurrenceChange(
            datetime(2027, 3, 30, 10),
            timing=TimedSpan(at(2027, 3, 30, 15), at(2027, 3, 30, 16), STOCKHOLM),
        ),
    ):
        event = workspace.events.change_occurrence(event.id, change).event
    return event


def test_a_series_moved_from_10_to_13_keeps_its_cancelled_session_and_its_last(
    workspace: Workspace,
) -> None:
    event = board_meetings(workspace)
    assert shown(workspace, event.id) == [
        ("Tue 02 Mar 10:00", "planned"), ("Tue 16 Mar 10:00", "cancelled"),
        ("Tue 23 Mar 10:00", "planned"), ("Tue 30 Mar 15:00", "planned"),
        ("Tue 06 Apr 10:00", "planned"), ("Tue 13 Apr 10:00", "planned"),
    ]  # fmt: skip
    later = TimedSpan(at(2027, 3, 2, 13), at(2027, 3, 2, 14), STOCKHOLM)
    whole = workspace.events.snapshot(event.id)
    moved = workspace.events.update(
        event.id, moved_series_draft(event.draft(), later), expected_version=event.version
    ).event
    assert shown(workspace, event.id) == [
        ("Tue 02 Mar 13:00", "planned"), ("Tue 16 Mar 13:00", "cancelled"),
        ("Tue 23 Mar 13:00", "planned"), ("Tue 30 Mar 15:00", "planned"),
        ("Tue 06 Apr 13:00", "planned"), ("Tue 13 Apr 13:00", "planned"),
    ]  # fmt: skip
    assert moved.recurrence == Recurrence(
        "FREQ=WEEKLY;UNTIL=20270413T110000Z", (datetime(2027, 3, 9, 13),)
    )
    assert [c.recurrence_id for c in moved.changes] == [
        datetime(2027, 3, 16, 13), datetime(2027, 3, 30, 13)
    ]  # fmt: skip
    # Undo of the editor's change (EditEvent) puts it back exactly.
    back = workspace.events.unsplit(whole, None).event
    assert (back.draft(), back.changes) == (event.draft(), event.changes)


def test_a_new_weekday_pattern_is_refused_naming_what_it_loses_until_agreed(
    workspace: Workspace,
) -> None:
    event = board_meetings(workspace)
    # Every third Tuesday from 2 March: 16 and 30 March are no longer sessions.
    edited = replace(
        event.draft(),
        recurrence=Recurrence("FREQ=WEEKLY;INTERVAL=3;UNTIL=20270413T080000Z", ()),
    )
    with pytest.raises(ExceptionsLostError) as refused:
        workspace.events.update(event.id, edited, expected_version=event.version)
    assert isinstance(refused.value, ValidationError)  # the command line's data error
    assert "the cancelled 2027-03-16 10:00 and the moved 2027-03-30 10:00" in str(refused.value)
    assert workspace.events.get(event.id) == event
    saved = workspace.events.update(
        event.id, edited, expected_version=event.version, drop_exceptions=True
    ).event
    assert saved.changes == ()
    assert [s for s, _ in shown(workspace, event.id)] == [
        "Tue 02 Mar 10:00", "Tue 23 Mar 10:00", "Tue 13 Apr 10:00"
    ]  # fmt: skip


def test_a_skipped_date_a_new_rule_no_longer_has_is_refused_not_a_validation_puzzle(
    workspace: Workspace,
) -> None:
    event = board_meetings(workspace)
    edited = replace(
        event.draft(),
        recurrence=Recurrence("FREQ=WEEKLY;INTERVAL=2;COUNT=4", (datetime(2027, 3, 9, 10),)),
    )
    with pytest.raises(ExceptionsLostError) as refused:
        workspace.events.update(event.id, edited, expected_version=event.version)
    assert refused.value.edit.lost_skipped == (datetime(2027, 3, 9, 10),)
    saved = workspace.events.update(
        event.id, edited, expected_version=event.version, drop_exceptions=True
    ).event
    assert saved.recurrence == Recurrence("FREQ=WEEKLY;COUNT=4;INTERVAL=2", ())


def test_a_drag_of_the_whole_series_saves_by_the_same_rule(workspace: Workspace) -> None:
    event = board_meetings(workspace)
    key = datetime(2027, 3, 23, 10)
    before = occurrence_timing(event.timing, key)
    after = TimedSpan(at(2027, 3, 23, 13), at(2027, 3, 23, 14), STOCKHOLM)
    draft = series_moved(event, key, before, after)
    result = workspace.events.split_series(
        event.id, start_key(event.timing), draft, expected_version=event.version,
        dropped=Drop(key, after),
    )  # fmt: skip
    assert result.earlier is None
    assert [s for s, _ in shown(workspace, event.id)] == [
        "Tue 02 Mar 13:00", "Tue 16 Mar 13:00", "Tue 23 Mar 13:00", "Tue 30 Mar 15:00",
        "Tue 06 Apr 13:00", "Tue 13 Apr 13:00",
    ]  # fmt: skip
