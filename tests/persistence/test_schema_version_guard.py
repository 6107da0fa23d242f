"""Opening a database from another version: newer ones are refused, older ones backed up first."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, make_url

from eventplanner.domain.errors import DatabaseError, SchemaTooNewError
from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence import migrations
from eventplanner.persistence.database import Database, create_database_engine
from eventplanner.services.workspace import Workspace

FUTURE = "ffff_future"

# A revision after the shipped head, written into a copy of the shipped migrations, so that
# a database at today's head is genuinely older than what that copy of Eventplanner knows.
SHIPPED_HEAD = migrations.newest_file_revision()
LATER = f"{int(SHIPPED_HEAD) + 1:04d}"
NEXT_REVISION = f'''
"""A later schema: venues get an accessibility note

Revision ID: {LATER}
Revises: {SHIPPED_HEAD}
"""

import sqlalchemy as sa
from alembic import op

revision = "{LATER}"
down_revision = "{SHIPPED_HEAD}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("venues") as batch_op:
        batch_op.add_column(sa.Column("accessibility", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("venues") as batch_op:
        batch_op.drop_column("accessibility")
'''


def _draft(title: str, day: int = 10) -> EventDraft:
    start = datetime(2026, 3, day, 9, 0, tzinfo=UTC)
    return EventDraft(title=title, timing=TimedSpan(start, start + timedelta(hours=2)))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(folder: Path) -> dict[str, str]:
    return {p.name: _digest(p) for p in sorted(folder.iterdir())}


def _stamp(url: URL, revision: str) -> None:
    """Write ``revision`` into the database's alembic_version, as another version would."""
    engine = create_database_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE alembic_version SET version_num = :revision"), {"revision": revision}
            )
    finally:
        engine.dispose()


# -- a newer database -------------------------------------------------------------------


@pytest.mark.parametrize("upgrade", [True, False])
def test_a_newer_sqlite_file_is_refused_and_left_byte_identical(
    sqlite_file: Path, upgrade: bool
) -> None:
    workspace = Workspace.open(sqlite_file)
    workspace.events.create(_draft("Nätverksträff för medlemsföretag"))
    workspace.close()
    _stamp(make_url(f"sqlite:///{sqlite_file}"), FUTURE)
    before = _listing(sqlite_file.parent)
    assert list(before) == [sqlite_file.name]

    with pytest.raises(SchemaTooNewError) as refused:
        Database.open(sqlite_file, upgrade=upgrade)

    message = str(refused.value).lower()
    assert "newer" in message
    assert "update" in message
    assert "untouched" in message
    # Byte for byte the same file, and nothing beside it: no backup, no journal left over.
    assert _listing(sqlite_file.parent) == before


def test_a_newer_database_is_refused_on_every_backend(empty_database_url: URL) -> None:
    workspace = Workspace.open(empty_database_url)
    workspace.events.create(_draft("Seminarium om cirkulär tillverkning"))
    workspace.close()
    _stamp(empty_database_url, FUTURE)

    with pytest.raises(SchemaTooNewError, match="newer"):
        Workspace.open(empty_database_url)

    engine = create_database_engine(empty_database_url)  # looks without opening
    try:
        with engine.connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
            titles = connection.execute(text("SELECT title FROM events")).scalars().all()
    finally:
        engine.dispose()
    assert versions == [(FUTURE,)]
    assert titles == ["Seminarium om cirkulär tillverkning"]


# -- an older database ------------------------------------------------------------------


