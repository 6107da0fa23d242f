"""What the window shows of tasks at a glance (issue 15): open deadlines per day of a period
(one grouped query), what falls due in 7, 3 and 1 working days (each task once a step,
a weekend before a step's day counted with it), and the events a task may be on."""

from __future__ import annotations

from datetime import date

from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import EventDraft
from eventplanner.domain.tasks import TaskDraft
from eventplanner.domain.timing import AllDaySpan
from eventplanner.services.tasks.glance import deadlines_by_day, due_soon, event_choices
from eventplanner.services.workspace import Workspace

FRIDAY = date(2027, 3, 12)


def add(workspace: Workspace, title: str, due: date) -> int:
    return workspace.tasks.add(TaskDraft(title, due_date=due)).task.id


def test_open_deadlines_per_day_of_a_period(workspace: Workspace) -> None:
    add(workspace, "Före", date(2027, 2, 28))
    add(workspace, "Första", date(2027, 3, 1))
    add(workspace, "Andra", date(2027, 3, 1))
    done = add(workspace, "Klar", date(2027, 3, 2))
    workspace.tasks.mark_done(done)
    add(workspace, "Sista", date(2027, 3, 31))
    add(workspace, "Efter", date(2027, 4, 1))
    found = deadlines_by_day(workspace.database, date(2027, 3, 1), date(2027, 3, 31))
    assert found == {date(2027, 3, 1): 2, date(2027, 3, 31): 1}


def test_what_falls_due_in_7_3_and_1_working_days(workspace: Workspace) -> None:
    # From Friday 12 March 2027: 1 working day is Monday 15th (the weekend counts with it),
    # 3 is Wednesday 17th, 7 is Tuesday 23rd.
    add(workspace, "Lördag", date(2027, 3, 13))
    add(workspace, "Måndag", date(2027, 3, 15))
    add(workspace, "Tisdag", date(2027, 3, 16))  # 2 working days: no step
    add(workspace, "Onsdag", date(2027, 3, 17))
    add(workspace, "Om en vecka", date(2027, 3, 23))
    add(workspace, "Idag", FRIDAY)
    done = add(workspace, "Klar måndag", date(2027, 3, 15))
    workspace.tasks.mark_done(done)
    soon = due_soon(workspace.database, FRIDAY)
    assert [(s.working_days, s.last, [t.title for t in s.tasks]) for s in soon] == [
        (7, date(2027, 3, 23), ["Om en vecka"]),
        (3, date(2027, 3, 17), ["Onsdag"]),
        (1, date(2027, 3, 15), ["Lördag", "Måndag"]),
    ]
    assert due_soon(workspace.database, date(2027, 6, 1)) == ()


def test_the_events_a_task_may_be_on(workspace: Workspace) -> None:
    days = AllDaySpan(date(2027, 6, 28), date(2027, 6, 30), "Europe/Stockholm")
    made = workspace.events.create(EventDraft("Almedalen", days, kind=EventKind.SEMINAR)).event
    [choice] = event_choices(workspace.database)
    assert (choice.id, choice.title, choice.starts) == (made.id, "Almedalen", date(2027, 6, 28))
