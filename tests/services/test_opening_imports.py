"""Opening a database and reading a month loads only what that needs: the rest of the
services, and their libraries, load when first used (a database's opening waits for every
import, and the window's first answer from the database with it)."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from eventplanner.services.workspace import Workspace

LOADED_WHEN_USED = (
    "alembic",
    "icalendar",
    "holidays",
    "sqlalchemy.dialects.postgresql",
    "eventplanner.ical",
    "eventplanner.services.catalog",
    "eventplanner.services.events.service",
    "eventplanner.services.exporting",
    "eventplanner.services.feeds",
    "eventplanner.services.importing",
)


def test_opening_a_database_to_a_month_loads_no_icalendar_nor_postgresql(tmp_path: Path) -> None:
    path = tmp_path / "planering.sqlite"
    Workspace.open(path).close()  # made and upgraded: Alembic runs here
    script = (
        "import sys\n"
        "from datetime import date\n"
        "from eventplanner.domain.filters import EventFilter, TimeWindow\n"
        "from eventplanner.services.workspace import Workspace\n"
        f"workspace = Workspace.open({str(path)!r}, tidy=False)\n"
        "march = TimeWindow.days(date(2027, 3, 1), date(2027, 3, 31))\n"
        "workspace.queries.faceted(march, EventFilter())\n"
        "workspace.close()\n"
        f"print(sorted(m for m in {LOADED_WHEN_USED!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_each_service_is_made_once_whoever_asks_first(tmp_path: Path) -> None:
    workspace = Workspace.open(tmp_path / "planering.sqlite", tidy=False)
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:  # the window's threads ask at once
            made = list(pool.map(lambda _: (workspace.feeds, workspace.export), range(8)))
        assert len({id(feeds) for feeds, _ in made}) == 1
        assert all(feeds._export is export is workspace.export for feeds, export in made)
        assert workspace.events is workspace.events and workspace.tags is workspace.tags
    finally:
        workspace.close()
