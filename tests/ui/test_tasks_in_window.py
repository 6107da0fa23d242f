"""Tasks in the main window (issue 15): the status bar's counts, the month's deadline badges,
the reminder of what falls due in 7, 3 and 1 working days, View → Tasks…, and moving an
event: the question lists its tasks from → to, and undo takes them back with the move."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from eventplanner.domain.deadlines import DayOff, Direction, RelativeDeadline, Unit
from eventplanner.domain.enums import BusyStatus
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.tasks import AnchorKind, TaskDraft, TaskRule
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.services.workspace import Workspace
from eventplanner.ui.tasks.move_preview import move_lines
from eventplanner.ui.window.main_window import MainWindow
from eventplanner.ui.window.navigation import ViewKind
from tests.ui.helpers import INNOVATION_DAYS, TODAY, answer_when_asked, settle

# TODAY is Sunday 22 November 2026: 7, 3 and 1 working days on are 1 Dec, 25 Nov, 23 Nov.


def workspace_of(window: MainWindow) -> Workspace:
    workspace = window._planner.workspace
    assert workspace is not None
    return workspace


def without_tasks(qtbot: QtBot, window: MainWindow) -> None:
    """The sample's tasks (from its playbooks) deleted: each test brings its own."""
    tasks = workspace_of(window).tasks
    for task in tasks.list():
        tasks.delete(task.id)
    window._planner.refresh()
    settle(qtbot, window)


def added(qtbot: QtBot, window: MainWindow, *drafts: TaskDraft) -> None:
    """Saved through the planner, as the app saves: the views hear of it."""
    for draft in drafts:
        with qtbot.waitSignal(window._planner.changed, timeout=20_000):
            window._planner.change(lambda ws, d=draft: ws.tasks.add(d))
    settle(qtbot, window)


def test_counts_badges_and_the_reminder(qtbot: QtBot, window: MainWindow) -> None:
    glance = window.task_glance
    assert glance.counts_label.text().endswith("due this week")  # the sample's playbooks'
    without_tasks(qtbot, window)
    assert glance.counts_label.isHidden()
    added(qtbot, window,
          TaskDraft("Beställ el", due_date=TODAY - timedelta(days=3)),
          TaskDraft("Katalogtext", due_date=date(2026, 11, 23)),
          TaskDraft("Badgar", due_date=date(2026, 11, 25)),
          TaskDraft("Monterritning", due_date=date(2026, 12, 1)),
          TaskDraft("Klart redan", due_date=date(2026, 11, 25)))  # fmt: skip
    done = next(t for t in workspace_of(window).tasks.list() if t.title == "Klart redan")
    with qtbot.waitSignal(window._planner.changed, timeout=20_000):
        window._planner.change(lambda ws: ws.tasks.mark_done(done.id))
    settle(qtbot, window)
    assert glance.counts_label.text() == "1 overdue · 0 due this week"  # Sunday: the week ends
    window._move(window._position.showing(ViewKind.MONTH))
    settle(qtbot, window)
    assert window.month.deadlines() == {
        TODAY - timedelta(days=3): 1,
        date(2026, 11, 23): 1,
        date(2026, 11, 25): 1,
        date(2026, 12, 1): 1,
    }
    cell = window.month.day_rect(date(2026, 11, 25))
    assert cell is not None
    window.month.grab()  # paints the badges
    # The reminder is read when a database opens and once a day: a new day comes.
    window._fixed_today = TODAY
    glance._reminded_on = None
    glance._new_day()
    settle(qtbot, window)
    text = glance.reminder.text()
    assert "In 7 working days: “Monterritning”" in text
    assert "In 3 working days: “Badgar”" in text
    assert "In 1 working day: “Katalogtext”" in text
    assert "Klart redan" not in text and "Beställ el" not in text
    glance.reminder.close_button.click()
    assert glance.reminder.isHidden()
    glance.reminder.label.linkActivated.emit("tasks")  # the link opens View → Tasks…
    tasks = window.commands.tasks.tasks
    assert tasks is not None and tasks.isVisible()
    qtbot.waitUntil(lambda: tasks.model.rowCount() > 0, timeout=20_000)
    tasks.close()


def innovation_days(window: MainWindow) -> tuple[int, Occurrence]:
    workspace = workspace_of(window)
    event_id = workspace.programme.events_titled(INNOVATION_DAYS)[0][0]
    event = workspace.events.get(event_id)
    picked = Occurrence(event.id, event.uid, event.title, event.kind, event.status,
                        event.timing, None, None, None, BusyStatus.BUSY)  # fmt: skip
    return event_id, picked


