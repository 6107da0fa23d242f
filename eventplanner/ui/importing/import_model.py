"""The rows of the import preview: each event of the files and what importing does with it.

A thin table model over the plans ``ImportService`` gives back. It formats and sorts its own
row list in Python (a proxy model is far slower on thousands of rows); it decides nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from enum import IntEnum
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from eventplanner.services.importing.import_plan import ImportAction
from eventplanner.ui import labels, text
from eventplanner.ui.icons import icon
from eventplanner.ui.models.row_table import Index, RowTableModel
from eventplanner.ui.palette import is_dark
from eventplanner.ui.preview.preview_model import moment_text, warning_colour

if TYPE_CHECKING:
    from eventplanner.services.importing.import_plan import ImportPlan, PlannedEvent

translate = QCoreApplication.translate


class Column(IntEnum):
    ACTION = 0
    TITLE = 1
    WHEN = 2
    KIND = 3
    TAGS = 4
    FILE = 5
    LINE = 6
    NOTES = 7


class ImportRow(NamedTuple):
    """One event of one file."""

    file: str
    order: int
    """Where it stands in the files, one after the other: the unsorted order."""
    event: PlannedEvent


_ACTION_ORDER = {action: n for n, action in enumerate(ImportAction)}


def _headers() -> dict[Column, str]:
    return {
        Column.ACTION: translate("ImportPlanModel", "Action"),
        Column.TITLE: translate("ImportPlanModel", "Event"),
        Column.WHEN: translate("ImportPlanModel", "When"),
        Column.KIND: translate("ImportPlanModel", "Kind"),
        Column.TAGS: translate("ImportPlanModel", "Tags"),
        Column.FILE: translate("ImportPlanModel", "File"),
        Column.LINE: translate("ImportPlanModel", "Line"),
        Column.NOTES: translate("ImportPlanModel", "Notes"),
    }


def action_text(action: ImportAction) -> str:
    return {
        ImportAction.NEW: translate("ImportPlanModel", "New"),
        ImportAction.UPDATED: translate("ImportPlanModel", "Update"),
        ImportAction.UNCHANGED: translate("ImportPlanModel", "Unchanged"),
        ImportAction.SKIPPED: translate("ImportPlanModel", "Skip"),
    }[action]


def when_text(event: PlannedEvent) -> str:
    """ "Fri 12 Mar 2027 09:00–10:00 · w. 10", in the display zone; "" when not read."""
    start, end = event.start, event.end
    if start is None or end is None:
        return ""
    if isinstance(start, datetime) and isinstance(end, datetime):
        shown = f"{moment_text(start)}–{moment_text(end, same_day_as=start)}"
        if start.date() != end.date():
            shown = f"{moment_text(start)} – {moment_text(end)}"
        week = start.isocalendar().week
    else:
        first = start.date() if isinstance(start, datetime) else start
        last = end.date() if isinstance(end, datetime) else end
        shown = text.days_text(first, last)
        week = first.isocalendar().week
    parts = [shown, labels.week_label(week)]
    if event.recurring:
        parts.append(repeats_text())
    return " · ".join(parts)


def repeats_text() -> str:
    """What the When column adds for a series."""
    return translate("ImportPlanModel", "repeats")


def notes_of(event: PlannedEvent) -> list[str]:
    """Why it is skipped or unchanged, then its warnings."""
    return ([event.reason] if event.reason else []) + list(event.warnings)


def _moment_key(value: datetime | date | None) -> tuple[int, date, time]:
    if value is None:
        return (1, date.max, time.min)
    if isinstance(value, datetime):
        return (0, value.date(), value.time())
    return (0, value, time.min)


def error_colour() -> QColor:
    """The error banner's red (notices.Banner), for events that are left out."""
    return QColor("#4a1419" if is_dark() else "#fde7e9")


class ImportPlanModel(RowTableModel[ImportRow]):
    """One row per event of the files; rows with warnings tinted yellow, skipped ones red,
    unchanged ones greyed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(Column, _headers(), parent)
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    def set_plans(self, names: Sequence[str], plans: Sequence[ImportPlan]) -> None:
        rows = [
            ImportRow(name, 0, event)
            for name, plan in zip(names, plans, strict=True)
            for event in plan.events
        ]
        self.beginResetModel()
        self._rows = [row._replace(order=n) for n, row in enumerate(rows)]
        if self._sorted is not None:
            self._rows.sort(key=self._key(self._sorted[0]))
            if self._sorted[1] == Qt.SortOrder.DescendingOrder:
                self._rows.reverse()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def row(self, index: int) -> ImportRow | None:
        return self.row_at(index)

    # -- Qt model interface ----------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        if row is None or not 0 <= index.column() < len(Column):
            return None
        column = Column(index.column())
        event = row.event
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if event.action is ImportAction.SKIPPED:
                return QBrush(error_colour())
            if event.warnings:
                return QBrush(warning_colour())
            return None
        if role == Qt.ItemDataRole.ForegroundRole and event.action is ImportAction.UNCHANGED:
            palette = QApplication.palette()
            return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.DecorationRole and column is Column.NOTES and event.warnings:
            return icon("warning")
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, row: ImportRow, column: Column) -> str:
        """What a cell shows."""
        event = row.event
        if column is Column.ACTION:
            return action_text(event.action)
        if column is Column.TITLE:
            return event.title or event.uid
        if column is Column.WHEN:
            return when_text(event)
        if column is Column.KIND:
            return labels.kind_label(event.kind) if event.kind is not None else ""
        if column is Column.TAGS:
            return ", ".join(event.tags)
        if column is Column.FILE:
            return row.file
        if column is Column.LINE:
            return str(event.line) if event.line is not None else ""
        return "; ".join(notes_of(event))

    def _tooltip(self, row: ImportRow, column: Column) -> str:
        event = row.event
        if column is Column.NOTES:
            return "\n".join(f"• {note}" for note in notes_of(event))
        if column is Column.TITLE:
            lines = [event.title or event.uid]
            if event.venue:
                lines.append(event.venue)
            if event.uid:
                lines.append(f"UID {event.uid}")
            return "\n".join(lines)
        return self.text(row, column)

    # -- sorting, on the row list ----------------------------------------------------------

    def _key(self, column: int) -> Callable[[ImportRow], Any]:
        by: dict[int, Callable[[ImportRow], Any]] = {
            Column.ACTION: lambda r: _ACTION_ORDER[r.event.action],
            Column.TITLE: lambda r: (r.event.title or r.event.uid).casefold(),
            Column.WHEN: lambda r: _moment_key(r.event.start),
            Column.KIND: lambda r: self.text(r, Column.KIND).casefold(),
            Column.TAGS: lambda r: self.text(r, Column.TAGS).casefold(),
            Column.FILE: lambda r: r.file.casefold(),
            Column.LINE: lambda r: r.event.line if r.event.line is not None else 1 << 62,
            Column.NOTES: lambda r: self.text(r, Column.NOTES).casefold(),
        }
        key = by.get(column)
        if key is None:
            return lambda r: r.order
        return lambda r: (key(r), r.order)  # the files' own order among equals

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sorted = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [(self._rows[i.row()], i.column()) for i in before]
        self._rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        where = {id(row): n for n, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(where[id(row)], column) for row, column in kept]
        )
        self.layoutChanged.emit()
