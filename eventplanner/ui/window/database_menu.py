"""File menu work: a new database, another one, the sample, and the recent ones."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from eventplanner.ui.planner import Planner, describe
from eventplanner.ui.settings import Settings, without_password


def ensure_sample(path: Path) -> str:
    """The sample database at ``path``, built first if it is new (runs off the GUI thread)."""
    from eventplanner.services.sample import build_sample
    from eventplanner.services.workspace import Workspace

    workspace = Workspace.open(path)
    try:
        if workspace.queries.count() == 0 and not workspace.venues.list():
            build_sample(workspace)
    finally:
        workspace.close()
    return str(path)


class DatabaseMenu(QObject):
    def __init__(self, planner: Planner, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self._planner = planner
        self._settings = settings
        self._window = window
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        planner.opened.connect(self._remember)
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
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open a planning database"), str(Path.home()), self._file_filter()
        )
        if path:
            self._planner.open(path)

    def open_sample(self) -> None:
        """Open the sample database, building it in the background the first time."""

        def failed(error: Exception) -> None:
            QMessageBox.warning(self._window, self.tr("Cannot make the sample"), describe(error))

        self._planner.run_outside(
            lambda: ensure_sample(_sample_path()),
            self._planner.open,
            failed,
        )

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