def test_a_move_lists_the_tasks_that_move_and_undo_takes_them_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    without_tasks(qtbot, window)
    event_id, picked = innovation_days(window)
    deadline = RelativeDeadline(10, Unit.WORKING_DAYS, Direction.BEFORE, DayOff.EARLIER)
    rule = TaskRule(AnchorKind.EVENT_START, deadline)
    added(
        qtbot,
        window,
        TaskDraft("Inbjudan ut", event_id=event_id, rule=rule),
        TaskDraft("Fast datum", event_id=event_id, due_date=date(2027, 1, 15), pinned=True),
    )
    tasks = workspace_of(window).tasks
    before = {t.title: t.due_date for t in tasks.list()}
    timing = picked.timing
    if isinstance(timing, AllDaySpan):
        moved = replace(timing, first_day=timing.first_day + timedelta(days=7),
                        last_day=timing.last_day + timedelta(days=7))  # fmt: skip
    else:
        assert isinstance(timing, TimedSpan)
        moved = replace(timing, start=timing.start + timedelta(days=7),
                        end=timing.end + timedelta(days=7))  # fmt: skip
    planned = tasks.planned_moves(event_id, moved)
    [line] = move_lines([m for m in planned if m.before != m.after])
    assert line.startswith("Inbjudan ut: ") and " → " in line

    # Declined: nothing moves, and the view shows the event where it was.
    answer_when_asked("Cancel")
    with qtbot.waitSignal(window.editing.drop_abandoned, timeout=20_000):
        window.editing.move(picked, moved)
    settle(qtbot, window)
    assert {t.title: t.due_date for t in tasks.list()} == before

    answer_when_asked("Move event and tasks")
    window.editing.move(picked, moved)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=20_000)
    settle(qtbot, window)
    after = {t.title: t.due_date for t in tasks.list()}
    assert after["Inbjudan ut"] == before["Inbjudan ut"] + timedelta(days=7)
    assert after["Fast datum"] == before["Fast datum"]  # pinned: stays
    window.undo_stack.undo()
    settle(qtbot, window)
    assert {t.title: t.due_date for t in tasks.list()} == before


def test_a_move_of_an_event_without_tasks_asks_nothing(qtbot: QtBot, window: MainWindow) -> None:
    without_tasks(qtbot, window)
    _event_id, picked = innovation_days(window)
    timing = picked.timing
    moved = (
        replace(timing, first_day=timing.first_day + timedelta(days=1),
                last_day=timing.last_day + timedelta(days=1))
        if isinstance(timing, AllDaySpan)
        else replace(timing, start=timing.start + timedelta(days=1),
                     end=timing.end + timedelta(days=1))
    )  # fmt: skip
    window.editing.move(picked, moved)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=20_000)
    settle(qtbot, window)


def test_apply_playbook_shows_the_plan_and_undo_takes_its_tasks_away(
    qtbot: QtBot, window: MainWindow
) -> None:
    without_tasks(qtbot, window)
    event_id, _picked = innovation_days(window)
    menu = window.commands.tasks
    menu.apply_playbook(event_id)
    qtbot.waitUntil(lambda: menu.playbook_dialog is not None, timeout=20_000)
    dialog = menu.playbook_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=20_000)
    assert dialog.event_combo.currentData() == event_id
    plan = dialog.preview.toPlainText()
    assert plan.splitlines()[0].endswith(f"new tasks for “{INNOVATION_DAYS}”:")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.apply_button.click()
    settle(qtbot, window)
    made = workspace_of(window).tasks.list()
    assert made and all(t.event_id == event_id for t in made)
    assert window.undo_stack.undoText().startswith("Apply “")
    window.undo_stack.undo()
    settle(qtbot, window)
    assert workspace_of(window).tasks.list() == []


def test_the_editor_s_save_with_other_dates_asks_first(qtbot: QtBot, window: MainWindow) -> None:
    from tests.ui.helpers import edit_event_titled

    without_tasks(qtbot, window)
    event_id, _picked = innovation_days(window)
    deadline = RelativeDeadline(2, Unit.WEEKS, Direction.BEFORE, DayOff.EARLIER)
    added(qtbot, window, TaskDraft("Inbjudan ut", event_id=event_id,
                                   rule=TaskRule(AnchorKind.EVENT_START, deadline)))  # fmt: skip
    tasks = workspace_of(window).tasks
    [before] = tasks.list()
    _ident, dialog = edit_event_titled(qtbot, window)
    event = workspace_of(window).events.get(event_id)
    timing = event.timing
    moved = (
        replace(timing, first_day=timing.first_day + timedelta(days=7),
                last_day=timing.last_day + timedelta(days=7))
        if isinstance(timing, AllDaySpan)
        else replace(timing, start=timing.start + timedelta(days=7),
                     end=timing.end + timedelta(days=7))
    )  # fmt: skip
    draft = replace(event.draft(), timing=moved)
    answer_when_asked("Cancel")
    dialog.submitted.emit(draft)
    qtbot.waitUntil(lambda: dialog.error_banner.text() != "", timeout=20_000)
    assert dialog.error_banner.text() == "Not saved: the event and its tasks are where they were."
    assert tasks.get(before.id).due_date == before.due_date
    answer_when_asked("Move event and tasks")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.submitted.emit(draft)
    settle(qtbot, window)
    assert tasks.get(before.id).due_date == before.due_date + timedelta(days=7)
