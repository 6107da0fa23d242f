"""What the Playbooks window's buttons do beyond the table: New…, Duplicate…, Rename… and
Delete… of a playbook, Add task…, and its own fields (the kind of event it suits, the
language of its tasks, its description). Names and titles are asked for in a small dialog
that says what is wrong as it is typed; each change is one step of the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from eventplanner.domain.enums import EventKind
from eventplanner.domain.playbook_edits import (
    free_name,
    renamed,
    with_event_kind,
    with_language,
    with_playbook_description,
)
from eventplanner.domain.playbooks import MAX_NAME, MAX_TITLE, Playbook
from eventplanner.domain.text import name_key
from eventplanner.ui.planner import Planner
from eventplanner.ui.playbooks import playbook_undo
from eventplanner.ui.playbooks.name_dialog import Check, NameDialog, roomy
from eventplanner.ui.playbooks.playbook_texts import language_label
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.ui.playbooks.playbooks_window import PlaybooksWindow

Asked = Callable[[NameDialog], str | None]
"""Shows a name dialog and answers what was typed (None: cancelled)."""
Confirm = Callable[[str, str], bool]
"""(the question, its detail): True when the person agreed."""


class PlaybookCommands(QObject):
    def __init__(self, window: PlaybooksWindow, planner: Planner) -> None:
        super().__init__(window)
        self._window = window
        self._planner = planner
        self.ask: Asked = _ask
        self.confirm: Confirm = self._confirm
        self.dialog: NameDialog | None = None
        """The name dialog shown last (for tests)."""

    def _names(self, besides: str | None = None) -> list[str]:
        """The names taken (all but ``besides``)."""
        skip = name_key(besides) if besides is not None else None
        return [s.name for s in self._window.list_model.playbooks() if name_key(s.name) != skip]

    def _name_check(self, besides: str | None = None) -> Check:
        def check(text: str) -> str | None:
            if not text:
                return self.tr("A playbook needs a name.")
            if len(text) > MAX_NAME:
                return filled(self.tr("A playbook's name has at most %1 characters."), MAX_NAME)
            if name_key(text) in {name_key(n) for n in self._names(besides)}:
                return filled(self.tr("A playbook called “%1” exists already; give this one "
                                      "another name."), text)  # fmt: skip
            return None

        return check

    def _asked(self, title: str, prompt: str, text: str, check: Check, ok: str,
               limit: int = MAX_NAME) -> str | None:  # fmt: skip
        dialog = NameDialog(title, prompt, text, check, ok=ok, max_length=limit,
                            parent=self._window)  # fmt: skip
        self.dialog = dialog
        try:
            return self.ask(dialog)
        finally:
            dialog.deleteLater()

    # -- playbooks -------------------------------------------------------------------------

    def new_playbook(self) -> None:
        name = self._asked(self.tr("New playbook"), self.tr("&Name of the new playbook:"),
                           free_name(self.tr("New playbook"), self._names()),
                           self._name_check(), self.tr("Create"))  # fmt: skip
        if name is None:
            return
        swedish = QLocale().language() == QLocale.Language.Swedish
        playbook = Playbook(name, (), language="sv" if swedish else "en")
        self._window.choose(name)
        self._window.push(playbook_undo.new_playbook(self._planner, playbook))

    def duplicate(self) -> None:
        stored = self._window.chosen()
        if stored is None:
            return
        suggested = free_name(filled(self.tr("%1 (copy)"), stored.name), self._names())
        name = self._asked(self.tr("Duplicate playbook"), self.tr("&Name of the copy:"),
                           suggested, self._name_check(), self.tr("Duplicate"))  # fmt: skip
        if name is None:
            return
        self._window.choose(name)
        self._window.push(playbook_undo.copy_playbook(self._planner, stored.name, name))

    def rename(self) -> None:
        stored = self._window.chosen()
        if stored is None or stored.built_in:
            return
        before = stored.playbook
        name = self._asked(self.tr("Rename playbook"), self.tr("&New name:"), before.name,
                           self._name_check(besides=before.name), self.tr("Rename"))  # fmt: skip
        if name is None or name == before.name:
            return
        self._window.choose(name)
        text = filled(self.tr("Rename “%1” to “%2”"), before.name, name)
        self._window.edit_playbook(lambda p: renamed(p, name), text)

    def delete(self) -> None:
        stored = self._window.chosen()
        if stored is None or stored.built_in:
            return
        count = len(stored.playbook.templates)
        agreed = self.confirm(
            filled(self.tr("Delete the playbook “%1”?"), stored.name),
            (self.tr("Its task goes with it.") if count == 1
             else filled(self.tr("Its %1 tasks go with it."), count))
            + " " + self.tr("Tasks already made from it for events stay as they are. "
                            "Ctrl+Z brings the playbook back."),
        )  # fmt: skip
        if agreed:
            self._window.push(playbook_undo.DeletePlaybook(self._planner, stored.playbook))

    def _confirm(self, question: str, detail: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete playbook"), question,
                          QMessageBox.StandardButton.NoButton, self._window)  # fmt: skip
        box.setInformativeText(detail)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        roomy(box)
        box.exec()
        agreed = box.clickedButton() is delete
        box.deleteLater()
        return agreed

    # -- the chosen playbook ---------------------------------------------------------------

    def add_template(self) -> None:
        self._window.end_editing()
        playbook = self._window.model.playbook
        stored = self._window.chosen()
        if playbook is None or stored is None or stored.built_in:
            return

        def check(text: str) -> str | None:
            return None if text else self.tr("A task needs a title.")

        title = self._asked(self.tr("Add task"),
                            filled(self.tr("&Title of the new task (in %1):"),
                                   language_label(playbook.language)),
                            "", check, self.tr("Add"), MAX_TITLE)  # fmt: skip
        if title is None:
            return
        current = self._window.table.currentIndex().row()
        row = self._window.model.add_template(title, None if current < 0 else current + 1)
        if row is not None:
            template = self._window.model.template(row)
            self._window.choose_template(template.key if template else None)

    def set_event_kind(self, kind: EventKind | None) -> None:
        self._window.edit_playbook(lambda p: with_event_kind(p, kind),
                                   self.tr("Change the kind of event “%1” suits"))  # fmt: skip

    def set_language(self, language: str) -> None:
        self._window.edit_playbook(lambda p: with_language(p, language),
                                   self.tr("Change the language of “%1”"))  # fmt: skip

    def set_description(self, text: str) -> None:
        self._window.edit_playbook(
            lambda p: with_playbook_description(p, p.language, text),
            self.tr("Change the description of “%1”"),
        )


def _ask(dialog: NameDialog) -> str | None:
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
