"""The Tasks view's tree with its keys: Space ticks the task done (or open again), Enter
opens it, Delete deletes it. The window decides what each does (signals)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from eventplanner.domain.tasks import Task
from eventplanner.ui.tasks.task_model import MORE_ROLE, TASK_ROLE, TaskTreeModel


class TaskTree(QTreeView):
    toggle_requested = Signal(object)  # Task: Space
    open_requested = Signal(object)  # Task: Enter or a double-click
    delete_requested = Signal(object)  # Task: Delete

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskTree")
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAllColumnsShowFocus(True)
        self.doubleClicked.connect(self._double_clicked)

    def _double_clicked(self, index: QModelIndex) -> None:
        if not self._showed_more(index):
            self._emit(self.open_requested, index)

    def _showed_more(self, index: QModelIndex) -> bool:
        """On an "N more…" row: show them (the model's next page) and say so."""
        model = self.model()
        if index.isValid() and index.data(MORE_ROLE) and isinstance(model, TaskTreeModel):
            model.show_more(index.parent().row())
            return True
        return False

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
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if plain and enter and self._showed_more(self.currentIndex()):
            return
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
