"""An override whose series is not in the file but which carries an RRULE of its own is
that series (Exchange writes the later part of a series split at "this and following" so,
RFC 5545 3.8.4.4 with RANGE=THISANDFUTURE): kept under its own UID, with its rule."""

from __future__ import annotations

from datetime import UTC, datetime

from eventplanner.ical.reader import read_calendar
from tests.icsfiles import calendar, event


def read(data: bytes):
    return read_calendar(data, floating_zone="Europe/Stockholm")


def test_an_orphan_override_with_its_own_rule_is_the_series_under_its_own_uid() -> None:
    data = calendar(
        event(
            "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Stockholm:20270312T090000",
            "RRULE:FREQ=WEEKLY;COUNT=4",
            "EXDATE;TZID=Europe/Stockholm:20270319T090000",
            uid="split@test",
        )
    )
    (record,) = read(data).records
    assert record.uid == "split@test"
    assert record.recurrence is not None
    assert record.recurrence.rule == "FREQ=WEEKLY;COUNT=4"
    assert record.recurrence.exdates == (datetime(2027, 3, 19, 9),)
    assert record.timing.utc_bounds()[0] == datetime(2027, 3, 12, 8, tzinfo=UTC)
    assert any("imported as that series" in w for w in record.warnings)
    assert not any("single event" in w for w in record.warnings)


def test_the_other_overrides_of_that_uid_attach_to_it() -> None:
    data = calendar(
        event(
            "RECURRENCE-ID;TZID=Europe/Stockholm:20270312T090000",
            "RRULE:FREQ=WEEKLY;COUNT=4",
            uid="split@test",
        ),
        event(
            "RECURRENCE-ID;TZID=Europe/Stockholm:20270326T090000",
            "DTSTART;TZID=Europe/Stockholm:20270326T130000",
            "DTEND;TZID=Europe/Stockholm:20270326T140000",
            uid="split@test",
            summary="Flyttad",
        ),
    )
    (record,) = read(data).records
    assert record.uid == "split@test" and record.recurrence is not None
    (moved,) = record.overrides
    assert moved.recurrence_id == datetime(2027, 3, 26, 9)
    assert moved.title == "Flyttad"


def test_an_orphan_override_without_a_rule_is_still_a_single_event() -> None:
    data = calendar(event("RECURRENCE-ID;TZID=Europe/Stockholm:20270312T090000", uid="s@test"))
    (record,) = read(data).records
    assert record.uid == "s@test#20270312T090000" and record.recurrence is None
