"""The job runner: work dropped at shutdown before it began calls back nobody, nor does
work whose window was deleted while it ran."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from eventplanner.ui.jobs import JobRunner


def test_work_dropped_at_shutdown_calls_nothing_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = JobRunner(workers=1)
    answers: list[str] = []
    errors: list[Exception] = []

    def slow() -> str:
        time.sleep(0.2)
        return "slow"

    runner.run(slow, answers.append, errors.append)
    runner.run(lambda: "queued", answers.append, errors.append)  # behind it: never begun
    runner.shutdown(finish_queued=False)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert answers == ["slow"] and errors == []


class _Window(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.answers: list[str] = []

    def loaded(self, answer: str) -> None:
        self.answers.append(answer)
        self.setObjectName(answer)  # as a window's title: fails on a deleted object


def test_a_deleted_windows_read_is_answered_to_nobody(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Found by tests/ui/test_editor_after_timetable.py under load: the programme window was
    closed and deleted while its read ran, and the answer then raised RuntimeError in the
    Qt event loop (an error dialog for a coordinator)."""
    runner = JobRunner(workers=1)
    window = _Window()
    kept = _Window()
    release = threading.Event()
    errors: list[Exception] = []

    def read() -> str:
        release.wait(5)
        return "read"

    runner.run(read, window.loaded, errors.append)
    runner.run(lambda: "kept", kept.loaded, errors.append)
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert kept.answers == ["kept"] and errors == []
    runner.shutdown(finish_queued=False)
