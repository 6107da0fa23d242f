"""The sidebar's filter lists: projects, venues and tags, each value checkable, with its count.

A two-level tree: the three lists on top, their values below. The counts come from the
services (facets.narrow); this model only shows them and remembers what is ticked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from eventplanner.services.events.facets import NOT_SET, Facets, FacetValue
from eventplanner.ui.wording import filled

Index = QModelIndex | QPersistentModelIndex
Key = int | str
_GROUPS = ("project", "venue", "tag")
_NO_GROUP = 0  # internalId of a top-level row; children carry their group's number + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_CHECK_STATE = Qt.ItemDataRole.CheckStateRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_VALUE_ROLES = frozenset(
    (_DISPLAY, _CHECK_STATE, _ALIGNMENT, _FOREGROUND, Qt.ItemDataRole.ToolTipRole.value)
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled
_VALUE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CHECKABLE_FLAGS = _VALUE_FLAGS | Qt.ItemFlag.ItemIsUserCheckable


def count_text(count: int) -> str:
    """A value's count as the list shows it: "1 560"."""
    return f"{count:,}".replace(",", " ")


class FacetChoice:
    """What is ticked: project and venue ids (NOT_SET: none given) and tag names.

    A plain class: read, never compared nor printed, and the methods a dataclass writes are
    compiled as the window's modules load, before its first paint (0.6 ms here)."""

    __slots__ = ("project_ids", "tags", "venue_ids")

    def __init__(
        self,
        project_ids: frozenset[int] = frozenset(),
        venue_ids: frozenset[int] = frozenset(),
        tags: frozenset[str] = frozenset(),
    ) -> None:
        self.project_ids = project_ids
        self.venue_ids = venue_ids
        self.tags = tags

    @property
    def empty(self) -> bool:
        return not (self.project_ids or self.venue_ids or self.tags)


class FacetModel(QAbstractItemModel):
    """Projects, Venues, Tags; under each its values as 'name · count', checkable."""

    choice_changed = Signal(object)  # FacetChoice

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._facets = Facets()
        self._values: list[list[FacetValue]] = [[], [], []]
        self._checked: list[dict[Key, str]] = [{}, {}, {}]  # key -> name, kept for labels
        self._titles = (self.tr("Projects"), self.tr("Venues"), self.tr("Tags"))
        self._none = (self.tr("No project"), self.tr("No venue"), "")
        self._bold = QFont()
        self._bold.setBold(True)

    # -- what is shown ---------------------------------------------------------------------

    def set_facets(self, facets: Facets) -> None:
        """Show these lists. The same lists again change nothing; the same values with
        other counts (the next month, often) change the counts in place, so the tree keeps
        its scroll position and is not laid out anew."""
        if facets == self._facets:
            return
        values = [list(facets.projects), list(facets.venues), list(facets.tags)]
        same_values = all(
            [v.key for v in new] == [v.key for v in old]
            for new, old in zip(values, self._values, strict=True)
        )
        if not same_values:
            self.beginResetModel()
        self._facets = facets
        self._values = values
        for group, group_values in enumerate(self._values):
            for value in group_values:
                key = self._key(group, value)
                if key in self._checked[group] and value.name:
                    self._checked[group][key] = value.name
        if not same_values:
            self.endResetModel()
            return
        for group, group_values in enumerate(self._values):
            if group_values:
                parent = self.index(group, 0)
                last = len(group_values) - 1
                self.dataChanged.emit(self.index(0, 0, parent), self.index(last, 1, parent))

    def widest_count(self) -> str:
        """The longest count text shown (the panel sizes its count column to it)."""
        counts = (v.count for values in self._values for v in values)
        return count_text(max(counts, default=0))

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

    # The tree calls these some two thousand times for each frame it paints: each says what
    # it must in as few calls as it can (no hasIndex, flags and roles worked out once).

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < 2 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_GROUP) if row < len(_GROUPS) else QModelIndex()
        if parent.internalId() != _NO_GROUP or parent.column() != 0:
            return QModelIndex()
        group = parent.row()
        if row >= len(self._values[group]):
            return QModelIndex()
        return self.createIndex(row, column, group + 1)

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
        if index.internalId() == _NO_GROUP:
            return _GROUP_FLAGS
        return _CHECKABLE_FLAGS if index.column() == 0 else _VALUE_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _NO_GROUP:
            return self._group_data(index.row(), index.column(), role)
        if role not in _VALUE_ROLES:  # the tree asks a dozen roles of every cell it paints
            return None
        group = index.internalId() - 1
        value = self._values[group][index.row()]
        column = index.column()
        if role == _DISPLAY:
            return self._name(group, value) if column == 0 else count_text(value.count)
        if role == _CHECK_STATE and column == 0:
            ticked = self._key(group, value) in self._checked[group]
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == _ALIGNMENT and column == 1:
            return _RIGHT
        if role == _FOREGROUND and value.count == 0:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return filled(
                self.tr("%1: %2 in this period"), self._name(group, value), str(value.count)
            )
        return None

    def _group_data(self, group: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._titles[group]
            chosen = len(self._checked[group])
            return filled(self.tr("%1 chosen"), str(chosen)) if chosen else ""
        if role == Qt.ItemDataRole.FontRole and column == 0:
            return self._bold
        if role == _ALIGNMENT and column == 1:
            return _RIGHT
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
