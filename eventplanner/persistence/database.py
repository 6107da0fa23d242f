"""Opening, upgrading, backing up and writing to the database.

A :class:`Database` owns one engine. Each unit of work gets its own short-lived session
(``with db.transaction() as session``), committed as a whole or not at all; no session
outlives the action that needed it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine, Result, create_engine, event, inspect
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from eventplanner.domain.errors import (
    ConflictError,
    DatabaseError,
    EventplannerError,
    PasswordNeededError,
)
from eventplanner.persistence import migrations
from eventplanner.persistence.location import default_database_path as default_database_path
from eventplanner.persistence.notices import record_notice
from eventplanner.persistence.schema import EventRow
from eventplanner.persistence.temporaries import (
    make_temporary,
    remove_leftovers,
    sync_folder,
    temporary_prefix,
)

BUSY_TIMEOUT_MS = 15_000
CHANGES_CHANNEL = "eventplanner_changes"
"""The PostgreSQL channel a write's notice goes out on: ``ORIGIN NOTICE`` (see Announcer)."""
_ONLY_SQLITE_BACKUPS = (
    "Backups are made here for SQLite files only; back up a PostgreSQL database with pg_dump."
)


def database_url(value: str | Path | None) -> URL:
    """An SQLAlchemy URL from what a person gave: a URL, a file path, or nothing (default)."""
    if value is None or value == "":
        return make_url(f"sqlite:///{default_database_path()}")
    text = str(value)
    if "://" in text:
        try:
            url = make_url(text)
        except sa_exc.ArgumentError:
            raise DatabaseError(f"not a database URL: {text!r}") from None
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return url
    return make_url(f"sqlite:///{Path(text).expanduser().resolve()}")


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        # In WAL mode NORMAL loses nothing when a process dies; only a power cut can
        # lose the last transactions, never corrupt the file.
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


_READING = migrations.READING


