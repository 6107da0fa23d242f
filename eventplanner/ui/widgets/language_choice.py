"""The language a feed's or an export's categories (the events' kinds) are written in:
automatic (told from the calendar's own texts), Swedish or English."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from eventplanner.domain.languages import AUTOMATIC, ENGLISH, LANGUAGES, SWEDISH


class LanguageChoice(QComboBox):
    """Automatic (``automatic``, the caller's words for where it is told from), Swedish or
    English; ``setting()`` is the domain's value ("", "sv", "en")."""

    def __init__(self, automatic: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(automatic, AUTOMATIC)
        self.addItem(self.tr("Swedish"), SWEDISH)
        self.addItem(self.tr("English"), ENGLISH)

    def setting(self) -> str:
        value = self.currentData()
        return value if isinstance(value, str) and value in LANGUAGES else AUTOMATIC

    def set_setting(self, setting: str) -> None:
        """Show ``setting``; one this window does not know shows as automatic."""
        index = self.findData(setting if setting in LANGUAGES else AUTOMATIC)
        self.setCurrentIndex(max(index, 0))
