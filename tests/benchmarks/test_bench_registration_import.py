"""Importing a 10,000-row XLSX registration list into an event through
RegistrationImports (the file read, people matched, seats placed, rows written in one
transaction), against the floor: openpyxl's read-only load of the same file plus SQLAlchemy
Core inserting the same people and registrations. Also python-calamine against openpyxl
read-only, reading the same file to the same people (dates included)."""

from __future__ import annotations

import gc
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from benchdata import median, report
from sqlalchemy import insert

from eventplanner.domain.model import EventDraft
from eventplanner.domain.sheet_columns import guess_mapping
from eventplanner.domain.sheet_rows import read_people
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence.schema import ContactRow, RegistrationRow
from eventplanner.services.events import rows
from eventplanner.services.registrations.sheet_files import read_sheet
from eventplanner.services.workspace import Workspace

sys.path.insert(0, str(Path(__file__).parents[2]))
from tests.sheet_samples import HEADERS_SV, write_xlsx

ROWS = 10_000
REPEATS = 3
GOAL_RATIO = 2.0
STO = ZoneInfo("Europe/Stockholm")
START = datetime(2027, 4, 20, 13, 0, tzinfo=STO)

pytestmark = pytest.mark.timeout(1800)


def _event(workspace: Workspace) -> int:
    draft = EventDraft("Robotdagen", TimedSpan(START, START + timedelta(hours=6)), capacity=8000)
    return workspace.events.create(draft).event.id


def _openpyxl_rows(path: Path) -> list[tuple[object, ...]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        return [tuple(r) for r in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def test_import_10k_rows_vs_openpyxl_plus_core(bench_dir: Path) -> None:
    folder = bench_dir / "registration-import"
    folder.mkdir()
    path = write_xlsx(folder / "anmälningar.xlsx", ROWS)

    calamine_ms, openpyxl_ms = [], []
    for _ in range(REPEATS):
        gc.collect()
        started = time.perf_counter()
        sheet = read_sheet(path)
        calamine_ms.append((time.perf_counter() - started) * 1000)
        gc.collect()
        started = time.perf_counter()
        plain = _openpyxl_rows(path)
        openpyxl_ms.append((time.perf_counter() - started) * 1000)
    mapping = guess_mapping(sheet.headers)
    by_calamine = read_people(sheet.headers, sheet.rows, mapping, STO)
    by_openpyxl = read_people(HEADERS_SV, plain[1:], mapping, STO)
    assert by_calamine == by_openpyxl  # the same people, dates and phone numbers included
    assert len(by_calamine.people) == ROWS and not by_calamine.problems

    service_ms, floor_ms, load_ms, core_ms, undo_ms = [], [], [], [], []
    for repeat in range(REPEATS):
        workspace = Workspace.open(folder / f"service-{repeat}.sqlite")
        event_id = _event(workspace)
        gc.collect()
        started = time.perf_counter()
        written = workspace.registration_imports.import_sheet(
            event_id, read_sheet(path), guess_mapping(sheet.headers)
        )
        service_ms.append((time.perf_counter() - started) * 1000)
        assert len(written.registrations.created) == ROWS
        assert written.preview.waitlisted == ROWS - 8000
        started = time.perf_counter()
        workspace.registration_imports.undo(written)
        undo_ms.append((time.perf_counter() - started) * 1000)
        workspace.close()

        workspace = Workspace.open(folder / f"core-{repeat}.sqlite")
        event_id = _event(workspace)
        gc.collect()
        started = time.perf_counter()
        found = _openpyxl_rows(path)[1:]
        loaded = time.perf_counter()
        now = rows.now_utc()
        with workspace.database.engine.begin() as connection:
            ids = connection.execute(
                insert(ContactRow).returning(ContactRow.id, sort_by_parameter_order=True),
                [{"name": f"{r[0]} {r[1]}", "email": r[2], "email_key": str(r[2]).lower(),
                  "phone": str(r[5]), "title": r[6], "version": 1} for r in found],
            ).scalars().all()  # fmt: skip
            connection.execute(
                insert(RegistrationRow),
                [{"event_id": event_id, "contact_id": ident, "status": "registered",
                  "source": "form_import", "registered_at": now, "priority": 0,
                  "priority_reason": "", "needs": "", "modified_at": now, "version": 1}
                 for ident in ids],
            )  # fmt: skip
        done = time.perf_counter()
        load_ms.append((loaded - started) * 1000)
        core_ms.append((done - loaded) * 1000)
        floor_ms.append((done - started) * 1000)
        workspace.close()

    print(f"\nREGISTRATION IMPORT of a {ROWS:,}-row XLSX ({path.stat().st_size / 1e6:.1f} MB):")
    report(
        "read: python-calamine (read_sheet)",
        calamine_ms,
        floor=("openpyxl read-only iter_rows", openpyxl_ms),
    )
    report(
        "service read_sheet + RegistrationImports.import_sheet",
        service_ms,
        floor=("openpyxl read-only load + Core insert of contacts and registrations", floor_ms),
        goal_ratio=GOAL_RATIO,
        extra=f"{median(service_ms) / ROWS:.3f} ms a row",
    )
    print(
        f"    of the floor: openpyxl load median {median(load_ms):.0f} ms, "
        f"Core insert median {median(core_ms):.0f} ms",
    )
    print(f"    its undo (one step, all {ROWS:,} and the people made): median "
          f"{median(undo_ms):.0f} ms", flush=True)  # fmt: skip
