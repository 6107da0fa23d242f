"""The rota window (issue 15) on a sample trade fair: its models pass the model tester; the
template dialog makes shifts, one undo takes them away; filling a shift beyond its need asks
for a reason (none given: no one is put on it); the warnings are listed and a click on one
chooses its shift; an edit of all of a slot says how many shifts it changes, and is undone
whole; a person dropped on a shift is put on it; the printed rota is written; the main
window opens it from its View menu."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from eventplanner.domain.rota import Scope, ShiftKind
from eventplanner.domain.rota_warnings import WarningKind
from eventplanner.ui.planner import Planner
from eventplanner.ui.rota.rota_models import CONTACT_MIME
from eventplanner.ui.rota.rota_window import RotaWindow
from eventplanner.ui.rota.shift_dialog import ShiftDialog
from eventplanner.ui.rota.template_dialog import TemplateDialog

FAIR = "Automationsmässan Göteborg 2027"


@pytest.fixture
def rota_window(qtbot: QtBot, planner_on_sample: Planner) -> Iterator[RotaWindow]:
    workspace = planner_on_sample.workspace
    assert workspace is not None
    event_id = workspace.programme.events_titled(FAIR)[0][0]
    stack = QUndoStack()
    made = RotaWindow(planner_on_sample, stack, event_id)
    made.stack = stack  # type: ignore[attr-defined]  # kept alive beside the window
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.show()
    yield made
    made.editing.close_dialogs()
    qtbot.waitUntil(lambda: not planner_on_sample.busy, timeout=20_000)
    made.close()
    made.deleteLater()
    stack.deleteLater()


def _stack(window: RotaWindow) -> QUndoStack:
    return window.stack  # type: ignore[attr-defined, no-any-return]


def _written(qtbot: QtBot, window: RotaWindow, act: object) -> None:
    """Run ``act`` and wait until the window has read the rota again after it."""
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        act()  # type: ignore[operator]
    qtbot.waitUntil(lambda: not window._planner.busy, timeout=20_000)


def _make_rota(qtbot: QtBot, window: RotaWindow) -> TemplateDialog:
    dialog = window.editing.open_template()
    assert isinstance(dialog, TemplateDialog)
    assert window.rota is not None
    dialog.days.setValue(3)
    dialog.shifts_per_day.setValue(2)
    dialog.people.setValue(2)
    dialog.hours.setText("09:00-17:00")
    _written(qtbot, window, dialog.make_button.click)
    return dialog


def test_the_template_dialog_makes_shifts_and_one_undo_takes_them_away(
    qtbot: QtBot, rota_window: RotaWindow
) -> None:
    window = rota_window
    assert window.rota is not None
    before = len(window.rota.shifts)
    known = {s.id for s in window.rota.shifts}  # the sample's own rota of the fair
    dialog = window.editing.open_template()
    assert isinstance(dialog, TemplateDialog)
    dialog.days.setValue(3)
    dialog.shifts_per_day.setValue(2)
    dialog.people.setValue(2)
    dialog.hours.setText("9 to 5")  # not hours: said, nothing made
    assert not dialog.make_button.isEnabled()
    assert "09:00-17:00" in dialog.problem.text()
    dialog.hours.setText("09:00-17:00")
    assert dialog.make_button.text() == "Make 8 shifts"  # build-up, 3 × 2, tear-down
    _written(qtbot, window, dialog.make_button.click)
    assert not isValid(dialog) or not dialog.isVisible()  # closed
    assert len(window.rota.shifts) == before + 8
    kinds = [s.kind for s in window.rota.shifts if s.id not in known]
    assert kinds.count(ShiftKind.OPEN_DAY) == 6
    assert {ShiftKind.BUILD_UP, ShiftKind.TEAR_DOWN} <= set(kinds)
    assert window.days.count() >= 5 and window.model.rowCount() >= 1
    assert _stack(window).undoText() == "Make the rota from a template"

    _written(qtbot, window, _stack(window).undo)
    assert len(window.rota.shifts) == before
    _written(qtbot, window, _stack(window).redo)
    assert len(window.rota.shifts) == before + 8


def test_the_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester,
    rota_window: RotaWindow,  # type: ignore[no-untyped-def]
) -> None:
    _make_rota(qtbot, rota_window)
    assert rota_window.model.rowCount() > 0 and rota_window.warnings.rowCount() > 0
    assert rota_window.people_model.rowCount() > 0
    qtmodeltester.check(rota_window.model)
    qtmodeltester.check(rota_window.warnings)
    qtmodeltester.check(rota_window.people_model)


def test_warnings_are_listed_and_a_click_chooses_the_shift(
    qtbot: QtBot, rota_window: RotaWindow
) -> None:
    window = rota_window
    _make_rota(qtbot, window)
    assert window.rota is not None
    below = [w for w in window.rota.warnings if w.kind is WarningKind.BELOW_NEED]
    assert len(below) >= 8  # nobody on the new shifts yet
    assert window.warnings.rowCount() == len(window.rota.warnings)
    assert window.warnings_label.text() == f"Warnings ({len(window.rota.warnings)})"
    last = window.warnings.rowCount() - 1
    warning = window.warnings.warning(last)
    assert warning is not None
    text = window.warnings.index(last).data()
    assert "people it needs" in text or "skill" in text or "hours" in text
    shift = window.rota.shift(warning.shift_ids[0])
    assert shift is not None
    index = window.warnings.index(last)
    window.warning_list.scrollTo(index)
    rect = window.warning_list.visualRect(index)
    qtbot.mouseClick(window.warning_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())  # fmt: skip
    assert window.chosen == shift.id
    assert window.day == shift.start.date()
    assert window.coverage.selected == shift.id
    chosen = window.table.currentIndex()
    assert window.model.row_at(chosen.row()).shift.id == shift.id  # type: ignore[union-attr]


def test_filling_beyond_the_need_asks_for_a_reason(
    qtbot: QtBot, rota_window: RotaWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = rota_window
    _make_rota(qtbot, window)
    assert window.rota is not None
    shift = next(s for s in window.rota.shifts
                 if s.kind is ShiftKind.OPEN_DAY and not window.rota.people_on(s.id))  # fmt: skip
    window.choose_shift(shift.id or 0)
    people = window.people[:3]
    _written(qtbot, window, lambda: window.editing.assign_people(shift, people[:2]))
    assert len(window.rota.people_on(shift.id)) == 2 == shift.needed

    asked: list[str] = []

    def no_reason(_parent: object, _title: str, text: str, *_args: object) -> tuple[str, bool]:
        asked.append(text)
        return "", False

    monkeypatch.setattr(QInputDialog, "getText", no_reason)
    window.editing.assign_people(shift, people[2:])
    qtbot.waitUntil(lambda: not window._planner.busy, timeout=20_000)
    assert len(asked) == 1 and "already has the 2 people it needs" in asked[0]
    assert people[2].name in asked[0]
    assert len(window.rota.people_on(shift.id)) == 2  # not put on it

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("Demo of the robot cell", True))
    _written(qtbot, window, lambda: window.editing.assign_people(shift, people[2:]))
    on = window.rota.people_on(shift.id)
    assert len(on) == 3
    assert [p.reason for p in on if p.contact_id == people[2].contact_id] == [
        "Demo of the robot cell"
    ]
    row = window.model.row_of(shift.id or 0)
    assert window.model.index(row, 3).data() == "3 of 2"
    assert "Demo of the robot cell" in window.model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)

    _written(qtbot, window, _stack(window).undo)  # the one beyond the need off again
    assert len(window.rota.people_on(shift.id)) == 2


def test_a_person_dropped_on_a_shift_is_put_on_it(qtbot: QtBot, rota_window: RotaWindow) -> None:
    window = rota_window
    _make_rota(qtbot, window)
    assert window.rota is not None
    shift = next(s for s in window.rota.shifts if not window.rota.people_on(s.id))
    window.choose_shift(shift.id or 0)
    row = window.model.row_of(shift.id or 0)
    person = window.people[0]
    data = window.people_model.mimeData([window.people_model.index(0, 0)])
    assert data.hasFormat(CONTACT_MIME)
    dropped = QMimeData()
    dropped.setData(CONTACT_MIME, QByteArray(str(person.contact_id).encode()))
    target = window.model.index(row, 2)
    assert window.model.canDropMimeData(dropped, Qt.DropAction.CopyAction, -1, -1, target)
    # Dropped on the row in the list, as the mouse would: enter, move, drop.
    viewport = window.table.viewport()
    at = QPointF(window.table.visualRect(target).center())
    copy, left, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, QDragEnterEvent(at.toPoint(), copy, dropped, left, none))
    QApplication.sendEvent(viewport, QDragMoveEvent(at.toPoint(), copy, dropped, left, none))
    _written(qtbot, window, lambda: QApplication.sendEvent(
        viewport, QDropEvent(at, copy, dropped, left, none)))  # fmt: skip
    assert person.contact_id in {p.contact_id for p in window.rota.people_on(shift.id)}


def test_an_edit_of_all_of_a_slot_says_how_many_it_changes_and_is_undone_whole(
    qtbot: QtBot, rota_window: RotaWindow
) -> None:
    window = rota_window
    _make_rota(qtbot, window)
    assert window.rota is not None
    made = [s for s in window.rota.shifts if s.kind is ShiftKind.OPEN_DAY
            and s.title.endswith("shift 1")][-3:]  # fmt: skip
    first = made[0]
    window.choose_shift(first.id or 0)
    dialog = window.editing.edit_chosen()
    assert isinstance(dialog, ShiftDialog)
    dialog.needed.setValue(4)
    dialog.skills.setText("German")
    dialog.scope_buttons[Scope.ALL].setChecked(True)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20_000)
    count = len([s for s in window.rota.shifts if s.kind is ShiftKind.OPEN_DAY
                 and s.start.time() == first.start.time()])  # fmt: skip
    assert dialog.effect.text() == f"This changes {count} shifts."
    assert dialog.save_button.text() == f"Change {count} shifts"
    dialog.scope_buttons[Scope.THIS].setChecked(True)
    assert dialog.effect.text() == "This changes this shift only."
    assert dialog.save_button.text() == "Change 1 shift"
    dialog.scope_buttons[Scope.ALL].setChecked(True)
    _written(qtbot, window, dialog.save_button.click)
    changed = [window.rota.shift(s.id or 0) for s in made]
    assert all(s is not None and s.needed == 4 and s.skills == ("German",) for s in changed)
    assert [s.title for s in changed if s is not None] == [s.title for s in made]  # kept

    _written(qtbot, window, _stack(window).undo)
    back = [window.rota.shift(s.id or 0) for s in made]
    assert [(s.needed, s.skills, s.start) for s in back if s is not None] == [
        (s.needed, s.skills, s.start) for s in made
    ]


def test_the_printed_rota_is_written(qtbot: QtBot, rota_window: RotaWindow, tmp_path: Path) -> None:
    from eventplanner.ui.rota.print_rota import PrintRotaDialog

    _make_rota(qtbot, rota_window)
    dialog = rota_window.editing.open_print()
    assert isinstance(dialog, PrintRotaDialog)
    assert dialog.whole.isChecked()
    target = tmp_path / "rota.pdf"
    assert dialog.save_to(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert dialog.written is not None and dialog.written[1] >= 5  # a page a day at least


def test_the_main_window_opens_the_rota_of_the_selected_event(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    workspace = window._planner.workspace
    event_id = workspace.programme.events_titled(FAIR)[0][0]
    view = next(m for m in window.menuBar().actions() if m.text() == "&View").menu()
    assert any(a.text() == "R&ota…" for a in view.actions())
    made = window.commands.show_rota(event_id)
    qtbot.waitUntil(lambda: made.rota is not None, timeout=20_000)
    assert made.windowTitle() == f"Rota: {FAIR}"
    assert window.commands.show_rota(event_id) is made  # one a event, raised again
    made.close()


def test_days_are_the_rota_s(qtbot: QtBot, rota_window: RotaWindow) -> None:
    _make_rota(qtbot, rota_window)
    assert rota_window.rota is not None
    days = [d.day for d in rota_window.rota.coverage]
    assert rota_window.days.count() == len(days)
    assert isinstance(rota_window.day, date) and rota_window.day in days


def test_in_swedish_the_warnings_and_the_template_speak_swedish(
    qtbot: QtBot,
    swedish,
    planner_on_sample: Planner,  # type: ignore[no-untyped-def]
) -> None:
    workspace = planner_on_sample.workspace
    assert workspace is not None
    event_id = workspace.programme.events_titled(FAIR)[0][0]
    stack = QUndoStack()
    window = RotaWindow(planner_on_sample, stack, event_id)
    window.stack = stack  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.show()
    try:
        dialog = _make_rota(qtbot, window)
        assert not isValid(dialog) or not dialog.isVisible()
        texts = [window.warnings.index(r).data() for r in range(window.warnings.rowCount())]
        assert any("personer det behöver" in t for t in texts)
        assert window.warnings_label.text().startswith("Varningar")
        assert window.model.headerData(1, Qt.Orientation.Horizontal) == "Pass"
        assert window.editing.make_rota.text() == "&Gör schema från mall…"
    finally:
        qtbot.waitUntil(lambda: not planner_on_sample.busy, timeout=20_000)
        window.close()
        window.deleteLater()
        stack.deleteLater()


def test_a_shift_deleted_comes_back_with_its_people_on_undo(
    qtbot: QtBot, rota_window: RotaWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.helpers import answer_questions

    window = rota_window
    assert window.rota is not None
    shift = next(s for s in window.rota.shifts if len(window.rota.people_on(s.id)) >= 2)
    people = sorted(p.contact_id for p in window.rota.people_on(shift.id))
    window.choose_shift(shift.id or 0)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    _written(qtbot, window, window.editing.delete_shift.trigger)
    assert len(asked) == 1 and shift.title in asked[0]
    assert window.rota.shift(shift.id or 0) is None

    _written(qtbot, window, _stack(window).undo)
    back = next(s for s in window.rota.shifts if (s.title, s.start) == (shift.title, shift.start))
    assert sorted(p.contact_id for p in window.rota.people_on(back.id)) == people
    # The same shift to a calendar subscribed to the rota: its UID, a newer revision.
    assert (back.uid, back.sequence) == (shift.uid, shift.sequence + 1)

    _written(qtbot, window, _stack(window).redo)  # deleted again, and undone again
    _written(qtbot, window, _stack(window).undo)
    again = next(s for s in window.rota.shifts if s.uid == shift.uid)
    assert again.sequence == shift.sequence + 2
    assert sorted(p.contact_id for p in window.rota.people_on(again.id)) == people


def test_a_co_exhibitor_s_people_beyond_its_staff_quota_take_a_reason(
    qtbot: QtBot, rota_window: RotaWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Robotcell Väst may have one person on the stand at once: a second of its people on a
    shift at once is asked why (as one beyond the need), and not put on it without."""
    from eventplanner.domain.stand import ExhibitorStaff

    window = rota_window
    workspace = window._planner.workspace
    assert workspace is not None
    view = workspace.stand.stand(window.event_id)
    (cell,) = [e for e in view.co_exhibitors if e.organisation_name == "Robotcell Väst AB"]
    assert cell.staff_quota == 1
    named = {c.name: c.id for c in workspace.contacts.list()}
    for name in ("Erik Dahlgren", "Annika Söderberg"):
        workspace.stand.add_staff(window.event_id, ExhibitorStaff(
            None, 0, name, cell.id, named[name], badge=False))  # fmt: skip
    _make_rota(qtbot, window)
    assert window.rota is not None
    shift = next(s for s in window.rota.shifts
                 if s.kind is ShiftKind.OPEN_DAY and not window.rota.people_on(s.id))  # fmt: skip
    erik, annika = (next(p for p in window.people if p.name == n)
                    for n in ("Erik Dahlgren", "Annika Söderberg"))  # fmt: skip
    asked: list[str] = []

    def no_reason(_parent: object, _title: str, text: str, *_args: object) -> tuple[str, bool]:
        asked.append(text)
        return "", False

    monkeypatch.setattr(QInputDialog, "getText", no_reason)
    _written(qtbot, window, lambda: window.editing.assign_people(shift, [erik, annika]))
    assert asked == [
        f"With Annika Söderberg on “{shift.title}”, Robotcell Väst AB would have 2 of its "
        "people on the stand at once; its staff quota is 1. Why put Annika Söderberg on it "
        "as well?"
    ]
    assert [p.contact_name for p in window.rota.people_on(shift.id)] == ["Erik Dahlgren"]

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("Two demos at noon", True))
    _written(qtbot, window, lambda: window.editing.assign_people(shift, [annika]))
    on = window.rota.people_on(shift.id)
    assert [(p.contact_name, p.reason) for p in on] == [
        ("Annika Söderberg", "Two demos at noon"), ("Erik Dahlgren", ""),
    ]  # fmt: skip


