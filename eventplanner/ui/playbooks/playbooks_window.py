"""View → Edit playbooks… (also from the Tasks window): the playbooks on the left, the
team's own and the shipped ones; on the right the chosen one's fields and its task templates
in a table edited in place, with the deadline of each in words.

Shipped playbooks are read-only, as each version ships them; a coordinator makes the team's
copy to change (Duplicate…, or Make an editable copy…). Every change is saved at once
through the playbooks' service and is a step of the window's undo stack; a change the
domain refuses is said over the table, and nothing changes. The playbooks are read again
when a change set touches them (here or from a colleague).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QApplication, QWidget

from eventplanner.domain.playbook_checks import PlaybookProblem
from eventplanner.domain.playbooks import Playbook
from eventplanner.services.changes import ChangeSet, Kind
from eventplanner.ui.events.undo import EventCommand, save_then_push
from eventplanner.ui.planner import Planner
from eventplanner.ui.playbooks.playbook_commands import PlaybookCommands
from eventplanner.ui.playbooks.playbook_list_model import identity
from eventplanner.ui.playbooks.playbook_texts import problem_text
from eventplanner.ui.playbooks.playbook_transfer import PlaybookTransfer
from eventplanner.ui.playbooks.playbook_undo import EditPlaybook
from eventplanner.ui.playbooks.playbooks_view import PlaybooksView
from eventplanner.ui.playbooks.template_model import KEY_ROLE
from eventplanner.ui.widgets.alive import while_alive
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.playbooks.records import StoredPlaybook


class PlaybooksWindow(PlaybooksView):
    """Every playbook; the chosen one's templates edited in place (with undo)."""

    loaded = Signal()
    """The playbooks were read (again) and are shown."""
    settled = Signal()
    """Every change made here is written (and the playbooks read again after it)."""

    def __init__(
        self,
        planner: Planner,
        undo_stack: QUndoStack,
        *,
        actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.addActions(list(actions))
        self._planner = planner
        self._stack = undo_stack
        self._key = f"playbooks:{id(self)}"
        self._chosen: str | None = None  # the chosen playbook's identity (list_model)
        self._chosen_name = ""
        self._near_row = 0  # chosen when the chosen one has gone
        self._pending = 0  # changes made here not yet written
        self._edits = 0  # changes made here, ever: a read begun before one is stale
        self._stale = False
        self.commands = PlaybookCommands(self, planner)
        self.transfer = PlaybookTransfer(
            planner, self, lambda command, then: self.push(command, lambda r: then(_name(r))),
            lambda: [s.name for s in self.list_model.playbooks()],
        )  # fmt: skip
        self.transfer.imported_as = self.choose
        self.transfer.exported.connect(
            lambda path: self.status.setText(filled(self.tr("Exported to %1"), path))
        )
        self.transfer.refused.connect(
            lambda _title, why: self.error_banner.show_message(why[:1].upper() + why[1:])
        )
        self._wire()
        planner.changed.connect(self._changed)
        self._enable()
        self.reload()

    def _wire(self) -> None:
        for action, act in (
            (self.new_action, lambda: self.commands.new_playbook()),
            (self.duplicate_action, lambda: self.commands.duplicate()),
            (self.rename_action, lambda: self.commands.rename()),
            (self.delete_action, lambda: self.commands.delete()),
            (self.import_action, lambda: self.transfer.import_file()),
            (self.export_action, self._export),
            (self.add_action, lambda: self.commands.add_template()),
            (self.remove_action, self.remove_chosen),
            (self.up_action, lambda: self.move_chosen(-1)),
            (self.down_action, lambda: self.move_chosen(1)),
        ):
            action.triggered.connect(lambda _checked=False, act=act: act())
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._list_chosen())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.model.edited.connect(self._edited)
        self.model.refused.connect(self.error_banner.show_message)
        self.header.copy_requested.connect(lambda: self.commands.duplicate())
        self.header.kind_chosen.connect(lambda kind: self.commands.set_event_kind(kind))
        self.header.language_chosen.connect(lambda language: self.commands.set_language(language))
        self.header.description_edited.connect(lambda text: self.commands.set_description(text))

    # -- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        edits = self._edits
        self._planner.read(
            lambda ws: ws.playbooks.list(),
            while_alive(self, lambda found: self._loaded(found, edits)),
            key=self._key,
        )

    def _changed(self, changes: ChangeSet) -> None:
        if not shiboken6.isValid(self) or not changes.touches(Kind.PLAYBOOK):
            return
        if self._pending:
            self._stale = True  # read once what is under way is written
        else:
            self.reload()

    def _loaded(self, found: list[StoredPlaybook], edits: int) -> None:
        if self._pending or edits != self._edits:
            # Read before a change of this window's was written: what it shows is newer.
            self._stale = True
            self._settle()
            return
        self.list_model.set_playbooks(found)
        row = self.list_model.row_of(self._chosen)
        if row < 0:
            row = self.list_model.row_named(self._chosen_name)
        if row < 0 and self.list_model.rowCount():
            row = max(0, min(self._near_row, self.list_model.rowCount() - 1))
        current = self.list.currentIndex().row()
        if row != current:
            self.list.setCurrentIndex(self.list_model.index(row, 0))
        else:
            self._list_chosen()  # the same row, read again
        self.loaded.emit()
        self._settle()

    def chosen(self) -> StoredPlaybook | None:
        return self.list_model.stored(self.list.currentIndex().row())

    def choose(self, name: str) -> None:
        """Choose the playbook called ``name`` (now, or once it is read)."""
        self._chosen, self._chosen_name = None, name
        row = self.list_model.row_named(name)
        if row >= 0:
            self.list.setCurrentIndex(self.list_model.index(row, 0))

    def _list_chosen(self) -> None:
        stored = self.chosen()
        key = self._chosen_template_key()
        if stored is not None:
            if identity(stored) != self._chosen:
                key = None  # another playbook: its first task
            self._chosen, self._chosen_name = identity(stored), stored.name
            self._near_row = self.list.currentIndex().row()
        self.header.show_playbook(stored)
        self.model.set_playbook(
            None if stored is None else stored.playbook,
            editable=stored is not None and not stored.built_in,
        )
        self.choose_template(key)
        self._enable()

    def _chosen_template_key(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(KEY_ROLE)) if index.isValid() else None

    def choose_template(self, key: str | None, column: int | None = None) -> None:
        row = self.model.row_of(key) if key is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row < 0:
            return
        at = self.table.currentIndex().column() if column is None else column
        index = self.model.index(row, max(at, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _enable(self) -> None:
        stored = self.chosen()
        own = stored is not None and not stored.built_in
        row = self.table.currentIndex().row()
        rows = self.model.rowCount()
        self.hint.setText(
            self.tr("No tasks yet: Add task… (Insert) adds the first; each is due a number of "
                    "days or weeks before or after the event.")
            if own and rows == 0
            else self.tr("Double-click a cell (or press F2) to change it. Each change is saved "
                         "at once; Ctrl+Z undoes it.")
            if own
            else self.tr("A shipped playbook is read-only: make a copy to change it.")
            if stored is not None
            else ""
        )  # fmt: skip
        self.duplicate_action.setEnabled(stored is not None)
        self.export_action.setEnabled(stored is not None)
        self.rename_action.setEnabled(own)
        self.delete_action.setEnabled(own)
        self.add_action.setEnabled(own)
        self.remove_action.setEnabled(own and 0 <= row < rows)
        self.up_action.setEnabled(own and 0 < row < rows)
        self.down_action.setEnabled(own and 0 <= row < rows - 1)

    # -- changing ----------------------------------------------------------------------------

    def push(
        self, command: EventCommand, on_result: Callable[[object], None] | None = None
    ) -> None:
        """Save ``command`` in the background, then push it onto the undo stack; a refusal
        is said over the table (and the playbooks are read again)."""
        self._pending += 1
        self._edits += 1
        self.status.setText("")

        def saved() -> None:
            self._pending -= 1
            self.error_banner.show_message(None)

        def refused(message: str) -> None:
            self._pending -= 1
            self._stale = True
            self.error_banner.show_message(message)
            self._settle()

        def result(value: object) -> None:
            if on_result is not None:
                on_result(value)
            self._settle()

        save_then_push(self._planner, self._stack, command, on_saved=while_alive(self, saved),
                       on_refused=while_alive(self, refused),
                       on_result=while_alive(self, result))  # fmt: skip

    def _settle(self) -> None:
        if self._pending:
            return
        if self._stale:
            self._stale = False
            self.reload()
            return
        self.settled.emit()

    def _edited(self, before: Playbook, after: Playbook, text: str) -> None:
        """An edit of the table (shown already): saved as one step."""
        self.error_banner.show_message(None)
        self.push(EditPlaybook(self._planner, text, before, after))
        self._enable()

    def edit_playbook(self, change: Callable[[Playbook], Playbook], text: str) -> None:
        """Change the chosen playbook's own fields (its name too): shown at once, saved as
        one step (``text``, its %1 filled with the playbook's name); a change the domain
        refuses is said and changes nothing."""
        before = self.model.playbook
        stored = self.chosen()
        if before is None or stored is None or stored.built_in:
            return
        try:
            after = change(before)
        except PlaybookProblem as problem:
            self.error_banner.show_message(problem_text(problem, before))
            return
        if after == before:
            return
        key = self._chosen_template_key()
        self.model.set_playbook(after, editable=True)
        self.choose_template(key)
        self._edited(before, after, filled(text, before.name))

    def end_editing(self) -> None:
        """A cell being edited is saved first (a row is about to come, go or move)."""
        editor = QApplication.focusWidget()
        while editor is not None and editor.parentWidget() is not self.table.viewport():
            editor = editor.parentWidget()
        if editor is not None and self.table.state() == QAbstractItemView.State.EditingState:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def remove_chosen(self) -> None:
        self.end_editing()
        row = self.table.currentIndex().row()
        if row >= 0 and self.model.remove_template(row):
            self.choose_template(None if self.model.rowCount() == 0 else self._key_at(
                min(row, self.model.rowCount() - 1)))  # fmt: skip

    def move_chosen(self, step: int) -> None:
        self.end_editing()
        index = self.table.currentIndex()
        row = index.row()
        if row < 0:
            return
        key = self._key_at(row)
        if self.model.move_template(row, row + step):
            self.choose_template(key, index.column())

    def _key_at(self, row: int) -> str | None:
        template = self.model.template(row)
        return template.key if template is not None else None

    def _export(self) -> None:
        stored = self.chosen()
        if stored is not None:
            self.transfer.export(stored.name)

    def closeEvent(self, event: Any) -> None:
        self.end_editing()  # what is being typed is saved before the window goes
        super().closeEvent(event)


def _name(result: object) -> str:
    stored = getattr(result, "stored", None)
    return str(getattr(stored, "name", ""))
