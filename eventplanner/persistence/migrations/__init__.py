"""Alembic migrations shipped inside the package, run from code rather than a CLI.

Alembic is imported only when a database is not at the newest revision (or is being
compared): opening an up-to-date database, the everyday case, reads one row of
``alembic_version`` and spares the 170 ms that importing Alembic costs.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from eventplanner.domain.errors import DatabaseError, SchemaTooNewError
from eventplanner.persistence import revision
from eventplanner.persistence.schema import ENDLESS_INDEX, MONTH_INDEX, MONTH_KEYS_INDEX
from eventplanner.persistence.search import FTS_TABLE, PG_INDEX

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

HERE = Path(__file__).parent
READING = "eventplanner_reading"
"""Execution option: the connection only reads (on SQLite it begins deferred, not
IMMEDIATE, so it never waits behind another program's write)."""


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    """What Alembic compares: everything but the hand-made indexes."""
    # SQLite's FTS5 shadow tables, its month and series indexes and PostgreSQL's expression
    # index are made by hand in the migrations because they are not part of the models.
    if type_ == "table" and name is not None and name.startswith(FTS_TABLE):
        return False
    return not (
        type_ == "index" and name in (PG_INDEX, MONTH_INDEX, MONTH_KEYS_INDEX, ENDLESS_INDEX)
    )


def config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    # Alembic's default stdout is the one of the moment it was first imported; pass today's.
    cfg = Config(stdout=sys.stdout)
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["engine"] = engine
    return cfg


def script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config())


def head() -> str:
    revision = script().get_current_head()
    assert revision is not None
    return revision


def newest_file_revision() -> str:
    """The newest revision by its file's name, without Alembic (``revision``)."""
    return revision.newest_file_revision(HERE / "versions")


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str
    known: bool

    @property
    def is_current(self) -> bool:
        return self.current == self.head

    @property
    def is_newer(self) -> bool:
        return self.current is not None and not self.known


def state(engine: Engine) -> SchemaState:
    """Where the database's schema stands against what this version knows."""
    where = engine.url.render_as_string(hide_password=True)
    with engine.connect() as plain:
        connection = plain.execution_options(**{READING: True})
        tables = set(inspect(connection).get_table_names())
        versions: list[str] = []
        if "alembic_version" in tables:
            query = text("SELECT version_num FROM alembic_version")
            versions = list(connection.execute(query).scalars())
        tables.discard("alembic_version")
        newest = newest_file_revision()
        if versions == [newest] and "events" in tables:
            return SchemaState(current=newest, head=newest, known=True)  # the everyday case
        from alembic.runtime.migration import MigrationContext
        from alembic.util.exc import CommandError

        # Anything else is Alembic's to judge.
        try:
            current = MigrationContext.configure(connection).get_current_revision()
        except CommandError as exc:  # several heads: branches this version never made
            raise SchemaTooNewError(
                f"{where} records schema versions {', '.join(sorted(versions))}, which this "
                "version of Eventplanner did not write. Update Eventplanner to open it; the "
                "database was left untouched."
            ) from exc
    if (current is None and tables) or (current is not None and "events" not in tables):
        raise DatabaseError(
            f"{where} holds tables but is not an Eventplanner database; it was left untouched."
        )
    known = True
    if current is not None:
        try:
            known = script().get_revision(current) is not None
        except CommandError:
            known = False
    return SchemaState(current=current, head=head(), known=known)


def newer_error(where: str, found: SchemaState) -> SchemaTooNewError:
    return SchemaTooNewError(
        f"{where} was written by a newer version of Eventplanner (schema {found.current}; "
        f"this version knows schema {found.head} at most). Update Eventplanner to open it; "
        "the database was left untouched."
    )


def check_not_newer(engine: Engine) -> None:
    found = state(engine)
    if found.is_newer:
        raise newer_error(engine.url.render_as_string(hide_password=True), found)


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.downgrade(config(engine), revision)
