"""The Personal data window, driven as a coordinator would: a person found by typing, what
is held about them shown, exported as JSON and PDF, anonymised and erased after a
confirmation naming what goes (each undone from the stack, exactly), and the retention
previewed and run; every model passes qtmodeltester."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from eventplanner.ui.personal_data.personal_data_window import PersonalDataWindow
from eventplanner.ui.planner import Planner
from tests.services.personal_data_world import World, build_world, dump

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support")


@pytest.fixture
def world(planner: Planner) -> World:
    assert planner.workspace is not None
    return build_world(planner.workspace)


@pytest.fixture
def window(qtbot: QtBot, planner: Planner, world: World) -> Iterator[PersonalDataWindow]:
    stack = QUndoStack()
    made = PersonalDataWindow(planner, stack)
    made.stack = stack  # type: ignore[attr-defined]  # kept alive beside the window
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.found, timeout=20_000):
        made.show()
    yield made
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)


def choose(qtbot: QtBot, window: PersonalDataWindow, text: str, contact: int) -> None:
    with qtbot.waitSignal(window.found, timeout=20_000):
        qtbot.keyClicks(window.search, text)
    with qtbot.waitSignal(window.shown, timeout=20_000):
        window.choose(contact)


def names(window: PersonalDataWindow) -> list[str]:
    model = window.people_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_finding_a_person_and_what_is_held(  # type: ignore[no-untyped-def]
    qtbot: QtBot, qtmodeltester, window: PersonalDataWindow, world: World
) -> None:
    assert names(window) == ["Anna Berg", "Bo Ek", "Cecilia Lind", "David Holm"]
    qtmodeltester.check(window.people_model)
    assert not window.erase_button.isEnabled()
    choose(qtbot, window, "anna", world.anna)
    assert names(window) == ["Anna Berg"]
    assert "Anna Berg" in window.person.text() and "anna.berg@abb.se" in window.person.text()
    qtmodeltester.check(window.held_model)
    rows = [
        tuple(window.held_model.index(r, c).data() for c in range(4))
        for r in range(window.held_model.rowCount())
    ]
    assert ("Registration", "Stålseminariet", "2025-03-11", "attended · needs: vegan") in rows
    assert any(r[0] == "Role in a session" and "Opening keynote" in r[3] for r in rows)
    assert any(r[0] == "Stand material returned" for r in rows)
    assert window.erase_button.isEnabled() and window.anonymise_button.isEnabled()


def test_exports_json_and_pdf(
    qtbot: QtBot, window: PersonalDataWindow, world: World, tmp_path: Path
) -> None:
    choose(qtbot, window, "anna", world.anna)
    target = tmp_path / "anna.json"
    with qtbot.waitSignal(window.exported, timeout=20_000):
        window.export_json(target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["person"]["name"] == "Anna Berg" and len(data["registrations"]) == 2
    pdf = tmp_path / "anna.pdf"
    with qtbot.waitSignal(window.exported, timeout=20_000):
        window.export_pdf(pdf, "sv")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "Personuppgifter om Anna Berg" in text and "Stålseminariet" in text


@pytest.mark.parametrize("erase", [False, True], ids=["anonymise", "erase"])
def test_forgetting_is_confirmed_and_undone_exactly(
    qtbot: QtBot,
    window: PersonalDataWindow,
    world: World,
    planner: Planner,
    monkeypatch: pytest.MonkeyPatch,
    erase: bool,
) -> None:
    assert planner.workspace is not None
    before = dump(planner.workspace)
    choose(qtbot, window, "anna", world.anna)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    button = window.erase_button if erase else window.anonymise_button
    with qtbot.waitSignal(window.found, timeout=20_000):
        button.click()
    if erase:
        assert "2 × Registration" in asked[0] and "cannot be undone" in asked[0]
        assert "1 × Task owned" in asked[0].split("which stay")[1]
        assert names(window) == []  # she is gone
        assert "Cecilia Lind" in window.notice.text()  # moved up to her seat
    else:
        assert "2 registrations" in asked[0]
        assert names(window) == []  # no longer called Anna
    assert dump(planner.workspace) != before
    stack: QUndoStack = window.stack  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.found, timeout=20_000):
        stack.undo()
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    assert dump(planner.workspace) == before
    assert not window.stack.canUndo()  # type: ignore[attr-defined]
    assert names(window) == ["Anna Berg"]


def test_retention_previewed_and_run(  # type: ignore[no-untyped-def]
    qtbot: QtBot, qtmodeltester, window: PersonalDataWindow, planner: Planner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    panel = window.retention
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=20_000)
    qtmodeltester.check(panel.model)
    assert panel.model.index(0, 0).data() == "Stålseminariet"
    assert panel.model.index(0, 2).data() == "3"
    assert not panel.run_button.isEnabled()
    panel.months.setValue(12)
    panel.preview_button.click()
    qtbot.waitUntil(lambda: panel.run_button.isEnabled(), timeout=20_000)
    assert "Would anonymise 2 people" in panel.summary.text()
    assert "Bo Ek, Cecilia Lind" in panel.summary.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.found, timeout=20_000):
        panel.run_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1
                    and panel.model.index(0, 2).data() == "1", timeout=20_000)  # fmt: skip
    assert names(window) == ["Anna Berg", "Anonymised 2", "Anonymised 3", "David Holm"]


def test_retention_run_refused_when_the_list_changed_since_the_preview(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window: PersonalDataWindow, planner: Planner, world: World,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    panel = window.retention
    panel.months.setValue(12)
    panel.preview_button.click()
    qtbot.waitUntil(lambda: panel.run_button.isEnabled(), timeout=20_000)
    assert "Bo Ek, Cecilia Lind" in panel.summary.text()
    assert planner.workspace is not None
    with qtbot.waitSignal(window.found, timeout=20_000):  # Bo comes to next year's expo
        planner.workspace.registrations.register(world.future, world.bo)
        window.find_people()
    before = dump(planner.workspace)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(planner.failed, timeout=20_000) as told:
        panel.run_button.click()
    assert "changed since the preview; preview again" in str(told.args[0])
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    assert dump(planner.workspace) == before


def test_a_closed_window_no_longer_listens_to_the_planner(
    qtbot: QtBot, planner: Planner, world: World
) -> None:
    """Deleting the window (and its retention panel) disconnects it from the planner's
    changes: nothing of it is kept alive by the connection."""
    changed = SIGNAL("changed(PyObject)")
    before = planner.receivers(changed)
    stack = QUndoStack()
    made = PersonalDataWindow(planner, stack)
    with qtbot.waitSignal(made.found, timeout=20_000):
        made.show()
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    assert planner.receivers(changed) > before
    made.close()
    made.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert planner.receivers(changed) == before
