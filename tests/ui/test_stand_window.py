"""The stand window: its header checked in place, the opening hours from the phases, the
four lists (each model passes qtmodeltester), add, edit and remove through dialogs each one
undo step, the state chosen in place, deadlines ticked with Space and overdue in red, the
spreadsheet written, and the window opened from the main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from eventplanner.domain.stand import ExhibitorStaff
from eventplanner.ui.planner import Planner
from eventplanner.ui.stand.exhibitor_dialog import ExhibitorDialog
from eventplanner.ui.stand.item_dialogs import MaterialDialog, StaffDialog
from eventplanner.ui.stand.stand_models import DeadlineColumn, ExhibitorColumn
from eventplanner.ui.stand.stand_window import StandWindow
from eventplanner.ui.widgets.notices import error_colour
from tests.ui.helpers import answer_questions
from tests.ui.stand_fixtures import FAIR, shown_stand


@pytest.fixture
def window(qtbot: QtBot, planner_on_sample: Planner) -> Iterator[StandWindow]:
    with shown_stand(qtbot, planner_on_sample) as made:
        yield made


def stack_of(window: StandWindow) -> QUndoStack:
    stack: QUndoStack = window.stack  # type: ignore[attr-defined]
    return stack


def step(qtbot: QtBot, window: StandWindow, act: str) -> None:
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        getattr(stack_of(window), act)()


def column(model, index: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(model.index(row, index).data() or "") for row in range(model.rowCount())]


def save(qtbot: QtBot, window: StandWindow, dialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_window_shows_the_stand_and_its_lists(qtbot: QtBot, qtmodeltester,  # type: ignore[no-untyped-def]
                                                 window: StandWindow) -> None:  # fmt: skip
    for model in (window.exhibitors, window.deadlines, window.staff, window.materials):
        qtmodeltester.check(model)
    assert window.windowTitle() == f"Stand: {FAIR}"
    header = window.header
    assert header.organiser.currentText() == "Västerås Mässor AB"
    assert (header.hall.text(), header.booth.text(), header.area.text()) == ("B", "B:12", "60")
    assert header.hours.text().splitlines()[0] == "Tuesday, 16 March 2027 09:00–17:00"
    assert len(header.hours.text().splitlines()) == 3
    assert not header.save_button.isEnabled()  # nothing typed yet
    assert [window.tabs.tabText(i) for i in range(4)] == [
        "Co-exhibitors (2)", "Deadlines (3)", "Badges (2)", "Materials (1)",
    ]  # fmt: skip
    assert column(window.exhibitors, ExhibitorColumn.ORGANISATION) == [
        "ABB", "Köpings Automation AB",
    ]  # fmt: skip
    assert column(window.exhibitors, ExhibitorColumn.SHARE) == ["12 m²", "15000 SEK"]
    assert column(window.exhibitors, ExhibitorColumn.POWER) == ["16 kW", ""]
    assert column(window.deadlines, DeadlineColumn.FOR) == ["the stand", "the stand", "ABB"]
    # The cluster's own people under the cluster (the stand lead's), not the fair organiser.
    assert column(window.staff, 1) == ["Automationsklustret Västerås", "ABB"]
    overdue = window.deadlines.index(1, DeadlineColumn.TITLE)
    assert overdue.data() == "Catalogue text"
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) == error_colour()
    done = window.deadlines.index(0, DeadlineColumn.DONE)
    assert done.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert done.data(Qt.ItemDataRole.ForegroundRole) is None  # done: not overdue


def test_the_header_is_checked_as_typed_and_saved_undoably(
    qtbot: QtBot, window: StandWindow
) -> None:
    header = window.header
    header.area.setText("tolv")
    assert header.problems.text() == "The area is not a number of m² (e.g. 24 or 24,5)."
    assert not header.save_button.isEnabled()
    header.area.setText("10")  # the co-exhibitors hold 12 m²
    assert "its co-exhibitors' shares add up to 12 m²" in header.problems.text()
    assert not header.save_button.isEnabled()
    header.area.setText("72,5")
    header.booth.setText("B:14")
    assert header.problems.isHidden() and header.save_button.isEnabled()
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        header.save_button.click()
    workspace = window._planner.workspace
    assert workspace is not None
    saved = workspace.stand.stand(window._event_id).stand
    assert saved is not None and (saved.area, saved.booth) == (72.5, "B:14")
    assert stack_of(window).undoText() == "Change the stand"
    step(qtbot, window, "undo")
    assert (header.area.text(), header.booth.text()) == ("60", "B:12")


def test_a_co_exhibitor_added_edited_in_place_and_removed_each_undone(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: StandWindow
) -> None:
    window.exhibitor_page.add_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, ExhibitorDialog)
    assert dialog.organisation.findText("ABB") < 0  # shares the stand already
    dialog.organisation.setCurrentIndex(dialog.organisation.findText("Robotcell Väst AB"))
    dialog.area.setText("50")  # 60 m², 12 taken
    assert "48 m² is left" in dialog.problems.text()
    dialog.fee.setText("1000")
    assert "not both" in dialog.problems.text()
    dialog.fee.clear()
    dialog.area.setText("20")
    dialog.brings.setText("a welding cell")
    assert dialog.problems.isHidden()
    save(qtbot, window, dialog)
    assert "Robotcell Väst AB" in column(window.exhibitors, ExhibitorColumn.ORGANISATION)
    assert stack_of(window).undoText() == "Add the co-exhibitor “Robotcell Väst AB”"

    row = column(window.exhibitors, ExhibitorColumn.ORGANISATION).index("Robotcell Väst AB")
    state = window.exhibitors.index(row, ExhibitorColumn.STATE)
    assert state.flags() & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.exhibitors.setData(state, "confirmed")
    assert window.exhibitors.index(row, ExhibitorColumn.STATE).data() == "confirmed"
    step(qtbot, window, "undo")
    assert window.exhibitors.index(row, ExhibitorColumn.STATE).data() == "asked"
    step(qtbot, window, "undo")
    assert "Robotcell Väst AB" not in column(window.exhibitors, ExhibitorColumn.ORGANISATION)
    step(qtbot, window, "redo")
    assert "Robotcell Väst AB" in column(window.exhibitors, ExhibitorColumn.ORGANISATION)

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    window.exhibitor_page.table.selectRow(0)  # ABB, with a deadline and a person of its own
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.exhibitor_page.remove_action.trigger()
    assert asked and "ABB" in asked[0]
    assert "ABB" not in column(window.exhibitors, ExhibitorColumn.ORGANISATION)
    assert column(window.deadlines, DeadlineColumn.FOR) == ["the stand", "the stand"]
    assert window.tabs.tabText(2) == "Badges (1)"
    step(qtbot, window, "undo")
    assert "ABB" in column(window.exhibitors, ExhibitorColumn.ORGANISATION)
    assert column(window.deadlines, DeadlineColumn.FOR) == ["the stand", "the stand", "ABB"]
    assert column(window.staff, 0) == ["Erik Dahlgren", "Lena Berg"]


def test_the_service_s_refusal_is_shown_in_the_dialog(qtbot: QtBot, window: StandWindow) -> None:
    workspace = window._planner.workspace
    assert workspace is not None
    window.exhibitor_page.table.selectRow(0)
    window.exhibitor_page.edit_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, ExhibitorDialog)
    abb = workspace.stand.stand(window._event_id).co_exhibitors[0]
    from dataclasses import replace

    workspace.stand.edit_co_exhibitor(replace(abb, notes="changed elsewhere"))
    dialog.brings.setText("two robot cells")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=20_000)
    assert "changed by someone else" in dialog.problems.text()
    assert dialog.isVisible() and stack_of(window).count() == 0


def test_deadlines_are_ticked_done_with_space(qtbot: QtBot, window: StandWindow) -> None:
    table = window.deadline_page.table
    window.tabs.setCurrentWidget(window.deadline_page)
    table.setFocus()
    table.selectRow(1)  # the catalogue text, overdue
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        qtbot.keyClick(table, Qt.Key.Key_Space)
    ticked = window.deadlines.index(1, DeadlineColumn.DONE)
    assert ticked.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert window.deadlines.index(1, DeadlineColumn.TITLE).data(
        Qt.ItemDataRole.ForegroundRole) is None  # fmt: skip
    assert stack_of(window).undoText() == "Tick “Catalogue text” done"
    step(qtbot, window, "undo")
    opened = window.deadlines.index(1, DeadlineColumn.DONE)
    assert opened.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_people_and_materials_added_and_removed(qtbot: QtBot, window: StandWindow) -> None:
    window.staff_page.add_action.trigger()
    staff = window.dialog
    assert isinstance(staff, StaffDialog)
    assert not staff.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert staff.problems.text() == "Give the person's name, as on the badge."
    staff.name.setText("Maja Lind")
    staff.company.setCurrentIndex(staff.company.findText("ABB"))
    save(qtbot, window, staff)
    assert ("Maja Lind", "ABB") in zip(column(window.staff, 0), column(window.staff, 1),
                                      strict=True)  # fmt: skip

    window.material_page.add_action.trigger()
    material = window.dialog
    assert isinstance(material, MaterialDialog)
    material.item.setText('Screen 55"')
    material.quantity.setValue(2)
    material.ships.setCurrentIndex(material.ships.findText("Erik Dahlgren"))
    save(qtbot, window, material)
    assert column(window.materials, 0) == ["Roll-up", 'Screen 55"']
    assert column(window.materials, 3) == ["", "Erik Dahlgren"]
    window.material_page.table.selectRow(1)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.material_page.remove_action.trigger()
    assert column(window.materials, 0) == ["Roll-up"]
    step(qtbot, window, "undo")
    assert column(window.materials, 0) == ["Roll-up", 'Screen 55"']


def test_a_badge_beyond_a_co_exhibitor_s_quota_is_a_problem_before_save(
    qtbot: QtBot, window: StandWindow
) -> None:
    """Köpings Automation has no badges to give and ABB's four are all named: the person's
    dialog says so and waits (a person without a badge is welcome); ABB's quota cannot be
    made smaller than the badges named."""
    workspace = window._planner.workspace
    assert workspace is not None
    window.staff_page.add_action.trigger()
    staff = window.dialog
    assert isinstance(staff, StaffDialog)
    staff.name.setText("Maja Lind")
    staff.company.setCurrentIndex(staff.company.findText("Köpings Automation AB"))
    saving = staff.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not saving.isEnabled()
    assert staff.problems.text() == (
        "Köpings Automation AB has no badges to give (its badge quota is 0). Untick “Needs a "
        "badge from us”, or raise its badge quota first."
    )
    staff.badge.setChecked(False)
    assert saving.isEnabled() and staff.problems.text() == ""
    save(qtbot, window, staff)

    abb = next(e for e in window.view.co_exhibitors if e.organisation_name == "ABB")  # type: ignore[union-attr]
    for name in ("Ola Berg", "Per Berg", "Rut Berg"):
        workspace.stand.add_staff(window._event_id, ExhibitorStaff(None, 0, name, abb.id))
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.reload()
    window.staff_page.add_action.trigger()
    staff = window.dialog
    assert isinstance(staff, StaffDialog)
    staff.name.setText("Sara Lind")
    staff.company.setCurrentIndex(staff.company.findText("ABB"))
    assert staff.problems.text() == (
        "All 4 badges of ABB are given (Lena Berg, Ola Berg, Per Berg, Rut Berg). Untick "
        "“Needs a badge from us”, or raise its badge quota first."
    )
    staff.close()

    window.exhibitor_page.table.selectRow(0)
    window.exhibitor_page.edit_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, ExhibitorDialog)
    dialog.badges.setValue(3)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert dialog.problems.text() == (
        "Badges are named for 4 of its people (Lena Berg, Ola Berg, Per Berg, Rut Berg): the "
        "badge quota cannot be less."
    )
    dialog.badges.setValue(5)
    assert dialog.problems.text() == ""


def test_what_a_co_exhibitor_brings_is_given_the_room_the_others_leave(
    qtbot: QtBot, window: StandWindow
) -> None:
    """The free text a co-exhibitor brings takes the width left (it was cut at 320 pixels
    beside a State column stretched over the rest), and a day's hours stay on one line."""
    from dataclasses import replace

    workspace = window._planner.workspace
    assert workspace is not None
    abb = workspace.stand.stand(window._event_id).co_exhibitors[0]
    brings = "Robotcell med samarbetande robot och visionsdemo, och en PLC-rigg för utbildning"
    workspace.stand.edit_co_exhibitor(replace(abb, brings=brings))
    window.resize(1400, 720)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.reload()
    QApplication.processEvents()
    table = window.exhibitor_page.table
    assert table.columnWidth(ExhibitorColumn.BRINGS) >= table.sizeHintForColumn(
        ExhibitorColumn.BRINGS
    )
    state = table.columnWidth(ExhibitorColumn.STATE)
    assert state <= table.sizeHintForColumn(ExhibitorColumn.STATE) + 40
    hours = window.header.hours
    assert not hours.wordWrap() and len(hours.text().splitlines()) == 3


