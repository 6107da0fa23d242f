"""Exporting events as iCalendar: the events a filter picks, written by ``eventplanner.ical``.

A feed renders through the same path (``FeedService``). Each event's text is kept in memory,
keyed by what it depends on (the event's id and row version, its place, the names it shows,
the options), so rendering again after one change rebuilds that one event and joins the
rest: re-publishing a 10,000-event feed costs the joining, not the writing.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eventplanner import __version__
from eventplanner.domain.enums import EventStatus
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.model import Event
from eventplanner.domain.timezones import DEFAULT_TIME_ZONE
from eventplanner.ical import (
    CalendarInfo,
    EventText,
    ExportOptions,
    OutlookWarning,
    Place,
    PreviewRow,
    calendar_text,
    event_text,
    outlook_warnings,
    preview,
)
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import (
    EventRow,
    OrganisationRow,
    ProjectRow,
    VenueRow,
)
from eventplanner.services.events import event_loading
from eventplanner.services.events.filter_sql import filter_conditions, stored_tag_names
from eventplanner.services.events.queries import find_occurrences
from eventplanner.services.progress import Progress, Steps

OPEN_END = timedelta(days=730)
"""How far past today a period without a last day looks for series without end."""


@dataclass(frozen=True, slots=True)
class Selection:
    """Which events to export: those ``where`` picks, and with days given, only those with
    an occurrence between them (read in Europe/Stockholm); a series always whole. With
    ``event_ids`` (the events a person selected), only those of them."""

    where: EventFilter = EventFilter()
    first_day: date | None = None
    last_day: date | None = None
    event_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Rendered:
    """The events of a selection as iCalendar text, before they are put in a calendar."""

    texts: tuple[EventText, ...]
    events: int
    """Events picked (those the options leave out, cancelled ones say, included)."""
    digest: str
    """A hash of the texts and the options: equal digests give equal calendars."""
    warnings: tuple[OutlookWarning, ...]


@dataclass(frozen=True, slots=True)
class Export:
    """One exported calendar."""

    text: str
    events: int
    """Events written (a series counts once)."""
    warnings: tuple[OutlookWarning, ...]
    """What Outlook cannot show as planned, event by event."""


class _Picked(NamedTuple):
    id: int
    version: int
    venue_id: int | None
    project_id: int | None
    organiser_id: int | None


class _Kept(NamedTuple):
    """One event's text as made, and the inputs it was made from."""

    key: tuple[Any, ...]
    text: EventText | None
    digest: bytes
    warnings: tuple[OutlookWarning, ...]


_PICKED_COLUMNS = (
    EventRow.id, EventRow.version, EventRow.venue_id, EventRow.project_id, EventRow.organiser_id,
)  # fmt: skip


