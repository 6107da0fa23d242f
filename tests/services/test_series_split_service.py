"""Editing a series "this and following" on every backend: split, conflicts, undo, redo."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.errors import ConflictError, ValidationError
from eventplanner.domain.model import Event, EventDraft, OccurrenceChange
from eventplanner.domain.recurrence import Recurrence, RecurrenceId, recurrence_id_text
from eventplanner.domain.series import split_draft
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.persistence.schema import EventRow, OccurrenceChangeRow, SeriesOccurrenceRow
from eventplanner.services.events.queries import TimeWindow
from eventplanner.services.workspace import Workspace

STOCKHOLM = "Europe/Stockholm"
STO = ZoneInfo(STOCKHOLM)


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


def monday(month: int, day: int) -> datetime:
    return datetime(2027, month, day, 18)


# Eight Monday evenings from 1 March; summer time begins on Sunday 28 March.
COURSE = EventDraft(
    title="Intraprenörskap",
    timing=TimedSpan(at(2027, 3, 1, 18), at(2027, 3, 1, 20), STOCKHOLM),
    kind=EventKind.COURSE,
    tags=("Kurs",),
    capacity=24,
    recurrence=Recurrence("FREQ=WEEKLY;COUNT=8"),
)
MONDAYS = [monday(3, d) for d in (1, 8, 15, 22, 29)] + [monday(4, d) for d in (5, 12, 19)]


def spring(workspace: Workspace) -> list[tuple[str, datetime, int]]:
    window = TimeWindow.days(date(2027, 2, 1), date(2027, 6, 30), STOCKHOLM)
    return [
        (o.title, o.timing.start, o.event_id)  # type: ignore[union-attr]
        for o in workspace.queries.occurrences(window)
    ]


def stored(workspace: Workspace, event_id: int) -> list[str]:
    with workspace.database.reading() as session:
        return list(
            session.scalars(
                select(SeriesOccurrenceRow.recurrence_id)
                .where(SeriesOccurrenceRow.event_id == event_id)
                .order_by(SeriesOccurrenceRow.recurrence_id)
            )
        )


def rows(workspace: Workspace) -> tuple[int, int, int]:
    with workspace.database.reading() as session:
        return tuple(  # type: ignore[return-value]
            int(session.scalar(select(func.count()).select_from(t)) or 0)
            for t in (EventRow, OccurrenceChangeRow, SeriesOccurrenceRow)
        )


def texts(keys: list[RecurrenceId]) -> list[str]:
    return [recurrence_id_text(k) for k in keys]


def split(
    workspace: Workspace, event: Event, key: RecurrenceId, **edits: object
) -> tuple[Event, Event]:
    draft = replace(split_draft(event, key), **edits)  # type: ignore[arg-type]
    result = workspace.events.split_series(event.id, key, draft, expected_version=event.version)
    assert result.earlier is not None
    return result.earlier, result.later


def test_a_counted_course_split_across_the_clock_change(workspace: Workspace) -> None:
    course = workspace.events.create(COURSE).event
    earlier, later = split(workspace, course, MONDAYS[3], title="Intraprenörskap II")
    # The original keeps its UID and exactly the three Mondays before 22 March.
    assert earlier.id == course.id and earlier.uid == course.uid
    assert earlier.recurrence == Recurrence("FREQ=WEEKLY;UNTIL=20270315T170000Z")
    assert earlier.sequence == course.sequence + 1
    # The new series has a UID and a revision of its own, and the five Mondays left.
    assert later.uid != course.uid and later.id != course.id
    assert (later.sequence, later.version) == (0, 1)
    assert later.recurrence == Recurrence("FREQ=WEEKLY;COUNT=5")
    assert later.timing == TimedSpan(at(2027, 3, 22, 18), at(2027, 3, 22, 20), STOCKHOLM)
    assert later.tags == ("Kurs",) and later.capacity == 24
    assert spring(workspace) == [
        ("Intraprenörskap", at(2027, 3, 1, 18), course.id),
        ("Intraprenörskap", at(2027, 3, 8, 18), course.id),
        ("Intraprenörskap", at(2027, 3, 15, 18), course.id),
        ("Intraprenörskap II", at(2027, 3, 22, 18), later.id),
        ("Intraprenörskap II", at(2027, 3, 29, 18), later.id),  # 18:00 summer time
        ("Intraprenörskap II", at(2027, 4, 5, 18), later.id),
        ("Intraprenörskap II", at(2027, 4, 12, 18), later.id),
        ("Intraprenörskap II", at(2027, 4, 19, 18), later.id),
    ]
    # Both series end: their occurrences are stored for reading.
    assert stored(workspace, course.id) == texts(MONDAYS[:3])
    assert stored(workspace, later.id) == texts(MONDAYS[3:])
    assert workspace.queries.span() == (
        datetime(2027, 3, 1, 17, tzinfo=UTC),
        datetime(2027, 4, 19, 18, tzinfo=UTC),
    )


def test_an_endless_series_gets_an_end_and_its_occurrences_stored(workspace: Workspace) -> None:
    weekly = workspace.events.create(replace(COURSE, recurrence=Recurrence("FREQ=WEEKLY"))).event
    assert stored(workspace, weekly.id) == []  # endless: expanded when read
    five = TimedSpan(at(2027, 3, 15, 17), at(2027, 3, 15, 19), STOCKHOLM)
    _earlier, later = split(workspace, weekly, MONDAYS[2], title="Ny tid", timing=five)
    assert stored(workspace, weekly.id) == texts(MONDAYS[:2])
    assert stored(workspace, later.id) == []
    assert later.recurrence == Recurrence("FREQ=WEEKLY")
    december = TimeWindow.days(date(2027, 12, 1), date(2027, 12, 31), STOCKHOLM)
    found = workspace.queries.occurrences(december)
    assert {o.event_id for o in found} == {later.id}
    assert [o.timing.start.hour for o in found] == [17] * 4  # type: ignore[union-attr]


def test_skipped_dates_and_changes_go_to_the_part_they_belong_to(workspace: Workspace) -> None:
    course = workspace.events.create(
        replace(COURSE, recurrence=Recurrence("FREQ=WEEKLY;COUNT=8", (MONDAYS[1], MONDAYS[5])))
    ).event
    guest = OccurrenceChange(MONDAYS[2], title="Gästföreläsning")
    cancelled = OccurrenceChange(MONDAYS[4], cancelled=True)
    moved = OccurrenceChange(
        MONDAYS[6], timing=TimedSpan(at(2027, 4, 14, 9), at(2027, 4, 14, 11), STOCKHOLM)
    )
    for change in (guest, cancelled, moved):
        course = workspace.events.change_occurrence(course.id, change).event
    # From 22 March on, on Tuesdays at 17:00 (the editor moves the skipped date along).
    later_draft = replace(
        split_draft(course, MONDAYS[3]),
        timing=TimedSpan(at(2027, 3, 23, 17), at(2027, 3, 23, 19), STOCKHOLM),
        recurrence=Recurrence("FREQ=WEEKLY;COUNT=5", (datetime(2027, 4, 6, 17),)),
    )
    result = workspace.events.split_series(
        course.id, MONDAYS[3], later_draft, expected_version=course.version
    )
    earlier, later = result.earlier, result.later
    assert earlier is not None
    assert earlier.recurrence == Recurrence("FREQ=WEEKLY;UNTIL=20270315T170000Z", (MONDAYS[1],))
    assert earlier.changes == (guest,)
    assert later.recurrence == Recurrence("FREQ=WEEKLY;COUNT=5", (datetime(2027, 4, 6, 17),))
    assert later.changes == (
        replace(cancelled, recurrence_id=datetime(2027, 3, 30, 17)),
        replace(moved, recurrence_id=datetime(2027, 4, 13, 17)),
    )
    shown = [
        (o.title, o.timing.start, o.status)  # type: ignore[union-attr]
        for o in workspace.queries.occurrences(
            TimeWindow.days(date(2027, 3, 1), date(2027, 4, 30), STOCKHOLM)
        )
    ]
    assert shown == [
        ("Intraprenörskap", at(2027, 3, 1, 18), EventStatus.PLANNED),
        ("Gästföreläsning", at(2027, 3, 15, 18), EventStatus.PLANNED),
        ("Intraprenörskap", at(2027, 3, 23, 17), EventStatus.PLANNED),
        ("Intraprenörskap", at(2027, 3, 30, 17), EventStatus.CANCELLED),
        ("Intraprenörskap", at(2027, 4, 14, 9), EventStatus.PLANNED),  # moved, and still there
        ("Intraprenörskap", at(2027, 4, 20, 17), EventStatus.PLANNED),
    ]
    assert stored(workspace, earlier.id) == texts([MONDAYS[0], MONDAYS[2]])


def test_a_stale_version_is_refused_naming_the_event(workspace: Workspace) -> None:
    course = workspace.events.create(COURSE).event
    workspace.events.update(
        course.id, replace(course.draft(), capacity=30), expected_version=course.version
    )
    before = rows(workspace)
    draft = replace(split_draft(course, MONDAYS[3]), title="Mitt namn")
    with pytest.raises(ConflictError, match=r"Intraprenörskap.*changed by someone else"):
        workspace.events.split_series(course.id, MONDAYS[3], draft, expected_version=course.version)
    assert rows(workspace) == before
    assert workspace.events.get(course.id).recurrence == COURSE.recurrence


@pytest.mark.parametrize(
    ("key", "edit", "field"),
    [
        (datetime(2027, 3, 2, 18), {}, "recurrence_id"),
        (MONDAYS[3], {"title": " "}, "title"),
        (MONDAYS[3], {"venue_id": 99}, "venue"),
        (MONDAYS[3], {"recurrence": Recurrence("FREQ=WEEKLY;BYDAY=TU;COUNT=5")}, "start"),
    ],
)
def test_a_refused_split_changes_nothing(
    workspace: Workspace, key: RecurrenceId, edit: dict[str, object], field: str
) -> None:
    course = workspace.events.create(COURSE).event
    before = rows(workspace)
    draft = replace(split_draft(course, MONDAYS[3]), **edit)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        workspace.events.split_series(course.id, key, draft, expected_version=course.version)
    assert caught.value.field == field
    assert rows(workspace) == before
    assert workspace.events.get(course.id) == course


def test_splitting_at_the_first_occurrence_edits_the_whole_series(workspace: Workspace) -> None:
    course = workspace.events.create(COURSE).event
    course = workspace.events.change_occurrence(
        course.id, OccurrenceChange(MONDAYS[4], cancelled=True)
    ).event
    draft = replace(split_draft(course, MONDAYS[0]), title="Nytt namn")
    result = workspace.events.split_series(
        course.id, MONDAYS[0], draft, expected_version=course.version
    )
    assert result.earlier is None
    whole = result.later
    assert (whole.id, whole.uid) == (course.id, course.uid)
    assert whole.title == "Nytt namn" and whole.recurrence == COURSE.recurrence
    assert whole.changes == course.changes
    assert workspace.queries.count() == 1
    assert stored(workspace, course.id) == texts(MONDAYS)


def test_undo_brings_the_series_back_exactly_and_redo_splits_again(workspace: Workspace) -> None:
    course = workspace.events.create(
        replace(COURSE, recurrence=Recurrence("FREQ=WEEKLY;COUNT=8", (MONDAYS[5],)))
    ).event
    for change in (
        OccurrenceChange(MONDAYS[1], title="Gäst"),
        OccurrenceChange(MONDAYS[6], cancelled=True),
    ):
        course = workspace.events.change_occurrence(course.id, change).event
    shown_before = spring(workspace)
    stored_before = stored(workspace, course.id)
    rows_before = rows(workspace)
    whole = workspace.events.snapshot(course.id)
    earlier, later = split(workspace, course, MONDAYS[3], title="Del två", tags=("Kurs", "Ny"))
    assert spring(workspace) != shown_before

    split_off = workspace.events.snapshot(later.id)
    back = workspace.events.unsplit(whole, later.uid).event
    assert back.uid == course.uid and back.id == course.id
    assert back.draft() == course.draft()
    assert back.recurrence == course.recurrence and back.changes == course.changes
    assert back.sequence > earlier.sequence
    assert spring(workspace) == shown_before
    assert stored(workspace, course.id) == stored_before
    assert rows(workspace) == rows_before
    assert workspace.tags.find("Ny") is not None  # a tag once made stays, like any tag

    draft = replace(split_draft(course, MONDAYS[3]), title="Del två", tags=("Kurs", "Ny"))
    again = workspace.events.split_series(back.id, MONDAYS[3], draft, redo_of=split_off)
    assert again.earlier is not None
    assert again.later.uid == later.uid
    assert again.later.sequence == later.sequence + 1
    assert again.later.changes == later.changes
    assert again.earlier.recurrence == earlier.recurrence
    assert [t for t, _s, _e in spring(workspace)].count("Del två") == 4
    with pytest.raises(ValidationError, match="exists already"):
        draft = split_draft(again.earlier, MONDAYS[1])
        workspace.events.split_series(again.earlier.id, MONDAYS[1], draft, redo_of=split_off)


def test_undo_of_a_split_at_the_first_occurrence(workspace: Workspace) -> None:
    course = workspace.events.create(COURSE).event
    draft = replace(
        split_draft(course, MONDAYS[0]),
        title="Nytt namn",
        recurrence=Recurrence("FREQ=WEEKLY;COUNT=2"),
    )
    whole = workspace.events.snapshot(course.id)
    workspace.events.split_series(course.id, MONDAYS[0], draft, expected_version=course.version)
    assert stored(workspace, course.id) == texts(MONDAYS[:2])
    back = workspace.events.unsplit(whole, None).event
    assert back.draft() == course.draft()
    assert stored(workspace, course.id) == texts(MONDAYS)


def test_an_all_day_series_is_split_by_days(workspace: Workspace) -> None:
    steering = workspace.events.create(
        EventDraft(
            "Styrgruppsdag",
            AllDaySpan(date(2027, 1, 14), date(2027, 1, 14), STOCKHOLM),
            recurrence=Recurrence("FREQ=MONTHLY;COUNT=6"),
        )
    ).event
    whole = workspace.events.snapshot(steering.id)
    earlier, later = split(workspace, steering, date(2027, 4, 14), title="Styrgrupp (ny)")
    assert earlier.recurrence == Recurrence("FREQ=MONTHLY;UNTIL=20270314")
    assert later.recurrence == Recurrence("FREQ=MONTHLY;COUNT=3")
    assert later.timing == AllDaySpan(date(2027, 4, 14), date(2027, 4, 14), STOCKHOLM)
    assert stored(workspace, earlier.id) == ["2027-01-14", "2027-02-14", "2027-03-14"]
    assert stored(workspace, later.id) == ["2027-04-14", "2027-05-14", "2027-06-14"]
    window = TimeWindow.days(date(2027, 1, 1), date(2027, 12, 31), STOCKHOLM)
    titles = [(o.title, o.timing.first_day) for o in workspace.queries.occurrences(window)]
    assert titles[2:] == [
        ("Styrgruppsdag", date(2027, 3, 14)),
        ("Styrgrupp (ny)", date(2027, 4, 14)),
        ("Styrgrupp (ny)", date(2027, 5, 14)),
        ("Styrgrupp (ny)", date(2027, 6, 14)),
    ]
    back = workspace.events.unsplit(whole, later.uid).event
    assert back.draft() == steering.draft()
    assert len(stored(workspace, back.id)) == 6


def test_the_split_off_series_is_checked_for_venue_clashes(workspace: Workspace) -> None:
    from eventplanner.domain.model import Venue

    hall = workspace.venues.create(Venue(None, "Aulan"))
    workspace.events.create(
        EventDraft("Årsmöte", TimedSpan(at(2027, 4, 5, 17), at(2027, 4, 5, 21)), venue_id=hall.id)
    )
    course = workspace.events.create(COURSE).event
    draft = replace(split_draft(course, MONDAYS[3]), venue_id=hall.id)
    result = workspace.events.split_series(course.id, MONDAYS[3], draft)
    assert [w.field for w in result.warnings] == ["venue"]
    assert "Årsmöte" in result.warnings[0].message
