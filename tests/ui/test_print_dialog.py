"""File → Print programme… driven as a person would: select the innovation days, choose a
document, paper and language, and see Qt's print preview of pages drawn as the PDF is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from eventplanner.printing.documents import DocumentKind
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.helpers import settle

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
    assert dialog.status.text() == "Sessions: 33. Stages: 3."
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
