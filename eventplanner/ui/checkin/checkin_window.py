"""Check-in at the door (View → Check-in…): a search field that keeps the focus, the event's
registrations narrowed as each letter is typed (in memory; the rows read and folded on the
reading thread), Enter marking the chosen one attended, a badge's QR code (a scanner types
``EP-P<person id>`` and Enter) finding its one person, a walk-in in two keystrokes
(Ctrl+N, type the name, Enter), and Ctrl+Z through the window's undo stack. Afterwards: a
paper list or many chosen rows marked attended in one step, the rest marked no-shows in one
step; badges and the attendance sheet as PDFs, written on the reading thread. All of it
is the local database: nothing needs a network."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.checkin import DoorRow, door_counts
from eventplanner.domain.document_words import Language
from eventplanner.domain.model import Organisation
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.services.changes import Kind
from eventplanner.ui.checkin.checkin_dialogs import PaperListDialog, WalkInDialog
from eventplanner.ui.checkin.checkin_model import CheckinModel
from eventplanner.ui.checkin.checkin_undo import MarkMany, WalkIn
from eventplanner.ui.events.undo import EventCommand, save_then_push
from eventplanner.ui.participants.participants_undo import ChangeRegistration
from eventplanner.ui.planner import Planner
from eventplanner.ui.widgets.alive import while_alive
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.changes import ChangeSet
    from eventplanner.services.registrations.attendance import DoorList
    from eventplanner.services.workspace import Workspace

Loaded = tuple["DoorList", list[Organisation]]
_MOVES = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


def _read(event_id: int) -> Callable[[Workspace], Loaded]:
    def read(workspace: Workspace) -> Loaded:
        return workspace.registrations.door_list(event_id), workspace.organisations.list()

    return read


class CheckinWindow(QWidget):
    """The door of one event."""

    loaded = Signal()
    """The registrations were read (again) and are shown."""
    told = Signal(str)
    """What the window told at its foot (a person arrived, a PDF written, a refusal)."""

    def __init__(self, planner: Planner, undo_stack: QUndoStack, event_id: int,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent, Qt.WindowType.Window)
        self._planner = planner
        self._stack = undo_stack
        self.event_id = event_id
        self.event_title = ""
        self.organisations: list[Organisation] = []
        self.setWindowTitle(self.tr("Check-in"))
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.counts = QLabel(self)
        big = self.counts.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.counts.setFont(big)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Type a name, organisation or e-mail, or scan a badge; Enter marks arrived")
        )
        self.search.setClearButtonEnabled(True)
        larger = self.search.font()
        larger.setPointSizeF(larger.pointSizeF() * 1.3)
        self.search.setFont(larger)
        self.model = CheckinModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search keeps the focus
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(3):  # never to contents: that would measure every row
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(3, 150)
        self.attend_button = QPushButton(self.tr("Mark arrived (Enter)"), self)
        self.walk_in_button = QPushButton(self.tr("Walk-in… (Ctrl+N)"), self)
        self.list_button = QPushButton(self.tr("From a paper list…"), self)
        self.no_show_button = QPushButton(self.tr("Mark the rest no-show…"), self)
        self.badges_button = QPushButton(self.tr("Badges PDF…"), self)
        self.sheet_button = QPushButton(self.tr("Attendance sheet PDF…"), self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.undo_action = undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.walk_in_action = QAction(self.tr("Walk-in…"), self)
        self.walk_in_action.setShortcut(QKeySequence.StandardKey.New)
        self.addActions([self.undo_action, self.redo_action, self.walk_in_action])
        self._lay_out()
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.attend_chosen)
        self.search.installEventFilter(self)
        self.attend_button.clicked.connect(self.attend_chosen)
        self.walk_in_action.triggered.connect(self.walk_in)
        self.walk_in_button.clicked.connect(self.walk_in)
        self.list_button.clicked.connect(self.from_paper_list)
        self.no_show_button.clicked.connect(self.ask_no_shows)
        self.badges_button.clicked.connect(lambda: self._ask_pdf(badges=True))
        self.sheet_button.clicked.connect(lambda: self._ask_pdf(badges=False))
        # A method of the window's own, so that Qt disconnects it when the window is
        # deleted (a wrapped callback would keep the connection, and the window, alive).
        planner.changed.connect(self._changed)
        self.resize(980, 640)
        self.search.setFocus()
        self._show_counts()
        self.reload()

    def _lay_out(self) -> None:
        doing = QHBoxLayout()
        doing.addWidget(self.attend_button)
        doing.addWidget(self.walk_in_button)
        doing.addStretch(1)
        doing.addWidget(self.list_button)
        doing.addWidget(self.no_show_button)
        printing = QHBoxLayout()
        printing.addWidget(self.notice, 1)
        printing.addWidget(self.badges_button)
        printing.addWidget(self.sheet_button)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.counts)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.search)
        box.addWidget(self.table, 1)
        box.addLayout(doing)
        box.addLayout(printing)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The search keeps the focus: the arrows move through the list, and Ctrl+Z is the
        window's undo (not the field's own)."""
        if watched is self.search and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            ):
                return True  # not taken by the field: the window's action has it
            if event.type() == QEvent.Type.KeyPress and Qt.Key(event.key()) in _MOVES:
                self.table.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self._planner.read(_read(self.event_id), while_alive(self, self._loaded),
                           key=f"checkin-{self.event_id}-{id(self)}",
                           after_changes=True)  # fmt: skip

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches(Kind.REGISTRATION, Kind.CONTACT, Kind.ORGANISATION) or (
            self.event_id in changes.ids(Kind.EVENT)
        ):
            self.reload()

    def _loaded(self, loaded: Loaded) -> None:
        listed, organisations = loaded
        self.event_title, self.organisations = listed.event_title, organisations
        self.setWindowTitle(filled(self.tr("Check-in: %1"), listed.event_title))
        chosen = {r.contact_id for r in self.chosen()}
        self.model.set_rows(listed.rows)
        self._select(chosen)
        self._show_counts()
        self.loaded.emit()

    def _show_counts(self) -> None:
        arrived, expected = door_counts(self.model.rows)
        self.title.setText(self.event_title)
        self.counts.setText(filled(self.tr("Arrived %1 of %2 expected"), arrived, expected))

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._select(set())

    def _select(self, people: set[int]) -> None:
        """Select those rows again, else the first: Enter marks it."""
        wanted = [n for n in range(self.model.rowCount())
                  if self.model.row(n).contact_id in people]  # fmt: skip
        if not wanted and self.model.rowCount():
            wanted = [0]
        selection = QItemSelection()
        for n in wanted:
            selection.select(self.model.index(n, 0), self.model.index(n, 3))
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        if wanted:
            first = self.model.index(wanted[0], 0)
            self.table.selectionModel().setCurrentIndex(first, flags.NoUpdate)
            self.table.scrollTo(first)

    def chosen(self) -> list[DoorRow]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row(n) for n in rows if n < self.model.rowCount()]

    # -- at the door -----------------------------------------------------------------------

    def attend_chosen(self) -> None:
        """Mark the chosen one (the first shown, unless others were chosen) arrived; many
        chosen are marked in one step."""
        chosen = self.chosen()
        if not chosen:
            self._tell(filled(self.tr("Nobody matches “%1”. Ctrl+N registers a walk-in."),
                              self.search.text().strip()))  # fmt: skip
            return
        coming = [r for r in chosen if not r.arrived]
        self.search.clear()
        self.search.setFocus()
        if not coming:
            self._tell(filled(self.tr("%1 has arrived already."), chosen[0].name))
            return
        if len(coming) == 1:
            row = coming[0]
            command = ChangeRegistration(
                self._planner, self.event_id, row.contact_id, row.name, cancel=False
            )
            self._push(command, filled(self.tr("Arrived: %1"), row.name), [row.contact_id])
        else:
            self._mark_many(coming)

    def _mark_many(self, rows: Sequence[DoorRow]) -> None:
        if not rows:
            self._tell(self.tr("They have all arrived already."))
            return
        command = MarkMany(self._planner, self.event_id, [r.contact_id for r in rows])
        self._push(command, filled(self.tr("Marked %1 people as attended."), len(rows)),
                   [r.contact_id for r in rows])  # fmt: skip

    def walk_in(self) -> None:
        """Ctrl+N: the walk-in's form; Enter registers them as arrived."""
        dialog = WalkInDialog(self.organisations, self)
        dialog.name.setText(self.search.text().strip())
        if dialog.exec() == WalkInDialog.DialogCode.Accepted and dialog.person is not None:
            self.search.clear()
            self._push(WalkIn(self._planner, self.event_id, dialog.person),
                       filled(self.tr("Walk-in arrived: %1"), dialog.person.name))  # fmt: skip
        self.search.setFocus()

    def from_paper_list(self) -> None:
        """Names or e-mails from a paper list, marked attended in one step."""
        dialog = PaperListDialog(self.model.rows, self)
        if dialog.exec() == PaperListDialog.DialogCode.Accepted:
            self._mark_many([r for r in dialog.people if not r.arrived])
        self.search.setFocus()

    def ask_no_shows(self) -> None:
        waiting = sum(1 for r in self.model.rows if r.status is RegistrationStatus.REGISTERED)
        if not waiting:
            self._tell(self.tr("Nobody registered is left to mark: everyone arrived."))
            return
        answer = QMessageBox.question(self, self.tr("Mark the rest no-show"), filled(
            self.tr("Mark the %1 registered who have not arrived as no-shows? "
                    "Undo takes it back."), waiting))  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.mark_no_shows()

    def mark_no_shows(self) -> None:
        self._push(MarkMany(self._planner, self.event_id, None),
                   self.tr("The rest marked as no-shows."))  # fmt: skip

    def _push(self, command: EventCommand, done: str, arrived: Sequence[int] = ()) -> None:
        """Save ``command`` and push it; once saved, tell ``done`` and show ``arrived`` (the
        people marked) so at once, before the list is read again."""

        def saved(_written: object) -> None:
            self.model.mark(set(arrived), RegistrationStatus.ATTENDED)
            self._show_counts()
            self._tell(done)

        save_then_push(self._planner, self._stack, command,
                       on_refused=while_alive(self, self._tell),
                       on_result=while_alive(self, saved))  # fmt: skip

    def _tell(self, text: str) -> None:
        self.notice.setText(text)
        self.told.emit(text)

    # -- printing --------------------------------------------------------------------------

    def _ask_pdf(self, *, badges: bool) -> None:
        name = filled(self.tr("Badges %1.pdf") if badges else self.tr("Attendance %1.pdf"),
                      self.event_title).replace("/", "-")  # fmt: skip
        path, _kind = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), name,
                                                  self.tr("PDF (*.pdf)"))  # fmt: skip
        if path:
            self.save_pdf(Path(path), badges=badges)
        self.search.setFocus()

    def save_pdf(self, path: Path, *, badges: bool) -> None:
        """Write the badges or the attendance sheet on the reading thread."""
        language: Language = "sv" if QLocale().language() is QLocale.Language.Swedish else "en"
        event_id = self.event_id

        def write(workspace: Workspace) -> int:
            from eventplanner.printing.badges import write_badges, write_sheet

            listed = workspace.registrations.door_list(event_id)
            return write_badges(listed, path) if badges else write_sheet(listed, path, language)

        def written(count: int) -> None:
            text = (self.tr("Wrote %1 badges to %2.") if badges
                    else self.tr("Wrote the attendance sheet (%1 pages) to %2."))  # fmt: skip
            self._tell(filled(text, count, path))

        def refused(message: str) -> None:
            self._tell(filled(self.tr("Cannot write %1: %2"), path, message))

        self._planner.read(write, while_alive(self, written), on_error=while_alive(self, refused))
