"""The personal-data window's tables: people found, what is held about one, and past
events still holding personal data (plain lists of the service's records, adapted)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from eventplanner.services.personal_data.records import HeldRecord, PastEvent
from eventplanner.services.registrations.records import Participant
from eventplanner.ui.models.row_table import RowTableModel
from eventplanner.ui.personal_data.personal_data_texts import held_text, section_text

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


class PersonColumn(IntEnum):
    NAME = 0
    REGISTRATIONS = 1
    EMAIL = 2
    ORGANISATION = 3


class PeopleModel(RowTableModel[Participant]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(PersonColumn, {
            PersonColumn.NAME: translate("personal_data", "Name"),
            PersonColumn.EMAIL: translate("personal_data", "E-mail"),
            PersonColumn.ORGANISATION: translate("personal_data", "Organisation"),
            PersonColumn.REGISTRATIONS: translate("personal_data", "Events"),
        }, parent)  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.row_at(index.row()) if index.isValid() else None
        if found is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            values = (found.contact.name, str(found.registrations), found.contact.email,
                      found.organisation)  # fmt: skip
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return translate("personal_data", "Events the person registered for")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class HeldColumn(IntEnum):
    WHAT = 0
    EVENT = 1
    WHEN = 2
    HELD = 3


class HoldingsModel(RowTableModel[HeldRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(HeldColumn, {
            HeldColumn.WHAT: translate("personal_data", "Held as"),
            HeldColumn.EVENT: translate("personal_data", "Event"),
            HeldColumn.WHEN: translate("personal_data", "Date"),
            HeldColumn.HELD: translate("personal_data", "What is held"),
        }, parent)  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.row_at(index.row()) if index.isValid() else None
        if found is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        event = found.event
        values = (
            section_text(found.section),
            event.title if event is not None else "",
            f"{event.starts_at.astimezone():%Y-%m-%d}"
            if event is not None else "",
            held_text(found),
        )  # fmt: skip
        return values[index.column()]


class PastColumn(IntEnum):
    EVENT = 0
    ENDED = 1
    PEOPLE = 2


class PastEventsModel(RowTableModel[PastEvent]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(PastColumn, {
            PastColumn.EVENT: translate("personal_data", "Past event"),
            PastColumn.ENDED: translate("personal_data", "Ended"),
            PastColumn.PEOPLE: translate("personal_data", "People not anonymised"),
        }, parent)  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.row_at(index.row()) if index.isValid() else None
        if found is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            values = (found.title,
                      f"{found.ended.astimezone():%Y-%m-%d}",
                      str(found.people))  # fmt: skip
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
