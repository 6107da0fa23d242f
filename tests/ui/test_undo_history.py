"""Undo and Redo in the window: their keys, their toolbar buttons, and their writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolBar, QToolButton

from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace
from eventplanner.ui.events import undo
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.helpers import agenda_titles, at, settle

LONG = "Frukostseminarium om artificiell intelligens i den svenska tillverkningsindustrin"


def create(qtbot, window: MainWindow, title: str) -> None:  # type: ignore[no-untyped-def]
    draft = EventDraft(title, TimedSpan(at(2026, 11, 26, 8), at(2026, 11, 26, 9)))
    undo.save_then_push(
        window._planner, window.undo_stack, undo.CreateEvent(window._planner, draft)
    )
    settle(qtbot, window)


def test_ctrl_shift_z_redoes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    create(qtbot, window, "Frukostmöte")
    window.undo_action.trigger()
    settle(qtbot, window)
    assert "Frukostmöte" not in agenda_titles(window)
    shortcuts = window.redo_action.shortcuts()
    # A key sequence given twice is ambiguous to Qt, which then answers neither.
    assert len(shortcuts) == len({s.toString() for s in shortcuts})
    assert QKeySequence("Ctrl+Shift+Z") in shortcuts
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(
        window.agenda,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: "Frukostmöte" in agenda_titles(window), timeout=10_000)
    settle(qtbot, window)


def long_texts_on_the_toolbar(qtbot, window: MainWindow) -> tuple[QToolButton, QToolButton]:  # type: ignore[no-untyped-def]
    """At 1024 px, after two long creations and one undo: the Undo and Redo buttons."""
    window.resize(1024, 700)
    create(qtbot, window, LONG)
    create(qtbot, window, LONG + " (andra dagen)")
    window.undo_action.trigger()
    settle(qtbot, window)
    [bar] = window.findChildren(QToolBar, "mainToolbar")
    undo_button, redo_button = (
        bar.widgetForAction(window.undo_action),
        bar.widgetForAction(window.redo_action),
    )
    assert isinstance(undo_button, QToolButton) and isinstance(redo_button, QToolButton)
    # Not moved into the toolbar's overflow menu, where nobody sees it.
    assert undo_button.isVisible() and redo_button.isVisible()
    assert redo_button.geometry().right() <= bar.contentsRect().right()
    return undo_button, redo_button


def test_a_long_undo_text_leaves_redo_on_the_toolbar(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    undo_button, redo_button = long_texts_on_the_toolbar(qtbot, window)
    assert LONG not in undo_button.text()
    assert undo_button.toolTip() == f"Undo Create “{LONG}”"
    assert redo_button.toolTip() == f"Redo Create “{LONG} (andra dagen)”"
    assert window.undo_action.text() == f"&Undo Create “{LONG}”"  # the menu says it all


def test_a_long_undo_text_leaves_redo_on_the_swedish_toolbar(  # type: ignore[no-untyped-def]
    swedish, qtbot, window: MainWindow
) -> None:
    undo_button, redo_button = long_texts_on_the_toolbar(qtbot, window)
    assert undo_button.text() == "Ångra"
    assert redo_button.toolTip() == f"Gör om skapa ”{LONG} (andra dagen)”"


def test_undo_waits_for_its_write(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    create(qtbot, window, "Frukostmöte")
    create(qtbot, window, "Lunchmöte")
    window.undo_action.trigger()
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    window.undo_action.trigger()  # pressed again before the first is written: not taken
    settle(qtbot, window)
    assert window.undo_stack.index() == 1
    assert "Frukostmöte" in agenda_titles(window) and "Lunchmöte" not in agenda_titles(window)
    assert window.undo_action.isEnabled() and window.redo_action.isEnabled()


def test_a_refused_undo_says_why_and_keeps_the_history(
    qtbot,
    window: MainWindow,
    planner_file: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_: warned.append((title, text))
    )
    create(qtbot, window, "Frukostmöte")
    # Meanwhile a colleague deletes it from another computer: undoing the create cannot.
    other = Workspace.open(planner_file)
    [found] = other.queries.search("Frukostmöte", limit=10)
    other.events.delete(found.event_id)
    other.close()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    settle(qtbot, window)
    [(title, text)] = warned
    assert title == "Not undone"
    assert text.startswith("Create “Frukostmöte”: ")
    assert window.undo_stack.index() == 1 and window.undo_stack.canUndo()
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()
