"""The iCalendar reader: encodings, zones, all-day forms, recurrence, and clear refusals."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from eventplanner.domain.enums import BusyStatus, EventStatus
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.ical.reader import ICalendarError, read_calendar
from tests.icsfiles import calendar, event


def read(data: bytes, zone: str = "Europe/Stockholm", skip_bad: bool = False):
    return read_calendar(data, floating_zone=zone, skip_bad=skip_bad)


def only(data: bytes, **kwargs):
    result = read(data, **kwargs)
    assert len(result.records) == 1, result
    return result.records[0]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_a_timed_event_with_its_fields() -> None:
    record = only(
        calendar(
            event(
                "DESCRIPTION:Rad ett\\nRad två\\, med komma",
                "LOCATION:Västerås Congress",
                "URL:https://example.se/seminarium",
                "CATEGORIES:Seminarium,Robotik",
                "CATEGORIES:robotik,AI",
                "STATUS:CONFIRMED",
                "SEQUENCE:3",
                "LAST-MODIFIED:20270101T120000Z",
                "X-MICROSOFT-CDO-BUSYSTATUS:OOF",
                "BEGIN:VALARM\nTRIGGER:-PT30M\nACTION:DISPLAY\nEND:VALARM",
            )
        )
    )
    assert record.uid == "a@test"
    assert record.title == "Seminarium"
    assert record.description == "Rad ett\nRad två, med komma"
    assert record.location == "Västerås Congress"
    assert record.categories == ("Seminarium", "Robotik", "AI")
    assert record.status is EventStatus.CONFIRMED
    assert record.busy_status is BusyStatus.OUT_OF_OFFICE
    assert record.alarm_minutes == 30
    assert record.sequence == 3
    assert record.last_modified == utc(2027, 1, 1, 12)
    assert isinstance(record.timing, TimedSpan)
    assert record.timing.time_zone == "Europe/Stockholm"
    assert record.timing.utc_bounds() == (utc(2027, 3, 12, 8), utc(2027, 3, 12, 9))


def test_windows_latin_text_crlf_lf_and_folds_are_read_alike() -> None:
    text = calendar(event(summary="Mässa på Älvsjö", uid="m@test"))
    folded = text.replace(b"SUMMARY:M\xc3\xa4ssa", b"SUMMARY:M\r\n \xc3\xa4ssa")
    windows = text.decode("utf-8").encode("cp1252")
    bom = b"\xef\xbb\xbf" + text
    lf = text.replace(b"\r\n", b"\n")
    for data in (text, folded, windows, bom, lf, text.decode("utf-8").encode("latin-1")):
        assert only(data).title == "Mässa på Älvsjö"


def test_windows_zone_names_are_their_cldr_iana_zones() -> None:
    record = only(
        calendar(
            event(
                "DTSTART;TZID=W. Europe Standard Time:20270312T090000",
                'DTEND;TZID="W. Europe Standard Time":20270312T100000',
            )
        )
    )
    assert record.timing.time_zone == "Europe/Berlin"
    assert record.timing.utc_bounds()[0] == utc(2027, 3, 12, 8)


CUSTOM_ZONE = """BEGIN:VTIMEZONE
TZID:GMT +0100 (Standard) / GMT +0200 (Daylight)
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE"""


def test_a_custom_vtimezone_is_the_iana_zone_with_its_rules_the_callers_first() -> None:
    tzid = '"GMT +0100 (Standard) / GMT +0200 (Daylight)"'
    data = calendar(
        CUSTOM_ZONE,
        event(f"DTSTART;TZID={tzid}:20270701T090000", f"DTEND;TZID={tzid}:20270701T100000"),
    )
    record = only(data)
    assert record.timing.time_zone == "Europe/Stockholm"
    assert record.timing.utc_bounds()[0] == utc(2027, 7, 1, 7)
    assert only(data, zone="Europe/Paris").timing.time_zone == "Europe/Paris"
    # A caller far away gets the canonical zone of those rules.
    assert only(data, zone="America/Chicago").timing.utc_bounds()[0] == utc(2027, 7, 1, 7)


def test_a_vtimezone_without_observances_is_refused_by_name() -> None:
    data = calendar(
        "BEGIN:VTIMEZONE\nTZID:Nowhere Time\nEND:VTIMEZONE",
        event("DTSTART;TZID=Nowhere Time:20270312T090000", "-DTEND"),
    )
    with pytest.raises(ICalendarError, match=r"'Nowhere Time' is defined .* without any STANDARD"):
        read(data)
    assert read(data, skip_bad=True).skipped[0].where.uid == "a@test"


def test_floating_times_in_x_wr_timezone_else_in_the_chosen_zone() -> None:
    body = event("DTSTART:20270312T090000", "DTEND:20270312T100000")
    with_zone = only(calendar(body, head="X-WR-TIMEZONE:America/Los_Angeles"))
    assert with_zone.timing.utc_bounds()[0] == utc(2027, 3, 12, 17)  # PST, DST from the 14th
    chosen = only(calendar(body), zone="Europe/London")
    assert chosen.timing.time_zone == "Europe/London"
    assert chosen.timing.utc_bounds()[0] == utc(2027, 3, 12, 9)


@pytest.mark.parametrize(
    ("lines", "first", "last"),
    [
        (("DTSTART;VALUE=DATE:20270312", "DTEND;VALUE=DATE:20270315"), 12, 14),
        (("DTSTART;VALUE=DATE:20270312", "-DTEND", "DURATION:P2D"), 12, 13),
        (("DTSTART;VALUE=DATE:20270312", "-DTEND"), 12, 12),
        (("DTSTART;VALUE=DATE:20270312", "DTEND;VALUE=DATE:20270312"), 12, 12),
        (
            (
                "DTSTART;TZID=Europe/Stockholm:20270312T000000",
                "DTEND;TZID=Europe/Stockholm:20270314T000000",
                "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
            ),
            12,
            13,
        ),
    ],
)
def test_all_day_forms(lines: tuple[str, ...], first: int, last: int) -> None:
    timing = only(calendar(event(*lines))).timing
    assert isinstance(timing, AllDaySpan)
    assert (timing.first_day, timing.last_day) == (date(2027, 3, first), date(2027, 3, last))


@pytest.mark.parametrize(
    ("line", "floating", "expected"),
    [
        ("X-EVENTPLANNER-TIMEZONE:Europe/Berlin", "Europe/Stockholm", "Europe/Berlin"),
        ("X-EVENTPLANNER-TIMEZONE:Europe/Berlin", "America/New_York", "Europe/Berlin"),
        ("X-EVENTPLANNER-TIMEZONE:W. Europe Standard Time", "Europe/London", "Europe/Berlin"),
        ("-X-EVENTPLANNER-TIMEZONE", "Europe/London", "Europe/London"),
        ("X-EVENTPLANNER-TIMEZONE:", "Europe/London", "Europe/London"),
    ],
)
def test_all_day_events_in_their_own_zone_else_in_the_files(
    line: str, floating: str, expected: str
) -> None:
    """Dates float (RFC 5545); our own export names the event's zone beside them."""
    days = event("DTSTART;VALUE=DATE:20270420", "DTEND;VALUE=DATE:20270423", line)
    record = only(calendar(days), zone=floating)
    assert record.timing == AllDaySpan(date(2027, 4, 20), date(2027, 4, 22), expected)
    assert record.warnings == ()


