"""A page of the stand window: one of its lists as a table, with Add, Edit and Remove as
actions (buttons under it, a right-click menu, a double-click to edit, Del to remove) and
a line saying what to do while the list is empty."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from eventplanner.ui.models.row_table import RowTableModel
from eventplanner.ui.stand.stand_models import RECORD_ROLE
from eventplanner.ui.widgets.notices import WrappedLabel
from eventplanner.ui.widgets.row_actions import action_buttons, on_delete_key, wire_row_actions
from eventplanner.ui.widgets.row_table import read_only_rows

translate = QCoreApplication.translate


class ListPage(QWidget):
    """``model`` in a table; ``add``, ``edit`` (one record) and ``remove`` (the records
    chosen) are called by the actions; ``edit`` None: the list is added to and removed
    from only."""

    def __init__(
        self,
        model: RowTableModel[Any],
        empty_text: str,
        *,
        add: Callable[[], None],
        edit: Callable[[Any], None] | None,
        remove: Callable[[list[Any]], None],
        add_tip: str = "",
        extra: Sequence[QAction] = (),
        stretch: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``stretch``: the column given the width the others leave (a free text, so it is
        not cut short beside a short last column); None: the last column."""
        super().__init__(parent)
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        read_only_rows(self.table, self.table.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._stretch = stretch
        if stretch is None:
            header.setStretchLastSection(True)
        else:
            header.setStretchLastSection(False)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.empty = WrappedLabel(empty_text, self)
        self.add_action = QAction(translate("ListPage", "&Add…"), self)
        self.add_action.setToolTip(add_tip)
        self.add_action.triggered.connect(add)
        self._edit = edit
        self.edit_action = QAction(translate("ListPage", "&Edit…"), self)
        self.edit_action.triggered.connect(self.edit_chosen)
        self.remove_action = QAction(translate("ListPage", "&Remove"), self)
        self.remove_action.setToolTip(
            translate("ListPage", "Remove the chosen rows (Del; it can be undone)")
        )
        self.remove_action.triggered.connect(lambda: remove(self.chosen()) if self.chosen()
                                             else None)  # fmt: skip
        on_delete_key(self.remove_action, self.table)
        actions = [self.add_action, self.remove_action]
        if edit is not None:
            actions.insert(1, self.edit_action)
        actions += list(extra)
        wire_row_actions(self, self.table, actions, open_row=self.edit_chosen,
                         chosen_changed=self.enable)  # fmt: skip
        box = QVBoxLayout(self)
        box.addWidget(self.empty)
        box.addWidget(self.table, 1)
        box.addLayout(action_buttons(actions))
        self.ready = False
        self.enable()

    def chosen(self) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.index(row, 0).data(RECORD_ROLE) for row in rows]

    def edit_chosen(self) -> None:
        chosen = self.chosen()
        if self._edit is not None and len(chosen) == 1:
            self._edit(chosen[0])

    def enable(self) -> None:
        chosen = self.chosen()
        self.add_action.setEnabled(self.ready)
        self.edit_action.setEnabled(self.ready and len(chosen) == 1)
        self.remove_action.setEnabled(self.ready and bool(chosen))

    def shown(self, ready: bool) -> None:
        """The list was set again: keep the chosen rows where they still are, fit the
        columns, say so while it is empty."""
        self.ready = ready
        self.empty.setVisible(self.model.rowCount() == 0)
        stretched = self.model.columnCount() - 1 if self._stretch is None else self._stretch
        for column in range(self.model.columnCount()):
            if column != stretched:
                self.table.resizeColumnToContents(column)
                width = min(self.table.columnWidth(column) + 18, 320)
                self.table.setColumnWidth(column, width)
        self.enable()

    def reselect(self, idents: list[int | None]) -> None:
        """Choose again the rows of ``idents`` (after the list was read again)."""
        model = self.model
        for ident in idents:
            row = next((r for r in range(model.rowCount())
                        if getattr(model.index(r, 0).data(RECORD_ROLE), "id", None) == ident),
                       -1)  # fmt: skip
            if row >= 0:
                self.table.selectRow(row)
