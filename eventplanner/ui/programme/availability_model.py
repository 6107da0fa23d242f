"""A person's availability as a table: each period's from and to (in the zone the dialog
shows), whether they can or cannot be there, and its note."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from eventplanner.domain.programme import Availability
from eventplanner.domain.timezones import zone
from eventplanner.ui.models.row_table import Index, RowTableModel
from eventplanner.ui.palette import is_dark
from eventplanner.ui.text import days_text
from eventplanner.ui.wording import filled

translate = QCoreApplication.translate
PERIOD_ROLE = Qt.ItemDataRole.UserRole + 1


class AvailabilityColumn(IntEnum):
    FROM = 0
    TO = 1
    CAN = 2
    NOTE = 3


def whole_days(period: Availability, time_zone: str) -> tuple[date, date] | None:
    """The first and last day when ``period`` runs from midnight to midnight in
    ``time_zone`` (whole days, as they were given), else None."""
    tz = zone(time_zone)
    start, end = period.start.astimezone(tz), period.end.astimezone(tz)
    midnight = datetime.min.time()
    if start.time() != midnight or end.time() != midnight or end <= start:
        return None
    return start.date(), end.date() - timedelta(days=1)


def can_text(available: bool) -> str:
    if available:
        return translate("AvailabilityModel", "Can be there")
    return translate("AvailabilityModel", "Cannot be there")


class AvailabilityModel(RowTableModel[Availability]):
    """The periods in time order, their times in ``time_zone``."""

    def __init__(self, time_zone: str, parent: Any = None) -> None:
        headers = {
            AvailabilityColumn.FROM: translate("AvailabilityModel", "From"),
            AvailabilityColumn.TO: translate("AvailabilityModel", "To"),
            AvailabilityColumn.CAN: translate("AvailabilityModel", "Can they be there?"),
            AvailabilityColumn.NOTE: translate("AvailabilityModel", "Note"),
        }
        super().__init__(AvailabilityColumn, headers, parent)
        self.time_zone = time_zone

    def set_periods(self, periods: Sequence[Availability], time_zone: str) -> None:
        self.beginResetModel()
        self._rows = sorted(periods, key=lambda p: (p.start, p.end, p.id or 0))
        self.time_zone = time_zone
        self.endResetModel()

    def period(self, row: int) -> Availability | None:
        return self.row_at(row)

    def row_of(self, ident: int | None) -> int:
        return next((n for n, p in enumerate(self._rows) if p.id == ident), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        period = self.period(index.row())
        if period is None or not 0 <= index.column() < len(AvailabilityColumn):
            return None
        column = AvailabilityColumn(index.column())
        if role == PERIOD_ROLE:
            return period
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(period, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is AvailabilityColumn.CAN:
            if period.available:
                return None
            return QColor("#ef9a9a" if is_dark() else "#b71c1c")
        return None

    def text(self, period: Availability, column: AvailabilityColumn) -> str:
        if column is AvailabilityColumn.CAN:
            return can_text(period.available)
        if column is AvailabilityColumn.NOTE:
            return period.note
        days = whole_days(period, self.time_zone)
        if days is not None:
            if column is AvailabilityColumn.FROM:
                return days_text(days[0], days[0])
            # The last day, included: said, or "to Wed 3 Mar" reads as ending at its start.
            return filled(translate("AvailabilityModel", "%1 (whole days)"),
                          days_text(days[1], days[1]))  # fmt: skip
        tz = zone(self.time_zone)
        moment = (period.start if column is AvailabilityColumn.FROM else period.end).astimezone(tz)
        return f"{days_text(moment.date(), moment.date())} {moment:%H:%M}"
