"""New database files are private to their owner; a file in a read-only folder opens
read-only, saying why, instead of failing."""

from __future__ import annotations

import hashlib
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from eventplanner.domain.errors import DatabaseError
from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence import database as database_module
from eventplanner.persistence import migrations
from eventplanner.services.workspace import Workspace


def _draft(title: str) -> EventDraft:
    start = datetime(2027, 5, 20, 13, 0, tzinfo=UTC)
    return EventDraft(title=title, timing=TimedSpan(start, start + timedelta(hours=1)))


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_database_and_its_journal_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    sqlite_file = tmp_path / "Eventplanner" / "planner.sqlite"
    workspace = Workspace.open(sqlite_file)
    try:
        workspace.events.create(_draft("Lanseringen"))
        journal = [p for p in sqlite_file.parent.iterdir() if p.name != sqlite_file.name]
        assert journal, "WAL files exist while the database is open"
        for path in [sqlite_file, *journal]:
            assert _mode(path) == 0o600, path.name
        assert _mode(sqlite_file.parent) == 0o700  # the folder made for it
    finally:
        workspace.close()


def test_an_existing_files_permissions_are_left_as_they_are(sqlite_file: Path) -> None:
    Workspace.open(sqlite_file).close()
    sqlite_file.chmod(0o640)  # shared with a group on purpose
    Workspace.open(sqlite_file).close()
    assert _mode(sqlite_file) == 0o640


@pytest.fixture
def read_only_folder(sqlite_file: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A planning file whose folder this user cannot write to.

    Tests run as root, which permissions do not stop: the folder is said to be read-only
    where Eventplanner asks (os.access), and SQLite is then held to read-only by its URI.
    """
    workspace = Workspace.open(sqlite_file)
    workspace.events.create(_draft("Lanseringen av årsrapporten"))
    workspace.close()
    folder = sqlite_file.parent
    monkeypatch.setattr(database_module, "_writable", lambda path: Path(path) != folder)
    return sqlite_file


def test_a_database_in_a_read_only_folder_opens_read_only_and_says_why(
    read_only_folder: Path,
) -> None:
    before = hashlib.sha256(read_only_folder.read_bytes()).hexdigest()
    workspace = Workspace.open(read_only_folder)
    try:
        database = workspace.database
        assert database.read_only
        assert database.read_only_reason == (
            f"the folder {read_only_folder.parent} is read-only for you"
        )
        assert database.display_name == str(read_only_folder)
        assert [o.title for o in workspace.queries.search("årsrapporten")] == [
            "Lanseringen av årsrapporten"
        ]
        with pytest.raises(DatabaseError) as refused:
            workspace.events.create(_draft("Workshop som aldrig sparas"))
    finally:
        workspace.close()
    assert str(refused.value) == (
        f"{read_only_folder} is open read-only (the folder {read_only_folder.parent} is "
        "read-only for you); nothing was saved. Copy it to a folder you can write to, to "
        "change it."
    )
    assert hashlib.sha256(read_only_folder.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in read_only_folder.parent.iterdir()) == [read_only_folder.name]


def test_a_write_protected_file_opens_read_only(
    sqlite_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Workspace.open(sqlite_file).close()
    monkeypatch.setattr(database_module, "_writable", lambda path: Path(path) != sqlite_file)
    workspace = Workspace.open(sqlite_file)
    try:
        assert workspace.database.read_only_reason == f"the file {sqlite_file} is read-only for you"
        assert workspace.queries.count() == 0
    finally:
        workspace.close()


def test_an_old_schema_in_a_read_only_folder_cannot_be_upgraded_and_says_so(
    read_only_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.undo()
    workspace = Workspace.open(read_only_folder)
    migrations.downgrade(workspace.database.engine, "0003")
    workspace.close()
    folder = read_only_folder.parent
    monkeypatch.setattr(database_module, "_writable", lambda path: Path(path) != folder)
    with pytest.raises(DatabaseError, match=r"must be upgraded .* Copy it to a folder"):
        Workspace.open(read_only_folder)


def test_the_command_line_says_it_opened_read_only_and_refuses_changes(
    read_only_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from eventplanner.cli import main

    assert main(["--database", str(read_only_folder), "list", "--all"]) == 0
    listed = capsys.readouterr()
    assert "Lanseringen av årsrapporten" in listed.out
    assert f"{read_only_folder} is open read-only (the folder" in listed.err
    assert main(["--database", str(read_only_folder), "cancel", "1"]) == 1
    assert "nothing was saved. Copy it to a folder you can write to" in capsys.readouterr().err
