"""The week view: its layout rules without painting, and the widget driven as a person would."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.ui.views.week_layout import (
    WeekLayout,
    day_blocks,
    now_position,
    pack_columns,
    slot_start,
    week_days,
    week_monday,
)
from eventplanner.ui.views.week_text import day_header_text
from eventplanner.ui.views.week_view import WeekView
from tests.ui.helpers import occurrence

STOCKHOLM = "Europe/Stockholm"
MONDAY = date(2027, 3, 22)  # ISO week 12
WEDNESDAY = date(2027, 3, 24)


def at(day: date, hour: int, minute: int = 0, tz: str = STOCKHOLM) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=zone(tz))


def timed(
    title: str, day: date, hour: int, minutes: int = 60, tz: str = STOCKHOLM, **kwargs: object
) -> Occurrence:
    start = at(day, hour, tz=tz)
    span = TimedSpan(start, start + timedelta(minutes=minutes), tz)
    return occurrence(title, span, **kwargs)  # type: ignore[arg-type]


def all_day(title: str, first: date, last: date) -> Occurrence:
    return occurrence(title, AllDaySpan(first, last), kind=EventKind.TRADE_FAIR)


@pytest.fixture
def view(qtbot: QtBot) -> WeekView:
    widget = WeekView()
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.set_today(WEDNESDAY)
    widget.set_now(at(WEDNESDAY, 11, 20))
    widget.set_week(MONDAY)
    widget.select_day(WEDNESDAY)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# --- layout, without painting ------------------------------------------------------------------


def test_a_week_is_the_iso_week_from_monday() -> None:
    assert week_monday(date(2027, 3, 28)) == MONDAY
    assert week_monday(MONDAY) == MONDAY
    assert week_days(MONDAY)[-1] == date(2027, 3, 28)
    assert MONDAY.isocalendar().week == 12


def test_two_overlapping_events_sit_side_by_side_at_half_width() -> None:
    first = timed("Keynote", WEDNESDAY, 10, 90)
    second = timed("Workshop", WEDNESDAY, 11, 60)
    layout = WeekLayout(MONDAY, [first, second], STOCKHOLM)
    blocks = {b.occurrence.title: b for b in layout.blocks}
    assert (blocks["Keynote"].column, blocks["Workshop"].column) == (0, 1)
    assert blocks["Keynote"].width == blocks["Workshop"].width == 0.5
    assert blocks["Keynote"].left == 0 and blocks["Workshop"].left == 0.5


def test_events_that_do_not_overlap_take_the_whole_width() -> None:
    morning = timed("Morning", WEDNESDAY, 9, 60)
    later = timed("Later", WEDNESDAY, 10, 60)  # starts as the first ends
    blocks = WeekLayout(MONDAY, [morning, later], STOCKHOLM).blocks
    assert all((b.column, b.width) == (0, 1) for b in blocks)


def test_a_block_widens_into_columns_nothing_it_overlaps_uses() -> None:
    long = timed("Long", WEDNESDAY, 9, 180)
    early = timed("Early", WEDNESDAY, 9, 60)
    late = timed("Late", WEDNESDAY, 10, 60)
    beside = timed("Beside", WEDNESDAY, 9, 30)
    blocks = {b.occurrence.title: b for b in WeekLayout(MONDAY, [long, early, late, beside],
                                                        STOCKHOLM).blocks}  # fmt: skip
    assert blocks["Long"].columns == 3
    assert blocks["Late"].column == 1
    assert blocks["Late"].span == 2  # nothing at 10:00 in the third column
    assert blocks["Early"].span == 1


def test_an_event_from_22_to_02_is_split_over_two_days() -> None:
    night = occurrence("Hackathon", TimedSpan(at(MONDAY, 22), at(MONDAY + timedelta(days=1), 2)))
    blocks = WeekLayout(MONDAY, [night], STOCKHOLM).blocks
    assert [(b.day, b.start, b.end) for b in blocks] == [
        (MONDAY, 22 * 60, 24 * 60),
        (MONDAY + timedelta(days=1), 0, 2 * 60),
    ]
    assert blocks[0].continues_after and not blocks[0].continues_before
    assert blocks[1].continues_before and not blocks[1].continues_after


def test_an_event_ending_at_midnight_stays_in_its_day() -> None:
    evening = occurrence("Mingel", TimedSpan(at(MONDAY, 20), at(MONDAY + timedelta(days=1), 0)))
    blocks = day_blocks(evening, STOCKHOLM, week_days(MONDAY))
    assert [(b.day, b.end, b.continues_after) for b in blocks] == [(MONDAY, 24 * 60, False)]


def test_an_all_day_three_day_fair_is_one_bar_in_the_all_day_row() -> None:
    fair = all_day("Elmia Subcontractor", MONDAY + timedelta(days=1), WEDNESDAY + timedelta(days=1))
    layout = WeekLayout(MONDAY, [fair], STOCKHOLM)
    assert layout.blocks == []
    assert len(layout.bars) == 1
    bar = layout.bars[0]
    assert (bar.first_col, bar.last_col, bar.lane) == (1, 3, 0)
    assert not bar.continues_before and not bar.continues_after
    assert layout.lanes == 1


def test_a_timed_event_of_a_day_or_more_lies_in_the_all_day_row() -> None:
    conference = occurrence("Konferens", TimedSpan(at(MONDAY, 9), at(WEDNESDAY, 17)))
    layout = WeekLayout(MONDAY, [conference], STOCKHOLM)
    assert layout.blocks == []
    assert [(b.first_col, b.last_col) for b in layout.bars] == [(0, 2)]


def test_overlapping_bars_take_separate_lanes_and_one_going_on_is_open() -> None:
    fair = all_day("Fair", MONDAY, WEDNESDAY)
    build = all_day("Build-up", MONDAY - timedelta(days=2), MONDAY)
    layout = WeekLayout(MONDAY, [fair, build], STOCKHOLM)
    lanes = {b.item.occurrence.title: b for b in layout.bars}
    assert lanes["Fair"].lane != lanes["Build-up"].lane
    assert lanes["Build-up"].continues_before


def test_events_in_los_angeles_are_placed_by_their_stockholm_time() -> None:
    # 08:00 in Palo Alto on Tuesday is 16:00 in Stockholm (the US changed clocks already).
    live = timed("Live från Silicon Valley", MONDAY + timedelta(days=1), 8, 45,
                 tz="America/Los_Angeles")  # fmt: skip
    late = timed("Kvällssamtal", MONDAY + timedelta(days=1), 18, 60, tz="America/Los_Angeles")
    blocks = WeekLayout(MONDAY, [live, late], STOCKHOLM).blocks
    placed = {(b.occurrence.title, b.day, b.start, b.end) for b in blocks}
    tuesday, wednesday = MONDAY + timedelta(days=1), WEDNESDAY
    assert ("Live från Silicon Valley", tuesday, 16 * 60, 16 * 60 + 45) in placed
    # 18:00 there is 02:00 the next day here: it belongs to Wednesday.
    assert ("Kvällssamtal", wednesday, 2 * 60, 3 * 60) in placed


def test_the_slot_is_rounded_down_to_the_half_hour() -> None:
    assert slot_start(WEDNESDAY, 10 * 60 + 15, STOCKHOLM) == at(WEDNESDAY, 10)
    assert slot_start(WEDNESDAY, 10 * 60 + 45, STOCKHOLM) == at(WEDNESDAY, 10, 30)
    # 02:30 does not exist on the night the clocks go forward: the slot moves on to 03:30.
    spring = date(2027, 3, 28)
    assert slot_start(spring, 2 * 60 + 40, STOCKHOLM).hour == 3


def test_the_now_position_is_only_within_the_week() -> None:
    assert now_position(at(WEDNESDAY, 11, 30), MONDAY, STOCKHOLM) == (2, 11 * 60 + 30)
    assert now_position(at(MONDAY - timedelta(days=1), 11), MONDAY, STOCKHOLM) is None


_spans = st.lists(
    st.tuples(st.integers(min_value=0, max_value=1400), st.integers(min_value=0, max_value=300)),
    max_size=20,
)


@given(_spans)
def test_blocks_that_overlap_never_share_a_column(spans: list[tuple[int, int]]) -> None:
    events = [
        occurrence(f"e{n}", TimedSpan(at(WEDNESDAY, 0) + timedelta(minutes=start),
                                      at(WEDNESDAY, 0) + timedelta(minutes=start + length)))
        for n, (start, length) in enumerate(spans)
    ]  # fmt: skip
    blocks = pack_columns(b for e in events for b in day_blocks(e, STOCKHOLM, [WEDNESDAY]))
    for a in blocks:
        assert 0 <= a.left < a.left + a.width <= 1 + 1e-9
        for b in blocks:
            if a is b or not (a.start < b.end and b.start < a.end):
                continue
            a_cols = set(range(a.column, a.column + a.span))
            b_cols = set(range(b.column, b.column + b.span))
            assert not a_cols & b_cols, (a, b)


# --- the widget ----------------------------------------------------------------------------------


def test_the_grid_opens_scrolled_to_the_morning(view: WeekView) -> None:
    assert view.top_time() == pytest.approx(7 * 60, abs=1)


def test_overlapping_events_are_drawn_at_half_width(view: WeekView) -> None:
    first = timed("Keynote", WEDNESDAY, 10, 90)
    second = timed("Workshop", WEDNESDAY, 11, 60)
    view.set_occurrences([first, second], STOCKHOLM)
    a, b = view.occurrence_rect(first), view.occurrence_rect(second)
    assert a is not None and b is not None
    assert abs(a.width() - b.width()) <= 1
    assert a.right() < b.left()
    day = view.day_rect(WEDNESDAY)
    assert day is not None
    assert a.width() < day.width() / 2


def test_double_clicking_wednesday_at_10_15_asks_for_an_event_at_10(
    qtbot: QtBot, view: WeekView
) -> None:
    view.set_occurrences([timed("Elsewhere", MONDAY, 10)], STOCKHOLM)
    point = view.slot_point(at(WEDNESDAY, 10, 15))
    assert point is not None
    with qtbot.waitSignal(view.slot_activated) as activated:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=point)
    moment = activated.args[0]
    assert moment == at(WEDNESDAY, 10)
    assert moment.tzinfo is not None and moment.utcoffset() == timedelta(hours=1)
    assert moment.astimezone(zone(STOCKHOLM)).hour == 10


def test_clicking_an_event_selects_it(qtbot: QtBot, view: WeekView) -> None:
    talk = timed("Seminarium om sensordata", MONDAY + timedelta(days=3), 13)
    other = timed("Nätverksträff", MONDAY + timedelta(days=3), 16)
    view.set_occurrences([talk, other], STOCKHOLM)
    rect = view.occurrence_rect(talk)
    assert rect is not None
    with qtbot.waitSignal(view.occurrence_selected) as selected:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected.args == [talk]
    assert view.selected_day() == MONDAY + timedelta(days=3)
    assert view.selected_occurrence() == talk


def test_double_clicking_an_event_activates_it(qtbot: QtBot, view: WeekView) -> None:
    fair = all_day("Automationsmässan", MONDAY, WEDNESDAY)
    view.set_occurrences([fair], STOCKHOLM)
    rect = view.occurrence_rect(fair)
    assert rect is not None
    with qtbot.waitSignal(view.occurrence_activated) as activated:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args == [fair]


def test_the_all_day_bar_is_clickable_on_each_of_its_days(qtbot: QtBot, view: WeekView) -> None:
    fair = all_day("Automationsmässan", MONDAY, WEDNESDAY)
    view.set_occurrences([fair], STOCKHOLM)
    bar, day = view.occurrence_rect(fair), view.day_rect(WEDNESDAY)
    assert bar is not None and day is not None
    with qtbot.waitSignal(view.occurrence_selected) as selected:
        qtbot.mouseClick(
            view, Qt.MouseButton.LeftButton, pos=QPoint(day.center().x(), bar.center().y())
        )
    assert selected.args == [fair]


def test_the_current_time_line_is_only_in_todays_column(view: WeekView) -> None:
    line = view.now_line()
    wednesday, thursday = view.day_rect(WEDNESDAY), view.day_rect(WEDNESDAY + timedelta(days=1))
    assert line is not None and wednesday is not None and thursday is not None
    assert wednesday.left() <= line.x1() < line.x2() <= wednesday.right() + 1
    assert line.x2() <= thursday.left()
    eleven, noon = view.slot_point(at(WEDNESDAY, 11)), view.slot_point(at(WEDNESDAY, 12))
    assert eleven is not None and noon is not None
    assert eleven.y() < line.y1() < noon.y()
    view.set_week(MONDAY + timedelta(days=7))
    assert view.now_line() is None


def test_no_line_when_now_is_not_today(view: WeekView) -> None:
    view.set_now(at(MONDAY, 11))  # today stays pinned to Wednesday
    assert view.now_line() is None


def test_events_elsewhere_are_drawn_at_their_stockholm_time(view: WeekView) -> None:
    live = timed("Live från Silicon Valley", WEDNESDAY, 1, 45, tz="America/Los_Angeles")
    view.set_occurrences([live], STOCKHOLM)  # 01:00 in Palo Alto is 09:00 here
    rect = view.occurrence_rect(live)
    nine = view.slot_point(at(WEDNESDAY, 9))
    assert rect is not None and nine is not None
    assert abs(rect.top() - nine.y()) <= 2


def test_arrows_move_the_day_and_cross_into_the_next_week(qtbot: QtBot, view: WeekView) -> None:
    view.select_day(date(2027, 3, 27))
    with qtbot.waitSignal(view.day_selected) as selected:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert selected.args == [date(2027, 3, 28)]
    with qtbot.waitSignal(view.week_changed) as changed:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert changed.args == [date(2027, 3, 29)]
    assert view.week_start() == date(2027, 3, 29)
    with qtbot.waitSignal(view.week_changed) as changed:
        qtbot.keyClick(view, Qt.Key.Key_Left)
    assert changed.args == [MONDAY]
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.selected_day() == date(2027, 4, 4)


def test_enter_opens_the_chosen_event_or_a_slot_at_nine(qtbot: QtBot, view: WeekView) -> None:
    talk = timed("Seminarium", WEDNESDAY, 13)
    view.set_occurrences([talk], STOCKHOLM)
    with qtbot.waitSignal(view.slot_activated) as activated:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert activated.args == [at(WEDNESDAY, 9)]
    with qtbot.waitSignal(view.occurrence_selected):
        qtbot.keyClick(view, Qt.Key.Key_Down)  # to the day's first event
    with qtbot.waitSignal(view.occurrence_activated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert opened.args == [talk]


def test_set_week_keeps_the_weekday_and_announces_the_week(qtbot: QtBot, view: WeekView) -> None:
    with qtbot.waitSignal(view.week_changed) as changed:
        view.set_week(date(2027, 4, 2))
    assert changed.args == [date(2027, 3, 29)]
    assert view.selected_day() == date(2027, 3, 31)
    with qtbot.assertNotEmitted(view.week_changed):
        view.set_week(date(2027, 4, 4))


def test_the_wheel_scrolls_the_hours(view: WeekView) -> None:
    before = view.top_time()
    point = QPointF(view.width() / 2, view.height() / 2)
    wheel = QWheelEvent(
        point,
        view.mapToGlobal(point),
        QPoint(),
        QPoint(0, -120),  # one notch towards the evening
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, wheel)
    assert view.top_time() > before
    view.scroll_to_time(0)
    assert view.top_time() == 0


def test_hovering_an_event_tells_title_time_and_venue(view: WeekView) -> None:
    talk = timed("Seminarium om sensordata", WEDNESDAY, 13, venue="Mälardalens universitet")
    view.set_occurrences([talk], STOCKHOLM)
    rect = view.occurrence_rect(talk)
    empty = view.slot_point(at(WEDNESDAY, 16))
    assert rect is not None and empty is not None
    text = view.tooltip_at(QPointF(rect.center()))
    assert "Seminarium om sensordata" in text
    assert "13:00–14:00" in text
    assert "Mälardalens universitet" in text
    assert view.tooltip_at(QPointF(empty)) == ""


def test_day_headers_name_the_day_and_month() -> None:
    assert day_header_text(MONDAY) == "Mon 22 Mar"


def test_the_widget_takes_focus(view: WeekView) -> None:
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_a_screenshot_is_painted(view: WeekView) -> None:
    view.set_occurrences(
        [
            all_day("Automationsmässan Västerås", MONDAY + timedelta(days=1), WEDNESDAY),
            timed("Seminarium", WEDNESDAY, 10, 90),
            timed("Workshop", WEDNESDAY, 11),
            timed("Inställd kurs", MONDAY, 9, status=EventStatus.CANCELLED),
            occurrence("Hackathon", TimedSpan(at(MONDAY, 22), at(MONDAY + timedelta(days=1), 2))),
        ],
        STOCKHOLM,
    )
    image = view.grab().toImage()
    assert not image.isNull()
    assert (image.width(), image.height()) == (1100, 750)
    colours = {image.pixel(x, y) for x in range(0, 1100, 7) for y in range(0, 750, 7)}
    assert len(colours) > 10


def test_a_crowded_all_day_row_says_how_many_bars_it_hides(view: WeekView) -> None:
    fairs = [all_day(f"Mässa {n}", MONDAY, WEDNESDAY) for n in range(20)]
    view.set_occurrences(fairs, STOCKHOLM)
    shown = [f for f in fairs if view.occurrence_rect(f) is not None]
    hidden = [f for f in fairs if f not in shown]
    assert shown and hidden
    last = max((view.occurrence_rect(f) for f in shown), key=lambda r: r.top() if r else 0)
    day = view.day_rect(MONDAY)
    assert last is not None and day is not None
    more = QPointF(day.center().x(), last.center().y() + last.height() + 2)
    text = view.tooltip_at(more)
    assert all(f"<b>{f.title}</b>" in text for f in hidden)
    assert all(f"<b>{f.title}</b>" not in text for f in shown)
    assert view.top_time() == pytest.approx(7 * 60, abs=1)  # the grid still opens at 07:00


def test_an_overnight_event_is_drawn_on_both_days(view: WeekView) -> None:
    night = occurrence("Hackathon", TimedSpan(at(MONDAY, 22), at(MONDAY + timedelta(days=1), 2)))
    view.set_occurrences([night], STOCKHOLM)
    view.scroll_to_time(0)
    tuesday = view.occurrence_rect(night)  # the first part in view is Tuesday's 00:00-02:00
    day = view.day_rect(MONDAY + timedelta(days=1))
    assert tuesday is not None and day is not None
    assert day.left() <= tuesday.left() < day.right()


@given(_spans)
def test_every_block_given_is_packed_inside_the_day(spans: list[tuple[int, int]]) -> None:
    """Issue 13, 6: packing keeps every event of the day (none dropped, none doubled), each
    within the day's width and minutes."""
    events = [
        occurrence(f"e{n}", TimedSpan(at(WEDNESDAY, 0) + timedelta(minutes=start),
                                      at(WEDNESDAY, 0) + timedelta(minutes=start + length)))
        for n, (start, length) in enumerate(spans)
    ]  # fmt: skip
    given_blocks = [b for e in events for b in day_blocks(e, STOCKHOLM, [WEDNESDAY])]
    packed = pack_columns(given_blocks, min_minutes=15)
    assert sorted(b.occurrence.title for b in packed) == sorted(e.title for e in events)
    for block in packed:
        assert 0 <= block.column < block.column + block.span <= block.columns
        assert 0 <= block.start <= block.end <= 24 * 60
