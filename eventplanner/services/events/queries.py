"""Finding events: by time window (series expanded), text, kind, status and references.

Reads use SQLAlchemy Core rather than ORM objects: a month of a 100,000-event database is
fetched with indexed range scans, its rows taken as the driver hands them (``_driver_rows``)
and turned straight into frozen Occurrence records. A window is read again after every
change, so each row's record is kept by the row's values (``_KEPT_SINGLES``,
``_KEPT_SERIES``): an unchanged row is not made again, a changed one is a new key.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.engine import Connection, Row
from sqlalchemy.orm import Session

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.model import OccurrenceChange
from eventplanner.domain.occurrence import Occurrence, new_occurrence
from eventplanner.domain.recurrence import (
    RecurrenceId,
    occurrences,
    parse_recurrence_id,
    recurrence_id_text,
)
from eventplanner.domain.series import first_of, occurrence_timing
from eventplanner.domain.text import holds_every_word, searchable
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing
from eventplanner.persistence import search
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import EventRow
from eventplanner.services.events import facets, month_keys, rows
from eventplanner.services.events.filter_sql import stored_tag_names
from eventplanner.services.events.periods import Period, base_of
from eventplanner.services.events.texts import read_texts
from eventplanner.services.events.window_statements import (
    CHANGES_OF,
    EVENT_COLUMNS,
    LONGEST,
    event_select,
    window_parameters,
    window_statements,
)

_R = TypeVar("_R", bound=Sequence[Any])
_Entry = month_keys.Entry

# All-day events are stored as their days in the event's own zone; a reader in another zone
# sees the same dates, so windows are widened by the largest UTC offset gap and then
# checked exactly.
_ZONE_SLACK = timedelta(hours=26)


class _Fields(NamedTuple):
    """One row of EVENT_COLUMNS. Reading a field of a NamedTuple costs a twentieth of reading an
    attribute of an SQLAlchemy Row, and a month of events reads some 15,000 of them."""

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
    rrule: str | None
    exdates: str
    venue_id: int | None
    venue_name: str | None
    project_id: int | None
    project_name: str | None
    busy_status: str | None
    tag_names: str
    has_changes: bool


assert _Fields._fields == tuple(c.key for c in EVENT_COLUMNS)

# The few distinct values of these columns, converted once (Enum lookups are slow).
_kind = cache(EventKind)
_status = cache(EventStatus)
_busy = cache(rows.busy_of)


class EventQueries:
    """Read-only questions about events; safe to call from any thread."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def occurrences(
        self, window: TimeWindow, where: EventFilter = EventFilter(), *, limit: int | None = None
    ) -> list[Occurrence]:
        """Every occurrence overlapping ``window``, series expanded, in start order."""
        with self._db.reading() as session:
            found = find_occurrences(session, window, where)
        return found[:limit] if limit is not None else found

    def upcoming(
        self, *, now: datetime | None = None, days: int = 365, limit: int = 20,
        where: EventFilter = EventFilter(include_cancelled=False),
    ) -> list[Occurrence]:  # fmt: skip
        """The next occurrences from ``now``, cancelled ones left out by default."""
        start = now or datetime.now(UTC)
        window = TimeWindow(start, start + timedelta(days=days))
        return [o for o in self.occurrences(window, where) if o.timing.utc_bounds()[0] >= start][
            :limit
        ]

    def faceted(self, window: TimeWindow, where: EventFilter) -> facets.FacetedOccurrences:
        """What ``occurrences`` gives, with the count of each project, venue and tag."""
        with self._db.reading() as session:
            found = find_occurrences(session, window, facets.without_facets(where))
        return facets.narrow(found, where)

    def period(self, window: TimeWindow, where: EventFilter, *, texts: bool = False) -> Period:
        """The occurrences in ``window`` under ``where``'s kinds, statuses and cancelled
        choice (its text and sidebar choices are left to ``periods.narrow``); with
        ``texts``, their events' searchable text too."""
        base = base_of(where)
        with self._db.reading() as session:
            found = find_occurrences(session, window, base)
            read = read_texts(session, {o.event_id for o in found}) if texts else None
        return Period(window, base, found, read)

    def with_texts(self, period: Period) -> Period:
        """``period`` with its events' searchable text (read now, if it was not)."""
        if period.texts is not None:
            return period
        with self._db.reading() as session:
            read = read_texts(session, {o.event_id for o in period.occurrences})
        return replace(period, texts=read)

    def search(self, text: str, *, limit: int = 100) -> list[Occurrence]:
        """Events whose title or description holds every word, in start order (series once)."""
        ids = search.matching_ids(self._db.dialect, text)
        if ids is None:
            return []
        with self._db.reading() as session:
            # A word in a few events: ask the index which, then order those. A word in
            # thousands: walking the events in start order finds the first ones sooner than
            # the index can list them all.
            probe = list(session.scalars(ids.limit(_DENSE_MATCHES + 1)))
            if len(probe) <= _DENSE_MATCHES:
                statement = event_select(EventFilter(), self._db.dialect).where(
                    EventRow.id.in_(probe)
                )
                statement = statement.order_by(EventRow.starts_at, EventRow.id).limit(limit)
                found = _records(session, statement)
            else:
                found = _first_containing(session, text, limit)
        return [_occurrence(r, _timing(r), rows.parse_tag_names(r.tag_names)) for r in found]

    def span(self) -> tuple[datetime, datetime] | None:
        """The first start and the last end in the database (endless series not counted)."""
        with self._db.reading() as session:
            first, last_single, last_series = session.execute(
                select(
                    func.min(EventRow.starts_at),
                    func.max(EventRow.ends_at),
                    func.max(EventRow.series_ends_at),
                )
            ).one()
        if first is None:
            return None
        ends = [e for e in (last_single, last_series) if e is not None]
        return first, max(ends)

    def count(self) -> int:
        with self._db.reading() as session:
            return int(session.scalar(select(func.count()).select_from(EventRow)) or 0)


