"""Every series in a shape Outlook reads (OUTLOOK.md 6, [MS-OXCICAL] 2.1.3.2.2): rules outside
Outlook's patterns never reach a file as they are, and each file passes ics-check."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from eventplanner.domain.model import OccurrenceChange
from eventplanner.domain.recurrence import recurrence_ids
from eventplanner.domain.series import first_of
from eventplanner.ical import CalendarInfo, export_calendar, outlook_warnings, preview
from eventplanner.ical.outlook_rules import rule_problem
from tests.ical.factories import STAMP, days, make_event, properties, run_ics_check, timed

SKIP_JULY = "FREQ=MONTHLY;BYDAY=2TU;BYMONTH=1,2,3,4,5,6,8,9,10,11,12"


def _file(tmp_path: Path, name: str, *events) -> tuple[str, Path]:  # type: ignore[no-untyped-def]
    text = export_calendar([(e, None) for e in events], CalendarInfo("Serier"), stamp=STAMP)
    path = tmp_path / f"{name}.ics"
    path.write_bytes(text.encode())
    return text, path


def _rules(text: str) -> list[str]:
    return [line.split(":", 1)[1] for line in properties(text, "RRULE") if "BYMONTH=10" not in
            line and "BYMONTH=3;BYDAY=-1SU" not in line]  # fmt: skip


def test_bounded_rules_outside_outlooks_patterns_are_written_in_one(tmp_path: Path) -> None:
    """OUTLOOK.md 6: a bounded rule Outlook has no pattern for ("skip July", several
    BYSETPOS, a 31st that short months lack) is written as the nearest pattern plus EXDATEs,
    the same days, and ics-check's parsers agree on them."""
    skip = make_event(uid="skip@x", timing=timed("2027-01-12 16:00", "2027-01-12 18:00"),
                      rule=f"{SKIP_JULY};COUNT=10")  # fmt: skip
    setpos = make_event(uid="setpos@x", timing=timed("2027-03-01 09:00", "2027-03-01 10:00"),
                        rule="FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1,3;COUNT=6")  # fmt: skip
    last = make_event(uid="last@x", timing=days("2027-01-31", "2027-01-31"),
                      rule="FREQ=MONTHLY;UNTIL=20271231")  # fmt: skip
    text, path = _file(tmp_path, "nearest", skip, setpos, last)
    assert _rules(text) == [
        "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271109T150000Z",
        "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270517T070000Z",
        "FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20271231",
    ]
    exdates = properties(text, "EXDATE")
    assert exdates[0] == "EXDATE;TZID=Europe/Stockholm:20270713T160000"
    assert exdates[2] == ("EXDATE;VALUE=DATE:20270228,20270430,20270630,20270930,20271130")
    assert all(rule_problem(rule, date(2027, 1, 31)) is None for rule in _rules(text))
    assert text.count("BEGIN:VEVENT") == 3
    assert all(outlook_warnings(event) == () for event in (skip, setpos, last))
    rows = preview(text, "Europe/Stockholm")
    assert rows[0].recurrence.startswith("every month on the second Tuesday at 16:00")
    assert all(row.warnings == () for row in rows)
    assert ": agree" in run_ics_check(path)


