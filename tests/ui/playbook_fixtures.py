"""The Playbooks window on a new database with one playbook of the team's (``small``), with
its own undo stack (``.stack``), and how the tests wait for it and edit its cells."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from eventplanner.domain.playbooks import Playbook
from eventplanner.services.workspace import Workspace
from eventplanner.ui.planner import Planner
from eventplanner.ui.playbooks.name_dialog import NameDialog
from eventplanner.ui.playbooks.playbooks_window import PlaybooksWindow
from eventplanner.ui.playbooks.template_model import TemplateColumn
from tests.services.test_playbook_service import small

OWN = "Nätverksträff"
FAIR = "Trade fair with a shared stand"


def workspace_of(planner: Planner) -> Workspace:
    workspace = planner.workspace
    assert workspace is not None
    return workspace


def stored(planner: Planner, name: str = OWN) -> Playbook:
    return workspace_of(planner).playbooks.get(name).playbook


@contextmanager
def shown_playbooks(qtbot, planner: Planner) -> Iterator[PlaybooksWindow]:  # type: ignore[no-untyped-def]
    workspace_of(planner).playbooks.create(small())
    stack = QUndoStack()
    made = PlaybooksWindow(planner, stack)
    made.stack = stack  # type: ignore[attr-defined]  # kept alive beside the window
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.show()
    yield made
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    made.close()
    made.deleteLater()
    stack.deleteLater()


def stack_of(window: PlaybooksWindow) -> QUndoStack:
    stack: QUndoStack = window.stack  # type: ignore[attr-defined]
    return stack


def written(qtbot, window: PlaybooksWindow, act: Callable[[], object]) -> None:  # type: ignore[no-untyped-def]
    """Do ``act`` (a change, an undo), and wait until it is written and read again."""
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        act()
    qtbot.waitUntil(lambda: not window._pending, timeout=20_000)


def answer(text: str | None) -> Callable[[NameDialog], str | None]:
    """A name dialog answered with ``text`` typed (None: cancelled); OK only if it may."""

    def ask(dialog: NameDialog) -> str | None:
        if text is None:
            return None
        dialog.line.setText(text)
        return dialog.text() if dialog.ok_button.isEnabled() else None

    return ask


def editor(window: PlaybooksWindow, row: int, column: TemplateColumn) -> QWidget:
    """Open the editor of a cell, as a double-click does."""
    index = window.model.index(row, column)
    window.table.setCurrentIndex(index)
    window.table.edit(index)
    found = window.table.viewport().findChildren(QWidget)
    made = [w for w in found if isinstance(w, QComboBox | QSpinBox | QLineEdit)
            and w.isVisible() and not isinstance(w.parent(), QComboBox | QSpinBox)]  # fmt: skip
    assert made, "no editor opened"
    return made[0]


def choose(box: QWidget, text: str) -> None:
    """Choose ``text`` in an editor's list, as a click on it does."""
    assert isinstance(box, QComboBox)
    at = box.findText(text)
    assert at >= 0, f"{text!r} is not among {[box.itemText(i) for i in range(box.count())]}"
    box.setCurrentIndex(at)
    box.activated.emit(at)


def typed(qtbot, box: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` over what an editor holds and press Enter."""
    if isinstance(box, QSpinBox):
        box.lineEdit().selectAll()
        qtbot.keyClicks(box.lineEdit(), text)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        return
    line = box.lineEdit() if isinstance(box, QComboBox) else box
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def cells(window: PlaybooksWindow, column: TemplateColumn) -> list[str]:
    model = window.model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]