def find_occurrences(session: Session, window: TimeWindow, where: EventFilter) -> list[Occurrence]:
    """The occurrences overlapping ``window`` inside an open session, in start order."""
    connection = session.connection()
    dialect = connection.dialect.name
    if where.tags:
        where = replace(where, tags=stored_tag_names(session, where.tags))
    statements = window_statements(where, dialect)
    start_utc, end_utc = window.start.astimezone(UTC), window.end.astimezone(UTC)
    longest = _driver_rows(connection, LONGEST, {})[0][0] or 0
    bound = window_parameters(start_utc, end_utc, _ZONE_SLACK, longest)
    single_entries: list[_Entry]
    states: month_keys.WindowStates | None = None
    if not where.text and month_keys.applies(connection):
        # SQLite, reading: the window's rows by their states first (``month_keys``). The
        # same states as the last read of this window give the same occurrences.
        states = month_keys.window_states(connection, statements, bound)
        stored_rows = states.stored
        change_rows = _change_rows(states.changed_series(), session)
        if (
            same := month_keys.recalled(connection, window, where, states, change_rows)
        ) is not None:
            return same
        single_entries = month_keys.single_entries(
            connection, statements, bound, states.singles, _single
        )
        ending_rows = month_keys.series_records(connection, states.ending, _series_record)
        series_rows = month_keys.series_records(connection, states.endless, _series_record)
    else:
        stored_rows = _driver_rows(connection, statements.stored, bound)
        # The singles as the driver gives them, unpacked field by field in one go.
        single_rows = _driver_rows(connection, statements.singles, bound)
        ending_rows = _series_records(connection, statements.ending, bound)
        series_rows = _series_records(connection, statements.endless, bound)
        if where.text:
            # Within a window the text is matched on the window's own rows (a few thousand
            # at most): a word found in half the database would cost the index far more.
            single_rows = _containing(session, single_rows, where.text)
            ending_rows = _containing(session, ending_rows, where.text)
            series_rows = _containing(session, series_rows, where.text)
        single_entries = _kept_by_values(single_rows)
        change_rows = _change_rows(
            [r.id for r in (*series_rows, *ending_rows) if r.has_changes], session
        )
    changes = _changes(change_rows)
    stored: dict[int, list[tuple[str, datetime, datetime]]] = defaultdict(list)
    instants = _INSTANTS
    for event_id, key, begins, ends in stored_rows:
        stored[event_id].append((key, instants[begins], instants[ends]))
    # Each occurrence with its UTC start and title beside it: sorting on these compares
    # datetimes and strings, not properties of frozen records.
    found: list[tuple[datetime, str, int, Occurrence]] = []
    _add_singles(found, single_entries, window, start_utc, end_utc)
    # Ties on (start, title) keep the order read: singles, series that end, endless series.
    expanded = [
        _from_stored(r, window, stored.get(r.id, []), changes.get(r.id, {}), start_utc, end_utc)
        for r in ending_rows
    ]
    expanded.extend(_expand(r, window, changes.get(r.id, {})) for r in series_rows)
    for occurrences_of_series in expanded:
        for occurrence in occurrences_of_series:
            found.append((occurrence.timing.utc_start, occurrence.title, len(found), occurrence))
    found.sort()
    statuses: frozenset[EventStatus] | None = where.statuses
    if not where.include_cancelled:
        # Only "cancelled" chosen with cancelled hidden leaves an empty set: nothing shows.
        statuses = (where.statuses or frozenset(EventStatus)) - {EventStatus.CANCELLED}
    elif not statuses:
        statuses = None  # every status
    if statuses is None:
        result = [entry[3] for entry in found]
    else:
        result = [entry[3] for entry in found if entry[3].status in statuses]
    if states is not None:
        month_keys.remember(connection, window, where, states, change_rows, result)
    return result


