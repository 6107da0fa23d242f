"""Golden files: representative events exported exactly as committed (DTSTAMP normalised),
each parsed back, each passing ics-check (OUTLOOK.md, all sections).

Set EVENTPLANNER_UPDATE_GOLDEN=1 to write the files again after a deliberate change; the
diff is then the review.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest

from eventplanner.domain.timing import AllDaySpan
from eventplanner.ical import export_calendar
from tests.ical.factories import STAMP, run_ics_check
from tests.ical.golden_events import GOLDEN

FOLDER = Path(__file__).parent / "golden"
UPDATE = os.environ.get("EVENTPLANNER_UPDATE_GOLDEN") == "1"


def _normalised(text: str) -> str:
    return re.sub(r"DTSTAMP:\d{8}T\d{6}Z", "DTSTAMP:(export time)", text)


def _exported(name: str) -> str:
    golden = GOLDEN[name]
    return export_calendar(golden.events, golden.info, golden.options, stamp=STAMP)


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_export_matches_golden_file(name: str) -> None:
    """OUTLOOK.md 1-8: the export of each representative event is byte for byte the
    reviewed file, once DTSTAMP (the export time, 7) is set aside."""
    path = FOLDER / f"{name}.ics"
    text = _exported(name)
    if UPDATE:
        path.write_bytes(text.encode())
    expected = path.read_bytes().decode()
    assert _normalised(text) == _normalised(expected)
    later = export_calendar(
        GOLDEN[name].events,
        GOLDEN[name].info,
        GOLDEN[name].options,
        stamp=datetime(2027, 6, 1, tzinfo=UTC),
    )
    assert "DTSTAMP:20270601T000000Z" in later
    assert _normalised(later) == _normalised(expected)


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_golden_file_parses_back_to_its_events(name: str) -> None:
    """OUTLOOK.md 1, 3, 4: icalendar reads each golden file back to the events' UIDs,
    instants (or days, with the exclusive end) and titles."""
    golden = GOLDEN[name]
    parsed = icalendar.Calendar.from_ical((FOLDER / f"{name}.ics").read_bytes())
    masters = {str(v["UID"]): v for v in parsed.walk("VEVENT") if "RECURRENCE-ID" not in v}
    shown = [(e, p) for e, p in golden.events if e.status != "cancelled" or
             golden.options.include_cancelled]  # fmt: skip
    assert set(masters) == {e.uid for e, _ in shown}
    for event, place in shown:
        vevent = masters[event.uid]
        assert str(vevent["SUMMARY"]).endswith(event.title)
        start, end = vevent["DTSTART"].dt, vevent["DTEND"].dt
        if isinstance(event.timing, AllDaySpan):
            assert (start, end) == (
                event.timing.first_day,
                date.fromordinal(event.timing.last_day.toordinal() + 1),
            )
        else:
            assert start == event.timing.start and end == event.timing.end
            assert str(vevent["DTSTART"].params["TZID"]) == event.timing.time_zone
        if place is not None:
            assert str(vevent["LOCATION"]).startswith(place.name)


def test_golden_files_pass_ics_check() -> None:
    """OUTLOOK.md (the checklist as ../shared/tools/ics-check applies it): every golden file
    passes, all independent parsers agreeing on every event and occurrence."""
    files = [FOLDER / f"{name}.ics" for name in sorted(GOLDEN)]
    assert all(f.exists() for f in files)
    run_ics_check(*files)
