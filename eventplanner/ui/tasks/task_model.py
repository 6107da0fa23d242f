"""The Tasks view's tree: a heading per group (overdue, today, this week, later, done; or
an owner, or an event), its tasks under it. A thin model over the service's plain groups
(``TaskGrouping``): it filters their lists by the filter box's words (a list filtered in
Python, not a proxy model: a keystroke over 50,000 tasks stays in a few milliseconds) and
words them; it decides nothing about where a task falls.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QFont

from eventplanner.domain.tasks import DueGroup, Task
from eventplanner.services.tasks.service import TaskGroup, TaskGrouping
from eventplanner.ui.icons import icon
from eventplanner.ui.tasks.task_texts import due_text, group_title, task_tooltip
from eventplanner.ui.widgets.notices import error_colour
from eventplanner.ui.wording import filled

TASK_ROLE = Qt.ItemDataRole.UserRole + 1
"""A task row's ``Task`` (None on a heading)."""
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
"""A heading's group key."""
MORE_ROLE = Qt.ItemDataRole.UserRole + 3
"""True on a heading's last row when it shows only part of its tasks ("N more…")."""
PAGE = 500
"""The tasks a heading shows at first, and how many more each "N more…" shows: a tree
view lays out every row of an expanded heading, which over 50,000 tasks costs a keystroke
in the filter box some hundreds of milliseconds."""

Index = QModelIndex | Any  # QPersistentModelIndex too
translate = QCoreApplication.translate
_HEADING = 0  # the internal id of a heading; a task's is its heading's row + 1


class TaskColumn(IntEnum):
    TITLE = 0
    DUE = 1
    OWNER = 2
    EVENT = 3


_COLUMNS = len(TaskColumn)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # made once: asked each row


class Grouping(StrEnum):
    """What the view groups by."""

    DUE = "due"
    OWNER = "owner"
    EVENT = "event"


def _headers() -> dict[TaskColumn, str]:
    return {
        TaskColumn.TITLE: translate("TaskModel", "Task"),
        TaskColumn.DUE: translate("TaskModel", "Due"),
        TaskColumn.OWNER: translate("TaskModel", "Owner"),
        TaskColumn.EVENT: translate("TaskModel", "Event"),
    }


@dataclass(frozen=True, slots=True)
class _Shown:
    group: TaskGroup
    tasks: tuple[Task, ...]
    limit: int
    """How many of ``tasks`` are rows (the rest behind an "N more…" row)."""
    kept_more: int | None = None
    """While rows are inserted before the "more" row: the number it said before (it stays,
    as it was, though none may be left behind it)."""

    @property
    def rows(self) -> int:
        return min(len(self.tasks), self.limit)

    @property
    def more(self) -> int:
        return len(self.tasks) - self.rows


def searched_text(task: Task) -> str:
    """What the filter's words are looked for in: title, owner and event, case folded."""
    return f"{task.title}\n{task.owner_name}\n{task.event_title}".casefold()


