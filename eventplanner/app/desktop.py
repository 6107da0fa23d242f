"""Start the desktop application: QApplication, settings, planner, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from eventplanner import __version__
from eventplanner.ui.icons import app_icon, watch_palette
from eventplanner.ui.language import install as install_language
from eventplanner.ui.main_window import MainWindow
from eventplanner.ui.planner import Planner
from eventplanner.ui.settings import Settings
from eventplanner.ui.tasks import TaskRunner

NAME = "Eventplanner"
"""The application's and its organisation's name: where its settings are kept."""


def build(settings_store: QSettings, database: str | None) -> tuple[MainWindow, Planner]:
    """The window and its planner, wired; the database starts opening in the background."""
    reader = TaskRunner(workers=2)
    writer = TaskRunner(workers=1)
    planner = Planner(reader, writer)
    settings = Settings(settings_store)
    window = MainWindow(planner, settings)
    reader.setParent(window)
    writer.setParent(window)
    planner.setParent(window)
    target = database or settings.last_database or None
    planner.open(target)
    return window, planner


def configure(app: QApplication, language: str | None = None) -> None:
    """The application's name (where its settings go), version and window icon, the
    watcher that lets go of icons drawn in the old palette's colours when it changes, and
    the ``language`` (a ``Settings.language``; None leaves Qt's as it is): translations and
    the locale of dates. Call it before the first widget is made: widgets take their texts
    when they are built."""
    app.setApplicationName(NAME)
    app.setOrganizationName(NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    watch_palette(app)
    if language is not None:
        install_language(app, language)


def run(database: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    store = QSettings(NAME, NAME)  # where QSettings() looks once configure named the app
    configure(app, Settings(store).language)
    window, planner = build(store, database)
    window.show()
    status = app.exec()
    planner.shutdown()  # queued saves are finished before the process ends
    return int(status)
