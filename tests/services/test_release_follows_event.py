"""An event moved to other days takes its published programme along, on every backend:
its latest release is released again moved exactly as the draft was ("Moved with the
event"), in the same transaction, with each moved session's SEQUENCE raised; the draft's
unreleased changes stay unreleased; undoing the move brings the old times back."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from eventplanner.domain.programme import Phase, PhaseKind, Session
from eventplanner.domain.programme_releases import MOVED_WITH_EVENT, ChangeKind, Release
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.changes import Action, Kind
from eventplanner.services.workspace import Workspace
from tests.icsfiles import calendar, event
from tests.services.release_world import STO, Days, at
from tests.services.release_world import days as days  # the fixture

# Summer time begins on 2027-03-28: ten weeks on, 09:00 stays 09:00 on the clock.
WEEKS_10 = 70


def _local(moment: datetime) -> datetime:
    return moment.astimezone(STO).replace(tzinfo=None)


def _slots(release: Release) -> list[tuple[str, datetime, datetime, int]]:
    return [(s.title, _local(s.starts_at), _local(s.ends_at), s.sequence) for s in release.sessions]


def test_moving_a_released_event_releases_its_latest_release_moved(
    workspace: Workspace, days: Days
) -> None:
    phase = workspace.programme.add_phase(
        Phase(None, days.event_id, PhaseKind.BUILD_UP, at(19, 7), at(19, 8, 30), "Bygg")
    ).record
    first = workspace.releases.release(days.event_id, "Final").record
    # A draft change not released: it must stay unreleased through the move.
    workspace.programme.edit_session(replace(days.panel, title="Panelsamtal"))
    before = workspace.events.get(days.event_id)

    saved = workspace.events.update(
        days.event_id,
        replace(before.draft(), timing=TimedSpan(at(19, 9) + timedelta(days=WEEKS_10),
                                                 at(20, 17) + timedelta(days=WEEKS_10))),
        expected_version=before.version,
    )  # fmt: skip

    releases = workspace.releases.releases(days.event_id)
    assert [(r.number, r.name) for r in releases] == [(1, "Final"), (2, MOVED_WITH_EVENT)]
    assert releases[0] == first  # history stays as it was
    moved = releases[1]
    assert _slots(moved) == [
        ("Välkommen", datetime(2027, 3, 30, 9, 0), datetime(2027, 3, 30, 9, 30), 1),
        ("Panel", datetime(2027, 3, 30, 10, 0), datetime(2027, 3, 30, 11, 0), 1),
    ]  # the draft's new title is not published
    assert [(s.stage_name, s.people) for s in moved.sessions] == [
        (s.stage_name, s.people) for s in first.sessions
    ]
    assert [(_local(p.starts_at), _local(p.ends_at), p.sequence) for p in moved.phases] == [
        (datetime(2027, 3, 30, 7, 0), datetime(2027, 3, 30, 8, 30), 1)
    ]
    assert moved.phases[0].phase_id == phase.id
    # The same wall-clock move as the draft's.
    draft = workspace.programme.programme(days.event_id)
    assert [(s.uid, s.start, s.end) for s in sorted(draft.sessions, key=lambda s: s.start)] == [
        (s.uid, s.starts_at, s.ends_at) for s in moved.sessions
    ]
    assert saved.changes.ids(Kind.RELEASE, Action.CREATED) == {moved.id}
    assert saved.changes.ids(Kind.SESSION, Action.CHANGED) == {days.intro.id, days.panel.id}
    # The draft against the moved release: only its own change.
    plan = workspace.releases.pending(days.event_id)
    assert plan.latest == moved and plan.next_number == 3
    assert [(c.title, c.change, c.what) for c in plan.diff.changes] == [
        ("Panelsamtal", ChangeKind.CHANGED, frozenset({"title"}))
    ]
    assert plan.diff.phase_changes == ()
    # What the move changed for the people on its sessions: every session moved.
    history = workspace.releases.history(moved.id)
    assert {(c.change, c.what) for c in history.diff.changes} == {
        (ChangeKind.MOVED, frozenset({"time"}))
    }
    assert [p.name for p in history.people] == ["Ada Lind", "Bo Ek"]


def test_undoing_the_move_publishes_the_old_times_again(workspace: Workspace, days: Days) -> None:
    first = workspace.releases.release(days.event_id, "Final").record
    before = workspace.events.get(days.event_id)
    saved = workspace.events.update(
        days.event_id,
        replace(before.draft(), timing=TimedSpan(at(26, 9), at(27, 17))),
        expected_version=before.version,
    )
    # The event editor's undo writes the old event back the same way.
    undone = workspace.events.update(
        days.event_id, before.draft(), expected_version=saved.event.version
    )

    latest = workspace.releases.latest(days.event_id)
    assert latest is not None and (latest.number, latest.name) == (3, MOVED_WITH_EVENT)
    assert [(t, a, b) for t, a, b, _ in _slots(latest)] == [
        (t, a, b) for t, a, b, _ in _slots(first)
    ]
    assert [s.sequence for s in latest.sessions] == [2, 2]  # never down for a UID
    assert undone.changes.ids(Kind.RELEASE, Action.CREATED) == {latest.id}
    assert workspace.releases.pending(days.event_id).diff.is_empty


def test_an_event_never_released_moves_without_a_release(workspace: Workspace, days: Days) -> None:
    before = workspace.events.get(days.event_id)
    saved = workspace.events.update(
        days.event_id,
        replace(before.draft(), timing=TimedSpan(at(26, 9), at(27, 17))),
        expected_version=before.version,
    )
    assert workspace.releases.releases(days.event_id) == ()
    assert not saved.changes.ids(Kind.RELEASE)


def test_a_new_time_on_the_same_days_makes_no_release(workspace: Workspace, days: Days) -> None:
    workspace.releases.release(days.event_id, "Final")
    before = workspace.events.get(days.event_id)
    workspace.events.update(
        days.event_id,
        replace(before.draft(), timing=TimedSpan(at(19, 8), at(20, 18))),
        expected_version=before.version,
    )
    assert [r.name for r in workspace.releases.releases(days.event_id)] == ["Final"]


def test_an_import_that_moves_a_released_event_releases_it_moved_and_its_undo_takes_it_back(
    workspace: Workspace,
) -> None:
    workspace.imports.apply(workspace.imports.plan(calendar(event("SEQUENCE:1"))))
    made = workspace.events.get_by_uid("a@test")
    workspace.programme.add_session(
        Session(None, made.id, "Inledning", datetime(2027, 3, 12, 9, 15, tzinfo=STO),
                datetime(2027, 3, 12, 9, 45, tzinfo=STO))
    )  # fmt: skip
    workspace.releases.release(made.id, "Final")
    two_weeks_later = calendar(
        event(
            "SEQUENCE:5",
            "DTSTART;TZID=Europe/Stockholm:20270326T090000",
            "DTEND;TZID=Europe/Stockholm:20270326T100000",
        )
    )

    result = workspace.imports.apply(workspace.imports.plan(two_weeks_later))

    latest = workspace.releases.latest(made.id)
    assert latest is not None and latest.name == MOVED_WITH_EVENT
    assert _slots(latest) == [
        ("Inledning", datetime(2027, 3, 26, 9, 15), datetime(2027, 3, 26, 9, 45), 1)
    ]
    assert result.changes.ids(Kind.RELEASE, Action.CREATED) == {latest.id}
    # Undoing the import puts the event back as it was, with its releases as they were.
    workspace.imports.undo([result])
    assert [r.name for r in workspace.releases.releases(made.id)] == ["Final"]


def test_a_release_that_publishes_nothing_is_not_released_again_moved(
    workspace: Workspace, days: Days
) -> None:
    workspace.releases.release(days.event_id, "Final")
    for gone in (days.intro, days.panel):
        workspace.programme.delete_session(gone.id or 0)
    workspace.releases.release(days.event_id, "Inställt")  # every session cancelled
    before = workspace.events.get(days.event_id)
    workspace.events.update(
        days.event_id,
        replace(before.draft(), timing=TimedSpan(at(26, 9), at(27, 17))),
        expected_version=before.version,
    )
    assert [r.name for r in workspace.releases.releases(days.event_id)] == ["Final", "Inställt"]
