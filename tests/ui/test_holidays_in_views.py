"""Swedish holidays in the month, week and agenda views, as the year view shows them: the day in
red with its name (read off the GUI thread, then marked)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QRectF, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from eventplanner.ui.palette import red_day
from eventplanner.ui.views import year_layout
from eventplanner.ui.views.agenda_model import OCCURRENCE_ROLE, AgendaModel, Column
from eventplanner.ui.views.month_view import MonthView
from eventplanner.ui.views.week_view import WeekView
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.helpers import at, settle, timed

GOOD_FRIDAY = date(2027, 3, 26)
EPIPHANY = date(2027, 1, 6)  # trettondedag jul, a Wednesday


def red_pixels(image: QImage, rect: QRectF) -> int:
    """Pixels of the almanac's red (#B3261E, or near it where text is smoothed) in ``rect``."""
    found = 0
    for x in range(int(rect.left()), int(rect.right())):
        for y in range(int(rect.top()), int(rect.bottom())):
            colour = image.pixelColor(x, y)
            if colour.red() > 140 and colour.green() < 90 and colour.blue() < 90:
                found += 1
    return found


def test_the_month_paints_a_holiday_red_with_its_name(qtbot: QtBot) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.set_today(date(2027, 3, 10))
    view.set_month(date(2027, 3, 1))
    view.show()
    qtbot.waitExposed(view)
    layout, geometry = view._grid()
    friday, thursday = layout.cells[GOOD_FRIDAY], layout.cells[date(2027, 3, 25)]
    assert red_pixels(view.grab().toImage(), geometry.cell_rect(friday.row, friday.col)) == 0

    view.set_holidays({GOOD_FRIDAY: "Långfredagen"})
    image = view.grab().toImage()
    number_line = geometry.cell_rect(friday.row, friday.col)
    number_line.setHeight(geometry.number_height)
    # The number and a name beside it: more red than a number alone would give.
    number_only = number_line.adjusted(0, 0, -(number_line.width() * 0.6), 0)
    assert red_pixels(image, number_line) > 2 * red_pixels(image, number_only) > 0
    assert red_pixels(image, geometry.cell_rect(thursday.row, thursday.col)) == 0


def test_the_week_names_a_holiday_in_its_header_and_all_day_row(qtbot: QtBot) -> None:
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(1100, 750)
    view.set_today(date(2027, 1, 4))
    view.set_week(EPIPHANY)
    view.show()
    qtbot.waitExposed(view)
    view.set_holidays({EPIPHANY: "Trettondedag jul"})
    image = view.grab().toImage()
    geometry = view._scene().geometry
    assert red_pixels(image, geometry.header_rect(2)) > 0
    assert red_pixels(image, geometry.all_day_rect(2)) > 0
    for col in (1, 3):
        assert red_pixels(image, geometry.header_rect(col)) == 0
        assert red_pixels(image, geometry.all_day_rect(col)) == 0


