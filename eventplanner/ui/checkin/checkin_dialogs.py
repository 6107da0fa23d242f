"""The door's two small forms: a walk-in (name, e-mail, organisation; Enter registers
them as attended) and a paper list typed or pasted in afterwards (one name or e-mail a
line, each found among the event's registrations before anything is written)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.checkin import DoorRow, badge_person, folded
from eventplanner.domain.model import Contact, Organisation
from eventplanner.ui.widgets.notices import FieldError
from eventplanner.ui.wording import filled


class WalkInDialog(QDialog):
    """Who walked in: a name (needed), an e-mail and an organisation from the known ones."""

    def __init__(
        self, organisations: Sequence[Organisation], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Walk-in"))
        self._organisations = list(organisations)
        self.name = QLineEdit(self)
        self.email = QLineEdit(self)
        self.organisation = QComboBox(self)
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.addItem("", None)
        for made in self._organisations:
            self.organisation.addItem(made.name, made.id)
        self.organisation.setCurrentIndex(0)
        self.problem = FieldError(self)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register as arrived"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(QLabel(self.tr("Registered for the event and marked attended at once."),
                             self))  # fmt: skip
        box.addLayout(form)
        box.addWidget(self.problem)
        box.addWidget(buttons)
        self.person: Contact | None = None
        self.resize(420, self.sizeHint().height())

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.problem.show_message(self.tr("Type the person's name."))
            self.name.setFocus()
            return
        typed = self.organisation.currentText().strip()
        organisation = None
        if typed:
            found = [o for o in self._organisations if folded(o.name) == folded(typed)]
            if not found:
                self.problem.show_message(filled(
                    self.tr("There is no organisation called “%1”: pick one from the list, "
                            "or leave it empty and add it under Manage → Organisations later."),
                    typed))  # fmt: skip
                return
            organisation = found[0].id
        self.person = Contact(None, name, self.email.text().strip(), organisation_id=organisation)
        super().accept()


def people_on_list(rows: Sequence[DoorRow], text: str) -> tuple[list[DoorRow], list[str]]:
    """The registrations a paper list names, one a line (an e-mail, a name, a badge code;
    any case, accents aside), and the lines naming none or more than one."""
    found: list[DoorRow] = []
    unknown: list[str] = []
    for line in (x.strip() for x in text.splitlines()):
        if not line:
            continue
        person = badge_person(line)
        wanted = folded(line)
        named = [
            r for r in rows
            if r.contact_id == person or folded(r.email) == wanted or r.name_key == wanted
        ]  # fmt: skip
        if len(named) == 1:
            found.append(named[0])
        else:
            unknown.append(line)
    return found, unknown


class PaperListDialog(QDialog):
    """A paper list afterwards: names or e-mails, one a line, marked attended in one step."""

    def __init__(self, rows: Sequence[DoorRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attendance from a list"))
        self._rows = rows
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("One name or e-mail a line, as on the paper list"))
        self.problem = FieldError(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark attended"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addWidget(self.problem)
        box.addWidget(buttons)
        self.people: list[DoorRow] = []
        self.resize(460, 380)

    def accept(self) -> None:
        found, unknown = people_on_list(self._rows, self.text.toPlainText())
        if unknown:
            self.problem.show_message(filled(
                self.tr("Not one registration of this event: %1. Correct them, or remove the "
                        "lines; nothing was marked."), ", ".join(unknown)))  # fmt: skip
            return
        if not found:
            self.problem.show_message(self.tr("Type or paste at least one name or e-mail."))
            return
        self.people = found
        super().accept()
