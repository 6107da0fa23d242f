"""Writing a published file so that readers only ever see the old one whole or the new one.

The bytes go to a temporary file in the same folder (so the rename cannot cross file
systems), are flushed and fsynced, and then ``os.replace`` puts the file in place in one
step. A writer killed at any moment leaves the previous file whole; at worst a hidden
temporary file stays behind, named after the dead process, which the next start (or the
next write to the folder) deletes (``persistence.temporaries``).
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from eventplanner.domain.errors import PublishError
from eventplanner.persistence.temporaries import (
    STALE_SECONDS,
    make_temporary,
    remove_leftovers,
    sync_folder,
    temporary_prefix,
)

STALE_TEMPORARY_SECONDS = STALE_SECONDS
"""A temporary file this old is a dead writer's leftover, not another writer's work."""


def write_atomically(
    target: Path, data: bytes | Sequence[bytes], *, what: str, done: str = "published"
) -> None:
    """Put ``data`` at ``target`` in one step; messages say "``what`` was not ``done``".

    ``data`` may be the bytes in pieces, written one after the other: a feed kept in memory
    event by event is written without first being joined into one copy.

    Raises PublishError naming the folder and saying what to do when the folder is missing
    or read-only, or the disk is full; ``target`` is then as it was before.
    """
    folder = target.parent
    if not folder.is_dir():
        raise PublishError(
            f"{what} was not {done}: the folder {folder} does not exist (is the drive "
            "connected?); the previous file, if any, is unchanged"
        )
    mode = _mode_for(target)
    temporary: Path | None = None
    try:
        descriptor, temporary = make_temporary(target)
        with os.fdopen(descriptor, "wb") as stream:
            if isinstance(data, bytes):
                stream.write(data)
            else:
                _write_pieces(stream, data)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.chmod(mode)
        temporary.replace(target)
        temporary = None
        sync_folder(folder)
    except OSError as exc:
        raise PublishError(_message(exc, f"{what} was not {done}", folder)) from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
    remove_stale_temporaries(target)


def _write_pieces(stream: BinaryIO, pieces: Sequence[bytes]) -> None:
    """Write ``pieces`` in order, a thousand at a time joined into one write.

    Not ``os.writev`` of the pieces as they are: a feed's 30,000 pieces (most of them an
    event's few hundred bytes, or its 28-byte DTSTAMP line) cost the kernel more, one by
    one, than joining each thousand (some 300 kB) costs here, and the writes are plain
    ones on every platform. A short write is finished by the stream."""
    for start in range(0, len(pieces), _PIECES_PER_WRITE):
        stream.write(b"".join(pieces[start : start + _PIECES_PER_WRITE]))


_PIECES_PER_WRITE = 1024


def remove_stale_temporaries(target: Path, *, older_than: float = STALE_TEMPORARY_SECONDS) -> int:
    """Delete temporary files of ``target`` left by writers that died; returns how many."""
    return remove_leftovers(target.parent, temporary_prefix(target), older_than=older_than)


def _mode_for(target: Path) -> int:
    """The new file keeps the old one's permissions, else the usual ones for a new file."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _message(exc: OSError, failed: str, folder: Path) -> str:
    unchanged = "the previous file, if any, is unchanged"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"{failed}: the disk holding {folder} is full; free some space; {unchanged}"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"{failed}: the folder {folder} is read-only for you; choose another folder or "
            f"ask for write access; {unchanged}"
        )
    if exc.errno == errno.ENOENT:
        return f"{failed}: the folder {folder} does not exist; {unchanged}"
    return f"{failed} to {folder}: {exc.strerror or exc}; {unchanged}"