def test_export_writes_the_spreadsheet(qtbot: QtBot, tmp_path: Path, window: StandWindow) -> None:
    suggested: list[str] = []

    def choose(path: str) -> str:
        suggested.append(path)
        return str(tmp_path / "monter")

    window.export.chooser = choose
    with qtbot.waitSignal(window.export.written, timeout=20_000) as written:
        window.export_action.trigger()
    assert suggested[0].endswith(f"{FAIR} – stand.xlsx")
    assert written.args == [str(tmp_path / "monter.xlsx")]
    book = load_workbook(tmp_path / "monter.xlsx")
    assert book.sheetnames == ["Co-exhibitors", "Badges", "Orders and deadlines", "Materials"]
    assert book["Co-exhibitors"]["A2"].value == "ABB"
    assert "monter.xlsx" in window.status.text()


def test_a_refused_export_is_said(qtbot: QtBot, tmp_path: Path, window: StandWindow) -> None:
    window.export.chooser = lambda _path: str(tmp_path / "no such folder" / "stand.xlsx")
    said: list[str] = []
    window.export.warn = said.append
    with qtbot.waitSignal(window.export.failed, timeout=20_000):
        window.export_action.trigger()
    assert said and not (tmp_path / "no such folder").exists()


def test_several_deadlines_ticked_and_rows_removed_in_one_step(
    qtbot: QtBot, window: StandWindow
) -> None:
    from PySide6.QtCore import QItemSelectionModel

    table = window.deadline_page.table
    chosen = table.selectionModel()
    for row in (1, 2):
        chosen.select(window.deadlines.index(row, 0),
                      QItemSelectionModel.SelectionFlag.Select
                      | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.tick_action.trigger()
    ticks = [window.deadlines.index(r, DeadlineColumn.DONE).data(Qt.ItemDataRole.CheckStateRole)
             for r in range(3)]  # fmt: skip
    assert ticks == [Qt.CheckState.Checked] * 3
    assert stack_of(window).count() == 1
    assert stack_of(window).undoText() == "Tick 2 deadlines done or open"
    table.selectAll()
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.deadline_page.remove_action.trigger()
    assert window.deadlines.rowCount() == 0 and not window.deadline_page.empty.isHidden()
    assert stack_of(window).undoText() == "Remove 3 rows from the stand"
    step(qtbot, window, "undo")
    assert column(window.deadlines, DeadlineColumn.TITLE) == [
        "Registration", "Catalogue text", "Electricity order",
    ]  # fmt: skip
    step(qtbot, window, "undo")
    assert window.deadlines.index(1, DeadlineColumn.DONE).data(
        Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked  # fmt: skip


def test_an_event_without_a_stand_gets_one_when_saved(
    qtbot: QtBot, planner_on_sample: Planner
) -> None:
    workspace = planner_on_sample.workspace
    assert workspace is not None
    event_id = workspace.programme.events_titled("Innovationsdagarna Västerås 2027")[0][0]
    stack = QUndoStack()
    window = StandWindow(planner_on_sample, stack, event_id)
    window.stack = stack  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.show()
    assert window.view is not None and window.view.stand is None
    assert not window.exhibitor_page.empty.isHidden()
    assert window.header.hours.text().startswith("No open days yet")
    window.header.hall.setText("Aros Congress Center")
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        qtbot.keyClick(window.header.hall, Qt.Key.Key_Return)
    stand = workspace.stand.stand(event_id).stand
    assert stand is not None and stand.hall == "Aros Congress Center"
    step(qtbot, window, "undo")  # the stand stays, its fields as they were
    stand = workspace.stand.stand(event_id).stand
    assert stand is not None and stand.hall == "" and window.header.hall.text() == ""
    qtbot.waitUntil(lambda: not planner_on_sample.busy, timeout=20_000)
    window.close()
    window.deleteLater()
    stack.deleteLater()


def test_a_deadline_added_for_a_co_exhibitor_and_an_item_edited(
    qtbot: QtBot, window: StandWindow
) -> None:
    from datetime import date

    from eventplanner.ui.qt_dates import qdate_of
    from eventplanner.ui.stand.item_dialogs import DeadlineDialog

    window.deadline_page.add_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, DeadlineDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findText("furniture order"))
    dialog.due.setDate(qdate_of(date(2027, 3, 2)))
    dialog.whose.setCurrentIndex(dialog.whose.findText("Köpings Automation AB"))
    dialog.title.setText("x" * 201)
    assert dialog.problems.text() == "The title is longer than 200 characters."
    dialog.title.setText("Furniture for the PLC rig")
    save(qtbot, window, dialog)
    assert column(window.deadlines, DeadlineColumn.TITLE)[-1] == "Furniture for the PLC rig"
    assert column(window.deadlines, DeadlineColumn.FOR)[-1] == "Köpings Automation AB"
    assert column(window.deadlines, DeadlineColumn.DUE)[-1] == "2027-03-02"

    window.material_page.table.selectRow(0)
    window.material_page.edit_action.trigger()
    material = window.dialog
    assert isinstance(material, MaterialDialog)
    assert material.item.text() == "Roll-up" and material.quantity.value() == 2
    material.where.setCurrentIndex(material.where.findText("shipped"))
    save(qtbot, window, material)
    assert column(window.materials, 5) == ["shipped"]
    assert stack_of(window).undoText() == "Change the item “Roll-up”"
    step(qtbot, window, "undo")
    assert column(window.materials, 5) == ["at the office"]
    step(qtbot, window, "undo")
    assert "Furniture for the PLC rig" not in column(window.deadlines, DeadlineColumn.TITLE)


def test_the_state_is_chosen_from_a_list_over_its_cell(qtbot: QtBot, window: StandWindow) -> None:
    from PySide6.QtWidgets import QComboBox

    table = window.exhibitor_page.table
    index = window.exhibitors.index(1, ExhibitorColumn.STATE)  # Köpings Automation: asked
    table.setCurrentIndex(index)
    table.edit(index)
    (editor,) = table.viewport().findChildren(QComboBox)
    assert editor.currentText() == "asked"
    chosen = editor.findText("approved by the fair")
    editor.setCurrentIndex(chosen)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        editor.activated.emit(chosen)
    assert window.exhibitors.index(1, ExhibitorColumn.STATE).data() == "approved by the fair"
    assert stack_of(window).undoText() == "Change the co-exhibitor “Köpings Automation AB”"


def test_typing_in_the_header_stays_when_a_list_is_read_again(
    qtbot: QtBot, window: StandWindow
) -> None:
    window.header.booth.setText("B:20")
    window.header.lead.setCurrentIndex(window.header.lead.findText("Erik Dahlgren"))
    window.staff_page.table.selectRow(0)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.staff_page.remove_action.trigger()
    assert window.header.booth.text() == "B:20"
    assert window.header.lead.currentText() == "Erik Dahlgren"
    assert window.header.save_button.isEnabled()
