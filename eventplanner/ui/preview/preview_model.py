"""The rows of "Preview in Outlook's eyes": how Outlook will read each event of a file.

A thin table model over the plain rows ``eventplanner.ical.preview`` gives back (parsed from
the file itself, so what is shown is what was written). It formats; it decides nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from eventplanner.domain.clock import clock_text
from eventplanner.ui import labels
from eventplanner.ui.events.recurrence_preview import rule_words
from eventplanner.ui.icons import icon
from eventplanner.ui.models.row_table import Index, RowTableModel
from eventplanner.ui.palette import is_dark
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.ical import PreviewRow
    from eventplanner.ical.recurrence_words import RuleWords

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The PreviewRow of a row."""

translate = QCoreApplication.translate


class Column(IntEnum):
    TITLE = 0
    SHOWN_AS = 1
    START = 2
    END = 3
    BUSY = 4
    REMINDER = 5
    RECURRENCE = 6
    WARNINGS = 7


def _headers() -> dict[Column, str]:
    return {
        Column.TITLE: translate("PreviewModel", "Event"),
        Column.SHOWN_AS: translate("PreviewModel", "Shown as"),
        Column.START: translate("PreviewModel", "Starts"),
        Column.END: translate("PreviewModel", "Ends"),
        Column.BUSY: translate("PreviewModel", "Busy status"),
        Column.REMINDER: translate("PreviewModel", "Reminder"),
        Column.RECURRENCE: translate("PreviewModel", "Repeats"),
        Column.WARNINGS: translate("PreviewModel", "Warnings"),
    }


def moment_text(value: datetime | date, *, same_day_as: datetime | date | None = None) -> str:
    """ "Tue 16 Mar 2027 09:00" (or only "17:00" on the day of ``same_day_as``); a day
    without a time for all-day values."""
    locale = QLocale()
    if not isinstance(value, datetime):
        return locale.toString(QDate(value.year, value.month, value.day), "ddd d MMM yyyy")
    if isinstance(same_day_as, datetime) and same_day_as.date() == value.date():
        return clock_text(value)
    day = locale.toString(QDate(value.year, value.month, value.day), "ddd d MMM yyyy")
    return f"{day} {clock_text(value)}"


def reminder_text(reminder: timedelta | None) -> str:
    if reminder is None:
        return labels.reminder_label(None)
    minutes = int(reminder.total_seconds() // 60)
    if minutes < 0:
        return filled(translate("PreviewModel", "%1 minutes after the start"), str(-minutes))
    return labels.reminder_label(minutes)


def warning_colour() -> QColor:
    """The warning banner's yellow (notices.Banner), so a warned row reads as one."""
    return QColor("#4a3b07" if is_dark() else "#fff4ce")


class PreviewModel(RowTableModel["PreviewRow"]):  # (imported only for type checking)
    """One row per VEVENT of the file; rows with warnings are tinted and marked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(Column, _headers(), parent)
        self._rule_words: RuleWords | None = None
        self._rule_texts: dict[int, str] = {}  # by row: a series' words, once told

    def set_rows(self, rows: Sequence[PreviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._rule_texts = {}
        self.endResetModel()

    def preview_row(self, row: int) -> PreviewRow | None:
        return self.row_at(row)

    def warned(self) -> int:
        """How many rows carry a warning."""
        return sum(1 for r in self._rows if r.warnings)

    # -- Qt model interface ----------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.preview_row(index.row())
        if row is None or not 0 <= index.column() < len(Column):
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and row.warnings:
            return QBrush(warning_colour())
        if role == Qt.ItemDataRole.DecorationRole and column is Column.WARNINGS and row.warnings:
            return icon("warning")
        if role == ROW_ROLE:
            return row
        return None

    def text(self, row: PreviewRow, column: Column) -> str:
        """What a cell shows."""
        if column is Column.TITLE:
            return row.title
        if column is Column.SHOWN_AS:
            return self.text_of_kind(row.all_day)
        if column is Column.START:
            return moment_text(row.start)
        if column is Column.END:
            if row.all_day and row.end == row.start:
                return translate("PreviewModel", "(the same day)")
            return moment_text(row.end, same_day_as=row.start)
        if column is Column.BUSY:
            return labels.busy_label(row.busy_status)
        if column is Column.REMINDER:
            return reminder_text(row.reminder)
        if column is Column.RECURRENCE:
            return self._recurrence(row)
        return "; ".join(row.warnings)

    @staticmethod
    def text_of_kind(all_day: bool) -> str:
        """ "All day" or "Timed": how Outlook places the event."""
        if all_day:
            return translate("PreviewModel", "All day")
        return translate("PreviewModel", "Timed")

    def _recurrence(self, row: PreviewRow) -> str:
        if row.recurrence_id is not None:
            return filled(
                translate("PreviewModel", "Changed occurrence (was %1)"),
                moment_text(row.recurrence_id),
            )
        if row.first_apart:
            return filled(
                translate(
                    "PreviewModel",
                    "The first occurrence of a series, written apart, %1 long: it starts in the "
                    "hour a clock change repeats or skips, which readers place differently; the "
                    "series goes on from its second occurrence",
                ),
                self._length(row),
            )
        if row.written_apart is not None:
            return filled(
                translate(
                    "PreviewModel",
                    "Occurrence %1 of %2 of a series no Outlook pattern comes near, written as "
                    "separate events: Outlook shows each on its own",
                ),
                *map(str, row.written_apart),
            )
        if row.rule is None:
            return row.recurrence or translate("PreviewModel", "Once")
        found = self._rule_texts.get(id(row))
        if found is None:
            if self._rule_words is None:  # made once: some forty translations
                self._rule_words = rule_words()
            found = self._rule_texts[id(row)] = row.rule.words(self._rule_words)
        return found

    @staticmethod
    def _length(row: PreviewRow) -> str:
        """ "2 h", "1 h 30 min": the real length the file gives the row."""
        from eventplanner.ical.preview import length_parts  # loaded with the rows it reads

        parts = length_parts(row)
        if parts is None:
            return ""
        hours, rest = parts
        if hours and rest:
            return filled(translate("PreviewModel", "%1 h %2 min"), str(hours), str(rest))
        if hours:
            return filled(translate("PreviewModel", "%1 h"), str(hours))
        return filled(translate("PreviewModel", "%1 min"), str(rest))

    def _tooltip(self, row: PreviewRow, column: Column) -> str:
        if column is Column.WARNINGS and row.warnings:
            return "\n".join(f"• {w}" for w in row.warnings)
        if column is Column.TITLE:
            lines = [row.title]
            if row.location:
                lines.append(row.location)
            if row.categories:
                lines.append(", ".join(row.categories))
            if row.time_zone:
                lines.append(
                    filled(translate("PreviewModel", "Written in the zone %1"), row.time_zone)
                )
            return "\n".join(lines)
        return self.text(row, column)