def _driver_rows(
    connection: Connection, statement: Select[*tuple[Any, ...]], bound: dict[str, Any]
) -> Sequence[Any]:
    """The rows of ``statement`` as the database driver hands them over, neither
    SQLAlchemy's row objects nor its conversion of each value made (``month_keys``).

    Instants are then the driver's own (SQLite's text, PostgreSQL's naive UTC datetime),
    read through ``_INSTANTS``; days through ``_DAYS``; booleans may be 0 and 1. A month's
    rows repeat the same few hundred instants, so each is converted once."""
    return month_keys.driver_rows(connection, statement, bound)


def _series_records(
    connection: Connection, statement: Select[*tuple[Any, ...]], bound: dict[str, Any]
) -> list[_Fields]:
    """Rows of EVENT_COLUMNS read as the driver hands them (``_driver_rows``), made records
    (``_series_record``)."""
    return list(map(_series_record, _driver_rows(connection, statement, bound)))


def _series_record(row: tuple[Any, ...]) -> _Fields:
    """A row of EVENT_COLUMNS as the driver hands it, with its instants, days and all-day
    flag converted as SQLAlchemy would."""
    (
        ident, uid, title, kind, status, all_day, zone_name, starts_at, ends_at, first_day,
        last_day, *rest,
    ) = row  # fmt: skip
    days = _DAYS
    return _Fields(
        ident, uid, title, kind, status, bool(all_day), zone_name, _INSTANTS[starts_at],
        _INSTANTS[ends_at], None if first_day is None else days[first_day],
        None if last_day is None else days[last_day], *rest,
    )  # fmt: skip


def _utc_instant(value: str | datetime) -> datetime:
    """What ``UTCDateTime`` reads from the driver's value, aware in UTC."""
    if isinstance(value, str):  # SQLite's text
        return datetime.fromisoformat(value + "+00:00")
    return value.replace(tzinfo=UTC)


def _day(value: str | date) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _kept_by_values(single_rows: Sequence[Any]) -> list[_Entry]:
    """The single events' occurrences of these rows (as the driver gives them), each made
    once and kept by the row's own values (``_KEPT_SINGLES``): a row read again unchanged
    gives the same immutable record, a changed row a new one. (On SQLite, reading, they are
    kept by the row's state instead: ``month_keys``.)"""
    kept = _KEPT_SINGLES
    get = kept.get
    entries: list[_Entry] = []
    for row in single_rows:
        entry = get(row)
        if entry is None:
            entry = _single(row)
            if len(kept) >= _KEPT_ROWS:
                kept.clear()
            kept[row] = entry
        entries.append(entry)
    return entries


def _add_singles(
    found: list[tuple[datetime, str, int, Occurrence]],
    entries: Sequence[_Entry],
    window: TimeWindow,
    start_utc: datetime,
    end_utc: datetime,
) -> None:
    """The single events' occurrences in the window, each with its UTC start and title
    beside it.

    The month's thousand or so rows are the bulk of its occurrences, and the same rows are
    read again and again: the window reads its period anew after every change, and
    neighbouring views share events. So each row's occurrence is made once and kept
    (``_kept_by_values``, ``month_keys``)."""
    for utc_start, utc_end, occurrence in entries:
        if utc_end is None:  # all-day: its days are read in the window's zone
            if not window.overlaps(occurrence.timing):
                continue
        elif not (utc_start < end_utc and utc_end > start_utc):  # both UTC: a fast compare
            continue
        found.append((utc_start, occurrence.title, len(found), occurrence))


