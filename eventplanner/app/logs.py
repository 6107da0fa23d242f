"""The log file: what the app and the command line did, and every error with its traceback.

A rotating file in the platform's user log folder (``~/.local/state/Eventplanner/log`` on
Linux, ``~/Library/Logs/Eventplanner`` on macOS, ``%LOCALAPPDATA%\\Eventplanner\\Logs`` on
Windows), or in the folder ``$EVENTPLANNER_LOG_DIR`` names. Database URLs may appear in it
(never their passwords: settings and commands drop them), so the folder is the user's own.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from eventplanner import __version__

LOG_DIR_ENV = "EVENTPLANNER_LOG_DIR"
FILE_NAME = "eventplanner.log"
MAX_BYTES = 1_000_000
"""A file grows to about a megabyte, then it is renamed .1 (the older ones .2, .3)."""
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

logger = logging.getLogger("eventplanner")


def log_folder() -> Path:
    """``$EVENTPLANNER_LOG_DIR`` if set, else the platform's user log folder."""
    chosen = os.environ.get(LOG_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs

    return platformdirs.user_log_path("Eventplanner", appauthor=False)


@contextmanager
def logging_to_file(what: str, *, debug: bool = False) -> Iterator[Path | None]:
    """While inside, Eventplanner's log records (INFO and up, DEBUG with ``debug``) and
    every library's warnings go to the log file, whose path is given (None when the folder
    cannot be made or written: a log never stops the app). ``what`` says what runs (the
    desktop app, a command's name) in the first line; never the arguments, which may hold
    a database URL's password."""
    handler = _file_handler(debug)
    if handler is None:
        yield None
        return
    root = logging.getLogger()
    level = logger.level
    root.addHandler(handler)
    logger.setLevel(handler.level)
    try:
        logger.info(
            "Eventplanner %s (%s) on Python %s, %s %s %s",
            __version__,
            what,
            platform.python_version(),
            # Not platform.platform(): it runs `uname -p` in a child process and reads
            # Python's binary for its C library's version, before the window is made.
            platform.system(),
            platform.release(),
            platform.machine(),
        )
        yield Path(handler.baseFilename)
    except Exception:
        logger.exception("Ended by an unexpected error")
        raise
    finally:
        root.removeHandler(handler)
        handler.close()
        logger.setLevel(level)


class RotatingLog(logging.FileHandler):
    """The log file, renamed .1 (the older ones .2, .3) before a record would take it past
    ``max_bytes``: what ``logging.handlers.RotatingFileHandler`` does, without that module
    (it imports sockets, pickle and queues: some 20 ms before the desktop's window)."""

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        path = Path(self.baseFilename)
        if path.exists() and not path.is_file():
            return False  # never a device or a pipe
        if self.stream is None:
            self.stream = self._open()
        if self.max_bytes <= 0:
            return False
        self.stream.seek(0, 2)
        return self.stream.tell() + len(f"{self.format(record)}\n") >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        for number in range(self.backups - 1, 0, -1):
            older = Path(f"{self.baseFilename}.{number}")
            if older.exists():
                older.replace(f"{self.baseFilename}.{number + 1}")
        if self.backups > 0:
            Path(self.baseFilename).replace(f"{self.baseFilename}.1")
        self.stream = self._open()


def _file_handler(debug: bool) -> RotatingLog | None:
    folder = log_folder()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = RotatingLog(folder / FILE_NAME, max_bytes=MAX_BYTES, backups=BACKUPS)
    except OSError as exc:
        print(f"eventplanner: no log file in {folder}: {exc.strerror or exc}", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.DEBUG if debug else logging.INFO)
    return handler
