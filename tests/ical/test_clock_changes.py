"""Times on clock-change nights, which readers resolve differently (OUTLOOK.md 3, 6).

ics-check's parsers disagreed on every case here before the writer spelled the unclear
occurrences out: ical.js reads a missing 02:30 an hour early and a repeated 02:30 as the
later of the two, icalendar and libical as RFC 5545 3.3.5 says.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from eventplanner.domain.enums import EventStatus
from eventplanner.domain.model import Event, OccurrenceChange
from eventplanner.domain.recurrence import UNLIMITED, occurrences
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import TimedSpan
from eventplanner.ical import CalendarInfo, ExportOptions, event_text, export_calendar, preview
from eventplanner.ical.clock_changes import HORIZON_YEARS, clock_change_keys, unclear
from eventplanner.ical.vevent import duration_text
from tests.ical.factories import STAMP, make_event, properties, run_ics_check, timed

STOCKHOLM, LOS_ANGELES = "Europe/Stockholm", "America/Los_Angeles"


def _span(start: str, minutes: int, zone_name: str, fold: int = 0) -> TimedSpan:
    begin = datetime.fromisoformat(start).replace(tzinfo=zone(zone_name), fold=fold)
    end = (begin.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(zone(zone_name))
    return TimedSpan(begin, end, zone_name)


_PLAIN = ExportOptions()


def _calendar(event: Event, options: ExportOptions = _PLAIN) -> str:
    return export_calendar([(event, None)], CalendarInfo(name="Klockan"), options, stamp=STAMP)


def _override_starts(text: str) -> list[datetime]:
    """Each changed occurrence's DTSTART as icalendar reads it, in UTC."""
    calendar = icalendar.Calendar.from_ical(text)
    return [
        c["DTSTART"].dt.astimezone(UTC) for c in calendar.walk("VEVENT") if "RECURRENCE-ID" in c
    ]


def test_unclear_wall_clock_times() -> None:
    """02:30 is missing in March and repeated in October in Stockholm; 09:00 never is."""
    assert unclear(datetime(2027, 3, 28, 2, 30), STOCKHOLM)
    assert unclear(datetime(2027, 10, 31, 2, 30), STOCKHOLM)
    assert unclear(datetime(2027, 11, 7, 1, 30), LOS_ANGELES)
    assert not unclear(datetime(2027, 3, 28, 9, 0), STOCKHOLM)
    assert not unclear(datetime(2027, 3, 14, 2, 30), STOCKHOLM)


def test_clock_change_keys_are_the_series_own_unclear_occurrences() -> None:
    """Only occurrences of the rule, within its end, on the nights the clocks change."""
    start = _span("2027-03-26 02:30", 30, STOCKHOLM).start
    assert clock_change_keys("FREQ=DAILY;COUNT=5", start, STOCKHOLM) == [
        datetime(2027, 3, 28, 2, 30)
    ]
    endless = clock_change_keys("FREQ=DAILY", start, STOCKHOLM)
    assert endless[:3] == [
        datetime(2027, 3, 28, 2, 30),
        datetime(2027, 10, 31, 2, 30),
        datetime(2028, 3, 26, 2, 30),
    ]
    assert clock_change_keys("FREQ=WEEKLY;BYDAY=FR", start, STOCKHOLM) == []  # never a Sunday
    morning = _span("2027-03-21 09:00", 60, STOCKHOLM).start
    assert clock_change_keys("FREQ=WEEKLY;BYDAY=SU", morning, STOCKHOLM) == []


def test_single_event_at_the_first_of_two_0230s_is_written_in_utc() -> None:
    """OUTLOOK.md 3: 02:30 on 31 October 2027 happens twice in Stockholm; the domain means
    the first (summer time, 00:30 UTC). Written as local time, ical.js read the second."""
    event = make_event("Nattskift", _span("2027-10-31 02:30", 90, STOCKHOLM))
    found = event_text(event, None)
    assert found is not None
    assert properties(found.text, "DTSTART") == ["DTSTART:20271031T003000Z"]
    assert properties(found.text, "DTEND") == ["DTEND;TZID=Europe/Stockholm:20271031T030000"]