class TaskTreeModel(QAbstractItemModel):
    """Headings and their tasks; a heading with no task shown is left out."""

    def __init__(self, parent: QObject | None = None, *, page: int = PAGE) -> None:
        super().__init__(parent)
        self._page = page
        self._limits: dict[str, int] = {}
        """Each heading's rows shown beyond the first page, by group key, until the
        grouping or the filter changes."""
        self._grouping = TaskGrouping()
        self._by = Grouping.DUE
        self._words: tuple[str, ...] = ()
        self._show_done = False
        self._today = date.min  # given with the first tasks
        self._shown: list[_Shown] = []
        self._texts: dict[int, str] = {}
        """Each task's ``searched_text`` by id, made once a grouping: not each keystroke."""
        self._headers = _headers()

    # -- what is shown -------------------------------------------------------------------------

    def set_grouping(self, grouping: TaskGrouping, today: date) -> None:
        """The tasks as the service grouped them, seen from ``today``."""
        self._grouping = grouping
        self._today = today
        self._texts = {}  # worded again when first filtered
        self._refill()

    def set_group_by(self, by: Grouping | str) -> None:
        self._by = Grouping(by)
        self._limits = {}
        self._refill()

    def set_filter(self, text: str) -> None:
        self._words = tuple(text.casefold().split())
        self._limits = {}
        self._refill()

    def set_show_done(self, show: bool) -> None:
        self._show_done = show
        self._refill()

    @property
    def group_by(self) -> Grouping:
        return self._by

    def _refill(self) -> None:
        groups = {
            Grouping.DUE: self._grouping.by_due,
            Grouping.OWNER: self._grouping.by_owner,
            Grouping.EVENT: self._grouping.by_event,
        }[self._by]
        shown = []
        for group in groups:
            if not self._show_done and group.key == DueGroup.DONE.value:
                continue
            tasks = self._chosen(group)
            if tasks:
                shown.append(_Shown(group, tasks, self._limits.get(group.key, self._page)))
        self.beginResetModel()
        self._shown = shown
        self.endResetModel()

    def _chosen(self, group: TaskGroup) -> tuple[Task, ...]:
        """The group's tasks that the filter's words and Show done keep."""
        tasks = group.tasks
        if not self._show_done:
            tasks = tuple(t for t in tasks if t.done_at is None)
        words = self._words
        if not words:
            return tasks
        texts = self._texts
        for task in tasks:
            if task.id not in texts:
                texts[task.id] = searched_text(task)
        chosen = tasks
        for word in words:  # a word at a time: a plain loop of "in" over the texts
            chosen = tuple(t for t in chosen if word in texts[t.id])
        return chosen

    def task_count(self) -> int:
        """How many tasks are shown."""
        return sum(len(s.tasks) for s in self._shown)

    def task_at(self, index: Index) -> Task | None:
        if not index.isValid() or index.internalId() == _HEADING:
            return None
        group = self._shown[index.internalId() - 1]
        return group.tasks[index.row()] if index.row() < group.rows else None

    def shown_ids(self) -> list[int]:
        """The tasks shown, by id, from the top down."""
        return [t.id for s in self._shown for t in s.tasks[: s.rows]]

    def index_of(self, task_id: int) -> QModelIndex:
        """The index of the task ``task_id`` where it is shown (invalid when it is not)."""
        for row, shown in enumerate(self._shown):
            for task_row, task in enumerate(shown.tasks[: shown.rows]):
                if task.id == task_id:
                    return self.createIndex(task_row, 0, row + 1)
        return QModelIndex()

    # -- QAbstractItemModel ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Checked here rather than by hasIndex (two more calls into Python for each row: a
        # view lays out every task of an expanded heading).
        if row < 0 or not 0 <= column < _COLUMNS:
            return QModelIndex()
        if not parent.isValid():
            return (
                self.createIndex(row, column, _HEADING) if row < len(self._shown) else QModelIndex()
            )
        if parent.internalId() != _HEADING or parent.column() != 0:
            return QModelIndex()
        heading = parent.row()
        if heading >= len(self._shown) or row >= self._row_count(self._shown[heading]):
            return QModelIndex()
        return self.createIndex(row, column, heading + 1)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self._shown)
        return parent.internalId() == _HEADING and parent.column() == 0

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _HEADING:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _HEADING)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._shown)
        if parent.internalId() != _HEADING or parent.column() != 0:
            return 0
        return self._row_count(self._shown[parent.row()])

    @staticmethod
    def _row_count(shown: _Shown) -> int:
        return shown.rows + (1 if shown.more or shown.kept_more is not None else 0)

    def show_more(self, heading: int) -> None:
        """Another page of the heading's tasks, inserted before its "N more…" row (which
        goes when none are left behind it)."""
        if not 0 <= heading < len(self._shown) or not self._shown[heading].more:
            return
        shown = self._shown[heading]
        limit = shown.limit + self._page
        self._limits[shown.group.key] = limit
        parent = self.index(heading, 0)
        first = shown.rows
        grown = _Shown(shown.group, shown.tasks, limit, kept_more=shown.more)
        self.beginInsertRows(parent, first, grown.rows - 1)
        self._shown[heading] = grown
        self.endInsertRows()
        more = grown.rows
        if grown.more:
            self._shown[heading] = replace(grown, kept_more=None)
            last = self.index(more, _COLUMNS - 1, parent)
            self.dataChanged.emit(self.index(more, 0, parent), last)
        else:
            self.beginRemoveRows(parent, more, more)
            self._shown[heading] = replace(grown, kept_more=None)
            self.endRemoveRows()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(TaskColumn)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(TaskColumn):
            return self._headers[TaskColumn(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _HEADING:
            return self._heading(self._shown[index.row()], index.column(), role)
        task = self.task_at(index)
        if task is None:
            return self._more(self._shown[index.internalId() - 1], index.column(), role)
        return self._task(task, TaskColumn(index.column()), role)

    def _heading(self, shown: _Shown, column: int, role: int) -> Any:
        if role == GROUP_ROLE:
            return shown.group.key
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{group_title(self._by, shown.group)} ({len(shown.tasks)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and shown.group.key == DueGroup.OVERDUE.value:
            return QBrush(error_colour())
        return None

    def _more(self, shown: _Shown, column: int, role: int) -> Any:
        if role == MORE_ROLE:
            return True
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return filled(translate("TaskModel", "%1 more… (Enter or a double-click shows them; "
                                    "or narrow the filter)"),
                          shown.more if shown.kept_more is None else shown.kept_more)  # fmt: skip
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _task(self, task: Task, column: TaskColumn, role: int) -> Any:
        if role == TASK_ROLE:
            return task
        if role == Qt.ItemDataRole.DisplayRole:
            if column is TaskColumn.TITLE:
                return task.title
            if column is TaskColumn.DUE:
                return due_text(task)
            if column is TaskColumn.OWNER:
                return task.owner_name
            return task.event_title
        if role == Qt.ItemDataRole.CheckStateRole and column is TaskColumn.TITLE:
            return Qt.CheckState.Checked if task.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column is TaskColumn.DUE and task.pinned:
            return icon("pin")
        if role == Qt.ItemDataRole.ToolTipRole:
            return task_tooltip(task)
        if role == Qt.ItemDataRole.ForegroundRole and task.is_overdue(self._today):
            return QBrush(error_colour())
        if role == Qt.ItemDataRole.FontRole and not task.done and task.due_date == self._today:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.FontRole and task.done:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None