def test_a_person_taken_off_is_put_back_on_undo(qtbot: QtBot, rota_window: RotaWindow) -> None:
    window = rota_window
    assert window.rota is not None
    shift = next(s for s in window.rota.shifts if window.rota.people_on(s.id))
    window.choose_shift(shift.id or 0)
    first = window.rota.people_on(shift.id)[0]
    names = [a.text() for a in window.editing.take_off_menu.actions()]
    assert first.contact_name in names
    _written(qtbot, window, window.editing.take_off_menu.actions()[0].trigger)
    assert first.contact_id not in {p.contact_id for p in window.rota.people_on(shift.id)}
    _written(qtbot, window, _stack(window).undo)
    assert first.contact_id in {p.contact_id for p in window.rota.people_on(shift.id)}


def _address(token: str) -> str:
    return f"http://127.0.0.1:8765/feeds/{token}.ics"


def test_copy_feed_address_makes_the_person_s_rota_feed_and_copies_its_address(
    qtbot: QtBot, planner_on_sample: Planner
) -> None:
    from PySide6.QtGui import QGuiApplication

    workspace = planner_on_sample.workspace
    assert workspace is not None
    event_id = workspace.programme.events_titled(FAIR)[0][0]
    stack = QUndoStack()
    window = RotaWindow(planner_on_sample, stack, event_id, feed_address=_address)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.show()
    try:
        assert not window.editing.copy_feed.isEnabled()
        assert window.rota is not None
        person = window.rota.people[0]
        window.select_person(person.contact_id)
        assert window.editing.copy_feed.isEnabled()
        window.editing.copy_feed.trigger()
        qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=20_000)
        feeds = [f for f in workspace.feeds.list()
                 if f.programme.rota_person_id == person.contact_id]  # fmt: skip
        assert len(feeds) == 1
        address = QGuiApplication.clipboard().text()
        assert address == _address(feeds[0].token)
        assert "Subscribe from web" in window.notice.text()
        window.editing.copy_feed.trigger()  # the same feed again, not another
        qtbot.waitUntil(lambda: not planner_on_sample.busy, timeout=20_000)
        assert len([f for f in workspace.feeds.list()
                    if f.programme.rota_person_id == person.contact_id]) == 1  # fmt: skip
    finally:
        qtbot.waitUntil(lambda: not planner_on_sample.busy, timeout=20_000)
        window.close()
        window.deleteLater()
        stack.deleteLater()