def _series_cases() -> dict[str, Event]:
    return {
        "stockholm-spring": make_event(
            "Natt vår", _span("2027-03-26 02:30", 30, STOCKHOLM), rule="FREQ=DAILY;COUNT=5"
        ),
        "stockholm-autumn": make_event(
            "Natt höst", _span("2027-10-29 02:30", 60, STOCKHOLM), rule="FREQ=DAILY;UNTIL=20271102"
        ),
        "la-spring-exdate": make_event(
            "LA spring",
            _span("2027-03-12 02:30", 60, LOS_ANGELES),
            rule="FREQ=DAILY;COUNT=4",
            exdates=(datetime(2027, 3, 14, 2, 30),),
        ),
        "la-autumn": make_event(
            "LA fall",
            _span("2027-11-05 01:30", 60, LOS_ANGELES),
            rule="FREQ=DAILY;UNTIL=20271108T013000",
        ),
        "stockholm-endless": make_event(
            "Varje natt", _span("2027-01-01 02:30", 30, STOCKHOLM), rule="FREQ=DAILY"
        ),
    }


@pytest.mark.parametrize("name", sorted(_series_cases()))
def test_series_occurrences_on_change_nights_land_where_the_domain_puts_them(
    name: str, tmp_path: Path
) -> None:
    """OUTLOOK.md 6: each occurrence where the database has it, in every reader. The
    unclear ones are changed occurrences (same UID, RECURRENCE-ID) with a start that names
    one instant; the series itself stays in local time with TZID (OUTLOOK.md 3)."""
    event = _series_cases()[name]
    assert event.recurrence is not None
    text = _calendar(event)
    master = text.split("BEGIN:VEVENT")[1]
    assert properties(master, "DTSTART")[0].startswith(f"DTSTART;TZID={event.timing.time_zone}:")
    first = event.timing.start  # type: ignore[union-attr]
    horizon = first + timedelta(days=366 * (HORIZON_YEARS + 1))
    expected = [
        start.astimezone(UTC)  # type: ignore[union-attr]
        for key, start in occurrences(
            event.recurrence.rule, first, event.timing.time_zone, before=horizon, limit=UNLIMITED
        )
        if key not in event.recurrence.exdates
    ]
    overridden = _override_starts(text)
    assert [m for m in overridden if m not in expected] == []  # at the domain's instants
    path = tmp_path / f"{name}.ics"
    path.write_text(text, encoding="utf-8", newline="")
    run_ics_check(path)  # its parsers expand the series and must agree occurrence by occurrence


def test_spring_gap_occurrence_moves_forward_and_autumn_one_is_the_first() -> None:
    """RFC 5545 3.3.5 as the domain applies it: 02:30 in the gap is 03:30 summer time;
    the repeated 02:30 is the first, still summer time (00:30 UTC)."""
    spring = _calendar(_series_cases()["stockholm-spring"])
    assert "RECURRENCE-ID;TZID=Europe/Stockholm:20270328T023000" in spring
    assert "DTSTART;TZID=Europe/Stockholm:20270328T033000" in spring
    autumn = _calendar(_series_cases()["stockholm-autumn"])
    assert "RECURRENCE-ID;TZID=Europe/Stockholm:20271031T023000" in autumn
    assert "DTSTART:20271031T003000Z" in autumn


def test_a_struck_out_or_changed_unclear_occurrence_is_not_written_twice() -> None:
    """OUTLOOK.md 6: an EXDATE stays an EXDATE; a changed occurrence keeps its own VEVENT."""
    struck = _series_cases()["la-spring-exdate"]
    assert "RECURRENCE-ID" not in _calendar(struck)
    changed = make_event(
        "Natt",
        _span("2027-10-29 02:30", 60, STOCKHOLM),
        rule="FREQ=DAILY;COUNT=5",
        changes=(OccurrenceChange(datetime(2027, 10, 31, 2, 30), title="Omdöpt"),),
    )
    text = _calendar(changed)
    assert text.count("RECURRENCE-ID") == 1
    assert "SUMMARY:Omdöpt" in text
    assert "DTSTART:20271031T003000Z" in text


