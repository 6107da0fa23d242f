"""Opening a database and reading a month loads only what that needs: the rest of the
services' libraries load when first used (a database's opening waits for every import)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from eventplanner.services.workspace import Workspace

LOADED_WHEN_USED = ("alembic", "icalendar", "holidays", "sqlalchemy.dialects.postgresql")


def test_opening_a_database_to_a_month_loads_no_icalendar_nor_postgresql(tmp_path: Path) -> None:
    path = tmp_path / "planering.sqlite"
    Workspace.open(path).close()  # made and upgraded: Alembic runs here
    script = (
        "import sys\n"
        "from datetime import date\n"
        "from eventplanner.domain.filters import EventFilter, TimeWindow\n"
        "from eventplanner.services.workspace import Workspace\n"
        f"workspace = Workspace.open({str(path)!r})\n"
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
