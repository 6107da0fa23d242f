"""The door's list as a flat table: the rows read (on the reading thread, their search
text folded there), narrowed in memory as each letter is typed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from eventplanner.domain.checkin import DoorRow, matching, narrowed
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.ui.participants.participants_model import status_text

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


class CheckinModel(QAbstractTableModel):
    """One row a registration the typed text names: name, organisation, e-mail, status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: tuple[DoorRow, ...] = ()
        self._place: dict[int, int] = {}
        self._shown: list[DoorRow] = []
        self._text = ""
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[DoorRow]) -> None:
        """Every registration of the event (read again): shown as the typed text names."""
        self._all = tuple(rows)
        self._place = {id(r): n for n, r in enumerate(self._all)}
        self._show()

    def set_filter(self, text: str) -> None:
        """Show the rows ``text`` names; more letters typed look only among those shown."""
        among: Sequence[DoorRow] = self._all
        if narrowed(self._text, text):  # in the list's order again, as matching wants it
            among = sorted(self._shown, key=lambda r: self._place[id(r)])
        self._text = text
        self._show(among)

    def _show(self, among: Sequence[DoorRow] | None = None) -> None:
        self.beginResetModel()
        self._shown = matching(self._all if among is None else among, self._text)
        self.endResetModel()

    def mark(self, contact_ids: set[int], status: RegistrationStatus) -> None:
        """Show these people's registrations so at once, before the list is read again."""
        changed = {id(r): replace(r, status=status) for r in self._all
                   if r.contact_id in contact_ids and r.status is not status}  # fmt: skip
        if not changed:
            return
        self._all = tuple(changed.get(id(r), r) for r in self._all)
        self._place = {id(r): n for n, r in enumerate(self._all)}
        self._shown = [changed.get(id(r), r) for r in self._shown]
        if self._shown:
            last = self.index(len(self._shown) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    @property
    def rows(self) -> tuple[DoorRow, ...]:
        """All the event's registrations, whatever is typed."""
        return self._all

    def row(self, number: int) -> DoorRow:
        return self._shown[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row = self._shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = status_text(row.status)
            if row.arrived:
                status = f"✓ {status}"
            return (row.name, row.organisation, row.email, status)[index.column()]
        if role == Qt.ItemDataRole.FontRole and row.arrived and index.column() == 3:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and row.status is RegistrationStatus.CANCELLED:
            return translate("checkin", "Cancelled: Enter marks them attended all the same")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = (translate("checkin", "Name"), translate("checkin", "Organisation"),
                       translate("checkin", "E-mail"), translate("checkin", "Status"))  # fmt: skip
            return headers[section] if 0 <= section < len(headers) else None
        return None
