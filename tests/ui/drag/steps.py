"""Steps for the drag tests: find an event on screen, drag it, look at what is stored."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from eventplanner.domain.model import Event
from eventplanner.domain.occurrence import Occurrence
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.helpers import settle

STO = ZoneInfo("Europe/Stockholm")
TODAY = date(2027, 3, 10)  # a Wednesday, in ISO week 10
SEMINAR = "Frukostseminarium"
FAIR = "Automationsmässan"
COURSE = "Intraprenörskap"


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


def stored(window: MainWindow, title: str) -> Event:
    workspace = window._planner.workspace
    assert workspace is not None
    [found] = [o for o in workspace.queries.search(title) if o.title == title][:1]
    return workspace.events.get(found.event_id)


def show(qtbot: QtBot, window: MainWindow, view: str) -> None:
    a = window.window_actions
    {"month": a.show_month, "week": a.show_week}[view].trigger()
    settle(qtbot, window)


def drag(
    qtbot: QtBot, widget: QWidget, start: QPoint, end: QPoint, *, release: bool = True
) -> None:
    """Press at ``start``, move there in a few steps as a hand would, release at ``end``."""
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        qtbot.mouseMove(widget, start + (end - start) * step / 4)
    if release:
        qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def undo_redo(qtbot: QtBot, window: MainWindow, *, undo: bool) -> None:
    (window.undo_action if undo else window.redo_action).trigger()
    settle(qtbot, window)


# --- the month view ----------------------------------------------------------------------------


def month_occurrence(window: MainWindow, day: date, title: str) -> Occurrence | None:
    cell = window.month.day_cell(day)
    assert cell is not None
    items = [*cell.timed, *(s.item for s in cell.bars)]
    return next((i.occurrence for i in items if i.occurrence.title == title), None)


def month_point(window: MainWindow, day: date, title: str) -> QPoint:
    occurrence = month_occurrence(window, day, title)
    assert occurrence is not None
    rect = window.month.occurrence_rect(occurrence)
    assert rect is not None
    # The rectangle is the first day the event is drawn on; a bar is pressed on ``day``.
    cell = window.month.day_rect(day)
    assert cell is not None
    return QPoint(cell.center().x(), rect.center().y())


def month_day(window: MainWindow, day: date) -> QPoint:
    rect = window.month.day_rect(day)
    assert rect is not None
    return rect.center()


# --- the week view -----------------------------------------------------------------------------


def week_rect(window: MainWindow, title: str, day: date | None = None) -> tuple[Occurrence, QPoint]:
    layout = window.week.layout_of_week()
    blocks = [b.occurrence for b in layout.blocks if day is None or b.day == day]
    bars = [s.item.occurrence for s in layout.bars]
    occurrence = next(o for o in [*blocks, *bars] if o.title == title)
    rect = window.week.occurrence_rect(occurrence)
    assert rect is not None
    return occurrence, rect.center()


def slot(window: MainWindow, moment: datetime) -> QPoint:
    point = window.week.slot_point(moment)
    assert point is not None
    return point
