"""Undo and Redo as the window offers them: each waits for its write before the next may
start, and a write that fails puts the history back where it was and says why.

QUndoStack's own actions move the stack at once, whatever the background write does after:
a refused undo would leave the history saying "undone" over data that was not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from shiboken6 import isValid

if TYPE_CHECKING:  # the commands (and the domain under them) load with the first change
    from eventplanner.ui.events.undo import EventCommand

# Spelled out in each call, so that pyside6-lupdate finds the texts (in the window's context).
translate = QCoreApplication.translate


def redo_shortcuts() -> list[QKeySequence]:
    """Ctrl+Shift+Z and the platform's own Redo keys, each once: a key sequence given twice
    is ambiguous to Qt, which then answers neither."""
    found: list[QKeySequence] = []
    platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    for keys in [QKeySequence("Ctrl+Shift+Z"), *platform]:
        if not keys.isEmpty() and keys not in found:
            found.append(keys)
    return found


class UndoHistory(QObject):
    """The Undo and Redo actions over ``stack``; one write at a time."""

    refused = Signal(str, str)  # a title ("Not undone"), the reason

    def __init__(self, stack: QUndoStack, parent: QObject) -> None:
        super().__init__(parent)
        self._stack = stack
        self._pending: EventCommand | None = None
        self.undo_action = QAction(translate("MainWindow", "&Undo"), parent)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(translate("MainWindow", "&Redo"), parent)
        self.redo_action.setShortcuts(redo_shortcuts())
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        for signal in (stack.indexChanged, stack.undoTextChanged, stack.redoTextChanged):
            signal.connect(self._show)
        self._show()

    @property
    def waiting(self) -> bool:
        """An undo or redo is being written."""
        return self._pending is not None

    def undo(self) -> None:
        if self._pending is None and self._stack.canUndo():
            self._step(self._stack.command(self._stack.index() - 1), undo=True)

    def redo(self) -> None:
        if self._pending is None and self._stack.canRedo():
            self._step(self._stack.command(self._stack.index()), undo=False)

    def _step(self, command: QUndoCommand, *, undo: bool) -> None:
        if hasattr(command, "on_written"):  # an EventCommand: it writes in the background
            written = cast("EventCommand", command)
            self._pending = written
            written.on_written = lambda error: self._written(written, error, undo=undo)
            self._show()
        if undo:
            self._stack.undo()
        else:
            self._stack.redo()

    def _written(self, command: EventCommand, error: str | None, *, undo: bool) -> None:
        command.on_written = None
        self._pending = None
        if not isValid(self._stack):
            return
        back = self._stack.index() - (0 if undo else 1)
        if error is not None and self._stack.command(back) is command:
            # Put the history back without writing: the data is still as before the step.
            command.skip_next = True
            if undo:
                self._stack.redo()
            else:
                self._stack.undo()
        self._show()
        if error is not None:
            title = (
                translate("MainWindow", "Not undone")
                if undo
                else translate("MainWindow", "Not redone")
            )
            self.refused.emit(title, f"{command.text()}: {error}")

    def _show(self) -> None:
        stack, waiting = self._stack, self._pending is not None
        if not isValid(stack):  # the stack being deleted with the window: it still signals
            return
        for action, prefix, text, can in (
            (self.undo_action, translate("MainWindow", "&Undo"), stack.undoText(), stack.canUndo()),
            (self.redo_action, translate("MainWindow", "&Redo"), stack.redoText(), stack.canRedo()),
        ):
            action.setText(f"{prefix} {text.replace('&', '&&')}" if text else prefix)
            verb = prefix.replace("&", "")
            # The toolbar button says the verb alone, the same width whatever is undone: even
            # cut to 28 characters, "Ångra skapa ”Frukostsem…" pushed Redo into the toolbar's
            # overflow menu at 1024 px. The menu and the tooltip say what it undoes.
            action.setIconText(verb)
            action.setToolTip(f"{verb} {text}" if text else verb)
            action.setEnabled(can and not waiting)
