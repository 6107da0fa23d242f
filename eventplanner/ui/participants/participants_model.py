"""The registrations of an event as a table (a plain list of the service's lines, adapted)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from eventplanner.domain.registrations import RegistrationSource, RegistrationStatus
from eventplanner.services.registrations.records import RegistrationLine

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The person's contact id."""


def status_text(status: RegistrationStatus) -> str:
    texts = {
        RegistrationStatus.REGISTERED: translate("participants", "registered"),
        RegistrationStatus.WAITLISTED: translate("participants", "waiting"),
        RegistrationStatus.CANCELLED: translate("participants", "cancelled"),
        RegistrationStatus.ATTENDED: translate("participants", "attended"),
        RegistrationStatus.NO_SHOW: translate("participants", "no-show"),
    }
    return texts[status]


def source_text(source: RegistrationSource) -> str:
    texts = {
        RegistrationSource.TYPED: translate("participants", "typed in"),
        RegistrationSource.FORM_IMPORT: translate("participants", "form import"),
        RegistrationSource.COPIED: translate("participants", "copied"),
    }
    return texts[source]


def export_labels() -> dict[RegistrationStatus | RegistrationSource, str]:
    """The words of an exported list's statuses and sources, in the window's language."""
    labels: dict[RegistrationStatus | RegistrationSource, str] = {
        s: status_text(s) for s in RegistrationStatus
    }
    labels.update({s: source_text(s) for s in RegistrationSource})
    return labels


class RegistrationModel(QAbstractTableModel):
    """One row a registration: its place on the waitlist, the person, status and needs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[RegistrationLine] = []

    def set_lines(self, lines: Sequence[RegistrationLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> RegistrationLine:
        return self._lines[row]

    def lines(self) -> list[RegistrationLine]:
        return list(self._lines)

    def export_headers(self) -> list[str]:
        """The columns of an exported list, in the window's language."""
        return [
            translate("participants", "Waiting"),
            translate("participants", "Name"),
            translate("participants", "E-mail"),
            translate("participants", "Organisation"),
            translate("participants", "Status"),
            translate("participants", "Registered"),
            translate("participants", "Source"),
            translate("participants", "Needs"),
        ]

    def headers(self) -> list[str]:
        return [
            translate("participants", "Waiting"),
            translate("participants", "Name"),
            translate("participants", "E-mail"),
            translate("participants", "Organisation"),
            translate("participants", "Status"),
            translate("participants", "Needs"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == CONTACT_ROLE:
            return line.registration.contact_id
        if role == Qt.ItemDataRole.DisplayRole:
            position = line.waitlist_position
            values = (
                "" if position is None else str(position),
                line.name,
                line.email,
                line.organisation,
                status_text(line.registration.status),
                line.registration.needs,
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None
