"""A release's changes as a tree: New, Moved, Changed and Cancelled, each with its sessions,
their slot before and after on the event's clock, and what changed. A thin model over the
domain's ``ProgrammeDiff``; only the groups that have changes are shown."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from eventplanner.domain.programme_releases import ChangeKind, ProgrammeDiff, SessionChange
from eventplanner.ui.programme.release_texts import change_kind_label, slot_text, whats_text
from eventplanner.ui.wording import filled

Index = QModelIndex | QPersistentModelIndex
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1
"""A change row's ``SessionChange`` (None on a group's row)."""
_GROUP = 0
"""The internal id of a group's row; a change's row holds its group's row + 1."""
_ORDER = (ChangeKind.NEW, ChangeKind.MOVED, ChangeKind.CHANGED, ChangeKind.CANCELLED)


class ChangeColumn(IntEnum):
    SESSION = 0
    BEFORE = 1
    AFTER = 2
    WHAT = 3


class ReleaseChangesModel(QAbstractItemModel):
    """The changes of a ``ProgrammeDiff``, grouped by kind, in time order in each group."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = "UTC"
        self._groups: list[tuple[ChangeKind, tuple[SessionChange, ...]]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_diff(self, diff: ProgrammeDiff, time_zone: str) -> None:
        """Show ``diff``, its times on ``time_zone``'s clock (the event's)."""
        self.beginResetModel()
        self._zone = time_zone
        self._groups = []
        for kind in _ORDER:
            changes = tuple(c for c in diff.changes if c.change is kind)
            if changes:
                self._groups.append((kind, changes))
        self.endResetModel()

    def change_at(self, index: Index) -> SessionChange | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def group_rows(self) -> list[ChangeKind]:
        """The kinds shown, top to bottom."""
        return [kind for kind, _changes in self._groups]

    def titles(self, kind: ChangeKind) -> list[str]:
        """The titles listed under ``kind`` (none when that group is not shown)."""
        for shown, changes in self._groups:
            if shown is kind:
                return [c.title for c in changes]
        return []

    # -- Qt's model interface ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < len(ChangeColumn) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return (
                self.createIndex(row, column, _GROUP) if row < len(self._groups) else QModelIndex()
            )
        if parent.internalId() != _GROUP or parent.column() != 0:
            return QModelIndex()
        group = parent.row()
        if not 0 <= group < len(self._groups) or row >= len(self._groups[group][1]):
            return QModelIndex()
        return self.createIndex(row, column, group + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(ChangeColumn)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = ChangeColumn(index.column())
        if index.internalId() == _GROUP:
            kind, changes = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and column is ChangeColumn.SESSION:
                return filled(self.tr("%1 (%2)"), change_kind_label(kind), len(changes))
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        change = self.change_at(index)
        if change is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(change, column)
        if role == CHANGE_ROLE:
            return change
        return None

    def _text(self, change: SessionChange, column: ChangeColumn) -> str:
        if column is ChangeColumn.SESSION:
            return change.title
        if column is ChangeColumn.BEFORE:
            return (
                slot_text(change.before, self._zone) if change.change is not ChangeKind.NEW else ""
            )
        if column is ChangeColumn.AFTER:
            if change.change is ChangeKind.CANCELLED:
                return self.tr("cancelled")
            return slot_text(change.after, self._zone)
        if change.change in (ChangeKind.NEW, ChangeKind.CANCELLED):
            return ""
        return whats_text(change.what)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            ChangeColumn.SESSION: self.tr("Session"),
            ChangeColumn.BEFORE: self.tr("Before"),
            ChangeColumn.AFTER: self.tr("After"),
            ChangeColumn.WHAT: self.tr("What changed"),
        }
        return headers[ChangeColumn(section)] if 0 <= section < len(ChangeColumn) else None