def test_an_older_step_finds_its_shift_made_again_by_an_undo_or_redo(
    qtbot: QtBot, rota_window: RotaWindow
) -> None:
    """Make a rota, put someone on a new shift; undo both, redo both: the person is on the
    shift made again (under another id)."""
    window = rota_window
    assert window.rota is not None
    known = {s.id for s in window.rota.shifts}
    _make_rota(qtbot, window)
    shift = next(s for s in window.rota.shifts if s.id not in known)
    person = window.people[0]
    _written(qtbot, window, lambda: window.editing.assign_people(shift, [person]))
    stack = _stack(window)
    _written(qtbot, window, stack.undo)  # the person off
    _written(qtbot, window, stack.undo)  # the template's shifts gone
    assert window.rota.shift(shift.id or 0) is None
    _written(qtbot, window, stack.redo)  # made again, new ids
    _written(qtbot, window, stack.redo)  # the person on the shift made again
    same = (shift.title, shift.start)
    again = next(s for s in window.rota.shifts if s.id not in known and (s.title, s.start) == same)
    assert person.contact_id in {p.contact_id for p in window.rota.people_on(again.id)}


def test_an_older_step_finds_its_shift_after_a_delete_undone(
    qtbot: QtBot, rota_window: RotaWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Put someone on a shift, delete it, undo the delete (a new id), undo the putting on:
    they are off the shift made again."""
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.helpers import answer_questions

    window = rota_window
    _make_rota(qtbot, window)
    assert window.rota is not None
    shift = next(s for s in window.rota.shifts if not window.rota.people_on(s.id))
    person = window.people[0]
    _written(qtbot, window, lambda: window.editing.assign_people(shift, [person]))
    window.choose_shift(shift.id or 0)
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    _written(qtbot, window, window.editing.delete_shift.trigger)
    stack = _stack(window)
    _written(qtbot, window, stack.undo)  # the shift back, with the person
    same = (shift.title, shift.start)
    again = next(s for s in window.rota.shifts if (s.title, s.start) == same)
    assert again.id != shift.id  # made again under the next id
    assert person.contact_id in {p.contact_id for p in window.rota.people_on(again.id)}
    _written(qtbot, window, stack.undo)  # the person off the shift made again
    assert window.rota.people_on(again.id) == ()


def test_each_day_s_grid_fits_without_a_scroll_bar(qtbot: QtBot, rota_window: RotaWindow) -> None:
    """Every day's coverage grid is as tall as its hours, from the first read on (the day
    tabs that came with it took their height from the grid and the shifts alike, and the
    grid came up in a scroll bar) and once the window has grown."""
    from PySide6.QtWidgets import QScrollArea

    window = rota_window
    grid = window.left.widget(0)
    assert isinstance(grid, QScrollArea)
    QApplication.processEvents()  # the day tabs, come with the first read, laid out
    assert grid.verticalScrollBar().maximum() == 0, window.days.tabText(window.days.currentIndex())
    window.resize(1240, 800)
    for index in range(window.days.count()):
        window.days.setCurrentIndex(index)
        qtbot.waitUntil(lambda: grid.verticalScrollBar().maximum() == 0, timeout=5_000)
        window.resize(window.width(), window.height() + 40)  # grown: the grid keeps its fit
        QApplication.processEvents()
        assert grid.verticalScrollBar().maximum() == 0, window.days.tabText(index)
