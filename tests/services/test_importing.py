"""ImportService: the preview, one-transaction writes, matching by UID, cancelling."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.errors import ConflictError
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.model import Project
from eventplanner.ical.reader import ICalendarError
from eventplanner.services.importing.service import (
    CHUNK,
    ImportAction,
    ImportCancelled,
    ImportOptions,
)
from eventplanner.services.workspace import Workspace
from tests.icsfiles import calendar, event
from tests.recorded_progress import Recorded


def _snapshot(workspace: Workspace) -> list[tuple[str, str, int]]:
    everything = TimeWindow(datetime(1990, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))
    return sorted((o.uid, o.title, o.event_id) for o in workspace.queries.occurrences(everything))


SERIES = calendar(
    event(
        "RRULE:FREQ=WEEKLY;COUNT=4",
        "EXDATE;TZID=Europe/Stockholm:20270319T090000",
        "CATEGORIES:Seminarium,Robotik",
        "LOCATION:Mälardalens universitet",
        "SEQUENCE:2",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM\nTRIGGER:-PT1H\nEND:VALARM",
        uid="serie@test",
        summary="Seminarieserie",
    ),
    event(
        "RECURRENCE-ID;TZID=Europe/Stockholm:20270326T090000",
        "DTSTART;TZID=Europe/Stockholm:20270326T130000",
        "DTEND;TZID=Europe/Stockholm:20270326T140000",
        "SEQUENCE:2",
        uid="serie@test",
        summary="Seminarieserie (flyttad)",
    ),
    event(
        "DTSTART;VALUE=DATE:20270316",
        "DTEND;VALUE=DATE:20270319",
        "CATEGORIES:Mässa,delad monter",
        uid="fair@test",
        summary="Automationsmässan",
    ),
)


def test_plan_then_apply_keeps_uids_kinds_tags_series_and_changes(workspace: Workspace) -> None:
    plan = workspace.imports.plan(SERIES)
    assert plan.counts == {ImportAction.NEW: 2, ImportAction.UPDATED: 0,
                           ImportAction.UNCHANGED: 0, ImportAction.SKIPPED: 0}  # fmt: skip
    assert plan.new_venues == ("Mälardalens universitet",)
    seminar = next(e for e in plan.events if e.uid == "serie@test")
    assert seminar.start == datetime(2027, 3, 12, 9, tzinfo=seminar.start.tzinfo)  # type: ignore[union-attr]
    assert seminar.kind is EventKind.SEMINAR and seminar.tags == ("Robotik",)
    assert _snapshot(workspace) == []  # a plan writes nothing
    result = workspace.imports.apply(plan)
    assert len(result.created) == 2
    series = workspace.events.get_by_uid("serie@test")
    assert series.sequence == 2
    assert series.kind is EventKind.SEMINAR
    assert series.tags == ("Robotik",)
    assert series.venue_name == "Mälardalens universitet"
    assert series.busy_status is BusyStatus.FREE
    assert series.reminder_minutes == 60
    assert series.recurrence is not None and series.recurrence.exdates == (
        datetime(2027, 3, 19, 9),
    )
    (change,) = series.changes
    assert change.recurrence_id == datetime(2027, 3, 26, 9)
    assert change.title == "Seminarieserie (flyttad)"
    assert change.timing is not None and change.timing.utc_bounds()[0].hour == 12
    fair = workspace.events.get_by_uid("fair@test")
    assert fair.kind is EventKind.TRADE_FAIR
    assert (fair.timing.first_day, fair.timing.last_day) == (date(2027, 3, 16), date(2027, 3, 18))  # type: ignore[union-attr]
    assert fair.tags == ("delad monter",)
    shown = [
        o.title
        for o in workspace.queries.occurrences(TimeWindow.days(date(2027, 3, 1), date(2027, 4, 30)))
    ]
    assert shown.count("Seminarieserie") == 2 and "Seminarieserie (flyttad)" in shown


def test_importing_again_same_newer_older(workspace: Workspace) -> None:
    workspace.imports.apply(workspace.imports.plan(SERIES))
    before = _snapshot(workspace)
    again = workspace.imports.plan(SERIES)
    assert again.count(ImportAction.UNCHANGED) == 2 and again.writes == 0
    workspace.imports.apply(again)
    assert _snapshot(workspace) == before

    newer = SERIES.replace(b"SUMMARY:Seminarieserie\r\n", b"SUMMARY:Ny titel\r\n").replace(
        b"SEQUENCE:2", b"SEQUENCE:3"
    )
    plan = workspace.imports.plan(newer)
    assert plan.count(ImportAction.UPDATED) == 1 and plan.count(ImportAction.UNCHANGED) == 1
    workspace.imports.apply(plan)
    updated = workspace.events.get_by_uid("serie@test")
    assert updated.title == "Ny titel" and updated.sequence == 3
    assert len(_snapshot(workspace)) == len(before)  # updated, not duplicated

    older = SERIES.replace(b"SUMMARY:Seminarieserie\r\n", b"SUMMARY:Gammal\r\n")
    assert workspace.imports.plan(older).count(ImportAction.UNCHANGED) == 2
    assert workspace.events.get_by_uid("serie@test").title == "Ny titel"


def test_equal_sequence_newer_last_modified_updates(workspace: Workspace) -> None:
    first = calendar(event("LAST-MODIFIED:20270101T000000Z", summary="Först"))
    workspace.imports.apply(workspace.imports.plan(first))
    later = calendar(event("LAST-MODIFIED:20270201T000000Z", summary="Sedan"))
    plan = workspace.imports.plan(later)
    assert plan.count(ImportAction.UPDATED) == 1
    workspace.imports.apply(plan)
    stored = workspace.events.get_by_uid("a@test")
    assert stored.title == "Sedan" and stored.modified_at == datetime(2027, 2, 1, tzinfo=UTC)


def test_options_project_and_default_kind(workspace: Workspace) -> None:
    project = workspace.projects.create(Project(id=None, name="Digitalisering i stålindustrin"))
    options = ImportOptions(project_id=project.id, kind=EventKind.WORKSHOP)
    plan = workspace.imports.plan(calendar(event(uid="w@test")), options=options)
    assert plan.project_name == "Digitalisering i stålindustrin"
    workspace.imports.apply(plan)
    stored = workspace.events.get_by_uid("w@test")
    assert stored.project_id == project.id and stored.kind is EventKind.WORKSHOP


def test_a_bad_event_refuses_the_file_or_is_skipped(workspace: Workspace) -> None:
    data = calendar(
        event(uid="ok@test"), event("DTSTART;TZID=Europe/Stockholm:20271340T090000", uid="bad@test")
    )
    with pytest.raises(ICalendarError, match=r"UID bad@test"):
        workspace.imports.plan(data)
    plan = workspace.imports.plan(data, options=ImportOptions(skip_bad=True))
    skipped = [e for e in plan.events if e.action is ImportAction.SKIPPED]
    assert [e.uid for e in skipped] == ["bad@test"] and "2027-13-40" in skipped[0].reason
    workspace.imports.apply(plan)
    assert [uid for uid, _, _ in _snapshot(workspace)] == ["ok@test"]


def test_an_event_the_planner_refuses_names_the_field(workspace: Workspace) -> None:
    data = calendar(event("RRULE:FREQ=DAILY;COUNT=3",
                          "DTSTART;TZID=Europe/Stockholm:20270312T090000",
                          "DTEND;TZID=Europe/Stockholm:20270314T100000"))  # fmt: skip
    with pytest.raises(ICalendarError, match="recurrence: occurrences would overlap"):
        workspace.imports.plan(data)


def _many(count: int) -> bytes:
    events = [
        event(f"DTSTART:2027{1 + i % 12:02}{1 + i % 28:02}T{8 + i % 9:02}0000Z",
              f"DTEND:2027{1 + i % 12:02}{1 + i % 28:02}T{9 + i % 9:02}0000Z",
              uid=f"many-{i}@test", summary=f"Träff {i}")
        for i in range(count)
    ]  # fmt: skip
    return calendar(*events)


def test_cancelling_part_way_leaves_the_database_as_it_was(workspace: Workspace) -> None:
    workspace.imports.apply(workspace.imports.plan(SERIES))
    before = _snapshot(workspace)
    plan = workspace.imports.plan(_many(CHUNK * 2 + 10))
    progress = Recorded(cancel_when=lambda seen: len(seen) > 2)
    with pytest.raises(ImportCancelled):
        workspace.imports.apply(plan, progress=progress)
    seen = progress.seen
    assert seen[:3] == [(0, CHUNK * 2 + 10), (CHUNK, CHUNK * 2 + 10), (CHUNK * 2, CHUNK * 2 + 10)]
    assert _snapshot(workspace) == before
    done = Recorded()
    result = workspace.imports.apply(plan, progress=done)
    assert len(result.created) == CHUNK * 2 + 10 and done.seen[-1] == (CHUNK * 2 + 10,) * 2


def test_a_plan_made_stale_by_someone_else_is_refused_whole(workspace: Workspace) -> None:
    workspace.imports.apply(workspace.imports.plan(calendar(event(summary="Ett"))))
    plan = workspace.imports.plan(calendar(event("SEQUENCE:1", summary="Två"), event(uid="b@test")))
    stored = workspace.events.get_by_uid("a@test")
    workspace.events.update(stored.id, stored.draft(), expected_version=stored.version)
    with pytest.raises(ConflictError, match="preview"):
        workspace.imports.apply(plan)
    assert [uid for uid, _, _ in _snapshot(workspace)] == ["a@test"]
    second = workspace.imports.plan(calendar(event(uid="c@test")))
    workspace.imports.apply(workspace.imports.plan(calendar(event(uid="c@test"))))
    with pytest.raises(ConflictError, match="UID c@test"):
        workspace.imports.apply(second)


def test_cancelled_events_and_occurrences_arrive_cancelled(workspace: Workspace) -> None:
    data = calendar(
        event("STATUS:CANCELLED", uid="gone@test"),
        event("RRULE:FREQ=DAILY;COUNT=3", uid="s@test"),
        event("RECURRENCE-ID;TZID=Europe/Stockholm:20270313T090000", "STATUS:CANCELLED",
              "DTSTART;TZID=Europe/Stockholm:20270313T090000",
              "DTEND;TZID=Europe/Stockholm:20270313T100000", uid="s@test"),
    )  # fmt: skip
    workspace.imports.apply(workspace.imports.plan(data))
    assert workspace.events.get_by_uid("gone@test").status is EventStatus.CANCELLED
    (change,) = workspace.events.get_by_uid("s@test").changes
    assert change.cancelled and change.recurrence_id == datetime(2027, 3, 13, 9)


def test_an_update_keeps_what_the_file_does_not_carry(workspace: Workspace) -> None:
    project = workspace.projects.create(Project(id=None, name="Mikrofabriker i Mälardalen"))
    workspace.imports.apply(workspace.imports.plan(calendar(event("LOCATION:Expectrum"))))
    stored = workspace.events.get_by_uid("a@test")
    edited = replace(stored.draft(), notes="Boka lokal", capacity=40, project_id=project.id)
    workspace.events.update(stored.id, edited, expected_version=stored.version)
    newer = calendar(event("SEQUENCE:5", summary="Nytt namn"))  # no LOCATION this time
    workspace.imports.apply(workspace.imports.plan(newer))
    updated = workspace.events.get_by_uid("a@test")
    assert updated.title == "Nytt namn" and updated.sequence == 5
    assert (updated.notes, updated.capacity, updated.project_id, updated.venue_name) == (
        "Boka lokal", 40, project.id, "Expectrum")  # fmt: skip


def test_one_event_per_uid_even_when_the_file_repeats_one(workspace: Workspace) -> None:
    orphan = event("RECURRENCE-ID;TZID=Europe/Stockholm:20270312T090000", uid="o@test")
    twice = calendar(orphan, orphan.replace("SUMMARY:Seminarium", "SUMMARY:Andra"))
    plan = workspace.imports.plan(twice)
    assert plan.writes == 1 and any("left out" in w for w in plan.warnings)
    workspace.imports.apply(plan)
    assert workspace.queries.count() == 1
