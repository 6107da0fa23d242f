"""The Tasks view's model: one flat list of rows, a heading per group (overdue, today, this
week, later, done; or an owner, or an event) followed by its tasks. A thin table model over
the service's ``TaskList`` (ints into the rows as read, ``task_rows``): the filter box, the
grouping and Show done make a new list there (a keystroke over 50,000 tasks tests only
``word in key`` over ints), and this model words what is shown; it decides nothing about
where a task falls or which are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QFont

from eventplanner.domain.tasks import DueGroup, Task
from eventplanner.services.tasks.task_list import Grouping, TaskList, TaskLister, words_of
from eventplanner.services.tasks.task_rows import Section, TaskRows
from eventplanner.ui.icons import icon
from eventplanner.ui.tasks.task_texts import due_text, group_title, task_tooltip
from eventplanner.ui.widgets.notices import error_colour

__all__ = ["GROUP_ROLE", "TASK_ROLE", "Grouping", "TaskColumn", "TaskListModel"]

TASK_ROLE = Qt.ItemDataRole.UserRole + 1
"""A task row's ``Task`` (None on a heading)."""
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
"""A heading's group key (None on a task)."""

Index = QModelIndex | Any  # QPersistentModelIndex too
translate = QCoreApplication.translate
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # made once: asked each row


class TaskColumn(IntEnum):
    TITLE = 0
    DUE = 1
    OWNER = 2
    EVENT = 3


_COLUMNS = len(TaskColumn)


def _headers() -> dict[TaskColumn, str]:
    return {
        TaskColumn.TITLE: translate("TaskModel", "Task"),
        TaskColumn.DUE: translate("TaskModel", "Due"),
        TaskColumn.OWNER: translate("TaskModel", "Owner"),
        TaskColumn.EVENT: translate("TaskModel", "Event"),
    }


