"""The rota window's commands: make from a template, edit (this, following or all) and
delete a shift, put people on a shift (a reason asked beyond its need, or beyond a
co-exhibitor's staff quota at once) and take them off, print, and copy a person's rota feed
address. Each change is an undo command saved first (``save_then_push``), as the
programme's are."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMenu, QMessageBox

from eventplanner.domain.exhibitor_quotas import QuotaExcess, staff_quota_excess
from eventplanner.domain.feeds import Feed, FeedProgramme
from eventplanner.domain.rota import RotaTemplate, Scope, Shift, ShiftEdit, ShiftPerson
from eventplanner.services.rota.records import Rota
from eventplanner.ui.events.undo import EventCommand, save_then_push
from eventplanner.ui.planner import Planner
from eventplanner.ui.rota.rota_models import Person
from eventplanner.ui.rota.rota_texts import shift_title
from eventplanner.ui.rota.rota_undo import (
    Assign,
    DeleteShift,
    EditShifts,
    MakeRota,
    ShiftRefs,
    Unassign,
)
from eventplanner.ui.widgets.alive import while_alive
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace
    from eventplanner.ui.rota.rota_window import RotaWindow


class RotaEditing(QObject):
    def __init__(self, window: RotaWindow, planner: Planner, stack: QUndoStack,
                 feed_address: Callable[[str], str | None]) -> None:  # fmt: skip
        super().__init__(window)
        self._window = window
        self._planner = planner
        self._stack = stack
        self._feed_address = feed_address
        self.refs = ShiftRefs()
        """The shifts the window's steps in the history name."""
        self.dialog: QDialog | None = None
        """The dialog open over the window (one at a time)."""
        self.message = ""
        """What the last feed address or print said (also in the window's heading tip)."""

        def action(text: str, tip: str, act: Callable[[], object]) -> QAction:
            made = QAction(text, window)
            made.setToolTip(tip)
            made.triggered.connect(lambda _c=False: act())
            return made

        self.make_rota = action(self.tr("&Make rota from template…"),
                                self.tr("Build-up, open days in shifts and tear-down in a few "
                                        "inputs"), self.open_template)  # fmt: skip
        self.edit_shift = action(self.tr("&Edit shift…"),
                                 self.tr("Change this shift, the following ones or all of its "
                                         "slot"), self.edit_chosen)  # fmt: skip
        self.delete_shift = action(self.tr("&Delete shift"),
                                   self.tr("Delete the shift with its people (it can be undone)"),
                                   self.delete_chosen)  # fmt: skip
        self.delete_shift.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_shift.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.assign = action(self.tr("&Assign people…"),
                             self.tr("Put people on the shift (or drag them from the list)"),
                             self.open_assign)  # fmt: skip
        self.take_off_menu = QMenu(self.tr("&Take off"), window)
        self.take_off = self.take_off_menu.menuAction()
        self.take_off.setToolTip(self.tr("Take a person off the shift"))
        self.print_rota = action(self.tr("&Print rota…"),
                                 self.tr("A page per day and per person, as a PDF"),
                                 self.open_print)  # fmt: skip
        self.copy_feed = action(self.tr("&Copy feed address"),
                                self.tr("The chosen person's rota as a calendar to subscribe "
                                        "to in Outlook (Subscribe from web)"),
                                self.copy_feed_address)  # fmt: skip

    # -- enabling ----------------------------------------------------------------------------

    def enable(self, shift: Shift | None, rota: Rota | None, person_chosen: bool) -> None:
        self.make_rota.setEnabled(rota is not None)
        for made in (self.edit_shift, self.delete_shift, self.assign):
            made.setEnabled(shift is not None)
        self.print_rota.setEnabled(rota is not None and bool(rota.shifts))
        self.copy_feed.setEnabled(person_chosen)
        self.take_off_menu.clear()
        on = rota.people_on(shift.id) if rota is not None and shift is not None else ()
        self.take_off.setEnabled(bool(on))
        for person in on:
            made = self.take_off_menu.addAction(person.contact_name)
            made.triggered.connect(lambda _c=False, p=person: self.unassign(p.contact_id))

    # -- writing -----------------------------------------------------------------------------

    def _push(self, command: EventCommand, saved: Callable[[], None] | None = None,
              refused: Callable[[str], None] | None = None) -> None:  # fmt: skip
        save_then_push(self._planner, self._stack, command, on_saved=saved,
                       on_refused=refused or self._refused)  # fmt: skip

    def _refused(self, message: str) -> None:
        self._planner.failed.emit(message)
        self._window.reload()

    def _show(self, dialog: QDialog) -> None:
        self.close_dialogs()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        self.dialog = dialog
        dialog.show()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def close_dialogs(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None

    def open_template(self) -> QDialog | None:
        from eventplanner.ui.rota.template_dialog import TemplateDialog

        rota = self._window.rota
        if rota is None:
            return None

        def submit(template: RotaTemplate, saved: Callable[[], None],
                   refused: Callable[[str], None]) -> None:  # fmt: skip
            self._push(
                MakeRota(self._planner, self.refs, self._window.event_id, template), saved, refused
            )

        dialog = TemplateDialog(rota.event, submit, self._window)
        self._show(dialog)
        return dialog

    def edit_chosen(self) -> QDialog | None:
        from eventplanner.ui.rota.shift_dialog import ShiftDialog

        shift = self._window.chosen_shift()
        rota = self._window.rota
        if shift is None or shift.id is None or rota is None:
            return None
        ident = shift.id

        def submit(edit: ShiftEdit, scope: Scope, saved: Callable[[], None],
                   refused: Callable[[str], None]) -> None:  # fmt: skip
            def counted(ids: tuple[int, ...]) -> None:
                before = [s for i in ids if (s := rota.shift(i)) is not None]
                self._push(
                    EditShifts(self._planner, self.refs, shift, edit, scope, before), saved, refused
                )

            self._planner.read(lambda ws: ws.rota.edit_preview(ident, scope).shift_ids, counted,
                               after_changes=True, on_error=refused)  # fmt: skip

        dialog = ShiftDialog(shift, submit, self._window)
        self._show(dialog)

        def counts(workspace: Workspace) -> dict[Scope, int]:
            return {s: workspace.rota.edit_preview(ident, s).count for s in Scope}

        self._planner.read(counts, while_alive(dialog, dialog.set_counts),
                           key=f"rota-scopes-{id(self)}")  # fmt: skip
        return dialog

    def delete_chosen(self) -> None:
        shift = self._window.chosen_shift()
        rota = self._window.rota
        if shift is None or shift.id is None or rota is None:
            return
        people = rota.people_on(shift.id)
        question = filled(self.tr("Delete the shift “%1” with the %2 people on it? You can "
                                  "undo it."), shift_title(shift), len(people))  # fmt: skip
        answer = QMessageBox.question(
            self._window, self.tr("Delete shift"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self._push(DeleteShift(self._planner, self.refs, shift, people))

    def open_assign(self) -> QDialog | None:
        from eventplanner.ui.rota.assign_dialog import AssignDialog

        shift = self._window.chosen_shift()
        rota = self._window.rota
        if shift is None or rota is None:
            return None
        on = [p.contact_id for p in rota.people_on(shift.id)]
        dialog = AssignDialog(shift, self._window.people, on, self._window)
        dialog.accepted.connect(lambda: self.assign_people(shift, dialog.chosen()))
        self._show(dialog)
        return dialog

    def assign_id(self, shift_id: int, contact_id: int) -> None:
        """A person dropped on a shift."""
        rota = self._window.rota
        shift = rota.shift(shift_id) if rota is not None else None
        person = next((p for p in self._window.people if p.contact_id == contact_id), None)
        if shift is not None and person is not None:
            self.assign_people(shift, [person])

    def assign_people(self, shift: Shift, people: Sequence[Person]) -> None:
        """Put ``people`` on ``shift``, each one step to undo; beyond its need a reason is
        asked for (none given: that person is not put on it)."""
        rota = self._window.rota
        if rota is None or shift.id is None:
            return
        on = {p.contact_id for p in rota.people_on(shift.id)}
        have = len(on)
        added: list[ShiftPerson] = []  # (not read back yet: counted for the staff quota)
        for person in people:
            if person.contact_id in on:
                self._planner.failed.emit(filled(self.tr("%1 is already on “%2”."),
                                                 person.name, shift_title(shift)))  # fmt: skip
                continue
            excess = staff_quota_excess(shift, person.contact_id, rota.shifts,
                                        [*rota.people, *added], rota.quotas)  # fmt: skip
            reason: str | None = ""
            if have >= shift.needed:
                reason = self.reason_for(shift, person.name)
            elif excess is not None:
                reason = self.reason_beyond_quota(shift, person.name, excess)
            if reason is None:
                continue
            self._push(
                Assign(self._planner, self.refs, shift, person.contact_id, person.name, reason)
            )
            added.append(ShiftPerson(None, shift.id, person.contact_id, person.name))
            have += 1

    def reason_for(self, shift: Shift, name: str) -> str | None:
        """Why one more: asked of the coordinator; None when they give no reason."""
        text, ok = QInputDialog.getText(
            self._window, self.tr("Beyond the need"),
            filled(self.tr("“%1” already has the %2 people it needs. Why put %3 on it as "
                           "well?"), shift_title(shift), shift.needed, name),
            QLineEdit.EchoMode.Normal, "",
        )  # fmt: skip
        return text.strip() if ok and text.strip() else None

    def reason_beyond_quota(self, shift: Shift, name: str, excess: QuotaExcess) -> str | None:
        """Why one more of a co-exhibitor's people at once than its staff quota: asked of
        the coordinator; None when they give no reason."""
        text, ok = QInputDialog.getText(
            self._window, self.tr("Beyond the staff quota"),
            filled(self.tr("With %1 on “%2”, %3 would have %4 of its people on the stand at "
                           "once; its staff quota is %5. Why put %1 on it as well?"),
                   name, shift_title(shift), excess.company, excess.at_once, excess.quota),
            QLineEdit.EchoMode.Normal, "",
        )  # fmt: skip
        return text.strip() if ok and text.strip() else None

    def unassign(self, contact_id: int) -> None:
        shift = self._window.chosen_shift()
        rota = self._window.rota
        if shift is None or rota is None:
            return
        person = next((p for p in rota.people_on(shift.id) if p.contact_id == contact_id), None)
        if person is not None:
            self._push(Unassign(self._planner, self.refs, shift, person))

    # -- printing and the feed ---------------------------------------------------------------

    def open_print(self) -> QDialog | None:
        from eventplanner.ui.rota.print_rota import PrintRotaDialog

        rota = self._window.rota
        if rota is None:
            return None
        chosen = self._window.chosen_people()
        dialog = PrintRotaDialog(rota, chosen[0].contact_id if chosen else None, self._window)
        self._show(dialog)
        return dialog

    def copy_feed_address(self) -> None:
        """The chosen person's rota feed (made the first time), its address copied."""
        chosen = self._window.chosen_people()
        if not chosen:
            return
        person = chosen[0]
        name = filled(self.tr("Rota: %1"), person.name)

        def feed_of(workspace: Workspace) -> Feed:
            for feed in workspace.feeds.list():
                choice = feed.programme
                if choice.rota_person_id == person.contact_id and choice.rota_event_id is None:
                    return feed
            return workspace.feeds.create(
                Feed(None, name, programme=FeedProgramme(rota_person_id=person.contact_id))
            )

        self._planner.change(feed_of, while_alive(self._window, self._feed_ready))

    def _feed_ready(self, feed: Feed) -> None:
        address = self._feed_address(feed.token) if feed.token else None
        if address is None:
            self.message = filled(
                self.tr("The feed “%1” is ready. Turn on File → Serve feeds (or publish it to "
                        "a folder in File → Feeds…) for an address Outlook can subscribe to."),
                feed.name)  # fmt: skip
        else:
            QGuiApplication.clipboard().setText(address)
            self.message = filled(self.tr("Copied %1. In Outlook: Add calendar → Subscribe "
                                          "from web, and paste it."), address)  # fmt: skip
        self._window.show_message(self.message)
