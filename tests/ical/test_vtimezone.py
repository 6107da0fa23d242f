"""VTIMEZONEs derived from zoneinfo as yearly RRULE pairs (OUTLOOK.md 3)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from eventplanner.ical.vtimezone import zone_definition
from tests.ical.factories import unfolded_lines


def _blocks(tzid: str, year: int = 2027) -> dict[str, list[str]]:
    lines = unfolded_lines(zone_definition(tzid, year).text)
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        if line in ("BEGIN:STANDARD", "BEGIN:DAYLIGHT"):
            current = found.setdefault(line[6:], [])
        elif line.startswith("END:"):
            current = None
        elif current is not None and not line.startswith("TZNAME"):
            current.append(line)
    return found


def test_stockholm_is_the_pair_outlook_md_gives() -> None:
    """OUTLOOK.md 3: Europe/Stockholm as DAYLIGHT 19700329T020000 -1SU in March, +0100 to
    +0200, and STANDARD 19701025T030000 -1SU in October, +0200 to +0100."""
    assert _blocks("Europe/Stockholm") == {
        "STANDARD": [
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
        ],
        "DAYLIGHT": [
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
        ],
    }
    assert zone_definition("Europe/Stockholm", 2027).approximate is None


def test_los_angeles_changes_on_the_second_and_first_sunday() -> None:
    """OUTLOOK.md 3: America/Los_Angeles, second Sunday of March and first Sunday of
    November at 02:00, −0800/−0700."""
    assert _blocks("America/Los_Angeles") == {
        "STANDARD": [
            "DTSTART:19701101T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
            "TZOFFSETFROM:-0700",
            "TZOFFSETTO:-0800",
        ],
        "DAYLIGHT": [
            "DTSTART:19700308T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
            "TZOFFSETFROM:-0800",
            "TZOFFSETTO:-0700",
        ],
    }


@pytest.mark.parametrize(("tzid", "offset"), [("UTC", "+0000"), ("Asia/Tokyo", "+0900")])
def test_zones_without_daylight_saving_get_one_standard(tzid: str, offset: str) -> None:
    """OUTLOOK.md 3: a zone without clock changes is a single STANDARD observance."""
    assert _blocks(tzid) == {
        "STANDARD": ["DTSTART:19700101T000000", f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{offset}"]
    }


def test_sydney_has_its_summer_across_the_new_year() -> None:
    """OUTLOOK.md 3, southern hemisphere: Australia/Sydney's daylight time starts on the
    first Sunday of October and ends on the first Sunday of April."""
    blocks = _blocks("Australia/Sydney")
    assert blocks["DAYLIGHT"][:2] == [
        "DTSTART:19701004T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU",
    ]
    assert blocks["STANDARD"][:2] == [
        "DTSTART:19700405T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
    ]
    assert blocks["DAYLIGHT"][2:] == ["TZOFFSETFROM:+1000", "TZOFFSETTO:+1100"]


def test_london_changes_at_one_in_the_morning_utc() -> None:
    """OUTLOOK.md 3: Europe/London, last Sunday of March 01:00 and of October 02:00."""
    blocks = _blocks("Europe/London")
    assert blocks["DAYLIGHT"][:2] == [
        "DTSTART:19700329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    ]
    assert blocks["STANDARD"][:2] == [
        "DTSTART:19701025T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    ]


@pytest.mark.parametrize(
    "tzid",
    ["Europe/Stockholm", "America/Los_Angeles", "Australia/Sydney", "Europe/London",
     "Asia/Tokyo", "UTC", "America/New_York", "Pacific/Auckland"],
)  # fmt: skip
def test_definition_gives_zoneinfo_offsets_for_years_ahead(tzid: str) -> None:
    """OUTLOOK.md 3: the pair, read by icalendar as a tzinfo, gives the same UTC offset as
    zoneinfo at every hour of five years, clock-change nights included."""
    text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\n" + zone_definition(tzid, 2027).text
    component = icalendar.Calendar.from_ical(text + "END:VCALENDAR\r\n").walk("VTIMEZONE")[0]
    from_file = component.to_tz()
    real = ZoneInfo(tzid)
    moment = datetime(2027, 1, 1, tzinfo=UTC)
    while moment < datetime(2032, 1, 1, tzinfo=UTC):
        assert moment.astimezone(from_file).utcoffset() == moment.astimezone(real).utcoffset(), (
            moment
        )
        moment += timedelta(hours=1)


def test_a_zone_no_yearly_rule_describes_is_approximated_with_a_reason() -> None:
    """OUTLOOK.md 3: Africa/Casablanca follows Ramadan, which no yearly RRULE pair can;
    the writer gives the best pair (still RRULEs, no RDATE) and says what Outlook loses."""
    definition = zone_definition("Africa/Casablanca", 2027)
    assert definition.approximate is not None and "Africa/Casablanca" in definition.approximate
    assert "RDATE" not in definition.text
    assert zone_definition("America/Santiago", 2027).approximate is not None


def test_a_zone_that_gave_up_daylight_saving_is_fixed() -> None:
    """OUTLOOK.md 3: Asia/Tehran has had no clock changes since 2022: one STANDARD."""
    assert _blocks("Asia/Tehran") == {
        "STANDARD": ["DTSTART:19700101T000000", "TZOFFSETFROM:+0330", "TZOFFSETTO:+0330"]
    }