def _font(*, bold: bool = False, strike: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setStrikeOut(strike)
    return font


def _same(at: int) -> int:
    return at


def _carried(
    before: TaskRows, sections: tuple[Section, ...], after: TaskRows, now: tuple[Section, ...]
) -> Callable[[int], int | None]:
    """Where an entry of a list of ``before`` (under its ``sections``) is in ``after``
    (under ``now``): a task by its id, a heading by its key; None when it is gone."""
    headings = {section.key: ~n for n, section in enumerate(now)}

    def carried(at: int) -> int | None:
        if at < 0:
            return headings.get(sections[~at].key)
        task = before.tasks[at]
        return None if task is None else after.positions.get(task.id)

    return carried


def _row_in(rows: list[int], at: int) -> int:
    try:
        return rows.index(at)
    except ValueError:
        return -1


class TaskListModel(QAbstractTableModel):
    """Headings and their tasks in one list; a heading with no task shown is left out."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lister = TaskLister(TaskRows(today=date.min))
        self._rows = self._lister.rows
        """The rows ``_list`` is of (the lister's, but for a moment while they change)."""
        self._by = Grouping.DUE
        self._words: tuple[str, ...] = ()
        self._show_done = False
        self._list = TaskList([], (), {})
        self._headers = _headers()
        self._bold = _font(bold=True)
        self._struck = _font(strike=True)
        self._red = QBrush(error_colour())

    # -- what is shown -------------------------------------------------------------------------

    def set_rows(self, rows: TaskRows) -> None:
        """The tasks as read (seen from ``rows.today``), or amended after a write: told as
        a change of layout, each task and heading shown before moved to where it is now
        (by the task's id, the heading's key), not as a reset, so the chosen task stays
        chosen by the view itself and the table does not measure every row again."""
        before = self._rows
        self._lister = TaskLister(rows)
        self._red = QBrush(error_colour())  # the palette may have changed since
        self._refill(_carried(before, self._list.sections, rows, self._lister.sections(self._by)))

    def set_group_by(self, by: Grouping | str) -> None:
        self._by = Grouping(by)
        self._refill()

    def set_filter(self, text: str) -> None:
        self._words = words_of(text)
        self._refill()

    def set_show_done(self, show: bool) -> None:
        self._show_done = show
        self._refill()

    @property
    def group_by(self) -> Grouping:
        return self._by

    def _refill(self, carried: Callable[[int], int | None] | None = None) -> None:
        """List anew; ``carried`` says where each entry of the list shown is in the new
        list's rows (None: the same rows, entries as they were)."""
        listed = self._lister.listed(self._by, self._words, self._show_done)
        before = self._list
        other = carried is None and listed.sections is not before.sections
        if other or not listed.rows or not before.rows:
            self.beginResetModel()  # another grouping: the rows mean other things
            self._list, self._rows = listed, self._lister.rows
            self.endResetModel()
        else:
            self._relisted(before.rows, listed, carried or _same)

    def _relisted(
        self, before: list[int], listed: TaskList, carried: Callable[[int], int | None]
    ) -> None:
        """A new list told as a change of layout (the rows kept move to their new places,
        the chosen one with them; the rest are let go) at the longer of the two lengths,
        the rows added before it or removed after it at the end: a reset makes a table view
        measure its 50,000 rows again, this does not."""
        after = listed.rows
        longer = max(len(before), len(after))
        if len(after) > len(before):  # padded with its last row: asked for only by checks
            self.beginInsertRows(QModelIndex(), len(before), longer - 1)
            self._list = replace(self._list, rows=before + [before[-1]] * (longer - len(before)))
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        shown = self._list.rows
        self._list = replace(listed, rows=after + [after[-1]] * (longer - len(after)))
        self._rows = self._lister.rows
        kept = self.persistentIndexList()
        place = {at: row for row, at in enumerate(after)} if len(kept) > 8 else None
        moved = []
        for index in kept:
            at = carried(shown[index.row()])
            row = (
                -1 if at is None else place.get(at, -1) if place is not None else _row_in(after, at)
            )
            moved.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()
        if len(before) > len(after):
            self.beginRemoveRows(QModelIndex(), len(after), longer - 1)
            self._list = listed
            self.endRemoveRows()
        self._list = listed

    def task_count(self) -> int:
        """How many tasks are shown."""
        return self._list.task_count()

    def task_at(self, index: Index) -> Task | None:
        if not index.isValid():
            return None
        at = self._list.rows[index.row()]
        return self._rows.task(at) if at >= 0 else None

    def is_heading(self, row: int) -> bool:
        return 0 <= row < len(self._list.rows) and self._list.rows[row] < 0

    def shown_ids(self) -> list[int]:
        """The tasks shown, by id, from the top down."""
        rows = self._rows
        return [rows.task(at).id for at in self._list.rows if at >= 0]

    def index_of(self, task_id: int) -> QModelIndex:
        """The index of the task ``task_id`` where it is shown (invalid when it is not)."""
        at = self._rows.positions.get(task_id)
        if at is None:
            return QModelIndex()
        try:
            return self.index(self._list.rows.index(at), 0)
        except ValueError:
            return QModelIndex()

    def first_task_row(self) -> int:
        """The row of the first task shown (-1: none)."""
        return next((row for row, at in enumerate(self._list.rows) if at >= 0), -1)

    # -- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._list.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == _DISPLAY and 0 <= section < _COLUMNS:
            return self._headers[TaskColumn(section)]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        at = self._list.rows[index.row()]
        if at < 0:
            return self._heading(~at, index.column(), role)
        return self._task(self._rows.task(at), index.column(), role)

    def _heading(self, number: int, column: int, role: int) -> Any:
        section: Section = self._list.sections[number]
        if role == GROUP_ROLE:
            return section.key
        if column != TaskColumn.TITLE:
            return None
        if role == _DISPLAY:
            return f"{group_title(self._by, section)} ({self._list.shown[number]})"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and section.key == DueGroup.OVERDUE.value:
            return self._red
        return None

    def _task(self, task: Task, column: int, role: int) -> Any:
        if role == _DISPLAY:
            if column == TaskColumn.TITLE:
                return task.title
            if column == TaskColumn.DUE:
                return due_text(task)
            if column == TaskColumn.OWNER:
                return task.owner_name
            return task.event_title
        if role == TASK_ROLE:
            return task
        if role == Qt.ItemDataRole.CheckStateRole and column == TaskColumn.TITLE:
            return Qt.CheckState.Checked if task.done_at is not None else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column == TaskColumn.DUE and task.pinned:
            return icon("pin")
        if role == Qt.ItemDataRole.ToolTipRole:
            return task_tooltip(task)
        if role == Qt.ItemDataRole.ForegroundRole and task.is_overdue(self._rows.today):
            return self._red
        if role == Qt.ItemDataRole.FontRole:
            if task.done_at is not None:
                return self._struck
            if task.due_date == self._rows.today:
                return self._bold
        return None
