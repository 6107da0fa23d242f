"""Exporting events as iCalendar: the events a filter picks, written by ``eventplanner.ical``.

A feed renders through the same path (``FeedService``). Each event's text is kept in memory
under the options it was written with, with the row version it was made from (the names of
its venue, project and organiser are checked at each render), and each selection's last
render is kept laid out in order (``kept_texts``): rendering again after one change makes
that one event's text and puts it in place, and publishing writes the kept pieces as they
are. Re-publishing a 10,000-event feed costs reading its ids and versions, and the writing.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, Text, cast, func, literal, select
from sqlalchemy.orm import Session

from eventplanner import __version__
from eventplanner.domain.enums import EventStatus
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.model import Event
from eventplanner.domain.timezones import DEFAULT_TIME_ZONE
from eventplanner.ical import (
    CalendarInfo,
    CalendarLayout,
    EventText,
    ExportOptions,
    OutlookWarning,
    Pieces,
    Place,
    PreviewRow,
    calendar_text,
    event_text,
    layout_pieces,
    outlook_warnings,
    preview,
)
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import (
    ContactRow,
    EventRow,
    OrganisationRow,
    ProjectRow,
    ShiftPersonRow,
    ShiftRow,
    VenueRow,
)
from eventplanner.services.events import event_loading
from eventplanner.services.events.filter_sql import filter_conditions, stored_tag_names
from eventplanner.services.events.queries import find_occurrences
from eventplanner.services.exporting.kept_texts import Kept, KeptTexts, Picked, Picks
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
    layout: CalendarLayout = field(compare=False, repr=False)
    """The texts laid out to be stamped and written (``calendar_pieces``)."""


@dataclass(frozen=True, slots=True)
class Export:
    """One exported calendar."""

    text: str
    events: int
    """Events written (a series counts once)."""
    warnings: tuple[OutlookWarning, ...]
    """What Outlook cannot show as planned, event by event."""


_PICKED_COLUMNS = (EventRow.id, EventRow.version)


class ExportService:
    """Events to iCalendar; safe to call from several threads (the feed server's, say)."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._lock = threading.Lock()
        self._kept: dict[ExportOptions, KeptTexts] = {}
        self._deletions_seen = 0
        self._catalog_seen: _Catalog | None = None

    # -- choosing ----------------------------------------------------------------------------

    def event_ids(self, selection: Selection) -> list[int]:
        """The ids of the events ``selection`` picks, in start order."""
        with self._db.reading() as session:
            return self._picks(session, selection).ids()

    def events(self, selection: Selection) -> list[Event]:
        """The events ``selection`` picks, in full, in start order (read in bulk)."""
        with self._db.reading() as session:
            ids = self._picks(session, selection).ids()
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
        with self._lock:
            with self._db.reading() as session:
                picks = self._picks(session, selection)
                # Asked after reading: a new event under a deleted one's id (SQLite) is seen
                # only after that deletion was told.
                self._forget_deleted()
                places, names = _catalog(session)
                self._forget_renamed(places, names)
                kept = self._kept.setdefault(options, KeptTexts())
                # A text is good while its event's row version is the same (its venue's,
                # project's and organiser's names were checked above). Compared in C, as
                # text or as sets of (id, version): a feed's 10,000 at every change.
                stale = kept.stale(selection, picks)
                making = [(i, v) for i, v in stale if kept.versions.get(i) != v]
                known = {"venues": {i: place.name for i, place in places.items()}, **names}
                loaded = event_loading.load_events(session, [i for i, _ in making], names=known)
            steps = Steps(progress, len(making))
            for ident, version in making:
                steps.step()
                event = loaded.get(ident)
                if event is None:  # deleted between the two reads of one transaction: cannot be
                    kept.drop(ident)
                    continue
                place = places.get(event.venue_id) if event.venue_id is not None else None
                text = event_text(event, place, options)
                data = text.text.encode() if text is not None else b"-"
                digest = hashlib.blake2b(data, digest_size=16).digest()
                refs = (event.venue_id, event.project_id, event.organiser_id)
                kept.put(ident, version, Kept(refs, text, digest, outlook_warnings(event)))
            steps.end()
            arranged = kept.arrange(selection, picks, stale)
            return Rendered(
                texts=arranged.texts,
                events=len(arranged.ids),
                digest=arranged.digest(f"{__version__}|{options!r}|".encode()),
                warnings=arranged.warnings,
                layout=arranged.layout,
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

    @staticmethod
    def calendar_data(rendered: Rendered, info: CalendarInfo, *, stamp: datetime) -> bytes:
        """The whole VCALENDAR of rendered events in UTF-8: ``calendar(...).encode()``,
        joined from each event's bytes."""
        return b"".join(layout_pieces(rendered.layout, info, stamp=stamp))

    @staticmethod
    def calendar_pieces(rendered: Rendered, info: CalendarInfo, *, stamp: datetime) -> Pieces:
        """``calendar_data`` in pieces, to be written one after the other (not joined),
        with their size."""
        return layout_pieces(rendered.layout, info, stamp=stamp)

    def state_mark(self) -> tuple[Any, ...]:
        """A cheap summary that changes whenever anything an export shows may have changed."""
        with self._db.reading() as session:
            return (*state_mark(session), self._db.deletions)

    def _forget_deleted(self) -> None:
        gone, self._deletions_seen = self._db.deleted_events_since(self._deletions_seen)
        for kept in self._kept.values() if gone else ():
            for ident in gone:
                kept.drop(ident)

    def _forget_renamed(self, places: dict[int, Place], names: dict[str, dict[int, str]]) -> None:
        """Drop the texts of events whose venue, project or organiser reads otherwise than
        when they were made: a venue's new address changes its events' LOCATION without
        touching their rows."""
        seen, self._catalog_seen = self._catalog_seen, (places, names)
        if seen is None or seen == (places, names):
            return
        venues = _changed(seen[0], places)
        projects = _changed(seen[1]["projects"], names["projects"])
        organisers = _changed(seen[1]["organisations"], names["organisations"])
        for kept in self._kept.values():
            for ident in [
                ident
                for ident, entry in kept.entries.items()
                if entry.refs[0] in venues
                or entry.refs[1] in projects
                or entry.refs[2] in organisers
            ]:
                kept.drop(ident)

    def forget(self) -> None:
        """Drop every kept event text (after a restore from backup, say)."""
        with self._lock:
            self._kept.clear()

    # -- helpers -----------------------------------------------------------------------------

    def _picks(self, session: Session, selection: Selection) -> Picks:
        """The ids and row versions of the events ``selection`` picks, in start order."""
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
            # Not a row per event but two texts, the ids and the versions joined by commas
            # in the database: 10,000 rows cost three times as much to fetch, and as many
            # again in Python to compare (``KeptTexts.stale``).
            joined = connection.execute(_joined(conditions, dialect)).one()
            return Picks(joined[0] or "", joined[1] or "")
        return Picks.of(self._dated(session, selection, where))

    def _dated(self, session: Session, selection: Selection, where: EventFilter) -> list[Picked]:
        """The events of a selection with days: those with an occurrence in its period."""
        connection = session.connection()
        window = _window(session, selection)
        if window is None:
            return []
        ids = list(dict.fromkeys(o.event_id for o in find_occurrences(session, window, where)))
        if selection.event_ids:
            ids = [i for i in ids if i in set(selection.event_ids)]
        found: list[tuple[datetime, Picked]] = []
        for start in range(0, len(ids), event_loading.CHUNK):
            chunk = ids[start : start + event_loading.CHUNK]
            dated = select(EventRow.starts_at, *_PICKED_COLUMNS).where(EventRow.id.in_(chunk))
            found += [
                (starts, (ident, version)) for starts, ident, version in connection.execute(dated)
            ]
        found.sort(key=lambda item: (item[0], item[1][0]))
        return [p for _, p in found]


def _joined(conditions: list[Any], dialect: str) -> Select[Any]:
    """The ids and the row versions of the events meeting ``conditions`` in start order,
    each joined by commas into one text (NULL when there are none)."""
    if dialect == "postgresql":
        # Imported here: opening an SQLite file loads no PostgreSQL dialect.
        from sqlalchemy.dialects.postgresql import aggregate_order_by

        order = aggregate_order_by(literal(","), EventRow.starts_at, EventRow.id)
        return select(
            func.string_agg(cast(EventRow.id, Text), order),
            func.string_agg(cast(EventRow.version, Text), order),
        ).where(*conditions)
    # SQLite (before 3.44) has no ORDER BY inside group_concat; it keeps the order of a
    # subquery in FROM for an aggregate other than count, min and max, and this subquery
    # comes from ix_events_starts_at alone (it holds all three columns).
    ordered = (
        select(*_PICKED_COLUMNS)
        .where(*conditions)
        .order_by(EventRow.starts_at, EventRow.id)
        .subquery()
    )
    return select(func.group_concat(ordered.c.id), func.group_concat(ordered.c.version))


def state_mark(session: Session) -> tuple[Any, ...]:
    """A cheap summary of the events, venues, projects and organisations that changes
    whenever anything an export shows may have changed.

    Every save raises a row's version and a new row moves the count or the highest id, so
    their count, highest id, sum of versions and the events' last change together notice
    any change without reading the rows themselves.
    """
    parts: list[Any] = [select(func.max(EventRow.modified_at)).scalar_subquery()]
    # Contacts too: a feed's sessions name their people (a speaker renamed changes them);
    # and the rota's shifts and people on them, which a person's rota feed shows.
    for table in (EventRow, VenueRow, ProjectRow, OrganisationRow, ContactRow, ShiftRow,
                  ShiftPersonRow):  # fmt: skip
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


_Catalog = tuple[dict[int, Place], dict[str, dict[int, str]]]


def _catalog(session: Session) -> _Catalog:
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


def _changed(before: dict[int, Any], after: dict[int, Any]) -> set[int]:
    """The ids whose value differs (or that are in one and not the other)."""
    return {i for i in before.keys() | after.keys() if before.get(i) != after.get(i)}
