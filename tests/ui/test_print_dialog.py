"""File → Print programme… driven as a person would: select the innovation days, choose a
document, paper and language, and see Qt's print preview of pages drawn as the PDF is; the
programme as released, or its draft marked "Draft"; one never released prints as a draft only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from eventplanner.printing import documents
from eventplanner.printing.documents import DocumentKind
from eventplanner.services.workspace import Workspace
from eventplanner.ui.printing.print_dialog import PrintDialog
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.helpers import opened_planner, settle

DAYS = "Innovationsdagarna Västerås 2027"


def select_the_days(qtbot: QtBot, window: MainWindow) -> None:
    window.window_actions.show_agenda.trigger()
    for _ in range(4):
        if window.agenda_model.row_of(lambda o: o.title == DAYS) >= 0:
            break
        window.window_actions.following.trigger()
        settle(qtbot, window)
    row = window.agenda_model.row_of(lambda o: o.title == DAYS)
    assert row >= 0
    window.agenda.selectRow(row)


def test_print_programme_previews_the_chosen_document(qtbot: QtBot, window: MainWindow) -> None:
    select_the_days(qtbot, window)
    window.window_actions.print_programme.trigger()
    dialog = window.commands.printing.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.printable is not None, timeout=20_000)
    assert DAYS in dialog.windowTitle()
    assert dialog.status.text() == "As released: Release 1 “Program”. Sessions: 33. Stages: 3."
    assert not dialog.draft.isChecked() and not dialog.printable.draft
    assert not dialog.stage.isEnabled() and dialog.preview_button.isEnabled()
    dialog.document.setCurrentIndex(dialog.document.findData(DocumentKind.DOOR_SHEET))
    assert dialog.stage.isEnabled() and dialog.stage.count() == 3
    dialog.paper.setCurrentIndex(dialog.paper.findData("A3"))
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    choice = dialog.choice()
    assert (choice.kind, choice.paper, choice.language) == (DocumentKind.DOOR_SHEET, "A3", "sv")
    assert choice.stage_id == dialog.stage.currentData()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview = dialog.preview
    assert preview is not None
    qtbot.waitExposed(preview)
    shown = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: shown.pageCount() > 0, timeout=10_000)
    assert shown.pageCount() == 3  # the stage's three days, a page each
    layout = dialog._printer.pageLayout()
    assert layout.pageSize().id().name == "A3"
    preview.close()
    dialog.close()


def test_print_programme_without_a_selection_asks_for_one(qtbot: QtBot,
                                                         window: MainWindow) -> None:  # fmt: skip
    window.window_actions.show_year.trigger()  # the year view selects none
    window.window_actions.print_programme.trigger()
    assert window.commands.printing.dialog is None
    assert "Select an event first" in window.statusBar().currentMessage()


def test_print_the_draft_marked_as_such_and_a_programme_never_released(
    qtbot: QtBot, planner_file: Path
) -> None:
    workspace = Workspace.open(planner_file)
    try:
        days = workspace.programme.events_titled(DAYS)[0][0]
        copy = workspace.events.duplicate(days).event.id  # a duplicate starts unreleased
        opc = next(s for s in workspace.programme.programme(days).sessions
                   if s.title.startswith("Interoperabilitet"))  # fmt: skip
        workspace.programme.delete_session(opc.id or 0)  # in the draft only
    finally:
        workspace.close()
    with opened_planner(qtbot, planner_file) as planner:
        dialog = PrintDialog(planner, days, DAYS)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.printable is not None, timeout=20_000)
        assert dialog.status.text().endswith("Sessions: 33. Stages: 3.")  # as released
        dialog.draft.setChecked(True)
        qtbot.waitUntil(lambda: dialog.printable is not None, timeout=20_000)
        assert dialog.printable.draft
        assert dialog.status.text() == "The draft, “Draft” on each page. Sessions: 32. Stages: 3."
        assert documents.document(dialog.printable, dialog.choice()).draft
        assert dialog.preview_button.isEnabled()
        dialog.close()

        never = PrintDialog(planner, copy, DAYS)
        qtbot.addWidget(never)
        never.show()
        qtbot.waitUntil(lambda: "not released yet" in never.status.text(), timeout=20_000)
        assert never.printable is None and not never.preview_button.isEnabled()
        never.draft.setChecked(True)
        qtbot.waitUntil(lambda: never.printable is not None, timeout=20_000)
        assert never.printable.draft and never.preview_button.isEnabled()
        never.close()
