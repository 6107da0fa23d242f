"""The feeds window's list: one row per feed, with what it shows, its folder and when its
file was last written. A thin table model over the service's Feed values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    Qt,
)

from eventplanner.domain.feeds import Feed, PhaseChoice
from eventplanner.domain.filters import EventFilter
from eventplanner.domain.timezones import zone
from eventplanner.ui import labels
from eventplanner.ui.models.row_table import Index, RowTableModel
from eventplanner.ui.wording import filled

FEED_ROLE = Qt.ItemDataRole.UserRole + 1
translate = QCoreApplication.translate


class FeedColumn(IntEnum):
    NAME = 0
    SHOWS = 1
    FOLDER = 2
    PUBLISHED = 3


def shows_text(
    feed: Feed,
    projects: Mapping[int, str],
    venues: Mapping[int, str],
    tags: Mapping[int, str] | None = None,
    organisers: Mapping[int, str] | None = None,
) -> str:
    """ "Trade fair, Launch · Mässor 2027 · from 1 Jan 2027": what a feed picks, in short
    (its projects, venues, organisers and tags by their names now)."""
    where = feed.where
    parts: list[str] = []
    if where.kinds:
        parts.append(", ".join(sorted(labels.kind_label(k) for k in where.kinds)))
    if where.statuses:
        parts.append(", ".join(sorted(labels.status_label(s) for s in where.statuses)))
    chosen = (
        (where.project_ids, projects),
        (where.venue_ids, venues),
        (where.organiser_ids, organisers or {}),
    )
    for ids, names in chosen:
        if ids:
            parts.append(", ".join(sorted(names.get(i, f"#{i}") for i in ids)))
    if where.tags or where.tag_ids:
        parts.append(", ".join(tag_names(where, tags or {})))
    if where.text:
        parts.append(f"“{where.text}”")
    locale = QLocale()

    def day(value: Any) -> str:
        return locale.toString(QDate(value.year, value.month, value.day), "d MMM yyyy")

    if feed.first_day and feed.last_day:
        parts.append(
            filled(translate("FeedModel", "%1 to %2"), day(feed.first_day), day(feed.last_day))
        )
    elif feed.first_day:
        parts.append(filled(translate("FeedModel", "from %1"), day(feed.first_day)))
    elif feed.last_day:
        parts.append(filled(translate("FeedModel", "until %1"), day(feed.last_day)))
    if not parts:
        parts.append(translate("FeedModel", "Every event"))
    if feed.include_cancelled:
        parts.append(translate("FeedModel", "cancelled ones too"))
    programme = feed.programme
    if programme.person_id is not None:
        parts.append(translate("FeedModel", "one person's part"))
    if programme.sessions and programme.stage:
        parts.append(filled(translate("FeedModel", "sessions on %1"), programme.stage))
    elif programme.sessions:
        parts.append(translate("FeedModel", "sessions"))
    if programme.phases is PhaseChoice.ALL:
        parts.append(translate("FeedModel", "every phase"))
    elif programme.phases is PhaseChoice.PUBLIC:
        parts.append(translate("FeedModel", "open days"))
    return " · ".join(parts)


def tag_names(where: EventFilter, names: Mapping[int, str]) -> list[str]:
    """The tags a feed's filter chooses, by id and by name, as they are called now."""
    return sorted({*(names.get(i, f"#{i}") for i in where.tag_ids), *where.tags})


def published_text(moment: datetime | None, display_zone: str) -> str:
    if moment is None:
        return translate("FeedModel", "Never")
    local = moment.astimezone(zone(display_zone))
    shown = QLocale().toString(QDate(local.year, local.month, local.day), "d MMM yyyy")
    return f"{shown} {local:%H:%M}"


class FeedModel(RowTableModel[Feed]):
    """Feeds in the order the service lists them (Swedish order of names)."""

    def __init__(self, display_zone: str, parent: Any = None) -> None:
        headers = {
            FeedColumn.NAME: translate("FeedModel", "Feed"),
            FeedColumn.SHOWS: translate("FeedModel", "Shows"),
            FeedColumn.FOLDER: translate("FeedModel", "Folder"),
            FeedColumn.PUBLISHED: translate("FeedModel", "Last published"),
        }
        super().__init__(FeedColumn, headers, parent)
        self._projects: dict[int, str] = {}
        self._venues: dict[int, str] = {}
        self._tags: dict[int, str] = {}
        self._organisers: dict[int, str] = {}
        self.display_zone = display_zone

    def set_feeds(
        self,
        feeds: Sequence[Feed],
        projects: Mapping[int, str] | None = None,
        venues: Mapping[int, str] | None = None,
        tags: Mapping[int, str] | None = None,
        organisers: Mapping[int, str] | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows = list(feeds)
        if projects is not None:
            self._projects = dict(projects)
        if venues is not None:
            self._venues = dict(venues)
        if tags is not None:
            self._tags = dict(tags)
        if organisers is not None:
            self._organisers = dict(organisers)
        self.endResetModel()

    def feed(self, row: int) -> Feed | None:
        return self.row_at(row)

    def feeds(self) -> list[Feed]:
        return self.rows()

    def row_of(self, feed_id: int | None) -> int:
        for row, feed in enumerate(self._rows):
            if feed_id is not None and feed.id == feed_id:
                return row
        return -1

    # -- Qt model interface ----------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        feed = self.feed(index.row())
        if feed is None or not 0 <= index.column() < len(FeedColumn):
            return None
        column = FeedColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(feed, column, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == FEED_ROLE:
            return feed
        return None

    def text(self, feed: Feed, column: FeedColumn, *, tooltip: bool = False) -> str:
        if column is FeedColumn.NAME:
            if tooltip and feed.shown_name != feed.name:
                return filled(
                    translate("FeedModel", "%1 (in Outlook: %2)"), feed.name, feed.shown_name
                )
            return feed.name
        if column is FeedColumn.SHOWS:
            return shows_text(feed, self._projects, self._venues, self._tags, self._organisers)
        if column is FeedColumn.FOLDER:
            return feed.folder or translate("FeedModel", "(served only)")
        return published_text(feed.published_at, self.display_zone)