def test_the_agenda_lists_a_holiday_of_a_week_it_shows(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    seminar = timed("Seminarium", at(2027, 1, 6, 13), at(2027, 1, 6, 15), event_id=1)
    course = timed("Kurs", at(2027, 1, 5, 9), at(2027, 1, 5, 12), event_id=2)
    later = timed("Mässa", at(2027, 1, 20, 9), at(2027, 1, 20, 12), event_id=3)
    model = AgendaModel()
    model.set_occurrences([course, seminar, later], "Europe/Stockholm")
    model.set_holidays({EPIPHANY: "Trettondedag jul", date(2027, 1, 1): "Nyårsdagen"})
    qtmodeltester.check(model)
    titles = [model.index(r, Column.TITLE).data() for r in range(model.rowCount())]
    # Week 1 holds Epiphany and two events; New Year's Day is in week 53 of 2026, which the
    # agenda does not list (it has no events).
    assert titles[:4] == [None, "Kurs", "Trettondedag jul", "Seminarium"]
    assert "Nyårsdagen" not in titles
    assert model.index(0, Column.DATE).data().endswith("2 events")
    holiday = model.index(2, Column.DATE)
    assert holiday.data() == "Wed 6 Jan 2027"
    assert model.index(2, Column.KIND).data() == "Holiday"
    assert holiday.data(Qt.ItemDataRole.FontRole).italic()
    assert holiday.data(OCCURRENCE_ROLE) is None and model.occurrence(2) is None
    assert not model.flags(holiday) & Qt.ItemFlag.ItemIsSelectable
    model.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    titles = [model.index(r, Column.TITLE).data() for r in range(model.rowCount())]
    assert titles[-3:] == ["Seminarium", "Trettondedag jul", "Kurs"]
    qtmodeltester.check(model)


def test_the_agenda_lists_the_holidays_of_its_period_in_weeks_without_events(
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    """Christmas week and Ascension Day are listed even when nothing is planned in them:
    that is when a coordinator plans around them."""
    course = timed("Kurs", at(2026, 12, 16, 9), at(2026, 12, 16, 12), event_id=1)
    seminar = timed("Seminarium", at(2027, 1, 13, 13), at(2027, 1, 13, 15), event_id=2)
    model = AgendaModel()
    model.set_occurrences(
        [course, seminar], "Europe/Stockholm", period=(date(2026, 12, 1), date(2027, 2, 28))
    )
    model.set_holidays(
        {
            date(2026, 11, 1): "Alla helgons dag",  # before the period: not listed
            date(2026, 12, 24): "Julafton",
            date(2026, 12, 25): "Juldagen",
            EPIPHANY: "Trettondedag jul",
            date(2027, 5, 6): "Kristi himmelsfärds dag",  # after it
        }
    )
    qtmodeltester.check(model)
    rows = [
        (model.index(r, Column.DATE).data(), model.index(r, Column.TITLE).data())
        for r in range(model.rowCount())
    ]
    assert rows == [
        ("Week 51 · 14 Dec–20 Dec 2026 · 1 event", None),
        ("Wed 16 Dec 2026", "Kurs"),
        ("Week 52 · 21 Dec–27 Dec 2026 · no events", None),
        ("Thu 24 Dec 2026", "Julafton"),
        ("Fri 25 Dec 2026", "Juldagen"),
        ("Week 1 · 4 Jan–10 Jan 2027 · no events", None),
        ("Wed 6 Jan 2027", "Trettondedag jul"),
        ("Week 2 · 11 Jan–17 Jan 2027 · 1 event", None),
        ("Wed 13 Jan 2027", "Seminarium"),
    ]
    model.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    titles = [model.index(r, Column.TITLE).data() for r in range(model.rowCount())]
    assert titles == [
        None, "Seminarium", None, "Trettondedag jul", None, "Juldagen", "Julafton", None, "Kurs"
    ]  # fmt: skip
    qtmodeltester.check(model)


def test_the_window_marks_the_holidays_read_in_the_background(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.window_actions.show_month.trigger()
    window.calendar.clicked.emit(window.calendar.selectedDate().addMonths(2))  # January 2027
    qtbot.waitUntil(lambda: EPIPHANY in window.month.holidays(), timeout=20_000)
    assert window.month.holidays()[EPIPHANY] == "Trettondedag jul"
    marked = window.calendar.dateTextFormat(QDate(2027, 1, 6))  # the sidebar's, red too
    assert marked.foreground().color() == red_day(dark=False)
    assert marked.toolTip() == "Trettondedag jul"
    window.window_actions.show_agenda.trigger()
    settle(qtbot, window)
    model = window.agenda_model  # given the holidays known: an event in Epiphany's week
    model.set_occurrences(
        [timed("Seminarium", at(2027, 1, 7, 13), at(2027, 1, 7, 15))], "Europe/Stockholm"
    )
    shown = [model.index(r, Column.TITLE).data() for r in range(model.rowCount())]
    assert shown == [None, "Trettondedag jul", "Seminarium"]


def test_the_windows_year_marks_the_holidays_read_in_the_background(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's year view is given the holidays the other views are; it does not work
    them out as it lays out a year, which loaded the holidays package (some 300 ms) on the
    GUI thread before the first frame of a start in the year view."""

    worked_out: list[int] = []  # years whose holidays the year view worked out itself

    def on_the_gui_thread(year: int) -> dict[date, str]:
        worked_out.append(year)
        return {}

    monkeypatch.setattr(year_layout, "swedish_holidays", on_the_gui_thread)
    window.window_actions.show_year.trigger()
    window.year.select_day(EPIPHANY)
    qtbot.waitUntil(
        lambda: (
            (found := window.year.day_summary(EPIPHANY)) is not None
            and found.holiday == "Trettondedag jul"
        ),
        timeout=20_000,
    )
    settle(qtbot, window)
    assert worked_out == []


def test_the_windows_agenda_lists_christmas_with_nothing_planned_then(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.window_actions.show_agenda.trigger()  # November 2026 – January 2027
    qtbot.waitUntil(lambda: date(2026, 12, 24) in window.month.holidays(), timeout=20_000)
    settle(qtbot, window)
    model = window.agenda_model
    shown = [model.index(r, Column.TITLE).data() for r in range(model.rowCount())]
    assert "Trettondedag jul" in shown
    christmas = shown.index("Julafton")
    # The sample plans nothing in Christmas week: its heading says so, its holidays follow.
    heading = model.index(christmas - 1, Column.DATE).data()
    assert heading == "Week 52 · 21 Dec–27 Dec 2026 · no events"
    assert shown[christmas : christmas + 3] == ["Julafton", "Juldagen", "Annandag jul"]
