"""Driving the main window in tests: waiting for the background work, answering questions."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from eventplanner.ui.main_window import MainWindow


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Until the window's loads and saves (and the reloads they cause) are done."""
    planner = window._planner
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    qtbot.wait(10)
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)


def answer_when_asked(button_text: str) -> None:
    """Click ``button_text`` in the next modal question box, once it is shown."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            [button] = [b for b in box.buttons() if b.text() == button_text]
            button.click()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)
