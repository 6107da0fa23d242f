"""The month view: its layout rules without painting, and the widget driven as a person would."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.ui.views.month_layout import (
    MonthLayout,
    add_months,
    bar_segments,
    month_weeks,
    place,
)
from eventplanner.ui.views.month_text import tooltip_html
from eventplanner.ui.views.month_view import MonthView
from tests.ui.helpers import occurrence

STOCKHOLM = "Europe/Stockholm"


def timed(title: str, day: date, hour: int, minutes: int = 60, tz: str = STOCKHOLM) -> Occurrence:
    start = datetime.combine(day, time(hour), tzinfo=zone(tz))
    return occurrence(title, TimedSpan(start, start + timedelta(minutes=minutes), tz))


def all_day(title: str, first: date, last: date) -> Occurrence:
    return occurrence(title, AllDaySpan(first, last), kind=EventKind.TRADE_FAIR)


@pytest.fixture
def view(qtbot: QtBot) -> MonthView:
    widget = MonthView()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.set_today(date(2027, 3, 10))
    widget.set_month(date(2027, 3, 1))
    widget.select_day(date(2027, 3, 10))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# --- layout, without painting ------------------------------------------------------------------


def test_march_2027_starts_in_iso_week_9_and_needs_five_rows() -> None:
    weeks = month_weeks(date(2027, 3, 17))
    assert weeks[0] == date(2027, 3, 1)
    assert [w.isocalendar().week for w in weeks] == [9, 10, 11, 12, 13]


@pytest.mark.parametrize(
    ("month", "rows"),
    [(date(2027, 2, 1), 4), (date(2027, 8, 1), 6), (date(2026, 11, 1), 6), (date(2027, 1, 1), 5)],
)
def test_a_month_shows_as_many_weeks_as_it_touches(month: date, rows: int) -> None:
    weeks = month_weeks(month)
    assert len(weeks) == rows
    assert all(w.weekday() == 0 for w in weeks)


def test_adding_months_keeps_the_day_or_clamps_it() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2027, 12, 15), 1) == date(2028, 1, 15)
    assert add_months(date(2027, 1, 15), -1) == date(2026, 12, 15)


def test_a_fair_across_a_week_boundary_is_two_bar_segments() -> None:
    fair = all_day("Automationsmässan", date(2027, 3, 14), date(2027, 3, 16))  # Sun to Tue
    segments = bar_segments([place(fair, STOCKHOLM)], month_weeks(date(2027, 3, 1)))
    assert [(s.row, s.first_col, s.last_col) for s in segments] == [(1, 6, 6), (2, 0, 1)]
    assert segments[0].continues_after and not segments[0].continues_before
    assert segments[1].continues_before and not segments[1].continues_after


def test_a_timed_event_over_midnight_is_a_bar_but_one_ending_at_midnight_is_a_chip() -> None:
    start = datetime(2027, 3, 3, 20, tzinfo=zone(STOCKHOLM))
    overnight = occurrence("Hackathon", TimedSpan(start, start + timedelta(hours=16)))
    evening = occurrence("Mingel", TimedSpan(start, start + timedelta(hours=4)))
    assert place(overnight, STOCKHOLM).is_bar
    assert not place(evening, STOCKHOLM).is_bar


def test_timed_events_sit_on_their_start_date_in_the_display_zone() -> None:
    silicon_valley = timed(
        "Live från Silicon Valley", date(2027, 3, 2), 17, tz="America/Los_Angeles"
    )
    placed = place(silicon_valley, STOCKHOLM)
    assert placed.first_day == date(2027, 3, 3)
    assert placed.start is not None and placed.start.hour == 2


_bars = st.lists(
    st.tuples(st.integers(min_value=-10, max_value=40), st.integers(min_value=0, max_value=12)),
    max_size=25,
)


@given(_bars)
def test_bars_in_one_lane_never_overlap(spans: list[tuple[int, int]]) -> None:
    first = date(2027, 3, 1)
    items = [
        place(
            all_day(
                f"bar {n}", first + timedelta(days=start), first + timedelta(days=start + length)
            ),
            STOCKHOLM,
        )
        for n, (start, length) in enumerate(spans)
    ]
    used: dict[tuple[int, int, int], str] = {}
    for segment in bar_segments(items, month_weeks(first)):
        for col in range(segment.first_col, segment.last_col + 1):
            place_key = (segment.row, segment.lane, col)
            assert place_key not in used, (
                f"{segment.item.occurrence.title} overlaps {used[place_key]}"
            )
            used[place_key] = segment.item.occurrence.title


def test_an_overnight_event_and_a_fair_starting_the_same_day_share_the_bar_lanes() -> None:
    # Both are two-day bars from the same day: their order once compared a date to a datetime.
    fair = place(all_day("Fair", date(2027, 3, 16), date(2027, 3, 17)), STOCKHOLM)
    start = datetime(2027, 3, 16, 20, tzinfo=zone(STOCKHOLM))
    night = place(occurrence("Hackathon", TimedSpan(start, start + timedelta(hours=14))), STOCKHOLM)
    layout = MonthLayout(date(2027, 3, 1), [night, fair], lines=4)
    assert layout.item_at(date(2027, 3, 16), 0) is fair
    assert layout.item_at(date(2027, 3, 16), 1) is night


def test_a_full_day_hides_the_rest_behind_more() -> None:
    day = date(2027, 3, 10)
    items = [place(timed(f"Session {n}", day, 8 + n), STOCKHOLM) for n in range(5)]
    layout = MonthLayout(day, items, lines=3)
    cell = layout.cells[day]
    assert [i.occurrence.title for i in cell.visible_timed()] == ["Session 0", "Session 1"]
    assert [o.title for o in cell.hidden()] == ["Session 2", "Session 3", "Session 4"]
    assert cell.more_line == 2
    assert layout.item_at(day, 1) is items[1]
    assert layout.item_at(day, 2) is None


def test_a_day_that_fits_shows_everything() -> None:
    day = date(2027, 3, 10)
    items = [place(timed(f"Session {n}", day, 8 + n), STOCKHOLM) for n in range(3)]
    cell = MonthLayout(day, items, lines=3).cells[day]
    assert len(cell.visible_timed()) == 3
    assert cell.more_line is None


def test_bars_come_before_the_timed_chips_of_a_day() -> None:
    day = date(2027, 3, 16)
    fair = place(all_day("Fair", date(2027, 3, 15), date(2027, 3, 17)), STOCKHOLM)
    talk = place(timed("Talk", day, 10), STOCKHOLM)
    layout = MonthLayout(day, [talk, fair], lines=4)
    assert layout.item_at(day, 0) is fair
    assert layout.item_at(day, 1) is talk


def test_the_tooltip_tells_title_time_venue_and_status() -> None:
    meeting = timed("Frukostträff i Palo Alto", date(2027, 3, 9), 8, tz="America/Los_Angeles")
    meeting = occurrence("Frukostträff i Palo Alto", meeting.timing, venue="Plug and Play")
    text = tooltip_html(meeting, STOCKHOLM)
    assert "Frukostträff i Palo Alto" in text
    assert "17:00–18:00" in text  # in Stockholm, nine hours ahead
    assert "08:00–09:00 in America/Los_Angeles" in text  # and its own time
    assert "Plug and Play" in text
    assert "Planned" in text


# --- the widget ----------------------------------------------------------------------------------


def test_clicking_a_chip_selects_that_occurrence(qtbot: QtBot, view: MonthView) -> None:
    talk = timed("Seminarium om sensordata", date(2027, 3, 11), 13)
    other = timed("Nätverksträff", date(2027, 3, 11), 16)
    view.set_occurrences([talk, other], STOCKHOLM)
    rect = view.occurrence_rect(talk)
    assert rect is not None
    with qtbot.waitSignal(view.occurrence_selected) as selected:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected.args == [talk]
    assert view.selected_day() == date(2027, 3, 11)
    assert view.selected_occurrence() == talk


def test_double_clicking_a_chip_activates_it(qtbot: QtBot, view: MonthView) -> None:
    talk = timed("Seminarium", date(2027, 3, 11), 13)
    view.set_occurrences([talk], STOCKHOLM)
    rect = view.occurrence_rect(talk)
    assert rect is not None
    with qtbot.waitSignal(view.occurrence_activated) as activated:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args == [talk]


def test_a_bar_is_clickable_on_each_of_its_days(qtbot: QtBot, view: MonthView) -> None:
    fair = all_day("Automationsmässan Västerås", date(2027, 3, 16), date(2027, 3, 18))
    view.set_occurrences([fair], STOCKHOLM)
    day_rect = view.day_rect(date(2027, 3, 18))
    bar_rect = view.occurrence_rect(fair)
    assert day_rect is not None and bar_rect is not None
    with qtbot.waitSignal(view.occurrence_selected) as selected:
        qtbot.mouseClick(
            view,
            Qt.MouseButton.LeftButton,
            pos=QPoint(day_rect.center().x(), bar_rect.center().y()),
        )
    assert selected.args == [fair]


def test_double_clicking_an_empty_day_activates_that_day(qtbot: QtBot, view: MonthView) -> None:
    view.set_occurrences([timed("Styrelsemöte", date(2027, 3, 23), 9)], STOCKHOLM)
    rect = view.day_rect(date(2027, 3, 23))
    assert rect is not None
    empty = QPoint(rect.center().x(), rect.bottom() - 4)
    with qtbot.waitSignal(view.day_activated) as activated:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=empty)
    assert activated.args == [date(2027, 3, 23)]


def test_a_full_day_shows_more_and_clicking_it_says_which_day(
    qtbot: QtBot, view: MonthView
) -> None:
    day = date(2027, 3, 17)
    view.set_occurrences([timed(f"Session {n}", day, 8 + n, 30) for n in range(12)], STOCKHOLM)
    cell = view.day_cell(day)
    assert cell is not None and cell.more_line is not None
    assert len(cell.visible_timed()) + len(cell.hidden()) == 12
    assert len(cell.hidden()) > 0
    rect = view.more_rect(day)
    assert rect is not None
    with qtbot.waitSignal(view.more_clicked) as clicked:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args == [day]


def test_a_taller_view_fits_more_lines(view: MonthView) -> None:
    day = date(2027, 3, 17)
    view.set_occurrences([timed(f"Session {n}", day, 8 + n, 30) for n in range(12)], STOCKHOLM)
    view.resize(1000, 400)
    cell = view.day_cell(day)
    assert cell is not None
    short = len(cell.visible_timed())
    view.resize(1000, 1400)
    cell = view.day_cell(day)
    assert cell is not None
    assert len(cell.visible_timed()) > short


def test_arrow_keys_move_the_selection_and_cross_into_the_next_month(
    qtbot: QtBot, view: MonthView
) -> None:
    view.select_day(date(2027, 3, 30))
    with qtbot.waitSignal(view.day_selected) as selected:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert selected.args == [date(2027, 3, 31)]
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.selected_day() == date(2027, 3, 24)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.month_changed) as changed:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert changed.args == [date(2027, 4, 1)]
    assert view.month() == date(2027, 4, 1)
    assert view.selected_day() == date(2027, 4, 1)
    with qtbot.waitSignal(view.month_changed) as changed:
        qtbot.keyClick(view, Qt.Key.Key_Left)
    assert changed.args == [date(2027, 3, 1)]


def test_page_keys_turn_the_month(qtbot: QtBot, view: MonthView) -> None:
    view.select_day(date(2027, 1, 31))
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.month() == date(2027, 2, 1)
    assert view.selected_day() == date(2027, 2, 28)


def test_enter_opens_the_chosen_chip_or_else_the_day(qtbot: QtBot, view: MonthView) -> None:
    talk = timed("Seminarium", date(2027, 3, 11), 13)
    view.set_occurrences([talk], STOCKHOLM)
    view.select_day(date(2027, 3, 12))
    with qtbot.waitSignal(view.day_activated) as activated:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert activated.args == [date(2027, 3, 12)]
    rect = view.occurrence_rect(talk)
    assert rect is not None
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.occurrence_activated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert opened.args == [talk]


def test_set_month_announces_the_change_and_takes_the_selection_along(
    qtbot: QtBot, view: MonthView
) -> None:
    with qtbot.waitSignal(view.month_changed) as changed:
        view.set_month(date(2027, 5, 20))
    assert changed.args == [date(2027, 5, 1)]
    assert view.selected_day() == date(2027, 5, 10)
    with qtbot.assertNotEmitted(view.month_changed):
        view.set_month(date(2027, 5, 3))


def test_the_widget_takes_focus(view: MonthView) -> None:
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_a_screenshot_is_painted(view: MonthView) -> None:
    view.set_occurrences(
        [
            all_day("Automationsmässan Västerås", date(2027, 3, 14), date(2027, 3, 16)),
            timed("Seminarium", date(2027, 3, 11), 13),
            occurrence(
                "Inställd kurs",
                timed("x", date(2027, 3, 12), 9).timing,
                status=EventStatus.CANCELLED,
            ),
        ],
        STOCKHOLM,
    )
    image = view.grab().toImage()
    assert not image.isNull()
    assert (image.width(), image.height()) == (1000, 700)
    colours = {image.pixel(x, y) for x in range(0, 1000, 7) for y in range(0, 700, 7)}
    assert len(colours) > 10


def test_home_and_end_go_to_the_ends_of_the_month(qtbot: QtBot, view: MonthView) -> None:
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.selected_day() == date(2027, 3, 31)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.selected_day() == date(2027, 3, 1)


def test_hovering_a_chip_tells_about_it(view: MonthView) -> None:
    talk = occurrence(
        "Seminarium om sensordata",
        timed("x", date(2027, 3, 11), 13).timing,
        venue="Mälardalens universitet",
    )
    view.set_occurrences([talk], STOCKHOLM)
    rect = view.occurrence_rect(talk)
    day = view.day_rect(date(2027, 3, 12))
    assert rect is not None and day is not None
    text = view.tooltip_at(QPointF(rect.center()))
    assert "Seminarium om sensordata" in text
    assert "Mälardalens universitet" in text
    assert view.tooltip_at(QPointF(day.center())) == ""


_items = st.lists(
    st.tuples(
        st.integers(min_value=-10, max_value=40),  # first day, from 1 March
        st.integers(min_value=0, max_value=12),  # days it lasts beyond the first
        st.booleans(),  # all day (a bar) or a one-hour chip on its first day
    ),
    max_size=30,
)


@given(_items, st.integers(min_value=1, max_value=6))
def test_every_event_given_is_drawn_or_counted_on_each_of_its_days(
    items: list[tuple[int, int, bool]], lines: int
) -> None:
    """Issue 13, 6: not only do bars never overlap; nothing given is dropped. On every day
    of the grid an event covers, it is on a line of that day or among the day's "+N more"."""
    first = date(2027, 3, 1)
    placed = []
    for n, (offset, length, is_bar) in enumerate(items):
        day = first + timedelta(days=offset)
        made = (
            all_day(f"bar {n}", day, day + timedelta(days=length))
            if is_bar
            else timed(f"chip {n}", day, 9 + n % 8)
        )
        placed.append(place(made, STOCKHOLM))
    layout = MonthLayout(first, placed, lines)
    for day, cell in layout.cells.items():
        covering = [p for p in placed if p.first_day <= day <= p.last_day]
        drawn = [layout.item_at(day, line) for line in range(cell.shown_lines)]
        drawn_titles = sorted(p.occurrence.title for p in drawn if p is not None)
        hidden_titles = sorted(o.title for o in cell.hidden())
        assert len(drawn_titles) + cell.hidden_count == len(covering), day
        assert sorted(drawn_titles + hidden_titles) == sorted(p.occurrence.title for p in covering)
