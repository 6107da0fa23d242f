from datetime import date

from eventplanner.domain.holidays import is_holiday, swedish_holidays


def test_public_holidays_and_the_eves_swedes_take_off() -> None:
    days = swedish_holidays(2027)
    assert days[date(2027, 6, 6)] == "Nationaldagen"
    assert days[date(2027, 6, 25)] == "Midsommarafton"
    assert days[date(2027, 12, 24)] == "Julafton"
    assert days[date(2027, 5, 6)] == "Kristi himmelsfärdsdag"
    assert is_holiday(date(2027, 3, 26))  # Långfredagen
    assert not is_holiday(date(2027, 3, 24))
    # Half days ("från kl. 14.00") are working mornings, and ordinary Sundays are not listed.
    assert date(2027, 4, 30) not in days
    assert date(2027, 3, 21) not in days
