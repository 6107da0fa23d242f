"""The editors of the stand's smaller records: a deadline (its kind, day, title, whose it
is), a person named for a badge (their company) and an item on the materials checklist
(how many, who packs, ships and brings it back, where it is)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from eventplanner.domain.exhibitor_quotas import badge_problems, badged
from eventplanner.domain.stand import (
    MAX_NOTE,
    MAX_QUANTITY,
    MAX_TEXT,
    CoExhibitor,
    DeadlineKind,
    ExhibitorStaff,
    MaterialState,
    StandDeadline,
    StandMaterial,
)
from eventplanner.ui.qt_dates import day_of, qdate_of
from eventplanner.ui.stand.record_dialog import RecordDialog, chooser
from eventplanner.ui.stand.stand_texts import deadline_kind_label, material_state_label
from eventplanner.ui.widgets.day_edit import DayEdit
from eventplanner.ui.wording import filled

translate = QCoreApplication.translate
Choices = Sequence[tuple[int, str]]


def _too_long(edit: QLineEdit, limit: int) -> bool:
    return len(edit.text().strip()) > limit


class DeadlineDialog(RecordDialog):
    """A fair organiser's deadline, the stand's or a co-exhibitor's own."""

    def __init__(
        self, deadline: StandDeadline, exhibitors: Choices, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            translate("DeadlineDialog", "Add a deadline")
            if deadline.id is None
            else translate("DeadlineDialog", "Deadline"),
            parent,
        )
        self._deadline = deadline
        self.kind = QComboBox()
        for kind in DeadlineKind:
            self.kind.addItem(deadline_kind_label(kind), kind.value)
        self.kind.setCurrentIndex(list(DeadlineKind).index(deadline.kind))
        self.due = DayEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(qdate_of(deadline.due))
        self.title = QLineEdit(deadline.title)
        self.title.setPlaceholderText(self.tr("(the kind, if left empty)"))
        self.whose = chooser(list(exhibitors), deadline.co_exhibitor_id, self.tr("the stand"))
        self.done_box = QCheckBox(self.tr("Done"))
        self.done_box.setChecked(deadline.done)
        self.notes = QLineEdit(deadline.notes)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("D&ue:"), self.due)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&For:"), self.whose)
        self.form.addRow("", self.done_box)
        self.form.addRow(self.tr("&Notes:"), self.notes)
        for edit in (self.title, self.notes):
            edit.textChanged.connect(lambda _text: self.check())
        self.finish_layout(460)

    def record(self) -> StandDeadline:
        return replace(
            self._deadline,
            kind=DeadlineKind(self.kind.currentData()),
            due=day_of(self.due.date()),
            title=self.title.text().strip(),
            co_exhibitor_id=self.whose.currentData(),
            done=self.done_box.isChecked(),
            notes=self.notes.text().strip(),
        )

    def problem_texts(self) -> list[str]:
        problems = []
        if _too_long(self.title, MAX_TEXT):
            problems.append(self.tr("The title is longer than 200 characters."))
        if _too_long(self.notes, MAX_NOTE):
            problems.append(self.tr("The notes are longer than 4000 characters."))
        return problems