def test_an_all_day_events_unknown_zone_is_a_warning_naming_it_and_its_line() -> None:
    days = event("DTSTART;VALUE=DATE:20270420", "-DTEND", "X-EVENTPLANNER-TIMEZONE:Mars/Olympus")
    record = only(calendar(days), zone="Europe/London")
    assert record.timing == AllDaySpan(date(2027, 4, 20), date(2027, 4, 20), "Europe/London")
    assert record.warnings == (
        "X-EVENTPLANNER-TIMEZONE (line 8) 'Mars/Olympus' is no known time zone; the days "
        "were read in Europe/London",
    )


def test_an_event_without_end_gets_the_shortest_length_with_a_warning() -> None:
    record = only(calendar(event("-DTEND")))
    assert record.timing.duration.total_seconds() == 15 * 60
    assert any("takes no time" in w for w in record.warnings)


def test_series_with_exdates_an_override_and_no_end() -> None:
    data = calendar(
        event(
            "RRULE:FREQ=WEEKLY",
            "EXDATE;TZID=Europe/Stockholm:20270319T090000",
            "EXDATE:20270402T070000Z",
            "EXDATE;TZID=Europe/Stockholm:20270320T090000",
        ),
        event(
            "RECURRENCE-ID;TZID=Europe/Stockholm:20270326T090000",
            "DTSTART;TZID=Europe/Stockholm:20270326T130000",
            "DTEND;TZID=Europe/Stockholm:20270326T140000",
            summary="Flyttat seminarium",
        ),
    )
    record = only(data)
    assert record.recurrence is not None
    assert record.recurrence.rule == "FREQ=WEEKLY"
    assert record.recurrence.exdates == (datetime(2027, 3, 19, 9), datetime(2027, 4, 2, 9))
    assert any("20 is not an occurrence" in w or "2027-03-20" in w for w in record.warnings)
    (override,) = record.overrides
    assert override.recurrence_id == datetime(2027, 3, 26, 9)
    assert override.title == "Flyttat seminarium"
    assert override.timing.utc_bounds()[0] == utc(2027, 3, 26, 12)


