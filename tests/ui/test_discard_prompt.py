"""An edited dialog asks before Escape, Cancel or its close button throws the input away."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from eventplanner.ui.events.event_dialog import EventChoices, EventDialog
from eventplanner.ui.feeds.feed_editor import FeedCatalog, FeedEditor
from tests.ui.helpers import close_unasked

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support")


class Asked:
    """Answers the next discard question with ``button`` and keeps what it asked."""

    def __init__(self) -> None:
        self.questions: list[str] = []

    def answer(self, button: str) -> None:
        def look() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                self.questions.append(box.text())
                [chosen] = [b for b in box.buttons() if b.text().replace("&", "") == button]
                chosen.click()
            else:
                QTimer.singleShot(20, look)

        QTimer.singleShot(20, look)


@pytest.fixture
def asked() -> Iterator[Asked]:
    yield Asked()


def event_dialog(qtbot: QtBot) -> EventDialog:
    dialog = EventDialog(EventChoices(), default_day=date(2027, 3, 9))
    qtbot.addWidget(dialog, before_close_func=close_unasked)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_escape_on_an_edited_event_asks_and_can_keep_editing(qtbot: QtBot, asked: Asked) -> None:
    dialog = event_dialog(qtbot)
    qtbot.keyClicks(dialog.form.title_edit, "Frukostseminarium")
    asked.answer("Keep editing")
    qtbot.keyClick(dialog.form.title_edit, Qt.Key.Key_Escape)
    assert asked.questions == ["Discard this new event?"]
    assert dialog.isVisible() and dialog.form.title_edit.text() == "Frukostseminarium"
    asked.answer("Discard")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.form.title_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_close_button_and_cancel_ask_too(qtbot: QtBot, asked: Asked) -> None:
    dialog = event_dialog(qtbot)
    qtbot.keyClicks(dialog.form.title_edit, "Frukostseminarium")
    asked.answer("Keep editing")
    dialog.close()  # what the window's close button does
    assert dialog.isVisible()
    asked.answer("Keep editing")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.isVisible() and len(asked.questions) == 2


def test_an_unedited_dialog_closes_without_asking(qtbot: QtBot) -> None:
    dialog = event_dialog(qtbot)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.form.title_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_feed_editor_asks_before_losing_its_changes(qtbot: QtBot, asked: Asked) -> None:
    editor = FeedEditor(FeedCatalog())
    qtbot.addWidget(editor, before_close_func=close_unasked)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.name, "Massor 2027")
    asked.answer("Keep editing")
    qtbot.keyClick(editor.name, Qt.Key.Key_Escape)
    assert editor.isVisible() and editor.name.text() == "Massor 2027"
    asked.answer("Discard")
    with qtbot.waitSignal(editor.rejected):
        qtbot.keyClick(editor.name, Qt.Key.Key_Escape)
    assert asked.questions == ["Discard this new feed?", "Discard this new feed?"]
