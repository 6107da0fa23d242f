"""File menu work: a new database, another one, the sample, and the recent ones.

The dialogs' classes are imported when first asked for: each costs PySide the Python enums
of its class tree, which the first window does not need (``tests/ui/test_app.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMenu, QWidget

from eventplanner.ui.planner import Planner, describe
from eventplanner.ui.settings import Settings, without_password
from eventplanner.ui.text import day_text
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.sample import SampleSummary


def ensure_sample(path: Path) -> tuple[str, SampleSummary | None]:
    """The sample database at ``path``, built first if it is new (runs off the GUI thread),
    with what was built (None when it was there already)."""
    from eventplanner.services.sample import build_sample
    from eventplanner.services.workspace import Workspace

    workspace = Workspace.open(path)
    made = None
    try:
        if workspace.queries.count() == 0 and not workspace.venues.list():
            made = build_sample(workspace)
    finally:
        workspace.close()
    return str(path), made


def sample_text(summary: SampleSummary) -> str:
    """What the sample holds, as the status bar says it once the sample is made."""
    return filled(
        QCoreApplication.translate(
            "DatabaseMenu",
            "Made the sample planning year: %1 events from %2 to %3, %4 programme sessions, "
            "%5 shared stands at the trade fairs with %6 shifts in their rotas, %7 tasks "
            "from the playbooks, and %8 registrations of %9 participants.",
        ),
        summary.events, day_text(summary.first_day), day_text(summary.last_day),
        summary.sessions, summary.stands, summary.shifts, summary.tasks,
        summary.registrations, summary.participants,
    )  # fmt: skip


class DatabaseMenu(QObject):
    said = Signal(str)
    """A message for the status bar (what the sample holds, once it is made and open)."""

    def __init__(self, planner: Planner, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self._planner = planner
        self._settings = settings
        self._window = window
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        planner.opened.connect(self._remember)
        self._said_when_open = ""
        planner.opened.connect(self._opened)
        planner.open_failed.connect(lambda _target, _why: setattr(self, "_said_when_open", ""))
        self._asked: str | None = None
        planner.opening.connect(self._opening)
        planner.password_needed.connect(self._ask_password)

    def _opening(self, target: str) -> None:
        self._asked = target

    def _remember(self, _name: str) -> None:
        if self._asked:
            self._settings.remember_database(self._asked)

    def _ask_password(self, target: str, refused: bool) -> None:
        """The server wants a password: ask for it (once a run; it is never saved)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text = self.tr("The database server asks for a password to open %1.").replace(
            "%1", without_password(target)
        )
        if refused:
            text = self.tr("The password was not accepted.") + "\n\n" + text
        password, ok = QInputDialog.getText(
            self._window, self.tr("Database password"), text, QLineEdit.EchoMode.Password
        )
        if ok:
            self._planner.open(target, password)

    def _file_filter(self) -> str:
        return self.tr("Eventplanner databases (*.sqlite *.db);;All files (*)")

    def new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("New planning database"),
            str(Path.home() / "planering.sqlite"),
            self._file_filter(),
        )
        if path:
            if Path(path).exists():
                QMessageBox.warning(
                    self._window,
                    self.tr("File exists"),
                    self.tr("%1 exists already; open it instead, or choose another name.").replace(
                        "%1", path
                    ),
                )
                return
            self._planner.open(path)

    def open_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open a planning database"), str(Path.home()), self._file_filter()
        )
        if path:
            self._planner.open(path)

    def open_sample(self) -> None:
        """Open the sample database, building it in the background the first time."""
        from PySide6.QtWidgets import QMessageBox

        def failed(error: Exception) -> None:
            QMessageBox.warning(self._window, self.tr("Cannot make the sample"), describe(error))

        def made(found: tuple[str, SampleSummary | None]) -> None:
            target, summary = found
            if summary is not None:
                self._said_when_open = sample_text(summary)
            self._planner.open(target)

        self._planner.run_outside(lambda: ensure_sample(_sample_path()), made, failed)

    def _opened(self, _name: str) -> None:
        message, self._said_when_open = self._said_when_open, ""
        if message:  # said once the window has done with the opening (it clears the bar)
            QTimer.singleShot(0, self, lambda: self.said.emit(message))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self._settings.recent_databases
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
        for target in recent:
            action = self.recent_menu.addAction(target)
            action.triggered.connect(lambda _checked=False, t=target: self._planner.open(t))


def _sample_path() -> Path:
    from eventplanner.services.workspace import sample_database_path

    return sample_database_path()
