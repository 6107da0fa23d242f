"""A database in a folder the coordinator cannot write to opens read-only, saying so, and
a change is refused with a message instead of failing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence import database as database_module
from tests.ui.helpers import shown_window


def test_a_database_in_a_read_only_folder_opens_read_only_and_refuses_changes(
    qtbot, tmp_path: Path, planner_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    folder = planner_file.parent
    # Tests run as root, which permissions do not stop: the folder is said to be read-only.
    monkeypatch.setattr(database_module, "_writable", lambda path: Path(path) != folder)
    refusals: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_: refusals.append(f"{title}: {text}")
    )
    with shown_window(qtbot, tmp_path, planner_file) as window:
        assert window.windowTitle() == "planering.sqlite (read-only) – Eventplanner"
        message = window.statusBar().currentMessage()
        assert message.startswith(f"{planner_file} is open read-only: you cannot write to it")
        assert "changes are not saved" in message
        start = datetime(2027, 5, 20, 13, 0, tzinfo=UTC)
        draft = EventDraft(
            title="Aldrig sparad", timing=TimedSpan(start, start + timedelta(hours=1))
        )
        with qtbot.waitSignal(window._planner.failed, timeout=20_000):
            window._planner.change(lambda workspace: workspace.events.create(draft))
        qtbot.waitUntil(lambda: bool(refusals), timeout=5_000)
    assert refusals[0].startswith(f"Not saved: {planner_file} is open read-only")
