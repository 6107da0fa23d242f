"""An event's stand at a fair: the stand's own fields and opening hours at the top, and its
lists in tabs (co-exhibitors, deadlines, badges, materials). Every change goes through the
undo stack and is written by the stand's service off the GUI thread; the stand is read
again after each write that touches it (its own or another's)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.fair_deadline_moves import DeadlineStep
from eventplanner.domain.stand import (
    CoExhibitor,
    Stand,
    StandDeadline,
    shares_total,
)
from eventplanner.ui.events.undo import EventCommand, save_then_push
from eventplanner.ui.planner import Planner
from eventplanner.ui.stand.deadline_moves import AskMoves, confirm_deadline_moves, moved_notice
from eventplanner.ui.stand.list_page import ListPage
from eventplanner.ui.stand.record_dialog import RecordDialog
from eventplanner.ui.stand.stand_editors import StandEditors
from eventplanner.ui.stand.stand_export import StandExport
from eventplanner.ui.stand.stand_header import StandHeader
from eventplanner.ui.stand.stand_models import (
    CoExhibitorModel,
    DeadlineColumn,
    DeadlineModel,
    ExhibitorColumn,
    MaterialColumn,
    MaterialModel,
    StaffColumn,
    StaffModel,
)
from eventplanner.ui.stand.stand_undo import (
    EditStand,
    ListChange,
    ListChanges,
    done_text,
    owned_by,
    several_text,
)
from eventplanner.ui.stand.state_delegate import StateDelegate
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.changes import ChangeSet
    from eventplanner.services.stand.reading import StandView
    from eventplanner.services.workspace import Workspace

translate = QCoreApplication.translate
Names = list[tuple[int, str]]
Loaded = tuple["StandView", Names, Names]


def _read(event_id: int) -> Any:
    def read(workspace: Workspace) -> Loaded:
        view = workspace.stand.stand(event_id)
        organisations = [(o.id, o.name) for o in workspace.organisations.list()
                         if o.id is not None]  # fmt: skip
        contacts = [(c.id, c.name) for c in workspace.contacts.list() if c.id is not None]
        return view, organisations, contacts

    return read


def _watched() -> tuple[Any, ...]:
    from eventplanner.services.changes import Kind

    return (Kind.STAND, Kind.STAND_DEADLINE, Kind.CO_EXHIBITOR, Kind.EXHIBITOR_STAFF,
            Kind.STAND_MATERIAL, Kind.PHASE, Kind.ORGANISATION, Kind.CONTACT)  # fmt: skip


class StandWindow(QWidget):
    """The stand of one event."""

    loaded = Signal()
    """The stand was read (again) and is shown."""
    dialog_opened = Signal(object)
    """An editor of one record just opened (for tests)."""

    def __init__(
        self,
        planner: Planner,
        undo_stack: QUndoStack,
        event_id: int,
        *,
        actions: Sequence[QAction] = (),
        today: date | None = None,
        ask_moves: AskMoves | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``ask_moves``: the question before a deadline's save moves tasks (the tasks'
        ``move_preview.ask_moves``); without it the save goes ahead and the status line
        names what moved."""
        super().__init__(parent, Qt.WindowType.Window)
        self._planner = planner
        self._ask_moves = ask_moves
        self._stack = undo_stack
        self._event_id = event_id
        self.view: StandView | None = None
        self._organisations: Names = []
        self._contacts: Names = []
        self.editors = StandEditors(
            self, view=lambda: self.view, choices=lambda: (self._organisations, self._contacts),
            today=lambda: self.deadlines.today, submit=self._submit,
        )  # fmt: skip
        self.editors.opened.connect(self.dialog_opened)
        self.setWindowTitle(self.tr("Stand"))
        self.addActions(list(actions))

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.header = StandHeader()
        self.header.save_requested.connect(self._save_stand)
        self.status = QLabel()
        self.export = StandExport(planner, self, event_id)
        self.export.written.connect(
            lambda path: self.status.setText(filled(self.tr("Wrote %1"), path))
        )
        self.export_action = QAction(self.tr("E&xport for the fair organiser…"), self)
        self.export_action.setToolTip(
            self.tr("Co-exhibitors, badges, orders and deadlines, and materials as one .xlsx")
        )
        self.export_action.triggered.connect(self._export)
        export_button = QPushButton(self.export_action.text())
        export_button.setToolTip(self.export_action.toolTip())
        export_button.setAutoDefault(False)
        export_button.clicked.connect(self.export_action.trigger)
        self.export_action.enabledChanged.connect(export_button.setEnabled)

        self.exhibitors = CoExhibitorModel(self)
        self.exhibitors.state_chosen.connect(self._state_chosen)
        self.exhibitor_page = ListPage(
            self.exhibitors,
            self.tr("No co-exhibitor shares the stand yet. Add the member companies that "
                    "exhibit under the cluster: their share of the area or fee, quota and "
                    "what they bring."),
            add=lambda: self.editors.exhibitor(None), edit=self.editors.exhibitor,
            remove=self._remove_exhibitors,
            add_tip=self.tr("A member company sharing the stand"),
            stretch=ExhibitorColumn.BRINGS,
        )  # fmt: skip
        table = self.exhibitor_page.table
        table.setItemDelegateForColumn(ExhibitorColumn.STATE, StateDelegate(table))
        table.setEditTriggers(QAbstractItemView.EditTrigger.SelectedClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed)  # fmt: skip
        self.deadlines = DeadlineModel(self, today)
        self.deadlines.done_toggled.connect(self._done_toggled)
        self.tick_action = QAction(self.tr("&Tick done"), self)
        self.tick_action.setToolTip(self.tr("Tick the chosen deadlines done, or open them "
                                            "again (Space)"))  # fmt: skip
        self.tick_action.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.tick_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tick_action.triggered.connect(self.tick_chosen)
        self.deadline_page = ListPage(
            self.deadlines,
            self.tr("No deadlines yet. Add the fair organiser's deadlines from the exhibitor "
                    "manual: registration, catalogue text, electricity and furniture orders, "
                    "build-up slot, badge requests."),
            add=lambda: self.editors.deadline(None), edit=self.editors.deadline,
            remove=lambda chosen: self._remove(chosen), extra=[self.tick_action],
            stretch=DeadlineColumn.TITLE,
        )  # fmt: skip
        self.deadline_page.table.addAction(self.tick_action)
        self.staff = StaffModel(self)
        self.staff_page = ListPage(
            self.staff,
            self.tr("No one is named for a badge yet. Add the people working the stand, "
                    "the cluster's and each co-exhibitor's."),
            add=self.editors.staff, edit=None, remove=lambda chosen: self._remove(chosen),
            stretch=StaffColumn.COMPANY,
        )  # fmt: skip
        self.materials = MaterialModel(self)
        self.material_page = ListPage(
            self.materials,
            self.tr("Nothing on the materials list yet: roll-ups, screens, brochures, demo "
                    "kit, with who packs, ships and brings each back."),
            add=lambda: self.editors.material(None), edit=self.editors.material,
            remove=lambda chosen: self._remove(chosen), stretch=MaterialColumn.ITEM,
        )  # fmt: skip
        self.pages = (self.exhibitor_page, self.deadline_page, self.staff_page,
                      self.material_page)  # fmt: skip
        self.tabs = QTabWidget()
        for page in self.pages:
            self.tabs.addTab(page, "")
        self.tabs.setCornerWidget(export_button, Qt.Corner.TopRightCorner)
        self._name_tabs()
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.header)
        box.addWidget(line)
        box.addWidget(self.tabs, 1)
        box.addWidget(self.status)
        self.resize(1080, 720)
        planner.changed.connect(self._changed)
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self._planner.read(_read(self._event_id), self._loaded, key=f"stand-{id(self)}",
                           after_changes=True, on_error=self._gone)  # fmt: skip

    def _changed(self, changes: ChangeSet) -> None:
        from eventplanner.services.changes import Kind

        if changes.touches(*_watched()) or self._event_id in changes.ids(Kind.EVENT):
            self.reload()

    def _gone(self, message: str) -> None:
        self.view = None
        self.status.setText(message)
        for page in self.pages:
            page.shown(False)
        self.export_action.setEnabled(False)

    def _loaded(self, loaded: Loaded) -> None:
        view, organisations, contacts = loaded
        self.view = view
        self._organisations, self._contacts = organisations, contacts
        self.setWindowTitle(filled(self.tr("Stand: %1"), view.event_title))
        self.heading.setText(view.event_title)
        self.header.set_choices(organisations, contacts)
        stand = view.stand or Stand(None, view.event_id)
        self.header.set_stand(stand, shares_total(view.co_exhibitors))
        self.header.set_open_days(view.open_days)
        companies = {e.id: e.organisation_name for e in view.co_exhibitors if e.id is not None}
        fills: list[tuple[ListPage, Callable[[], None]]] = [
            (self.exhibitor_page, lambda: self.exhibitors.set_records(view.co_exhibitors)),
            (self.deadline_page, lambda: self.deadlines.set_deadlines(view.deadlines,
                                                                      companies)),
            (self.staff_page, lambda: self.staff.set_records(view.staff)),
            (self.material_page, lambda: self.materials.set_records(view.materials)),
        ]  # fmt: skip
        for page, fill in fills:
            chosen = [r.id for r in page.chosen()]
            fill()
            page.shown(True)
            page.reselect(chosen)
        self._name_tabs()
        self.export_action.setEnabled(True)
        self.loaded.emit()

    def _name_tabs(self) -> None:
        names = (self.tr("Co-exhibitors (%1)"), self.tr("Deadlines (%1)"),
                 self.tr("Badges (%1)"), self.tr("Materials (%1)"))  # fmt: skip
        for index, (page, name) in enumerate(zip(self.pages, names, strict=True)):
            self.tabs.setTabText(index, filled(name, str(page.model.rowCount())))

    # -- writing ---------------------------------------------------------------------------

    def _push(self, command: EventCommand, on_saved: Any = None, on_refused: Any = None) -> None:
        def saved() -> None:
            moved = getattr(command, "moved", ())  # a deadline's write: the tasks it moved
            if moved:
                self.status.setText(moved_notice(moved))
            if on_saved is not None:
                on_saved()

        save_then_push(self._planner, self._stack, command, on_saved=saved,
                       on_refused=on_refused or self._refused)  # fmt: skip

    def _confirmed(self, steps: Sequence[DeadlineStep], go: Any, stop: Any = None) -> None:
        """``go`` once the tasks the deadlines' ``steps`` move are confirmed (``stop`` if
        declined)."""
        confirm_deadline_moves(self._planner, self, self._event_id, steps, self._ask_moves,
                               go, stop or (lambda: None))  # fmt: skip

    def _refused(self, message: str) -> None:
        self._planner.failed.emit(message)
        self.reload()

    def _save_stand(self, before: Stand, after: Stand) -> None:
        def refused(message: str) -> None:
            self.header.show_problem(message[:1].upper() + message[1:])

        self._push(EditStand(self._planner, before, after), on_refused=refused)

    def _state_chosen(self, exhibitor: CoExhibitor, state: Any) -> None:
        self._push(ListChange(self._planner, self._event_id, exhibitor,
                              replace(exhibitor, state=state)))  # fmt: skip

    def _done_toggled(self, deadline: StandDeadline) -> None:
        after = replace(deadline, done=not deadline.done)
        self._push(ListChange(self._planner, self._event_id, deadline, after,
                              text=done_text(after)))  # fmt: skip

    def tick_chosen(self) -> None:
        """Space: tick the chosen deadlines done (or open them again), in one step."""
        rows = sorted({i.row() for i in self.deadline_page.table.selectionModel().selectedRows()})
        flipped = [was for row in rows if (was := self.deadlines.flip(row)) is not None]
        if len(flipped) == 1:
            self._done_toggled(flipped[0])
        elif flipped:
            steps = [ListChange(self._planner, self._event_id, d, replace(d, done=not d.done))
                     for d in flipped]  # fmt: skip
            self._push(ListChanges(self._planner, several_text("tick", len(steps)), steps))

    def _remove(self, chosen: Sequence[Any], owned: Sequence[tuple[Any, ...]] = ()) -> None:
        """Take ``chosen`` off the stand in one step (with what each owns, if given)."""
        theirs = list(owned) or [() for _record in chosen]
        steps = [ListChange(self._planner, self._event_id, record, None, mine)
                 for record, mine in zip(chosen, theirs, strict=True)]  # fmt: skip

        def go() -> None:
            if len(steps) == 1:
                self._push(steps[0])
            elif steps:
                self._push(ListChanges(self._planner, several_text("remove", len(steps)), steps))

        deadlines: list[DeadlineStep] = [(d, None) for d in chosen if isinstance(d, StandDeadline)]
        if deadlines:
            self._confirmed(deadlines, go)
        else:
            go()

    def _remove_exhibitors(self, chosen: Sequence[CoExhibitor]) -> None:
        view = self.view
        if view is None or not chosen:
            return
        owned = [owned_by(view, e) for e in chosen]
        if any(owned):
            names = ", ".join(e.organisation_name for e in chosen)
            answer = QMessageBox.question(
                self, self.tr("Remove co-exhibitor"),
                filled(self.tr("Remove %1 from the stand with their own deadlines and people "
                               "on the badge list? You can undo it."), names),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._remove(chosen, owned)

    # -- the editors (``stand_editors``) -----------------------------------------------------

    @property
    def dialog(self) -> RecordDialog | None:
        return self.editors.dialog

    def _submit(self, before: Any, after: Any, done: Any, refused: Any) -> None:
        """Write a record saved in an editor; a deadline once the tasks it moves are
        confirmed (declined, the editor stays open and says nothing was saved)."""
        was = before if before.id is not None else None
        command = ListChange(self._planner, self._event_id, was, after)

        def go() -> None:
            self._push(command, on_saved=done, on_refused=refused)

        if not isinstance(after, StandDeadline):
            go()
            return
        kept = self.tr("Not saved: the deadline and its tasks are as they were.")
        self._confirmed([(was, after)], go, lambda: refused(kept))

    def _export(self) -> None:
        if self.view is not None:
            self.export.export(self.view.event_title)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editors.close()
        super().closeEvent(event)
