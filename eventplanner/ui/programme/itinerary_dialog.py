"""A person's itinerary: everything they are in, in every event, in time order (the
sessions, blocks and whole events they have a role on), with role and confirmation."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.programme import Target
from eventplanner.services.programme.records import ItineraryEntry
from eventplanner.ui.planner import Planner
from eventplanner.ui.programme.programme_texts import confirmation_label, role_label
from eventplanner.ui.text import day_text, days_text
from eventplanner.ui.wording import filled

_EVENT, _WHAT = 2, 3
"""The columns that share the width the others leave."""
Stretch, ToContents = QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents


class ItineraryDialog(QDialog):
    """Read in the background when opened; ``loaded`` once shown."""

    def __init__(
        self, planner: Planner, contact_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(filled(self.tr("Itinerary: %1"), name))
        self.heading = QLabel(filled(self.tr("Everything %1 is in, in time order"), name))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Day"), self.tr("Time"), self.tr("Event"), self.tr("What"),
            self.tr("Role"), self.tr("Confirmation"),
        ])  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column in range(self.table.columnCount()):
            # The event's and the session's names share the width left (elided, whole in
            # their tooltips), so the role and confirmation are never behind a scroll bar.
            stretch = column in (_EVENT, _WHAT)
            header.setSectionResizeMode(column, Stretch if stretch else ToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.table, 1)
        box.addWidget(buttons)
        self.resize(900, 480)
        self.entries: tuple[ItineraryEntry, ...] | None = None
        planner.read(lambda ws: ws.programme.itinerary(contact_id), self._show,
                     key=f"itinerary-{id(self)}")  # fmt: skip

    def _show(self, entries: tuple[ItineraryEntry, ...]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            what = entry.title if not entry.stage else f"{entry.title} ({entry.stage})"
            when = f"{entry.start:%H:%M}–{entry.end:%H:%M}"
            day = day_text(entry.start.date())
            if entry.target is Target.EVENT:
                what = self.tr("the whole event")
                if entry.start.time() == entry.end.time() == time():  # all day
                    last = entry.end.date() - timedelta(days=1)
                    day, when = days_text(entry.start.date(), max(last, entry.start.date())), ""
            cells = [day, when, entry.event_title, what,
                     role_label(entry.role), confirmation_label(entry.confirmation)]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        if not entries:
            self.heading.setText(self.tr("Nothing yet: this person has no role in a programme."))
