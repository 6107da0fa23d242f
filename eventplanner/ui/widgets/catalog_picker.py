"""Pick a venue, project or organisation by typing part of its name, or create a new one.

The picker holds only ids and names; what creating means (a service call) is the owner's
business: it hears ``create_requested`` and answers with ``add_and_select``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QPushButton, QWidget

from eventplanner.ui.wording import filled

_ID_ROLE = Qt.ItemDataRole.UserRole
# The "none" entry's id: never None in Qt item data (PySide6 6.12 miscounts references to it).
_NONE = -1
_MAX_BUTTON_NAME = 28


class CatalogPicker(QWidget):
    """An editable combo box of named records with a "none" entry first, and a
    "Create “…”" button that appears when the typed name matches nothing."""

    selection_changed = Signal()
    """The chosen record (or none) changed, or the typed text stopped naming one."""
    create_requested = Signal(str)
    """A person asked to create a record with this name."""

    def __init__(
        self, none_text: str, *, can_create: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self._can_create = can_create
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(20)
        self.combo.addItem(none_text, _NONE)
        completer = QCompleter(self.combo.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        line = self.combo.lineEdit()
        assert line is not None  # editable, so it has one
        line.setPlaceholderText(none_text)
        self.create_button = QPushButton(self)
        self.create_button.setAutoDefault(False)
        self.create_button.hide()
        self.create_button.clicked.connect(self._create_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.create_button)
        self.setFocusProxy(self.combo)
        self.combo.editTextChanged.connect(self._text_changed)

    def set_items(self, items: Sequence[tuple[int, str]]) -> None:
        """The records to choose from, as (id, name), in the order to show them."""
        chosen = self.current_id()
        self.combo.blockSignals(True)
        try:
            while self.combo.count() > 1:
                self.combo.removeItem(1)
            for ident, name in items:
                self.combo.addItem(name, ident)
        finally:
            self.combo.blockSignals(False)
        self.set_current_id(chosen)

    def add_and_select(self, ident: int, name: str) -> None:
        """A record just created: add it and choose it."""
        if self.combo.findData(ident, _ID_ROLE) < 0:
            self.combo.addItem(name, ident)
        self.set_current_id(ident)

    def set_current_id(self, ident: int | None) -> None:
        index = 0 if ident is None else self.combo.findData(ident, _ID_ROLE)
        if index < 0 and ident is not None:
            # Not among the choices (removed since?): keep it rather than drop it silently.
            self.combo.addItem(filled(self.tr("Unknown (#%1)"), str(ident)), ident)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)
        self.combo.setEditText(self.combo.itemText(index))
        self._text_changed(self.combo.currentText())

    def current_id(self) -> int | None:
        """The chosen record's id; None for "none" and for a name that matches nothing."""
        index = self._matching_index()
        ident = _NONE if index is None else self.combo.itemData(index, _ID_ROLE)
        return None if ident == _NONE else int(ident)

    def unmatched_text(self) -> str:
        """What was typed when it names no record ("" when it does, or names none)."""
        return self.combo.currentText().strip() if self._matching_index() is None else ""

    def _matching_index(self) -> int | None:
        text = self.combo.currentText().strip()
        if not text or text == self._none_text:
            return 0
        current = self.combo.currentIndex()
        if current > 0 and self.combo.itemText(current) == text:
            return current  # two records may share a name; the one picked wins
        folded = text.casefold()
        for row in range(1, self.combo.count()):
            if self.combo.itemText(row).strip().casefold() == folded:
                return row
        return None

    def _text_changed(self, _text: str) -> None:
        name = self.unmatched_text()
        if self._can_create and name:
            shown = name if len(name) <= _MAX_BUTTON_NAME else name[: _MAX_BUTTON_NAME - 1] + "…"
            self.create_button.setText(filled(self.tr("Create “%1”"), shown))
            self.create_button.setToolTip(filled(self.tr("Create “%1”"), name))
            self.create_button.show()
        else:
            self.create_button.hide()
        self.selection_changed.emit()

    def _create_clicked(self) -> None:
        name = self.unmatched_text()
        if name:
            self.create_requested.emit(name)
