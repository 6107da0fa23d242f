"""The Conflicts window's table: one row per conflict, by date, with its kind, severity,
the events it involves and what it is about. A thin model over the service's values."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from eventplanner.domain.conflicts import Conflict, Severity
from eventplanner.ui.conflict_texts import describe, involved, kind_label, severity_label
from eventplanner.ui.icons import icon
from eventplanner.ui.models.row_table import Index, RowTableModel
from eventplanner.ui.text import days_text
from eventplanner.ui.wording import filled

CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 1
translate = QCoreApplication.translate


class ConflictColumn(IntEnum):
    DATE = 0
    KIND = 1
    SEVERITY = 2
    EVENTS = 3
    CONFLICT = 4


def _headers() -> dict[ConflictColumn, str]:
    return {
        ConflictColumn.DATE: translate("ConflictModel", "Date"),
        ConflictColumn.KIND: translate("ConflictModel", "Kind"),
        ConflictColumn.SEVERITY: translate("ConflictModel", "Severity"),
        ConflictColumn.EVENTS: translate("ConflictModel", "Events"),
        ConflictColumn.CONFLICT: translate("ConflictModel", "Conflict"),
    }


class ConflictTableModel(RowTableModel[Conflict]):
    """The conflicts of a period, in the order given (by date, then kind)."""

    def __init__(self, display_zone: str, parent: Any = None) -> None:
        super().__init__(ConflictColumn, _headers(), parent)
        self._zone = display_zone

    def set_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        self.beginResetModel()
        self._rows = list(conflicts)
        self.endResetModel()

    def set_display_zone(self, display_zone: str) -> None:
        self._zone = display_zone
        if self._rows:
            last = self.index(len(self._rows) - 1, len(ConflictColumn) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        conflict = self.row_at(index.row()) if index.isValid() else None
        if conflict is None or not 0 <= index.column() < len(ConflictColumn):
            return None
        column = ConflictColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(conflict, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(conflict)
        if role == Qt.ItemDataRole.DecorationRole and column is ConflictColumn.SEVERITY:
            return icon("warning") if conflict.holds else None
        if role == CONFLICT_ROLE:
            return conflict
        return None

    def _text(self, conflict: Conflict, column: ConflictColumn) -> str:
        if column is ConflictColumn.DATE:
            day = conflict.start.date()  # on the clock of the event it concerns
            return days_text(day, day)
        if column is ConflictColumn.KIND:
            return kind_label(conflict.kind)
        if column is ConflictColumn.SEVERITY:
            return severity_label(conflict)
        if column is ConflictColumn.EVENTS:
            return " · ".join(involved(conflict))
        return describe(conflict, self._zone)

    def _tooltip(self, conflict: Conflict) -> str:
        lines = [describe(conflict, self._zone)]
        if conflict.accepted is not None:
            lines.append(filled(translate("ConflictModel", "Accepted: %1"),
                                conflict.accepted.reason))  # fmt: skip
        elif conflict.severity is Severity.HOLD:
            lines.append(translate("ConflictModel", "Holds a release until it is resolved or "
                                   "accepted with a reason."))  # fmt: skip
        return "\n".join(lines)
