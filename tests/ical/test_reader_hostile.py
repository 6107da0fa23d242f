"""Hostile input is cheap to refuse: reading is linear in the file, whatever its lines hold,
and whatever bytes follow a good file, an import either happens whole or not at all."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from eventplanner.ical import reader_zones
from eventplanner.ical.reader import ICalendarError, read_calendar
from eventplanner.ical.reader_lines import parse_line, read_file, read_limited
from eventplanner.persistence.schema import Base
from eventplanner.services.importing.service import ImportOptions
from eventplanner.services.workspace import Workspace
from tests.icsfiles import calendar, event

MEGABYTE = 1024 * 1024

GOOD = calendar(
    event("RRULE:FREQ=WEEKLY;COUNT=4", "CATEGORIES:Kurs,Ämne"),
    event("DTSTART;VALUE=DATE:20270401", "DTEND;VALUE=DATE:20270403", uid="b@test"),
)

# Each was minutes (or longer) in the regular expression that read parameters before: a
# parameter left open, or a long run of ones, made it try every way of splitting the blanks.
PATHOLOGICAL = {
    "an unterminated parameter of spaces": "X-A;B=" + " " * MEGABYTE,
    "spaces after the name": "X" + " " * MEGABYTE + ";",
    "a run of blank parameters": "X;A=B" + ";A= " * (MEGABYTE // 4),
    "an unterminated quote": 'X;A="' + " " * MEGABYTE,
    "a run of empty values": "X;A=" + ", " * (MEGABYTE // 2),
    "tabs around a name": "X;" + "\t" * MEGABYTE + "A",
}


@pytest.mark.timeout(30)
@pytest.mark.parametrize("line", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_a_pathological_megabyte_line_is_refused_in_linear_time(line: str) -> None:
    assert parse_line(1, line) is None
    with pytest.raises(ICalendarError, match=r"line 9.*not an iCalendar line"):
        read_calendar(calendar(event(line)), floating_zone="Europe/Stockholm")


@pytest.mark.timeout(30)
def test_a_megabyte_of_parameters_is_still_read() -> None:
    line = parse_line(7, "X-A" + ';P="x:y", z ' * (MEGABYTE // 12) + ";Q=1:value")
    assert line is not None
    assert line.params == {"P": "x:y,z", "Q": "1"}
    assert line.value == "value"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('DTSTART;TZID="Europe/Stockholm":20270312T090000',
         ("DTSTART", {"TZID": "Europe/Stockholm"}, "20270312T090000")),
        ("dtstart ; tzid = Europe/Oslo  :x:y", ("DTSTART", {"TZID": "Europe/Oslo"}, "x:y")),
        ('X;A="a,b", c ,,d;a=again:v', ("X", {"A": "a,b,c,d"}, "v")),
        ('X;A="":', ("X", {"A": ""}, "")),
        ('X;A="b" ;C=d:v', None),  # blanks after a quoted value go only before the colon
        ('X;A="b"c:v', None),
        ("X;=b:v", None),
        ("X;A:v", None),
        ("X", None),
        (":v", None),
    ],
)  # fmt: skip
def test_content_lines_as_rfc_5545_writes_them(
    text: str, expected: tuple[str, dict[str, str], str] | None
) -> None:
    line = parse_line(1, text)
    assert (line and (line.name, line.params, line.value)) == expected


def _everything(workspace: Workspace) -> dict[str, list[tuple[object, ...]]]:
    with workspace.database.reading() as session:
        return {
            table.name: sorted(
                (tuple(map(repr, row)) for row in session.execute(select(table))), key=repr
            )
            for table in Base.metadata.sorted_tables
        }


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    tail=st.binary(max_size=300),
    inside=st.booleans(),
    skip_bad=st.booleans(),
)
def test_any_bytes_after_a_good_file_import_whole_or_leave_the_database_as_it_was(
    workspace: Workspace, tail: bytes, inside: bool, skip_bad: bool
) -> None:
    """The tail goes after the file, or before its END:VCALENDAR (inside the calendar)."""
    data = (
        GOOD[: -len(b"END:VCALENDAR\r\n")] + tail + b"\r\nEND:VCALENDAR\r\n"
        if inside
        else (GOOD + tail)
    )
    before = _everything(workspace)
    try:
        plan = workspace.imports.plan(data, options=ImportOptions(skip_bad=skip_bad))
        assert _everything(workspace) == before
        workspace.imports.apply(plan)
    except ICalendarError as exc:
        assert str(exc)
        assert _everything(workspace) == before
        return
    after = _everything(workspace)
    events = [row for row in after["events"] if row not in before["events"]]
    assert len(events) == plan.writes


_NINES = "9" * 4300
REFUSED = {
    "10,000 nested BEGIN lines in an event": (
        ("BEGIN:X",) * 10_000 + ("END:X",) * 10_000,
        "line 23: BEGIN:X is nested more than 16 components deep",
    ),
    "the year 0001 as a date": (
        ("DTSTART;VALUE=DATE:00010101", "DTEND;VALUE=DATE:00010102"),
        "DTSTART (line 7): the year 1 is out of range (1900-2200)",
    ),
    "the year 0001 in UTC": (("DTSTART:00010101T000000Z",), "the year 1 is out of range"),
    "the year 9999 in UTC": (
        ("DTSTART:99991231T230000Z", "DTEND:99991231T233000Z"),
        "DTSTART (line 7): the year 9999 is out of range (1900-2200)",
    ),
    "the year 9999 in a zone": (
        ("DTEND;TZID=Europe/Stockholm:99991231T100000",),
        "DTEND (line 8): the year 9999 is out of range (1900-2200)",
    ),
    "a 4,300-digit DURATION": (("-DTEND", f"DURATION:PT{_NINES}S"), "far too long a duration"),
    "a 5,000-digit DURATION": (("-DTEND", f"DURATION:P{_NINES}{'9' * 700}W"), "far too long"),
    "a DURATION past the calendar": (("-DTEND", "DURATION:P999999999D"), "over a hundred years"),
    "a COUNT of 10^12": (("RRULE:FREQ=DAILY;COUNT=1000000000000",), "COUNT must be 1 to 5000"),
    "a 4,301-digit COUNT": ((f"RRULE:FREQ=DAILY;COUNT={_NINES}9",), "COUNT must be 1 to 5000"),
    "an INTERVAL of 10^12": (("RRULE:FREQ=DAILY;INTERVAL=1000000000000",), "INTERVAL must be"),
    "BYDAY=99MO": (("RRULE:FREQ=MONTHLY;BYDAY=99MO",), "a month has at most 5 of each weekday"),
    "an UNTIL in 9999": (("RRULE:FREQ=YEARLY;UNTIL=99991231",), "the year 9999 is out of range"),
}


@pytest.mark.timeout(30)
@pytest.mark.parametrize(("lines", "message"), REFUSED.values(), ids=REFUSED.keys())
def test_a_malformed_value_refuses_its_event_with_a_short_message(
    lines: tuple[str, ...], message: str
) -> None:
    data = calendar(event(*lines), event(uid="ok@test"))
    with pytest.raises(ICalendarError) as raised:
        read_calendar(data, floating_zone="Europe/Stockholm")
    assert message in str(raised.value)
    assert len(str(raised.value)) < 300
    if "nested" in message:
        return  # the file itself is damaged: no event is read from it
    read = read_calendar(data, floating_zone="Europe/Stockholm", skip_bad=True)
    assert [r.uid for r in read.records] == ["ok@test"]
    assert message in read.skipped[0].message


LEFT_OUT = {
    "a 4,300-digit TRIGGER": (
        (f"BEGIN:VALARM\nTRIGGER:-PT{_NINES}M\nEND:VALARM",),
        "TRIGGER (line 10): '-PT999",
    ),
    "a TRIGGER in the year 0001": (
        ("BEGIN:VALARM\nTRIGGER;VALUE=DATE-TIME:00010101T000000Z\nEND:VALARM",),
        "TRIGGER (line 10): the year 1 is out of range (1900-2200); the reminder was left out",
    ),
    "an EXDATE in 9998": (
        ("RRULE:FREQ=DAILY", "EXDATE;TZID=Europe/Stockholm:99981231T090000"),
        "EXDATE (line 10): the year 9998 is out of range (1900-2200); that skipped date was "
        "left out",
    ),
    "LAST-MODIFIED in 9999": (
        ("LAST-MODIFIED:99991231T235959Z",),
        "LAST-MODIFIED (line 9): the year 9999 is out of range (1900-2200); left out",
    ),
}


@pytest.mark.timeout(30)
@pytest.mark.parametrize(("lines", "warning"), LEFT_OUT.values(), ids=LEFT_OUT.keys())
def test_a_malformed_value_of_a_detail_is_left_out_with_a_short_warning(
    lines: tuple[str, ...], warning: str
) -> None:
    (record,) = read_calendar(calendar(event(*lines)), floating_zone="Europe/Stockholm").records
    assert any(warning in w and len(w) < 200 for w in record.warnings), record.warnings


class _Endless(io.RawIOBase):
    """A stream that never ends (a pipe from a runaway program), counting what it gives."""

    def __init__(self, first: bytes) -> None:
        self.given = 0
        self._first = first

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        size = len(buffer)
        data = (self._first + b" " * size)[:size]
        self._first = self._first[size:]
        buffer[:size] = data
        self.given += size
        return size


def test_the_size_limit_holds_while_reading_an_endless_stream() -> None:
    stream = _Endless(GOOD)
    with pytest.raises(ICalendarError, match=r"the file is 3 MB or more; at most 3 MB"):
        read_limited(stream, limit=3 * MEGABYTE)  # type: ignore[arg-type]
    assert stream.given <= 3 * MEGABYTE + 1
    assert read_limited(io.BytesIO(GOOD), limit=len(GOOD)) == GOOD


def test_a_file_larger_than_the_limit_is_refused_by_its_size_before_reading(
    tmp_path: Path,
) -> None:
    huge = tmp_path / "huge.ics"
    with huge.open("wb") as stream:
        stream.truncate(2 * 1024**3)  # sparse: two gigabytes of nothing, on no disk
    with pytest.raises(ICalendarError, match=r"2048 MB or more; at most 256 MB can be imported"):
        read_file(huge)
    small = tmp_path / "small.ics"
    small.write_bytes(GOOD)
    assert read_file(small) == GOOD


def _zone(tzid: str, standard: str = "+0100", summer: str = "+0200") -> str:
    """A VTIMEZONE as Outlook writes one of its own: rules from 1601, no IANA name."""
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:STANDARD\nDTSTART:16011028T030000\n"
        f"TZOFFSETFROM:{summer}\nTZOFFSETTO:{standard}\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\n"
        f"END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010325T020000\nTZOFFSETFROM:{standard}\n"
        f"TZOFFSETTO:{summer}\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\n"
        "END:VTIMEZONE"
    )


def _each_in_its_own_zone(zones: list[str]) -> bytes:
    parts: list[str] = []
    for number, definition in enumerate(zones):
        parts.append(definition)
        tzid = f"Zone {number}"
        start, end = f"DTSTART;TZID={tzid}:20270312T090000", f"DTEND;TZID={tzid}:20270312T100000"
        parts.append(event(start, end, uid=f"e{number}@test"))
    return calendar(*parts)


@pytest.fixture
def matchings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each time a file's own zone is compared with the IANA zones (the costly work)."""
    reader_zones._definition.cache_clear()
    found: list[str] = []
    matching = reader_zones._matching_zone

    def counting(custom: tzinfo, first: int, preferred: str) -> str | None:
        name = matching(custom, first, preferred)
        found.append(str(name))
        return name

    monkeypatch.setattr(reader_zones, "_matching_zone", counting)
    return found


