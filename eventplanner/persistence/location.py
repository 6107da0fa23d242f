"""Where the default database file is: plain Python, no SQLAlchemy, so that the window can
find the file it will open before the database layer has loaded."""

from __future__ import annotations

from pathlib import Path


def default_database_path() -> Path:
    """The SQLite file in the platform's user data folder."""
    import platformdirs

    return platformdirs.user_data_path("Eventplanner", appauthor=False) / "eventplanner.sqlite"
