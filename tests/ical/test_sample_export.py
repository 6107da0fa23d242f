"""The sample year exported whole: it passes ics-check, and reads back, with icalendar and
with vobject, to the instants, occurrences and texts the database holds (issue 4, "Proof")."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events
import vobject

from eventplanner.domain.enums import EventStatus
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.model import Event
from eventplanner.domain.timing import AllDaySpan
from eventplanner.ical import CalendarInfo, ExportOptions, Place, export_calendar, preview
from eventplanner.services.sample import SampleSummary
from eventplanner.services.workspace import Workspace
from tests.ical.factories import run_ics_check

TODAY = date(2026, 11, 18)
STAMP = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
_PLAIN = ExportOptions()
pytestmark = pytest.mark.database_copy("sample_year", TODAY)  # tests/copies.py


@pytest.fixture
def sample(
    workspace: Workspace, made: object
) -> tuple[Workspace, SampleSummary, list[tuple[Event, Place | None]]]:
    summary = made  # the sample year, built once a run and copied (``pytestmark``)
    assert isinstance(summary, SampleSummary)
    window = TimeWindow.days(summary.first_day, summary.last_day)
    ids = dict.fromkeys(o.event_id for o in workspace.queries.occurrences(window))
    pairs: list[tuple[Event, Place | None]] = []
    for event_id in ids:
        event = workspace.events.get(event_id)
        place = None
        if event.venue_id is not None:
            venue = workspace.venues.get(event.venue_id)
            place = Place(venue.name, venue.address, venue.city, venue.country)
        pairs.append((event, place))
    return workspace, summary, pairs


def _export(pairs: list[tuple[Event, Place | None]], options: ExportOptions = _PLAIN) -> str:
    info = CalendarInfo("Klustrets år", "Provår", refresh=timedelta(hours=1))
    return export_calendar(pairs, info, options, stamp=STAMP)


def test_sample_year_passes_ics_check(sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """OUTLOOK.md (ics-check): the sample year, as a feed and with cancelled events and
    notes shown, passes every rule and all parsers agree."""
    _, _, pairs = sample
    plain, everything = tmp_path / "sample.ics", tmp_path / "sample-everything.ics"
    plain.write_bytes(_export(pairs).encode())
    everything.write_bytes(
        _export(pairs, ExportOptions(include_cancelled=True, include_notes=True)).encode()
    )
    run_ics_check(plain, everything)


def _instant(value: object) -> object:
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return value


def _expected_masters(
    pairs: list[tuple[Event, Place | None]],
) -> dict[str, tuple[object, object, str]]:
    found: dict[str, tuple[object, object, str]] = {}
    for event, _ in pairs:
        if event.status is EventStatus.CANCELLED:
            continue
        timing = event.timing
        if isinstance(timing, AllDaySpan):
            found[event.uid] = (timing.first_day, timing.last_day + timedelta(days=1), event.title)
        else:
            found[event.uid] = (
                timing.start.astimezone(UTC),
                timing.end.astimezone(UTC),
                event.title,
            )
    return found


def test_icalendar_reads_back_the_database(sample) -> None:  # type: ignore[no-untyped-def]
    """OUTLOOK.md 3, 4, 8: icalendar gives each event's instants (or days), title,
    description and place as stored."""
    _, _, pairs = sample
    parsed = icalendar.Calendar.from_ical(_export(pairs))
    masters = {str(v["UID"]): v for v in parsed.walk("VEVENT") if "RECURRENCE-ID" not in v}
    expected = _expected_masters(pairs)
    assert {uid: (_instant(v["DTSTART"].dt), _instant(v["DTEND"].dt), str(v["SUMMARY"]))
            for uid, v in masters.items()} == expected  # fmt: skip
    by_uid = {e.uid: (e, p) for e, p in pairs}
    for uid, vevent in masters.items():
        event, place = by_uid[uid]
        assert str(vevent.get("DESCRIPTION", "")).startswith(event.description.strip())
        if place is not None:
            assert str(vevent["LOCATION"]) == place.line


def test_vobject_reads_back_the_same(sample) -> None:  # type: ignore[no-untyped-def]
    """OUTLOOK.md 3 (the VTIMEZONEs read by an independent parser): vobject gives the same
    instants and titles."""
    _, _, pairs = sample
    logging.getLogger("vobject").setLevel(logging.CRITICAL)
    calendar = vobject.readOne(_export(pairs))
    found = {}
    for vevent in calendar.vevent_list:
        if "recurrence-id" in vevent.contents:
            continue
        found[vevent.uid.value] = (
            _instant(vevent.dtstart.value), _instant(vevent.dtend.value), vevent.summary.value,
        )  # fmt: skip
    assert found == _expected_masters(pairs)


def test_expanded_occurrences_are_the_domains(sample) -> None:  # type: ignore[no-untyped-def]
    """OUTLOOK.md 6: recurring-ical-events expands the exported series (RRULE, EXDATE,
    RECURRENCE-ID) to exactly the occurrences the database gives: same start, title."""
    workspace, summary, pairs = sample
    window = TimeWindow.days(summary.first_day, summary.last_day)
    expected = set()
    for occurrence in workspace.queries.occurrences(window):
        if occurrence.status is EventStatus.CANCELLED:
            continue
        timing = occurrence.timing
        start = timing.first_day if isinstance(timing, AllDaySpan) else timing.start.astimezone(UTC)
        expected.add((occurrence.uid, start, occurrence.title))
    calendar = icalendar.Calendar.from_ical(_export(pairs))
    found = set()
    for vevent in recurring_ical_events.of(calendar).between(window.start, window.end):
        found.add((str(vevent["UID"]), _instant(vevent["DTSTART"].dt), str(vevent["SUMMARY"])))
    assert found == expected
    assert len(found) > len(pairs)  # series were expanded


def test_preview_of_the_sample_year_matches_the_database(sample) -> None:  # type: ignore[no-untyped-def]
    """Issue 4, preview: each VEVENT read back shows the stored start in the reader's zone
    (through the file's own VTIMEZONE pairs) and the Outlook warnings of its rule."""
    _, _, pairs = sample
    rows = preview(_export(pairs), "America/Los_Angeles")
    expected = _expected_masters(pairs)
    masters = {r.uid: r for r in rows if r.recurrence_id is None}
    assert set(masters) == set(expected)
    for uid, row in masters.items():
        start = expected[uid][0]
        assert (
            row.start.astimezone(UTC) if isinstance(row.start, datetime) else row.start
        ) == start
    assert any(r.recurrence for r in rows)
