"""A deadline feed (issue 15): a person's or an event's open tasks as all-day VEVENTs
"Deadline: …" (Outlook ignores VTODO), done tasks left out, UIDs stable, SEQUENCE raised
when a date changes, published again when tasks change; it passes ics-check."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest

from eventplanner.domain.deadlines import parse_relative
from eventplanner.domain.enums import EventKind
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.feeds import Feed, FeedTasks
from eventplanner.domain.model import Contact, EventDraft
from eventplanner.domain.tasks import AnchorKind, TaskDraft, TaskRule
from eventplanner.domain.timing import AllDaySpan
from eventplanner.ical.lines import unfold
from eventplanner.services.change_journal import recording
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.feeds.feed_changes import may_change
from eventplanner.services.workspace import Workspace
from tests.shared_tools import ICS_CHECK


def _vevents(text: str) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    for block in unfold(text).split("BEGIN:VEVENT\r\n")[1:]:
        lines = block.split("END:VEVENT")[0].strip().split("\r\n")
        found.append(dict(line.split(":", 1) for line in lines))
    return found


@pytest.fixture
def planned(workspace: Workspace) -> tuple[int, int]:
    """Anna's tasks on Elmia (one counted from its start, one done) and one of Bo's."""
    anna = workspace.contacts.create(Contact(None, "Anna Berg")).id
    bo = workspace.contacts.create(Contact(None, "Bo Ek")).id
    assert anna is not None and bo is not None
    fair = workspace.events.create(
        EventDraft(
            "Elmia Subcontractor",
            AllDaySpan(date(2027, 7, 5), date(2027, 7, 7), "Europe/Stockholm"),
            kind=EventKind.TRADE_FAIR,
        )
    ).event.id
    tasks = workspace.tasks
    tasks.add(TaskDraft("Katalogtext för mässkatalogen, på svenska och engelska, med logotyp "
                        "och monterns nummer", event_id=fair, owner_contact_id=anna,
                        rule=TaskRule(AnchorKind.EVENT_START, parse_relative("10d before")),
                        notes="Skickas till utställarservice; å, ä, ö"))  # fmt: skip
    tasks.add(TaskDraft("Beställ el", date(2027, 6, 1), event_id=fair, owner_contact_id=anna,
                        due_time=time(12, 0)))  # fmt: skip
    done = tasks.add(TaskDraft("Anmälan", date(2027, 3, 1), event_id=fair, owner_contact_id=anna))
    tasks.mark_done(done.task.id)
    tasks.add(TaskDraft("Bos uppgift", date(2027, 5, 1), owner_contact_id=bo))
    return anna, fair


def test_a_persons_deadlines_as_all_day_entries(
    workspace: Workspace, planned: tuple[int, int], tmp_path: Path
) -> None:
    anna, _fair = planned
    feed = workspace.feeds.create(Feed(None, "Annas deadlines", tasks=FeedTasks(owner_id=anna)))
    assert feed.id is not None and workspace.feeds.get(feed.id).tasks == FeedTasks(anna)
    text = workspace.feeds.render(feed.id).body.decode()
    entries = _vevents(text)
    assert [e["SUMMARY"] for e in entries] == [
        "Deadline: Beställ el",
        "Deadline: Katalogtext för mässkatalogen\\, på svenska och engelska\\, med logotyp och "
        "monterns nummer",
    ]
    electricity, catalogue = entries
    assert electricity["DTSTART;VALUE=DATE"] == "20270601"
    assert electricity["DTEND;VALUE=DATE"] == "20270602"
    assert electricity["X-MICROSOFT-CDO-ALLDAYEVENT"] == "TRUE"
    assert electricity["TRANSP"] == "TRANSPARENT"
    assert "Due at 12:00" in electricity["DESCRIPTION"]
    assert "Event: Elmia Subcontractor" in electricity["DESCRIPTION"]
    assert catalogue["DTSTART;VALUE=DATE"] == "20270624"  # 25 June is midsummer eve
    assert "Moved: 2027-06-25 is Midsommarafton" in catalogue["DESCRIPTION"]
    assert "VTODO" not in text and "ATTENDEE" not in text
    if not ICS_CHECK.exists():
        pytest.skip(f"{ICS_CHECK} is not on this machine")
    written = tmp_path / "deadlines.ics"
    written.write_text(text, encoding="utf-8", newline="")
    result = subprocess.run(
        [str(ICS_CHECK), str(written)], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_uids_stay_sequence_rises_and_done_tasks_leave(
    workspace: Workspace, planned: tuple[int, int], tmp_path: Path
) -> None:
    _anna, fair = planned
    feed = workspace.feeds.create(
        Feed(None, "Elmia deadlines", folder=str(tmp_path), tasks=FeedTasks(event_id=fair))
    )
    assert feed.id is not None
    workspace.feeds.publish(feed.id)
    path = tmp_path / "Elmia deadlines.ics"
    before = {e["UID"]: e for e in _vevents(path.read_bytes().decode())}
    assert len(before) == 2

    electricity = next(t for t in workspace.tasks.list() if t.title == "Beställ el")
    with recording() as journal:
        workspace.tasks.edit(
            electricity.id,
            TaskDraft("Beställ el", date(2027, 6, 3), event_id=fair),
            expected_version=electricity.version,
        )
    report = workspace.feeds.publish_changed(journal.changes)
    assert [p.feed.id for p in report.published] == [feed.id]
    after = {e["UID"]: e for e in _vevents(path.read_bytes().decode())}
    assert after.keys() == before.keys()
    assert after[electricity.uid]["DTSTART;VALUE=DATE"] == "20270603"
    assert int(after[electricity.uid]["SEQUENCE"]) == int(before[electricity.uid]["SEQUENCE"]) + 1

    with recording() as journal:
        workspace.tasks.mark_done(electricity.id)
    workspace.feeds.publish_changed(journal.changes)
    left = {e["UID"] for e in _vevents(path.read_bytes().decode())}
    assert left == before.keys() - {electricity.uid}
    # Served over HTTP too, without waiting for a publication.
    assert electricity.uid not in workspace.feeds.render(feed.id).body.decode()


def test_which_feeds_tasks_change(workspace: Workspace, planned: tuple[int, int]) -> None:
    anna, _fair = planned
    deadlines = Feed(1, "Deadlines", tasks=FeedTasks(owner_id=anna))
    events = Feed(2, "Mässor", first_day=date(2030, 1, 1))
    changed = ChangeSet.of(Kind.TASK, Action.CHANGED, [7])
    assert may_change(deadlines, changed) and not may_change(events, changed)
    assert may_change(deadlines, ChangeSet.of(Kind.CONTACT, Action.CHANGED, [anna]))
    assert not may_change(deadlines, ChangeSet.of(Kind.VENUE, Action.CHANGED, [1]))


@pytest.mark.parametrize(
    ("tasks", "message"),
    [(FeedTasks(owner_id=999), "no contact with id 999"), (FeedTasks(event_id=999), "event")],
)
def test_a_deadline_feed_of_no_one_is_refused(
    workspace: Workspace, tasks: FeedTasks, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        workspace.feeds.create(Feed(None, "Ingen", tasks=tasks))
    assert workspace.feeds.list() == []


def test_a_deadline_feed_publishes_no_programme(workspace: Workspace) -> None:
    from eventplanner.domain.feeds import FeedProgramme

    feed = Feed(None, "Blandat", tasks=FeedTasks(owner_id=1),
                programme=FeedProgramme(sessions=True))  # fmt: skip
    with pytest.raises(ValidationError, match="tasks only"):
        workspace.feeds.create(replace(feed))