def test_a_date_time_recurrence_id_on_an_all_day_series_names_its_day() -> None:
    data = calendar(
        event("DTSTART;VALUE=DATE:20270311", "DTEND;VALUE=DATE:20270312", "RRULE:FREQ=WEEKLY"),
        event(
            "RECURRENCE-ID;TZID=GMT Standard Time:20270318T000000",
            "DTSTART;VALUE=DATE:20270319",
            "DTEND;VALUE=DATE:20270320",
        ),
    )
    (override,) = only(data).overrides
    assert override.recurrence_id == date(2027, 3, 18)
    assert override.timing == AllDaySpan(date(2027, 3, 19), date(2027, 3, 19), "Europe/Stockholm")


def test_an_override_without_its_series_is_a_single_event_of_its_own() -> None:
    data = calendar(event("RECURRENCE-ID;TZID=Europe/Stockholm:20270312T090000", uid="s@test"))
    record = only(data)
    assert record.uid == "s@test#20270312T090000"
    assert record.recurrence is None
    assert any("imported as a single event" in w for w in record.warnings)


def test_a_file_that_is_not_icalendar_is_refused_at_line_one() -> None:
    for data in (b"hello world\r\n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"", b"  \n"):
        with pytest.raises(ICalendarError) as refused:
            read(data)
        assert "line 1" in str(refused.value) or "empty" in str(refused.value)


def test_a_truncated_file_names_the_event_it_ends_in() -> None:
    data = calendar(event(uid="first@test"), event(uid="cut@test", summary="Avbruten"))
    cut = data[: data.index(b"DTEND", data.index(b"cut@test"))]
    with pytest.raises(
        ICalendarError, match=r"line 10, event 'Avbruten' \(UID cut@test\): the file ends inside"
    ):
        read(cut)
    result = read(cut, skip_bad=True)
    assert [r.uid for r in result.records] == ["first@test"]
    assert result.skipped[0].where.uid == "cut@test"


def test_a_broken_line_in_a_property_we_read_is_refused_with_its_line() -> None:
    data = calendar(event("SUMMARY:Trasig", "DTSTART;TZID=Europe/Stockholm 20270312T090000"))
    with pytest.raises(ICalendarError, match=r"event 'Trasig' .*line 8 is not an iCalendar line"):
        read(data)


def test_a_broken_line_after_a_property_we_do_not_read_is_a_warning() -> None:
    data = calendar(event("ATTENDEE;CN=Anna:mailto:anna.ander", "sson@example.se"))
    assert any("line 10 is not an iCalendar line" in w for w in only(data).warnings)


def test_an_impossible_date_is_refused_naming_the_event() -> None:
    data = calendar(event("DTSTART;TZID=Europe/Stockholm:20270231T090000"), event(uid="ok@test"))
    with pytest.raises(ICalendarError, match=r"event 'Seminarium' \(UID a@test\).*2027-02-31"):
        read(data)
    result = read(data, skip_bad=True)
    assert [r.uid for r in result.records] == ["ok@test"]
    assert "2027-02-31 09:00:00 is not a real time" in result.skipped[0].message


def test_a_rule_the_planner_cannot_hold_is_refused_with_its_line() -> None:
    with pytest.raises(ICalendarError, match=r"RRULE \(line 9\).*at most daily"):
        read(calendar(event("RRULE:FREQ=HOURLY")))


def test_a_line_of_a_million_characters() -> None:
    long_text = "å" * 1_000_000
    record = only(calendar(event(f"DESCRIPTION:{long_text}", f"X-JUNK:{'x' * 1_000_000}")))
    assert record.description == long_text
    with pytest.raises(ICalendarError, match="is not an iCalendar line"):
        read(calendar(event("Z" * 1_000_000)))
