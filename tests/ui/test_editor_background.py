"""The event editor asks the database nothing on the GUI thread: the venue clash check and a
venue made from the editor run in the background, and the new venue is an undoable change
announced like any other."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from eventplanner.domain.model import EventDraft, Venue
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.catalog.service import CatalogService
from eventplanner.services.events.service import EventService
from eventplanner.ui.events.event_dialog import EventChoices, EventDialog
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.helpers import close_unasked, settle

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support")

STO = ZoneInfo("Europe/Stockholm")
AROS = Venue(1, "Aros Congress Center")


def threads_of(monkeypatch: pytest.MonkeyPatch, owner: type, name: str) -> list[str]:
    """The threads that call ``owner.name`` from here on."""
    seen: list[str] = []
    original = getattr(owner, name)

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, spy)
    return seen


def test_a_venue_made_in_the_editor_is_saved_off_the_gui_thread_and_can_be_undone(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    created = threads_of(monkeypatch, CatalogService, "create")
    checked = threads_of(monkeypatch, EventService, "clashes")
    window.window_actions.new_event.trigger()
    qtbot.waitUntil(lambda: window.editing.dialog is not None, timeout=10_000)
    dialog = window.editing.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.form.title_edit, "Nordic meetup")
    picker = dialog.form.venue
    picker.combo.lineEdit().setFocus()
    picker.combo.lineEdit().selectAll()
    qtbot.keyClicks(picker.combo.lineEdit(), "Oslo Spektrum")
    qtbot.waitUntil(picker.create_button.isVisible, timeout=5_000)
    with qtbot.waitSignal(window._planner.changed, timeout=10_000):  # the views hear of it
        qtbot.mouseClick(picker.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: picker.current_id() is not None, timeout=10_000)
    qtbot.waitUntil(lambda: bool(checked), timeout=10_000)  # the new venue asked for clashes
    settle(qtbot, window)
    assert created and checked
    assert threading.main_thread().name not in created + checked
    assert window.undo_stack.undoText() == "Create venue “Oslo Spektrum”"
    chosen = picker.current_id()
    dialog.done(QDialog.DialogCode.Rejected)
    workspace = window._planner.workspace
    assert workspace is not None
    assert workspace.venues.find("Oslo Spektrum") is not None
    window.undo_action.trigger()
    settle(qtbot, window)
    assert workspace.venues.find("Oslo Spektrum") is None
    window.redo_action.trigger()
    settle(qtbot, window)
    back = workspace.venues.find("Oslo Spektrum")
    assert back is not None and back.id == chosen  # its id, which events refer to


def test_save_pressed_while_the_clash_check_is_out_waits_for_its_answer(
    qtbot: QtBot,
) -> None:
    answers: list[Callable[[list[str]], None]] = []
    draft = EventDraft(
        "Launch",
        TimedSpan(datetime(2027, 3, 9, 10, tzinfo=STO), datetime(2027, 3, 9, 12, tzinfo=STO)),
        venue_id=AROS.id,
    )
    choices = EventChoices(venues=[AROS], check_clashes=lambda _draft, found: answers.append(found))
    dialog = EventDialog(choices, draft, default_day=date(2027, 3, 9))
    qtbot.addWidget(dialog, before_close_func=close_unasked)
    dialog.show()
    submitted: list[EventDraft] = []
    dialog.submitted.connect(submitted.append)
    assert len(answers) == 1  # asked when opened, not answered yet
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert submitted == []  # waits for the answer
    answers[0](["Aros Congress Center is also booked for 'Board meeting'"])
    assert submitted == []  # a warning turned up: read it first
    assert "Board meeting" in dialog.clash_banner.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [d.title for d in submitted] == ["Launch"]  # seen, saved all the same
