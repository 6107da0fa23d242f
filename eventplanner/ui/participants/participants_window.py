"""An event's participants: its counts ("48 / 60, 5 waiting"), its registrations with the
waitlist in order, a person added (picked, or typed as a new one with an e-mail), a
registration cancelled (whoever moves up is named, with "Write e-mail" opening a mailto:
link in Outlook) or marked attended; a list imported from a spreadsheet, the list exported
and its e-mail addresses copied (``ParticipantSheets``). Each change goes through the undo
stack and is written off the GUI thread; the list is read again after each change set
touching it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.model import Contact
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.services.changes import Kind
from eventplanner.services.registrations.records import (
    EventRegistrations,
    Participant,
    RegistrationUndo,
    RegistrationWrite,
)
from eventplanner.services.registrations.sheet_records import ImportWrite
from eventplanner.ui.events.registration_counts import counts_text
from eventplanner.ui.events.undo import EventCommand, save_then_push
from eventplanner.ui.participants.participant_sheets import ParticipantSheets
from eventplanner.ui.participants.participants_model import RegistrationModel
from eventplanner.ui.participants.participants_undo import (
    ChangeRegistration,
    FillSeats,
    RegisterPerson,
)
from eventplanner.ui.participants.sheet_models import summary_text
from eventplanner.ui.planner import Planner
from eventplanner.ui.widgets.alive import while_alive
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.changes import ChangeSet
    from eventplanner.services.workspace import Workspace

Loaded = tuple[EventRegistrations, list[Participant]]


def _read(event_id: int) -> Callable[[Workspace], Loaded]:
    def read(workspace: Workspace) -> Loaded:
        return workspace.registrations.registrations(event_id), workspace.people.participants()

    return read


class ParticipantsWindow(QWidget):
    """The participants of one event."""

    loaded = Signal()
    """The registrations were read (again) and are shown."""
    written = Signal(object)
    """A registration was saved: its ``RegistrationWrite``."""

    def __init__(self, planner: Planner, undo_stack: QUndoStack, event_id: int,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent, Qt.WindowType.Window)
        self._planner = planner
        self._stack = undo_stack
        self.event_id = event_id
        self.registrations: EventRegistrations | None = None
        self.people: list[Participant] = []
        self.mailto = ""
        self.setWindowTitle(self.tr("Participants"))
        self.counts = QLabel(self)
        self.model = RegistrationModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # More than one row for "Copy e-mail addresses"; a change acts on one.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.person = QComboBox(self)
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        typing = self.person.lineEdit()
        assert typing is not None  # an editable combo box has one
        typing.setPlaceholderText(self.tr("Pick a person, or type a new name"))
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("E-mail of a new person"))
        self.add_button = QPushButton(self.tr("Register"), self)
        self.cancel_button = QPushButton(self.tr("Cancel registration"), self)
        self.attend_button = QPushButton(self.tr("Mark attended"), self)
        self.fill_button = QPushButton(self.tr("Fill free seats"), self)
        self.fill_button.setToolTip(
            self.tr("Move the waiting up into the seats free now (after the capacity was raised)")
        )
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setToolTip(self.tr("Register the people of a CSV or Excel list "
                                              "(a web form's export)"))  # fmt: skip
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Write the list with attendance to Excel or CSV"))
        self.copy_button = QPushButton(self.tr("Copy e-mail addresses"), self)
        self.copy_button.setToolTip(self.tr("Of the chosen rows, else of everyone not "
                                            "cancelled, for Outlook's To field"))  # fmt: skip
        self.sheets = ParticipantSheets(planner, undo_stack, self, event_id)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.write_button = QPushButton(self.tr("Write e-mail"), self)
        self.notice.hide()
        self.write_button.hide()
        self.undo_action = undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([self.undo_action, self.redo_action])
        self._lay_out()
        self.add_button.clicked.connect(self.add_person)
        self.cancel_button.clicked.connect(lambda: self.change_chosen(cancel=True))
        self.attend_button.clicked.connect(lambda: self.change_chosen(cancel=False))
        self.write_button.clicked.connect(self.write_email)
        self.fill_button.clicked.connect(
            lambda: self._push(FillSeats(self._planner, self.event_id))
        )
        self.import_button.clicked.connect(self.sheets.import_list)
        self.export_button.clicked.connect(
            lambda: self.sheets.export_list(self._title(), self.model.export_headers())
        )
        self.copy_button.clicked.connect(self.copy_emails)
        self.sheets.imported.connect(self._tell_imported)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        planner.changed.connect(self._changed)  # dropped by Qt when the window goes
        self.resize(860, 520)
        self._enable()
        self.reload()

    def _lay_out(self) -> None:
        adding = QHBoxLayout()
        adding.addWidget(self.person, 2)
        adding.addWidget(self.email, 2)
        adding.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.attend_button)
        buttons.addStretch(1)
        buttons.addWidget(self.fill_button)
        told = QHBoxLayout()
        told.addWidget(self.notice, 1)
        told.addWidget(self.write_button)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        top.addWidget(self.copy_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addLayout(adding)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        box.addLayout(told)

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self._planner.read(_read(self.event_id), while_alive(self, self._loaded),
                           key=f"participants-{self.event_id}-{id(self)}",
                           after_changes=True)  # fmt: skip

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches(Kind.REGISTRATION, Kind.CONTACT) or (
            self.event_id in changes.ids(Kind.EVENT)
        ):
            self.reload()

    def _loaded(self, loaded: Loaded) -> None:
        registrations, people = loaded
        self.registrations, self.people = registrations, people
        self.setWindowTitle(filled(self.tr("Participants: %1"), registrations.event_title))
        self.counts.setText(f"{registrations.event_title} · {counts_text(registrations.counts)}")
        chosen = self.chosen_person()
        self.model.set_lines(registrations.lines)
        self.table.resizeColumnsToContents()
        typed = self.person.currentText()
        self.person.blockSignals(True)
        self.person.clear()
        for p in people:
            self.person.addItem(self._person_text(p), p.contact.id)
        self.person.setCurrentIndex(-1)
        self.person.setEditText(typed)
        self.person.blockSignals(False)
        if chosen is not None:
            for row in range(self.model.rowCount()):
                if self.model.line(row).registration.contact_id == chosen:
                    self.table.selectRow(row)
        self._enable()
        self.loaded.emit()

    @staticmethod
    def _person_text(person: Participant) -> str:
        contact = person.contact
        return f"{contact.name} <{contact.email}>" if contact.email else contact.name

    # -- changing --------------------------------------------------------------------------

    def chosen_person(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.line(rows[0].row()).registration.contact_id if len(rows) == 1 else None

    def _enable(self) -> None:
        chosen = self.chosen_person() is not None
        self.copy_button.setEnabled(self.model.rowCount() > 0)
        self.cancel_button.setEnabled(chosen)
        self.attend_button.setEnabled(chosen)
        counts = self.registrations.counts if self.registrations is not None else None
        self.fill_button.setEnabled(counts is not None and counts.waiting > 0 and counts.free != 0)

    def add_person(self) -> None:
        """Register the person picked, or a new one with the name and e-mail typed."""
        typed = self.person.currentText().strip()
        if not typed:
            self._planner.failed.emit(self.tr("Pick a person, or type a new person's name."))
            return
        found = self._matching(typed)
        if len(found) > 1:
            self._planner.failed.emit(
                filled(self.tr("Several people are called “%1”: pick one from the list."), typed)
            )
            return
        if found:
            person = found[0].contact
            command = RegisterPerson(self._planner, self.event_id, person.id, None, person.name)
        else:
            new = Contact(None, typed, self.email.text().strip())
            command = RegisterPerson(self._planner, self.event_id, None, new, typed)
        self._push(command, cleared=True)

    def _matching(self, typed: str) -> list[Participant]:
        """The people the typed text names: one picked from the list, or typed by name or
        e-mail (any case), so that nobody is made twice."""
        wanted = typed.casefold()
        picked = [p for p in self.people if self._person_text(p).casefold() == wanted]
        return picked or [
            p for p in self.people
            if wanted in {p.contact.name.casefold(), p.contact.email.strip().casefold()}
        ]  # fmt: skip

    def change_chosen(self, *, cancel: bool) -> None:
        """Cancel the chosen registration, or mark it attended."""
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            return
        line = self.model.line(rows[0].row())
        command = ChangeRegistration(self._planner, self.event_id,
                                     line.registration.contact_id, line.name,
                                     cancel=cancel)  # fmt: skip
        self._push(command)

    def _push(self, command: EventCommand, *, cleared: bool = False) -> None:
        def result(written: object) -> None:
            if not isinstance(written, RegistrationWrite):
                return
            if cleared:
                self.person.setEditText("")
                self.email.clear()
            self._tell(written)
            self.written.emit(written)

        # An undo or redo may move someone up from the waitlist too: tell it the same way.
        command.on_result = while_alive(self, self._told)
        save_then_push(self._planner, self._stack, command,
                       on_refused=self._planner.failed.emit,
                       on_result=while_alive(self, result))  # fmt: skip

    def _told(self, result: object) -> None:
        if isinstance(result, RegistrationWrite | RegistrationUndo):
            self._tell(result)

    def _tell(self, written: RegistrationWrite | RegistrationUndo) -> None:
        """Whom a write (a cancellation, an undo that freed a seat) moved up from the
        waitlist, and the link to write to them."""
        self.mailto = written.mailto
        if not written.promoted:
            self.notice.hide()
            self.write_button.hide()
            return
        names = ", ".join(line.name for line in written.promoted)
        self.notice.setText(filled(self.tr("Moved up from the waitlist: %1. Tell them."), names))
        self.notice.show()
        self.write_button.setVisible(bool(written.mailto))

    def _title(self) -> str:
        return self.registrations.event_title if self.registrations is not None else ""

    def copy_emails(self) -> str:
        """The chosen rows' e-mail addresses, else those of everyone not cancelled, to the
        clipboard as Outlook's To field takes them; the text copied."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        lines = [self.model.line(r) for r in rows] or [
            line for line in self.model.lines()
            if line.registration.status is not RegistrationStatus.CANCELLED
        ]  # fmt: skip
        text = self.sheets.copy_emails([line.email for line in lines])
        count = len(text.split("; ")) if text else 0
        if count == 1:
            told = self.tr("Copied 1 e-mail address: paste it into Outlook's To field.")
        else:
            told = filled(self.tr("Copied %1 e-mail addresses: paste them into Outlook's To "
                                  "field."), str(count))  # fmt: skip
        self.notice.setText(told)
        self.notice.show()
        self.write_button.hide()
        return text

    def _tell_imported(self, written: object) -> None:
        if isinstance(written, ImportWrite):
            preview = written.preview
            self.notice.setText(filled(self.tr("Imported: %1"), summary_text(preview)))
            self.notice.show()
            self.write_button.hide()

    def write_email(self) -> None:
        """Open the e-mail program (Outlook) with the promoted people's addresses."""
        if self.mailto:
            QDesktopServices.openUrl(QUrl(self.mailto))
