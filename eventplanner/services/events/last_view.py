"""The period the window showed when an SQLite file was last closed, kept on disk so that
the next start shows its events in the first frame, before the database layer has loaded.

It is kept only for a file that nobody changed since: beside the events it holds the file's
identity as it was once closed (device, inode, size, modification and change times). Any
write by any program changes one of them, and while another program has the file open with
changes in its write-ahead log the log is not empty; either way ``read`` finds nothing, and
the window waits for the database as it always did. Once the database has opened, the
window reads the period from it again.

Only plain Python here (no SQLAlchemy): it is read at start-up, before the database opens.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import tempfile
from dataclasses import fields
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from eventplanner import __version__
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.persistence.location import default_database_path
from eventplanner.services.events.facets import FacetedOccurrences

FILE_NAME = "last-view.pickle"
FORMAT = 2
"""Raised when what is kept changes shape; a file of another format is not read."""

# What a kept view is made of: nothing else is unpickled (a file that names any other
# class is refused, so a planted file cannot run code).
_ALLOWED = {
    "builtins": {"frozenset", "set", "tuple", "list", "dict"},
    "datetime": {"date", "datetime", "timedelta", "timezone"},
    "eventplanner.domain.enums": {"EventKind", "EventStatus", "BusyStatus"},
    "eventplanner.domain.filters": {"TimeWindow", "EventFilter"},
    "eventplanner.services.events.facets": {"FacetedOccurrences", "Facets", "FacetValue"},
    "eventplanner.services.events.last_view": {
        "LastView",
        "_zone",
        "_occurrence",
        "_timed",
        "_days",
    },
}


class LastView(NamedTuple):
    """What the window showed of ``database`` (a resolved file path) for ``window`` and
    ``where``, when the file was in the state ``stamp``.

    A named tuple, not a frozen dataclass: made in a tenth of the time as the window's
    modules load, before its first paint (0.6 ms here)."""

    database: str
    stamp: tuple[int, ...]
    window: TimeWindow
    where: EventFilter
    shown: FacetedOccurrences
    version: str = __version__
    format: int = FORMAT

    def answers(self, window: TimeWindow, where: EventFilter) -> bool:
        return self.window == window and self.where == where


def sqlite_file(target: str | None) -> Path | None:
    """The SQLite file ``target`` names when it is a file path, or nothing (the default
    file), resolved as the database layer resolves it; None for a URL."""
    if not target:
        return default_database_path().resolve()
    if "://" in target:
        return None
    return Path(target).expanduser().resolve()


def stamp_of(path: Path) -> tuple[int, ...] | None:
    """The file's identity and state, or None when it is missing or its write-ahead log
    holds changes not yet in the file (another program has it open and wrote)."""
    try:
        state = path.stat()
        log = path.with_name(path.name + "-wal")
        if log.exists() and log.stat().st_size > 0:
            return None
    except OSError:
        return None
    return (state.st_dev, state.st_ino, state.st_size, state.st_mtime_ns, state.st_ctime_ns)


def keep(folder: Path, target: str | None, window: TimeWindow, where: EventFilter,
         shown: FacetedOccurrences) -> bool:  # fmt: skip
    """Keep ``shown`` for the next start; call it once the database is closed. Returns
    whether it was kept (a URL, a file still changing or a folder that cannot be written:
    nothing is, and what was kept before is removed)."""
    path = sqlite_file(target)
    stamp = stamp_of(path) if path is not None else None
    kept = folder / FILE_NAME
    if path is None or stamp is None:
        with contextlib.suppress(OSError):
            kept.unlink()
        return False
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=5).dump(LastView(str(path), stamp, window, where, shown))
    data = buffer.getvalue()
    temporary: Path | None = None
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor, name = tempfile.mkstemp(prefix=".last-view-", dir=folder)
        temporary = Path(name)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        temporary.replace(kept)  # a reader sees the old file whole or the new one
        temporary = None
    except OSError:
        return False
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
    return True


def read(folder: Path, target: str | None) -> LastView | None:
    """What was kept of ``target``, if the file is as it was then; else None."""
    path = sqlite_file(target)
    if path is None:
        return None
    try:
        data = (folder / FILE_NAME).read_bytes()
    except OSError:
        return None
    try:
        view = _Unpickler(io.BytesIO(data)).load()
    except Exception:  # a damaged or foreign file is no view: the database will answer
        return None
    if (
        not isinstance(view, LastView)
        or view.format != FORMAT
        or view.version != __version__
        or view.database != str(path)
        or view.stamp != stamp_of(path)
    ):
        return None
    return view


def _zone(key: str) -> ZoneInfo:
    return ZoneInfo(key)


def _occurrence(*values: Any) -> Occurrence:
    return Occurrence.trusted(*values)


def _timed(start: datetime, end: datetime, zone: str, utc: tuple[datetime, datetime]) -> TimedSpan:
    return TimedSpan.trusted(start, end, zone, utc)


def _days(first: date, last: date, zone: str) -> AllDaySpan:
    return AllDaySpan.trusted(first, last, zone)


_OCCURRENCE_FIELDS = tuple(f.name for f in fields(Occurrence))


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        # A zone as its name (ZoneInfo's own way goes through getattr, which a file cannot
        # be allowed to call). Records through their ``trusted`` makers: a month of them is
        # read back in a third of the time their dataclasses' own way takes.
        if isinstance(obj, ZoneInfo):
            return _zone, (obj.key,)
        if isinstance(obj, Occurrence):
            return _occurrence, tuple(getattr(obj, name) for name in _OCCURRENCE_FIELDS)
        if isinstance(obj, TimedSpan):
            return _timed, (obj.start, obj.end, obj.time_zone, obj.utc_bounds())
        if isinstance(obj, AllDaySpan):
            return _days, (obj.first_day, obj.last_day, obj.time_zone)
        return NotImplemented


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if name not in _ALLOWED.get(module, ()):
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a kept view")
        return super().find_class(module, name)