def test_rules_no_pattern_comes_near_are_separate_events(tmp_path: Path) -> None:
    """OUTLOOK.md 6: where no pattern fits (several days of the month, several times a day)
    the occurrences are written one by one as separate events, which Outlook and every
    parser read alike, and the preview says what they are."""
    changes = (
        OccurrenceChange(datetime(2027, 3, 15, 9, 0), title="Moved"),
        OccurrenceChange(datetime(2027, 4, 1, 9, 0), cancelled=True),
    )
    series = make_event(timing=timed("2027-03-01 09:00", "2027-03-01 10:00"),
                        rule="FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=6", changes=changes)  # fmt: skip
    hourly = make_event(uid="twice@x", timing=timed("2027-03-01 09:00", "2027-03-01 10:00"),
                        rule="FREQ=DAILY;BYHOUR=9,14;COUNT=4")  # fmt: skip
    text, path = _file(tmp_path, "one-by-one", series, hourly)
    assert "RRULE:FREQ=MONTHLY;BYMONTHDAY" not in text and "BYHOUR" not in text
    uids = [line.removeprefix("UID:") for line in properties(text, "UID")]
    assert uids == [
        "event-1@eventplanner-20270301T090000", "event-1@eventplanner-20270315T090000",
        "event-1@eventplanner-20270415T090000", "event-1@eventplanner-20270501T090000",
        "event-1@eventplanner-20270515T090000",
        "twice@x-20270301T090000", "twice@x-20270301T140000", "twice@x-20270302T090000",
        "twice@x-20270302T140000",
    ]  # fmt: skip
    assert "SUMMARY:Moved" in properties(text, "SUMMARY")
    assert properties(text, "RELATED-TO")[0] == "RELATED-TO:event-1@eventplanner"
    rows = preview(text, "Europe/Stockholm")
    assert rows[1].recurrence.startswith("occurrence 2 of 5 of a series no Outlook pattern")
    (warning,) = outlook_warnings(hourly)
    assert "4 separate events" in warning.message
    (warning,) = outlook_warnings(series)  # six occurrences, one cancelled: five written
    assert "5 separate events" in warning.message
    skipped = make_event(timing=timed("2027-03-01 09:00", "2027-03-01 10:00"),
                         rule="FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=6",
                         exdates=(datetime(2027, 3, 15, 9, 0),))  # fmt: skip
    (warning,) = outlook_warnings(skipped)
    assert "5 separate events" in warning.message
    run_ics_check(path)


def test_count_above_999_is_written_as_until(tmp_path: Path) -> None:
    """Outlook's "end after" holds at most 999 occurrences: the same end as an UNTIL."""
    event = make_event(timing=days("2027-03-01", "2027-03-01"), rule="FREQ=DAILY;COUNT=1200")
    text, path = _file(tmp_path, "count", event)
    assert _rules(text) == ["FREQ=DAILY;UNTIL=20300612"]
    *_, last = recurrence_ids(event.recurrence.rule, first_of(event.timing), "Europe/Stockholm")  # type: ignore[union-attr]
    assert last == date(2030, 6, 12)
    assert outlook_warnings(event) == ()
    run_ics_check(path)


def test_weekday_series_are_written_as_outlook_writes_them(tmp_path: Path) -> None:
    """OUTLOOK.md 6: Outlook writes "every weekday" as FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR."""
    event = make_event(timing=timed("2027-03-01 09:00", "2027-03-01 10:00"),
                       rule="FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20270331")  # fmt: skip
    text, path = _file(tmp_path, "weekdays", event)
    assert _rules(text) == ["FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20270331T215959Z"]
    assert preview(text, "Europe/Stockholm")[0].recurrence.startswith(
        "every weekday (Monday to Friday) at 09:00"
    )
    report = run_ics_check(path)
    assert "icalendar+recurring-ical-events 23, ical.js 23: agree" in report


def test_endless_rules_outside_the_patterns_say_what_outlook_shows(tmp_path: Path) -> None:
    """OUTLOOK.md 6: an endless rule cannot be listed; it is written as it is and both the
    warning and the preview say exactly what Outlook shows: the first occurrence only."""
    event = make_event("Nätverksträff", timed("2027-01-12 16:00", "2027-01-12 18:00"),
                       rule=SKIP_JULY)  # fmt: skip
    text, path = _file(tmp_path, "endless", event)
    assert _rules(text) == [SKIP_JULY]
    (warning,) = outlook_warnings(event)
    assert "only its first occurrence, 2027-01-12 16:00, and none of the others" in (
        warning.message
    )
    (row,) = preview(text, "Europe/Stockholm")
    assert any("only the first occurrence, 2027-01-12 16:00" in w for w in row.warnings)
    run_ics_check(path)


def test_a_bounded_series_too_long_to_list_says_what_outlook_shows() -> None:
    """OUTLOOK.md 6: past 5,000 occurrences a rule no pattern comes near is not listed one
    by one; the warning says so, and what Outlook shows, without calling it endless."""
    event = make_event(timing=timed("2027-03-01 09:00", "2027-03-01 10:00"),
                       rule="FREQ=DAILY;BYHOUR=9,14;UNTIL=20350101")  # fmt: skip
    (warning,) = outlook_warnings(event)
    assert "more occurrences than are written one by one" in warning.message
    assert "without end" not in warning.message