class ExportService:
    """Events to iCalendar; safe to call from several threads (the feed server's, say)."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._lock = threading.Lock()
        self._kept: dict[ExportOptions, dict[int, _Kept]] = {}
        self._deletions_seen = 0

    # -- choosing ----------------------------------------------------------------------------

    def event_ids(self, selection: Selection) -> list[int]:
        """The ids of the events ``selection`` picks, in start order."""
        with self._db.reading() as session:
            return [p.id for p in self._pick(session, selection)]

    def events(self, selection: Selection) -> list[Event]:
        """The events ``selection`` picks, in full, in start order (read in bulk)."""
        with self._db.reading() as session:
            ids = [p.id for p in self._pick(session, selection)]
            found = event_loading.load_events(session, ids)
        return [found[i] for i in ids if i in found]

    # -- writing -----------------------------------------------------------------------------

    def render(
        self,
        selection: Selection,
        options: ExportOptions = ExportOptions(),
        *,
        progress: Progress | None = None,
    ) -> Rendered:
        """Each picked event's VEVENTs, made anew only for events changed since last time.

        ``progress`` counts the events made anew; a Cancel raises Cancelled (what was made
        is kept for next time)."""
        with self._lock, self._db.reading() as session:
            picked = self._pick(session, selection)
            # Asked after reading: a new event under a deleted one's id (SQLite) is seen
            # only after that deletion was told.
            self._forget_deleted()
            places, names = _catalog(session)
            kept = self._kept.setdefault(options, {})
            keys = {p.id: _key(p, places, names) for p in picked}
            stale = [p.id for p in picked if (k := kept.get(p.id)) is None or k.key != keys[p.id]]
            loaded = event_loading.load_events(session, stale) if stale else {}
        steps = Steps(progress, len(stale))
        for ident in stale:
            steps.step()
            event = loaded.get(ident)
            if event is None:  # deleted between the two reads of one transaction: cannot be
                continue
            place = places.get(event.venue_id) if event.venue_id is not None else None
            text = event_text(event, place, options)
            digest = hashlib.blake2b(text.text.encode() if text else b"-", digest_size=16).digest()
            kept[ident] = _Kept(keys[ident], text, digest, outlook_warnings(event))
        steps.end()
        entries = [kept[p.id] for p in picked if p.id in kept]
        whole = hashlib.sha256(f"{__version__}|{options!r}|".encode())
        whole.update(b"".join(e.digest for e in entries))
        return Rendered(
            texts=tuple(e.text for e in entries if e.text is not None),
            events=len(entries),
            digest=whole.hexdigest(),
            warnings=tuple(w for e in entries if e.text is not None for w in e.warnings),
        )

    def export(
        self,
        selection: Selection,
        info: CalendarInfo,
        options: ExportOptions = ExportOptions(),
        *,
        stamp: datetime | None = None,
        progress: Progress | None = None,
    ) -> Export:
        """The calendar of the picked events; DTSTAMP is ``stamp`` (default: now).
        ``progress`` as for ``render``."""
        rendered = self.render(selection, options, progress=progress)
        text = calendar_text(rendered.texts, info, stamp=stamp or datetime.now(UTC))
        return Export(text, len(rendered.texts), rendered.warnings)

    def warnings(self, selection: Selection) -> tuple[OutlookWarning, ...]:
        """What Outlook cannot represent in the picked events (shown before exporting)."""
        return tuple(w for event in self.events(selection) for w in outlook_warnings(event))

    @staticmethod
    def preview(calendar: str, reader_zone: str) -> list[PreviewRow]:
        """How Outlook in ``reader_zone`` will read each event of an exported calendar."""
        return preview(calendar, reader_zone)

    @staticmethod
    def calendar(rendered: Rendered, info: CalendarInfo, *, stamp: datetime) -> str:
        """The whole VCALENDAR of rendered events."""
        return calendar_text(rendered.texts, info, stamp=stamp)

    def state_mark(self) -> tuple[Any, ...]:
        """A cheap summary that changes whenever anything an export shows may have changed."""
        with self._db.reading() as session:
            return (*state_mark(session), self._db.deletions)

    def _forget_deleted(self) -> None:
        gone, self._deletions_seen = self._db.deleted_events_since(self._deletions_seen)
        for kept in self._kept.values() if gone else ():
            for ident in gone:
                kept.pop(ident, None)

    def forget(self) -> None:
        """Drop every kept event text (after a restore from backup, say)."""
        with self._lock:
            self._kept.clear()

    # -- helpers -----------------------------------------------------------------------------

    def _pick(self, session: Session, selection: Selection) -> list[_Picked]:
        where = selection.where
        if where.tags:
            where = replace(where, tags=stored_tag_names(session, where.tags))
        dialect = session.get_bind().dialect.name
        connection = session.connection()
        if selection.first_day is None and selection.last_day is None:
            conditions = filter_conditions(where, dialect)
            if selection.event_ids:
                conditions.append(EventRow.id.in_(selection.event_ids))
            if not where.include_cancelled:
                conditions.append(EventRow.status != EventStatus.CANCELLED.value)
            statement = select(*_PICKED_COLUMNS).where(*conditions)
            statement = statement.order_by(EventRow.starts_at, EventRow.id)
            # Unpacked into plain tuples first: reading an SQLAlchemy Row field by field
            # costs five times as much, and a feed's 10,000 rows are read at every change.
            unpacked = [(a, b, c, d, e) for a, b, c, d, e in connection.execute(statement).all()]
            return list(map(_Picked._make, unpacked))
        window = _window(session, selection)
        if window is None:
            return []
        ids = list(dict.fromkeys(o.event_id for o in find_occurrences(session, window, where)))
        if selection.event_ids:
            ids = [i for i in ids if i in set(selection.event_ids)]
        found: list[tuple[datetime, _Picked]] = []
        for start in range(0, len(ids), event_loading.CHUNK):
            chunk = ids[start : start + event_loading.CHUNK]
            dated = select(EventRow.starts_at, *_PICKED_COLUMNS).where(EventRow.id.in_(chunk))
            found += [
                (starts, _Picked(ident, version, venue, project, organiser))
                for starts, ident, version, venue, project, organiser in connection.execute(dated)
            ]
        found.sort(key=lambda item: (item[0], item[1].id))
        return [p for _, p in found]


def state_mark(session: Session) -> tuple[Any, ...]:
    """A cheap summary of the events, venues, projects and organisations that changes
    whenever anything an export shows may have changed.

    Every save raises a row's version and a new row moves the count or the highest id, so
    their count, highest id, sum of versions and the events' last change together notice
    any change without reading the rows themselves.
    """
    parts: list[Any] = [select(func.max(EventRow.modified_at)).scalar_subquery()]
    for table in (EventRow, VenueRow, ProjectRow, OrganisationRow):
        parts += [
            select(func.count(table.id)).scalar_subquery(),
            select(func.coalesce(func.max(table.id), 0)).scalar_subquery(),
            select(func.coalesce(func.sum(table.version), 0)).scalar_subquery(),
        ]
    # One round trip: each aggregate a scalar subquery of its own table.
    return tuple(session.execute(select(*parts)).one())


def _window(session: Session, selection: Selection) -> TimeWindow | None:
    """The period of a selection with days; an open end reaches the first or last event."""
    first, last = selection.first_day, selection.last_day
    zone_name = DEFAULT_TIME_ZONE
    if first is not None and last is not None:
        return TimeWindow.days(first, last, zone_name)
    earliest, latest_single, latest_series = session.execute(
        select(
            func.min(EventRow.starts_at),
            func.max(EventRow.ends_at),
            func.max(EventRow.series_ends_at),
        )
    ).one()
    if earliest is None:
        return None
    if first is None:
        assert last is not None
        end = TimeWindow.days(last, last, zone_name).end
        return TimeWindow(min(earliest, end), end, zone_name)
    start = TimeWindow.days(first, first, zone_name).start
    ends = [e for e in (latest_single, latest_series) if e is not None]
    end = max([*ends, datetime.now(UTC) + OPEN_END])
    return TimeWindow(start, max(start, end), zone_name)


def _catalog(session: Session) -> tuple[dict[int, Place], dict[str, dict[int, str]]]:
    """Each venue as the LOCATION shows it, and the project and organisation names."""
    connection = session.connection()
    places = {
        ident: Place(name=name, address=address, city=city, country=country)
        for ident, name, address, city, country in connection.execute(
            select(VenueRow.id, VenueRow.name, VenueRow.address, VenueRow.city, VenueRow.country)
        ).all()
    }
    names: dict[str, dict[int, str]] = {
        key: dict(connection.execute(select(table.id, table.name)).all())
        for key, table in (("projects", ProjectRow), ("organisations", OrganisationRow))
    }
    return places, names


def _key(
    picked: _Picked, places: dict[int, Place], names: dict[str, dict[int, str]]
) -> tuple[Any, ...]:
    # The venue's, project's and organiser's current values are part of the key: renaming a
    # venue changes the LOCATION of its events without touching their rows.
    return (
        picked.version,
        places.get(picked.venue_id) if picked.venue_id is not None else None,
        names["projects"].get(picked.project_id) if picked.project_id is not None else None,
        names["organisations"].get(picked.organiser_id)
        if picked.organiser_id is not None
        else None,
    )
