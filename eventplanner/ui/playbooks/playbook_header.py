"""The chosen playbook's own fields over its tasks: its name, whose it is, the kind of event
it suits, the language its tasks are written in and its description; for a shipped one, why
it cannot be changed and a button that makes the team's copy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.enums import EventKind
from eventplanner.ui.labels import kind_label
from eventplanner.ui.playbooks.playbook_texts import LANGUAGE_CHOICES, language_label
from eventplanner.ui.widgets.notices import Banner, quiet
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.playbooks.records import StoredPlaybook


class PlaybookHeader(QWidget):
    copy_requested = Signal()
    kind_chosen = Signal(object)
    """An EventKind, or None: any kind of event."""
    language_chosen = Signal(str)
    description_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored: StoredPlaybook | None = None
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = QLabel(self)
        quiet(self.detail)

        self.shipped = Banner("warning", self)
        self.copy_button = QPushButton(self.tr("Make an editable &copy…"), self)
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_requested.emit)
        shipped_row = QHBoxLayout()
        shipped_row.setContentsMargins(0, 0, 0, 0)
        shipped_row.addWidget(self.shipped, 1)
        shipped_row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.shipped_row = QFrame(self)
        self.shipped_row.setLayout(shipped_row)

        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("Any kind of event"), None)
        for kind in EventKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.language_combo = QComboBox(self)
        for language in LANGUAGE_CHOICES:
            self.language_combo.addItem(language_label(language), language)
        self.language_combo.setToolTip(
            self.tr("The tasks are made in this language; the table shows and edits their "
                    "titles and descriptions in it")
        )  # fmt: skip
        self.description_edit = QLineEdit(self)
        self.description_edit.setPlaceholderText(self.tr("What it is for, in a sentence"))
        kinds = QHBoxLayout()
        kinds.setContentsMargins(0, 0, 0, 0)
        kinds.addWidget(self.kind_combo)
        language_label_widget = QLabel(self.tr("&Tasks written in:"), self)
        language_label_widget.setBuddy(self.language_combo)
        kinds.addSpacing(12)
        kinds.addWidget(language_label_widget)
        kinds.addWidget(self.language_combo)
        kinds.addStretch(1)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        suits = QLabel(self.tr("&Suits:"), self)
        suits.setBuddy(self.kind_combo)
        form.addRow(suits, kinds)
        form.addRow(self.tr("&Description:"), self.description_edit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading)
        heading_row.addWidget(self.detail, 1, Qt.AlignmentFlag.AlignBaseline)
        layout.addLayout(heading_row)
        layout.addWidget(self.shipped_row)
        layout.addLayout(form)

        self.kind_combo.activated.connect(
            lambda _i: self.kind_chosen.emit(
                None if self.kind_combo.currentData() is None
                else EventKind(self.kind_combo.currentData())
            )
        )  # fmt: skip
        self.language_combo.activated.connect(
            lambda _i: self.language_chosen.emit(str(self.language_combo.currentData()))
        )
        self.description_edit.editingFinished.connect(self._description_done)
        self.show_playbook(None)

    def _description_done(self) -> None:
        stored = self._stored
        if stored is None or stored.built_in:
            return
        playbook = stored.playbook
        text = self.description_edit.text().strip()
        if text != playbook.description(playbook.language).strip():
            self.description_edited.emit(text)

    def show_playbook(self, stored: StoredPlaybook | None) -> None:
        """Show ``stored`` (None: nothing chosen); a shipped one's fields cannot be changed."""
        self._stored = stored
        editable = stored is not None and not stored.built_in
        for widget in (self.kind_combo, self.language_combo, self.description_edit):
            widget.setEnabled(editable)
        if stored is None:
            self.heading.setText(self.tr("No playbook chosen"))
            self.detail.setText("")
            self.shipped_row.hide()
            self.description_edit.setText("")
            return
        playbook = stored.playbook
        self.heading.setText(playbook.name)
        count = len(playbook.templates)
        tasks = self.tr("1 task") if count == 1 else filled(self.tr("%1 tasks"), count)
        self.detail.setText(
            filled(self.tr("Shipped with Eventplanner · %1"), tasks)
            if stored.built_in
            else filled(self.tr("Your team's playbook · %1"), tasks)
        )
        self.shipped.show_message(
            self.tr("This playbook ships with Eventplanner and stays as each new version ships "
                    "it. Make a copy to change it: the copy is your team's to edit, share and "
                    "apply, and the shipped one stays beside it.")
        )  # fmt: skip
        self.shipped_row.setVisible(stored.built_in)
        kind = playbook.event_kind.value if playbook.event_kind is not None else None
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(playbook.language), 0))
        if not self.description_edit.hasFocus() or not editable:
            self.description_edit.setText(playbook.description(playbook.language))
            self.description_edit.setCursorPosition(0)
