"""Our own export imports back losslessly: export, import into an empty database, export
again gives the same calendar, the same events, series and changed occurrences."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from eventplanner.domain.enums import EventStatus
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.model import Event
from eventplanner.domain.series import first_of
from eventplanner.ical import CalendarInfo, ExportOptions
from eventplanner.ical.outlook_rules import STATUS
from eventplanner.ical.outlook_series import outlook_shape
from eventplanner.persistence.database import Database
from eventplanner.services.exporting.export import Selection
from eventplanner.services.importing.import_plan import ImportOptions
from eventplanner.services.importing.service import ImportAction
from eventplanner.services.workspace import Workspace

STAMP = datetime(2027, 1, 1, tzinfo=UTC)
OPTIONS = ExportOptions(include_cancelled=True)  # cancelled events and occurrences too
# The sample placed around the day most modules place it (built once a run, shared with them):
# it holds an all-day study visit in Europe/Berlin, whose zone must travel too.
SAMPLE_TODAY = date(2026, 11, 18)


def _export(workspace: Workspace) -> str:
    return workspace.export.export(Selection(), CalendarInfo(name="Alla"), OPTIONS,
                                   stamp=STAMP).text  # fmt: skip


def _status(status: EventStatus) -> str:
    # iCalendar STATUS says TENTATIVE, CONFIRMED or CANCELLED: draft and planned come back
    # planned, completed comes back confirmed (OUTLOOK.md; the writer's STATUS table).
    return STATUS[status]


def _occurrences(workspace: Workspace) -> list[tuple[object, ...]]:
    window = TimeWindow(datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))
    found = [
        (o.uid, o.title, o.timing.utc_bounds(), _status(o.status), o.recurrence_id, o.changed)
        for o in workspace.queries.occurrences(window)
    ]
    return sorted(found, key=repr)


def _reshaped(event: Event) -> bool:
    """Whether a series is written in another rule than its own, Outlook having no pattern
    for its own ("second Tuesday, not in July": monthly with July excluded)."""
    if event.recurrence is None:
        return False
    timing = event.timing
    shape = outlook_shape(event.recurrence.rule, first_of(timing), timing.time_zone)
    return shape.rule != event.recurrence.rule


@pytest.mark.slow
@pytest.mark.database_copy("sample_year", SAMPLE_TODAY)
def test_export_import_export_is_the_same(workspace: Workspace, tmp_path: Path) -> None:
    first = _export(workspace)
    empty = Workspace(Database.open(tmp_path / "empty.sqlite"))
    try:
        plan = empty.imports.plan(first.encode("utf-8"))
        assert plan.count(ImportAction.NEW) == plan.writes == len(plan.events) > 50
        empty.imports.apply(plan)
        assert _export(empty) == first
        assert _occurrences(empty) == _occurrences(workspace)
        for original in (workspace.events.get_by_uid(e.uid) for e in plan.events):
            copy = empty.events.get_by_uid(original.uid)
            assert _status(copy.status) == _status(original.status)
            if original.status is not EventStatus.CANCELLED:  # exported free, without alarm
                assert copy.reminder_minutes == original.reminder_minutes
                assert copy.busy_status == original.busy_status
            fields = ("title", "timing", "recurrence", "changes", "kind", "tags", "sequence",
                      "online_url")  # fmt: skip
            for name in ("created_at", "modified_at"):  # iCalendar keeps whole seconds
                assert getattr(copy, name) == getattr(original, name).replace(microsecond=0)
            for name in fields:
                if name == "recurrence" and _reshaped(original):
                    continue  # the same occurrences (above), in a rule Outlook has (OUTLOOK.md 6)
                assert getattr(copy, name) == getattr(original, name), (original.title, name)
    finally:
        empty.close()
    # Imported into the database it came from, nothing changes and nothing is duplicated.
    again = workspace.imports.plan(first.encode("utf-8"))
    assert again.writes == 0 and again.count(ImportAction.UNCHANGED) == len(again.events)


@pytest.mark.database_copy("sample_year", SAMPLE_TODAY)
def test_round_trip_on_each_backend(database_url: URL, tmp_path: Path) -> None:
    source = Workspace(Database.open(database_url))
    try:
        text = _export(source)
    finally:
        source.close()
    target = Workspace(Database.open(tmp_path / "target.sqlite"))
    try:
        target.imports.apply(target.imports.plan(text.encode("utf-8")))
        assert _export(target) == text
    finally:
        target.close()


@pytest.mark.database_copy("sample_year", SAMPLE_TODAY)
@pytest.mark.parametrize("floating_zone", ["Europe/Stockholm", "America/New_York"])
def test_round_trip_keeps_an_all_day_events_own_zone(
    workspace: Workspace, tmp_path: Path, floating_zone: str
) -> None:
    """Placed around 2026-11-18, the sample holds a study visit: whole days in Europe/Berlin.
    Its dates float in the file (OUTLOOK.md 4); it must come back in Berlin, not in the zone
    the importer reads floating times in, and the sample's Stockholm days in Stockholm."""
    first = _export(workspace)
    empty = Workspace(Database.open(tmp_path / "empty.sqlite"))
    try:
        options = ImportOptions(floating_zone=floating_zone)
        plan = empty.imports.plan(first.encode("utf-8"), options=options)
        empty.imports.apply(plan)
        assert _export(empty) == first
        originals = [workspace.events.get_by_uid(e.uid) for e in plan.events]
        zones = {o.title: o.timing.time_zone for o in originals if o.timing.all_day}
        assert zones["Studieresa till Hannover Messe 2027"] == "Europe/Berlin"
        for original in originals:
            copy = empty.events.get_by_uid(original.uid)
            assert copy.timing == original.timing, original.title
    finally:
        empty.close()