def _single(row: tuple[Any, ...]) -> _Entry:
    """A single event's occurrence from its row of SINGLE_COLUMNS, with its UTC start and
    (timed events only) end; kinds, statuses, instants, zones and busy states are looked
    up in dicts, not made again."""
    (
        ident, uid, title, kind, status, all_day, zone_name, starts_at, ends_at, first_day,
        last_day, venue_id, venue_name, project_id, project_name, busy, tag_names,
    ) = row  # fmt: skip
    timing: Timing
    utc_end: datetime | None
    if all_day:
        timing = AllDaySpan.trusted(_DAYS[first_day], _DAYS[last_day], zone_name)
        utc_start, utc_end = timing.utc_start, None
    else:
        utc_start, utc_end = _INSTANTS[starts_at], _INSTANTS[ends_at]
        local = _LOCAL_TIMES[zone_name]
        timing = TimedSpan.trusted(
            local[utc_start], local[utc_end], zone_name, (utc_start, utc_end)
        )
    occurrence = new_occurrence(
        ident, uid, title, _KINDS[kind], _STATUSES[status], timing, venue_id, venue_name,
        project_name, _BUSY_STATES[kind, busy], None, False,
        tuple(tag_names.split("\n")) if tag_names else (), project_id,
    )  # fmt: skip
    return utc_start, utc_end, occurrence


class _Looked(dict[Any, Any]):
    """Values made once from their keys, then looked up in C."""

    def __init__(self, make: Callable[..., Any]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: Any) -> Any:
        value = self._make(*key) if isinstance(key, tuple) else self._make(key)
        self[key] = value
        return value


class _Kept(dict[Any, Any]):
    """Values made once from their keys and kept, at most ``limit`` of them (then they
    start again): for keys that repeat from one read to the next, such as instants."""

    def __init__(self, make: Callable[[Any], Any], limit: int = 50_000) -> None:
        super().__init__()
        self._make = make
        self._limit = limit

    def __missing__(self, key: Any) -> Any:
        value = self._make(key)
        if len(self) >= self._limit:
            self.clear()
        self[key] = value
        return value


def _local_times(zone_name: str) -> _Kept:
    """UTC instants as the wall clock of ``zone_name`` shows them, each worked out once."""
    tz = zone(zone_name)
    return _Kept(lambda instant: instant.astimezone(tz))


_KINDS = _Looked(EventKind)
_STATUSES = _Looked(EventStatus)
_BUSY_STATES = _Looked(rows.busy_of)
# A month's events start and end on a few hundred distinct instants, and a series'
# occurrences on recurrence ids read as text: both converted once, not at each read.
_LOCAL_TIMES = _Looked(_local_times)
_RECURRENCE_IDS = _Kept(parse_recurrence_id)
_INSTANTS = _Kept(_utc_instant)
_DAYS = _Kept(_day)

_KEPT_ROWS = 20_000
"""How many rows' occurrences are kept (a year of events), then they start again. Reads on
several threads may each make a row's record: either is the same, and either is kept."""
_KEPT_SINGLES: dict[tuple[Any, ...], tuple[datetime, datetime | None, Occurrence]] = {}
"""Single events' occurrences (``_single``) by their rows' values."""
_KEPT_SERIES: dict[_Fields, dict[tuple[str, datetime, datetime], Occurrence]] = {}
"""Stored series occurrences (``_from_stored``) by their series' row, then by the
stored (recurrence id, start, end)."""


_DENSE_MATCHES = 2000
_WALK_BATCH = 1000


