"""What a test may not leave behind: threads, top-level widgets, open database connections;
and what it may not do: have the garbage collector run on another thread than the main one.

``Snapshot.take()`` before a test, ``snapshot.leaks()`` after it: what the test started or
made and did not end, close or delete, each named. tests/conftest.py fails every test with
any. The rules:

- a thread started during the test and still alive after a short grace join (an idle
  ``ThreadPoolExecutor`` worker too: a pool not shut down keeps its threads for ever),
  joined once the deletions the test asked for are done (they may be what ends it);
- a top-level widget that was not there before the test, once the deletions it asked for
  (``deleteLater``) are done: hidden or shown, it is still held somewhere (pytest-qt's
  ``qtbot.addWidget`` closes and deletes its widgets before this looks);
- a DBAPI connection opened during the test and not closed: an engine not disposed, a
  ``Database`` or ``Workspace`` not closed. Connections a module's fixture opened before the
  test are the fixture's;
- a garbage collection on any thread but the main one: it deletes the Qt objects of the
  cycles it frees on that thread (eventplanner/app/gui_collections.py; the suite collects
  on the main thread only, tests/conftest.py).
"""

from __future__ import annotations

import gc
import sys
import threading
import time
import weakref
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event
from sqlalchemy.pool import Pool

GRACE_SECONDS = 2.0
"""How long the threads a test started get to end after it (a server stopping, a pool's
last task finishing) before they count as leaked."""


class _Connections:
    """Every DBAPI connection SQLAlchemy's pools open and close, in the order opened."""

    def __init__(self) -> None:
        self.serial = 0
        self.open: dict[int, tuple[int, weakref.ref[Any], str]] = {}  # id(record) -> ...

    def install(self) -> None:
        event.listen(Pool, "connect", self._connected)
        event.listen(Pool, "close", self._closed)
        event.listen(Pool, "detach", self._closed)  # no longer the pool's to close

    def _connected(self, dbapi_connection: Any, record: Any) -> None:
        self.serial += 1
        self.open[id(record)] = (self.serial, weakref.ref(record), _describe(dbapi_connection))

    def _closed(self, dbapi_connection: Any, record: Any) -> None:
        self.open.pop(id(record), None)

    def opened_since(self, serial: int) -> list[str]:
        """Connections opened after ``serial`` and still open (their record alive)."""
        found = []
        for key, (opened, record, what) in list(self.open.items()):
            if record() is None:  # the pool went away unclosed; the connection with it
                del self.open[key]
            elif opened > serial:
                found.append(what)
        return found


def _describe(dbapi_connection: Any) -> str:
    info = getattr(dbapi_connection, "info", None)  # psycopg: the server and database
    if info is not None and hasattr(info, "dbname"):
        return f"PostgreSQL connection to {info.dbname}"
    return f"{type(dbapi_connection).__module__}.{type(dbapi_connection).__name__}"


CONNECTIONS = _Connections()


class _OffMainCollections:
    """The threads other than the main one that the garbage collector ran on, in order."""

    def __init__(self) -> None:
        self.threads: list[str] = []

    def install(self) -> None:
        gc.callbacks.append(self._collecting)

    def _collecting(self, phase: str, _info: dict[str, int]) -> None:
        thread = threading.current_thread()
        if phase == "start" and thread is not threading.main_thread():
            self.threads.append(thread.name)


OFF_MAIN_COLLECTIONS = _OffMainCollections()


def _widgets() -> dict[int, str] | None:
    """The application's top-level widgets by C++ address (None before there is one)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return None
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication
    from shiboken6 import Shiboken

    if QApplication.instance() is None:
        return None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return {
        Shiboken.getCppPointer(w)[0]: _describe_widget(w) for w in QApplication.topLevelWidgets()
    }


def _describe_widget(widget: Any) -> str:
    name = widget.objectName()
    title = widget.windowTitle()
    shown = "shown" if widget.isVisible() else "hidden"
    return (
        f"{type(widget).__name__}"
        + (f" {name!r}" if name else "")
        + (f" titled {title!r}" if title else "")
        + f" ({shown})"
    )


def _threads() -> set[threading.Thread]:
    # Threads that Python did not start (Qt's, seen once from Python) cannot be joined.
    return {t for t in threading.enumerate() if not isinstance(t, threading._DummyThread)}


@dataclass
class Snapshot:
    threads: set[threading.Thread]
    widgets: dict[int, str] | None
    connection_serial: int
    off_main_collections: int

    @classmethod
    def take(cls) -> Snapshot:
        return cls(_threads(), _widgets(), CONNECTIONS.serial, len(OFF_MAIN_COLLECTIONS.threads))

    def leaks(self) -> list[str]:
        """What was started, made or opened since, and is still alive; [] when nothing."""
        found = self._leaks()
        if found:  # what nothing holds any more may be waiting for the garbage collector
            gc.collect()
            found = self._leaks()
        return found

    def _leaks(self) -> list[str]:
        # The deletions the test asked for first: a window's deletion is what stops its
        # threads, which then end at once instead of after the whole grace.
        widgets = _widgets()
        found = [f"thread {t.name!r} still running" for t in self._new_threads(GRACE_SECONDS)]
        if widgets is not None:
            before = self.widgets or {}
            found += [f"top-level widget {what} not deleted"
                      for key, what in widgets.items() if key not in before]  # fmt: skip
        found += [f"{what} not closed" for what in CONNECTIONS.opened_since(self.connection_serial)]
        collected_on = OFF_MAIN_COLLECTIONS.threads[self.off_main_collections :]
        found += [f"garbage collected on thread {name!r}" for name in sorted(set(collected_on))]
        return found

    def _new_threads(self, grace: float) -> list[threading.Thread]:
        deadline = time.monotonic() + grace
        left = []
        for thread in _threads() - self.threads:
            thread.join(max(0.0, deadline - time.monotonic()))
            if thread.is_alive():
                left.append(thread)
        return sorted(left, key=lambda t: t.name)
