"""The catalog manager's list: plain records in the order the service gives them.

The model is thin: a Python list of frozen records, each shown by its name with a quieter
second line (a venue's city, a contact's email). Searching and sorting happen in the service
(Swedish order: Å, Ä, Ö after Z), never in a proxy model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from eventplanner.domain.model import Contact, Organisation, Project, Tag, Venue

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R", Venue, Organisation, Contact, Project, Tag)
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3


class CatalogListModel(QAbstractListModel, Generic[R]):
    """Records of one kind, one row each; ``detail`` gives a row's second line."""

    def __init__(self, detail: Callable[[R], str] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[R] = []
        self._detail: Callable[[R], str] | None = detail

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> R | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def records(self) -> list[R]:
        return list(self._records)

    def row_of(self, ident: int | None) -> int:
        """The row of the record with this id, or -1."""
        if ident is None:
            return -1
        for row, record in enumerate(self._records):
            if record.id == ident:
                return row
        return -1

    def detail(self, record: R) -> str:
        return self._detail(record) if self._detail is not None else ""

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != 0:
            return None
        record = self.record(index.row())
        if record is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return record.name
        if role == Qt.ItemDataRole.ToolTipRole:
            detail = self.detail(record)
            return f"{record.name}\n{detail}" if detail else record.name
        if role == DETAIL_ROLE:
            return self.detail(record)
        if role == RECORD_ROLE:
            return record
        if role == ID_ROLE:
            return record.id if record.id is not None else -1
        return None


class CatalogItemDelegate(QStyledItemDelegate):
    """Two lines a row: the name, and under it the detail in the palette's quieter colour."""

    PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        lines = 2 if index.data(DETAIL_ROLE) else 1
        width = super().sizeHint(option, index).width()
        return QSize(width, metrics.height() * lines + 2 * self.PADDING + (lines - 1) * 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, detail = opt.text, str(index.data(DETAIL_ROLE) or "")
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect: QRect = opt.rect.adjusted(self.PADDING + 2, self.PADDING, -self.PADDING, 0)
        metrics = QFontMetrics(opt.font)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(palette.color(role))
        line = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(line, flags, metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                                         line.width()))  # fmt: skip
        if detail:
            quiet = palette.color(role)
            quiet.setAlpha(150)
            painter.setPen(quiet)
            line.translate(0, metrics.height() + 2)
            painter.drawText(line, flags, metrics.elidedText(detail, Qt.TextElideMode.ElideRight,
                                                             line.width()))  # fmt: skip
        painter.restore()