def _first_containing(session: Session, text: str, limit: int) -> list[_Fields]:
    """The first ``limit`` events in start order whose text holds every word."""
    wanted = search.words(text)
    keep: list[int] = []
    offset = 0
    while len(keep) < limit:
        batch = session.execute(
            select(EventRow.id, EventRow.title, EventRow.description)
            .order_by(EventRow.starts_at, EventRow.id)
            .offset(offset)
            .limit(_WALK_BATCH)
        ).all()
        for ident, title, description in batch:
            if holds_every_word(searchable(title, description), wanted):
                keep.append(ident)
        if len(batch) < _WALK_BATCH:
            break
        offset += _WALK_BATCH
    keep = keep[:limit]
    dialect = session.get_bind().dialect.name
    statement = event_select(EventFilter(), dialect).where(EventRow.id.in_(keep))
    found = _records(session, statement.order_by(EventRow.starts_at, EventRow.id))
    return found


def _containing(session: Session, found: Sequence[_R], text: str) -> list[_R]:
    """The rows whose title or description holds every word of ``text``, in any case
    (rows of EVENT_COLUMNS or SINGLE_COLUMNS: the event's id first)."""
    wanted = search.words(text)
    if not wanted or not found:
        return list(found)
    texts = read_texts(session, (r[0] for r in found))
    return [r for r in found if holds_every_word(texts.get(r[0], ""), wanted)]


def _records(
    session: Session, statement: Select[*tuple[Any, ...]], bound: dict[str, Any] | None = None
) -> list[_Fields]:
    # Core rows through the session's connection: the ORM's row handling would cost a
    # quarter of a month's query for columns that are plain values anyway.
    return list(map(_Fields._make, session.connection().execute(statement, bound).all()))


def _change_rows(ids: Sequence[int], session: Session) -> list[Row[*tuple[Any, ...]]]:
    """The changed occurrences of the series ``ids`` (rows of CHANGE_COLUMNS)."""
    found: list[Row[*tuple[Any, ...]]] = []
    connection = session.connection()
    for chunk in _chunks(ids, 5000):
        found.extend(connection.execute(CHANGES_OF, {"ids": list(chunk)}))
    return found


def _changes(
    change_rows: Sequence[Row[*tuple[Any, ...]]],
) -> dict[int, dict[RecurrenceId, Row[*tuple[Any, ...]]]]:
    """The changed occurrences, by series and recurrence id."""
    found: dict[int, dict[RecurrenceId, Row[*tuple[Any, ...]]]] = defaultdict(dict)
    for change in change_rows:
        found[change.event_id][parse_recurrence_id(change.recurrence_id)] = change
    return found


