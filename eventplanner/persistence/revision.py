"""The newest schema revision this version ships, read from its migrations' file names
(no SQLAlchemy, no Alembic): the database layer compares it with a file's at every open,
and ``services/events/first_look`` before it reads a file with the standard library."""

from __future__ import annotations

from pathlib import Path

VERSIONS = Path(__file__).parent / "migrations" / "versions"


def newest_file_revision(versions: Path = VERSIONS) -> str:
    """The newest revision by its file's name ("0002_..." after "0001_...") in the folder
    ``versions``, without Alembic; a test holds it equal to ``migrations.head()``."""
    names = (p.name for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py"))
    return max(name.split("_", 1)[0] for name in names)
