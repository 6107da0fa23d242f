"""The pre-upgrade backup is written under a temporary name, synced, then renamed.

A process killed while it copies never leaves a half copy under the backup's name, and the
temporary file of a dead copier is deleted by the next backup.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventplanner.domain.errors import DatabaseError
from eventplanner.persistence import database as database_module
from eventplanner.persistence.database import Database
from eventplanner.persistence.temporaries import make_temporary


def _opened(sqlite_file: Path) -> Database:
    return Database.open(sqlite_file)


def test_the_backup_is_synced_under_a_temporary_name_then_renamed(
    sqlite_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _opened(sqlite_file)
    target = db.dated_copy_name("before-upgrade")
    steps: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, Path.replace

    def fsync(handle: int) -> None:
        steps.append(("fsync", str(Path(f"/proc/self/fd/{handle}").readlink())))
        real_fsync(handle)

    def replace(self: Path, to: Path) -> Path:
        steps.append(("rename", f"{self} -> {to}"))
        return real_replace(self, to)

    monkeypatch.setattr(database_module.os, "fsync", fsync)
    monkeypatch.setattr(Path, "replace", replace)
    try:
        assert db.backup(target) == target
    finally:
        db.close()
    renames = [what for step, what in steps if step == "rename"]
    assert len(renames) == 1
    temporary, _, renamed_to = renames[0].partition(" -> ")
    assert renamed_to == str(target)
    assert Path(temporary).parent == target.parent and Path(temporary).name.startswith(".")
    # The copy reached the disk under its temporary name before the rename, the folder after.
    assert steps.index(("fsync", temporary)) < steps.index(("rename", renames[0]))
    assert steps[-1] == ("fsync", str(target.parent))
    copy = Database.open(target, upgrade=False)
    assert copy.table_names()
    copy.close()


def test_a_backup_that_fails_midway_leaves_nothing_under_either_name(
    sqlite_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _opened(sqlite_file)
    target = db.dated_copy_name("before-upgrade")

    def full_disk(_path: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(database_module, "_fsync", full_disk)
    try:
        with pytest.raises(DatabaseError, match="full"):
            db.backup(target)
    finally:
        db.close()
    assert sorted(p.name for p in sqlite_file.parent.iterdir()) == ["planner.sqlite"]


@pytest.mark.parametrize("name", ["dated", "chosen"])
def test_the_temporary_copy_of_a_killed_backup_is_deleted_by_the_next(
    sqlite_file: Path, name: str
) -> None:
    """Also when the killed backup had a name of its own (``db backup --target``): its
    temporary file is named after that target, not after the database."""
    db = _opened(sqlite_file)
    try:
        target = (
            db.dated_copy_name("before-upgrade")
            if name == "dated"
            else sqlite_file.parent / "kopia.sqlite"
        )
        # A copier that made its temporary file and died (SIGKILL: nothing cleaned up).
        script = (
            "import os, signal, sys\n"
            "from pathlib import Path\n"
            "from eventplanner.persistence.temporaries import make_temporary\n"
            "descriptor, path = make_temporary(Path(sys.argv[1]))\n"
            "os.write(descriptor, b'SQLite format 3\\0 half a copy')\n"
            "os.kill(os.getpid(), signal.SIGKILL)\n"
        )
        killed = subprocess.run([sys.executable, "-c", script, str(target)], check=False)
        assert killed.returncode == -9
        [leftover] = [p for p in sqlite_file.parent.iterdir() if p.name.endswith(".tmp")]
        # A live writer's temporary file (this process's own) is left alone.
        descriptor, own = make_temporary(sqlite_file.parent / "planner.other.sqlite")
        os.close(descriptor)
        db.backup(target if name == "chosen" else db.dated_copy_name("before-upgrade"))
        assert not leftover.exists()
        assert own.exists()
    finally:
        db.close()
