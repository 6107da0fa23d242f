"""The question asked before a whole-series edit drops exceptions the new series no longer
has (``domain.series_edits``): which ones, and whether to save all the same."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from eventplanner.domain.model import OccurrenceChange
from eventplanner.domain.recurrence import RecurrenceId
from eventplanner.domain.series_edits import SeriesEdit
from eventplanner.ui.text import days_text
from eventplanner.ui.wording import filled

# Every text is spelled out in a translate("lost", "…") call: lupdate
# (tools/translations.py) collects only literal texts in calls named tr or translate.
translate = QCoreApplication.translate


def when_text(key: RecurrenceId) -> str:
    """An occurrence by its original start, in the series' own zone: "Tue 16 Mar 2027 10:00"."""
    if isinstance(key, datetime):
        return f"{days_text(key.date(), key.date())} {key:%H:%M}"
    return days_text(key, key)


def _change_text(change: OccurrenceChange) -> str:
    if change.cancelled:
        text = translate("lost", "Cancelled: %1")
    elif change.timing is not None:
        text = translate("lost", "Moved: %1")
    else:
        text = translate("lost", "Changed: %1")
    return filled(text, when_text(change.recurrence_id))


def lost_lines(edit: SeriesEdit) -> list[str]:
    """One line for each exception ``edit`` loses, skipped dates first."""
    skipped = translate("lost", "Skipped: %1")
    lines = [filled(skipped, when_text(x)) for x in edit.lost_skipped]
    return lines + [_change_text(c) for c in edit.lost_changes]


def agrees_to_drop(parent: QWidget, edit: SeriesEdit, *, editing: bool = True) -> bool:
    """Ask whether to save although ``edit`` loses exceptions; True when it does not, or
    when the person chose to save. Enter and Escape keep them: nothing is saved, and the
    editor stays open (``editing``) or the dragged series goes back."""
    if not edit.loses_exceptions:
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("lost", "Exceptions would be lost"))
    box.setText(
        translate(
            "lost",
            "The changed series no longer has these occurrences, so what was changed about "
            "them would be lost:",
        )
    )
    box.setInformativeText("\n".join(lost_lines(edit)))
    drop = box.addButton(
        translate("lost", "&Save and lose them"), QMessageBox.ButtonRole.AcceptRole
    )
    keep_text = translate("lost", "&Keep editing") if editing else translate("lost", "&Cancel")
    keep = box.addButton(keep_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    agreed = box.clickedButton() is drop
    box.deleteLater()
    return agreed
