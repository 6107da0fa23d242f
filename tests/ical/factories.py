"""Events built without a database, for the iCalendar tests, and the tools they share."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus, default_busy_status
from eventplanner.domain.model import Event
from eventplanner.domain.recurrence import Recurrence, normalize_rule
from eventplanner.domain.timezones import localize
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing
from tests.shared_tools import ICS_CHECK

REPO = Path(__file__).resolve().parents[2]
"""../shared/tools/ics-check from the project's root, as CI lays it out."""
STAMP = datetime(2027, 1, 15, 9, 30, tzinfo=UTC)
CREATED = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
MODIFIED = datetime(2026, 12, 1, 14, 5, 30, tzinfo=UTC)


def at(text: str, zone_name: str = "Europe/Stockholm") -> datetime:
    """``"2027-03-12 09:00"`` as an aware time in ``zone_name`` (the domain's own rule)."""
    return localize(datetime.fromisoformat(text), zone_name)


def timed(start: str, end: str, zone_name: str = "Europe/Stockholm") -> TimedSpan:
    return TimedSpan(at(start, zone_name), at(end, zone_name), zone_name)


def days(first: str, last: str, zone_name: str = "Europe/Stockholm") -> AllDaySpan:
    return AllDaySpan(date.fromisoformat(first), date.fromisoformat(last), zone_name)


def make_event(
    title: str = "Seminarium",
    timing: Timing | None = None,
    *,
    uid: str = "event-1@eventplanner",
    kind: EventKind = EventKind.SEMINAR,
    rule: str | None = None,
    exdates: tuple[Any, ...] = (),
    busy: BusyStatus | None = None,
    **fields: Any,
) -> Event:
    """A stored-looking event; ``rule`` made canonical as the event service stores it."""
    timing = timing or timed("2027-03-12 09:00", "2027-03-12 11:00")
    recurrence = None
    if rule is not None:
        canonical = normalize_rule(rule, all_day=timing.all_day, time_zone=timing.time_zone)
        recurrence = Recurrence(canonical, exdates)
    event = Event(
        id=1,
        uid=uid,
        title=title,
        timing=timing,
        kind=kind,
        status=EventStatus.CONFIRMED,
        description="",
        venue_id=None,
        venue_name=None,
        online_url="",
        project_id=None,
        project_name=None,
        organiser_id=None,
        organiser_name=None,
        tags=(),
        capacity=None,
        web_page="",
        busy_status=busy or default_busy_status(kind),
        busy_status_is_default=busy is None,
        reminder_minutes=None,
        recurrence=recurrence,
        notes="",
        sequence=3,
        version=4,
        created_at=CREATED,
        modified_at=MODIFIED,
    )
    return replace(event, **fields)


def unfolded_lines(text: str) -> list[str]:
    """The content lines of a calendar, unfolded."""
    return re.sub(r"\r\n[ \t]", "", text).split("\r\n")


def properties(text: str, name: str) -> list[str]:
    """Every ``NAME...`` line (with parameters), unfolded."""
    return [line for line in unfolded_lines(text) if re.match(rf"{name}[;:]", line)]


def run_ics_check(*files: Path) -> str:
    """ics-check's report on ``files``; fails the test when the tool fails them. Skips only
    when the tool is absent (it is on every developer's machine and CI's)."""
    if not ICS_CHECK.exists() or shutil.which("bash") is None:
        pytest.skip(f"ics-check not found at {ICS_CHECK}")
    done = subprocess.run(
        [str(ICS_CHECK), *map(str, files)], capture_output=True, text=True, timeout=600
    )
    report = done.stdout + done.stderr
    assert done.returncode == 0, f"ics-check failed:\n{report[-6000:]}"
    assert report.count("verdict: PASS") == len(files), report[-6000:]
    return report
