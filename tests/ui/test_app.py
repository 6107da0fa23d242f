"""The app is put together in one place, and remembers what the coordinator had open."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import FrameType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings

from eventplanner.app.desktop import build, configure
from eventplanner.ui.settings import Settings
from eventplanner.ui.window.navigation import ViewKind


def test_the_window_reopens_the_last_database_view_and_filter_but_not_the_search(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ini = str(tmp_path / "settings.ini")
    database = str(tmp_path / "mina-evenemang.sqlite")
    window, planner = build(QSettings(ini, QSettings.Format.IniFormat), database)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: planner.workspace is not None, timeout=20_000)
    window.window_actions.show_month.trigger()
    window.filter_bar.search.setText("mässa")
    [course] = [a for a in window.filter_bar._kinds.menu().actions() if a.data() == "course"]
    course.setChecked(True)
    qtbot.waitUntil(lambda: "course" in QSettings(ini, QSettings.Format.IniFormat)
                    .value("filters/json", ""), timeout=5_000)  # fmt: skip
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    window.close()
    planner.shutdown()

    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert settings.last_database == database
    assert settings.recent_databases == [database]
    assert settings.view == ViewKind.MONTH.value
    again, planner_again = build(QSettings(ini, QSettings.Format.IniFormat), None)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: planner_again.workspace is not None, timeout=20_000)
    assert planner_again.target == database
    assert again.month.isVisibleTo(again)
    # The kinds ticked come back; the search does not (nothing says a search is on, and a
    # forgotten one hid most events at the next start).
    assert again.filter_bar.search.text() == ""
    assert {k.value for k in again.filter_bar.current().kinds} == {"course"}
    assert "mässa" not in QSettings(ini, QSettings.Format.IniFormat).value("filters/json", "")
    qtbot.waitUntil(lambda: not planner_again.busy, timeout=20_000)
    planner_again.shutdown()


def test_damaged_settings_fall_back_to_defaults(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("filters/json", "{not json")
    store.setValue("display/time_zone", "Mars/Olympus")
    store.setValue("database/recent", "[1, 2")
    settings = Settings(store)
    assert settings.filters.kinds == []
    assert settings.display_zone == "Europe/Stockholm"
    assert settings.recent_databases == []


LOADED_LATER = (
    "sqlalchemy", "alembic", "icalendar", "dateutil", "eventplanner.domain.model",
    "eventplanner.ui.events.editing", "eventplanner.ui.exporting.exporting",
    "eventplanner.ui.feeds.feeds_menu",
    "eventplanner.ui.views.agenda_view", "eventplanner.ui.views.week_view",
    # Import: the commands, the dialog and its parts when File → Import… or a drop first
    # asks for them, the reader and the import service with the database layer.
    "eventplanner.ui.importing.importing", "eventplanner.ical.reader",
    "eventplanner.services.importing.service",
    "eventplanner.services.importing.import_plan", "eventplanner.ui.importing.import_dialog",
    "eventplanner.ui.importing.import_request", "eventplanner.ui.importing.import_command",
    "eventplanner.ui.importing.import_model",
    # Feeds when the feeds menu is made; the week's layout with its view; html with the
    # first tooltip or notice; the thread pool with the first background job.
    "eventplanner.domain.feeds", "eventplanner.ui.views.week_layout", "html",
    "concurrent.futures",
    # The log file's handlers (main sets them up) and platform (a failure report names it);
    # the change sets and their journal with the first change.
    "logging.handlers", "platform", "eventplanner.services.changes",
    "eventplanner.services.change_journal",
    # What a view selects for a search's jump or a saved event's link, with the first one.
    "eventplanner.ui.views.shown_match",
)  # fmt: skip

MADE_LATER = (
    "QMessageBox", "QDialog", "QFileDialog", "QInputDialog", "QTextCharFormat", "QTextFormat",
    "QLibraryInfo",
)  # fmt: skip
"""PySide classes the first window does without: PySide makes the Python enums of a class
when it is first named (QTextFormat alone has some 150), so each is imported where used."""


def test_the_first_window_is_made_before_the_database_layer_loads(tmp_path: Path) -> None:
    """Start-up imports only what the first window needs; SQLAlchemy and Alembic load on
    the worker thread that opens the database, the rest when first used, PySide's classes
    too (the start-up benchmark measures the time)."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from eventplanner.app.desktop import configure\n"
        "from eventplanner.ui.window.main_window import MainWindow\n"
        "from eventplanner.ui.planner import Planner\n"
        "from eventplanner.ui.settings import Settings\n"
        "from eventplanner.ui.jobs import JobRunner\n"
        "app = QApplication([])\n"
        "configure(app)\n"
        f"store = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        "store.setValue('view/current', 'month')\n"
        "window = MainWindow(Planner(JobRunner(), JobRunner()), Settings(store))\n"
        "window.show()\n"
        "app.processEvents()\n"
        f"print(sorted(m for m in {LOADED_LATER!r} if m in sys.modules))\n"
        "from PySide6 import QtCore, QtGui, QtWidgets\n"
        "made = {n for m in (QtCore, QtGui, QtWidgets) for n in vars(m)}\n"
        f"print(sorted(c for c in {MADE_LATER!r} if c in made))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["[]", "[]"]


