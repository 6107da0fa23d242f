"""Long jobs the window waits for show their progress and can be cancelled: an export from
the dialog, "Open in Outlook", and "Publish now" in the feeds window.

A job is made long not by timing but by a progress that holds it at its first report until
the test lets it go (``Held``); the progress window then appears as it would after half a
second of a big job, and its Cancel is clicked as a person would. Each test ends settled."""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from eventplanner.domain.feeds import Feed
from eventplanner.services.exporting.export import Selection
from eventplanner.services.progress import Cancelled
from eventplanner.services.workspace import Workspace
from eventplanner.ui.exporting import export_dialog, export_request, exporting
from eventplanner.ui.exporting.export_request import ExportRequest, Scope
from eventplanner.ui.feeds import feeds_dialog
from eventplanner.ui.jobs import JobProgress
from eventplanner.ui.widgets import job_progress
from eventplanner.ui.widgets.job_progress import ProgressWindow
from eventplanner.ui.window.main_window import MainWindow
from tests.recorded_progress import Recorded
from tests.ui.helpers import settle
from tests.ui.test_export_dialog import first_event_row, open_dialog
from tests.ui.test_feeds_dialog import open_feeds

HOLD_SECONDS = 30
"""At most this long a held job waits for the test (a failing test must not hang)."""


class Held(JobProgress):
    """A job's progress that holds the job at its first report until ``go`` is set."""

    made: ClassVar[list[Held]] = []

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reached = threading.Event()
        self.go = threading.Event()
        Held.made.append(self)

    def report(self, done: int, total: int) -> None:
        super().report(done, total)
        if not self.reached.is_set():
            self.reached.set()
            self.go.wait(HOLD_SECONDS)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Held]]:
    """Every long job of the window gets a ``Held`` progress; all let go at the end."""
    Held.made = []
    for module in (export_dialog, exporting, feeds_dialog):
        monkeypatch.setattr(module, "JobProgress", Held)
    yield Held.made
    for progress in Held.made:
        progress.go.set()


def _workspace(window: MainWindow) -> Workspace:
    workspace = window._planner.workspace
    assert workspace is not None
    return workspace


def _progress_window(qtbot: QtBot, parent: QWidget) -> ProgressWindow:
    """The progress window over ``parent``, once it has appeared."""
    found: list[ProgressWindow] = []

    def shown() -> bool:
        found[:] = [w for w in parent.findChildren(ProgressWindow) if w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=20_000)
    return found[0]


def _click_cancel(qtbot: QtBot, shown: ProgressWindow) -> None:
    cancel = shown.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)


# -- the parts -------------------------------------------------------------------------------


def test_a_job_reporting_every_step_makes_few_signals_first_and_last_included(
    qtbot: QtBot,
) -> None:
    progress = JobProgress()
    heard: list[tuple[int, int]] = []
    progress.progressed.connect(lambda done, total: heard.append((done, total)))
    for done in range(10_001):
        progress.report(done, 10_000)
    assert heard[0] == (0, 10_000) and heard[-1] == (10_000, 10_000)
    assert len(heard) <= 202
    assert [d for d, _ in heard] == sorted(d for d, _ in heard)
    assert not progress.cancelled()
    progress.cancel()
    assert progress.cancelled()


def test_the_progress_window_follows_the_job_and_its_cancel_reaches_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(job_progress, "SHOW_AFTER_MS", 0)  # a job that is slow already
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    progress = JobProgress(parent)
    shown = ProgressWindow(progress, "Exporting…", parent)
    assert shown.minimumDuration() == 0
    progress.report(0, 40)
    progress.report(10, 40)
    qtbot.waitUntil(shown.isVisible, timeout=5000)
    assert (shown.maximum(), shown.value()) == (40, 10)
    assert shown.labelText() == "Exporting…"
    _click_cancel(qtbot, shown)
    assert progress.cancelled()
    progress.report(20, 40)  # the job goes on until it notices: the window stays away
    qtbot.wait(20)
    assert not shown.isVisible()
    shown.finish()
    assert not shown.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(shown), timeout=5000)  # gone for good