def _chunks(items: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _timing(row: _Fields) -> Timing:
    return rows.timing_of(
        row.all_day, row.time_zone, row.starts_at, row.ends_at, row.first_day, row.last_day
    )


def _occurrence(
    row: _Fields,
    timing: Timing,
    tags: tuple[str, ...],
    *,
    recurrence_id: RecurrenceId | None = None,
    change: OccurrenceChange | None = None,
) -> Occurrence:
    status = _status(row.status)
    title = row.title
    changed = False
    if change is not None:
        title = change.title if change.title is not None else title
        status = change.status if change.status is not None else status
        if change.cancelled:
            status = EventStatus.CANCELLED
        changed = True
    return Occurrence.trusted(
        row.id,
        row.uid,
        title,
        _kind(row.kind),
        status,
        timing,
        row.venue_id,
        row.venue_name,
        row.project_name,
        _busy(row.kind, row.busy_status),
        recurrence_id,
        changed,
        tags,
        row.project_id,
    )


def _expand(
    row: _Fields,
    window: TimeWindow,
    changes: dict[RecurrenceId, Row[*tuple[Any, ...]]],
) -> list[Occurrence]:
    """The occurrences of one series inside ``window``, exceptions and changes applied."""
    first_timing = _timing(row)
    zone_name = row.time_zone
    tags = rows.parse_tag_names(row.tag_names)
    exdates = set(rows.parse_exdates(row.exdates))
    found: list[Occurrence] = []
    after: datetime | date
    before: datetime | date
    if isinstance(first_timing, TimedSpan):
        after = window.start - first_timing.duration
        before = window.end
    else:
        after = (window.start - _ZONE_SLACK).date() - (first_timing.duration - timedelta(days=1))
        before = (window.end + _ZONE_SLACK).date() + timedelta(days=1)
    first = first_of(first_timing)
    assert row.rrule is not None  # only series are expanded
    start_utc, end_utc = window.start.astimezone(UTC), window.end.astimezone(UTC)
    duration = first_timing.duration
    all_day = isinstance(first_timing, AllDaySpan)
    span = (
        first_timing.last_day - first_timing.first_day
        if isinstance(first_timing, AllDaySpan)
        else duration
    )
    for key, start in occurrences(row.rrule, first, zone_name, after=after, before=before):
        if key in exdates or key in changes:
            continue
        if all_day:
            assert isinstance(start, date)
            timing: Timing = AllDaySpan.trusted(start, start + span, zone_name)
            if not window.overlaps(timing):
                continue
        else:
            assert isinstance(start, datetime)
            # Compared in UTC: fast, and the length is real time even across a clock change.
            begins = start.astimezone(UTC)
            ends = begins + duration
            if not (begins < end_utc and ends > start_utc):
                continue
            timing = TimedSpan.trusted(
                start, ends.astimezone(start.tzinfo), zone_name, (begins, ends)
            )
        found.append(_occurrence(row, timing, tags, recurrence_id=key))
    found.extend(_changed(row, window, changes, exdates, first_timing, tags))
    return found


def _changed(
    row: _Fields,
    window: TimeWindow,
    changes: dict[RecurrenceId, Row[*tuple[Any, ...]]],
    exdates: set[RecurrenceId],
    first_timing: Timing,
    tags: tuple[str, ...],
) -> list[Occurrence]:
    """The series' changed occurrences that fall in ``window`` (where they are now)."""
    found: list[Occurrence] = []
    for key, change_row in changes.items():
        if key in exdates:
            continue
        change = rows.change_of(change_row, row.all_day, row.time_zone)
        # A cancelled occurrence still shows (as cancelled) where it would have been.
        timing = change.timing or occurrence_timing(first_timing, key)
        if window.overlaps(timing):
            found.append(_occurrence(row, timing, tags, recurrence_id=key, change=change))
    return found


def _from_stored(
    row: _Fields,
    window: TimeWindow,
    stored: list[tuple[str, datetime, datetime]],
    changes: dict[RecurrenceId, Row[*tuple[Any, ...]]],
    start_utc: datetime,
    end_utc: datetime,
) -> list[Occurrence]:
    """A series' occurrences in ``window`` (from ``start_utc`` to ``end_utc``) from those
    worked out when it was saved."""
    changed = {recurrence_id_text(key) for key in changes} if changes else ()
    all_day = row.all_day
    found: list[Occurrence] = []
    # Kept like the singles' (``_add_singles``): by the series' row, then by the stored row.
    made = _KEPT_SERIES.get(row)
    if made is None:
        if len(_KEPT_SERIES) >= _KEPT_ROWS // 10:
            _KEPT_SERIES.clear()
        made = _KEPT_SERIES[row] = {}
    for entry in stored:
        if changed and entry[0] in changed:
            continue
        occurrence = made.get(entry)
        if occurrence is None:
            occurrence = made[entry] = _stored_occurrence(row, entry)
        if all_day:
            if not window.overlaps(occurrence.timing):
                continue
        elif not (entry[1] < end_utc and entry[2] > start_utc):
            continue
        found.append(occurrence)
    if changes:  # most series have none: skip working out their first timing
        exdates = set(rows.parse_exdates(row.exdates))
        tags = rows.parse_tag_names(row.tag_names)
        found.extend(_changed(row, window, changes, exdates, _timing(row), tags))
    return found


def _stored_occurrence(row: _Fields, entry: tuple[str, datetime, datetime]) -> Occurrence:
    """The occurrence of the series ``row`` stored as (recurrence id, UTC start, UTC end)."""
    text, begins, ends = entry
    zone_name = row.time_zone
    local = _LOCAL_TIMES[zone_name]
    timing: Timing
    if row.all_day:
        first = local[begins].date()
        last = local[ends].date() - timedelta(days=1)
        timing = AllDaySpan.trusted(first, last, zone_name)
    else:
        timing = TimedSpan.trusted(local[begins], local[ends], zone_name, (begins, ends))
    return new_occurrence(
        row.id, row.uid, row.title, _KINDS[row.kind], _STATUSES[row.status], timing,
        row.venue_id, row.venue_name, row.project_name, _BUSY_STATES[row.kind, row.busy_status],
        _RECURRENCE_IDS[text], False, rows.parse_tag_names(row.tag_names), row.project_id,
    )  # fmt: skip
