"""Check-in at the door over 10,000 registrations (issue 16: "check-in search at 10,000
registrations: keystroke to painted frame ≤ 50 ms"): a keystroke in the search (the list
narrowed in memory from the rows as read, the model reset, the first row chosen, the
frame painted) against the floor of painting the same frame again unchanged; and a scanned
badge's code. The rows' folded search text is made before, as the reading thread makes it.

And the reading thread's work: the door's list of the same 10,000 registrations read from
SQLite (one select, then the rows folded and sorted) against the floor of the same select's
raw fetch through the driver. Figures and ratios printed; nothing asserted on time."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from benchdata import measure, report
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView
from sqlalchemy import insert, select

from eventplanner.domain.checkin import DoorRow, badge_code, door_row
from eventplanner.domain.model import EventDraft, Organisation
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.domain.timing import AllDaySpan
from eventplanner.persistence.schema import (
    ContactRow,
    OrganisationRow,
    RegistrationRow,
)
from eventplanner.services.workspace import Workspace
from eventplanner.ui.checkin.checkin_model import CheckinModel

PEOPLE = 10_000
FIRST = ("Anna", "Björn", "Cecilia", "Dan", "Eva", "Fredrik", "Gunilla", "Håkan", "Ingrid",
         "Johan", "Karin", "Lars", "Maria", "Nils", "Åsa", "Örjan")  # fmt: skip
LAST = ("Andersson", "Berg", "Carlsson", "Dahl", "Ek", "Forsberg", "Gustafsson", "Holm",
        "Isaksson", "Jönsson", "Karlsson", "Lind", "Magnusson", "Nyström", "Öberg")  # fmt: skip
ORGANISATIONS = 400


def _person(n: int) -> tuple[str, str, str]:
    name = f"{FIRST[n % len(FIRST)]} {LAST[(n // 7) % len(LAST)]} {n}"
    return name, f"person{n}@org{n % ORGANISATIONS}.se", f"Företag {n % ORGANISATIONS} AB"


def _rows() -> list[DoorRow]:
    statuses = (RegistrationStatus.REGISTERED,) * 3 + (RegistrationStatus.ATTENDED,)
    return [door_row(n, n, *_person(n)[::2], _person(n)[1], statuses[n % 4])
            for n in range(PEOPLE)]  # fmt: skip


@pytest.fixture(scope="module")
def stored(bench_dir: Path) -> Iterator[tuple[Workspace, int]]:
    path = bench_dir / "checkin-10k.sqlite"
    workspace = Workspace.open(path)
    event = workspace.events.create_many(
        [EventDraft("Automationsmässan", AllDaySpan(date(2027, 4, 20), date(2027, 4, 22)))]
    )[0]
    now = datetime.now(UTC)
    organisations = [workspace.organisations.create(Organisation(None, f"Företag {n} AB")).id
                     for n in range(ORGANISATIONS)]  # fmt: skip
    with workspace.database.engine.begin() as connection:
        connection.execute(insert(ContactRow), [
            {"name": _person(n)[0], "email": _person(n)[1], "phone": "", "title": "",
             "organisation_id": organisations[n % ORGANISATIONS], "email_key": _person(n)[1],
             "version": 1}
            for n in range(PEOPLE)
        ])  # fmt: skip
        contacts = list(connection.scalars(select(ContactRow.id)))
        connection.execute(insert(RegistrationRow), [
            {"event_id": event, "contact_id": c, "status": "registered", "source": "typed_in",
             "registered_at": now, "priority": 0, "priority_reason": "", "needs": "",
             "modified_at": now, "version": 1}
            for c in contacts
        ])  # fmt: skip
    yield workspace, event
    workspace.close()


def test_bench_checkin_door_read(stored: tuple[Workspace, int]) -> None:
    """The door's list read on the reading thread."""
    workspace, event = stored
    engine = workspace.database.engine
    statement = (
        select(RegistrationRow.id, RegistrationRow.contact_id, ContactRow.name,
               OrganisationRow.name, ContactRow.email, RegistrationRow.status)
        .join(ContactRow, ContactRow.id == RegistrationRow.contact_id)
        .outerjoin(OrganisationRow, OrganisationRow.id == ContactRow.organisation_id)
        .where(RegistrationRow.event_id == event)
    )  # fmt: skip
    sql = str(statement.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True}))

    def fetch() -> Any:
        raw = engine.raw_connection()
        try:
            return raw.cursor().execute(sql).fetchall()
        finally:
            raw.close()

    assert len(workspace.registrations.door_list(event).rows) == PEOPLE
    floor_ms = measure(fetch, repeats=5)
    read_ms = measure(lambda: workspace.registrations.door_list(event), repeats=5)
    print(f"\nCHECK-IN: the door's list of {PEOPLE:,} registrations on SQLite")
    report("RegistrationService.door_list (read, folded, sorted)", read_ms,
           floor=("the same select's raw fetch through the driver", floor_ms))  # fmt: skip


@pytest.mark.parametrize("typed", ["letters", "badge"])
def test_bench_checkin_keystroke(qtbot, typed: str) -> None:  # type: ignore[no-untyped-def]
    model = CheckinModel()
    model.set_rows(_rows())
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.resize(1000, 700)
    table.show()
    QApplication.processEvents()
    if typed == "letters":
        texts = itertools.cycle(["a", "an", "ann", "anna", "anna b", "anna be", "", "ö", "öb"])
    else:
        texts = itertools.cycle([badge_code(n) for n in range(0, PEOPLE, 997)])

    def keystroke() -> None:
        model.set_filter(next(texts))
        if model.rowCount():
            table.selectRow(0)
        table.repaint()

    floor_ms = measure(table.repaint, repeats=9)
    typed_ms = measure(keystroke, repeats=18)
    report(f"check-in keystroke to painted frame, {PEOPLE} registrations, {typed}", typed_ms,
           floor=("the same frame painted again", floor_ms), goal_ms=50)  # fmt: skip


def test_bench_checkin_rows_made() -> None:
    """What the reading thread adds: each row's folded search text."""
    report(f"door rows made (folded) for {PEOPLE} registrations", measure(_rows, repeats=3))