def test_cancelled_series_with_unclear_occurrence_keeps_the_prefix(tmp_path: Path) -> None:
    """OUTLOOK.md 5: with include_cancelled every VEVENT of a cancelled series is prefixed."""
    event = make_event(
        "Natt",
        _span("2027-03-26 02:30", 30, STOCKHOLM),
        rule="FREQ=DAILY;COUNT=5",
        status=EventStatus.CANCELLED,
    )
    text = _calendar(event, ExportOptions(include_cancelled=True))
    assert properties(text, "SUMMARY") == ["SUMMARY:Cancelled: Natt"] * 2
    path = tmp_path / "cancelled.ics"
    path.write_text(text, encoding="utf-8", newline="")
    run_ics_check(path)


@pytest.mark.parametrize(
    ("start", "end", "zone_name"),
    [("2027-10-31 02:30", "2027-10-31 04:30", STOCKHOLM),
     ("2027-11-07 01:30", "2027-11-07 03:00", LOS_ANGELES)],
)  # fmt: skip
def test_a_series_starting_in_an_unclear_hour_is_read_alike_by_every_reader(
    start: str, end: str, zone_name: str, tmp_path: Path
) -> None:
    """OUTLOOK.md 3 and 6: a first start in the hour the autumn night repeats names no one
    instant, so readers gave the first occurrence different starts and lengths. It is
    written apart in UTC with its exact DURATION, the series from its second occurrence;
    the preview says what the file says, and every parser of ics-check agrees."""
    event = make_event("Nattskift", timed(start, end, zone_name), rule="FREQ=WEEKLY;COUNT=3")
    domain_start, domain_end = event.timing.utc_bounds()
    text = _calendar(event)
    first, master = text.split("BEGIN:VEVENT")[1:]
    assert properties(first, "DURATION") == [f"DURATION:{duration_text(domain_end - domain_start)}"]
    assert properties(first, "DTSTART")[0].endswith("Z")
    assert "RRULE:FREQ=WEEKLY;COUNT=2" in master
    assert properties(master, "DTSTART")[0].startswith(f"DTSTART;TZID={zone_name}:")
    rows = preview(text, "UTC")
    assert (rows[0].start, rows[0].end) == (domain_start, domain_end)
    assert rows[0].recurrence.startswith("the first occurrence of a series, written apart")
    path = tmp_path / "unclear-start.ics"
    path.write_text(text, encoding="utf-8", newline="")
    report = run_ics_check(path)
    assert "DISAGREE" not in report and "icalendar+recurring-ical-events 3, ical.js 3" in report


def test_the_preview_gives_the_length_the_file_gives_a_first_start_in_the_repeated_hour(
    tmp_path: Path,
) -> None:
    """Issue 12, 3: 02:30–03:30 on the night the clocks go back reads as an hour, but the
    first 02:30 (summer time) to 03:30 is two: the file's DURATION says PT2H, and so must the
    preview, whose times alone cannot tell which 02:30 it is."""
    event = make_event("Nattskift", timed("2027-10-31 02:30", "2027-10-31 03:30", STOCKHOLM),
                       rule="FREQ=WEEKLY;COUNT=3")  # fmt: skip
    text = _calendar(event)
    first = text.split("BEGIN:VEVENT")[1]
    assert properties(first, "DURATION") == ["DURATION:PT2H"]
    rows = preview(text, STOCKHOLM)
    assert (f"{rows[0].start:%H:%M}", f"{rows[0].end:%H:%M}") == ("02:30", "03:30")
    assert rows[0].first_apart and "written apart, 2 h long" in rows[0].recurrence
    assert not rows[1].first_apart and "2 h" not in rows[1].recurrence
    path = tmp_path / "repeated-hour.ics"
    path.write_text(text, encoding="utf-8", newline="")
    run_ics_check(path)
