"""A name asked for in a line of its own (a new playbook's, a copy's, a rename; a new task's
title), with what is wrong with it said under the line as it is typed: OK waits until it is
right, so a refused name never reaches the database."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from eventplanner.ui.widgets.notices import FieldError

Check = Callable[[str], str | None]
"""What is wrong with a text typed (a sentence), or None."""


class NameDialog(QDialog):
    def __init__(
        self,
        title: str,
        prompt: str,
        text: str,
        check: Check,
        *,
        ok: str,
        max_length: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._check = check
        self.prompt = QLabel(prompt, self)
        self.line = QLineEdit(text, self)
        self.line.setMaxLength(max_length)
        self.line.selectAll()
        self.prompt.setBuddy(self.line)
        self.problem = FieldError(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.line)
        layout.addWidget(self.problem)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.line.textChanged.connect(self._checked)
        self._checked(text)

    def text(self) -> str:
        return self.line.text().strip()

    def _checked(self, text: str) -> bool:
        wrong = self._check(text.strip())
        # Nothing typed yet is not shouted about: OK simply waits.
        self.problem.show_message(wrong if text.strip() else None)
        self.ok_button.setEnabled(wrong is None)
        return wrong is None

    def _accept(self) -> None:
        if self._checked(self.line.text()):
            self.accept()


def roomy(box: QMessageBox) -> None:
    """A question's sentences a line each (a message box wraps short texts narrower still)."""
    width = box.fontMetrics().averageCharWidth() * 62
    for label in box.findChildren(QLabel):
        if label.objectName() in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
            label.setMinimumWidth(width)