@pytest.fixture
def later_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Call it to become an Eventplanner whose migrations go one revision past the shipped head."""
    copy = tmp_path / "later-migrations"
    shutil.copytree(migrations.HERE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "versions" / f"{LATER}_venue_accessibility.py").write_text(NEXT_REVISION)

    def become() -> None:
        monkeypatch.setattr(migrations, "HERE", copy)
        assert migrations.head() == LATER

    return become


def _backups(sqlite_file: Path) -> list[Path]:
    return sorted(sqlite_file.parent.glob(f"{sqlite_file.stem}.before-upgrade-*"))


def test_an_older_sqlite_file_is_backed_up_before_it_is_upgraded(
    sqlite_file: Path, later_version: Callable[[], None]
) -> None:
    older = Workspace.open(sqlite_file)
    older.events.create(_draft("Kursträff 1", day=3))
    older.events.create(_draft("Kursträff 2", day=10))
    # Another program still has the file open, so the last save stays in the WAL, not yet
    # in the main file: the backup must hold it all the same.
    writer = sqlite3.connect(sqlite_file)
    assert writer.execute("SELECT count(*) FROM events").fetchone() == (2,)
    older.events.create(_draft("Kursträff 3", day=17))
    older.close()
    assert Path(f"{sqlite_file}-wal").stat().st_size > 0

    later_version()
    upgraded = Workspace.open(sqlite_file)
    try:
        assert migrations.state(upgraded.database.engine).current == LATER
        venue_columns = {c["name"] for c in inspect(upgraded.database.engine).get_columns("venues")}
        assert "accessibility" in venue_columns
        assert upgraded.queries.count() == 3
    finally:
        upgraded.close()
        writer.close()

    [backup] = _backups(sqlite_file)
    assert backup.suffix == ".sqlite"
    check = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        versions = check.execute("SELECT version_num FROM alembic_version").fetchall()
        assert versions == [(SHIPPED_HEAD,)]
        assert "accessibility" not in {r[1] for r in check.execute("PRAGMA table_info(venues)")}
    finally:
        check.close()
    # And Eventplanner itself opens the backup (without upgrading it) and reads the events.
    restored = Workspace(Database.open(backup, upgrade=False))
    try:
        titles = [o.title for o in restored.queries.search("kursträff")]
    finally:
        restored.close()
    assert titles == ["Kursträff 1", "Kursträff 2", "Kursträff 3"]


def test_upgrade_reports_the_backup_it_made(
    sqlite_file: Path, later_version: Callable[[], None]
) -> None:
    Database.open(sqlite_file).close()
    later_version()
    db = Database.open(sqlite_file, upgrade=False)
    try:
        made = db.upgrade()
        assert made is not None
        assert _backups(sqlite_file) == [Path(made)]
        assert db.upgrade() is None  # already current: nothing more to back up
    finally:
        db.close()
    assert _backups(sqlite_file) == [Path(made)]


def test_a_new_or_current_file_gets_no_backup(sqlite_file: Path) -> None:
    Database.open(sqlite_file).close()  # new: nothing to back up
    Database.open(sqlite_file).close()  # current: nothing to upgrade
    assert _backups(sqlite_file) == []
    assert sorted(p.name for p in sqlite_file.parent.iterdir()) == [sqlite_file.name]


def test_a_database_taken_down_to_nothing_is_rebuilt_without_backup(sqlite_file: Path) -> None:
    db = Database.open(sqlite_file)
    migrations.downgrade(db.engine, "base")
    db.close()
    db = Database.open(sqlite_file)
    try:
        assert migrations.state(db.engine).is_current
    finally:
        db.close()
    assert _backups(sqlite_file) == []


# -- opening without Alembic ---------------------------------------------------------------


def test_the_newest_revision_file_is_alembics_head() -> None:
    assert migrations.newest_file_revision() == migrations.head()


def test_opening_an_up_to_date_file_does_not_load_alembic(sqlite_file: Path) -> None:
    Workspace.open(sqlite_file).close()  # made and upgraded: Alembic runs here
    script = (
        "import sys\n"
        "from eventplanner.services.workspace import Workspace\n"
        f"workspace = Workspace.open({str(sqlite_file)!r})\n"
        "print(workspace.queries.count(), 'alembic' in sys.modules)\n"
        "workspace.close()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "False"]


def test_a_file_with_two_schema_versions_is_refused_and_left_byte_identical(
    sqlite_file: Path,
) -> None:
    Workspace.open(sqlite_file).close()
    with sqlite3.connect(sqlite_file) as raw:
        raw.execute("INSERT INTO alembic_version VALUES ('9000_from_a_branch')")
    raw.close()
    before = _digest(sqlite_file)
    with pytest.raises(SchemaTooNewError, match=f"{SHIPPED_HEAD}, 9000_from_a_branch"):
        Workspace.open(sqlite_file)
    assert _digest(sqlite_file) == before


def test_another_programs_alembic_database_is_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "fakturor.sqlite"
    with sqlite3.connect(foreign) as raw:
        raw.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        raw.execute(f"INSERT INTO alembic_version VALUES ('{migrations.head()}')")
        raw.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total NUMERIC)")
    raw.close()
    before = _digest(foreign)
    with pytest.raises(DatabaseError, match="not an Eventplanner database"):
        Workspace.open(foreign)
    assert _digest(foreign) == before
