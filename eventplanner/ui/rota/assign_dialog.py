"""Assign people…: the contacts with their skills, narrowed as one types, those who have a
skill the shift requires first; the chosen ones are put on the shift by the window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.rota import Shift, skill_key
from eventplanner.ui.rota.rota_models import PeopleModel, Person
from eventplanner.ui.rota.rota_texts import day_text, shift_title, span_text
from eventplanner.ui.wording import filled


class AssignDialog(QDialog):
    def __init__(self, shift: Shift, people: Sequence[Person], on_shift: Sequence[int],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(filled(self.tr("Assign people: %1"), shift_title(shift)))
        self._people = with_skill_first([p for p in people if p.contact_id not in on_shift],
                                         shift)  # fmt: skip
        about = filled(self.tr("%1, %2 %3"), shift_title(shift), day_text(shift.start.date()),
                       span_text(shift))  # fmt: skip
        if shift.skills:
            about += "\n" + filled(self.tr("Requires: %1"), ", ".join(shift.skills))
        heading = QLabel(about)
        heading.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a person or a skill"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._narrow)
        self.model = PeopleModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Assign"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(heading)
        box.addWidget(self.search)
        box.addWidget(self.table, 1)
        box.addWidget(buttons)
        self._narrow("")
        self.table.setColumnWidth(0, self.fontMetrics().averageCharWidth() * 28)
        self.resize(self.fontMetrics().averageCharWidth() * 70, 460)

    def _narrow(self, text: str) -> None:
        words = text.casefold().split()
        self.model.set_people([
            p for p in self._people
            if all(w in p.name.casefold() or any(w in s.casefold() for s in p.skills)
                   for w in words)
        ], in_order=True)  # fmt: skip
        if self.model.rowCount():
            self.table.selectRow(0)

    def chosen(self) -> list[Person]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [p for r in rows if (p := self.model.row_at(r)) is not None]


def with_skill_first(people: Sequence[Person], shift: Shift) -> list[Person]:
    """Those with a skill the shift requires first, then the others, each by name."""
    wanted = {skill_key(s) for s in shift.skills}
    return sorted(people, key=lambda p: (not wanted & {skill_key(s) for s in p.skills},
                                         p.name.casefold()))  # fmt: skip
