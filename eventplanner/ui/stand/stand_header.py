"""The stand's own fields at the top of the stand window: the fair organiser, hall, booth,
area, type and stand lead, checked as they are typed (a problem said under them in red;
Save waits until there is none), saved with Save or Enter and put back with Revert; and
the opening hours, read from the event's open-day phases."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.stand import MAX_AREA, MAX_TEXT, OpenDay, Stand, StandType
from eventplanner.ui.stand.record_dialog import chooser
from eventplanner.ui.stand.stand_texts import number_text, read_number, stand_type_label
from eventplanner.ui.text import day_text
from eventplanner.ui.widgets.notices import problems_label, quiet
from eventplanner.ui.wording import filled


class StandHeader(QWidget):
    """Shows a stand (``set_stand``) and asks for its changes to be saved."""

    save_requested = Signal(object, object)
    """(Stand as loaded, Stand as typed): Save pressed with no problem."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stand: Stand | None = None
        self._filling = False
        self.organiser = QComboBox()
        self.hall = QLineEdit()
        self.hall.setPlaceholderText(self.tr("e.g. Hall B"))
        self.booth = QLineEdit()
        self.booth.setPlaceholderText(self.tr("e.g. B:12"))
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("m²"))
        self.stand_type = QComboBox()
        for kind in StandType:
            self.stand_type.addItem(stand_type_label(kind), kind.value)
        self.lead = QComboBox()
        self.problems = problems_label(self)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.clicked.connect(self.revert)
        for button in (self.save_button, self.revert_button):
            button.setAutoDefault(False)
        self.hours = QLabel()
        self.hours.setTextFormat(Qt.TextFormat.PlainText)
        self.hours.setWordWrap(False)  # a day and its hours on one line, never broken
        self.hours.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Two short columns of fields and the opening hours beside them: the lists below
        # get the window's height. The fields are as wide as a name, not the window.
        widest = self.fontMetrics().averageCharWidth() * 42
        for field in (self.organiser, self.hall, self.booth, self.area, self.stand_type,
                      self.lead):  # fmt: skip
            field.setMaximumWidth(widest)
        left = QFormLayout()
        left.addRow(self.tr("Fair &organiser:"), self.organiser)
        left.addRow(self.tr("&Hall:"), self.hall)
        left.addRow(self.tr("&Booth:"), self.booth)
        right = QFormLayout()
        right.addRow(self.tr("&Area (m²):"), self.area)
        right.addRow(self.tr("&Type:"), self.stand_type)
        right.addRow(self.tr("Stand &lead:"), self.lead)
        for form in (left, right):
            form.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 2)
        hours_title = QLabel(self.tr("Opening hours:"))
        quiet(hours_title)
        hours_box = QVBoxLayout()
        hours_box.setSpacing(2)
        hours_box.addWidget(hours_title)
        hours_box.addWidget(self.hours)
        hours_box.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problems, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(28)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addLayout(hours_box, 0, 2)
        grid.addLayout(buttons, 1, 0, 1, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)

        for edit in (self.hall, self.booth, self.area):
            edit.textChanged.connect(lambda _text: self.check())
            edit.returnPressed.connect(self.save)
        for box in (self.organiser, self.stand_type, self.lead):
            box.currentIndexChanged.connect(lambda _index: self.check())
        self.shares = 0.0
        self.check()

    # -- showing ---------------------------------------------------------------------------

    def set_choices(
        self, organisations: Sequence[tuple[int, str]], contacts: Sequence[tuple[int, str]]
    ) -> None:
        """The organisations and contacts to choose from; what is chosen stays chosen."""
        self._filling = True
        for box, choices, none in ((self.organiser, organisations, self.tr("(none yet)")),
                                   (self.lead, contacts, self.tr("(no one yet)"))):  # fmt: skip
            kept, kept_name = box.currentData(), box.currentText()
            made = chooser(list(choices), None, none)
            box.clear()
            for index in range(made.count()):
                box.addItem(made.itemText(index), made.itemData(index))
            _choose(box, kept, kept_name)
        self._filling = False
        self.check()

    def set_stand(self, stand: Stand, shares: float) -> None:
        """Show ``stand`` (its co-exhibitors' shares ``shares`` m²); typing not yet saved
        is kept while the stand itself is unchanged."""
        unchanged = self._stand is not None and self._stand.version == stand.version
        self._stand = stand
        self.shares = shares
        if not (unchanged and self.changed()):
            self.revert()
        self.check()

    def set_open_days(self, days: Sequence[OpenDay]) -> None:
        if not days:
            self.hours.setText(
                self.tr("No open days yet: add the fair's open days as phases of the "
                        "programme (Programme → Phases…).")
            )  # fmt: skip
            return
        lines = [
            filled(self.tr("%1 %2–%3"), day_text(d.day, long=True), _clock(d.opens),
                   _clock(d.closes))
            for d in days
        ]  # fmt: skip
        self.hours.setText("\n".join(lines))

    def revert(self) -> None:
        stand = self._stand
        if stand is None or self._filling:
            return
        self._filling = True
        _choose(self.organiser, stand.organiser_id, stand.organiser_name)
        self.hall.setText(stand.hall)
        self.booth.setText(stand.booth)
        self.area.setText(number_text(stand.area))
        self.stand_type.setCurrentIndex(list(StandType).index(stand.stand_type))
        _choose(self.lead, stand.lead_contact_id, stand.lead_name)
        self._filling = False
        self.check()

    # -- checking and saving ---------------------------------------------------------------

    def typed(self) -> Stand | None:
        """The stand as typed (None while nothing is shown)."""
        if self._stand is None:
            return None
        try:
            area = read_number(self.area.text())
        except ValueError:
            area = self._stand.area
        return replace(
            self._stand,
            organiser_id=self.organiser.currentData(),
            organiser_name=self.organiser.currentText() if self.organiser.currentData() else "",
            hall=self.hall.text().strip(),
            booth=self.booth.text().strip(),
            area=area,
            stand_type=StandType(self.stand_type.currentData()),
            lead_contact_id=self.lead.currentData(),
            lead_name=self.lead.currentText() if self.lead.currentData() else "",
        )

    def changed(self) -> bool:
        typed = self.typed()
        stand = self._stand
        if typed is None or stand is None:
            return False
        fields = ("organiser_id", "hall", "booth", "area", "stand_type", "lead_contact_id")
        differs = any(getattr(typed, f) != getattr(stand, f) for f in fields)
        return differs or self.area.text().strip() != number_text(stand.area)

    def problem_texts(self) -> list[str]:
        problems = []
        try:
            area = read_number(self.area.text())
        except ValueError:
            problems.append(self.tr("The area is not a number of m² (e.g. 24 or 24,5)."))
            area = None
        if area is not None and not 0 < area <= MAX_AREA:
            problems.append(filled(self.tr("The area must be more than 0 and at most %1 m²."),
                                   number_text(MAX_AREA)))  # fmt: skip
        elif area is not None and area < self.shares:
            problems.append(filled(
                self.tr("The stand cannot be %1 m²: its co-exhibitors' shares add up to "
                        "%2 m². Make their shares smaller first."),
                number_text(area), number_text(self.shares),
            ))  # fmt: skip
        for edit, what in ((self.hall, self.tr("The hall")), (self.booth, self.tr("The booth"))):
            if len(edit.text().strip()) > MAX_TEXT:
                problems.append(filled(self.tr("%1 is longer than 200 characters."), what))
        return problems

    def check(self) -> None:
        if self._filling:
            return
        problems = self.problem_texts()
        self.show_problem("\n".join(problems))
        ready = self._stand is not None
        self.save_button.setEnabled(ready and not problems and self.changed())
        self.revert_button.setEnabled(ready and self.changed())
        for widget in (self.organiser, self.hall, self.booth, self.area, self.stand_type,
                       self.lead):  # fmt: skip
            widget.setEnabled(ready)

    def show_problem(self, text: str) -> None:
        self.problems.setText(text)
        self.problems.setVisible(bool(text))

    def save(self) -> None:
        typed = self.typed()
        if typed is None or self._stand is None or self.problem_texts() or not self.changed():
            return
        self.save_requested.emit(self._stand, typed)


def _choose(box: QComboBox, ident: int | None, name: str) -> None:
    found = box.findData(ident) if ident is not None else 0
    if found < 0:
        box.addItem(name, ident)
        found = box.count() - 1
    box.setCurrentIndex(found)


def _clock(moment: datetime) -> str:
    return f"{moment:%H:%M}"
