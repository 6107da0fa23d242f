"""Finding events: by time window (series expanded), text, kind, status and references.

Reads use SQLAlchemy Core rather than ORM objects: a month of a 100,000-event database is
fetched with two indexed range scans and turned straight into frozen Occurrence records.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, func, or_, select, union
from sqlalchemy.orm import Session

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.model import Occurrence, OccurrenceChange
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
from eventplanner.persistence.schema import (
    EventRow,
    OccurrenceChangeRow,
    ProjectRow,
    SeriesOccurrenceRow,
    TagRow,
    VenueRow,
    event_tags,
)
from eventplanner.services import facets, rows
from eventplanner.services.periods import Period, base_of
from eventplanner.services.texts import read_texts

# All-day events are stored as their days in the event's own zone; a reader in another zone
# sees the same dates, so windows are widened by the largest UTC offset gap and then
# checked exactly.
_ZONE_SLACK = timedelta(hours=26)


_COLUMNS = (
    EventRow.id, EventRow.uid, EventRow.title, EventRow.kind, EventRow.status,
    EventRow.all_day, EventRow.time_zone, EventRow.starts_at, EventRow.ends_at,
    EventRow.first_day, EventRow.last_day, EventRow.rrule, EventRow.exdates,
    EventRow.venue_id, VenueRow.name.label("venue_name"), EventRow.project_id,
    ProjectRow.name.label("project_name"), EventRow.busy_status, EventRow.tag_names,
)  # fmt: skip


class _Fields(NamedTuple):
    """One row of _COLUMNS. Reading a field of a NamedTuple costs a twentieth of reading an
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


assert _Fields._fields == tuple(c.key for c in _COLUMNS)

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
                statement = _base(EventFilter(), self._db.dialect).where(EventRow.id.in_(probe))
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
    lo = window.start.astimezone(UTC) - _ZONE_SLACK
    hi = window.end.astimezone(UTC) + _ZONE_SLACK
    dialect = session.get_bind().dialect.name
    longest = session.scalar(select(func.max(EventRow.duration_minutes))) or 0
    if where.tags:
        where = replace(where, tags=stored_tag_names(session, where.tags))
    # A series' occurrences may have their own status (one cancelled, say): the status
    # filter applies to each occurrence after expansion, not to the series row.
    series_where = replace(where, statuses=frozenset())
    # Within a window the text is matched on the window's own rows (a few thousand at most):
    # a word found in half the database would cost the index far more than that.
    start_utc, end_utc = window.start.astimezone(UTC), window.end.astimezone(UTC)
    singles = _base(where, dialect, text_index=False).where(
        EventRow.is_recurring.is_(False),
        EventRow.starts_at >= lo - timedelta(minutes=longest),
        EventRow.starts_at < hi,
        EventRow.ends_at > lo,
        # Only all-day events need the slack (their days are the event zone's); a timed
        # one outside the window itself is not worth reading back.
        or_(
            EventRow.all_day.is_(True),
            and_(EventRow.starts_at < end_utc, EventRow.ends_at > start_utc),
        ),
    )
    # An occurrence may have been moved to before its series begins, or out of its place.
    moved_early = select(OccurrenceChangeRow.event_id).where(OccurrenceChangeRow.starts_at < hi)
    moved_here = select(OccurrenceChangeRow.event_id).where(
        OccurrenceChangeRow.starts_at < hi, OccurrenceChangeRow.ends_at > lo
    )
    # Series that end were expanded when saved: their occurrences are an index range away.
    in_window = (
        SeriesOccurrenceRow.starts_at >= lo - timedelta(minutes=longest),
        SeriesOccurrenceRow.starts_at < hi,
        SeriesOccurrenceRow.ends_at > lo,
    )
    stored_here = select(
        SeriesOccurrenceRow.event_id,
        SeriesOccurrenceRow.recurrence_id,
        SeriesOccurrenceRow.starts_at,
        SeriesOccurrenceRow.ends_at,
    ).where(*in_window)
    stored: dict[int, list[tuple[str, datetime, datetime]]] = defaultdict(list)
    for event_id, key, begins, ends in session.connection().execute(stored_here).all():
        stored[event_id].append((key, begins, ends))
    # One subquery of ids, looked up by primary key (only series have stored or changed
    # occurrences). SQLite scans every series for "id IN (...) OR id IN (...)", or when
    # is_recurring stands beside the ids; a list of bound ids costs more than the subquery.
    ending_ids = union(select(SeriesOccurrenceRow.event_id).where(*in_window), moved_here)
    ending = _base(series_where, dialect, text_index=False).where(
        EventRow.id.in_(ending_ids), EventRow.series_ends_at.is_not(None)
    )
    endless = _base(series_where, dialect, text_index=False).where(
        EventRow.is_recurring.is_(True),
        EventRow.series_ends_at.is_(None),
        or_(EventRow.starts_at < hi, EventRow.id.in_(moved_early)),
    )
    single_rows = _records(session, singles)
    ending_rows = _records(session, ending)
    series_rows = _records(session, endless)
    if where.text:
        single_rows = _containing(session, single_rows, where.text)
        ending_rows = _containing(session, ending_rows, where.text)
        series_rows = _containing(session, series_rows, where.text)
    changes = _changes([r.id for r in series_rows] + [r.id for r in ending_rows], session)
    found: list[Occurrence] = []
    for row in single_rows:
        if row.all_day:
            timing = _timing(row)
            if not window.overlaps(timing):
                continue
        elif row.starts_at < end_utc and row.ends_at > start_utc:  # both UTC: a fast compare
            timing = _timing(row)
        else:
            continue
        found.append(_occurrence(row, timing, rows.parse_tag_names(row.tag_names)))
    for row in ending_rows:
        found.extend(_from_stored(row, window, stored.get(row.id, []), changes.get(row.id, {})))
    for row in series_rows:
        found.extend(_expand(row, window, changes.get(row.id, {})))
    if where.statuses:
        found = [o for o in found if o.status in where.statuses]
    if not where.include_cancelled:
        found = [o for o in found if o.status is not EventStatus.CANCELLED]
    found.sort(key=lambda o: o.sort_key)
    return found


