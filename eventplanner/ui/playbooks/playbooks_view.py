"""The Playbooks window's widgets and their layout: the playbooks on the left with their
buttons; on the right the chosen one's header, a banner for what was refused, its task
templates' table (two lines a row) and the buttons under it. ``PlaybooksWindow`` gives them
life."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.ui.catalog.catalog_model import CatalogItemDelegate
from eventplanner.ui.playbooks.playbook_header import PlaybookHeader
from eventplanner.ui.playbooks.playbook_list_model import PlaybookListModel
from eventplanner.ui.playbooks.template_delegate import TemplateDelegate
from eventplanner.ui.playbooks.template_model import TemplateColumn, TemplateTableModel
from eventplanner.ui.widgets.notices import Banner, quiet


class PlaybooksView(QWidget):
    """The widgets of the Playbooks window, a window of its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("PlaybooksWindow")
        self.setWindowTitle(self.tr("Playbooks"))
        self._build()

    def _action(self, text: str, tip: str, keys: Any = None) -> QAction:
        made = QAction(text, self)
        made.setToolTip(tip)
        if keys is not None:
            made.setShortcut(QKeySequence(keys))
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return made

    @staticmethod
    def _buttons(actions: Sequence[QAction]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        for action in actions:
            button = QPushButton(action.text())
            button.setToolTip(action.toolTip())
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            row.addWidget(button)
        return row

    def _build(self) -> None:
        self.list_model = PlaybookListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.list_model)
        self.list.setItemDelegate(CatalogItemDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.new_action = self._action(
            self.tr("&New…"), self.tr("A new, empty playbook of your team's")
        )
        self.duplicate_action = self._action(
            self.tr("D&uplicate…"), self.tr("A copy of the chosen playbook, yours to edit")
        )
        self.rename_action = self._action(
            self.tr("Rena&me…"), self.tr("Give the chosen playbook another name")
        )
        self.delete_action = self._action(
            self.tr("&Delete…"), self.tr("Delete the chosen playbook (it asks first)")
        )
        self.import_action = self._action(
            self.tr("&Import…"), self.tr("Add a playbook from a file a colleague shared")
        )
        self.export_action = self._action(
            self.tr("E&xport…"), self.tr("Save the chosen playbook as a file to share")
        )
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(self._buttons([self.new_action, self.duplicate_action]))
        left_layout.addLayout(self._buttons([self.rename_action, self.delete_action]))
        left_layout.addLayout(self._buttons([self.import_action, self.export_action]))

        self.header = PlaybookHeader(self)
        self.error_banner = Banner("error", self)
        self.model = TemplateTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(TemplateDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)  # fmt: skip
        # Two lines a row: a title, a description and the deadline in words wrap onto the
        # second rather than being cut off after a few words.
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        average = self.fontMetrics().averageCharWidth()
        for column, chars in ((TemplateColumn.TITLE, 31), (TemplateColumn.DESCRIPTION, 19),
                              (TemplateColumn.OWNER, 18), (TemplateColumn.AMOUNT, 9),
                              (TemplateColumn.UNIT, 15), (TemplateColumn.DIRECTION, 14),
                              (TemplateColumn.ANCHOR, 19), (TemplateColumn.REF, 18),
                              (TemplateColumn.DAY_OFF, 16)):  # fmt: skip
            self.table.setColumnWidth(column, average * chars)

        self.add_action = self._action(
            self.tr("&Add task…"),
            self.tr("A new task after the chosen one (Insert)"),
            Qt.Key.Key_Insert,
        )
        self.remove_action = self._action(
            self.tr("&Remove task"), self.tr("Take the chosen task out (Delete)"),
            QKeySequence.StandardKey.Delete,
        )  # fmt: skip
        # Ctrl, not Alt: Alt+Down opens a list being edited.
        self.up_action = self._action(
            self.tr("Move &up"), self.tr("Earlier in the list (Ctrl+Up)"), "Ctrl+Up"
        )
        self.down_action = self._action(
            self.tr("Move do&wn"), self.tr("Later in the list (Ctrl+Down)"), "Ctrl+Down"
        )
        self.table.addActions([self.add_action, self.remove_action, self.up_action,
                               self.down_action])  # fmt: skip
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.status = QLabel(self)
        quiet(self.status)
        commands = self._buttons([self.add_action, self.remove_action, self.up_action,
                                  self.down_action])  # fmt: skip
        commands.addWidget(self.status, 1, Qt.AlignmentFlag.AlignRight)
        self.hint = QLabel(self)
        quiet(self.hint)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.setSpacing(8)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.error_banner)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(commands)
        right_layout.addWidget(self.hint)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([average * 36, average * 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.splitter)
        self.resize(average * 262, self.fontMetrics().height() * 44)