def test_the_progress_window_waits_half_a_second_before_it_appears(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    progress = JobProgress(parent)
    shown = ProgressWindow(progress, "Publishing…", parent)
    assert shown.minimumDuration() == job_progress.SHOW_AFTER_MS == 500
    assert not shown.isVisible()  # a quick job ends before it is ever shown
    shown.finish()


def test_a_cancelled_export_request_writes_no_file_and_leaves_no_folder(
    planner_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = Workspace.open(planner_file)
    try:
        folder = tmp_path / "export"
        folder.mkdir()
        everything = ExportRequest(Scope.EVERYTHING, calendar_name="Allt")
        first = Recorded(cancel_when=lambda _seen: True)
        with pytest.raises(Cancelled):
            export_request.write(workspace, everything, folder / "allt.ics", progress=first)
        assert list(folder.iterdir()) == []
        # Everything made already (nothing left to make anew): cancelled all the same.
        workspace.export.render(Selection())
        late = Recorded(cancel_when=lambda seen: seen[-1][0] == seen[-1][1])
        with pytest.raises(Cancelled):
            export_request.write(workspace, everything, folder / "allt.ics", progress=late)
        assert list(folder.iterdir()) == []

        temporary = tmp_path / "temporary"
        temporary.mkdir()
        monkeypatch.setattr(tempfile, "tempdir", str(temporary))
        one = ExportRequest(Scope.SELECTED, event_ids=(workspace.export.event_ids(Selection())[0],))
        with pytest.raises(Cancelled):
            export_request.write_temporary(
                workspace, one, "Mässa", progress=Recorded(cancel_when=lambda _seen: True)
            )
        assert list(temporary.iterdir()) == []
        told = Recorded()
        written = export_request.write(workspace, everything, folder / "allt.ics", progress=told)
        assert written.path.is_file() and told.seen[-1][0] == told.seen[-1][1]
    finally:
        workspace.close()


# -- the window ------------------------------------------------------------------------------


def test_a_big_export_shows_its_progress_and_its_cancel_writes_no_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, held: list[Held]
) -> None:
    dialog = open_dialog(qtbot, window, selected=False)
    dialog.everything_choice.click()
    assert dialog.scope() is Scope.EVERYTHING
    settle(qtbot, window)  # Outlook's warnings read: every event's text is made and kept
    workspace = _workspace(window)
    events = len(workspace.export.event_ids(Selection()))
    workspace.export.forget()  # so the export makes every event anew: a big job
    folder = tmp_path / "export"
    folder.mkdir()
    dialog.file.setText(str(folder / "allt.ics"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.export_button.isEnabled()
    [progress] = held
    assert progress.reached.wait(HOLD_SECONDS)

    shown = _progress_window(qtbot, dialog)
    qtbot.waitUntil(lambda: shown.maximum() == events, timeout=5000)
    assert shown.labelText() == "Exporting to allt.ics…"
    _click_cancel(qtbot, shown)
    assert progress.cancelled()
    progress.go.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    settle(qtbot, window)

    assert dialog.problem.text() == "Export cancelled: nothing was written."
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert list(folder.iterdir()) == []  # no file, and no temporary either
    assert not shiboken6.isValid(shown)
    dialog.reject()
    settle(qtbot, window)


def test_closing_the_dialog_while_it_exports_cancels_the_export(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, held: list[Held]
) -> None:
    dialog = open_dialog(qtbot, window, selected=False)
    folder = tmp_path / "export"
    folder.mkdir()
    dialog.file.setText(str(folder / "vyn.ics"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    [progress] = held
    assert progress.reached.wait(HOLD_SECONDS)
    dialog.reject()  # the dialog's Cancel, or Escape
    assert dialog.isVisible() and progress.cancelled()  # it closes once the export stopped
    progress.go.set()
    qtbot.waitUntil(lambda: window.exports.dialog is None, timeout=20_000)  # closed
    settle(qtbot, window)
    assert list(folder.iterdir()) == []


def test_open_in_outlook_cancelled_opens_nothing(
    qtbot: QtBot, window: MainWindow, held: list[Held]
) -> None:
    opened: list[object] = []
    window.exports.opener = lambda url: opened.append(url) or True
    window.agenda.selectRow(first_event_row(window))
    _workspace(window).export.forget()
    window.window_actions.open_in_outlook.trigger()
    [progress] = held
    assert progress.reached.wait(HOLD_SECONDS)
    shown = _progress_window(qtbot, window)
    assert shown.labelText().startswith("Opening ") and "in Outlook" in shown.labelText()
    _click_cancel(qtbot, shown)
    progress.go.set()
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Cancelled: nothing was opened in Outlook.",
        timeout=20_000,
    )
    settle(qtbot, window)
    assert opened == []


def test_a_cancelled_publish_leaves_the_published_file_as_it_was(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, held: list[Held]
) -> None:
    workspace = _workspace(window)
    folder = tmp_path / "OneDrive"
    folder.mkdir()
    feed = workspace.feeds.create(Feed(id=None, name="Allt", folder=str(folder)))
    first = workspace.feeds.publish(feed.id or 0)
    before = first.path.read_bytes()
    workspace.export.forget()
    dialog = open_feeds(qtbot, window)
    assert dialog.select_feed("Allt")
    qtbot.waitUntil(dialog.publish_button.isEnabled, timeout=5000)
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    assert not dialog.publish_button.isEnabled()  # one publish at a time
    [progress] = held
    assert progress.reached.wait(HOLD_SECONDS)
    shown = _progress_window(qtbot, dialog)
    assert shown.labelText() == "Publishing Allt…"
    _click_cancel(qtbot, shown)
    progress.go.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    settle(qtbot, window)

    assert dialog.message.text() == "Publishing cancelled: the published file was left as it was."
    assert first.path.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["Allt.ics"]  # no temporary left
    assert workspace.feeds.get(feed.id or 0).published_at == first.feed.published_at
    assert dialog.publish_button.isEnabled()
    dialog.close()
    settle(qtbot, window)


def test_the_progress_window_speaks_swedish(qtbot: QtBot, swedish: object) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    shown = ProgressWindow(JobProgress(parent), "Publicerar Mässor 2027…", parent)
    cancel = shown.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Avbryt"
    shown.finish()
