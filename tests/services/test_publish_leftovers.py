"""A publication killed midway leaves no temporary file in the (synced) folder after the
next start: the next Workspace.open, or the next command, deletes it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from eventplanner.cli import main
from eventplanner.domain.feeds import Feed
from eventplanner.persistence.temporaries import make_temporary
from eventplanner.services.workspace import Workspace

# A publisher killed (SIGKILL: no clean-up runs) between writing its temporary file and
# renaming it into place.
KILLED_PUBLISHER = """
import os, signal, sys
from pathlib import Path
from eventplanner.services import files
Path.replace = lambda self, target: os.kill(os.getpid(), signal.SIGKILL)
files.write_atomically(Path(sys.argv[1]), b"BEGIN:VCALENDAR\\r\\n", what="The feed")
"""


def _killed_publication(database: Path, folder: Path) -> tuple[Path, Path]:
    """A feed publishing into ``folder`` whose publisher was killed: (file, leftover)."""
    workspace = Workspace.open(database)
    try:
        feed = workspace.feeds.create(Feed(id=None, name="Mässor 2027", folder=str(folder)))
        target = workspace.feeds.file_path(feed)
        assert target is not None
    finally:
        workspace.close()
    run = subprocess.run([sys.executable, "-c", KILLED_PUBLISHER, str(target)], check=False)
    assert run.returncode == -9
    [leftover] = [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    return target, leftover


def test_the_next_start_deletes_a_killed_publications_temporary_file(tmp_path: Path) -> None:
    folder = tmp_path / "OneDrive"
    folder.mkdir()
    database = tmp_path / "planner.sqlite"
    target, leftover = _killed_publication(database, folder)
    working = make_temporary(target)  # another publisher, alive and writing: left alone
    os.close(working[0])
    Workspace.open(database).close()
    assert sorted(p.name for p in folder.iterdir()) == [working[1].name]
    assert not leftover.exists()


def test_the_next_command_deletes_it_too(tmp_path: Path) -> None:
    folder = tmp_path / "OneDrive"
    folder.mkdir()
    database = tmp_path / "planner.sqlite"
    _, leftover = _killed_publication(database, folder)
    assert main(["--database", str(database), "feed", "list"]) == 0
    assert list(folder.iterdir()) == []
    assert not leftover.exists()
