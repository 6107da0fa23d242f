"""The manager of venues, organisations, contacts, projects or tags: a searchable list on the
left, the chosen record's form on the right, and how many events use it.

Lists, counts and saves all go through the ``Planner``, off the GUI thread. What is typed is
checked by the domain's rules as it is typed (problems beside their fields, Save disabled
while there are any). A save the service refuses (someone else changed the record, a name
already taken) is explained in the dialog and the input stays as it was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from eventplanner.domain.errors import UsedByFeedsError, ValidationError
from eventplanner.services.changes import ChangeSet, Kind
from eventplanner.ui.catalog.catalog_form import Record
from eventplanner.ui.catalog.catalog_forms import FORMS
from eventplanner.ui.catalog.catalog_kinds import SPECS, CatalogKind
from eventplanner.ui.catalog.catalog_model import CatalogListModel
from eventplanner.ui.catalog.catalog_texts import CatalogTexts
from eventplanner.ui.catalog.catalog_window import CatalogWindow
from eventplanner.ui.planner import Planner
from eventplanner.ui.widgets.notices import error_colour

if TYPE_CHECKING:  # the database layer loads when a database opens, not at start-up
    from eventplanner.services.workspace import Workspace

__all__ = ["CatalogDialog", "CatalogKind"]

T = TypeVar("T")


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] if message else message


class CatalogDialog(CatalogWindow):
    """A non-modal window managing one kind of catalog record."""

    itinerary_requested = Signal(int, str)
    """(contact id, name): the chosen contact's itinerary asked for (contacts only)."""
    availability_requested = Signal(int, str)
    """(contact id, name): when the chosen contact can or cannot be there, asked for."""

    def __init__(self, planner: Planner, kind: str, parent: QWidget | None = None) -> None:
        self.kind = CatalogKind(kind)
        self._spec = SPECS[self.kind]
        model: CatalogListModel[Any] = CatalogListModel(self._spec.detail)
        form = FORMS[type(self._spec.blank)]()
        super().__init__(model, form, CatalogTexts(self.kind), parent)
        self.itinerary = QAction(self.tr("&Itinerary…"), self)
        self.itinerary.setToolTip(self.tr("Everything this person is in, in every event"))
        self.itinerary.triggered.connect(self._ask_itinerary)
        self.itinerary_button = self._button(self.itinerary.text(), self.itinerary.toolTip())
        self.itinerary_button.clicked.connect(self.itinerary.trigger)
        self.availability = QAction(self.tr("A&vailability…"), self)
        self.availability.setToolTip(self.tr("When this person can or cannot be there"))
        self.availability.triggered.connect(self._ask_availability)
        self.availability_button = self._button(
            self.availability.text(), self.availability.toolTip()
        )
        self.availability_button.clicked.connect(self.availability.trigger)
        if self.kind is CatalogKind.CONTACT:
            self.button_row.insertWidget(1, self.itinerary_button)
            self.button_row.insertWidget(2, self.availability_button)
            self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            self.list.addActions([self.itinerary, self.availability])
        else:
            self.itinerary_button.hide()
            self.availability_button.hide()
        self._planner = planner
        self._key = f"catalog:{self.kind}:{id(self)}"
        self._chosen = False  # a record (or a new one) is in the form
        self._saving = False
        self._just_saved = False  # "Saved." beside the buttons until the next edit
        self._syncing = False  # the program, not a person, is moving the list's selection
        self._problems: dict[str, str] = {}
        self._external: dict[str, str] = {}  # the service's refusals, until the field is edited
        self._quiet: set[str] = set()  # no red before the first keystroke in a new record
        self._next_row = 0  # which row to show when nothing is chosen (after a delete)
        self._connect()
        self._show_nothing()
        self.reload()
        self._reload_organisations()

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self.reload())
        self.search.returnPressed.connect(self.list.setFocus)
        self.list.selectionModel().currentChanged.connect(self._row_chosen)
        self.form.edited.connect(self._edited)
        self.new_button.clicked.connect(self.new_record)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.reload_button.clicked.connect(self._revert)
        self._planner.changed.connect(self._elsewhere_changed)
        shortcuts = (
            (QKeySequence.StandardKey.Save, self, self.save),
            (QKeySequence.StandardKey.New, self, self.new_record),
            (QKeySequence.StandardKey.Find, self, self.search.setFocus),
            (QKeySequence(Qt.Key.Key_Delete), self.list, self.delete),
        )
        for keys, owner, slot in shortcuts:
            shortcut = QShortcut(QKeySequence(keys), owner)
            if owner is self.list:
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def _alive(self, callback: Callable[[T], None]) -> Callable[[T], None]:
        """``callback``, skipped once the window is gone (closed with WA_DeleteOnClose)."""

        def call(value: T) -> None:
            if shiboken6.isValid(self):
                callback(value)

        return call

    # -- the list ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Ask the service for the list again (with the search text), in the background."""
        text = self.search.text()
        service = self._spec.service
        self._planner.read(
            lambda ws: service(ws).list(text),
            self._alive(lambda records: self._listed(records, text)),
            key=self._key + ":list",
            after_changes=True,  # a record just saved is in the list, at its new version
        )

    def _listed(self, records: list[Record], text: str) -> None:
        self._syncing = True
        try:
            self.model.set_records(records)
        finally:
            self._syncing = False
        self.count_label.setText(self.texts.count(len(records), text.strip()))
        shown = self.form.loaded()
        row = self.model.row_of(shown.id) if self._chosen else -1
        if row >= 0:
            fresh = self.model.record(row)
            if fresh != shown and not self._saving and not self.is_dirty():
                self._show(fresh)  # changed elsewhere while only being looked at
            self._select_row(row)
        elif not self._chosen and records:
            self._select_row(min(self._next_row, len(records) - 1))
            self._show(self.model.record(self.list.currentIndex().row()))

    def _select_row(self, row: int) -> None:
        self._syncing = True
        try:
            index = self.model.index(row, 0) if row >= 0 else QModelIndex()
            flag = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.list.selectionModel().setCurrentIndex(index, flag)
            if index.isValid():
                self.list.scrollTo(index)
        finally:
            self._syncing = False

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        record = self.model.record(current.row())
        if record is None or (self._chosen and record == self.form.loaded()):
            return
        if self._saving or not self.confirm_discard():
            self._select_row(self.model.row_of(self.form.loaded().id))  # stay where we were
            return
        self._show(record)

    def _reload_organisations(self) -> None:
        if not self._spec.needs_organisations:
            return

        def names(workspace: Workspace) -> list[tuple[int, str]]:
            return [(o.id, o.name) for o in workspace.organisations.list() if o.id is not None]

        picker_form: Any = self.form
        self._planner.read(
            names, self._alive(picker_form.set_organisations), key=self._key + ":orgs"
        )

    def _elsewhere_changed(self, changes: ChangeSet) -> None:
        """Read again what ``changes`` touched: the list on a change of its kind, the
        organisations picked from, the usage on a change of events."""
        kind = Kind(self.kind.value)
        if changes.touches(kind):
            self.reload()
        if changes.touches(Kind.ORGANISATION):
            self._reload_organisations()
        chosen = self.form.loaded().id if self._chosen else None
        if changes.touches(kind, Kind.EVENT) and chosen is not None:
            self._load_usage(chosen)

    # -- the form ----------------------------------------------------------------------------

    def _show(self, record: Record | None) -> None:
        """Put ``record`` in the form (a new one when its id is None)."""
        if record is None:
            self._show_nothing()
            return
        self._chosen = True
        self._external.clear()
        self._quiet = {"name"} if record.id is None else set()
        self.error_banner.show_message(None)
        self._just_saved = False
        self.hint.hide()
        self.form.setEnabled(True)
        self.form.load(record)
        self.heading.setText(record.name or self.texts.new_record())
        self.usage_label.clear()
        if record.id is not None:
            self._load_usage(record.id)
        self._validate()

    def _show_nothing(self) -> None:
        self._chosen = False
        self.form.load(self._spec.blank)
        self.form.setEnabled(False)
        self.heading.setText(self.texts.title())
        self.usage_label.clear()
        self.hint.setText(self.texts.nothing_chosen())
        self.hint.show()
        self._validate()

    def _load_usage(self, ident: int) -> None:
        if not self._spec.used_by_events:
            self.usage_label.hide()
            return
        service = self._spec.service

        def shown(count: int) -> None:
            if self._chosen and self.form.loaded().id == ident:
                self.usage_label.setText(self.texts.usage(count))

        self._planner.read(
            lambda ws: service(ws).usage(ident), self._alive(shown), key=self._key + ":usage",
            after_changes=True,
        )  # fmt: skip

    def new_record(self) -> None:
        """Start a new record in the form (after asking, if changes would be lost)."""
        if self._saving or not self.confirm_discard():
            return
        self._select_row(-1)
        self._show(self._spec.blank)
        self.form.name.setFocus()

    def is_dirty(self) -> bool:
        """Whether the form shows anything other than what was loaded into it."""
        if not self._chosen:
            return False
        record, _problems = self.form.read()
        return record != self.form.loaded()

    def confirm_discard(self) -> bool:
        """True when nothing would be lost, or the person agreed to lose it."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.texts.title(),
            self.texts.discard_question(self.form.loaded().name),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _revert(self) -> None:
        row = self.model.row_of(self.form.loaded().id)
        record = self.model.record(row) if row >= 0 else self.form.loaded()
        self._show(record)

    def _edited(self, field: str) -> None:
        self._external.pop(field, None)
        self._quiet.discard(field)
        self._just_saved = False
        self._validate()

    def _validate(self) -> Record | None:
        """Check the form now and show what is wrong. The record if it can be saved."""
        record, problems = self.form.read()
        found = {p.field for p in problems}
        problems += [p for p in self._spec.problems(record) if p.field not in found]
        if not self._chosen:  # the blank, disabled form of an empty list: nothing is wrong
            problems = []
        self._problems = {}
        for problem in problems:
            self._problems.setdefault(problem.field, _sentence(problem.message))
        shown = {**self._problems, **self._external}
        for field in self.form.fields():
            self.form.show_problem(field, None if field in self._quiet else shown.get(field))
        unplaced = [m for f, m in shown.items() if f not in self.form.fields()]
        if unplaced:
            self.error_banner.show_message("\n".join(unplaced))
        valid = self._chosen and not shown
        dirty = self.is_dirty()
        self.save_button.setEnabled(valid and not self._saving and (dirty or record.id is None))
        self.reload_button.setEnabled(dirty and not self._saving)
        self.delete_button.setEnabled(self._chosen and record.id is not None and not self._saving)
        if hasattr(self, "availability"):
            saved = self._chosen and self.form.loaded().id is not None
            for action, button in ((self.itinerary, self.itinerary_button),
                                   (self.availability, self.availability_button)):  # fmt: skip
                action.setEnabled(saved)
                button.setEnabled(saved)
        self.new_button.setEnabled(not self._saving)
        self._show_status(bool(set(shown) - self._quiet))
        return record if valid else None

    def _show_status(self, problems_shown: bool) -> None:
        red = problems_shown and not self._saving
        if self._saving:
            text = self.tr("Saving…")
        elif red:
            text = self.tr("Fix the marked field to save.")
        else:
            text = self.tr("Saved.") if self._just_saved else ""
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {error_colour().name()};" if red else "")

    # -- saving and deleting -----------------------------------------------------------------

    def save(self) -> None:
        """Save the form through the service, in the background."""
        if self._saving or not self._chosen:
            return
        self._quiet.clear()
        self.error_banner.show_message(None)
        record = self._validate()
        if record is None:
            first = next(iter({**self._problems, **self._external}), None)
            if first is not None:
                self.form.focus_field(first)
            return
        service = self._spec.service
        refusal: dict[str, str] = {}

        def work(workspace: Workspace) -> Record:
            try:
                saved: Record = (
                    service(workspace).create(record)
                    if record.id is None
                    else service(workspace).update(record)
                )
            except ValidationError as exc:  # read on the GUI thread once the work is over
                refusal.update(field=exc.field, message=exc.message)
                raise
            return saved

        self._set_saving(True)
        self._planner.change(
            work,
            self._alive(self._saved),
            self._alive(lambda message: self._refused(message, refusal)),
        )

    def _saved(self, record: Record) -> None:
        self._set_saving(False)
        self._show(record)
        self._just_saved = True
        self._validate()

    def _refused(self, message: str, refusal: dict[str, str]) -> None:
        self._set_saving(False)
        field = refusal.get("field", "")
        if field in self.form.fields():
            self._external[field] = _sentence(refusal["message"])
            self._quiet.discard(field)
            self._validate()
            self.form.focus_field(field)
        else:
            self.error_banner.show_message(_sentence(refusal.get("message", message)))

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.form.setEnabled(self._chosen and not saving)
        self._validate()

    def _ask_itinerary(self) -> None:
        record = self.form.loaded()
        if self.kind is CatalogKind.CONTACT and self._chosen and record.id is not None:
            self.itinerary_requested.emit(record.id, record.name)

    def _ask_availability(self) -> None:
        record = self.form.loaded()
        if self.kind is CatalogKind.CONTACT and self._chosen and record.id is not None:
            self.availability_requested.emit(record.id, record.name)

    def delete(self) -> None:
        """Delete the record shown, once confirmed; the service refuses if events use it."""
        record = self.form.loaded()
        if self._saving or not self._chosen or record.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.texts.delete_title(),
            self.texts.delete_question(record.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ident, service = record.id, self._spec.service
        refusal: dict[str, str] = {}
        chosen: list[UsedByFeedsError] = []  # said in the window's language, naming the feeds

        def work(workspace: Workspace) -> None:
            try:
                service(workspace).delete(ident)
            except UsedByFeedsError as exc:
                chosen.append(exc)
                raise
            except ValidationError as exc:
                refusal.update(message=exc.message)
                raise

        def deleted(_result: None) -> None:
            self._set_saving(False)
            self._next_row = max(self.model.row_of(ident), 0)
            self._show_nothing()

        def refused(message: str) -> None:
            self._set_saving(False)
            if chosen:
                message = self.texts.chosen_by_feeds(chosen[0].name, chosen[0].feeds)
            self.error_banner.show_message(_sentence(refusal.get("message", message)))

        self._set_saving(True)
        self._planner.change(work, self._alive(deleted), self._alive(refused))

    # -- closing -----------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape or the window's close button: ask first if changes would be lost."""
        if self._saving or self.confirm_discard():  # a save under way completes regardless
            super().reject()
