"""The dialog an unexpected error shows: what failed, and its details to copy into a report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from eventplanner.ui.wording import filled


class FailureDialog(QDialog):
    """Says what failed; "Copy details" puts the traceback, version and platform on the
    clipboard. A failure that comes while it is open is added to it, not shown in another."""

    def __init__(
        self, what: str, details: str, log_file: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("failureDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)  # above an open editor
        self.failures = 0
        self._first = what
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.what.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QPlainTextEdit()
        self.details.setObjectName("failureDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if log_file is not None:
            self.where.setText(filled(self.tr("The details are in the log file too: %1"),
                                      str(log_file)))  # fmt: skip
        self.where.setVisible(log_file is not None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.copy_button = buttons.addButton(
            self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.where)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 24)
        self.add(what, details)

    def add(self, what: str, details: str) -> None:
        """Another failure: its details below the others'."""
        self.failures += 1
        if self.failures == 1:
            self._first = what
            self.details.setPlainText(details)
            said = filled(self.tr("Eventplanner met an error it did not expect: %1"), what)
        else:
            self.details.appendPlainText("\n" + details)
            said = filled(
                self.tr("Eventplanner met %1 errors it did not expect, the first: %2"),
                str(self.failures),
                self._first,
            )
        advice = self.tr(
            "What you were doing may not be finished: check it. Copy the details for "
            "whoever looks after Eventplanner for you."
        )
        self.what.setText(f"{said}\n\n{advice}")

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))
