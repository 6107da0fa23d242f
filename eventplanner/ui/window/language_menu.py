"""View → Language: which language the window speaks, from its next start."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from eventplanner.ui.language import ENGLISH, SWEDISH, resolve
from eventplanner.ui.settings import Settings
from eventplanner.ui.wording import filled

NATIVE_NAMES = {ENGLISH: "English", SWEDISH: "Svenska"}
"""Each language by its own name, as a language menu lists them (never translated)."""


class LanguageMenu(QObject):
    """The choices of the ``language`` setting; the window built now keeps its language."""

    def __init__(self, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self._settings = settings
        self._window = window
        self.menu = QMenu(self.tr("&Language"), window)
        self.group = QActionGroup(self)
        system = NATIVE_NAMES[resolve("system")]
        self.choices: dict[str, QAction] = {}
        for value, text in (
            ("system", filled(self.tr("Follow the system (%1)"), system)),
            (ENGLISH, NATIVE_NAMES[ENGLISH]),
            (SWEDISH, NATIVE_NAMES[SWEDISH]),
        ):
            action = self.menu.addAction(text)
            action.setCheckable(True)
            action.setData(value)
            action.setChecked(value == settings.language)
            self.group.addAction(action)
            self.choices[value] = action
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Applies from the next start")).setEnabled(False)
        self.group.triggered.connect(self._chosen)

    def _chosen(self, action: QAction) -> None:
        value = str(action.data())
        if value == self._settings.language:
            return
        self._settings.language = value
        self._settings.sync()
        names = {ENGLISH: self.tr("English"), SWEDISH: self.tr("Swedish")}
        from PySide6.QtWidgets import QMessageBox  # made when first needed: see main_window

        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Language"),
            filled(
                self.tr("Eventplanner will be in %1 from its next start."), names[resolve(value)]
            ),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, and it does not hold the event loop
