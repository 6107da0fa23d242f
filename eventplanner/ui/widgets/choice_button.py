"""A button whose menu ticks any number of values ("Kinds (2)"), as the filter bar's do."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

_TICK_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class TickMenu(QMenu):
    """A menu of ticks that stays open while several are ticked (a QMenu closes at the
    first); Escape or a click outside closes it."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.actionAt(event.position().toPoint())
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.activeAction()
        if event.key() in _TICK_KEYS and action is not None and action.isCheckable():
            action.trigger()
            event.accept()
            return
        super().keyPressEvent(event)


class ChoiceButton(QToolButton):
    """Ticks values in its menu; the caption counts them. Nothing ticked means "any"."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(TickMenu(self))
        self._values: list[Hashable] = []
        self._caption()

    def set_items(self, items: Sequence[tuple[Hashable, str]]) -> None:
        """The values offered, each with its label; ticks of values still offered stay."""
        ticked = set(self.checked())
        menu = self.menu()
        menu.clear()
        self._values = []
        for value, label in items:
            action = QAction(label, menu)
            action.setCheckable(True)
            action.setChecked(value in ticked)
            action.toggled.connect(lambda _on: self._toggled())
            menu.addAction(action)
            self._values.append(value)
        self.setEnabled(bool(items))
        self._caption()

    def checked(self) -> list[Hashable]:
        """The ticked values, in the menu's order."""
        actions = self.menu().actions()
        return [v for v, a in zip(self._values, actions, strict=True) if a.isChecked()]

    def labels(self) -> list[str]:
        """The ticked values' labels."""
        return [a.text() for a in self.menu().actions() if a.isChecked()]

    def set_checked(self, values: Iterable[Hashable]) -> None:
        wanted = set(values)
        for value, action in zip(self._values, self.menu().actions(), strict=True):
            action.blockSignals(True)
            action.setChecked(value in wanted)
            action.blockSignals(False)
        self._caption()

    def action_for(self, value: Hashable) -> QAction | None:
        """The menu's action of ``value`` (tests tick values through it, as a click would)."""
        for known, action in zip(self._values, self.menu().actions(), strict=True):
            if known == value:
                return action
        return None

    def _toggled(self) -> None:
        self._caption()
        self.changed.emit()

    def _caption(self) -> None:
        count = len(self.checked()) if self._values else 0
        self.setText(f"{self._text} ({count})" if count else self._text)
