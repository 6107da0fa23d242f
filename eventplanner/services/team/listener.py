"""Hearing what other windows (or the command line) wrote to the open database.

On PostgreSQL a thread LISTENs on a connection of its own for the notices writes send when
they commit (``persistence.database.CHANGES_CHANNEL``), each carrying its change set. On
SQLite, which has no notices, a thread reads, twice a second on a connection of its own, the
notices writes leave in a table (``persistence.notices``) and ``PRAGMA data_version``, which
moves when another connection committed: a write that left no notice is heard as a change
of everything. Either way the notices of the listener's own Database are left out: that
window reloaded already.

Notices go to a callback on the listener's thread; the caller hands them on to its own.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import exc as sa_exc

from eventplanner.persistence.database import CHANGES_CHANNEL, Database
from eventplanner.persistence.notices import last_notice, read_notices
from eventplanner.services.changes import ChangeSet

POLL_SECONDS = 0.5
"""How often SQLite's data version is read, and how soon a stop is noticed."""
RETRY_SECONDS = 2.0
"""How long a listener whose connection failed waits before it connects again."""

_log = logging.getLogger(__name__)


class ChangeListener:
    """Calls ``on_changes`` with each change another connection made to ``database``.

    ``start`` begins listening on a thread of its own, ``stop`` ends it and closes its
    connection (also as a context manager). A connection lost is made again, and a change
    of everything is told then, as notices may have been missed meanwhile.
    """

    def __init__(
        self,
        database: Database,
        on_changes: Callable[[ChangeSet], None],
        *,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        self._database = database
        self._on_changes = on_changes
        self._poll = poll_seconds
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self.rounds = 0
        """How many times it has looked (polled, or waited for notices): for tests."""

    def start(self) -> None:
        """Listen from now on (notices of writes committed before are not heard)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="change-listener", daemon=True)
        self._thread.start()

    def wait_until_listening(self, timeout: float) -> bool:
        """Whether the listener is connected (and so hears what commits from now on)."""
        return self._ready.wait(timeout)

    def stop(self) -> None:
        """Stop listening, close the connection and wait for the thread to end."""
        self._stopping.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()

    def __enter__(self) -> ChangeListener:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- the thread ------------------------------------------------------------------------

    def _run(self) -> None:
        missed = False
        while not self._stopping.is_set():
            try:
                raw = self._database.engine.raw_connection()
            except sa_exc.SQLAlchemyError as error:
                _log.warning("Cannot listen for changes to %s: %s", self._name, error)
                missed = True
                self._stopping.wait(RETRY_SECONDS)
                continue
            connection: Any = raw.driver_connection
            raw.detach()  # ours alone: not handed back to the pool, closed below
            try:
                if missed:
                    self._tell(ChangeSet.all())
                if self._database.dialect == "postgresql":
                    self._listen(connection)
                else:
                    self._poll_version(connection)
            except Exception as error:  # a lost server, a closed file: connect again
                if self._stopping.is_set():
                    break
                _log.warning("Stopped hearing changes to %s: %s", self._name, error)
                missed = True
                self._stopping.wait(RETRY_SECONDS)
            finally:
                self._ready.clear()
                with contextlib.suppress(Exception):
                    connection.close()

    @property
    def _name(self) -> str:
        return self._database.display_name

    def _listen(self, connection: Any) -> None:
        connection.rollback()  # out of any transaction a ping began, to set autocommit
        connection.autocommit = True
        connection.execute(f"LISTEN {CHANGES_CHANNEL}")
        self._ready.set()
        own = self._database.origin
        while not self._stopping.is_set():
            for notice in connection.notifies(timeout=self._poll):
                origin, _, text = notice.payload.partition(" ")
                if origin != own:
                    self._tell(ChangeSet.from_json(text))
            self.rounds += 1

    def _poll_version(self, connection: Any) -> None:
        last = last_notice(connection)
        seen = read_notices(connection, last).data_version
        self._ready.set()
        own = self._database.origin
        while not self._stopping.wait(self._poll):
            version, notices = read_notices(connection, last)
            moved, seen = version != seen, version
            if notices:
                if notices[0].id != last + 1:
                    self._tell(ChangeSet.all())  # fallen behind: the oldest were forgotten
                last = notices[-1].id
                for notice in notices:
                    if notice.origin != own and notice.changes:
                        self._tell(ChangeSet.from_json(notice.changes))
            elif moved:
                self._tell(ChangeSet.all())  # a write that left no notice: it says not what
            self.rounds += 1

    def _tell(self, changes: ChangeSet) -> None:
        try:
            self._on_changes(changes)
        except Exception:  # the receiver's fault: keep listening
            _log.exception("A change notice could not be handed on")
