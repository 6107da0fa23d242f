"""Feeds publish the latest release, never the draft (issue 14): an event never released
publishes no sessions; a draft's edit changes nothing a subscriber sees until released; a
released change raises the session's own SEQUENCE; a session cancelled by a release is left
out (OUTLOOK.md 5). Every feed passes ics-check."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import icalendar

from eventplanner.domain.feeds import Feed, FeedProgramme
from eventplanner.domain.filters import EventFilter
from eventplanner.domain.programme import Session
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace
from tests.ical.factories import run_ics_check
from tests.services.release_world import Days, at
from tests.services.release_world import days as days  # the fixture


def _feed(workspace: Workspace, folder: Path) -> Feed:
    return workspace.feeds.create(
        Feed(None, "Programmet", where=EventFilter(), folder=str(folder),
             programme=FeedProgramme(sessions=True))
    )  # fmt: skip


def _sessions(workspace: Workspace, feed: Feed) -> dict[str, icalendar.Event]:
    done = workspace.feeds.publish(feed.id or 0)
    run_ics_check(done.path)
    calendar = icalendar.Calendar.from_ical(done.path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT") if "RELATED-TO" in e}


def test_an_event_never_released_publishes_no_sessions(
    workspace: Workspace, days: Days, tmp_path: Path
) -> None:
    feed = _feed(workspace, tmp_path)
    assert _sessions(workspace, feed) == {}
    workspace.releases.release(days.event_id, "Final")
    assert set(_sessions(workspace, feed)) == {days.intro.uid, days.panel.uid}


def test_a_draft_edit_is_published_only_once_released_with_its_sequence_raised(
    workspace: Workspace, days: Days, tmp_path: Path
) -> None:
    feed = _feed(workspace, tmp_path)
    workspace.releases.release(days.event_id, "1")
    first = _sessions(workspace, feed)
    assert {int(e["SEQUENCE"]) for e in first.values()} == {0}
    edited = workspace.programme.edit_session(
        Session(days.panel.id, days.event_id, "Panel", at(19, 14), at(19, 15),
                stage_id=days.scen_b, uid=days.panel.uid, version=days.panel.version)
    )  # fmt: skip
    assert workspace.feeds.publish_changed(edited.changes).published == ()
    assert _sessions(workspace, feed)[days.panel.uid]["DTSTART"].dt == at(19, 10)
    released = workspace.releases.release(days.event_id, "2")
    report = workspace.feeds.publish_changed(released.changes)
    assert [p.feed.id for p in report.published] == [feed.id]
    second = _sessions(workspace, feed)
    panel = second[days.panel.uid]
    assert panel["DTSTART"].dt == at(19, 14) and str(panel["LOCATION"]).startswith("Scen B")
    assert int(panel["SEQUENCE"]) == 1  # raised by the released change
    assert int(second[days.intro.uid]["SEQUENCE"]) == 0  # unchanged, as it was
    assert panel["LAST-MODIFIED"].dt >= first[days.panel.uid]["LAST-MODIFIED"].dt


def test_a_session_cancelled_by_a_release_is_left_out(
    workspace: Workspace, days: Days, tmp_path: Path
) -> None:
    feed = _feed(workspace, tmp_path)
    workspace.releases.release(days.event_id, "1")
    assert days.intro.id is not None
    workspace.programme.delete_session(days.intro.id)
    assert days.intro.uid in _sessions(workspace, feed)  # still released
    workspace.releases.release(days.event_id, "2")
    assert set(_sessions(workspace, feed)) == {days.panel.uid}


def test_an_edit_of_the_event_raises_its_sessions_sequence_too(
    workspace: Workspace, days: Days, tmp_path: Path
) -> None:
    # The event's title is in each session's entry: its change is the entry's change.
    feed = _feed(workspace, tmp_path)
    workspace.releases.release(days.event_id, "1")
    event = workspace.events.get(days.event_id)
    workspace.events.update(
        days.event_id, replace(event.draft(), title="Dagarna"), expected_version=event.version
    )
    after = _sessions(workspace, feed)
    assert int(after[days.panel.uid]["SEQUENCE"]) == 1
    assert "Dagarna" in str(after[days.panel.uid]["DESCRIPTION"])


def test_an_event_moved_to_other_days_publishes_its_sessions_on_the_new_days(
    workspace: Workspace, days: Days, tmp_path: Path
) -> None:
    feed = _feed(workspace, tmp_path)
    workspace.releases.release(days.event_id, "Final")
    first = _sessions(workspace, feed)
    workspace.programme.edit_session(replace(days.panel, title="Panelsamtal"))  # not released
    event = workspace.events.get(days.event_id)
    week = timedelta(days=7)

    saved = workspace.events.update(
        days.event_id,
        replace(event.draft(), timing=TimedSpan(at(19, 9) + week, at(20, 17) + week)),
        expected_version=event.version,
    )
    report = workspace.feeds.publish_changed(saved.changes)

    assert [p.feed.id for p in report.published] == [feed.id]
    after = _sessions(workspace, feed)  # and ics-check passes it
    assert {uid: e["DTSTART"].dt for uid, e in after.items()} == {
        days.intro.uid: at(26, 9),
        days.panel.uid: at(26, 10),
    }
    assert "Panelsamtal" not in str(after[days.panel.uid]["SUMMARY"])  # the draft's own
    for uid, entry in after.items():
        assert int(entry["SEQUENCE"]) > int(first[uid]["SEQUENCE"])
