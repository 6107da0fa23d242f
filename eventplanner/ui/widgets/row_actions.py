"""What a list of rows edited with Add, Edit and Remove shares (a person's availability, an
event's organisations): the table wired to its actions (a double-click opens the row, a
change of choice re-enables them, a right-click offers them, Del removes) and a row of push
buttons mirroring them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QTableView, QWidget


def wire_row_actions(
    owner: QWidget,
    table: QTableView,
    actions: Sequence[QAction],
    *,
    open_row: Callable[[], None],
    chosen_changed: Callable[[], None],
) -> None:
    """Double-clicking a row of ``table`` calls ``open_row``, a change of the rows chosen
    ``chosen_changed``; a right-click pops up ``actions`` in a menu of ``owner``'s."""
    table.doubleClicked.connect(lambda _index: open_row())
    table.selectionModel().selectionChanged.connect(lambda *_args: chosen_changed())
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def popup(point: QPoint) -> None:
        menu = QMenu(owner)
        menu.addActions(list(actions))
        menu.popup(table.viewport().mapToGlobal(point))

    table.customContextMenuRequested.connect(popup)


def on_delete_key(action: QAction, table: QTableView) -> None:
    """``action`` triggered by Del while ``table`` (or a child of it) has the focus."""
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    table.addAction(action)


def action_buttons(actions: Sequence[QAction]) -> QHBoxLayout:
    """A push button for each of ``actions`` (its text and tip, enabled as it is), left to
    right, then a stretch."""
    buttons = QHBoxLayout()
    for action in actions:
        button = QPushButton(action.text())
        button.setToolTip(action.toolTip())
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        buttons.addWidget(button)
    buttons.addStretch(1)
    return buttons
