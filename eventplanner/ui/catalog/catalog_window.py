"""The catalog manager's widgets and their layout: a searchable list on the left, on the
right the chosen record's heading, how many events use it, its form and the buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from eventplanner.ui.catalog.catalog_form import CatalogForm
from eventplanner.ui.catalog.catalog_model import CatalogItemDelegate, CatalogListModel
from eventplanner.ui.catalog.catalog_texts import CatalogTexts
from eventplanner.ui.widgets.notices import Banner, WrappedLabel


def _quiet(label: QLabel) -> None:
    """Secondary text: the window's text colour, softened (disabled grey is too faint)."""
    palette = label.palette()
    colour = palette.color(QPalette.ColorRole.WindowText)
    colour.setAlpha(165)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


class CatalogWindow(QDialog):
    """The widgets of a non-modal catalog manager; ``CatalogDialog`` gives them life."""

    def __init__(
        self,
        model: CatalogListModel[Any],
        form: CatalogForm,
        texts: CatalogTexts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.model = model
        model.setParent(self)
        self.form = form
        form.setParent(self)
        self.texts = texts
        texts.setParent(self)
        self._build()
        self.setWindowTitle(texts.title())

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.texts.search_placeholder())
        self.search.setClearButtonEnabled(True)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(CatalogItemDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setAlternatingRowColors(False)
        self.list.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.count_label = QLabel(self)
        _quiet(self.count_label)
        self.new_button = self._button(self.tr("&New"), self.tr("Add a new one (Ctrl+N)"))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        bottom_left = QHBoxLayout()
        bottom_left.addWidget(self.count_label, 1)
        bottom_left.addWidget(self.new_button)
        left_layout.addLayout(bottom_left)

        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.usage_label = QLabel(self)
        _quiet(self.usage_label)
        self.hint = WrappedLabel("", self)
        _quiet(self.hint)
        self.error_banner = Banner("error", self)
        self.status = QLabel(self)
        self.delete_button = self._button(
            self.tr("&Delete"), self.tr("Delete it (Del in the list)")
        )
        self.reload_button = self._button(
            self.tr("&Reload"), self.tr("Discard your changes and show what is saved")
        )
        self.save_button = self._button(self.tr("&Save"), self.tr("Save (Ctrl+S)"))

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 0, 0)
        right_layout.setSpacing(8)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.usage_label)
        right_layout.addWidget(self.error_banner)
        right_layout.addSpacing(4)
        right_layout.addWidget(self.hint)
        right_layout.addWidget(self.form)
        right_layout.addStretch(1)
        buttons = QHBoxLayout()
        self.button_row = buttons
        buttons.setSpacing(8)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.status, 1, Qt.AlignmentFlag.AlignRight)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([280, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.splitter)
        self.resize(880, 560)

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAutoDefault(False)  # Enter in a field must not press a button by surprise
        return button
