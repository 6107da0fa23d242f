"""The sidebar's filters: tick projects, venues and tags; each shows how many it would give."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.ui.window.facet_model import FacetChoice, FacetModel


class FacetPanel(QWidget):
    """The tree of the sidebar's filters over its model (which says what is ticked: the
    sidebar passes its ``choice_changed`` on)."""

    def __init__(self, model: FacetModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        title = QLabel(self.tr("Filter by"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Show every project, venue and tag again"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setEnabled(False)
        self.tree = QTreeView(self)
        self.tree.setObjectName("facetTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Sized from the counts' text (set_facets), not to contents: sizing to contents asks
        # every row for its size each time the counts change, on each page of the month.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self._fit_counts()
        self._collapsed: set[int] = set()
        self.clear_button.setEnabled(not model.choice().empty)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)

        self.clear_button.clicked.connect(self.model.clear_choice)
        self.model.choice_changed.connect(self._chosen)
        # The model may be told directly (the sidebar does, before this is made): the tree
        # follows whatever it shows.
        self.model.modelReset.connect(self._expand)
        self.model.modelReset.connect(self._followed)
        self.model.dataChanged.connect(self._fit_counts)
        self.tree.collapsed.connect(lambda index: self._collapsed.add(index.row()))
        self.tree.expanded.connect(lambda index: self._collapsed.discard(index.row()))
        self.tree.activated.connect(self._toggle)
        self._expand()

    def _followed(self) -> None:
        self._fit_counts()
        self.clear_button.setEnabled(not self.model.choice().empty)

    def _fit_counts(self) -> None:
        metrics = self.tree.fontMetrics()
        # The widest count shown, or four digits at least, and the margins of a cell.
        text = max(self.model.widest_count(), "9 999", key=metrics.horizontalAdvance)
        width = metrics.horizontalAdvance(text) + metrics.averageCharWidth() * 2
        if self.tree.header().sectionSize(1) != width:
            self.tree.header().resizeSection(1, width)

    def _chosen(self, choice: FacetChoice) -> None:
        self.clear_button.setEnabled(not choice.empty)

    def _toggle(self, index: QModelIndex) -> None:
        """Enter or double-click on a value ticks or unticks it (Space does too)."""
        first = index.siblingAtColumn(0)
        if not first.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        state = first.data(Qt.ItemDataRole.CheckStateRole)
        ticked = Qt.CheckState(state) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked
        self.model.setData(first, new.value, Qt.ItemDataRole.CheckStateRole)

    def _expand(self) -> None:
        """Every list open after a reload, except those the person closed."""
        for group in range(self.model.rowCount()):
            index = self.model.index(group, 0)
            self.tree.setExpanded(index, group not in self._collapsed)
