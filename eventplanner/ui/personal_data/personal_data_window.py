"""Manage → Personal data…: find a person across all events (name, e-mail or
organisation), see everything held about them, export it (JSON, or a PDF for them to
read), anonymise or erase them (confirmed with what goes, undoable until the app closes),
and the retention of participants' data (``RetentionPanel``). Every read and write runs off
the GUI thread; the lists are read again after each change set touching people."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.services.changes import Kind
from eventplanner.services.personal_data.links import erase_effects
from eventplanner.services.personal_data.records import Forgotten, PersonHoldings
from eventplanner.services.registrations.records import Participant
from eventplanner.ui.events.undo import EventCommand, save_then_push
from eventplanner.ui.personal_data.personal_data_models import HoldingsModel, PeopleModel
from eventplanner.ui.personal_data.personal_data_texts import counts_text
from eventplanner.ui.personal_data.personal_data_undo import ForgetPerson
from eventplanner.ui.personal_data.retention_panel import RetentionPanel
from eventplanner.ui.planner import Planner
from eventplanner.ui.widgets.alive import while_alive
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.changes import ChangeSet
    from eventplanner.services.workspace import Workspace


class PersonalDataWindow(QWidget):
    """Everything held about people, across all events."""

    found = Signal()
    """The people matching the search were read (again) and are shown."""
    shown = Signal()
    """The chosen person's holdings were read (again) and are shown."""
    exported = Signal(str)
    """A file was written: its path."""

    def __init__(self, planner: Planner, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent, Qt.WindowType.Window)
        self._planner = planner
        self._stack = undo_stack
        self.holdings: PersonHoldings | None = None
        self.setWindowTitle(self.tr("Personal data"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a person by name, e-mail or organisation"))
        self.search.setClearButtonEnabled(True)
        self.people_model = PeopleModel(self)
        self.people = self._table(self.people_model)
        self.person = QLabel(self.tr("Choose a person to see what is held about them."), self)
        self.person.setWordWrap(True)
        self.person.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.held_model = HoldingsModel(self)
        self.held = self._table(self.held_model)
        self.json_button = QPushButton(self.tr("Export JSON…"), self)
        self.pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.anonymise_button = QPushButton(self.tr("Anonymise…"), self)
        self.erase_button = QPushButton(self.tr("Erase…"), self)
        self.anonymise_button.setToolTip(self.tr(
            "Drop the name, e-mail, phone, title and needs; keep the registrations and the "
            "organisation, so the reports count the same"))  # fmt: skip
        self.erase_button.setToolTip(self.tr(
            "Delete the person and their registrations; cannot be undone once Eventplanner "
            "is closed"))  # fmt: skip
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.retention = RetentionPanel(planner, self._push, self)
        self.undo_action = undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([self.undo_action, self.redo_action])
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)
        self._lay_out()
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self._typing.timeout.connect(self.find_people)
        self.people.selectionModel().selectionChanged.connect(lambda *_: self.show_chosen())
        self.json_button.clicked.connect(self.ask_json)
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.anonymise_button.clicked.connect(lambda: self.ask_forget(erase=False))
        self.erase_button.clicked.connect(lambda: self.ask_forget(erase=True))
        # A method of the window's own, so that Qt disconnects it when the window is
        # deleted (a wrapped callback would keep the connection, and the window, alive).
        planner.changed.connect(self._changed)
        self.resize(980, 720)
        self._enable()
        self.find_people()
        self.retention.reload()

    def _table(self, model: PeopleModel | HoldingsModel) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _lay_out(self) -> None:
        left = QWidget(self)
        finding = QVBoxLayout(left)
        finding.setContentsMargins(0, 0, 0, 0)
        finding.addWidget(self.search)
        finding.addWidget(self.people, 1)
        right = QWidget(self)
        showing = QVBoxLayout(right)
        showing.setContentsMargins(0, 0, 0, 0)
        showing.addWidget(self.person)
        showing.addWidget(self.held, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.json_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.anonymise_button)
        buttons.addWidget(self.erase_button)
        showing.addLayout(buttons)
        showing.addWidget(self.notice)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([440, 740])
        box = QVBoxLayout(self)
        box.addWidget(split, 3)
        box.addWidget(self.retention, 2)

    # -- reading ---------------------------------------------------------------------------

    def find_people(self) -> None:
        text = self.search.text()

        def read(workspace: Workspace) -> list[Participant]:
            return workspace.personal_data.find(text)

        self._planner.read(read, while_alive(self, self._found), key=f"find-{id(self)}",
                           after_changes=True)  # fmt: skip

    def _found(self, found: list[Participant]) -> None:
        chosen = self.chosen_person()
        self.people_model.set_rows(found)
        self.people.resizeColumnsToContents()
        for row, person in enumerate(found):
            if person.contact.id == chosen:
                self.people.selectRow(row)
        if chosen is not None and all(p.contact.id != chosen for p in found):
            self._show(None)
        self.found.emit()

    def chosen_person(self) -> int | None:
        rows = self.people.selectionModel().selectedRows()
        found = self.people_model.row_at(rows[0].row()) if rows else None
        return found.contact.id if found is not None else None

    def choose(self, contact_id: int) -> None:
        for row, person in enumerate(self.people_model.rows()):
            if person.contact.id == contact_id:
                self.people.selectRow(row)
                return

    def show_chosen(self) -> None:
        chosen = self.chosen_person()
        if chosen is None:
            self._show(None)
            return

        def read(workspace: Workspace) -> PersonHoldings:
            return workspace.personal_data.holdings(chosen)

        self._planner.read(read, while_alive(self, self._show), key=f"held-{id(self)}",
                           after_changes=True, on_error=lambda _e: self._show(None))  # fmt: skip

    def _show(self, held: PersonHoldings | None) -> None:
        self.holdings = held
        self.held_model.set_rows(held.records if held is not None else ())
        self.held.resizeColumnsToContents()
        self.held.setColumnWidth(1, min(self.held.columnWidth(1), 240))
        if held is None:
            self.person.setText(self.tr("Choose a person to see what is held about them."))
        else:
            person = dict(held.person)
            organisation = dict(held.organisation or ()).get("name") or self.tr("no organisation")
            parts = [f"<b>{_escaped(held.name)}</b>"]
            parts += [_escaped(str(person[k])) for k in ("email", "phone", "title") if person[k]]
            parts.append(_escaped(str(organisation)))
            if held.anonymised:
                when = str(person["anonymised_at"])[:10]
                parts.append(filled(self.tr("anonymised %1"), when))
            if held.feeds:
                parts.append(filled(self.tr("followed by the feeds %1"), ", ".join(held.feeds)))
            self.person.setText(" · ".join(parts))
        self._enable()
        self.shown.emit()

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches(Kind.CONTACT, Kind.REGISTRATION, Kind.ORGANISATION, Kind.SETTING):
            self.find_people()
            self.show_chosen()
            self.retention.reload()

    def _enable(self) -> None:
        held = self.holdings is not None
        for button in (self.json_button, self.pdf_button, self.erase_button):
            button.setEnabled(held)
        self.anonymise_button.setEnabled(held and not (self.holdings and self.holdings.anonymised))

    # -- exporting -------------------------------------------------------------------------

    def _file_name(self, suffix: str) -> str:
        name = self.holdings.name if self.holdings is not None else ""
        return filled(self.tr("Personal data %1.%2"), name, suffix).replace("/", "-")

    def ask_json(self) -> None:
        path, _kind = QFileDialog.getSaveFileName(
            self, self.tr("Export personal data as JSON"), self._file_name("json"),
            self.tr("JSON (*.json)"))  # fmt: skip
        if path:
            self.export_json(Path(path))

    def export_json(self, path: Path) -> None:
        """Everything held about the chosen person, as JSON, written off the GUI thread."""
        if self.holdings is None:
            return
        ident = self.holdings.contact_id

        def write(workspace: Workspace) -> str:
            path.write_text(workspace.personal_data.export_json(ident), encoding="utf-8")
            return str(path)

        self._planner.read(write, while_alive(self, self.exported.emit), key=f"json-{id(self)}")

    def ask_pdf(self) -> None:
        path, _kind = QFileDialog.getSaveFileName(
            self, self.tr("Export personal data as PDF"), self._file_name("pdf"),
            self.tr("PDF (*.pdf)"))  # fmt: skip
        if path:
            self.export_pdf(Path(path))

    def export_pdf(self, path: Path, language: str | None = None) -> None:
        """A readable PDF of what is shown, in the window's language (or ``language``)."""
        from eventplanner.printing.personal_data import export_moment, personal_data_document
        from eventplanner.printing.render import write_pdf

        if self.holdings is None:
            return
        chosen = language or ("sv" if QLocale().language() is QLocale.Language.Swedish else "en")
        document = personal_data_document(self.holdings, at=export_moment(),
                                          language="sv" if chosen == "sv" else "en")  # fmt: skip
        try:
            write_pdf(document, path)
        except OSError as exc:
            self._planner.failed.emit(filled(self.tr("Cannot write %1: %2"), path,
                                             exc.strerror or exc))  # fmt: skip
            return
        self.exported.emit(str(path))

    # -- forgetting ------------------------------------------------------------------------

    def ask_forget(self, *, erase: bool) -> None:
        held = self.holdings
        if held is None:
            return
        counts = held.counts()
        counts["people"] = 1
        if erase:
            deleted, cleared = erase_effects(counts)
            title = self.tr("Erase a person")
            text = filled(self.tr(
                "Erase %1? This deletes:\n%2\n\nIt takes them off these, which stay:\n%3\n\n"
                "Where a registered seat frees, the first waiting moves up. You can undo this "
                "until Eventplanner is closed; after that it cannot be undone."),
                held.name, counts_text(deleted), counts_text(cleared) or "–")  # fmt: skip
        else:
            title = self.tr("Anonymise a person")
            text = filled(self.tr(
                "Anonymise %1? Their name, e-mail, phone, title, needs, skills and "
                "availability go; their %2 registrations and their organisation stay, so the "
                "reports count the same. You can undo this until Eventplanner is closed."),
                held.name, counts.get("registrations", 0))  # fmt: skip
        answer = QMessageBox.question(self, title, text)
        if answer == QMessageBox.StandardButton.Yes:
            self.forget(erase=erase)

    def forget(self, *, erase: bool) -> None:
        """Anonymise (or erase) the chosen person through the undo stack, without asking."""
        held = self.holdings
        if held is None:
            return
        self._push(ForgetPerson(self._planner, held.contact_id, held.name, erase=erase))

    def _push(self, command: EventCommand) -> None:
        def result(written: object) -> None:
            if not isinstance(written, Forgotten):
                return
            if written.promoted:
                names = ", ".join(line.name for line in written.promoted)
                self.notice.setText(filled(
                    self.tr("Moved up from the waitlist: %1. Tell them: %2"),
                    names, written.mailto))  # fmt: skip
            else:
                self.notice.setText(filled(self.tr("Done: %1 people. Edit → Undo puts them "
                                                   "back until Eventplanner is closed."),
                                           len(written.people)))  # fmt: skip
            self.notice.show()

        save_then_push(self._planner, self._stack, command,
                       on_refused=self._planner.failed.emit,
                       on_result=while_alive(self, result))  # fmt: skip


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
