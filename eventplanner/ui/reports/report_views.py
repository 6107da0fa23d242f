"""The Reports view's tables as widgets: each as tall as its rows (they sit one under the
other in one scrolling column), and a target's progress drawn as a bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
)

from eventplanner.ui.reports.report_models import PROGRESS_ROLE


def table_view(model: Any, *, fit: bool = True) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if fit:
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


def fit_height(view: QTableView) -> None:
    """As tall as its rows: the tables sit one under the other in one scrolling column;
    the first column (the names) takes the width left (set again: a reset forgets it)."""
    header = view.horizontalHeader()
    if header.count():
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.resizeRowsToContents()
    rows = sum(view.rowHeight(r) for r in range(view.model().rowCount()))
    view.setFixedHeight(view.horizontalHeader().height() + rows + 2 * view.frameWidth() + 2)


class ProgressDelegate(QStyledItemDelegate):
    """A target's progress as a bar (full at 100 %), its per cent written on it."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:  # fmt: skip
        # Tall enough for the bar's text whatever the style's frame around it.
        return QSize(90, option.fontMetrics.height() + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:  # fmt: skip
        progress = index.data(PROGRESS_ROLE)
        if not isinstance(progress, int):
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        rect: QRect = option.rect
        bar.rect = rect.adjusted(3, 3, -3, -3)
        bar.minimum, bar.maximum = 0, 100
        bar.progress = min(progress, 100)
        bar.text = f"{progress} %"
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = option.state
        bar.palette = option.palette
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