@pytest.mark.timeout(120)
def test_a_thousand_copies_of_one_custom_zone_are_matched_once(matchings: list[str]) -> None:
    data = _each_in_its_own_zone([_zone(f"Zone {n}") for n in range(1000)])
    read = read_calendar(data, floating_zone="Europe/Stockholm")
    assert len(read.records) == 1000
    assert {r.timing.time_zone for r in read.records} == {"Europe/Stockholm"}
    assert all(not r.warnings for r in read.records)
    assert matchings == ["Europe/Stockholm"]


@pytest.mark.timeout(120)
def test_a_thousand_different_custom_zones_are_matched_at_most_a_few_times(
    matchings: list[str],
) -> None:
    """Beyond ``MAX_MATCHED_DEFINITIONS`` a zone is still used for its instants (with a
    warning), not compared with every IANA zone over four years."""
    zones = [_zone(f"Zone {n}", f"+01{n % 60:02}", f"+0{2 + n // 60 % 8}{n % 60:02}")
             for n in range(1000)]  # fmt: skip
    read = read_calendar(_each_in_its_own_zone(zones), floating_zone="Europe/Stockholm")
    assert len(read.records) == 1000
    assert len(matchings) == reader_zones.MAX_MATCHED_DEFINITIONS
    last = read.records[-1]
    assert last.timing.start == datetime(2027, 3, 12, 9, tzinfo=timezone(timedelta(hours=1.65)))
    assert "the file defines more than 8 zones of its own" in last.warnings[0]
