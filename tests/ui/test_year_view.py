"""The year view widget, driven as a person would: clicking, double-clicking, keys, hovering."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.ui.views.year_geometry import room
from eventplanner.ui.views.year_view import YearPane, YearView
from tests.ui.helpers import occurrence

STOCKHOLM = "Europe/Stockholm"


def timed(title: str, day: date, hour: int, minute: int = 0, **kw) -> Occurrence:  # type: ignore[no-untyped-def]
    start = datetime.combine(day, time(hour, minute), tzinfo=zone(STOCKHOLM))
    return occurrence(title, TimedSpan(start, start + timedelta(hours=1), STOCKHOLM), **kw)


def fair(title: str, first: date, last: date) -> Occurrence:
    return occurrence(title, AllDaySpan(first, last), kind=EventKind.TRADE_FAIR)


@pytest.fixture
def view(qtbot: QtBot) -> YearView:
    widget = YearView()
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.set_today(date(2027, 3, 10))
    widget.select_day(date(2027, 3, 10))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def centre(view: YearView, day: date) -> QPoint:
    rect = view.day_rect(day)
    assert rect is not None, day
    return rect.center()


def test_the_view_shows_the_years_events_day_by_day(view: YearView) -> None:
    automation = fair("Automationsmässan Västerås", date(2027, 3, 16), date(2027, 3, 18))
    view.set_occurrences(
        [automation, timed("Seminarium", date(2027, 3, 17), 9),
         timed("Kurs", date(2027, 3, 17), 13, kind=EventKind.COURSE),
         timed("Frukostmöte", date(2027, 11, 3), 8)],
        STOCKHOLM,
    )  # fmt: skip
    assert view.year() == 2027
    march_17 = view.day_summary(date(2027, 3, 17))
    assert march_17 is not None
    assert march_17.count == 3 and march_17.busy == 2
    assert [b.item.occurrence for b in march_17.bars] == [automation]
    november = view.day_summary(date(2027, 11, 3))
    assert november is not None and november.count == 1
    assert view.layout_of_year().months[2].occurrences == 3
    assert view.day_summary(date(2026, 12, 31)) is None


def test_a_multi_day_event_is_a_bar_across_its_days(view: YearView) -> None:
    automation = fair("Automationsmässan", date(2027, 3, 14), date(2027, 3, 16))  # Sun to Tue
    view.set_occurrences([automation], STOCKHOLM)
    bars = view.bar_rects(automation)
    assert len(bars) == 2  # the Sunday ends week 10, Monday and Tuesday begin week 11
    sunday, monday, tuesday = (view.day_rect(date(2027, 3, d)) for d in (14, 15, 16))
    assert sunday is not None and monday is not None and tuesday is not None
    assert sunday.contains(bars[0].center())
    assert bars[1].left() <= monday.right() and bars[1].right() >= tuesday.left()
    assert bars[1].right() <= tuesday.right()
    assert all(b.height() < sunday.height() / 3 for b in bars)


def test_clicking_a_day_selects_it(qtbot: QtBot, view: YearView) -> None:
    with qtbot.waitSignal(view.day_selected) as selected:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(view, date(2027, 8, 19)))
    assert selected.args == [date(2027, 8, 19)]
    assert view.selected_day() == date(2027, 8, 19)
    with qtbot.assertNotEmitted(view.day_selected):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))  # a title
    assert view.selected_day() == date(2027, 8, 19)


def test_double_clicking_a_day_activates_it(qtbot: QtBot, view: YearView) -> None:
    with qtbot.waitSignal(view.day_activated) as activated:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=centre(view, date(2027, 5, 12)))
    assert activated.args == [date(2027, 5, 12)]
    assert view.selected_day() == date(2027, 5, 12)


def test_arrows_move_the_selection_across_months_and_enter_activates_it(
    qtbot: QtBot, view: YearView
) -> None:
    view.select_day(date(2027, 3, 31))
    with qtbot.waitSignal(view.day_selected) as selected:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert selected.args == [date(2027, 4, 1)]
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.selected_day() == date(2027, 3, 25)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected_day() == date(2027, 3, 31)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.selected_day() == date(2027, 3, 1)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.selected_day() == date(2027, 3, 31)
    with qtbot.waitSignal(view.day_activated) as activated:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert activated.args == [date(2027, 3, 31)]


def test_moving_past_new_year_turns_the_year(qtbot: QtBot, view: YearView) -> None:
    view.select_day(date(2027, 12, 31))
    with qtbot.waitSignal(view.year_changed) as changed:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert changed.args == [date(2028, 1, 1)]
    assert view.year() == 2028
    assert len(view.layout_of_year().days) == 366
    view.select_day(date(2028, 2, 29))
    with qtbot.waitSignal(view.year_changed) as changed:
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert changed.args == [date(2029, 2, 28)]
    with qtbot.assertNotEmitted(view.year_changed):
        view.select_day(date(2029, 7, 1))


def test_hovering_a_day_lists_its_events_and_then_how_many_more(view: YearView) -> None:
    day = date(2027, 3, 17)
    sessions = [timed(f"Session {n}", day, 8 + n, 30) for n in range(9)]
    automation = fair("Automationsmässan", date(2027, 3, 16), date(2027, 3, 18))
    view.set_occurrences([*sessions, automation], STOCKHOLM)
    text = view.tooltip_at(QPointF(centre(view, day)))
    assert "Wednesday 17 March 2027" in text
    assert "All day" in text and "Automationsmässan" in text and "16–18 Mar" in text
    assert "08:30" in text and "Session 0" in text
    assert "Session 4" in text and "Session 5" not in text
    assert "+4 more" in text
    assert view.tooltip_at(QPointF(centre(view, date(2027, 3, 19)))) == ""


def test_hovering_a_holiday_names_it(view: YearView) -> None:
    text = view.tooltip_at(QPointF(centre(view, date(2027, 12, 24))))
    assert "Julafton" in text
    assert "w. 51" in text


def test_cancelled_events_are_struck_through_in_the_tooltip(view: YearView) -> None:
    day = date(2027, 6, 9)
    view.set_occurrences([timed("Inställd kurs", day, 9, status=EventStatus.CANCELLED)], STOCKHOLM)
    assert "<s>Inställd kurs</s>" in view.tooltip_at(QPointF(centre(view, day)))
    summary = view.day_summary(day)
    assert summary is not None and summary.count == 1 and summary.heat == 0


def test_the_year_is_painted_in_light_and_dark_palettes(view: YearView) -> None:
    view.set_occurrences(
        [fair("Automationsmässan", date(2027, 3, 16), date(2027, 3, 18)),
         *(timed(f"Möte {n}", date(2027, 2, 10), 8 + n) for n in range(3))],
        STOCKHOLM,
    )  # fmt: skip
    for base in (QColor("white"), QColor(30, 30, 32)):
        palette = QPalette(view.palette())
        palette.setColor(QPalette.ColorRole.Base, base)
        view.setPalette(palette)
        image = view.grab().toImage()
        assert (image.width(), image.height()) == (1000, 650)
        colours = {image.pixel(x, y) for x in range(0, 1000, 5) for y in range(0, 650, 5)}
        assert len(colours) > 20
        busy = view.day_rect(date(2027, 2, 10))
        assert busy is not None
        corner = busy.topLeft() + QPoint(3, 3)
        assert image.pixelColor(corner) != base  # the busy day is tinted


def test_a_small_pane_scrolls_rather_than_squeezing_the_days(qtbot: QtBot) -> None:
    view = YearView()
    view.set_today(date(2027, 3, 10))
    view.select_day(date(2027, 1, 5))
    pane = YearPane(view)
    qtbot.addWidget(pane)
    pane.resize(420, 300)
    pane.show()
    qtbot.waitExposed(pane)
    geometry = view._geometry()
    assert room(view.width(), view.height(), (geometry.across, geometry.down),
                view._metrics()) >= 1  # fmt: skip
    assert view.height() > pane.viewport().height()
    bar = pane.verticalScrollBar()
    assert bar.value() == 0
    view.select_day(date(2027, 12, 20))
    qtbot.waitUntil(lambda: bar.value() > 0)
    rect = view.day_rect(date(2027, 12, 20))
    assert rect is not None
    shown = pane.viewport().rect().translated(0, bar.value())
    assert shown.contains(rect)


def test_the_widget_takes_focus_and_has_a_name(view: YearView) -> None:
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert view.accessibleName() == "Year"
