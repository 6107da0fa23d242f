"""The preview reads the exported text back as Outlook will (issue 4, "Show before
publishing"), not from our own records."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from eventplanner.domain.enums import BusyStatus, EventKind
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import OccurrenceChange
from eventplanner.domain.timezones import zone
from eventplanner.ical import CalendarInfo, export_calendar, preview
from tests.ical.factories import STAMP, days, make_event, run_ics_check, timed


def test_a_los_angeles_meeting_as_a_stockholm_reader_sees_it() -> None:
    """OUTLOOK.md 3: 09:00 in Los Angeles is 17:00 in Stockholm, also in the weeks when only
    the United States has moved its clocks (nine hours behind, eight then)."""
    event = make_event(
        "Partnerträff", timed("2027-03-16 09:00", "2027-03-16 10:30", "America/Los_Angeles"),
        reminder_minutes=30, busy=BusyStatus.TENTATIVE, tags=("USA",),
    )  # fmt: skip
    (row,) = preview(
        export_calendar([(event, None)], CalendarInfo("x"), stamp=STAMP), "Europe/Stockholm"
    )
    stockholm = zone("Europe/Stockholm")
    assert row.start == datetime(2027, 3, 16, 17, 0, tzinfo=stockholm)
    assert row.end == datetime(2027, 3, 16, 18, 30, tzinfo=stockholm)
    assert row.time_zone == "America/Los_Angeles" and not row.all_day
    assert row.busy_status is BusyStatus.TENTATIVE
    assert row.reminder == timedelta(minutes=30)
    assert row.categories == ("seminar", "USA") and row.warnings == ()


def test_all_day_fair_shows_its_days_in_any_zone() -> None:
    """OUTLOOK.md 4: all-day, the same days for every reader, the last day inclusive."""
    fair = make_event("Elmia", days("2027-03-12", "2027-03-14"), kind=EventKind.TRADE_FAIR)
    (row,) = preview(export_calendar([(fair, None)], CalendarInfo("x"), stamp=STAMP), "Asia/Tokyo")
    assert row.all_day and (row.start, row.end) == (date(2027, 3, 12), date(2027, 3, 14))
    assert row.busy_status is BusyStatus.OUT_OF_OFFICE and row.time_zone is None


def test_series_in_words_with_its_changed_occurrence() -> None:
    """OUTLOOK.md 6: the pattern in words, the struck-out date, the changed occurrence as a
    row of its own naming the original."""
    event = make_event(
        "Kurs", timed("2027-03-04 13:00", "2027-03-04 16:00"), rule="FREQ=WEEKLY;BYDAY=TH;COUNT=6",
        exdates=(datetime(2027, 3, 18, 13, 0),),
        changes=(OccurrenceChange(datetime(2027, 3, 25, 13, 0), title="Kurs (flyttad)",
                                  timing=timed("2027-03-24 13:00", "2027-03-24 16:00")),),
    )  # fmt: skip
    master, moved = preview(
        export_calendar([(event, None)], CalendarInfo("x"), stamp=STAMP), "Europe/Stockholm"
    )
    assert master.recurrence == "every week on Thursday at 13:00, 6 times, except 2027-03-18 13:00"
    assert moved.title == "Kurs (flyttad)" and moved.recurrence == ""
    assert moved.recurrence_id == datetime(2027, 3, 25, 13, 0, tzinfo=zone("Europe/Stockholm"))
    assert moved.start == datetime(2027, 3, 24, 13, 0, tzinfo=zone("Europe/Stockholm"))


def test_a_pattern_outlook_cannot_show_is_a_warning_of_the_row() -> None:
    """OUTLOOK.md 6: the preview warns about the rule as the file has it."""
    event = make_event(rule="FREQ=MONTHLY;BYDAY=2TU,4TU",
                       timing=timed("2027-03-09 09:00", "2027-03-09 10:00"))  # fmt: skip
    (row,) = preview(export_calendar([(event, None)], CalendarInfo("x"), stamp=STAMP), "UTC")
    assert any("cannot show this series" in w for w in row.warnings)
    assert row.recurrence.startswith("every month on the second Tuesday and the fourth Tuesday")


FOREIGN = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\nBEGIN:STANDARD\r\nDTSTART:20261025T030000\r\n"
    "RDATE:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nRDATE:20270328T020000\r\n"
    "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20270101T000000Z\r\nSUMMARY:Sommarmöte\r\n"
    "DTSTART;TZID=Europe/Stockholm:20270610T100000\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:2\r\nDTSTAMP:20270101T000000Z\r\nSUMMARY:Okänd zon\r\n"
    "DTSTART;TZID=Mars/Olympus:20270610T100000\r\nSTATUS:CANCELLED\r\n"
    "ORGANIZER:mailto:a@example.se\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_preview_shows_the_file_and_its_faults_not_our_intentions() -> None:
    """OUTLOOK.md 3, 5, 8: an RDATE-only VTIMEZONE is read as Outlook reads it (no summer
    time: 10:00 shown as 11:00 summer time in Stockholm); an undeclared zone, a cancelled
    PUBLISH event and an organiser are all warned about."""
    summer, unknown = preview(FOREIGN, "Europe/Stockholm")
    assert summer.start == datetime(2027, 6, 10, 11, 0, tzinfo=zone("Europe/Stockholm"))
    assert any("RDATE" in w for w in summer.warnings)
    assert any("without a VTIMEZONE" in w for w in unknown.warnings)
    assert any("cancelled" in w for w in unknown.warnings)
    assert any("organiser" in w for w in unknown.warnings)
    assert unknown.busy_status is BusyStatus.FREE


def test_preview_refuses_what_is_not_a_calendar_or_a_zone() -> None:
    """Every input gets a clear message: a broken file, an unknown reader's zone."""
    with pytest.raises(ValueError, match="cannot be read"):
        preview("BEGIN:VCALENDAR\r\nthis is not\r\n", "UTC")
    with pytest.raises(ValidationError):
        preview(FOREIGN, "Nowhere/Atlantis")


