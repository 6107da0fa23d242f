"""The working days are a setting of the database (issue 15): bridge days off or not and the
organisation's own days off, shared by everyone on it; every task computation counts in
them; a change moves no task already counted until a recount is asked for (its preview is
what it does, and its undo puts the tasks back)."""

from __future__ import annotations

from datetime import date

import pytest

from eventplanner.domain.deadlines import parse_relative
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import EventDraft
from eventplanner.domain.tasks import AnchorKind, TaskDraft, TaskRule
from eventplanner.domain.timing import AllDaySpan
from eventplanner.domain.working_days import OwnDayOff, WorkingCalendar
from eventplanner.persistence.database import Database
from eventplanner.services.changes import Action, Kind
from eventplanner.services.tasks.glance import due_soon
from eventplanner.services.working_days.service import WorkingDays
from eventplanner.services.workspace import Workspace

STAFF_DAY = OwnDayOff(date(2027, 6, 4), "Personaldag")
"""A Friday: the cluster's staff day."""
ASCENSION_BRIDGE = date(2027, 5, 7)
"""The Friday after Kristi himmelsfärdsdag 2027 (6 May): a bridge day."""


def _rule(text: str) -> TaskRule:
    return TaskRule(AnchorKind.EVENT_START, parse_relative(text))


def _fair(workspace: Workspace, first: date) -> int:
    timing = AllDaySpan(first, first, "Europe/Stockholm")
    return workspace.events.create(EventDraft("Elmia", timing)).event.id


def test_the_setting_is_stored_in_the_database_and_shared(
    workspace: Workspace, database: Database
) -> None:
    service = workspace.working_days
    assert service.get() == WorkingDays()
    written = service.change(
        bridge_days_off=True, add=[OwnDayOff(STAFF_DAY.day, "  Personal dag ")]
    )
    assert written.settings == WorkingDays(True, (OwnDayOff(STAFF_DAY.day, "Personal dag"),))
    assert written.changes.ids(Kind.SETTING, Action.CHANGED)
    assert written.changes.ids(Kind.DAY_OFF, Action.CREATED)
    renamed = service.add_day_off(STAFF_DAY)  # the same day again: renamed
    assert renamed.settings.days_off == (STAFF_DAY,)
    assert renamed.changes.ids(Kind.DAY_OFF, Action.CHANGED)
    assert not service.set_bridge_days_off(True).changes  # as it was: nothing written

    # Another coordinator on the same database counts the same days.
    other = Workspace(database)
    calendar = other.working_days.calendar()
    assert calendar.why_not_working(STAFF_DAY.day) == "Personaldag"
    assert calendar.why_not_working(ASCENSION_BRIDGE) == "Klämdag"

    removed = service.change(bridge_days_off=False, remove=[STAFF_DAY.day])
    assert removed.settings == WorkingDays()
    assert removed.changes.ids(Kind.DAY_OFF, Action.DELETED)
    assert other.working_days.calendar() == WorkingCalendar()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"remove": [date(2027, 6, 5)]}, "2027-06-05 is not one of the organisation's own"),
        ({"add": [STAFF_DAY, STAFF_DAY]}, "2027-06-04 is added twice"),
        ({"add": [STAFF_DAY], "remove": [STAFF_DAY.day]}, "both added and removed"),
        ({"add": [OwnDayOff(date(2027, 6, 7), "x" * 101)]}, "at most 100 characters, not 101"),
        ({"add": [OwnDayOff(date(1800, 6, 7))]}, "outside the years"),
    ],
)
def test_bad_changes_are_refused_and_change_nothing(
    workspace: Workspace, change: dict[str, object], message: str
) -> None:
    service = workspace.working_days
    service.add_day_off(OwnDayOff(date(2027, 12, 27), "Mellandag"))
    before = service.get()
    with pytest.raises(ValidationError, match=message):
        service.change(bridge_days_off=True, **change)  # type: ignore[arg-type]
    assert service.get() == before


def test_new_tasks_playbooks_and_the_reminder_count_in_the_stored_days(
    workspace: Workspace,
) -> None:
    fair = _fair(workspace, date(2027, 6, 8))  # a Tuesday
    tasks = workspace.tasks
    law = tasks.add(TaskDraft("Före", event_id=fair, rule=_rule("2wd before"))).task
    assert law.due_date == date(2027, 6, 4)
    planned_by_law = workspace.playbooks.plan("Trade fair with a shared stand", fair)
    workspace.working_days.change(add=[STAFF_DAY])
    counted = tasks.add(TaskDraft("Efter", event_id=fair, rule=_rule("2wd before"))).task
    assert counted.due_date == date(2027, 6, 3)  # the staff day is skipped
    days = tasks.add(TaskDraft("Dagar", event_id=fair, rule=_rule("4d before"))).task
    assert (days.due_date, days.moved_reason) == (
        date(2027, 6, 3), "2027-06-04 is Personaldag: moved to 2027-06-03"
    )  # fmt: skip
    assert tasks.get(law.id).due_date == date(2027, 6, 4)  # counted before: stays

    # The reminder counts working days ahead in them too: 1 working day after Wednesday
    # 2 June is Thursday 3 June; Friday is the staff day, so the 2nd is Monday 7 June.
    steps = due_soon(workspace.database, date(2027, 6, 2), steps=(1, 2))
    assert [(s.working_days, s.last, len(s.tasks)) for s in steps] == [
        (2, date(2027, 6, 7), 1), (1, date(2027, 6, 3), 2)
    ]  # fmt: skip

    by_law = [t.due.day for t in planned_by_law.tasks]
    assert STAFF_DAY.day in by_law
    plan = workspace.playbooks.plan("Trade fair with a shared stand", fair)
    assert STAFF_DAY.day not in [t.due.day for t in plan.tasks]


