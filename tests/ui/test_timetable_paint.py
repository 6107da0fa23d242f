"""The timetable keeps what it painted (a pixmap of the day, the blocks' places and lines):
whatever was painted before, piece by piece or after a selection, a drag, a key, a resize
or another palette, the view shows exactly the pixels a new view shows in the same state."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from eventplanner.domain.programme import Session, SessionKind, Stage
from eventplanner.domain.timezones import zone
from eventplanner.ui.programme.timetable_layout import DayLayout, day_layout
from eventplanner.ui.programme.timetable_view import TimetableView

DAY = date(2027, 1, 27)
STAGES = [Stage(1, 9, "Scen 1, studion", position=0), Stage(2, 9, "Scen 2", position=1),
          Stage(3, 9, "Digital scen med ett långt namn", digital=True, position=2)]  # fmt: skip
PEOPLE = {1: "Per Nyström", 2: "Åsa Lindqvist (moderator or chair), Sofia Bergström",
          5: "Henrik Åberg", 9: "Karl Strömberg, Priya Raman, Daniel Okafor"}  # fmt: skip


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2027, 1, 27, hour, minute, tzinfo=zone("Europe/Stockholm"))


def sessions() -> list[Session]:
    talk, kind = SessionKind.TALK, SessionKind
    return [
        Session(1, 9, "Dag två: interoperabilitet på riktigt", at(9), at(9, 45), kind.KEYNOTE, 1),
        Session(2, 9, "Interoperabilitet: OPC UA och förvaltningsskal", at(10), at(12), talk, 1),
        Session(3, 9, "Pitchtävling: unga bolag", at(11), at(11, 45), kind.PANEL, 1),  # clashes
        Session(4, 9, "Kort", at(13), at(13, 5), talk, 2),
        Session(5, 9, "Workshop: robotceller för små serier", at(10, 15), at(11), kind.WORKSHOP, 2),
        Session(6, 9, "Lunch", at(12), at(13), kind.LUNCH, None),
        Session(7, 9, "Fika", at(15), at(15, 20), kind.BREAK, 1),
        Session(8, 9, "Fika", at(15), at(15, 20), kind.BREAK, 2),
        Session(9, 9, "Live från Silicon Valley: svensk automation", at(17, 30), at(18, 15),
                kind.NETWORKING, 3),
        Session(10, 9, "Utan scen", at(14), at(15, 30), kind.EXHIBITION, None),
    ]  # fmt: skip


def layout() -> DayLayout:
    return day_layout(DAY, sessions(), STAGES, "No stage")


@pytest.fixture
def made(qtbot: QtBot) -> Iterator[Callable[[DayLayout | None], TimetableView]]:
    """New views of the day (or of a given layout), 1000 px wide, as tall as they ask."""

    def make(shown: DayLayout | None = None) -> TimetableView:
        view = TimetableView()
        qtbot.addWidget(view)
        view.set_day(shown or layout(), "Europe/Stockholm", PEOPLE)
        view.resize(1000, view.sizeHint().height())
        return view

    yield make


def picture(view: TimetableView, part: QRect | None = None) -> QImage:
    grabbed = view.grab() if part is None else view.grab(part)
    return grabbed.toImage().convertToFormat(QImage.Format.Format_RGB32)


def press(view: TimetableView, point: QPoint, kind: QEvent.Type, buttons: Qt.MouseButton) -> None:
    QApplication.sendEvent(view, QMouseEvent(
        kind, QPointF(point), QPointF(view.mapToGlobal(point)), Qt.MouseButton.LeftButton,
        buttons, Qt.KeyboardModifier.NoModifier,
    ))  # fmt: skip


def drag_to(view: TimetableView, start: QPoint, end: QPoint) -> None:
    press(view, start, QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton)
    for point in (start + QPoint(0, 12), end):
        press(view, point, QEvent.Type.MouseMove, Qt.MouseButton.LeftButton)


def key(view: TimetableView, which: Qt.Key) -> None:
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, which,
                                           Qt.KeyboardModifier.NoModifier))  # fmt: skip


def test_a_day_painted_piece_by_piece_is_the_day_painted_whole(
    made: Callable[[DayLayout | None], TimetableView],
) -> None:
    view = made(None)
    width, height = view.width(), view.height()
    parts = [QRect(0, 0, width // 2, height // 3), QRect(width // 3, height // 4, 300, 400),
             QRect(0, height // 2, width, height - height // 2), QRect(width - 200, 100, 200, 37),
             QRect(40, 0, 500, 45)]  # fmt: skip
    whole = picture(made(None))
    for part in parts:
        assert picture(view, part) == whole.copy(part)
    assert picture(view) == whole


def test_selecting_dragging_and_keys_paint_as_a_new_view_would(
    made: Callable[[DayLayout | None], TimetableView],
) -> None:
    view = made(None)
    picture(view)
    view.select(2)  # the clashing one: the selection's outline instead of the clash's
    fresh = made(None)
    fresh.select(2)
    assert picture(view) == picture(fresh)
    view.select(5)
    fresh = made(None)
    fresh.select(5)
    assert picture(view) == picture(fresh)
    start = view.rect_of(5).center().toPoint()
    end = start + QPoint(int(view.column_width()), 90)
    drag_to(view, start, end)
    fresh = made(None)
    fresh.select(5)
    drag_to(fresh, start, end)
    assert picture(view) == picture(fresh)  # the block faded, the drag's outline
    key(view, Qt.Key.Key_Escape)
    key(fresh, Qt.Key.Key_Escape)
    assert picture(view) == picture(fresh)
    press(view, end, QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)
    key(view, Qt.Key.Key_Down)  # moved at once, before the window writes it
    key(view, Qt.Key.Key_Right)
    fresh = made(view.day_layout)
    fresh.select(5)
    assert picture(view) == picture(fresh)


def test_a_resize_another_palette_and_the_current_time_paint_as_a_new_view_would(
    made: Callable[[DayLayout | None], TimetableView],
) -> None:
    view = made(None)
    picture(view)
    view.resize(1000, view.height() + 300)  # taller: what was painted is kept
    fresh = made(None)
    fresh.resize(1000, view.height())
    assert picture(view) == picture(fresh)
    view.resize(700, view.height() + 40)  # the columns at their narrowest: names elided
    fresh.resize(700, view.height())
    assert picture(view) == picture(fresh)
    view.resize(600, view.height())  # narrower than the columns need: scrolled across
    fresh = made(None)
    fresh.resize(600, view.height())
    assert picture(view) == picture(fresh)
    dark = QPalette(view.palette())
    for role, colour in [(QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.Window, "#2b2b2b"),
                         (QPalette.ColorRole.WindowText, "#e6e6e6")]:  # fmt: skip
        dark.setColor(role, QColor(colour))
    view.setPalette(dark)
    fresh.setPalette(dark)
    assert picture(view) == picture(fresh)
    view.now = fresh.now = at(10, 17)
    assert picture(view) == picture(fresh)
    view.top = fresh.top = 4  # the stages named above the scroll area instead
    assert picture(view) == picture(fresh)


def test_a_half_hour_block_shows_its_people_on_the_time_line(qtbot: QtBot) -> None:
    """Half an hour holds two lines: the people, left out before, follow the time there,
    elided; a longer block keeps its three lines and a shorter one its time alone."""
    from PySide6.QtGui import QFont, QPalette

    from eventplanner.ui.programme.timetable_layout import Placed
    from eventplanner.ui.programme.timetable_paint import PER_MINUTE, block_lines
    from eventplanner.ui.programme.timetable_style import TimetableStyle

    style = TimetableStyle.of(QFont(), QPalette())
    record = Session(1, 9, "Trettio minuter om tvillingar", at(8), at(8, 30), SessionKind.TALK, 1)
    people = {1: "Ada Lind, Bo Ek"}

    def texts(minutes: int, width: int = 300) -> list[str]:
        placed = Placed(record, 0, 8 * 60, 8 * 60 + minutes)
        height = minutes * PER_MINUTE - 2
        return [line.text() for _f, _h, line in block_lines(placed, width, height, style, people)]

    assert texts(30) == ["08:00–08:30 · Ada Lind, Bo Ek", "Trettio minuter om tvillingar"]
    narrow = texts(30, 110)
    assert narrow[0].startswith("08:00–08:30") and narrow[0].endswith("…")
    assert texts(45) == ["08:00–08:45", "Trettio minuter om tvillingar", "Ada Lind, Bo Ek"]
    assert texts(15) == ["08:00–08:15"]