def stored_tag_names(session: Session, wanted: frozenset[str]) -> frozenset[str]:
    """The tags as stored that match the names asked for, whatever their case."""
    folded = {name.casefold() for name in wanted}
    stored = session.scalars(select(TagRow.name))
    return frozenset(name for name in stored if name.casefold() in folded) or wanted


def _base(where: EventFilter, dialect: str, *, text_index: bool = True) -> Select[*tuple[Any, ...]]:
    statement = (
        select(*_COLUMNS)
        .outerjoin(VenueRow, VenueRow.id == EventRow.venue_id)
        .outerjoin(ProjectRow, ProjectRow.id == EventRow.project_id)
    )
    conditions = filter_conditions(where, dialect, text_index=text_index)
    return statement.where(and_(*conditions)) if conditions else statement


def filter_conditions(where: EventFilter, dialect: str, *, text_index: bool = True) -> list[Any]:
    """The WHERE conditions on ``events`` for the filter's fields, each on the event's own
    row (tags as stored: see ``stored_tag_names``; the text through the search index)."""
    conditions: list[Any] = []
    if where.kinds:
        conditions.append(EventRow.kind.in_([k.value for k in where.kinds]))
    if where.statuses:
        conditions.append(EventRow.status.in_([s.value for s in where.statuses]))
    for column, ids in (
        (EventRow.project_id, where.project_ids),
        (EventRow.venue_id, where.venue_ids),
    ):
        if ids:
            known = column.in_(ids - {facets.NOT_SET})
            conditions.append(or_(known, column.is_(None)) if facets.NOT_SET in ids else known)
    if where.organiser_ids:
        conditions.append(EventRow.organiser_id.in_(where.organiser_ids))
    if where.exclude_event_ids:
        conditions.append(EventRow.id.not_in(where.exclude_event_ids))
    if where.tags:
        tagged = (
            select(event_tags.c.event_id)
            .join(TagRow, TagRow.id == event_tags.c.tag_id)
            .where(TagRow.name.in_(where.tags))
        )
        conditions.append(EventRow.id.in_(tagged))
    matching = search.matching_ids(dialect, where.text) if where.text and text_index else None
    if matching is not None:
        conditions.append(EventRow.id.in_(matching))
    return conditions


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
    statement = _base(EventFilter(), session.get_bind().dialect.name).where(EventRow.id.in_(keep))
    found = _records(session, statement.order_by(EventRow.starts_at, EventRow.id))
    return found


def _containing(session: Session, found: list[_Fields], text: str) -> list[_Fields]:
    """The rows whose title or description holds every word of ``text``, in any case."""
    wanted = search.words(text)
    if not wanted or not found:
        return found
    texts = read_texts(session, (r.id for r in found))
    return [r for r in found if holds_every_word(texts.get(r.id, ""), wanted)]


def _records(session: Session, statement: Select[*tuple[Any, ...]]) -> list[_Fields]:
    # Core rows through the session's connection: the ORM's row handling would cost a
    # quarter of a month's query for columns that are plain values anyway.
    return list(map(_Fields._make, session.connection().execute(statement).all()))


def _changes(
    ids: Sequence[int], session: Session
) -> dict[int, dict[RecurrenceId, OccurrenceChangeRow]]:
    found: dict[int, dict[RecurrenceId, OccurrenceChangeRow]] = defaultdict(dict)
    for chunk in _chunks(ids, 5000):
        statement = select(OccurrenceChangeRow).where(OccurrenceChangeRow.event_id.in_(chunk))
        for change in session.scalars(statement):
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
    changes: dict[RecurrenceId, OccurrenceChangeRow],
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
    changes: dict[RecurrenceId, OccurrenceChangeRow],
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
    changes: dict[RecurrenceId, OccurrenceChangeRow],
) -> list[Occurrence]:
    """A series' occurrences in ``window`` from those worked out when it was saved."""
    tags = rows.parse_tag_names(row.tag_names)
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
        elif begins < end_utc and ends > start_utc:
            timing = TimedSpan.trusted(
                begins.astimezone(tz), ends.astimezone(tz), row.time_zone, (begins, ends)
            )
        else:
            continue
        key = parse_recurrence_id(text)
        found.append(_occurrence(row, timing, tags, recurrence_id=key))
    if changes:  # most series have none: skip working out their first timing
        exdates = set(rows.parse_exdates(row.exdates))
        found.extend(_changed(row, window, changes, exdates, _timing(row), tags))
    return found
