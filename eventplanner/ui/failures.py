"""Unexpected errors in the app: logged with their traceback and shown, never silent.

An exception nobody caught ends in ``sys.excepthook`` (on the GUI thread, including those
escaping a Qt slot or virtual) or in ``threading.excepthook`` (a worker thread's). The
``FailureReporter`` installed in both logs it and shows a ``FailureDialog`` with what failed
and the details to copy; a worker thread's failure reaches the dialog through a queued
signal, so the dialog is always made on the GUI thread.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

import PySide6
from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtWidgets import QWidget

from eventplanner import __version__

logger = logging.getLogger(__name__)

_ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def failure_details(failure: _ExcInfo, thread: str | None = None) -> str:
    """What a report needs: Eventplanner's, Python's and Qt's versions, the platform, the
    thread it failed on (when not the main one), then the traceback."""
    import platform  # when something failed, not at start-up

    lines = [
        f"Eventplanner {__version__}",
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, Qt {qVersion()}",
        platform.platform(),
    ]
    if thread is not None:
        lines.append(f"Thread: {thread}")
    lines += ["", "".join(traceback.format_exception(*failure)).rstrip()]
    return "\n".join(lines)


def what_failed(failure: _ExcInfo) -> str:
    """One line: the exception's type and message."""
    kind, error, _ = failure
    message = str(error).strip().splitlines()
    return f"{kind.__name__}: {message[0]}" if message else kind.__name__


class FailureReporter(QObject):
    """Logs an unexpected error and shows it in a dialog on the GUI thread.

    Made on the GUI thread; ``install`` makes it the process's ``sys.excepthook`` and
    ``threading.excepthook``, ``uninstall`` puts the previous ones back."""

    failed = Signal(str, str)  # what failed, its details: from any thread to the GUI thread

    def __init__(self, parent: QWidget | None = None, *, log_file: Path | None = None) -> None:
        """``parent``: the main window, over which the dialog shows (application-modal, so
        above an editor open at the time too)."""
        super().__init__(parent)
        self._log_file = log_file
        self._previous: tuple[Any, Any] | None = None
        self.dialog: QWidget | None = None  # the one shown, while it is open
        self.failed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self._excepthook
            threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def report(self, failure: _ExcInfo, thread: str | None = None) -> None:
        """Log ``failure`` with its traceback and have the dialog show it (from any thread)."""
        where = f" in thread {thread}" if thread is not None else ""
        logger.error("Unexpected error%s", where, exc_info=failure)
        self.failed.emit(what_failed(failure), failure_details(failure, thread))

    def _excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal that started it
            sys.__excepthook__(kind, error, tb)
            return
        self.report((kind, error, tb))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return  # a thread ending itself, as threading's own hook ignores it
        name = args.thread.name if args.thread is not None else None
        self.report((args.exc_type, args.exc_value, args.exc_traceback), name)

    def _show(self, what: str, details: str) -> None:
        from eventplanner.ui.dialogs.failure_dialog import FailureDialog

        if isinstance(self.dialog, FailureDialog):
            self.dialog.add(what, details)
            return
        window = self.parent()
        parent = window if isinstance(window, QWidget) else None
        dialog = FailureDialog(what, details, self._log_file, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.show()

    def _closed(self) -> None:
        self.dialog = None
