"""Databases made once per run and copied into each test that needs one.

Building the sample year takes seconds and migrating an empty SQLite file a good part of
one; dozens of tests need each. Each is made once, into a template SQLite file in the run's
temporary folder, and a test gets a copy of its own:

- on SQLite, a file copy of the template (a new file: nothing of another test's in it);
- on PostgreSQL, the run's database emptied (``tests.postgres.reset``: every table
  deleted, every id sequence back at 1) and the template's rows inserted into it, table by
  table in foreign-key order, its sequences then set past the ids copied.

So a test still starts from a fresh, isolated database that holds exactly what building it
there would have made (the same rows, the same ids), without building it again. Tests that
test the migrations themselves keep migrating real empty databases (``empty_database_url``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, bindparam, create_engine, insert, select, update
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from eventplanner.persistence.schema import Base
from tests import postgres

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace

Rows = list[tuple[str, list[dict[str, Any]]]]
"""A database's content: each model table's name and rows, parents before children."""

Build = Callable[[URL], object]
"""Makes a template's content in the (empty) database at the URL it is given; what it
returns (a summary of what it made) is given to each test that gets a copy."""


@dataclass
class Templates:
    """The run's templates by name, each built on first use: an SQLite file in ``folder``,
    and on PostgreSQL the rows the same build made there (kept in memory)."""

    folder: Path

    def __post_init__(self) -> None:
        self._files: dict[str, tuple[Path, object]] = {}
        self._rows: dict[str, tuple[Rows, object]] = {}

    def copy(self, name: str, build: Build, url: URL) -> object:
        """The database at ``url`` made into a copy of the template ``name``; returns what
        its build returned.

        ``url`` is a new SQLite file (not there yet) or the run's PostgreSQL database
        (migrated; emptied here first). On PostgreSQL the template is built there, so what
        a test reads is what building on PostgreSQL makes.
        """
        if url.get_backend_name() == "sqlite":
            return self._copy_file(name, build, url)
        engine = create_engine(url, poolclass=NullPool)
        try:
            postgres.reset(engine)
            kept = self._rows.get(name)
            if kept is None:
                made = build(url)
                kept = self._rows[name] = (_read_rows(engine), made)
            else:
                _insert_rows(engine, kept[0])
        finally:
            engine.dispose()
        return kept[1]

    def _copy_file(self, name: str, build: Build, url: URL) -> object:
        assert url.database is not None
        target = Path(url.database)
        assert not target.exists(), f"{target} is already there"
        kept = self._files.get(name)
        if kept is None:
            source = self.folder / f"{name}.sqlite"
            try:
                made = build(make_url(f"sqlite:///{source}"))
            except BaseException:
                source.unlink(missing_ok=True)  # the next test builds it again, not on a half
                raise
            # Closed cleanly, a WAL database has folded its log into the file: the file
            # alone is the whole database, and a copy of it is a copy of everything.
            assert not source.with_name(source.name + "-wal").exists(), f"{source}: a WAL left"
            kept = self._files[name] = (source, made)
        shutil.copyfile(kept[0], target)
        return kept[1]


def _read_rows(engine: Engine) -> Rows:
    """Every model table's rows, parents before children, as column values."""
    with engine.connect() as connection:
        return [
            (table.name, [dict(row._mapping) for row in connection.execute(select(table))])
            for table in Base.metadata.sorted_tables
        ]


def _insert_rows(engine: Engine, rows: Rows) -> None:
    with engine.begin() as connection:
        for table_name, table_rows in rows:
            if not table_rows:
                continue
            table = Base.metadata.tables[table_name]
            # A row may refer to a later row of its own table (a task counted from another
            # task): such references are filled in once all the table's rows are there.
            own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
            (key,) = table.primary_key.columns if own else (None,)
            first = [{**row, **dict.fromkeys(own, None)} for row in table_rows]
            connection.execute(insert(table), first)
            for name in own:
                later = [
                    {"key": row[key.name], "value": row[name]}
                    for row in table_rows
                    if row[name] is not None
                ]
                if later:
                    connection.execute(
                        update(table)
                        .where(key == bindparam("key"))
                        .values({name: bindparam("value")}),
                        later,
                    )
        postgres.continue_sequences(connection)


def migrated(url: URL) -> None:
    """An empty database at the newest schema (what ``Database.open`` makes of a new file)."""
    from eventplanner.persistence.database import Database

    Database.open(url).close()


def _filled(url: URL, fill: Callable[[Workspace], object]) -> object:
    from eventplanner.services.workspace import Workspace

    workspace = Workspace.open(url)
    try:
        return fill(workspace)
    finally:
        workspace.close()


def sample_year(today: date) -> Build:
    """The sample year (``services.sample.build_sample``) placed around ``today``."""
    from eventplanner.services.sample import build_sample

    return lambda url: _filled(url, lambda workspace: build_sample(workspace, today=today))


def programme_conflicts(url: URL) -> object:
    """The programme-conflict world (tests/services/programme_conflict_world.py)."""
    from tests.services.programme_conflict_world import seed

    return _filled(url, seed)


MARKER = "database_copy"
"""``@pytest.mark.database_copy(KIND, *ARGS)`` on a test (or ``pytestmark`` on a module):
the ``database_url`` it gets is a copy of that template instead of an empty database, and
the ``made`` fixture is what building it returned. KIND is ``"empty"``, ``"sample_year"``
(ARGS: the day it is placed around) or ``"programme_conflicts"``."""


def template_for(kind: str = "empty", *args: Any) -> tuple[str, Build]:
    """The template's name and how it is built, for a ``database_copy`` marker's arguments."""
    if kind == "empty" and not args:
        return "empty", migrated
    if kind == "sample_year" and len(args) == 1 and isinstance(args[0], date):
        return f"sample-{args[0].isoformat()}", sample_year(args[0])
    if kind == "programme_conflicts" and not args:
        return "programme-conflicts", programme_conflicts
    raise ValueError(f"no template {kind!r} with {args!r}")


def empty_sqlite_copy(templates: Templates, target: Path) -> Path:
    """A new SQLite file at ``target``: a copy of the run's migrated, empty template."""
    templates.copy("empty", migrated, make_url(f"sqlite:///{target}"))
    return target


def sqlite_copy(templates: Templates, target: Path, kind: str, *args: Any) -> object:
    """A new SQLite file at ``target``, a copy of a template (``template_for``'s arguments);
    returns what building it returned."""
    name, build = template_for(kind, *args)
    return templates.copy(name, build, make_url(f"sqlite:///{target}"))
