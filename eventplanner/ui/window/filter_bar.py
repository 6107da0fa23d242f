"""The filter bar: text search, kinds, statuses, and whether cancelled events show.

It only collects what the person chose; the query does the filtering (services).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.filters import EventFilter
from eventplanner.ui import labels
from eventplanner.ui.widgets.choice_button import TickMenu
from eventplanner.ui.wording import filled

TYPING_PAUSE_MS = 150


class FilterBar(QWidget):
    """Emits ``filter_changed`` (debounced while typing) with an EventFilter."""

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search titles and descriptions (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 36)
        self._kinds = self._menu_button(
            self.tr("Kinds"), [(k.value, labels.kind_label(k)) for k in EventKind]
        )
        self._statuses = self._menu_button(
            self.tr("Statuses"), [(s.value, labels.status_label(s)) for s in EventStatus]
        )
        self.show_cancelled = QCheckBox(self.tr("Show cancelled"), self)
        self.show_cancelled.setChecked(True)
        self.count_label = QLabel(self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        layout.addWidget(self._kinds)
        layout.addWidget(self._statuses)
        layout.addWidget(self.show_cancelled)
        layout.addStretch(0)
        layout.addWidget(self.count_label)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._emit)
        self.search.textChanged.connect(self._typing.start)
        self.show_cancelled.toggled.connect(self._emit)

    def _menu_button(self, text: str, items: list[tuple[str, str]]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = TickMenu(button)
        for value, label in items:
            action = QAction(label, menu)
            action.setCheckable(True)
            action.setData(value)
            action.toggled.connect(self._emit)
            action.toggled.connect(lambda _on, b=button, t=text: self._caption(b, t))
            menu.addAction(action)
        button.setMenu(menu)
        return button

    def _caption(self, button: QToolButton, text: str) -> None:
        chosen = sum(1 for a in button.menu().actions() if a.isChecked())
        button.setText(f"{text} ({chosen})" if chosen else text)

    def _checked(self, button: QToolButton) -> list[str]:
        return [str(a.data()) for a in button.menu().actions() if a.isChecked()]

    def current(self) -> EventFilter:
        return EventFilter(
            text=self.search.text().strip(),
            kinds=frozenset(EventKind(v) for v in self._checked(self._kinds)),
            statuses=frozenset(EventStatus(v) for v in self._checked(self._statuses)),
            include_cancelled=self.show_cancelled.isChecked(),
        )

    def set_current(self, where: EventFilter) -> None:
        """Show a remembered filter without emitting a change for every part of it."""
        self.blockSignals(True)
        try:
            self.search.setText(where.text)
            for button, chosen in (
                (self._kinds, {k.value for k in where.kinds}),
                (self._statuses, {s.value for s in where.statuses}),
            ):
                for action in button.menu().actions():
                    action.setChecked(action.data() in chosen)
            self.show_cancelled.setChecked(where.include_cancelled)
        finally:
            self.blockSignals(False)
        self._typing.stop()

    def set_count(self, shown: int, total: int | None = None) -> None:
        """'12 shown', or '12 of 40 shown' while the sidebar narrows the period."""
        if total is None or total == shown:
            text = filled(self.tr("%1 shown"), _number(shown))
        else:
            text = filled(self.tr("%1 of %2 shown"), _number(shown), _number(total))
        self.count_label.setText(text)

    def _emit(self) -> None:
        self.filter_changed.emit(self.current())


def _number(count: int) -> str:
    return f"{count:,}".replace(",", "\N{NO-BREAK SPACE}")
