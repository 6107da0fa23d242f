"""The editors of a template's cells: a line for its title and description, lists to choose
its owner, unit, before or after, what it counts from and the day-off rule, a spin box for
the amount (up to about ten years in its unit), and for "Which" the phases, the fair
organiser's deadlines (either may be typed: a phase's own name) or the other tasks.

A choice from a list is saved as it is made; typed text when the editor is left.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from eventplanner.domain.deadlines import MAX_AMOUNT, DayOff, Direction, Unit
from eventplanner.domain.playbooks import MAX_TITLE
from eventplanner.domain.programme import PhaseKind
from eventplanner.domain.stand import DeadlineKind
from eventplanner.domain.tasks import AnchorKind, OwnerRole
from eventplanner.ui.playbooks.playbook_texts import (
    anchor_label,
    day_off_label,
    deadline_of,
    direction_label,
    owner_label,
    phase_of,
    unit_label,
)
from eventplanner.ui.playbooks.template_model import TemplateColumn, TemplateTableModel
from eventplanner.ui.programme.programme_texts import phase_kind_label
from eventplanner.ui.stand.stand_texts import deadline_kind_label

Index = QModelIndex | QPersistentModelIndex

_LISTS: dict[TemplateColumn, Callable[[], list[tuple[str, str]]]] = {
    TemplateColumn.OWNER: lambda: [(owner_label(r), r.value) for r in OwnerRole],
    TemplateColumn.UNIT: lambda: [(unit_label(u), u.value) for u in Unit],
    TemplateColumn.DIRECTION: lambda: [(direction_label(d), d.value) for d in Direction],
    TemplateColumn.ANCHOR: lambda: [(anchor_label(k), k.value) for k in AnchorKind],
    TemplateColumn.DAY_OFF: lambda: [
        (day_off_label(d), d.value) for d in (DayOff.EARLIER, DayOff.LATER, DayOff.KEEP)
    ],
}


class TemplateDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = TemplateColumn(index.column())
        if column in (TemplateColumn.TITLE, TemplateColumn.DESCRIPTION):
            line = QLineEdit(parent)
            line.setFrame(False)
            if column is TemplateColumn.TITLE:
                line.setMaxLength(MAX_TITLE)
            return line
        if column is TemplateColumn.AMOUNT:
            spin = QSpinBox(parent)
            spin.setFrame(False)
            unit = Unit(_value(index, TemplateColumn.UNIT))
            spin.setRange(0, MAX_AMOUNT[unit])
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            return spin
        box = QComboBox(parent)
        box.setObjectName(f"editor{column.name.title()}")
        if column is TemplateColumn.REF:
            self._ref_choices(box, index)
        else:
            for text, value in _LISTS[column]():
                box.addItem(text, value)
        # The list as wide as its longest choice (a task's title), not the cell.
        view = box.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + box.fontMetrics().averageCharWidth() * 4)
        # A choice is saved as it is made: the list closes and the change is written.
        box.activated.connect(lambda _i: self._chosen(box))
        return box

    @staticmethod
    def _ref_choices(box: QComboBox, index: Index) -> None:
        kind = AnchorKind(_value(index, TemplateColumn.ANCHOR))
        if kind is AnchorKind.PHASE:
            box.setEditable(True)
            for phase in PhaseKind:
                box.addItem(phase_kind_label(phase), phase.value)
        elif kind is AnchorKind.FAIR_DEADLINE:
            box.setEditable(True)
            for deadline in DeadlineKind:
                box.addItem(deadline_kind_label(deadline), deadline.value)
        else:
            model = index.model()
            if isinstance(model, TemplateTableModel):
                for title, key in model.task_choices(index.row()):
                    box.addItem(title, key)
        if box.isEditable():
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            line = box.lineEdit()
            if line is not None:
                line.setFrame(False)

    def _chosen(self, box: QComboBox) -> None:
        self.commitData.emit(box)
        self.closeEditor.emit(box)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            if found < 0 and editor.isEditable():
                # A phase or deadline named by a kind in another spelling ("build-up").
                kind = phase_of(str(value)) or deadline_of(str(value))
                found = editor.findData(kind.value) if kind is not None else -1
            if found >= 0:
                editor.setCurrentIndex(found)
            elif editor.isEditable():
                editor.setCurrentIndex(-1)
                editor.setEditText(str(value))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            at = editor.currentIndex()
            if editor.isEditable() and (at < 0 or editor.currentText() != editor.itemText(at)):
                model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
            elif at >= 0:
                model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def _value(index: Index, column: TemplateColumn) -> str:
    """What another cell of ``index``'s row holds (its edit value: a unit, an anchor)."""
    return str(index.model().index(index.row(), column).data(Qt.ItemDataRole.EditRole))