def test_a_recount_moves_what_its_preview_says_and_undo_puts_it_back(
    workspace: Workspace,
) -> None:
    tasks = workspace.tasks
    fair = _fair(workspace, date(2027, 5, 11))  # Tuesday after the Ascension bridge day
    before = tasks.add(TaskDraft("Tryck", event_id=fair, rule=_rule("2wd before"))).task
    days = tasks.add(TaskDraft("Dagar", event_id=fair, rule=_rule("4d before"))).task
    chained = tasks.add(
        TaskDraft("Påminn", event_id=fair,
                  rule=TaskRule(AnchorKind.TASK, parse_relative("1wd before"), before.id))
    ).task  # fmt: skip
    pinned = tasks.add(TaskDraft("Fast", event_id=fair, rule=_rule("3wd before"), pinned=True)).task
    done = tasks.add(TaskDraft("Klar", event_id=fair, rule=_rule("3wd before"))).task
    tasks.mark_done(done.id)
    own = tasks.add(TaskDraft("Eget", date(2027, 5, 7), event_id=fair)).task
    assert (before.due_date, days.due_date, chained.due_date) == (
        date(2027, 5, 7), date(2027, 5, 7), date(2027, 5, 5)  # Thursday 6 May is a holiday
    )  # fmt: skip

    workspace.working_days.set_bridge_days_off(True)
    assert tasks.get(before.id).due_date == date(2027, 5, 7)  # nothing moved by itself
    plan = tasks.planned_recount()
    assert [(m.id, m.before, m.after) for m in plan] == [
        (chained.id, date(2027, 5, 5), date(2027, 5, 4)),
        (before.id, date(2027, 5, 7), date(2027, 5, 5)),
        (days.id, date(2027, 5, 7), date(2027, 5, 5)),
    ]
    assert plan[2].reason == "2027-05-07 is Klämdag: moved to 2027-05-05"

    done_ = tasks.recount()
    assert done_.moves == tuple(plan)
    assert done_.changes.ids(Kind.TASK, Action.CHANGED) == {before.id, days.id, chained.id}
    for move in plan:
        moved = tasks.get(move.id)
        assert (moved.due_date, moved.moved_reason) == (move.after, move.reason)
    for kept in (pinned, done, own):
        assert tasks.get(kept.id).due_date == kept.due_date
    assert tasks.planned_recount() == []

    # Undo: back where they were, with their reasons; one moved since stays.
    tasks.edit(days.id, TaskDraft("Dagar", date(2027, 4, 30), event_id=fair),
               expected_version=tasks.get(days.id).version)  # fmt: skip
    back = tasks.put_back(done_.moves)
    assert {m.id for m in back.moves} == {before.id, chained.id}
    assert tasks.get(before.id).due_date == date(2027, 5, 7)
    assert tasks.get(chained.id).due_date == date(2027, 5, 5)
    assert tasks.get(days.id).due_date == date(2027, 4, 30)


def test_a_changed_setting_moves_no_task_behind_anyone_s_back(workspace: Workspace) -> None:
    """After the setting changed, a save of the event moves only the tasks whose anchor it
    moved (and says so); the others keep their dates until a recount."""
    from dataclasses import replace

    tasks = workspace.tasks
    fair = _fair(workspace, date(2027, 5, 11))
    start = tasks.add(TaskDraft("Tryck", event_id=fair, rule=_rule("2wd before"))).task
    end = tasks.add(
        TaskDraft("Rapport", event_id=fair,
                  rule=TaskRule(AnchorKind.EVENT_END, parse_relative("2wd before")))
    ).task  # fmt: skip
    assert (start.due_date, end.due_date) == (date(2027, 5, 7), date(2027, 5, 7))
    workspace.working_days.set_bridge_days_off(True)

    event = workspace.events.get(fair)
    retitled = workspace.events.update(
        fair, replace(event.draft(), title="Elmia 2027"), expected_version=event.version
    )
    assert not retitled.changes.ids(Kind.TASK)
    event = workspace.events.get(fair)
    longer = replace(event.draft(), timing=AllDaySpan(date(2027, 5, 11), date(2027, 5, 12),
                                                      "Europe/Stockholm"))  # fmt: skip
    assert [m.id for m in tasks.planned_moves(fair, longer.timing)] == [end.id]
    saved = workspace.events.update(fair, longer, expected_version=event.version)
    assert saved.changes.ids(Kind.TASK, Action.CHANGED) == {end.id}
    assert tasks.get(end.id).due_date == date(2027, 5, 10)  # Tue 11, Mon 10; Fri 7 is off
    assert tasks.get(start.id).due_date == date(2027, 5, 7)  # its anchor stayed: as it was
    assert [m.id for m in tasks.planned_recount()] == [start.id]
