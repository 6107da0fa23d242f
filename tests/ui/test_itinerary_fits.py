"""A person's itinerary opens wide enough to show every column, the last one too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from eventplanner.ui.programme.itinerary_dialog import ItineraryDialog
from tests.ui.helpers import opened_planner


def test_the_itinerary_shows_every_column_without_scrolling(
    qtbot: QtBot, planner_file: Path
) -> None:
    with opened_planner(qtbot, planner_file) as planner:
        workspace = planner.workspace
        assert workspace is not None
        person = workspace.contacts.find("Åsa Lindqvist")
        assert person is not None
        assert person.id is not None
        dialog = ItineraryDialog(planner, person.id, person.name)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: dialog.entries is not None, timeout=20_000)
        QCoreApplication.processEvents()
        table = dialog.table
        assert table.rowCount() == 9
        assert table.horizontalScrollBar().maximum() == 0
        last = table.columnCount() - 1
        text = table.item(0, last).text()
        width = table.fontMetrics().horizontalAdvance(text)
        assert table.columnViewportPosition(last) + width <= table.viewport().width()
        dialog.close()
        dialog.deleteLater()
