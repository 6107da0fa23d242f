"""The Conflicts window lists the programme's conflicts too, each worded in the window's
language, and a screenshot of it on the seeded programme."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from eventplanner.ui.conflicts.conflict_model import ConflictColumn
from eventplanner.ui.conflicts.conflicts_window import ConflictsWindow
from eventplanner.ui.planner import Planner
from tests.copies import Templates, sqlite_copy
from tests.ui.helpers import opened_planner


@pytest.fixture
def programme_planner(qtbot: QtBot, tmp_path: Path, templates: Templates) -> Iterator[Planner]:
    path = tmp_path / "program.sqlite"
    sqlite_copy(templates, path, "programme_conflicts")  # seeded once a run: tests/copies.py
    with opened_planner(qtbot, path) as made:
        yield made


def _window(qtbot: QtBot, planner: Planner) -> ConflictsWindow:
    made = ConflictsWindow(planner, "Europe/Stockholm", date(2027, 9, 1))
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.show()
    return made


def test_the_programme_s_conflicts_in_swedish(  # type: ignore[no-untyped-def]
    qtbot: QtBot, swedish, programme_planner: Planner
) -> None:
    window = _window(qtbot, programme_planner)
    model = window.model
    rows = [
        (model.data(model.index(r, ConflictColumn.KIND)),
         model.data(model.index(r, ConflictColumn.CONFLICT)))
        for r in range(model.rowCount())
    ]  # fmt: skip
    assert len(rows) == 50
    assert (
        "Person på två platser",
        "Anna 1 är bokad två gånger samtidigt: ”Öppning v1” (Stora salen, Aros Congress Center) "
        "2027-09-06 10:00–11:00 som talare och ”Panel v1” (Lilla salen, Aros Congress Center) "
        "2027-09-06 10:30–11:30 som talare.",
    ) in rows
    described = "\n".join(text for _kind, text in rows)
    assert "Cia 1 tackade nej till att vara moderator för ”Avböjt v1”" in described
    assert "när personen inte kan (tandläkare)" in described
    assert "Scenen ”Hall A” på ”Mässdag v1” har två programpunkter samtidigt" in described
    assert "ligger utanför öppettiderna för ”Innovationsdagar v1”" in described
    assert window.summary.text() == "50 konflikter: 50 stoppar en publicering, 0 godtagna."
    if os.environ.get("EVENTPLANNER_SCREENSHOTS"):
        window.resize(1100, 560)
        qtbot.wait(50)
        window.grab().save(os.environ["EVENTPLANNER_SCREENSHOTS"] + "/programme-conflicts.png")
