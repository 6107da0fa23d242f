"""Go to date: a calendar to pick a day from (Ctrl+G)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from eventplanner.ui.qt_dates import day_of


class GoToDateDialog(QDialog):
    def __init__(self, parent: QWidget | None, day: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Go to date"))
        self.calendar = QCalendarWidget(self)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.activated.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def day(self) -> date:
        return day_of(self.calendar.selectedDate())


def ask_date(parent: QWidget | None, day: date) -> date | None:
    dialog = GoToDateDialog(parent, day)
    return dialog.day() if dialog.exec() == QDialog.DialogCode.Accepted else None
