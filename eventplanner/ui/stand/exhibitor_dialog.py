"""One co-exhibitor on the stand: the organisation (fixed once saved), its contact, a share
of the area or a fixed fee, its staff and badge quota, what it brings (power and floor it
needs) and its state. Checked as it is typed: a share beyond what the stand has left, a
share and a fee both, a number that is none."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from eventplanner.domain.exhibitor_quotas import badged
from eventplanner.domain.stand import (
    MAX_AREA,
    MAX_FEE,
    MAX_POWER,
    MAX_QUOTA,
    CoExhibitor,
    ExhibitorStaff,
    ExhibitorState,
    shares_total,
)
from eventplanner.ui.stand.record_dialog import RecordDialog, chooser
from eventplanner.ui.stand.stand_texts import exhibitor_state_label, number_text, read_number
from eventplanner.ui.wording import filled

translate = QCoreApplication.translate


class ExhibitorDialog(RecordDialog):
    """Add or edit ``exhibitor`` on a stand of ``stand_area`` m² beside ``others``."""

    def __init__(
        self,
        exhibitor: CoExhibitor,
        organisations: Sequence[tuple[int, str]],
        contacts: Sequence[tuple[int, str]],
        *,
        stand_area: float | None,
        others: Sequence[CoExhibitor],
        named: Sequence[ExhibitorStaff] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``named``: the stand's people (its badge quota cannot be less than the badges
        named for it)."""
        new = exhibitor.id is None
        super().__init__(
            translate("ExhibitorDialog", "Add a co-exhibitor")
            if new
            else translate("ExhibitorDialog", "Co-exhibitor"),
            parent,
        )
        self._exhibitor = exhibitor
        self._stand_area = stand_area
        self._others = [o for o in others if o.id != exhibitor.id]
        self._badged = badged(exhibitor.id, named) if exhibitor.id is not None else []
        taken = {o.organisation_id for o in self._others}
        free = [(i, n) for i, n in organisations if i not in taken]
        if not new and exhibitor.organisation_id not in {i for i, _n in free}:
            free.insert(0, (exhibitor.organisation_id, exhibitor.organisation_name))
        self.organisation = chooser(free, None if new else exhibitor.organisation_id)
        self.organisation.setEnabled(new)  # a saved co-exhibitor keeps its organisation
        self.contact = chooser(list(contacts), exhibitor.contact_id, self.tr("(no one)"))
        self.area = QLineEdit(number_text(exhibitor.area))
        self.area.setPlaceholderText(self.tr("m², or leave empty and give a fee"))
        self.fee = QLineEdit("" if exhibitor.fee is None else f"{exhibitor.fee:f}")
        self.fee.setPlaceholderText(self.tr("SEK, or leave empty and give an area"))
        self.staff = QSpinBox()
        self.badges = QSpinBox()
        for spin, value in ((self.staff, exhibitor.staff_quota),
                            (self.badges, exhibitor.badge_quota)):  # fmt: skip
            spin.setRange(0, MAX_QUOTA)
            spin.setValue(value)
        self.brings = QLineEdit(exhibitor.brings)
        self.brings.setPlaceholderText(self.tr("e.g. a robot cell and a demo screen"))
        self.power = QLineEdit(number_text(exhibitor.power_kw))
        self.power.setPlaceholderText(self.tr("kW"))
        self.floor = QLineEdit(number_text(exhibitor.floor_m2))
        self.floor.setPlaceholderText(self.tr("m² of floor for what it brings"))
        self.state = QComboBox()
        for state in ExhibitorState:
            self.state.addItem(exhibitor_state_label(state), state.value)
        self.state.setCurrentIndex(list(ExhibitorState).index(exhibitor.state))
        self.notes = QLineEdit(exhibitor.notes)
        form = self.form
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Contact:"), self.contact)
        form.addRow(self.tr("&Area (m²):"), self.area)
        form.addRow(self.tr("&Fee (SEK):"), self.fee)
        form.addRow(self.tr("&Staff quota:"), self.staff)
        form.addRow(self.tr("&Badge quota:"), self.badges)
        form.addRow(self.tr("B&rings:"), self.brings)
        form.addRow(self.tr("&Power (kW):"), self.power)
        form.addRow(self.tr("F&loor (m²):"), self.floor)
        form.addRow(self.tr("S&tate:"), self.state)
        form.addRow(self.tr("&Notes:"), self.notes)
        for edit in (self.area, self.fee, self.power, self.floor, self.brings, self.notes):
            edit.textChanged.connect(lambda _text: self.check())
        self.organisation.currentIndexChanged.connect(lambda _index: self.check())
        self.badges.valueChanged.connect(lambda _value: self.check())
        self.finish_layout()

    def _fee(self) -> Decimal | None:
        typed = self.fee.text().strip().replace(" ", "").replace("\u00a0", "")
        if not typed:
            return None
        value = Decimal(typed.replace(",", "."))
        if not value.is_finite():
            raise InvalidOperation(typed)
        return value.quantize(Decimal("0.01"))

    def record(self) -> CoExhibitor:
        return replace(
            self._exhibitor,
            organisation_id=self.organisation.currentData() or 0,
            organisation_name=self.organisation.currentText(),
            contact_id=self.contact.currentData(),
            contact_name=self.contact.currentText() if self.contact.currentData() else "",
            area=read_number(self.area.text()),
            fee=self._fee(),
            staff_quota=self.staff.value(),
            badge_quota=self.badges.value(),
            brings=self.brings.text().strip(),
            power_kw=read_number(self.power.text()),
            floor_m2=read_number(self.floor.text()),
            state=ExhibitorState(self.state.currentData()),
            notes=self.notes.text().strip(),
        )

    def _measure(self, edit: QLineEdit, what: str, limit: float) -> tuple[float | None, str]:
        try:
            value = read_number(edit.text())
        except ValueError:
            return None, filled(self.tr("%1 is not a number (e.g. 12 or 12,5)."), what)
        if value is not None and not 0 < value <= limit:
            return None, filled(self.tr("%1 must be more than 0 and at most %2."), what,
                                number_text(limit))  # fmt: skip
        return value, ""

    def problem_texts(self) -> list[str]:
        problems: list[str] = []
        if self.organisation.currentData() is None:
            problems.append(self.tr("Choose the organisation sharing the stand."))
        area, problem = self._measure(self.area, self.tr("The area"), MAX_AREA)
        problems += [problem] if problem else []
        for edit, what, limit in ((self.power, self.tr("The power"), MAX_POWER),
                                  (self.floor, self.tr("The floor"), MAX_AREA)):  # fmt: skip
            _value, problem = self._measure(edit, what, limit)
            problems += [problem] if problem else []
        try:
            fee = self._fee()
        except InvalidOperation:
            problems.append(self.tr("The fee is not an amount of SEK (e.g. 15000)."))
            fee = None
        if fee is not None and not 0 <= fee <= MAX_FEE:
            problems.append(filled(self.tr("The fee must be 0 to %1 SEK."), str(MAX_FEE)))
        if area is not None and fee is not None:
            problems.append(self.tr("Give a share of the area or a fixed fee, not both."))
        if self.badges.value() < len(self._badged):
            problems.append(filled(
                self.tr("Badges are named for %1 of its people (%2): the badge quota cannot "
                        "be less."),
                len(self._badged), ", ".join(s.name for s in self._badged),
            ))  # fmt: skip
        if area is not None and self._stand_area is not None and not problems:
            taken = shares_total(self._others)
            if taken + area > self._stand_area:
                left = max(self._stand_area - taken, 0.0)
                problems.append(filled(
                    self.tr("The stand is %1 m² and the other co-exhibitors have %2 m²: "
                            "%3 m² is left."),
                    number_text(self._stand_area), number_text(taken), number_text(left),
                ))  # fmt: skip
        return problems
