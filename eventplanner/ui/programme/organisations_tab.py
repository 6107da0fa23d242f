"""The organisations with a role on an event (organiser, co-organiser, partner, sponsor,
funder, fair organiser): a tab of the programme window listing them, with Add, Edit and
Remove, each an undoable step written off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.programme import OrganisationLink, OrganisationRole, note_problems
from eventplanner.ui.dialogs.save_cancel import save_cancel_buttons
from eventplanner.ui.events.undo import EventCommand, save_then_push
from eventplanner.ui.models.row_table import Index, RowTableModel
from eventplanner.ui.planner import Planner
from eventplanner.ui.programme.programme_texts import organisation_role_label
from eventplanner.ui.programme.programme_undo import (
    AddOrganisationRole,
    EditOrganisationRole,
    RemoveOrganisationRoles,
)
from eventplanner.ui.widgets.notices import WrappedLabel, problems_label
from eventplanner.ui.widgets.row_actions import action_buttons, on_delete_key, wire_row_actions
from eventplanner.ui.widgets.row_table import read_only_rows

if TYPE_CHECKING:
    from eventplanner.services.changes import ChangeSet
    from eventplanner.services.workspace import Workspace

translate = QCoreApplication.translate
LINK_ROLE = Qt.ItemDataRole.UserRole + 1


class OrganisationColumn(IntEnum):
    ORGANISATION = 0
    ROLE = 1
    NOTE = 2


class OrganisationRolesModel(RowTableModel[OrganisationLink]):
    """The event's organisations, by role (organisers first) and then by name."""

    def __init__(self, parent: Any = None) -> None:
        headers = {
            OrganisationColumn.ORGANISATION: translate("OrganisationsTab", "Organisation"),
            OrganisationColumn.ROLE: translate("OrganisationsTab", "Role"),
            OrganisationColumn.NOTE: translate("OrganisationsTab", "Note"),
        }
        super().__init__(OrganisationColumn, headers, parent)

    def set_links(self, links: Sequence[OrganisationLink]) -> None:
        order = list(OrganisationRole)
        self.beginResetModel()
        self._rows = sorted(
            links, key=lambda o: (order.index(o.role), o.organisation_name.casefold(), o.id or 0)
        )
        self.endResetModel()

    def link(self, row: int) -> OrganisationLink | None:
        return self.row_at(row)

    def row_of(self, ident: int | None) -> int:
        return next((n for n, o in enumerate(self._rows) if o.id == ident), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        link = self.link(index.row())
        if link is None or not 0 <= index.column() < len(OrganisationColumn):
            return None
        if role == LINK_ROLE:
            return link
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = OrganisationColumn(index.column())
        if column is OrganisationColumn.ORGANISATION:
            return link.organisation_name
        if column is OrganisationColumn.ROLE:
            return organisation_role_label(link.role)
        return link.note


class OrganisationRoleDialog(QDialog):
    """One organisation's role on the event: which organisation (fixed once saved), the
    role and a note. ``submit`` writes it; a refusal is shown and the dialog stays."""

    def __init__(
        self,
        link: OrganisationLink,
        organisations: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._link = link
        new = link.id is None
        self.setWindowTitle(
            self.tr("Add an organisation") if new else self.tr("Organisation's role")
        )
        self.organisation = QComboBox()
        for ident, name in organisations:
            self.organisation.addItem(name, ident)
        if not new:
            found = self.organisation.findData(link.organisation_id)
            if found < 0:
                self.organisation.addItem(link.organisation_name, link.organisation_id)
                found = self.organisation.count() - 1
            self.organisation.setCurrentIndex(found)
        self.organisation.setEnabled(new)  # a saved role keeps its organisation
        self.role = QComboBox()
        for each in OrganisationRole:
            self.role.addItem(organisation_role_label(each), each)
        self.role.setCurrentIndex(list(OrganisationRole).index(link.role))
        self.note = QLineEdit(link.note)
        self.note.setPlaceholderText(self.tr("e.g. the grant's number, or the stand they share"))
        self.problems = problems_label(self)
        self.buttons = save_cancel_buttons(self, self.save)
        form = QFormLayout()
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Note:"), self.note)
        box = QVBoxLayout(self)
        if not organisations and new:
            hint = WrappedLabel(
                self.tr("There are no organisations yet: add them in Manage → Organisations."),
                self,
            )
            box.addWidget(hint)
        box.addLayout(form)
        box.addWidget(self.problems)
        box.addStretch(1)
        box.addSpacing(10)
        box.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())
        self.note.textChanged.connect(lambda _text: self._check())
        self.organisation.currentIndexChanged.connect(lambda _index: self._check())
        self._check()
        self.saved: OrganisationLink | None = None
        self.submit: Any = None
        """(link, done, refused): how Save is written; set by the tab."""

    def link(self) -> OrganisationLink:
        return replace(
            self._link,
            organisation_id=self.organisation.currentData() or 0,
            organisation_name=self.organisation.currentText(),
            role=OrganisationRole(self.role.currentData()),
            note=self.note.text().strip(),
        )

    def problem_texts(self) -> list[str]:
        if self.organisation.currentData() is None:
            return [self.tr("Choose an organisation.")]
        problems = note_problems(self.note.text(), "the note")
        return [self.tr("The note is too long.") for _problem in problems]

    def _check(self) -> None:
        texts = self.problem_texts()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not texts)
        self.show_problem("\n".join(texts))

    def show_problem(self, text: str) -> None:
        self.problems.setText(text)
        self.problems.setVisible(bool(text))

    def save(self) -> None:
        if self.problem_texts() or self.submit is None:
            return
        self.buttons.setEnabled(False)

        def refused(message: str) -> None:
            self.buttons.setEnabled(True)
            self.show_problem(message[:1].upper() + message[1:])

        self.submit(self.link(), self.accept, refused)


