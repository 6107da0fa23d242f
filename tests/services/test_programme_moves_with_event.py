"""An event moved to other days takes its programme along: its sessions and phases keep
their wall-clock times (across a change of daylight saving) and their UIDs, whether it was
moved in the editor (``EventService.update``) or by an import's update."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import EventDraft
from eventplanner.domain.programme import Phase, PhaseKind, Session, Stage
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.services.changes import Action, Kind
from eventplanner.services.workspace import Workspace
from tests.icsfiles import calendar, event

STO = ZoneInfo("Europe/Stockholm")


def _local(moment: datetime) -> datetime:
    return moment.astimezone(STO).replace(tzinfo=None)


def test_moving_an_event_across_daylight_saving_moves_its_sessions_and_phases(
    workspace: Workspace,
) -> None:
    # Summer time begins on 2027-03-28: the days after it keep 09:00 on the clock.
    made = workspace.events.create(
        EventDraft(
            "Innovationsdagar",
            AllDaySpan(date(2027, 3, 24), date(2027, 3, 25), "Europe/Stockholm"),
            kind=EventKind.INNOVATION_DAY,
        )
    ).event
    programme = workspace.programme
    stage = programme.add_stage(Stage(None, made.id, "Aulan")).record
    talk = programme.add_session(
        Session(
            None,
            made.id,
            "Öppning",
            datetime(2027, 3, 25, 9, tzinfo=STO),
            datetime(2027, 3, 25, 9, 45, tzinfo=STO),
            stage_id=stage.id,
        )
    ).record
    phase = programme.add_phase(
        Phase(
            None,
            made.id,
            PhaseKind.BUILD_UP,
            datetime(2027, 3, 24, 7, tzinfo=STO),
            datetime(2027, 3, 24, 8, 30, tzinfo=STO),
            "Bygg",
        )
    ).record
    before = workspace.events.get(made.id)
    moved = replace(
        before.draft(), timing=AllDaySpan(date(2027, 3, 31), date(2027, 4, 1), "Europe/Stockholm")
    )

    saved = workspace.events.update(made.id, moved, expected_version=before.version)

    session = programme.session(talk.id or 0)
    assert _local(session.start) == datetime(2027, 4, 1, 9, 0)
    assert _local(session.end) == datetime(2027, 4, 1, 9, 45)
    assert session.uid == talk.uid  # the same session, moved: a calendar updates it
    phases = programme.programme(made.id).phases
    assert [(_local(p.start), _local(p.end)) for p in phases] == [
        (datetime(2027, 3, 31, 7, 0), datetime(2027, 3, 31, 8, 30))
    ]
    assert phases[0].id == phase.id
    assert saved.changes.ids(Kind.SESSION, Action.CHANGED) == {talk.id}
    assert saved.changes.ids(Kind.PHASE, Action.CHANGED) == {phase.id}


def test_a_new_time_on_the_same_days_leaves_the_programme_where_it_is(
    workspace: Workspace,
) -> None:
    start = datetime(2027, 5, 4, 9, tzinfo=STO)
    made = workspace.events.create(
        EventDraft("Rapportlansering", TimedSpan(start, start + timedelta(hours=4)))
    ).event
    talk = workspace.programme.add_session(
        Session(None, made.id, "Panel", start + timedelta(hours=1), start + timedelta(hours=2))
    ).record
    before = workspace.events.get(made.id)
    later = replace(
        before.draft(), timing=TimedSpan(start + timedelta(hours=1), start + timedelta(hours=5))
    )

    saved = workspace.events.update(made.id, later, expected_version=before.version)

    assert workspace.programme.session(talk.id or 0).start == talk.start
    assert not saved.changes.ids(Kind.SESSION)


def test_an_import_that_moves_an_event_moves_its_sessions(workspace: Workspace) -> None:
    workspace.imports.apply(workspace.imports.plan(calendar(event("SEQUENCE:1"))))
    made = workspace.events.get_by_uid("a@test")
    talk = workspace.programme.add_session(
        Session(
            None,
            made.id,
            "Inledning",
            datetime(2027, 3, 12, 9, 15, tzinfo=STO),
            datetime(2027, 3, 12, 9, 45, tzinfo=STO),
        )
    ).record
    two_weeks_later = calendar(
        event(
            "SEQUENCE:5",
            "DTSTART;TZID=Europe/Stockholm:20270326T090000",
            "DTEND;TZID=Europe/Stockholm:20270326T100000",
        )
    )

    workspace.imports.apply(workspace.imports.plan(two_weeks_later))

    moved = workspace.programme.session(talk.id or 0)
    assert _local(moved.start) == datetime(2027, 3, 26, 9, 15)
    assert moved.uid == talk.uid
