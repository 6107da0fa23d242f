"""The e-mails of a release, one row per person: to whom, at what address, on what subject.
A thin model over the services' ``PersonEmail`` values."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from eventplanner.services.programme.release_emails import PersonEmail
from eventplanner.ui.models.row_table import Index, RowTableModel

translate = QCoreApplication.translate


class EmailColumn(IntEnum):
    TO = 0
    ADDRESS = 1


def _headers() -> dict[EmailColumn, str]:
    return {
        EmailColumn.TO: translate("ReleaseEmailModel", "To"),
        EmailColumn.ADDRESS: translate("ReleaseEmailModel", "Address"),
    }


class ReleaseEmailModel(RowTableModel[PersonEmail]):
    """One e-mail per affected person, by name."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(EmailColumn, _headers(), parent)

    def set_emails(self, emails: Sequence[PersonEmail]) -> None:
        self.beginResetModel()
        self._rows = list(emails)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        email = self.row_at(index.row()) if index.isValid() else None
        if email is None or not 0 <= index.column() < len(EmailColumn):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            name, address = email.to
            if index.column() == EmailColumn.TO:
                return name
            return address or translate("ReleaseEmailModel", "no e-mail address")
        return None
