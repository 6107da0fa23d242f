"""The question before a repeating event is changed, moved, cancelled or deleted from one
of its occurrences: only this one, this and the following ones, or the whole series."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from eventplanner.domain.model import Event
from eventplanner.ui.wording import filled

translate = QCoreApplication.translate


def ask_scope(parent: QWidget, event: Event, question: str) -> str | None:
    """Which occurrences: "one", "following" (this and those after it), "all", or None
    (cancelled). Each answer has its Alt key; Enter takes the first, Escape cancels."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("EventEditing", "A repeating event"))
    box.setText(filled(translate("EventEditing", "“%1” repeats."), event.title))
    box.setInformativeText(question)
    role = QMessageBox.ButtonRole.AcceptRole
    answers = {
        box.addButton(translate("EventEditing", "&Only this one"), role): "one",
        box.addButton(translate("EventEditing", "This and &following"), role): "following",
        box.addButton(translate("EventEditing", "The &whole series"), role): "all",
    }
    box.setDefaultButton(next(iter(answers)))
    box.setEscapeButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    clicked = box.clickedButton()
    answer = answers.get(clicked) if isinstance(clicked, QPushButton) else None
    box.deleteLater()
    return answer
