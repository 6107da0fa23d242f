"""The co-exhibitors' state chosen in place: a list of the states over the cell (a
double-click, F2 or typing opens it), the choice handed to the model as it is made."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from eventplanner.domain.stand import ExhibitorState
from eventplanner.ui.stand.stand_texts import exhibitor_state_label

Index = QModelIndex | QPersistentModelIndex


class StateDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        for state in ExhibitorState:
            box.addItem(exhibitor_state_label(state), state.value)
        # Chosen is saved: the list closes and the state is written at once.
        box.activated.connect(lambda _i, b=box: self._chosen(b))
        return box

    def _chosen(self, box: QComboBox) -> None:
        self.commitData.emit(box)
        self.closeEditor.emit(box)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
