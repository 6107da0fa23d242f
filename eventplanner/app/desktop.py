"""Start the desktop application: QApplication, settings, planner, main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from eventplanner import __version__
from eventplanner.app import imports, startup_collections
from eventplanner.app.gui_collections import GuiThreadCollector

imports.quicken()  # PySide is loaded: whatever imports the window's modules next, quickly
startup_collections.hold()  # until the window has painted (``build``)

if TYPE_CHECKING:  # the window's modules load once PySide's import hook is quickened
    from eventplanner.ui.planner import Planner
    from eventplanner.ui.window.main_window import MainWindow

NAME = "Eventplanner"
"""The application's and its organisation's name: where its settings are kept."""

GIL_SWITCH_SECONDS = 0.001
"""How long the GUI thread waits at most for a busy worker thread to hand over Python.

Every paint of a Python model and every Python override runs on the GUI thread, each
needing the GIL. A worker parsing a large .ics file gives it up only when asked, after
Python's default 5 ms: a dialog's first paint (a few hundred such calls) then took over a
second while a 10,000-event file was read. At 1 ms the window stays responsive; the worker
loses next to nothing."""


def build(
    settings_store: QSettings,
    database: str | None,
    *,
    open_when_shown: bool = False,
    kept_in: Path | None = None,
) -> tuple[MainWindow, Planner]:
    """The window and its planner, wired; the database starts opening in the background
    (``open_when_shown``: once the window has painted, so that loading the database layer
    on the opening thread does not hold the GIL while the first window is made). With
    ``kept_in`` (the folder ``close`` keeps the period shown in), the window shows what was
    kept of the database at once, if nothing changed it since, until it has opened; with
    nothing kept, and ``open_when_shown``, the month is read from an SQLite file with the
    standard library while the window paints (``Planner.look_first``)."""
    imports.quicken()  # (as ``configure`` does) before the window's modules load
    from eventplanner.ui.first_paint import after_first_paint
    from eventplanner.ui.jobs import JobRunner
    from eventplanner.ui.planner import Planner
    from eventplanner.ui.settings import Settings
    from eventplanner.ui.window.main_window import MainWindow

    reader = JobRunner(workers=2)
    writer = JobRunner(workers=1)
    ahead = JobRunner(workers=1)
    planner = Planner(reader, writer, ahead=ahead, live=True, kept_in=kept_in)
    settings = Settings(settings_store)
    target = database or settings.last_database or None
    planner.show_kept(target)
    window = MainWindow(planner, settings)
    reader.setParent(window)
    writer.setParent(window)
    ahead.setParent(window)
    planner.setParent(window)
    if open_when_shown:
        planner.look_first(target)  # nothing kept: the file's month, read while it paints
        # A second after the window was shown at the latest: a window never painted (shown
        # minimised) still opens its database.
        after_first_paint(window, lambda: _painted(planner, target), fallback_ms=1000)
    else:
        startup_collections.release()
        planner.open(target)
    return window, planner


def _painted(planner: Planner, target: str | None) -> None:
    startup_collections.release()
    planner.open(target)


def configure(app: QApplication, language: str | None = None) -> None:
    """The application's name (where its settings go), version and window icon, the
    ``language`` (a ``Settings.language``; None leaves Qt's as it is): translations and the
    locale of dates; and how soon a busy worker thread hands Python to the GUI thread. Call
    it before the first widget is made: widgets take their texts when they are built.
    Modules loaded from then on (the database layer, once the window has painted) load
    without PySide's import hook reading their source the slow way (``imports.quicken``):
    the window's own modules too, imported by ``build`` (a tenth of their loading)."""
    imports.quicken()
    from eventplanner.ui.icons import app_icon
    from eventplanner.ui.language import install as install_language

    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    app.setApplicationName(NAME)
    app.setOrganizationName(NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    if language is not None:
        install_language(app, language)


def run(database: str | None, *, log_file: Path | None = None) -> int:
    """The desktop app until its window closes; an unexpected error on the way is logged
    (into ``log_file``) and shown in a dialog instead of passing silently."""
    imports.quicken()  # PySide is loaded: the modules loaded from here on, quickly
    from eventplanner.ui.failures import FailureReporter
    from eventplanner.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    store = QSettings(NAME, NAME)  # where QSettings() looks once configure named the app
    configure(app, Settings(store).language)
    failures = FailureReporter(log_file=log_file)
    failures.install()
    # Before the first worker thread starts: cycles holding Qt objects are freed on this
    # thread only (see gui_collections).
    collector = GuiThreadCollector(app)
    collector.start()
    try:
        window, planner = build(store, database, open_when_shown=True, kept_in=kept_folder())
        failures.setParent(window)  # the dialog shows over the window
        window.show()
        status = app.exec()
        close(window, planner)
    finally:
        collector.stop()
        failures.uninstall()
    return int(status)


def kept_folder() -> Path:
    """Where the period shown last is kept for the next start: the user's cache folder."""
    import platformdirs

    return platformdirs.user_cache_path(NAME, appauthor=False)


def close(window: MainWindow, planner: Planner) -> None:
    """As the app ends, once its window has closed."""
    window.commands.stop_serving()  # the feed server's threads end before the database closes
    # Queued saves are finished before the process ends; what the next start will show
    # first is kept (when it shows an SQLite file: see Planner.show_kept).
    planner.shutdown(keep=window.next_start())
