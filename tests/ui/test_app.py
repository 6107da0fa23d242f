"""The app is put together in one place, and remembers what the coordinator had open."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from eventplanner.app.desktop import build
from eventplanner.ui.navigation import ViewKind
from eventplanner.ui.settings import Settings


def test_the_window_reopens_the_last_database_view_and_filter(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ini = str(tmp_path / "settings.ini")
    database = str(tmp_path / "mina-evenemang.sqlite")
    window, planner = build(QSettings(ini, QSettings.Format.IniFormat), database)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: planner.workspace is not None, timeout=20_000)
    window.actions.show_month.trigger()
    window.filter_bar.search.setText("mässa")
    [course] = [a for a in window.filter_bar._kinds.menu().actions() if a.data() == "course"]
    course.setChecked(True)
    qtbot.waitUntil(lambda: "mässa" in QSettings(ini, QSettings.Format.IniFormat)
                    .value("filters/json", ""), timeout=5_000)  # fmt: skip
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    window.close()
    planner.close()

    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert settings.last_database == database
    assert settings.recent_databases == [database]
    assert settings.view == ViewKind.MONTH.value
    again, planner_again = build(QSettings(ini, QSettings.Format.IniFormat), None)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: planner_again.workspace is not None, timeout=20_000)
    assert planner_again.target == database
    assert again.month.isVisibleTo(again)
    assert again.filter_bar.search.text() == "mässa"
    assert {k.value for k in again.filter_bar.current().kinds} == {"course"}
    qtbot.waitUntil(lambda: not planner_again.busy, timeout=20_000)
    planner_again.close()


def test_damaged_settings_fall_back_to_defaults(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("filters/json", "{not json")
    store.setValue("display/time_zone", "Mars/Olympus")
    store.setValue("database/recent", "[1, 2")
    settings = Settings(store)
    assert settings.filters.text == ""
    assert settings.display_zone == "Europe/Stockholm"
    assert settings.recent_databases == []


LOADED_LATER = (
    "sqlalchemy",
    "alembic",
    "icalendar",
    # Import: the dialog and its parts when File → Import… or a drop first asks for them,
    # the reader and the import service with the database layer.
    "eventplanner.ical.reader",
    "eventplanner.services.importing",
    "eventplanner.services.import_plan",
    "eventplanner.ui.dialogs.import_dialog",
    "eventplanner.ui.import_request",
    "eventplanner.ui.import_command",
    "eventplanner.ui.models.import_model",
)


def test_the_first_window_is_made_before_the_database_layer_loads(tmp_path: Path) -> None:
    """Start-up imports only what the first window needs; SQLAlchemy and Alembic load on
    the worker thread that opens the database (the start-up benchmark measures the time),
    the import dialog and the import service when first used."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from eventplanner.app.desktop import configure\n"
        "from eventplanner.ui.main_window import MainWindow\n"
        "from eventplanner.ui.planner import Planner\n"
        "from eventplanner.ui.settings import Settings\n"
        "from eventplanner.ui.tasks import TaskRunner\n"
        "app = QApplication([])\n"
        "configure(app)\n"
        f"store = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        "window = MainWindow(Planner(TaskRunner(), TaskRunner()), Settings(store))\n"
        "window.show()\n"
        "app.processEvents()\n"
        f"print(sorted(m for m in {LOADED_LATER!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
