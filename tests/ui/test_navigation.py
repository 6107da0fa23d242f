from datetime import date, datetime
from zoneinfo import ZoneInfo

from eventplanner.ui.window.navigation import Position, ViewKind

STO = ZoneInfo("Europe/Stockholm")


def test_month_window_covers_whole_iso_weeks() -> None:
    window = Position(ViewKind.MONTH, date(2027, 3, 17)).window("Europe/Stockholm")
    # March 2027 starts on a Monday and ends on a Wednesday: the grid runs to Sunday 4 April.
    assert window.start.astimezone(STO).date() == date(2027, 3, 1)
    assert window.end.astimezone(STO).date() == date(2027, 4, 5)


def test_agenda_window_is_a_quarter() -> None:
    window = Position(ViewKind.AGENDA, date(2027, 11, 20)).window("Europe/Stockholm")
    assert window.start.astimezone(STO).date() == date(2027, 11, 1)
    assert window.end.astimezone(STO).date() == date(2028, 2, 1)


def test_steps_keep_the_day_where_the_month_has_it() -> None:
    position = Position(ViewKind.MONTH, date(2027, 1, 31))
    assert position.step(1).day == date(2027, 2, 28)
    assert position.step(-2).day == date(2026, 11, 30)
    assert position.step(12).day == date(2028, 1, 31)


def test_the_week_view_shows_an_iso_week_and_steps_by_weeks() -> None:
    position = Position(ViewKind.WEEK, date(2027, 3, 17))
    window = position.window("Europe/Stockholm")
    assert window.start.astimezone(STO).date() == date(2027, 3, 15)
    assert window.end.astimezone(STO).date() == date(2027, 3, 22)
    assert position.step(1).day == date(2027, 3, 24)
    assert position.step(-2).day == date(2027, 3, 3)


def test_the_year_view_shows_the_whole_year_in_the_display_zone() -> None:
    window = Position(ViewKind.YEAR, date(2027, 3, 17)).window("Europe/Stockholm")
    assert window.start == datetime(2027, 1, 1, tzinfo=STO)
    assert window.end == datetime(2028, 1, 1, tzinfo=STO)
    tokyo = ZoneInfo("Asia/Tokyo")
    in_tokyo = Position(ViewKind.YEAR, date(2027, 3, 17)).window("Asia/Tokyo")
    assert in_tokyo.start == datetime(2027, 1, 1, tzinfo=tokyo)
    assert in_tokyo.time_zone == "Asia/Tokyo"


def test_the_year_view_steps_by_years_keeping_the_day() -> None:
    position = Position(ViewKind.YEAR, date(2028, 2, 29))
    assert position.step(1).day == date(2029, 2, 28)
    assert position.step(-1).day == date(2027, 2, 28)
    assert Position(ViewKind.YEAR, date(2027, 8, 19)).step(-3).day == date(2024, 8, 19)
