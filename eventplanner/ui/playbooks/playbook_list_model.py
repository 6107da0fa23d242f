"""The playbooks to choose from: the team's own first, then those shipped with Eventplanner,
each by name with a quieter second line saying which it is and how many tasks it has."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from eventplanner.domain.text import name_key
from eventplanner.ui.catalog.catalog_model import DETAIL_ROLE
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.playbooks.records import StoredPlaybook

Index = QModelIndex | QPersistentModelIndex
STORED_ROLE = Qt.ItemDataRole.UserRole + 10


def identity(stored: StoredPlaybook) -> str:
    """What a playbook is known by across reads: the team's by id (a rename keeps it), a
    shipped one by its name."""
    return f"id:{stored.id}" if stored.id is not None else f"shipped:{name_key(stored.name)}"


class PlaybookListModel(QAbstractListModel):
    """One row a playbook, in the order the window gives them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StoredPlaybook] = []

    def set_playbooks(self, playbooks: Sequence[StoredPlaybook]) -> None:
        """The team's own first, then the shipped ones, each in the order given."""
        ordered = sorted(playbooks, key=lambda s: s.built_in)
        if [identity(s) for s in ordered] == [identity(s) for s in self._rows]:
            self._rows = ordered
            if ordered:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ordered) - 1, 0))
            return
        self.beginResetModel()
        self._rows = ordered
        self.endResetModel()

    def stored(self, row: int) -> StoredPlaybook | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def playbooks(self) -> list[StoredPlaybook]:
        return list(self._rows)

    def row_of(self, known_as: str | None) -> int:
        """The row of the playbook known as ``known_as`` (``identity``), or -1."""
        return next((i for i, s in enumerate(self._rows) if identity(s) == known_as), -1)

    def row_named(self, name: str) -> int:
        wanted = name_key(name)
        return next((i for i, s in enumerate(self._rows) if name_key(s.name) == wanted), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        stored = self.stored(index.row()) if index.isValid() and index.column() == 0 else None
        if stored is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return stored.name
        if role == DETAIL_ROLE:
            return self.detail(stored)
        if role == Qt.ItemDataRole.ToolTipRole:
            if stored.built_in:
                return filled(self.tr("%1\nShipped with Eventplanner: read-only, copy it to "
                                      "change it"), stored.name)  # fmt: skip
            return filled(self.tr("%1\nYour team's playbook"), stored.name)
        if role == STORED_ROLE:
            return stored
        return None

    def detail(self, stored: StoredPlaybook) -> str:
        count = len(stored.playbook.templates)
        tasks = self.tr("1 task") if count == 1 else filled(self.tr("%1 tasks"), count)
        if stored.built_in:
            return filled(self.tr("Shipped · %1"), tasks)
        return filled(self.tr("Your team's · %1"), tasks)
