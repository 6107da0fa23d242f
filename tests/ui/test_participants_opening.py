"""The main window opens an event's Participants window from the View menu (one a event,
raised when asked again); the event editor shows its registrations beside its capacity."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from eventplanner.domain.model import Contact
from tests.ui.helpers import close_unasked, edit_event_titled

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


def test_the_editor_shows_the_events_registrations(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    workspace = window._planner.workspace
    event_id = workspace.programme.events_titled(FAIR)[0][0]
    event = workspace.events.get(event_id)
    workspace.events.update(event_id, replace(event.draft(), capacity=1),
                            expected_version=event.version)  # fmt: skip
    # The sample's own guests keep their seats above the lowered capacity; three more wait.
    assert workspace.registrations.counts([event_id])[event_id].seated == 13
    for n in range(3):
        made = workspace.contacts.create(Contact(None, f"Besökare {n}", f"b{n}@example.se"))
        workspace.registrations.register(event_id, made.id)
    _ident, dialog = edit_event_titled(qtbot, window, title=FAIR)
    label = dialog.form.registered
    qtbot.waitUntil(lambda: label.text() != "", timeout=20_000)
    assert label.text() == "Registered: 13 / 1, 3 waiting"
    close_unasked(dialog)
