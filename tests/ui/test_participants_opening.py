"""The main window opens an event's Participants window from the View menu (one a event,
raised when asked again)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support")

FAIR = "Automationsmässan Göteborg 2027"


def test_the_main_window_opens_the_participants_of_an_event(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    workspace = window._planner.workspace
    event_id = workspace.programme.events_titled(FAIR)[0][0]
    view = next(m for m in window.menuBar().actions() if m.text() == "&View").menu()
    assert any(a.text() == "Part&icipants…" for a in view.actions())
    made = window.commands.show_participants(event_id)
    qtbot.waitUntil(lambda: made.registrations is not None, timeout=20_000)
    assert made.windowTitle() == f"Participants: {FAIR}"
    assert made.counts.text().startswith(FAIR)
    assert window.commands.show_participants(event_id) is made
    made.close()
