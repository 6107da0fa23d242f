"""The year view's rules without painting: where each day sits, how busy it is, the bars'
lanes, and how the months are arranged at a size."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.ui.views.month_layout import place
from eventplanner.ui.views.year_geometry import (
    Metrics,
    YearGeometry,
    best_arrangement,
    height_for_width,
    minimum_size,
    room,
    week_number_font,
)
from eventplanner.ui.views.year_layout import (
    HEAT_LEVELS,
    YearLayout,
    dominant_kind,
    heat_level,
)
from tests.ui.helpers import occurrence

STOCKHOLM = "Europe/Stockholm"


def timed(title: str, day: date, hour: int, *, kind: EventKind = EventKind.SEMINAR, **kw):  # type: ignore[no-untyped-def]
    start = datetime.combine(day, time(hour), tzinfo=zone(STOCKHOLM))
    return place(
        occurrence(title, TimedSpan(start, start + timedelta(hours=1), STOCKHOLM), kind=kind, **kw),
        STOCKHOLM,
    )


def fair(title: str, first: date, last: date, *, kind: EventKind = EventKind.TRADE_FAIR):  # type: ignore[no-untyped-def]
    return place(occurrence(title, AllDaySpan(first, last), kind=kind), STOCKHOLM)


# --- where the days are ----------------------------------------------------------------------


def test_every_day_of_the_year_has_one_place_in_its_month() -> None:
    layout = YearLayout(2027, [])
    assert len(layout.days) == 365
    assert len(YearLayout(2028, []).days) == 366
    for day, summary in layout.days.items():
        assert layout.day_at(summary.month, summary.row, summary.col) is summary
        assert summary.month == day.month - 1
        assert summary.col == day.weekday()


def test_january_2027_starts_on_a_friday_in_iso_week_53() -> None:
    layout = YearLayout(2027, [])
    first = layout.days[date(2027, 1, 1)]
    assert (first.month, first.row, first.col) == (0, 0, 4)
    january = layout.months[0]
    assert [january.week_number(r) for r in range(6)] == [53, 1, 2, 3, 4, None]
    assert layout.day_at(0, 0, 0) is None  # Monday 28 December 2026 belongs to December
    assert layout.day_at(0, 5, 0) is None


def test_sundays_and_swedish_holidays_are_red_days_and_weekends_are_days_off() -> None:
    layout = YearLayout(2027, [])
    good_friday = layout.days[date(2027, 3, 26)]
    assert good_friday.holiday == "Långfredagen"
    assert good_friday.red and not good_friday.weekend
    saturday, sunday = layout.days[date(2027, 3, 20)], layout.days[date(2027, 3, 21)]
    assert saturday.weekend and not saturday.red
    assert sunday.weekend and sunday.red
    assert layout.days[date(2027, 6, 25)].holiday == "Midsommarafton"
    assert layout.days[date(2027, 3, 24)].holiday is None


# --- how busy the days are -------------------------------------------------------------------


def test_each_day_counts_its_occurrences_and_only_one_day_events_warm_it() -> None:
    day = date(2027, 3, 17)
    items = [
        timed("Seminarium", day, 9),
        timed("Kurs", day, 13, kind=EventKind.COURSE),
        timed("Inställt", day, 15, status=EventStatus.CANCELLED),
        fair("Automationsmässan", date(2027, 3, 16), date(2027, 3, 18)),
        timed("Nästa dag", day + timedelta(days=1), 9),
    ]
    layout = YearLayout(2027, items)
    summary = layout.days[day]
    assert summary.count == 4
    assert [i.occurrence.title for i in summary.items] == [
        "Automationsmässan", "Seminarium", "Kurs", "Inställt",
    ]  # fmt: skip
    assert summary.busy == 2  # not the cancelled one, and the fair is a bar instead
    assert summary.kind is None  # a seminar and a course: no kind has most of them
    assert layout.days[date(2027, 3, 18)].count == 2
    assert layout.days[date(2027, 3, 18)].kind is EventKind.SEMINAR
    assert layout.days[date(2027, 3, 19)].count == 0
    assert layout.months[2].occurrences == 5


def test_heat_grows_with_the_events_up_to_a_ceiling() -> None:
    assert [heat_level(n) for n in range(7)] == [0, 1, 2, 3, 4, 4, 4]
    assert HEAT_LEVELS == 4
    day = date(2027, 5, 4)
    layout = YearLayout(2027, [timed(f"Session {n}", day, 8 + n) for n in range(6)])
    assert layout.days[day].heat == HEAT_LEVELS
    assert layout.days[day].kind is EventKind.SEMINAR


def test_a_kind_dominates_only_with_more_than_half() -> None:
    day = date(2027, 5, 4)
    seminar, course = EventKind.SEMINAR, EventKind.COURSE
    two_to_one = [timed("a", day, 8), timed("b", day, 9), timed("c", day, 10, kind=course)]
    assert dominant_kind(two_to_one) is seminar
    assert dominant_kind(two_to_one[1:]) is None
    assert dominant_kind([]) is None


def test_timed_events_count_on_their_day_in_the_display_zone() -> None:
    start = datetime(2027, 3, 2, 17, tzinfo=zone("America/Los_Angeles"))
    live = occurrence("Live från Silicon Valley", TimedSpan(start, start + timedelta(hours=1),
                                                           "America/Los_Angeles"))  # fmt: skip
    layout = YearLayout(2027, [place(live, STOCKHOLM)])
    assert layout.days[date(2027, 3, 3)].count == 1  # 02:00 the next morning in Stockholm
    assert layout.days[date(2027, 3, 2)].count == 0


def test_events_outside_the_year_are_left_out_and_those_across_new_year_are_cut() -> None:
    layout = YearLayout(2027, [fair("Nyår", date(2026, 12, 30), date(2027, 1, 2)),
                               fair("Förra året", date(2026, 5, 1), date(2026, 5, 3))])  # fmt: skip
    assert layout.days[date(2027, 1, 1)].count == 1
    [bar] = layout.bars
    assert (bar.month, bar.row, bar.first_col, bar.last_col) == (0, 0, 4, 5)
    assert bar.continues_before and not bar.continues_after


# --- bars ------------------------------------------------------------------------------------


def test_a_fair_over_a_month_end_is_a_bar_in_each_month() -> None:
    hannover = fair("Hannover Messe", date(2027, 3, 30), date(2027, 4, 2))  # Tue to Fri
    layout = YearLayout(2027, [hannover])
    march, april = layout.bars_of(2), layout.bars_of(3)
    assert [(b.row, b.first_col, b.last_col) for b in march] == [(4, 1, 2)]
    assert [(b.row, b.first_col, b.last_col) for b in april] == [(0, 3, 4)]
    assert march[0].continues_after and not march[0].continues_before
    assert april[0].continues_before and not april[0].continues_after
    assert [b.month for b in layout.days[date(2027, 4, 1)].bars] == [3]


def test_a_bar_keeps_its_lane_down_the_weeks_of_a_month() -> None:
    long = fair("Sommaruppehåll", date(2027, 7, 12), date(2027, 8, 6), kind=EventKind.OTHER)
    short = fair("Mässa", date(2027, 7, 5), date(2027, 7, 13))
    layout = YearLayout(2027, [long, short])
    july = layout.bars_of(6)
    lanes = {(b.item.occurrence.title, b.lane) for b in july}
    assert lanes == {("Mässa", 0), ("Sommaruppehåll", 1)}
    assert layout.lanes[6] == 2
    assert {b.lane for b in layout.bars_of(7)} == {0}  # in August it is alone again
    assert [b.row for b in july if b.item is long] == [2, 3, 4]


def test_one_day_events_are_not_bars() -> None:
    layout = YearLayout(2027, [fair("Heldag", date(2027, 2, 3), date(2027, 2, 3)),
                               timed("Möte", date(2027, 2, 3), 9)])  # fmt: skip
    assert layout.bars == []
    assert layout.days[date(2027, 2, 3)].busy == 2


_spans = st.lists(
    st.tuples(st.integers(min_value=0, max_value=364), st.integers(min_value=1, max_value=20)),
    max_size=20,
)


@given(_spans)
def test_bars_in_one_lane_never_overlap(spans: list[tuple[int, int]]) -> None:
    first = date(2027, 1, 1)
    items = [
        fair(f"bar {n}", first + timedelta(days=start), first + timedelta(days=start + length))
        for n, (start, length) in enumerate(spans)
    ]
    used: dict[tuple[int, int, int, int], str] = {}
    for bar in YearLayout(2027, items).bars:
        for col in range(bar.first_col, bar.last_col + 1):
            key = (bar.month, bar.row, bar.lane, col)
            assert key not in used, f"{bar.item.occurrence.title} overlaps {used[key]}"
            used[key] = bar.item.occurrence.title


# --- arrangement and pixels ------------------------------------------------------------------


@pytest.fixture
def metrics(qapp: QApplication) -> Metrics:
    font = QApplication.font()
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    small = QFontMetrics(week_number_font(font))
    return Metrics.of(QFontMetrics(font), QFontMetrics(bold), small, list("MTWTFSS"))


def test_the_months_are_arranged_to_give_the_days_the_most_room(metrics: Metrics) -> None:
    assert best_arrangement(1000, 650, metrics) == (4, 3)
    assert best_arrangement(650, 1000, metrics) == (3, 4)
    assert best_arrangement(2400, 700, metrics) == (6, 2)
    assert best_arrangement(500, 1800, metrics) == (2, 6)


def test_every_day_is_hit_where_it_is_drawn(metrics: Metrics) -> None:
    layout = YearLayout(2027, [])
    for width, height in ((1000, 650), (600, 1000)):
        geometry = YearGeometry(width, height, metrics)
        for day, summary in layout.days.items():
            centre = geometry.cell_rect(summary.month, summary.row, summary.col).center()
            hit = geometry.hit(centre)
            assert hit is not None, day
            assert layout.day_at(hit.month, hit.row, hit.col) is summary
        assert geometry.hit(QPointF(2, 2)) is None  # January's title


def test_a_width_is_given_the_height_at_which_nothing_clips(metrics: Metrics) -> None:
    least = minimum_size(metrics)
    for width in (least.width(), 500, 700, 1000, 1400):
        height = height_for_width(width, metrics)
        geometry = YearGeometry(width, height, metrics)
        assert room(width, height, (geometry.across, geometry.down), metrics) >= 1
        assert geometry.lanes >= 1
        assert geometry.cell_width >= metrics.min_cell_width
    assert height_for_width(500, metrics) > height_for_width(1000, metrics)


def test_numbers_and_bars_fit_inside_their_day(metrics: Metrics) -> None:
    geometry = YearGeometry(1000, 650, metrics)
    cell = geometry.cell_rect(2, 2, 3)
    number = geometry.number_rect(2, 2, 3)
    bar = geometry.bar_rect(2, 2, 3, 3, 0)
    assert cell.contains(number.adjusted(0, 0, -1, -1))
    assert cell.contains(bar)
    assert bar.top() >= number.bottom() - 1
    assert geometry.bar_rect(2, 2, 3, 3, 1).bottom() < bar.top()


@given(_spans)
def test_every_multi_day_event_is_a_bar_on_each_of_its_days_in_the_year(
    spans: list[tuple[int, int]],
) -> None:
    """Issue 13, 6: no bar dropped. Each day a multi-day event covers within the year has
    that event among the day's bars and its items, once."""
    first = date(2027, 1, 1)
    items = [
        fair(f"bar {n}", first + timedelta(days=start), first + timedelta(days=start + length))
        for n, (start, length) in enumerate(spans)
    ]
    layout = YearLayout(2027, items)
    for day, summary in layout.days.items():
        covering = sorted(i.occurrence.title for i in items if i.first_day <= day <= i.last_day)
        assert sorted(b.item.occurrence.title for b in summary.bars) == covering, day
        assert sorted(i.occurrence.title for i in summary.items) == covering, day
