"""The VCALENDAR around the events (OUTLOOK.md 1-3, 7)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from eventplanner.domain.enums import EventStatus
from eventplanner.ical import CalendarInfo, calendar_text, event_text, export_calendar
from tests.ical.factories import STAMP, days, make_event, properties, timed, unfolded_lines


def _events():  # type: ignore[no-untyped-def]
    return [
        (make_event(uid="a@x", timing=timed("2027-03-12 09:00", "2027-03-12 10:00")), None),
        (
            make_event(
                uid="b@x",
                timing=timed("2027-03-12 09:00", "2027-03-12 10:00", "America/Los_Angeles"),
            ),
            None,
        ),
        (make_event(uid="c@x", timing=days("2027-03-12", "2027-03-12")), None),
    ]


def test_framing_and_publish_method() -> None:
    """OUTLOOK.md 1-2: one VCALENDAR, VERSION:2.0, a PRODID, CALSCALE, METHOD:PUBLISH, CRLF
    line ends and nothing else."""
    text = export_calendar(_events(), CalendarInfo("Mässor 2027"), stamp=STAMP)
    lines = unfolded_lines(text)
    assert lines[:5] == ["BEGIN:VCALENDAR", "VERSION:2.0", lines[2], "CALSCALE:GREGORIAN",
                         "METHOD:PUBLISH"]  # fmt: skip
    assert lines[2].startswith("PRODID:-//Eventplanner//")
    assert text.endswith("END:VCALENDAR\r\n") and text.count("BEGIN:VCALENDAR") == 1
    assert "\n" not in text.replace("\r\n", "")
    assert properties(text, "X-WR-CALNAME") == ["X-WR-CALNAME:Mässor 2027"]


def test_single_event_file_has_no_calendar_name() -> None:
    """OUTLOOK.md 2: leave X-WR-CALNAME out of a single-event file."""
    text = export_calendar(_events()[:1], CalendarInfo(name=None), stamp=STAMP)
    assert "X-WR-CALNAME" not in text and "X-WR-CALDESC" not in text


def test_feed_names_description_and_refresh() -> None:
    """OUTLOOK.md 2: X-WR-CALNAME, X-WR-CALDESC, X-PUBLISHED-TTL and REFRESH-INTERVAL."""
    info = CalendarInfo("Personal", "Allt; internt", refresh=timedelta(hours=1))
    text = export_calendar(_events(), info, stamp=STAMP)
    assert properties(text, "X-WR-CALDESC") == ["X-WR-CALDESC:Allt\\; internt"]
    assert properties(text, "X-PUBLISHED-TTL") == ["X-PUBLISHED-TTL:PT1H"]
    assert properties(text, "REFRESH-INTERVAL") == ["REFRESH-INTERVAL;VALUE=DURATION:PT1H"]


def test_one_vtimezone_for_each_zone_used_and_none_other() -> None:
    """OUTLOOK.md 3: every TZID used needs a VTIMEZONE in the same file; all-day events use
    none."""
    text = export_calendar(_events(), CalendarInfo("x"), stamp=STAMP)
    assert properties(text, "TZID") == ["TZID:America/Los_Angeles", "TZID:Europe/Stockholm"]
    only_days = export_calendar(_events()[2:], CalendarInfo("x"), stamp=STAMP)
    assert "VTIMEZONE" not in only_days


def test_dtstamp_is_the_export_time_in_utc() -> None:
    """OUTLOOK.md 7: DTSTAMP is the time of export, whatever zone the stamp was given in."""
    texts = [t for t in (event_text(e, p) for e, p in _events()) if t is not None]
    stamp = datetime(2027, 2, 1, 11, 0, tzinfo=timezone(timedelta(hours=1)))
    text = calendar_text(texts, CalendarInfo("x"), stamp=stamp)
    assert properties(text, "DTSTAMP") == ["DTSTAMP:20270201T100000Z"] * 3


def test_naive_stamp_and_tiny_refresh_are_refused() -> None:
    """STYLE.md: never a naive datetime across a layer; a refresh under a minute is a slip."""
    with pytest.raises(ValueError, match="stamp"):
        calendar_text([], CalendarInfo("x"), stamp=datetime(2027, 1, 1))
    with pytest.raises(ValueError, match="minute"):
        calendar_text([], CalendarInfo("x", refresh=timedelta(seconds=5)), stamp=STAMP)


def test_cancelled_events_are_left_out_of_the_whole() -> None:
    """OUTLOOK.md 5: cancelled events are removed from feeds by default."""
    event = make_event(uid="gone@x", status=EventStatus.CANCELLED)
    text = export_calendar([(event, None), *_events()], CalendarInfo("x"), stamp=STAMP)
    assert "gone@x" not in text and text.count("BEGIN:VEVENT") == 3