class StaffDialog(RecordDialog):
    """A person working the stand, as named on the badge, and whose staff they are."""

    def __init__(
        self,
        staff: ExhibitorStaff,
        exhibitors: Choices,
        parent: QWidget | None = None,
        *,
        quotas: Sequence[CoExhibitor] = (),
        named: Sequence[ExhibitorStaff] = (),
    ) -> None:
        """``quotas``: the co-exhibitors with their badge quotas, ``named``: the stand's
        people now (a badge beyond a quota is a problem before Save)."""
        super().__init__(translate("StaffDialog", "Add a person for a badge"), parent)
        self._staff = staff
        self._quotas = {e.id: e for e in quotas}
        self._named = list(named)
        self.name = QLineEdit(staff.name)
        self.name.setPlaceholderText(self.tr("as on the badge"))
        self.company = chooser(list(exhibitors), staff.co_exhibitor_id, self.tr("our own staff"))
        self.badge = QCheckBox(self.tr("Needs a badge from us"))
        self.badge.setChecked(staff.badge)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Company:"), self.company)
        self.form.addRow("", self.badge)
        self.name.textChanged.connect(lambda _text: self.check())
        self.company.currentIndexChanged.connect(lambda _index: self.check())
        self.badge.toggled.connect(lambda _on: self.check())
        self.finish_layout(420)

    def record(self) -> ExhibitorStaff:
        return replace(
            self._staff,
            name=self.name.text().strip(),
            co_exhibitor_id=self.company.currentData(),
            company=self.company.currentText(),
            badge=self.badge.isChecked(),
        )

    def problem_texts(self) -> list[str]:
        if not self.name.text().strip():
            return [self.tr("Give the person's name, as on the badge.")]
        if _too_long(self.name, MAX_TEXT):
            return [self.tr("The name is longer than 200 characters.")]
        return self._badge_problems()

    def _badge_problems(self) -> list[str]:
        exhibitor = self._quotas.get(self.company.currentData())
        if exhibitor is None or not badge_problems(exhibitor, "", self._named, self.record()):
            return []
        company = self.company.currentText()
        if exhibitor.badge_quota == 0:
            return [filled(self.tr("%1 has no badges to give (its badge quota is 0). Untick "
                                   "“Needs a badge from us”, or raise its badge quota first."),
                           company)]  # fmt: skip
        names = ", ".join(s.name for s in badged(exhibitor.id, self._named))
        return [filled(self.tr("All %1 badges of %2 are given (%3). Untick “Needs a badge "
                               "from us”, or raise its badge quota first."),
                       exhibitor.badge_quota, company, names)]  # fmt: skip


class MaterialDialog(RecordDialog):
    """An item on the materials checklist."""

    def __init__(
        self, material: StandMaterial, contacts: Choices, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            translate("MaterialDialog", "Add an item")
            if material.id is None
            else translate("MaterialDialog", "Item"),
            parent,
        )
        self._material = material
        self.item = QLineEdit(material.item)
        self.item.setPlaceholderText(self.tr("e.g. roll-up, screen, brochures, demo kit"))
        self.quantity = QSpinBox()
        self.quantity.setRange(1, MAX_QUANTITY)
        self.quantity.setValue(max(material.quantity, 1))
        no_one = self.tr("(no one)")
        self.packs = chooser(list(contacts), material.packer_id, no_one)
        self.ships = chooser(list(contacts), material.shipper_id, no_one)
        self.brings_back = chooser(list(contacts), material.returner_id, no_one)
        self.where = QComboBox()
        for state in MaterialState:
            self.where.addItem(material_state_label(state), state.value)
        self.where.setCurrentIndex(list(MaterialState).index(material.state))
        self.notes = QLineEdit(material.notes)
        self.form.addRow(self.tr("&Item:"), self.item)
        self.form.addRow(self.tr("&Quantity:"), self.quantity)
        self.form.addRow(self.tr("&Packs:"), self.packs)
        self.form.addRow(self.tr("&Ships:"), self.ships)
        self.form.addRow(self.tr("&Brings back:"), self.brings_back)
        self.form.addRow(self.tr("&Where it is:"), self.where)
        self.form.addRow(self.tr("&Notes:"), self.notes)
        for edit in (self.item, self.notes):
            edit.textChanged.connect(lambda _text: self.check())
        self.finish_layout(460)

    def record(self) -> StandMaterial:
        def name(box: QComboBox) -> str:
            return box.currentText() if box.currentData() is not None else ""

        return replace(
            self._material,
            item=self.item.text().strip(),
            quantity=self.quantity.value(),
            packer_id=self.packs.currentData(),
            shipper_id=self.ships.currentData(),
            returner_id=self.brings_back.currentData(),
            packer_name=name(self.packs),
            shipper_name=name(self.ships),
            returner_name=name(self.brings_back),
            state=MaterialState(self.where.currentData()),
            notes=self.notes.text().strip(),
        )

    def problem_texts(self) -> list[str]:
        problems = []
        if not self.item.text().strip():
            problems.append(self.tr("Name the item."))
        elif _too_long(self.item, MAX_TEXT):
            problems.append(self.tr("The item's name is longer than 200 characters."))
        if _too_long(self.notes, MAX_NOTE):
            problems.append(self.tr("The notes are longer than 4000 characters."))
        return problems


def blank_deadline(stand_id: int, today: date) -> StandDeadline:
    return StandDeadline(None, stand_id, DeadlineKind.REGISTRATION, today)
