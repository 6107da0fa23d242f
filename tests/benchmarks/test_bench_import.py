"""Importing a 10,000-event .ics file (5% recurring) through ImportService, against the
floor: icalendar parsing the same file plus SQLAlchemy Core inserting the same rows."""

from __future__ import annotations

import gc
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from benchdata import DraftMaker, make_catalog, median, report
from icalendar import Calendar
from sqlalchemy import insert

from eventplanner.domain.model import EventDraft
from eventplanner.domain.recurrence import recurrence_id_text
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.persistence.schema import EventRow
from eventplanner.services.events import rows
from eventplanner.services.events.service import EventService
from eventplanner.services.importing.service import ImportPlan
from eventplanner.services.workspace import Workspace

EVENTS = 10_000
REPEATS = 3
GOAL_RATIO = 2.0

pytestmark = pytest.mark.timeout(1800)


def _text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics(drafts: list[EventDraft], venue_names: dict[int, str]) -> bytes:
    """The drafts as a calendar file, written plainly (the exporter is not measured here)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Eventplanner benchmark//EN"]
    for number, draft in enumerate(drafts):
        timing = draft.timing
        lines += ["BEGIN:VEVENT", f"UID:bench-{number}@eventplanner",
                  f"SUMMARY:{_text(draft.title)}", f"DESCRIPTION:{_text(draft.description)}",
                  f"SEQUENCE:{number % 3}", "LAST-MODIFIED:20240101T120000Z"]  # fmt: skip
        if isinstance(timing, AllDaySpan):
            lines.append(f"DTSTART;VALUE=DATE:{timing.first_day:%Y%m%d}")
            end = timing.last_day.toordinal() + 1
            lines.append(f"DTEND;VALUE=DATE:{type(timing.first_day).fromordinal(end):%Y%m%d}")
        else:
            assert isinstance(timing, TimedSpan)
            lines.append(f"DTSTART;TZID={timing.time_zone}:{timing.start:%Y%m%dT%H%M%S}")
            lines.append(f"DTEND;TZID={timing.time_zone}:{timing.end:%Y%m%dT%H%M%S}")
        if draft.recurrence is not None:
            lines.append(f"RRULE:{draft.recurrence.rule}")
            for skipped in draft.recurrence.exdates:
                text = recurrence_id_text(skipped).replace("-", "").replace(":", "")
                prefix = (
                    "EXDATE;VALUE=DATE" if timing.all_day else f"EXDATE;TZID={timing.time_zone}"
                )
                lines.append(f"{prefix}:{text}")
        categories = [draft.kind.label, *draft.tags]
        lines.append("CATEGORIES:" + ",".join(_text(c) for c in categories))
        if draft.venue_id is not None:
            lines.append(f"LOCATION:{_text(venue_names[draft.venue_id])}")
        if draft.reminder_minutes is not None:
            lines += ["BEGIN:VALARM", f"TRIGGER:-PT{draft.reminder_minutes}M", "END:VALARM"]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _core_rows(plan: ImportPlan) -> list[dict[str, Any]]:
    """The event rows the import stores, worked out beforehand (not timed)."""
    now = rows.now_utc()
    values = []
    for entry in plan.events:
        assert entry.draft is not None
        draft = EventService._checked(entry.draft)
        rule = draft.recurrence.rule if draft.recurrence else None
        values.append(dict(rows.event_columns(draft, rule), uid=entry.uid, sequence=entry.sequence,
                           version=1, created_at=now, modified_at=now))  # fmt: skip
    return values


def test_import_10k_service_vs_icalendar_plus_core(bench_dir: Path) -> None:
    folder = bench_dir / "import"
    folder.mkdir()
    setup = Workspace.open(folder / "setup.sqlite")
    catalog = make_catalog(setup)
    names = {v.id: v.name for v in setup.venues.list() if v.id is not None}
    drafts = DraftMaker(catalog, seed=11).drafts(EVENTS)
    data = _ics(drafts, names)
    plan = setup.imports.plan(data)
    values = _core_rows(plan)
    setup.close()
    recurring = sum(1 for d in drafts if d.recurrence is not None)

    service_ms: list[float] = []
    parse_ms: list[float] = []
    core_ms: list[float] = []
    for repeat in range(REPEATS):
        workspace = Workspace.open(folder / f"service-{repeat}.sqlite")
        make_catalog(workspace)
        gc.collect()
        started = time.perf_counter()
        result = workspace.imports.apply(workspace.imports.plan(data))
        service_ms.append((time.perf_counter() - started) * 1000)
        assert len(result.created) == EVENTS
        workspace.close()

        gc.collect()
        started = time.perf_counter()
        parsed = Calendar.from_ical(data)
        found = sum(1 for _ in parsed.walk("VEVENT"))
        parse_ms.append((time.perf_counter() - started) * 1000)
        assert found == EVENTS

        workspace = Workspace.open(folder / f"core-{repeat}.sqlite")
        make_catalog(workspace)
        gc.collect()
        started = time.perf_counter()
        with workspace.database.engine.begin() as connection:
            connection.execute(insert(EventRow), values)
        core_ms.append((time.perf_counter() - started) * 1000)
        workspace.close()

    workspace = Workspace.open(folder / "memory.sqlite")
    make_catalog(workspace)
    tracemalloc.start()
    workspace.imports.apply(workspace.imports.plan(data))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    workspace.close()

    floor = [p + c for p, c in zip(parse_ms, core_ms, strict=True)]
    print(f"\nIMPORT {EVENTS:,} events ({recurring} recurring) from a "
          f"{len(data) / 1e6:.1f} MB .ics file, fresh database each time:")  # fmt: skip
    report(
        "service ImportService.plan + apply",
        service_ms,
        floor=("icalendar Calendar.from_ical + Core insert(EventRow)", floor),
        goal_ratio=GOAL_RATIO,
        extra=f"{median(service_ms) / EVENTS:.3f} ms an event",
    )
    print(
        f"    of the floor: icalendar parse median {median(parse_ms):.0f} ms, "
        f"Core insert median {median(core_ms):.0f} ms"
    )
    print(f"    peak memory traced during one import: {peak / 1e6:.0f} MB", flush=True)
