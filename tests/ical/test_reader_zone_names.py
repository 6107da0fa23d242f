"""TZIDs as Exchange and Outlook write them: escaped commas in the VTIMEZONE's TZID,
Windows display names, and a warning naming every TZID nothing places (OUTLOOK.md 3:
"Imports from Outlook carry Windows zone names ... map them to IANA zones (the CLDR
windowsZones table)")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from eventplanner.ical.reader import read_calendar
from eventplanner.ical.windows_names import DISPLAY_NAMES, windows_id_of_display_name
from tests.icsfiles import calendar, event

# Exchange's definition of Eastern time, under a display name Windows does not have: only
# the file's own rules place it.
EASTERN = r"""BEGIN:VTIMEZONE
TZID:(UTC-05:00) Eastern Time (US & Canada)\, Bogota\, Lima
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


def read(data: bytes, zone: str = "Europe/Stockholm"):
    return read_calendar(data, floating_zone=zone)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    "tzid",
    [
        '"(UTC-05:00) Eastern Time (US & Canada), Bogota, Lima"',  # quoted, unescaped
        '"(UTC-05:00) Eastern Time (US & Canada)\\, Bogota\\, Lima"',  # escaped as the value
    ],
)
def test_a_tzid_with_escaped_commas_matches_its_parameter_however_quoted(tzid: str) -> None:
    data = calendar(
        EASTERN,
        event(f"DTSTART;TZID={tzid}:20270612T091500", f"DTEND;TZID={tzid}:20270612T101500"),
    )
    read_ = read(data)
    (record,) = read_.records
    assert record.timing.utc_bounds() == (utc(2027, 6, 12, 13, 15), utc(2027, 6, 12, 14, 15))
    assert record.warnings == () and read_.warnings == ()


def test_a_tzid_nothing_places_is_a_warning_naming_it() -> None:
    data = calendar(
        event(
            "DTSTART:20270612T070000Z",
            "DTEND:20270612T080000Z",
            "RRULE:FREQ=DAILY;COUNT=3",
            "EXDATE;TZID=Nowhere Standard Time:20270613T090000",
        )
    )
    read_ = read(data)
    assert any("'Nowhere Standard Time'" in w and "Europe/Stockholm" in w for w in read_.warnings)


@pytest.mark.parametrize(
    ("tzid", "iana", "start"),
    [
        (
            "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
            "Europe/Berlin",
            utc(2027, 7, 1, 7),
        ),
        ("(UTC-08:00) Pacific Time (US & Canada)", "America/Los_Angeles", utc(2027, 7, 1, 16)),
        (
            "(GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
            "Europe/Berlin",
            utc(2027, 7, 1, 7),
        ),
    ],
)
def test_windows_display_names_are_their_cldr_iana_zones(
    tzid: str, iana: str, start: datetime
) -> None:
    data = calendar(
        event(f'DTSTART;TZID="{tzid}":20270701T090000', f'DTEND;TZID="{tzid}":20270701T100000')
    )
    read_ = read(data)
    (record,) = read_.records
    assert record.timing.time_zone == iana
    assert record.timing.utc_bounds()[0] == start
    assert record.warnings == () and read_.warnings == ()


def test_an_unknown_display_name_uses_the_files_own_rules() -> None:
    tzid = "(UTC-05:00) Eastern Time (US & Canada), Bogota, Lima"
    assert windows_id_of_display_name(tzid) is None
    data = calendar(EASTERN, event(f'DTSTART;TZID="{tzid}":20270112T090000', "-DTEND"))
    assert read(data).records[0].timing.utc_bounds()[0] == utc(2027, 1, 12, 14)


def test_every_display_name_is_a_windows_zone_of_the_cldr_table() -> None:
    unknown = {name: w for name, w in DISPLAY_NAMES.items() if w not in WINDOWS_TO_OLSON}
    assert unknown == {}
    # The common Windows zones each have their display name here.
    for windows_id in ("W. Europe Standard Time", "Pacific Standard Time", "GMT Standard Time",
                       "Romance Standard Time", "FLE Standard Time", "Eastern Standard Time",
                       "Central Europe Standard Time", "Tokyo Standard Time"):  # fmt: skip
        assert windows_id in DISPLAY_NAMES.values()


def test_a_made_up_name_is_no_display_name() -> None:
    assert windows_id_of_display_name("Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna") is None
    assert windows_id_of_display_name("(UTC+01:00) Atlantis") is None