def _on_sqlite_begin(connection: Any) -> None:
    # A writing transaction takes the write lock at BEGIN so two writers queue on
    # busy_timeout instead of one failing with "database is locked" when it upgrades a read
    # lock mid-transaction. Reading transactions begin deferred: in WAL mode they never wait
    # for a writer, and see the last committed state.
    if connection.get_execution_options().get(_READING):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def describe_failure(exc: BaseException, where: str) -> str:
    """A sentence a coordinator understands for a low-level database failure."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return f"{where} is locked by another program; nothing was saved. Try again in a moment."
    if "readonly" in text or "read-only" in text or "read only" in text:
        return f"{where} is read-only; nothing was saved. Save a copy elsewhere instead."
    if "disk is full" in text or "disk full" in text or "no space" in text:
        return f"The disk holding {where} is full; nothing was saved. Free some space."
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return f"{where} is not an Eventplanner database, or it is damaged."
    if "unable to open" in text:
        return f"{where} cannot be opened: the folder is missing or not writable."
    if "connection refused" in text or "could not connect" in text or "timeout" in text:
        return f"Cannot reach the database server for {where}."
    first_line = str(getattr(exc, "orig", exc)).splitlines()[0] if str(exc) else type(exc).__name__
    return f"{where}: {first_line}"


class Announcer(Protocol):
    """Tells other windows on the same database what a write changed (the live team view).

    It sees every flush and every statement of a writing transaction (and may run one itself,
    to see what it returns: it then gives back the result), and just before the
    transaction commits gives the notice to send (None: nothing to tell). On PostgreSQL the
    database sends it with ``pg_notify`` in that same transaction, so it is delivered when,
    and only when, the write commits; an SQLite file, which has no notices, keeps it in a
    table of its own (``persistence.notices``) that its listeners read when they see the
    file's data version move.
    """

    def flushed(self, session: Session) -> None: ...

    def executed(self, state: ORMExecuteState) -> Result[Any] | None: ...

    def notice(self, session: Session) -> str | None: ...


class Database:
    """One database, opened and at the current schema."""

    def __init__(self, engine: Engine, *, read_only: str | None = None) -> None:
        self.engine = engine
        self.read_only_reason = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(
            engine.execution_options(**{_READING: True}), expire_on_commit=False
        )
        # SQLite gives a new row the id after the highest one: ids of events deleted last
        # come back on the next ones made. What is kept by id (export's texts) must hear of
        # deletions (committed in this process) to not take a new event for an old one.
        self._deleted_events: list[int] = []
        self._deleted_lock = threading.Lock()
        # Names this object in the notices it sends, so that it can tell its own apart.
        self.origin = uuid.uuid4().hex
        self.announcer: Announcer | None = None
        # SQLAlchemy keeps a session class's listeners in a registry that holds the class
        # only weakly, but the listeners here hold this object, and it the class: they are
        # removed on close, or the database (engine, statement cache and all) lives for ever.
        self._listeners: list[tuple[str, Any]] = [
            ("after_flush", _note_flushed_deletions),
            ("after_commit", self._deletions_committed),
            ("after_flush", self._flushed),
            ("do_orm_execute", self._executed),
            ("before_commit", self._announce),
        ]
        for name, listener in self._listeners:
            event.listen(self._sessions, name, listener)

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def read_only(self) -> bool:
        """Opened read-only (``read_only_reason`` says why): every write is refused."""
        return self.read_only_reason is not None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def display_name(self) -> str:
        """The file path for SQLite, the URL without password otherwise."""
        if self.dialect == "sqlite":
            if self.read_only and self.sqlite_path is not None:
                return str(self.sqlite_path)
            return self.url.database or ":memory:"
        return self.url.render_as_string(hide_password=True)

    @property
    def sqlite_path(self) -> Path | None:
        database = self.url.database
        if self.dialect != "sqlite" or not database or database == ":memory:":
            return None
        if database.startswith("file:"):  # an SQLite URI such as file:/path?mode=ro
            return Path(database.removeprefix("file:").split("?", 1)[0])
        return Path(database)

    @classmethod
    def open(
        cls,
        url: str | Path | URL | None = None,
        *,
        upgrade: bool = True,
        password: str | None = None,
    ) -> Database:
        """Open (creating if need be) and upgrade a database.

        An SQLite file with an older schema is copied aside before it is upgraded. A
        database from a newer Eventplanner raises SchemaTooNewError and is not touched. A
        file in a folder this user cannot write to (or a write-protected file) is opened
        read-only: ``read_only_reason`` says why, and every write is refused saying so.

        A server that wants a password gets ``password``, else the URL's, else what libpq
        finds itself (PGPASSWORD, ~/.pgpass, a service file); without one that works,
        PasswordNeededError says so, and the caller may ask the person and try again.
        """
        resolved = url if isinstance(url, URL) else database_url(url)
        if password is not None:
            resolved = resolved.set(password=password)
        reason = read_only_reason(resolved)
        if reason is not None:
            resolved = _read_only_url(resolved)
        db = cls(create_database_engine(resolved), read_only=reason)
        try:
            if upgrade:
                db.upgrade()
            else:
                migrations.check_not_newer(db.engine)
                db._use_wal()
        except EventplannerError:
            db.close()
            raise
        except (sa_exc.SQLAlchemyError, sqlite3.Error, OSError) as exc:
            db.close()
            if _password_problem(exc):
                raise _password_needed(resolved) from exc
            raise DatabaseError(describe_failure(exc, db.display_name)) from exc
        return db

    def upgrade(self) -> str | None:
        """Bring the schema to the newest revision; returns the backup file, if one was made."""
        state = migrations.state(self.engine)
        if state.is_newer:
            raise migrations.newer_error(self.display_name, state)
        if self.read_only_reason is not None:
            if not state.is_current:
                raise DatabaseError(
                    f"{self.display_name} must be upgraded for this version of Eventplanner, "
                    f"but {self.read_only_reason}. Copy it to a folder you can write to."
                )
            return None
        self._use_wal()
        if state.is_current:
            return None
        backup_path: str | None = None
        if state.current is not None and self.sqlite_path is not None:
            target = self.backup(self.dated_copy_name("before-upgrade"))
            backup_path = str(target)
        migrations.upgrade(self.engine)
        return backup_path

    def _use_wal(self) -> None:
        """Switch an SQLite file to WAL (it stays so): readers never wait for a writer.

        Done only once the file is known to be ours and not newer: switching rewrites the
        file's header, and a refused file must be left exactly as it was.
        """
        if self.sqlite_path is None:
            return
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                with contextlib.suppress(sqlite3.OperationalError):  # read-only: keep its mode
                    cursor.execute("PRAGMA journal_mode = WAL")
            cursor.close()
        finally:
            raw.close()

    def dated_copy_name(self, label: str) -> Path:
        """``NAME.LABEL-20270312T101500Z.sqlite`` beside the SQLite file, not yet taken."""
        path = self.sqlite_path
        if path is None:
            raise DatabaseError(_ONLY_SQLITE_BACKUPS)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        candidate = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
        counter = 1
        while candidate.exists():
            counter += 1
            candidate = path.with_name(f"{path.stem}.{label}-{stamp}-{counter}{path.suffix}")
        return candidate

    def backup(self, target: Path) -> Path:
        """A consistent copy of an SQLite database, taken while it may be in use.

        Written to a temporary name beside ``target``, synced to the disk, then renamed: a
        process killed (or a power cut) midway never leaves a half copy under the backup's
        name, and the next backup in the folder deletes the dead one's temporary file.
        """
        if self.sqlite_path is None:
            raise DatabaseError(_ONLY_SQLITE_BACKUPS)
        target = Path(target)
        if target.exists():
            raise DatabaseError(f"{target} already exists; choose another name")
        temporary: Path | None = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            # A killed backup's temporary file: of a dated copy (named after the database),
            # or of this same target (a name given with db backup --target, tried again).
            remove_leftovers(target.parent, f".{self.sqlite_path.stem}.")
            remove_leftovers(target.parent, temporary_prefix(target))
            descriptor, temporary = make_temporary(target)
            os.close(descriptor)
            source = sqlite3.connect(self.sqlite_path)
            try:
                dest = sqlite3.connect(temporary)
                try:
                    source.backup(dest)
                finally:
                    dest.close()
            finally:
                source.close()
            _fsync(temporary)
            temporary.replace(target)
            temporary = None
            sync_folder(target.parent)
        except (sqlite3.Error, OSError) as exc:
            raise DatabaseError(describe_failure(exc, str(target))) from exc
        finally:
            if temporary is not None:
                with contextlib.suppress(OSError):
                    temporary.unlink()
        return target

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        if self.read_only_reason is not None:
            raise DatabaseError(
                f"{self.display_name} is open read-only ({self.read_only_reason}); nothing "
                "was saved. Copy it to a folder you can write to, to change it."
            )
        with self._unit(self._sessions, commit=True) as session:
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work that never waits for writers (WAL); nothing is committed."""
        with self._unit(self._read_sessions, commit=False) as session:
            yield session

    @contextlib.contextmanager
    def _unit(self, sessions: sessionmaker[Session], *, commit: bool) -> Iterator[Session]:
        session = sessions()
        try:
            if commit:
                with session.begin():
                    yield session
            else:
                yield session  # closing the session below rolls the read back
        except StaleDataError as exc:
            raise ConflictError(
                "Someone else changed this record since you opened it; nothing was saved. "
                "Reload it and make your change again."
            ) from exc
        except EventplannerError:
            raise
        except (sa_exc.OperationalError, sa_exc.DatabaseError, sa_exc.InterfaceError) as exc:
            raise DatabaseError(describe_failure(exc, self.display_name)) from exc
        except OSError as exc:
            raise DatabaseError(describe_failure(exc, self.display_name)) from exc
        finally:
            session.close()

    def deleted_events_since(self, seen: int) -> tuple[list[int], int]:
        """The ids of events deleted (and committed) since ``seen`` deletions were told,
        and how many have been told now: pass that back next time."""
        with self._deleted_lock:
            return self._deleted_events[seen:], len(self._deleted_events)

    @property
    def deletions(self) -> int:
        """How many events have been deleted (and committed) through this object: part of
        what tells a change, as a new event may take a deleted one's id and row version."""
        with self._deleted_lock:
            return len(self._deleted_events)

    def _deletions_committed(self, session: Session) -> None:
        gone = session.info.pop(_DELETED_EVENTS, None)
        if gone:
            with self._deleted_lock:
                self._deleted_events.extend(gone)

    def _flushed(self, session: Session, _context: Any) -> None:
        if self.announcer is not None:
            self.announcer.flushed(session)

    def _executed(self, state: ORMExecuteState) -> Result[Any] | None:
        if self.announcer is None:
            return None
        return self.announcer.executed(state)

    def _announce(self, session: Session) -> None:
        if self.announcer is None:
            return
        session.flush()  # before_commit comes before the last flush: its rows count too
        notice = self.announcer.notice(session)
        if self.dialect == "postgresql":
            if notice:
                session.connection().exec_driver_sql(
                    "SELECT pg_notify(%s, %s)", (CHANGES_CHANNEL, f"{self.origin} {notice}")
                )
        elif self.sqlite_path is not None:
            # Every write, even of nothing a window shows: a listener that sees the file
            # change and finds no notice of it takes it for a write it cannot know.
            record_notice(session.connection(), self.origin, notice or "")

    def close(self) -> None:
        self.engine.dispose()
        for name, listener in self._listeners:
            if event.contains(self._sessions, name, listener):
                event.remove(self._sessions, name, listener)

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()


