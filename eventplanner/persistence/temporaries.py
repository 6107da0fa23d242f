"""Temporary files beside their target, named after the process writing them.

A file is written whole under a temporary name and then renamed into place. A writer killed
in between leaves the temporary file behind; in a folder that OneDrive or Dropbox syncs it
would travel to every colleague. Its name says which computer and process wrote it
(``.NAME.~HOST~PID~RANDOM.tmp``), so the next start can tell a dead writer's leftover (that
process no longer runs) from a file another program is writing now, and delete it at once.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import tempfile
import time
from pathlib import Path

STALE_SECONDS = 3600
"""A temporary file of another computer this old is a dead writer's leftover."""

_NAME = re.compile(r"^\..+\.~(?P<host>[A-Za-z0-9-]*)~(?P<pid>\d+)~[^~/\\]*\.tmp$")


def temporary_prefix(target: Path) -> str:
    """The hidden prefix of ``target``'s temporary files (``.Mässor 2027.ics.``)."""
    return f".{target.name}."


def make_temporary(target: Path) -> tuple[int, Path]:
    """A new temporary file beside ``target``, open for writing: (descriptor, path)."""
    prefix = f"{temporary_prefix(target)}~{_host()}~{os.getpid()}~"
    descriptor, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=target.parent)
    return descriptor, Path(name)


def remove_leftovers(folder: Path, prefix: str = ".", *, older_than: float = STALE_SECONDS) -> int:
    """Delete the temporary files in ``folder`` (whose names begin with ``prefix``) that
    writers which died left behind; returns how many.

    A file of this computer is a leftover once its process has ended; one of another
    computer (or named in an older way) once it is ``older_than`` seconds old.
    """
    removed = 0
    cutoff = time.time() - older_than
    try:
        candidates = [p for p in folder.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return 0
    for path in candidates:
        if not path.name.endswith(".tmp") or not path.name.startswith("."):
            continue
        with contextlib.suppress(OSError):
            if _dead_writer(path.name) or path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
    return removed


def _dead_writer(name: str) -> bool:
    match = _NAME.match(name)
    if match is None or match["host"] != _host() or os.name != "posix":
        return False  # Windows has no harmless way to ask whether a process runs
    pid = int(match["pid"])
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # it runs, as another user
        return False
    return False


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname())[:40]


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable: on POSIX the rename reaches the disk only when
    the folder itself is synced. Windows has no folder handles to sync and does not need it."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
