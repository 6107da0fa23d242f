"""What the stand's editors of one record share: a form, its problems in red under it
(checked as the coordinator types; Save waits until there are none), Save and Cancel.
``submit`` writes the record; a refusal is shown and the dialog stays open."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from eventplanner.ui.dialogs.save_cancel import save_cancel_buttons
from eventplanner.ui.widgets.notices import problems_label

Submit = Callable[[Any, Callable[[], None], Callable[[str], None]], None]
"""(record, done, refused): how Save is written."""


class RecordDialog(QDialog):
    """A dialog over ``form``; subclasses say ``record()`` and ``problem_texts()``."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 2)
        self.problems = problems_label(self)
        self.buttons = save_cancel_buttons(self, self.save)
        self.submit: Submit | None = None

    def finish_layout(self, width: int = 520) -> None:
        box = QVBoxLayout(self)
        box.addLayout(self.form)
        box.addWidget(self.problems)
        box.addStretch(1)
        box.addSpacing(10)
        box.addWidget(self.buttons)
        self.resize(width, self.sizeHint().height())
        self.check()

    def record(self) -> Any:
        raise NotImplementedError

    def problem_texts(self) -> list[str]:
        raise NotImplementedError

    def check(self) -> None:
        texts = self.problem_texts()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not texts)
        self.show_problem("\n".join(texts))

    def show_problem(self, text: str) -> None:
        self.problems.setText(text)
        self.problems.setVisible(bool(text))

    def save(self) -> None:
        if self.problem_texts() or self.submit is None:
            return
        self.buttons.setEnabled(False)

        def refused(message: str) -> None:
            self.buttons.setEnabled(True)
            self.show_problem(message[:1].upper() + message[1:])

        self.submit(self.record(), self.accept, refused)


def chooser(choices: list[tuple[int, str]], current: int | None, none_text: str = "") -> QComboBox:
    """A list of (id, name) to choose from, ``current`` chosen; with ``none_text`` first
    for none."""
    box = QComboBox()
    if none_text:
        box.addItem(none_text, None)
    for ident, name in choices:
        box.addItem(name, ident)
    found = box.findData(current) if current is not None else (0 if none_text else -1)
    box.setCurrentIndex(max(found, 0) if box.count() else -1)
    return box
