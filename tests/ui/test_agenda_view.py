"""The agenda's columns at the sizes a laptop gives it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from eventplanner.ui.views.agenda_model import Column
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.helpers import settle


def test_the_title_keeps_its_room_in_a_1024_pixel_window(qtbot: QtBot, window: MainWindow) -> None:
    """With the sidebar open the table is some 700 pixels wide: venue and project give up
    width (elided, whole in the tooltip) before the title does, and nothing scrolls sideways."""
    window.resize(1024, 700)
    window.window_actions.show_agenda.trigger()
    settle(qtbot, window)
    agenda = window._views.agenda
    qtbot.waitUntil(lambda: agenda.viewport().width() < 800, timeout=5_000)
    title = agenda.columnWidth(Column.TITLE)
    assert title >= agenda.fontMetrics().averageCharWidth() * 30
    assert sum(agenda.columnWidth(c) for c in Column) <= agenda.viewport().width()
    assert agenda.columnWidth(Column.VENUE) >= agenda.fontMetrics().horizontalAdvance("Väster")


def test_the_swedish_week_column_is_headed_v(swedish) -> None:  # type: ignore[no-untyped-def]
    """As Swedish almanacs head it: "v", and the column no wider than its numbers need."""
    from PySide6.QtCore import Qt

    from eventplanner.ui.views.agenda_model import AgendaModel

    assert AgendaModel().headerData(Column.WEEK, Qt.Orientation.Horizontal) == "v"


def test_a_narrow_time_column_cuts_the_other_zones_time_not_our_end(
    qtbot: QtBot, window: MainWindow
) -> None:
    """At 1024 pixels the time column is compact: "09:00–09:45 (17:00 Tokyo)" may lose its
    Tokyo part to the ellipsis (it is whole in the tooltip), never the end of our own time."""
    window.resize(1024, 700)
    window.window_actions.show_agenda.trigger()
    settle(qtbot, window)
    agenda = window._views.agenda
    qtbot.waitUntil(lambda: agenda.viewport().width() < 800, timeout=5_000)
    metrics = agenda.fontMetrics()
    margins = 2 * (agenda.style().pixelMetric(agenda.style().PixelMetric.PM_FocusFrameHMargin) + 1)
    room = agenda.columnWidth(Column.TIME) - margins
    assert metrics.horizontalAdvance("09:00–09:45 …") <= room