_DELETED_EVENTS = "deleted_event_ids"


def note_deleted_events(session: Session, ids: Iterable[int]) -> None:
    """Tell the database that ``session`` deletes these events with a bulk DELETE
    (``session.delete`` of an EventRow is noticed without it)."""
    session.info.setdefault(_DELETED_EVENTS, []).extend(ids)


def _note_flushed_deletions(session: Session, _context: Any) -> None:
    gone = [row.id for row in session.deleted if isinstance(row, EventRow)]
    if gone:
        note_deleted_events(session, gone)


def _password_problem(exc: BaseException) -> bool:
    """The server refused the connection for want of a (right) password."""
    text = str(getattr(exc, "orig", exc)).lower()
    return "no password supplied" in text or "password authentication failed" in text


def _password_needed(url: URL) -> PasswordNeededError:
    where = url._replace(password=None).render_as_string(hide_password=False)
    user = url.username or ""
    refused = url.password is not None
    if refused:
        message = f"The server of {where} refused the password of {user}."
    else:
        message = (
            f"The server of {where} asks for the password of {user}, and none was found (in "
            "PGPASSWORD, ~/.pgpass or a service file)."
        )
    return PasswordNeededError(message, target=where, user=user, refused=refused)


def read_only_reason(url: URL) -> str | None:
    """Why an existing SQLite file can only be read by this user, or None."""
    if url.get_backend_name() != "sqlite" or str(url.query.get("uri", "")).lower() in (
        "true",
        "1",
    ):
        return None
    database = url.database
    if not database or database == ":memory:":
        return None
    path = Path(database)
    if not path.is_file():
        return None
    # SQLite writes its journal (-wal, -shm) beside the file: the folder must be writable too.
    if not _writable(path.parent):
        return f"the folder {path.parent} is read-only for you"
    if not _writable(path):
        return f"the file {path} is read-only for you"
    return None


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def _read_only_url(url: URL) -> URL:
    """The file opened read-only by SQLite itself. ``immutable``: in a read-only folder it
    cannot make the shared-memory file WAL reading needs, and without it reads fail."""
    path = Path(url.database or "")
    immutable = "" if _writable(path.parent) else "&immutable=1"
    return url.set(database=f"file:{path.as_posix()}?mode=ro{immutable}", query={"uri": "true"})


def _make_private_file(path: Path) -> None:
    """A new database file readable by its owner only (its journal files follow its mode),
    in a folder made for it if need be (only the owner may enter a folder made here)."""
    try:
        if not path.parent.exists():
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise DatabaseError(describe_failure(exc, str(path))) from exc
    os.close(handle)


def _fsync(path: Path) -> None:
    handle = os.open(path, os.O_RDWR)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def create_database_engine(url: URL) -> Engine:
    """An engine with the settings Eventplanner relies on for this kind of database."""
    if url.get_backend_name() == "sqlite":
        database = url.database
        # A "file:" URI (uri=true, e.g. ?mode=ro) is SQLite's to resolve, not a folder path.
        is_uri = str(url.query.get("uri", "")).lower() in ("true", "1")
        if database and database != ":memory:" and not is_uri:
            _make_private_file(Path(database))
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _on_sqlite_connect)
        # Let SQLAlchemy, not the driver, decide when transactions begin (see _on_sqlite_begin).
        event.listen(engine, "connect", _disable_pysqlite_autobegin)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except (sa_exc.ArgumentError, ImportError) as exc:
        raise DatabaseError(f"Cannot use the database {url.render_as_string()}: {exc}") from exc


def _disable_pysqlite_autobegin(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
