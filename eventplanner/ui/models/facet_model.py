"""The sidebar's filter lists: projects, venues and tags, each value checkable, with its count.

A two-level tree: the three lists on top, their values below. The counts come from the
services (facets.narrow); this model only shows them and remembers what is ticked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from eventplanner.services.facets import NOT_SET, Facets, FacetValue

Index = QModelIndex | QPersistentModelIndex
Key = int | str
_GROUPS = ("project", "venue", "tag")
_NO_GROUP = 0  # internalId of a top-level row; children carry their group's number + 1


@dataclass(frozen=True)
class FacetChoice:
    """What is ticked: project and venue ids (NOT_SET: none given) and tag names."""

    project_ids: frozenset[int] = frozenset()
    venue_ids: frozenset[int] = frozenset()
    tags: frozenset[str] = frozenset()

    @property
    def empty(self) -> bool:
        return not (self.project_ids or self.venue_ids or self.tags)


class FacetModel(QAbstractItemModel):
    """Projects, Venues, Tags; under each its values as 'name · count', checkable."""

    choice_changed = Signal(object)  # FacetChoice

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._values: list[list[FacetValue]] = [[], [], []]
        self._checked: list[dict[Key, str]] = [{}, {}, {}]  # key -> name, kept for labels
        self._titles = (self.tr("Projects"), self.tr("Venues"), self.tr("Tags"))
        self._none = (self.tr("No project"), self.tr("No venue"), "")

    # -- what is shown ---------------------------------------------------------------------

    def set_facets(self, facets: Facets) -> None:
        self.beginResetModel()
        self._values = [list(facets.projects), list(facets.venues), list(facets.tags)]
        for group, values in enumerate(self._values):
            for value in values:
                key = self._key(group, value)
                if key in self._checked[group] and value.name:
                    self._checked[group][key] = value.name
        self.endResetModel()

    def choice(self) -> FacetChoice:
        projects, venues, tags = self._checked
        return FacetChoice(
            project_ids=frozenset(int(k) for k in projects),
            venue_ids=frozenset(int(k) for k in venues),
            tags=frozenset(str(k) for k in tags),
        )

    def remembered(self) -> tuple[dict[Key, str], ...]:
        """The ticked values with the names last seen for them (for the settings)."""
        return tuple(dict(c) for c in self._checked)

    def set_checked(self, checked: tuple[dict[Key, str], ...]) -> None:
        """Tick these (key -> name per list) without announcing a change."""
        self.beginResetModel()
        self._checked = [dict(c) for c in checked]
        self.endResetModel()

    def clear_choice(self) -> None:
        if any(self._checked):
            self.set_checked(({}, {}, {}))
            self.choice_changed.emit(self.choice())

    def _key(self, group: int, value: FacetValue) -> Key:
        if value.key is None:
            return NOT_SET
        return str(value.key).casefold() if _GROUPS[group] == "tag" else int(value.key)

    def _name(self, group: int, value: FacetValue) -> str:
        if value.key is None:
            return self._none[group]
        return value.name or self._checked[group].get(self._key(group, value), "") or "?"

    # -- Qt's model interface ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _NO_GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _NO_GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(_GROUPS)
        if parent.internalId() == _NO_GROUP and parent.column() == 0:
            return len(self._values[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled
        if index.internalId() != _NO_GROUP:
            flags |= Qt.ItemFlag.ItemIsSelectable
            if index.column() == 0:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _NO_GROUP:
            return self._group_data(index.row(), index.column(), role)
        group = index.internalId() - 1
        value = self._values[group][index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._name(group, value) if column == 0 else f"{value.count:,}".replace(",", " ")
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            ticked = self._key(group, value) in self._checked[group]
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and value.count == 0:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("%1: %2 in this period")
                .replace("%1", self._name(group, value))
                .replace("%2", str(value.count))
            )
        return None

    def _group_data(self, group: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._titles[group]
            chosen = len(self._checked[group])
            return self.tr("%1 chosen").replace("%1", str(chosen)) if chosen else ""
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.internalId() == _NO_GROUP
            or index.column() != 0
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        group = index.internalId() - 1
        facet = self._values[group][index.row()]
        key = self._key(group, facet)
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        if ticked:
            self._checked[group][key] = facet.name
        else:
            self._checked[group].pop(key, None)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        heading = self.index(group, 1)
        self.dataChanged.emit(heading, heading, [Qt.ItemDataRole.DisplayRole])
        self.choice_changed.emit(self.choice())
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Filter"), self.tr("Count"))[section] if 0 <= section < 2 else None
        return None
