"""Mangled input: random bytes, damaged files, a 50 MB file. Only our error, never a crash,
and a refused import writes nothing."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventplanner.ical.reader import ICalendarError, read_calendar
from eventplanner.services.importing.service import ImportOptions
from eventplanner.services.workspace import Workspace
from tests.icsfiles import calendar, event

VALID = calendar(
    "BEGIN:VTIMEZONE\nTZID:Custom\nBEGIN:STANDARD\nDTSTART:19701025T030000\nTZOFFSETFROM:+0200\n"
    "TZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE",
    event("RRULE:FREQ=WEEKLY;UNTIL=20270430T000000Z", "EXDATE;TZID=Custom:20270319T090000",
          "DTSTART;TZID=Custom:20270312T090000", "DTEND;TZID=Custom:20270312T100000",
          "CATEGORIES:Kurs,Ämne", "BEGIN:VALARM\nTRIGGER:-PT15M\nEND:VALARM"),
    event("RECURRENCE-ID;TZID=Custom:20270326T090000", "DURATION:PT2H", "-DTEND"),
    event("DTSTART;VALUE=DATE:20270401", "DTEND;VALUE=DATE:20270403", uid="b@test"),
)  # fmt: skip


def _mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    for position, cut, insert in edits:
        at = position % (len(data) + 1)
        data = data[:at] + insert + data[at + cut :]
    return data


edits = st.lists(
    st.tuples(
        st.integers(0, 10_000),
        st.integers(0, 40),
        st.one_of(
            st.binary(max_size=12),
            st.sampled_from([b"\r\n", b"\r\n ", b":", b";", b"=", b'"', b"\\", b"Z", b"\xe5",
                             b"BEGIN:VEVENT\r\n", b"END:VEVENT\r\n", b"RRULE:FREQ=DAILY\r\n",
                             b"T", b"0", b"9", b"-"]),
        ),
    ),
    min_size=1,
    max_size=6,
)  # fmt: skip


def _read_or_refuse(data: bytes, skip_bad: bool) -> None:
    try:
        read_calendar(data, floating_zone="Europe/Stockholm", skip_bad=skip_bad)
    except ICalendarError as exc:
        assert str(exc)  # a message to show


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400), st.booleans())
def test_random_bytes_are_refused_clearly(data: bytes, skip_bad: bool) -> None:
    _read_or_refuse(data, skip_bad)
    _read_or_refuse(b"BEGIN:VCALENDAR\r\n" + data, skip_bad)


@settings(max_examples=400, deadline=None)
@given(edits, st.booleans())
def test_damaged_files_give_our_error_or_a_reading(changes: list[tuple[int, int, bytes]],
                                                  skip_bad: bool) -> None:  # fmt: skip
    _read_or_refuse(_mutate(VALID, changes), skip_bad)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits, st.booleans())
def test_plan_and_apply_write_all_or_nothing(
    tmp_path_factory: pytest.TempPathFactory, changes: list[tuple[int, int, bytes]], skip_bad: bool
) -> None:
    workspace = Workspace.open(tmp_path_factory.mktemp("fuzz") / "planner.sqlite")
    try:
        data = _mutate(VALID, changes)
        try:
            plan = workspace.imports.plan(data, options=ImportOptions(skip_bad=skip_bad))
        except ICalendarError:
            assert workspace.queries.count() == 0
            return
        result = workspace.imports.apply(plan)
        assert workspace.queries.count() == len(result.created) == plan.writes
    finally:
        workspace.close()


def test_every_truncation_of_a_file_is_read_or_refused_with_a_line() -> None:
    for end in range(0, len(VALID), 7):
        try:
            read_calendar(VALID[:end], floating_zone="Europe/Stockholm")
        except ICalendarError as exc:
            assert "line" in str(exc) or "empty" in str(exc)
        result = None
        try:
            result = read_calendar(VALID[:end], floating_zone="Europe/Stockholm", skip_bad=True)
        except ICalendarError:
            continue
        assert len(result.records) <= 2


@pytest.mark.slow
def test_a_50_mb_file(tmp_path: Path) -> None:
    text = "Beskrivning med å, ä och ö; " * 900  # about 25 kB a description
    body = [event(f"DESCRIPTION:{text}", f"DTSTART:2027{1 + i % 12:02}{1 + i % 28:02}T080000Z",
                  f"DTEND:2027{1 + i % 12:02}{1 + i % 28:02}T090000Z", uid=f"e{i}@test")
            for i in range(2000)]  # fmt: skip
    path = tmp_path / "big.ics"
    path.write_bytes(calendar(*body))
    assert path.stat().st_size > 50 * 1024 * 1024
    workspace = Workspace.open(tmp_path / "planner.sqlite")
    try:
        plan = workspace.imports.plan(path.read_bytes())
        assert plan.writes == 2000
        workspace.imports.apply(plan)
        assert workspace.queries.count() == 2000
        assert workspace.events.get_by_uid("e1999@test").description == text
    finally:
        workspace.close()
    started = time.perf_counter()  # the truncated copy is refused by its line, not a crash
    with pytest.raises(ICalendarError, match="line"):
        read_calendar(path.read_bytes()[:-5000], floating_zone="Europe/Stockholm")
    assert time.perf_counter() >= started