def test_no_python_filter_sees_the_events_of_every_object(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An application-wide event filter in Python has every event of every object pass
    through it, and PySide make the enums of each class it meets there: tens of
    milliseconds before the first paint. Neither the window, its first paint nor the
    icons' palette need one."""
    app = QCoreApplication.instance()
    configure(app)  # type: ignore[arg-type]
    ini = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window, planner = build(ini, str(tmp_path / "planering.sqlite"), open_when_shown=True)
    qtbot.addWidget(window)
    called: list[str] = []

    def profile(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call" and frame.f_code.co_name == "eventFilter":
            called.append(frame.f_code.co_filename)

    def bystander_event() -> None:
        sys.setprofile(profile)
        try:
            QCoreApplication.sendEvent(QObject(), QEvent(QEvent.Type.User))
        finally:
            sys.setprofile(None)

    bystander_event()  # before the first paint
    window.show()
    qtbot.waitUntil(lambda: planner.workspace is not None, timeout=20_000)  # opened when painted
    bystander_event()
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    planner.shutdown()  # and with it the live team view's listener
    assert [f for f in called if "eventplanner" in f] == []


def test_starting_the_app_does_not_build_the_command_lines_grammar() -> None:
    """``eventplanner`` and ``eventplanner --database X`` start the desktop without the
    command line's grammar, which imports every command's services and SQLAlchemy on the
    GUI thread before the first window; anything else is read by the grammar as before.
    Its log file opens without logging.handlers (sockets, pickle, queues) and names the
    system without running ``uname -p`` in a child process (platform.platform())."""
    script = (
        "import sys\n"
        "import eventplanner.app.desktop as desktop\n"
        "desktop.run = lambda database, **_: print(database, sorted(m for m in ('sqlalchemy', "
        "'icalendar', 'eventplanner.cli.parser', 'logging.handlers', 'subprocess') "
        "if m in sys.modules)) or 0\n"
        "from eventplanner.app import main\n"
        "main(['--database', 'planering.sqlite'])\n"
        "main(['--database=annan.sqlite'])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["planering.sqlite []", "annan.sqlite []"]


def test_what_the_app_reads_without_the_grammar() -> None:
    from eventplanner.app import desktop_only

    assert desktop_only([]) == (None,)
    assert desktop_only(["--database", "postgresql://h/db"]) == ("postgresql://h/db",)
    assert desktop_only(["--database=x.sqlite"]) == ("x.sqlite",)
    for other in (["list"], ["--version"], ["-h"], ["--database"], ["--database", "-h"],
                  ["--database", "x", "list"], ["--data", "x"]):  # fmt: skip
        assert desktop_only(other) is None
