"""The agenda: occurrences as table rows, grouped under week or month headings.

The model is thin, like Anki's browser table: it holds a Python list of rows and answers
``data()`` from it. Sorting re-orders that list in Python and resets the model (14 ms for
10,000 rows, against 0.9 s through a QSortFilterProxyModel); filtering happens in the query.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from operator import attrgetter
from typing import Any, final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QIcon, QPixmap

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.text import swedish_sort_key
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan
from eventplanner.ui import labels, palette, text
from eventplanner.ui.wording import filled

# The column titles are spelled out in translate("AgendaModel", "…") calls: lupdate
# (tools/translations.py) collects only literal texts in calls named tr or translate.
translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole + 1
IS_HEADING_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    DATE = 0
    TIME = 1
    WEEK = 2
    KIND = 3
    TITLE = 4
    VENUE = 5
    PROJECT = 6
    STATUS = 7


class Grouping(IntEnum):
    NONE = 0
    WEEK = 1
    MONTH = 2


@final
@dataclass(frozen=True, slots=True)
class _Heading:
    text: str
    count: int


@final
@dataclass(frozen=True, slots=True)
class _Holiday:
    """A Swedish holiday the agenda lists: a row of its own, in red."""

    day: date
    name: str


_Row = Occurrence | _Heading | _Holiday


class AgendaModel(QAbstractTableModel):
    """Occurrences in rows; group headings (a week, a month) span the table."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._occurrences: list[Occurrence] = []
        self._rows: list[_Row] = []
        self._zone = "Europe/Stockholm"
        self._grouping = Grouping.WEEK
        self._sort_column = Column.DATE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._icons: dict[EventKind, QIcon] = {}
        # Each occurrence's day and column texts once worked out, by identity: a search
        # narrows a period the planner keeps, so its next answer shows the same objects.
        self._seen: dict[int, _Seen] = {}
        self._words: dict[object, str] = {}  # the texts of a day span, a kind, a status
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        self._holidays: dict[date, str] = {}
        self._period: tuple[date, date] | None = None  # the days listed, holidays and all
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- feeding ---------------------------------------------------------------------------

    def set_occurrences(
        self,
        occurrences: Sequence[Occurrence],
        display_zone: str,
        *,
        in_start_order: bool = False,
        period: tuple[date, date] | None = None,
    ) -> None:
        """Show these; ``in_start_order`` says they come sorted by ``Occurrence.sort_key``, as
        the services answer, so that sorting by date need not sort them again. ``period``,
        the first and last day listed: its holidays are listed in weeks (or months) without
        events too (without it, only in those with events)."""
        if display_zone != self._zone:
            self._seen = {}
        self.beginResetModel()
        self._occurrences = list(occurrences)
        self._zone = display_zone
        self._period = period
        self._rebuild(in_start_order=in_start_order)
        self.endResetModel()

    def set_holidays(self, holidays: Mapping[date, str]) -> None:
        """Swedish holidays by day: each in the period, or in a week (or month) with events,
        gets a row of its own."""
        holidays = dict(holidays)
        if holidays == self._holidays:
            return
        self._holidays = holidays
        before = self._rows
        self._rebuild()
        if self._rows != before:
            rows, self._rows = self._rows, before
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    def set_grouping(self, grouping: Grouping) -> None:
        if grouping != self._grouping:
            self.beginResetModel()
            self._grouping = grouping
            self._rebuild()
            self.endResetModel()

    def grouping(self) -> Grouping:
        return self._grouping

    def occurrence(self, row: int) -> Occurrence | None:
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item if isinstance(item, Occurrence) else None

    def is_heading(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and isinstance(self._rows[row], _Heading)

    def row_of(self, predicate: Callable[[Occurrence], bool]) -> int:
        """The first row whose occurrence satisfies ``predicate``, or -1."""
        for row, item in enumerate(self._rows):
            if isinstance(item, Occurrence) and predicate(item):
                return row
        return -1

    def occurrence_count(self) -> int:
        return len(self._occurrences)

    # -- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[Column(section)]()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not isinstance(self._rows[index.row()], Occurrence):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked some 1,500 times for each frame of the table (every role of every visible
        # cell): the texts of a row are made once, and each role is a plain int compare.
        row = index.row()
        rows = self._rows
        if not 0 <= row < len(rows) or not index.isValid():
            return None
        item = rows[row]
        column = index.column()
        if type(item) is _Heading:
            return self._heading_data(item, Column(column), role)
        if type(item) is _Holiday:
            return self._holiday_data(item, Column(column), role)
        if role == _DISPLAY:
            seen = self._seen_of(item)
            if seen.texts is None:
                seen.texts = tuple(self._display(item, c) for c in Column)
            return seen.texts[column]
        if role == OCCURRENCE_ROLE:
            return item
        if role == IS_HEADING_ROLE:
            return False
        if role == _DECORATION and column == Column.KIND:
            return self._icon(item.kind)
        if role == _FONT and item.status is EventStatus.CANCELLED:
            return self._struck
        if role == _FOREGROUND and item.status in (EventStatus.CANCELLED, EventStatus.DRAFT):
            return QBrush(palette.chip_text(EventStatus.CANCELLED))
        if role == _TOOLTIP:
            return text.tooltip(item, self._zone)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        # A reset, not a layout change: headings come and go with the sort column.
        self.beginResetModel()
        self._sort_column = Column(column)
        self._sort_order = order
        self._rebuild()
        self.endResetModel()

    # -- helpers -----------------------------------------------------------------------------

    def _heading_data(self, heading: _Heading, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == Column.DATE:
            return heading.text
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == IS_HEADING_ROLE:
            return True
        return None

    def _holiday_data(self, holiday: _Holiday, column: Column, role: int) -> Any:
        if role == _DISPLAY:
            if column == Column.DATE:
                return text.days_text(holiday.day, holiday.day)
            if column == Column.WEEK:
                return str(holiday.day.isocalendar().week)
            if column == Column.KIND:
                return self.tr("Holiday")
            return holiday.name if column == Column.TITLE else ""
        if role == _FOREGROUND:
            return QBrush(palette.red_day(palette.is_dark()))
        if role == _FONT:
            return self._italic
        if role == _TOOLTIP:
            return holiday.name
        if role == IS_HEADING_ROLE:
            return False
        return None

    def _display(self, item: Occurrence, column: Column) -> str:
        timing = item.timing
        if column == Column.DATE:
            days = text.shown_days(timing, self._zone)
            found = self._words.get(days)
            if found is None:  # a quarter's 4,000 rows fall on some 90 days
                found = self._words[days] = text.days_text(*days)
            return found
        if column == Column.TIME:
            return text.time_text(timing, self._zone)
        if column == Column.WEEK:
            return str(text.iso_week(timing, self._zone))
        if column == Column.KIND:
            return self._label(item.kind, labels.kind_label)
        if column == Column.TITLE:
            return item.title
        if column == Column.VENUE:
            return item.venue_name or ""
        if column == Column.PROJECT:
            return item.project_name or ""
        return self._label(item.status, labels.status_label)

    def _label(self, value: Any, label: Callable[[Any], str]) -> str:
        # Looked up once: each label is a handful of translate() calls.
        found = self._words.get(value)
        if found is None:
            found = self._words[value] = label(value)
        return found

    def _icon(self, kind: EventKind) -> QIcon:
        icon = self._icons.get(kind)
        if icon is None:
            pixmap = QPixmap(12, 12)
            pixmap.fill(palette.kind_colour(kind))
            icon = self._icons[kind] = QIcon(pixmap)
        return icon

    def _rebuild(self, *, in_start_order: bool = False) -> None:
        by_time = self._sort_column in (Column.DATE, Column.TIME, Column.WEEK)
        ascending = self._sort_order == Qt.SortOrder.AscendingOrder
        if in_start_order and by_time and ascending:
            ordered = self._occurrences
        else:
            ordered = sorted(self._occurrences, key=self._sort_key(), reverse=not ascending)
        grouped = self._grouping != Grouping.NONE and by_time
        if not grouped:
            self._rows = list(ordered)
            return
        groups: dict[tuple[int, int], list[Occurrence]] = {}
        keys: dict[date, tuple[int, int]] = {}  # a quarter has 4,000 events on 90 days
        for occurrence in ordered:
            day = self._seen_of(occurrence).day
            key = keys.get(day)
            if key is None:
                key = keys[day] = self._group_key(day)
            groups.setdefault(key, []).append(occurrence)
        holidays: dict[tuple[int, int], list[_Holiday]] = {}
        for day, name in sorted(self._holidays.items(), reverse=not ascending):
            key = self._group_key(day)
            # A holiday of the period is listed in a week without events too (Christmas
            # week, Ascension Day): that is when a coordinator plans around it.
            listed = self._period is not None and self._period[0] <= day <= self._period[1]
            if key in groups or listed:
                holidays.setdefault(key, []).append(_Holiday(day, name))
        rows: list[_Row] = []
        for key in sorted(groups.keys() | holidays.keys(), reverse=not ascending):
            members, days_off = groups.get(key, []), holidays.get(key, [])
            rows.append(_Heading(self._group_text(members, days_off), len(members)))
            rows.extend(self._with_holidays(members, days_off, ascending))
        self._rows = rows

    def _with_holidays(
        self, members: list[Occurrence], holidays: list[_Holiday], ascending: bool
    ) -> list[_Row]:
        """A group's occurrences with its holidays among them, each before its day's events
        (after them, sorted latest first)."""
        if not holidays:
            return list(members)
        merged: list[_Row] = []
        waiting = list(holidays)
        for occurrence in members:
            day = self._seen_of(occurrence).day
            while waiting and (waiting[0].day <= day if ascending else waiting[0].day > day):
                merged.append(waiting.pop(0))
            merged.append(occurrence)
        return merged + waiting

    def _seen_of(self, occurrence: Occurrence) -> _Seen:
        seen = self._seen.get(id(occurrence))
        if seen is None or seen.occurrence is not occurrence:
            if len(self._seen) > _SEEN_KEPT:
                self._seen = {}
            timing = occurrence.timing
            if isinstance(timing, AllDaySpan):
                day = timing.first_day
            else:
                day = timing.start.astimezone(zone(self._zone)).date()
            seen = self._seen[id(occurrence)] = _Seen(occurrence, day)
        return seen

    def _group_key(self, day: date) -> tuple[int, int]:
        if self._grouping == Grouping.MONTH:
            return (day.year, day.month)
        iso = day.isocalendar()
        return (iso.year, iso.week)

    def _group_text(self, members: list[Occurrence], holidays: list[_Holiday]) -> str:
        day = text.first_day(members[0].timing, self._zone) if members else holidays[0].day
        count = len(members)
        monthly = self._grouping == Grouping.MONTH
        title = text.month_text(day) if monthly else text.week_text(day)
        if count == 0:
            return filled(self.tr("%1 · no events"), title)
        if count == 1:
            return filled(self.tr("%1 · 1 event"), title)
        return filled(self.tr("%1 · %2 events"), title, str(count))

    def _sort_key(self) -> Callable[[Occurrence], Any]:
        column = self._sort_column
        if column in (Column.DATE, Column.TIME, Column.WEEK):
            return _BY_START
        if column == Column.KIND:
            return lambda o: (labels.kind_label(o.kind), o.sort_key)
        if column == Column.TITLE:
            return lambda o: (swedish_sort_key(o.title), o.sort_key)
        if column == Column.VENUE:
            return lambda o: (swedish_sort_key(o.venue_name or "\uffff"), o.sort_key)
        if column == Column.PROJECT:
            return lambda o: (swedish_sort_key(o.project_name or "\uffff"), o.sort_key)
        return lambda o: (list(EventStatus).index(o.status), o.sort_key)


_BY_START = attrgetter("sort_key")
_SEEN_KEPT = 20_000


class _Seen:
    """What the model worked out for one occurrence; it holds the occurrence, so that its
    id (the key) is not reused by another while this is kept."""

    __slots__ = ("day", "occurrence", "texts")

    def __init__(self, occurrence: Occurrence, day: date) -> None:
        self.occurrence = occurrence
        self.day = day
        self.texts: tuple[str, ...] | None = None


_HEADERS: dict[Column, Callable[[], str]] = {
    Column.DATE: lambda: translate("AgendaModel", "Date"),
    Column.TIME: lambda: translate("AgendaModel", "Time"),
    Column.WEEK: lambda: translate("AgendaModel", "Week"),
    Column.KIND: lambda: translate("AgendaModel", "Kind"),
    Column.TITLE: lambda: translate("AgendaModel", "Title"),
    Column.VENUE: lambda: translate("AgendaModel", "Venue"),
    Column.PROJECT: lambda: translate("AgendaModel", "Project"),
    Column.STATUS: lambda: translate("AgendaModel", "Status"),
}
