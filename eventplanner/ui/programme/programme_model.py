"""The programme as a list: a Qt table model of an event's sessions, and a proxy that
sorts it and narrows it to a stage, a kind or a person."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from eventplanner.domain.programme import Session, SessionKind, Target
from eventplanner.services.programme.records import Programme
from eventplanner.ui.programme.programme_texts import people_text, session_kind_label
from eventplanner.ui.programme.timetable_view import kind_colour
from eventplanner.ui.text import day_text

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SESSION_ROLE = Qt.ItemDataRole.UserRole + 2
DAY, START, END, STAGE, KIND, TITLE, PEOPLE = range(7)


class ProgrammeModel(QAbstractTableModel):
    """One row per session, in time order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sessions: list[Session] = []
        self._stages: dict[int, str] = {}
        self._people: dict[int, str] = {}
        self._contacts: dict[int, set[int]] = {}

    def set_programme(self, programme: Programme | None) -> None:
        self.beginResetModel()
        if programme is None:
            self._sessions, self._stages, self._people, self._contacts = [], {}, {}, {}
        else:
            self._sessions = list(programme.sessions)
            self._stages = {s.id: s.name for s in programme.stages if s.id is not None}
            self._people = {}
            self._contacts = {}
            for record in self._sessions:
                assert record.id is not None
                links = programme.people_on(Target.SESSION, record.id)
                if record.block_id is not None:
                    links += programme.people_on(Target.BLOCK, record.block_id)
                self._people[record.id] = people_text([(p.contact_name, p.role) for p in links])
                self._contacts[record.id] = {p.contact_id for p in links}
        self.endResetModel()

    def session(self, row: int) -> Session:
        return self._sessions[row]

    def contacts_of(self, row: int) -> set[int]:
        return self._contacts.get(self._sessions[row].id or 0, set())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sessions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 7:
            return None
        return (self.tr("Day"), self.tr("Start"), self.tr("End"), self.tr("Stage"),
                self.tr("Kind"), self.tr("Title"), self.tr("People"))[section]  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sessions):
            return None
        record = self._sessions[index.row()]
        column = index.column()
        if role == SESSION_ROLE:
            return record
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        if role == SORT_ROLE:
            if column in (DAY, START):
                return record.start.isoformat()
            if column == END:
                return record.end.isoformat()
            return (self._text(record, column) or "").casefold()
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return kind_colour(record.kind)
        return None

    def _text(self, record: Session, column: int) -> str:
        if column == DAY:
            return day_text(record.start.date())
        if column == START:
            return f"{record.start:%H:%M}"
        if column == END:
            return f"{record.end:%H:%M}"
        if column == STAGE:
            return self._stages.get(record.stage_id or 0, "")
        if column == KIND:
            return session_kind_label(record.kind)
        if column == TITLE:
            return record.title
        return self._people.get(record.id or 0, "")


class ProgrammeFilter(QSortFilterProxyModel):
    """Sorts by what a column means (times as times) and keeps the sessions of a stage,
    a kind and a person, when chosen."""

    def __init__(self, source: ProgrammeModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.stage_id: int | None = None
        self.kind: SessionKind | None = None
        self.contact_id: int | None = None

    def narrow(
        self, *, stage_id: int | None, kind: SessionKind | None, contact_id: int | None
    ) -> None:
        self.beginFilterChange()
        self.stage_id, self.kind, self.contact_id = stage_id, kind, contact_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        record = self._source.session(source_row)
        if self.stage_id is not None and record.stage_id != self.stage_id:
            return False
        if self.kind is not None and record.kind is not self.kind:
            return False
        return self.contact_id is None or self.contact_id in self._source.contacts_of(source_row)
