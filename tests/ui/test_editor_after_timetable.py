"""An event editor left open while its programme is edited in the timetable still saves:
a session moved changes none of the fields the editor holds (the programme's write may
raise the event's revision, which alone is no reason to refuse)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from eventplanner.services.changes import ChangeSet
from eventplanner.services.workspace import Workspace
from tests.ui.helpers import edit_event_titled, shown_window

OPC = "Interoperabilitet: OPC UA och förvaltningsskal"


def test_the_event_editor_saves_after_a_timetable_edit(
    qtbot: QtBot, tmp_path: Path, planner_file: Path
) -> None:
    with shown_window(qtbot, tmp_path, planner_file) as main:
        event_id, dialog = edit_event_titled(qtbot, main)
        workspace = main._planner.workspace
        assert workspace is not None
        dialog.form.title_edit.setText("Innovationsdagarna 2027")

        shown = main.commands.show_programme(event_id)
        qtbot.waitUntil(lambda: shown.programme is not None, timeout=20_000)
        assert shown.programme is not None
        moved = next(s for s in shown.programme.sessions if s.title == OPC)
        shown.show_day(moved.start.date())
        shown.view.select(moved.id)
        shown.view.setFocus()
        with qtbot.waitSignal(shown.loaded, timeout=20_000):
            qtbot.keyClick(shown.view, Qt.Key.Key_Down)  # five minutes later
        qtbot.waitUntil(lambda: not main._planner.busy, timeout=20_000)
        assert not dialog.elsewhere_banner.isVisible()  # none of its fields changed

        qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=5_000)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: main.editing.dialog is None or dialog.error_banner.isVisible(),
            timeout=20_000,
        )
        assert main.editing.dialog is None, dialog.error_banner.text()  # saved and closed
        assert workspace.events.get(event_id).title == "Innovationsdagarna 2027"
        after = next(s for s in workspace.programme.programme(event_id).sessions if s.title == OPC)
        assert after.start == moved.start.replace(minute=moved.start.minute + 5)
        shown.close()


def test_a_colleague_s_programme_edit_is_no_notice_in_the_open_editor(
    qtbot: QtBot, tmp_path: Path, planner_file: Path
) -> None:
    """The live team view hears the colleague's session moved; the editor of its event says
    nothing of it (none of its fields changed) and still saves."""
    with shown_window(qtbot, tmp_path, planner_file, live=True) as main:
        live = main._planner.live
        assert live is not None and live.wait_until_listening(10)
        colleague = Workspace.open(planner_file)
        try:
            event_id, dialog = edit_event_titled(qtbot, main, colleague)
            dialog.form.title_edit.setText("Innovationsdagarna 2027")
            heard: list[ChangeSet] = []
            main._planner.changed_elsewhere.connect(heard.append)
            moved = colleague.programme.sessions_titled(OPC)[0]
            later = timedelta(minutes=5)
            colleague.programme.edit_session(
                replace(moved, start=moved.start + later, end=moved.end + later)
            )
            qtbot.waitUntil(lambda: bool(heard), timeout=10_000)
            qtbot.waitUntil(lambda: not main._planner.busy, timeout=20_000)
            qtbot.wait(50)  # the editor's read of the event, answered on the GUI thread
            assert not dialog.elsewhere_banner.isVisible(), dialog.elsewhere_banner.text()
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(
                lambda: main.editing.dialog is None or dialog.error_banner.isVisible(),
                timeout=20_000,
            )
            assert main.editing.dialog is None, dialog.error_banner.text()
            assert colleague.events.get(event_id).title == "Innovationsdagarna 2027"
        finally:
            colleague.close()
