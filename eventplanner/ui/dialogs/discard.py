"""The question an editing dialog asks before Escape, Cancel or its close button throws
away what was typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

translate = QCoreApplication.translate


def ask_to_discard(parent: QWidget, question: str) -> bool:
    """True when the person chose to discard; Cancel (the default, and Escape) keeps editing."""
    box = QMessageBox(parent)
    box.setObjectName("discardQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.windowTitle())
    box.setText(question)
    box.setInformativeText(translate("Discard", "What you typed is not saved."))
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    discard.setText(translate("Discard", "&Discard"))
    keep = box.addButton(translate("Discard", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    _room_for_the_text(box)
    box.exec()
    chosen = box.clickedButton() is discard
    box.deleteLater()
    return chosen


def _room_for_the_text(box: QMessageBox) -> None:
    """Each sentence on a line of its own (QMessageBox wraps short texts narrower still)."""
    metrics = box.fontMetrics()
    widest = max(metrics.horizontalAdvance(t) for t in (box.text(), box.informativeText()))
    wanted = min(widest, metrics.averageCharWidth() * 60) + metrics.averageCharWidth() * 2
    for label in box.findChildren(QLabel):
        if label.objectName() in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
            label.setMinimumWidth(wanted)