class OrganisationsTab(QWidget):
    """The event's organisations and their roles; ``set_programme`` shows them."""

    dialog_opened = Signal(object)
    """The OrganisationRoleDialog just opened (for tests)."""

    def __init__(self, planner: Planner, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._planner = planner
        self._stack = stack
        self._event_id: int | None = None
        self._organisations: list[tuple[int, str]] = []
        self.model = OrganisationRolesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        read_only_rows(self.table, self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = WrappedLabel(
            self.tr("No organisation has a role on this event yet. Add the organiser, "
                    "partners, sponsors and funders here: funder reports count them."),
            self,
        )  # fmt: skip
        self.add_action = QAction(self.tr("&Add…"), self)
        self.add_action.setToolTip(self.tr("Give an organisation a role on this event"))
        self.add_action.triggered.connect(self.add)
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.triggered.connect(self.edit_chosen)
        self.remove_action = QAction(self.tr("&Remove"), self)
        self.remove_action.setToolTip(self.tr("Take the chosen roles away (it can be undone)"))
        self.remove_action.triggered.connect(self.remove_chosen)
        on_delete_key(self.remove_action, self.table)
        actions = (self.add_action, self.edit_action, self.remove_action)
        wire_row_actions(
            self, self.table, actions, open_row=self.edit_chosen, chosen_changed=self._enable
        )
        buttons = action_buttons(actions)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.empty)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        self._dialog: OrganisationRoleDialog | None = None
        planner.changed.connect(self._changed)
        self._read_organisations()
        self._enable()

    # -- reading ---------------------------------------------------------------------------

    def set_links(self, event_id: int, links: Sequence[OrganisationLink]) -> None:
        chosen = {link.id for link in self.chosen()}
        self._event_id = event_id
        self.model.set_links(links)
        self.empty.setVisible(not links)
        for ident in chosen:
            row = self.model.row_of(ident)
            if row >= 0:
                self.table.selectRow(row)
        for column in (OrganisationColumn.ORGANISATION, OrganisationColumn.ROLE):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 24)
        self._enable()

    def _read_organisations(self) -> None:
        def names(workspace: Workspace) -> list[tuple[int, str]]:
            return [(o.id, o.name) for o in workspace.organisations.list() if o.id is not None]

        def shown(found: list[tuple[int, str]]) -> None:
            self._organisations = found

        self._planner.read(names, shown, key=f"organisations-{id(self)}")

    def _changed(self, changes: ChangeSet) -> None:
        from eventplanner.services.changes import Kind

        if changes.touches(Kind.ORGANISATION):
            self._read_organisations()

    # -- choosing --------------------------------------------------------------------------

    def chosen(self) -> list[OrganisationLink]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [link for row in rows if (link := self.model.link(row)) is not None]

    def _enable(self) -> None:
        chosen = self.chosen()
        self.add_action.setEnabled(self._event_id is not None)
        self.edit_action.setEnabled(len(chosen) == 1)
        self.remove_action.setEnabled(bool(chosen))

    # -- writing ---------------------------------------------------------------------------

    @property
    def dialog(self) -> OrganisationRoleDialog | None:
        return self._dialog

    def add(self) -> None:
        if self._event_id is None:
            return
        blank = OrganisationLink(None, self._event_id, 0, OrganisationRole.PARTNER)
        self._open(blank)

    def edit_chosen(self) -> None:
        chosen = self.chosen()
        if len(chosen) == 1:
            self._open(chosen[0])

    def _open(self, link: OrganisationLink) -> None:
        if self._dialog is not None:
            self._dialog.close()
        dialog = OrganisationRoleDialog(link, self._organisations, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "_dialog", None))

        def submit(after: OrganisationLink, done: Any, refused: Any) -> None:
            command: EventCommand = (
                AddOrganisationRole(self._planner, after)
                if link.id is None
                else EditOrganisationRole(self._planner, link, after)
            )
            save_then_push(self._planner, self._stack, command, on_saved=done,
                           on_refused=refused)  # fmt: skip

        dialog.submit = submit
        self._dialog = dialog
        dialog.show()
        self.dialog_opened.emit(dialog)

    def remove_chosen(self) -> None:
        chosen = self.chosen()
        if not chosen:
            return
        command = RemoveOrganisationRoles(self._planner, chosen)
        save_then_push(self._planner, self._stack, command, on_refused=self._planner.failed.emit)

    def close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