def test_a_series_is_stated_in_its_own_zone_throughout(tmp_path: Path) -> None:
    """OUTLOOK.md 3 and 6: the rule counts days in the series' zone, so its weekday, time,
    end and struck-out dates are all said there (and the zone named), never a weekday of
    one zone with an hour of another. The rows' own times stay the reader's."""
    event = make_event(
        timing=timed("2027-03-01 00:30", "2027-03-01 01:30"),
        rule="FREQ=WEEKLY;BYDAY=MO;UNTIL=20270329",
        exdates=(datetime(2027, 3, 15, 0, 30),),
    )
    text = export_calendar([(event, None)], CalendarInfo("x"), stamp=STAMP)
    (row,) = preview(text, "America/New_York")
    assert row.recurrence == (
        "every week on Monday at 00:30 (Europe/Stockholm), until 2027-03-29, "
        "except 2027-03-15 00:30"
    )
    assert row.start == datetime(2027, 2, 28, 18, 30, tzinfo=zone("America/New_York"))
    (home,) = preview(text, "Europe/Stockholm")
    assert home.recurrence.startswith("every week on Monday at 00:30, until 2027-03-29")
    path = tmp_path / "zone.ics"
    path.write_bytes(text.encode())
    run_ics_check(path)


def test_the_day_31_warning_matches_the_pattern_shown(tmp_path: Path) -> None:
    """OUTLOOK.md 6: a monthly series from the 31st at 00:30 in Stockholm is the 30th in New
    York; the pattern and the warning both speak of day 31 at 00:30 in Stockholm."""
    event = make_event(timing=timed("2027-01-31 00:30", "2027-01-31 01:30"), rule="FREQ=MONTHLY")
    text = export_calendar([(event, None)], CalendarInfo("x"), stamp=STAMP)
    (row,) = preview(text, "America/New_York")
    assert row.recurrence == "every month on day 31 at 00:30 (Europe/Stockholm)"
    assert any("day 31 of the month" in w for w in row.warnings)
    path = tmp_path / "day31.ics"
    path.write_bytes(text.encode())
    run_ics_check(path)
