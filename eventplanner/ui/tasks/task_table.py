"""The Tasks view's list with its keys: Space ticks the task done (or open again), Enter
opens it, Delete deletes it. The window decides what each does (signals).

A table view over the flat ``TaskListModel`` (headings are rows of the same list, drawn
bold), not a tree view: a tree view lays a new list out by asking the model about every
row (in Python: some hundreds of milliseconds for 50,000 tasks), a table view only about
the rows it paints."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from eventplanner.domain.tasks import Task
from eventplanner.ui.tasks.task_model import TASK_ROLE


class TaskTable(QTableView):
    toggle_requested = Signal(object)  # Task: Space
    open_requested = Signal(object)  # Task: Enter or a double-click
    delete_requested = Signal(object)  # Task: Delete

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskTable")
        self.setShowGrid(False)
        self.setWordWrap(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one height: nothing measured
        rows.setDefaultSectionSize(self.fontMetrics().height() + 4)  # a tree's rows' height
        columns = self.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as from a tree
        self.doubleClicked.connect(self._double_clicked)

    def _double_clicked(self, index: QModelIndex) -> None:
        self._emit(self.open_requested, index)

    def current_task(self) -> Task | None:
        found = self.currentIndex().siblingAtColumn(0).data(TASK_ROLE)
        return found if isinstance(found, Task) else None

    def _emit(self, signal: SignalInstance, index: object = None) -> None:
        task = self.current_task()
        if task is not None:
            signal.emit(task)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and self.current_task() is not None:
            if key == Qt.Key.Key_Space:
                self._emit(self.toggle_requested)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._emit(self.open_requested)
                return
            if key == Qt.Key.Key_Delete:
                self._emit(self.delete_requested)
                return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """A click on a task's tick box ticks it (the model is not editable: the window
        writes through the undo stack)."""
        index = self.indexAt(event.position().toPoint())
        task = index.siblingAtColumn(0).data(TASK_ROLE) if index.isValid() else None
        super().mousePressEvent(event)
        if isinstance(task, Task) and index.column() == 0 and self._on_tick(index, event):
            self.toggle_requested.emit(task)

    def _on_tick(self, index, event) -> bool:  # type: ignore[no-untyped-def]
        """Whether the click was on the row's tick box, where the style draws it."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        box = self.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, self
        )
        return bool(box.adjusted(-2, -2, 2, 2).contains(event.position().toPoint()))
