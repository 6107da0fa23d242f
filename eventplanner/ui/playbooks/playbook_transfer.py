"""Export… and Import… of playbook files, the format the command line's `playbook export`
and `playbook import` write and read (``domain.playbook_files``), through the playbooks'
service off the GUI thread.

A file is read first: one that is no playbook is refused, saying where it is wrong, and
nothing changes. A playbook whose name is taken is imported under a numbered name, once
the person agrees. The import itself is a step of the undo stack.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.playbook_edits import free_name
from eventplanner.domain.text import name_key
from eventplanner.ui.folders import documents_folder
from eventplanner.ui.planner import Planner
from eventplanner.ui.playbooks.name_dialog import roomy
from eventplanner.ui.playbooks.playbook_undo import MakePlaybook
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.domain.playbooks import Playbook
    from eventplanner.services.workspace import Workspace

FileChooser = Callable[[str], str]
"""Asked with a suggested path; answers the chosen one ('' for cancelled)."""
Question = Callable[[str, str, str], bool]
"""(the question, its detail, the button that agrees): True when agreed."""


class PlaybookTransfer(QObject):
    """Exports and imports playbooks for the window ``owner``; ``push`` saves a command
    through the undo stack (the command, and what to do with what it made)."""

    exported = Signal(str)
    """The file written."""
    refused = Signal(str, str)
    """Nothing was exported or imported: a title and why."""

    def __init__(
        self,
        planner: Planner,
        owner: QWidget,
        push: Callable[[MakePlaybook, Callable[[str], None]], None],
        names: Callable[[], Sequence[str]],
    ) -> None:
        super().__init__(owner)
        self._planner = planner
        self._owner = owner
        self._push = push
        self._names = names
        self._folder = documents_folder()
        self.save_chooser: FileChooser = self._ask_save
        self.open_chooser: FileChooser = self._ask_open
        self.ask: Question = self._question
        self.imported_as: Callable[[str], None] = lambda _name: None
        """Told the name a playbook was imported under."""

    # -- asking -----------------------------------------------------------------------------

    def _filter(self) -> str:
        return self.tr("Playbook files (*.json);;All files (*)")

    def _ask_save(self, suggested: str) -> str:
        chosen, _ = QFileDialog.getSaveFileName(
            self._owner, self.tr("Export playbook"), suggested, self._filter()
        )
        return chosen

    def _ask_open(self, folder: str) -> str:
        chosen, _ = QFileDialog.getOpenFileName(
            self._owner, self.tr("Import playbook"), folder, self._filter()
        )
        return chosen

    def _question(self, question: str, detail: str, agree: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import playbook"), question,
                          QMessageBox.StandardButton.NoButton, self._owner)  # fmt: skip
        box.setInformativeText(detail)
        yes = box.addButton(agree, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.setEscapeButton(cancel)
        roomy(box)
        box.exec()
        agreed = box.clickedButton() is yes
        box.deleteLater()
        return agreed

    # -- export ----------------------------------------------------------------------------

    def export(self, name: str) -> None:
        """Ask where, then write the playbook ``name`` there as a playbook file."""
        safe = re.sub(r'[\\/:*?"<>|]+', " ", name).strip() or "playbook"
        chosen = self.save_chooser(str(self._folder / f"{safe}.json"))
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_name(path.name + ".json")
        self._folder = path.parent

        def write(workspace: Workspace) -> str:
            return str(workspace.playbooks.export(name, path))

        def failed(message: str) -> None:
            self.refused.emit(self.tr("Playbook not exported"), message)

        self._planner.read(write, self.exported.emit, after_changes=True, on_error=failed)

    # -- import ----------------------------------------------------------------------------

    def import_file(self) -> None:
        """Ask which file, read it, and import the playbook it holds (asking first if its
        name is taken)."""
        chosen = self.open_chooser(str(self._folder))
        if chosen:
            self.import_path(Path(chosen))

    def import_path(self, path: Path) -> None:
        self._folder = path.parent
        where: list[ValidationError] = []

        def read(workspace: Workspace) -> Playbook:
            from eventplanner.services.playbooks.service import read_playbook_file

            try:
                return read_playbook_file(path)
            except ValidationError as exc:  # read on the GUI thread once the work is over
                where.append(exc)
                raise

        def failed(message: str) -> None:
            detail = f"{where[0].field}: {where[0].message}" if where else message
            self.refused.emit(
                self.tr("Playbook not imported"),
                filled(self.tr("“%1” is not a playbook file Eventplanner can read, and nothing "
                               "was imported.\n\n%2"), path.name, detail),
            )  # fmt: skip

        self._planner.read(read, lambda playbook: self._read(path, playbook), on_error=failed)

    def _read(self, path: Path, playbook: Playbook) -> None:
        names = list(self._names())
        rename = name_key(playbook.name) in {name_key(n) for n in names}
        if rename:
            other = free_name(playbook.name, names)
            agreed = self.ask(
                filled(self.tr("A playbook called “%1” exists already."), playbook.name),
                filled(self.tr("The playbook of “%1” can be imported as “%2”; rename it "
                               "afterwards if you like."), path.name, other),
                filled(self.tr("Import as “%1”"), other),
            )  # fmt: skip
            if not agreed:
                return
        text = filled(self.tr("Import the playbook “%1”"), playbook.name)
        command = MakePlaybook(
            self._planner, text, lambda ws: ws.playbooks.import_file(path, rename=rename)
        )
        self._push(command, self.imported_as)
