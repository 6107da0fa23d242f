"""A period of an SQLite file read with the standard library's ``sqlite3``, before the
database layer has loaded: at a first start (nothing kept from the last close, see
``last_view``) the window shows the month's events while SQLAlchemy loads and the
database opens behind them. Once it has opened, the window reads the period from it again.

It asks what ``EventQueries.faceted`` asks: the four statements of ``window_statements``
(singles, stored occurrences of series that end, those series, endless series), written
out here for SQLite and bound the same way, then each series expanded and its changed
occurrences applied as ``queries.find_occurrences`` does. ``tests/services/test_first_look.py``
holds its answers equal to the service's. It reads through a read-only connection, and
answers None where it would not answer the same: a file at another revision than this
version's newest (the database layer would migrate it first), a missing or unreadable file,
and filters it leaves to the database (words in the search, organisers, events left out,
tags by identity, and projects' or venues' ids, which belong to one database).

Only plain Python here (no SQLAlchemy): it runs at start-up, before the database opens.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.occurrence import Occurrence, new_occurrence
from eventplanner.domain.recurrence import (
    RecurrenceId,
    occurrences,
    parse_recurrence_id,
    recurrence_id_text,
)
from eventplanner.domain.series import first_of, occurrence_timing
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing
from eventplanner.persistence.revision import newest_file_revision
from eventplanner.services.events import facets
from eventplanner.services.events.facets import FacetedOccurrences
from eventplanner.services.events.row_values import (
    busy_of,
    change_of,
    parse_exdates,
    parse_tag_names,
    timing_of,
)

ZONE_SLACK = timedelta(hours=26)
"""As ``queries``: all-day events are days in their own zone, so the window is widened."""

_COLUMNS = (
    "events.id, events.uid, events.title, events.kind, events.status, events.all_day, "
    "events.time_zone, events.starts_at, events.ends_at, events.first_day, events.last_day"
)
_SERIES_COLUMNS = ", events.rrule, events.exdates"
_SHARED_COLUMNS = (
    ", events.venue_id, venues.name AS venue_name, events.project_id, "
    "projects.name AS project_name, events.busy_status, events.tag_names"
)
_HAS_CHANGES = (
    ", EXISTS (SELECT * FROM occurrence_changes "
    "WHERE occurrence_changes.event_id = events.id) AS has_changes"
)
_FROM = (
    " FROM events LEFT OUTER JOIN venues ON venues.id = events.venue_id "
    "LEFT OUTER JOIN projects ON projects.id = events.project_id WHERE "
)
_SINGLES = (
    "events.is_recurring IS 0 AND events.starts_at >= :reach AND events.starts_at < :hi "
    "AND events.ends_at > :lo "
    "AND (events.all_day IS 1 OR events.starts_at < :end AND events.ends_at > :start)"
)
_IN_WINDOW = (
    "series_occurrences.starts_at >= :reach AND series_occurrences.starts_at < :hi "
    "AND series_occurrences.ends_at > :lo"
)
_STORED = (
    "SELECT series_occurrences.event_id, series_occurrences.recurrence_id, "
    "series_occurrences.starts_at, series_occurrences.ends_at FROM series_occurrences "
    f"WHERE {_IN_WINDOW}"
)
_ENDING = (
    f"events.id IN (SELECT series_occurrences.event_id FROM series_occurrences WHERE {_IN_WINDOW} "
    "UNION SELECT occurrence_changes.event_id FROM occurrence_changes "
    "WHERE occurrence_changes.starts_at < :hi AND occurrence_changes.ends_at > :lo) "
    "AND events.series_ends_at IS NOT NULL"
)
_ENDLESS = (
    "events.is_recurring IS 1 AND events.series_ends_at IS NULL AND (events.starts_at < :hi "
    "OR events.id IN (SELECT occurrence_changes.event_id FROM occurrence_changes "
    "WHERE occurrence_changes.starts_at < :hi))"
)
_LONGEST = "SELECT max(events.duration_minutes) FROM events"
_CHANGES = (
    "SELECT occurrence_changes.event_id, occurrence_changes.recurrence_id, "
    "occurrence_changes.cancelled, occurrence_changes.title, occurrence_changes.description, "
    "occurrence_changes.status, occurrence_changes.starts_at, occurrence_changes.ends_at, "
    "occurrence_changes.first_day, occurrence_changes.last_day FROM occurrence_changes "
    "WHERE occurrence_changes.event_id IN ({})"
)
_CHUNK = 500
"""Series ids per read of their changes (SQLite's bound values are limited)."""


class _Series(NamedTuple):
    """A series' row (``window_statements.EVENT_COLUMNS``), its values as the services
    read them."""

    id: int
    uid: str
    title: str
    kind: str
    status: str
    all_day: bool
    time_zone: str
    starts_at: datetime
    ends_at: datetime
    first_day: date | None
    last_day: date | None
    rrule: str
    exdates: str
    venue_id: int | None
    venue_name: str | None
    project_id: int | None
    project_name: str | None
    busy_status: str | None
    tag_names: str
    has_changes: bool


class _Change(NamedTuple):
    """A changed occurrence's row (``window_statements.CHANGE_COLUMNS``), as read."""

    event_id: int
    recurrence_id: str
    cancelled: bool
    title: str | None
    description: str | None
    status: str | None
    starts_at: datetime | None
    ends_at: datetime | None
    first_day: date | None
    last_day: date | None


def answers(where: EventFilter) -> bool:
    """Whether a first look answers ``where`` as the database would (see the module)."""
    return not (
        where.text
        or where.organiser_ids
        or where.exclude_event_ids
        or where.tag_ids
        or where.project_ids
        or where.venue_ids
    )


def faceted(path: Path, window: TimeWindow, where: EventFilter) -> FacetedOccurrences | None:
    """What ``EventQueries.faceted(window, where)`` answers for the SQLite file at ``path``,
    or None when a first look cannot tell (see the module)."""
    if not answers(where) or not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        with connection:  # one read transaction: the statements see the same file
            connection.execute("BEGIN")
            if not _current(connection):
                return None
            found = _occurrences(connection, window, facets.without_facets(where))
    except sqlite3.Error:  # locked, damaged, or not ours: the database will answer
        return None
    finally:
        connection.close()
    return facets.narrow(found, where)


def _current(connection: sqlite3.Connection) -> bool:
    """The file is at the revision this version's database layer would leave it at."""
    tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    if not {"alembic_version", "events"} <= tables:
        return False
    versions = [v for (v,) in connection.execute("SELECT version_num FROM alembic_version")]
    return versions == [newest_file_revision()]


def _stamp(moment: datetime) -> str:
    """An instant as ``UTCDateTime`` binds it on SQLite: naive UTC text."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text + "+00:00")


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _conditions(where: EventFilter, *, statuses: bool) -> tuple[str, dict[str, str]]:
    """``filter_sql.filter_conditions`` for the fields a first look answers."""
    sql: list[str] = []
    bound: dict[str, str] = {}
    chosen: list[tuple[str, Sequence[str]]] = [("kind", sorted(k.value for k in where.kinds))]
    if statuses:
        chosen.append(("status", sorted(s.value for s in where.statuses)))
    for column, values in chosen:
        if values:
            names = [f"{column}_{i}" for i in range(len(values))]
            sql.append(f"events.{column} IN ({', '.join(':' + n for n in names)}) AND ")
            bound.update(zip(names, values, strict=True))
    return "".join(sql), bound


def _occurrences(
    connection: sqlite3.Connection, window: TimeWindow, where: EventFilter
) -> list[Occurrence]:
    """``queries.find_occurrences`` on a connection of the standard library."""
    start_utc, end_utc = window.start.astimezone(UTC), window.end.astimezone(UTC)
    longest = connection.execute(_LONGEST).fetchone()[0] or 0
    lo = start_utc - ZONE_SLACK
    bound: dict[str, str] = {
        "lo": _stamp(lo),
        "hi": _stamp(end_utc + ZONE_SLACK),
        "reach": _stamp(lo - timedelta(minutes=longest)),
        "start": _stamp(start_utc),
        "end": _stamp(end_utc),
    }
    single_where, single_bound = _conditions(where, statuses=True)
    series_where, series_bound = _conditions(where, statuses=False)
    singles = connection.execute(
        "SELECT " + _COLUMNS + _SHARED_COLUMNS + _FROM + single_where + _SINGLES,
        bound | single_bound,
    ).fetchall()
    stored: dict[int, list[tuple[str, datetime, datetime]]] = {}
    for event_id, key, begins, ends in connection.execute(_STORED, bound):
        stored.setdefault(event_id, []).append((key, _instant(begins), _instant(ends)))
    series_select = "SELECT " + _COLUMNS + _SERIES_COLUMNS + _SHARED_COLUMNS + _HAS_CHANGES
    ending = _series(connection, series_select + _FROM + series_where + _ENDING,
                     bound | series_bound)  # fmt: skip
    endless = _series(connection, series_select + _FROM + series_where + _ENDLESS,
                      bound | series_bound)  # fmt: skip
    changes = _changes(connection, [r.id for r in (*endless, *ending) if r.has_changes])
    found: list[tuple[datetime, str, int, Occurrence]] = []
    for row in singles:
        single = _single(row, window, start_utc, end_utc)
        if single is not None:
            found.append((single.timing.utc_start, single.title, len(found), single))
    expanded = [_from_stored(r, window, stored.get(r.id, []), changes.get(r.id, {}))
                for r in ending]  # fmt: skip
    expanded.extend(_expand(r, window, changes.get(r.id, {})) for r in endless)
    for of_series in expanded:
        for occurrence in of_series:
            found.append((occurrence.timing.utc_start, occurrence.title, len(found), occurrence))
    found.sort()
    statuses = where.statuses
    if not where.include_cancelled:
        statuses = (statuses or frozenset(EventStatus)) - {EventStatus.CANCELLED}
    elif not statuses:
        return [entry[3] for entry in found]
    return [entry[3] for entry in found if entry[3].status in statuses]


def _series(connection: sqlite3.Connection, sql: str, bound: dict[str, str]) -> list[_Series]:
    found: list[_Series] = []
    for (
        ident, uid, title, kind, status, all_day, zone_name, starts_at, ends_at, first_day,
        last_day, rrule, exdates, venue_id, venue_name, project_id, project_name, busy,
        tag_names, has_changes,
    ) in connection.execute(sql, bound):  # fmt: skip
        found.append(
            _Series(
                ident, uid, title, kind, status, bool(all_day), zone_name, _instant(starts_at),
                _instant(ends_at), _day(first_day), _day(last_day), rrule, exdates, venue_id,
                venue_name, project_id, project_name, busy, tag_names, bool(has_changes),
            )
        )  # fmt: skip
    return found


def _changes(
    connection: sqlite3.Connection, ids: list[int]
) -> dict[int, dict[RecurrenceId, _Change]]:
    found: dict[int, dict[RecurrenceId, _Change]] = {}
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        sql = _CHANGES.format(", ".join("?" * len(chunk)))
        for (
            event_id, key, cancelled, title, description, status, starts_at, ends_at,
            first_day, last_day,
        ) in connection.execute(sql, chunk):  # fmt: skip
            change = _Change(
                event_id, key, bool(cancelled), title, description, status,
                None if starts_at is None else _instant(starts_at),
                None if ends_at is None else _instant(ends_at), _day(first_day), _day(last_day),
            )  # fmt: skip
            found.setdefault(event_id, {})[parse_recurrence_id(key)] = change
    return found


def _single(
    row: tuple[Any, ...], window: TimeWindow, start_utc: datetime, end_utc: datetime
) -> Occurrence | None:
    """A single event's occurrence, if it overlaps the window."""
    (
        ident, uid, title, kind, status, all_day, zone_name, starts_at, ends_at, first_day,
        last_day, venue_id, venue_name, project_id, project_name, busy, tag_names,
    ) = row  # fmt: skip
    timing: Timing
    if all_day:
        first, last = date.fromisoformat(first_day), date.fromisoformat(last_day)
        timing = AllDaySpan.trusted(first, last, zone_name)
        if not window.overlaps(timing):
            return None
    else:
        utc_start, utc_end = _instant(starts_at), _instant(ends_at)
        if not (utc_start < end_utc and utc_end > start_utc):
            return None
        tz = zone(zone_name)
        timing = TimedSpan.trusted(
            utc_start.astimezone(tz), utc_end.astimezone(tz), zone_name, (utc_start, utc_end)
        )
    return new_occurrence(
        ident, uid, title, EventKind(kind), EventStatus(status), timing, venue_id, venue_name,
        project_name, busy_of(kind, busy), None, False, parse_tag_names(tag_names), project_id,
    )  # fmt: skip


def _occurrence(
    row: _Series,
    timing: Timing,
    tags: tuple[str, ...],
    recurrence_id: RecurrenceId,
    change: _Change | None = None,
) -> Occurrence:
    """One occurrence of a series, its change applied (``queries._occurrence``)."""
    status = EventStatus(row.status)
    title = row.title
    changed = False
    if change is not None:
        applied = change_of(change, row.all_day, row.time_zone)
        title = applied.title if applied.title is not None else title
        status = applied.status if applied.status is not None else status
        if applied.cancelled:
            status = EventStatus.CANCELLED
        changed = True
    return new_occurrence(
        row.id, row.uid, title, EventKind(row.kind), status, timing, row.venue_id,
        row.venue_name, row.project_name, busy_of(row.kind, row.busy_status), recurrence_id,
        changed, tags, row.project_id,
    )  # fmt: skip


def _first_timing(row: _Series) -> Timing:
    return timing_of(
        row.all_day, row.time_zone, row.starts_at, row.ends_at, row.first_day, row.last_day
    )


def _changed(
    row: _Series,
    window: TimeWindow,
    changes: dict[RecurrenceId, _Change],
    tags: tuple[str, ...],
) -> list[Occurrence]:
    """The series' changed occurrences that fall in ``window`` (``queries._changed``)."""
    exdates = set(parse_exdates(row.exdates))
    first_timing = _first_timing(row)
    found: list[Occurrence] = []
    for key, change in changes.items():
        if key in exdates:
            continue
        moved = change_of(change, row.all_day, row.time_zone).timing
        timing = moved or occurrence_timing(first_timing, key)
        if window.overlaps(timing):
            found.append(_occurrence(row, timing, tags, key, change))
    return found


def _from_stored(
    row: _Series,
    window: TimeWindow,
    stored: list[tuple[str, datetime, datetime]],
    changes: dict[RecurrenceId, _Change],
) -> list[Occurrence]:
    """A series' occurrences in ``window`` from those stored when it was saved
    (``queries._from_stored``)."""
    tags = parse_tag_names(row.tag_names)
    tz = zone(row.time_zone)
    changed = {recurrence_id_text(key) for key in changes}
    start_utc, end_utc = window.start.astimezone(UTC), window.end.astimezone(UTC)
    found: list[Occurrence] = []
    for text, begins, ends in stored:
        if text in changed:
            continue
        timing: Timing
        if row.all_day:
            first = begins.astimezone(tz).date()
            last = ends.astimezone(tz).date() - timedelta(days=1)
            timing = AllDaySpan.trusted(first, last, row.time_zone)
            if not window.overlaps(timing):
                continue
        else:
            if not (begins < end_utc and ends > start_utc):
                continue
            timing = TimedSpan.trusted(
                begins.astimezone(tz), ends.astimezone(tz), row.time_zone, (begins, ends)
            )
        found.append(_occurrence(row, timing, tags, parse_recurrence_id(text)))
    if changes:
        found.extend(_changed(row, window, changes, tags))
    return found


def _expand(
    row: _Series, window: TimeWindow, changes: dict[RecurrenceId, _Change]
) -> list[Occurrence]:
    """The occurrences of an endless series inside ``window`` (``queries._expand``)."""
    first_timing = _first_timing(row)
    zone_name = row.time_zone
    tags = parse_tag_names(row.tag_names)
    exdates = set(parse_exdates(row.exdates))
    after: datetime | date
    before: datetime | date
    if isinstance(first_timing, TimedSpan):
        after = window.start - first_timing.duration
        before = window.end
    else:
        after = (window.start - ZONE_SLACK).date() - (first_timing.duration - timedelta(days=1))
        before = (window.end + ZONE_SLACK).date() + timedelta(days=1)
    start_utc, end_utc = window.start.astimezone(UTC), window.end.astimezone(UTC)
    duration = first_timing.duration
    found: list[Occurrence] = []
    for key, start in occurrences(
        row.rrule, first_of(first_timing), zone_name, after=after, before=before
    ):
        if key in exdates or key in changes:
            continue
        timing: Timing
        if isinstance(first_timing, AllDaySpan):
            assert isinstance(start, date)
            span = first_timing.last_day - first_timing.first_day
            timing = AllDaySpan.trusted(start, start + span, zone_name)
            if not window.overlaps(timing):
                continue
        else:
            assert isinstance(start, datetime)
            begins = start.astimezone(UTC)
            ends = begins + duration
            if not (begins < end_utc and ends > start_utc):
                continue
            timing = TimedSpan.trusted(
                start, ends.astimezone(start.tzinfo), zone_name, (begins, ends)
            )
        found.append(_occurrence(row, timing, tags, key))
    found.extend(_changed(row, window, changes, tags))
    return found
