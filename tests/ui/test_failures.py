"""An unexpected error is logged and shown in a dialog with details to copy, never silent."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from eventplanner import __version__
from eventplanner.ui.dialogs.failure_dialog import FailureDialog
from eventplanner.ui.failures import FailureReporter


def failure(
    message: str = "the venue vanished",
) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise LookupError(message)
    except LookupError as exc:
        return type(exc), exc, exc.__traceback__


@pytest.fixture
def reporter(qtbot, tmp_path: Path) -> Iterator[FailureReporter]:  # type: ignore[no-untyped-def]
    made = FailureReporter(log_file=tmp_path / "eventplanner.log")
    yield made
    made.uninstall()
    if made.dialog is not None:
        made.dialog.close()
    qtbot.waitUntil(lambda: made.dialog is None)


def shown(qtbot, reporter: FailureReporter) -> FailureDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert isinstance(reporter.dialog, FailureDialog)
    return reporter.dialog


def test_an_error_is_logged_and_shown_with_details_to_copy(
    qtbot, reporter: FailureReporter, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    with caplog.at_level(logging.ERROR, logger="eventplanner"):
        reporter._excepthook(*failure())  # what sys.excepthook is called with
    [record] = caplog.records
    assert record.exc_info is not None and record.exc_info[0] is LookupError
    dialog = shown(qtbot, reporter)
    assert "LookupError: the venue vanished" in dialog.what.text()
    assert "eventplanner.log" in dialog.where.text()
    details = dialog.details.toPlainText()
    assert f"Eventplanner {__version__}" in details
    assert f"Python {sys.version_info.major}.{sys.version_info.minor}" in details
    assert "Traceback (most recent call last)" in details
    assert "raise LookupError(message)" in details
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == details
    assert dialog.isVisible()  # copying does not close it
    dialog.close()
    qtbot.waitUntil(lambda: reporter.dialog is None)


def test_more_errors_while_it_is_open_join_the_same_dialog(
    qtbot, reporter: FailureReporter
) -> None:  # type: ignore[no-untyped-def]
    reporter.report(failure("first"))
    dialog = shown(qtbot, reporter)
    reporter.report(failure("second"))
    qtbot.waitUntil(lambda: dialog.failures == 2)
    assert [w for w in QApplication.topLevelWidgets()
            if isinstance(w, FailureDialog) and w.isVisible()] == [dialog]  # fmt: skip
    assert "first" in dialog.what.text() and "2" in dialog.what.text()
    text = dialog.details.toPlainText()
    assert text.index("LookupError: first") < text.index("LookupError: second")


def test_an_error_in_a_worker_thread_shows_the_dialog_on_the_gui_thread(
    qtbot, reporter: FailureReporter
) -> None:  # type: ignore[no-untyped-def]
    made_on: list[threading.Thread] = []
    original = FailureDialog.__init__

    def noting_the_thread(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        made_on.append(threading.current_thread())
        original(self, *args, **kwargs)

    reporter.install()

    def work() -> None:
        raise RuntimeError("the export's worker broke")

    try:
        FailureDialog.__init__ = noting_the_thread  # type: ignore[method-assign]
        worker = threading.Thread(target=work, name="export-worker")
        worker.start()
        worker.join()
        dialog = shown(qtbot, reporter)
    finally:
        FailureDialog.__init__ = original  # type: ignore[method-assign]
        reporter.uninstall()
    assert made_on == [threading.main_thread()]
    assert "RuntimeError: the export's worker broke" in dialog.what.text()
    assert "Thread: export-worker" in dialog.details.toPlainText()


def test_an_exception_escaping_a_slot_reaches_the_dialog(qtbot, reporter: FailureReporter) -> None:  # type: ignore[no-untyped-def]
    class Broken(QObject):
        def fail(self) -> None:
            raise ValueError("a slot fell over")

    broken = Broken()
    reporter.install()  # in place of pytest-qt's own hook, for this test
    try:
        QTimer.singleShot(0, broken.fail)
        dialog = shown(qtbot, reporter)
    finally:
        reporter.uninstall()
    assert "ValueError: a slot fell over" in dialog.what.text()


def test_install_and_uninstall_put_the_hooks_back(reporter: FailureReporter) -> None:
    before = (sys.excepthook, threading.excepthook)
    reporter.install()
    assert (sys.excepthook, threading.excepthook) != before
    reporter.install()  # twice is once
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_dialog_is_made_over_the_window_it_belongs_to(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    reporter = FailureReporter(window, log_file=None)
    reporter.report(failure())
    dialog = shown(qtbot, reporter)
    assert dialog.parent() is window
    assert not dialog.where.isVisibleTo(dialog)  # no log file to name
    dialog.close()
    qtbot.waitUntil(lambda: reporter.dialog is None)


def test_the_dialog_speaks_swedish(qtbot, swedish, reporter: FailureReporter) -> None:  # type: ignore[no-untyped-def]
    reporter.report(failure())
    dialog = shown(qtbot, reporter)
    assert dialog.windowTitle() == "Något gick fel"
    assert dialog.copy_button.text() == "Kopiera detaljerna"


def test_background_work_that_fails_is_logged_unless_it_was_a_refusal(
    qtbot, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    from eventplanner.domain.errors import EventplannerError
    from eventplanner.ui.jobs import JobRunner

    runner = JobRunner(workers=1)
    errors: list[Exception] = []

    def refuse() -> None:
        raise EventplannerError("there is no venue called 'Elmia'")

    def break_down() -> None:
        raise KeyError("venue_id")

    try:
        with caplog.at_level(logging.ERROR, logger="eventplanner"):
            runner.run(refuse, print, errors.append)
            runner.run(break_down, print, errors.append)
            qtbot.waitUntil(lambda: len(errors) == 2)
    finally:
        runner.shutdown(finish_queued=False)
    [record] = caplog.records
    assert record.exc_info is not None and record.exc_info[0] is KeyError
    assert [type(e) for e in errors] == [EventplannerError, KeyError]
