"""The statements that read a time window's events, built once per filter and bound per read.

A month view asks for one window after another under the same filter. Building the four
SELECTs (and their conditions) again at each read cost about a tenth of the read itself;
here they are built once for each filter, with the window's instants as bound parameters
(``WindowParameters``), and SQLAlchemy's compiled cache does the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, and_, bindparam, exists, func, or_, select, union

from eventplanner.domain.filters import EventFilter
from eventplanner.persistence.schema import (
    EventRow,
    OccurrenceChangeRow,
    ProjectRow,
    SeriesOccurrenceRow,
    VenueRow,
)
from eventplanner.persistence.types import UTCDateTime
from eventplanner.services.events.filter_sql import filter_conditions

HAS_CHANGES = exists().where(OccurrenceChangeRow.event_id == EventRow.id).label("has_changes")
"""Whether a series has changed occurrences (their read is skipped when none has)."""

EVENT_COLUMNS = (
    EventRow.id, EventRow.uid, EventRow.title, EventRow.kind, EventRow.status,
    EventRow.all_day, EventRow.time_zone, EventRow.starts_at, EventRow.ends_at,
    EventRow.first_day, EventRow.last_day, EventRow.rrule, EventRow.exdates,
    EventRow.venue_id, VenueRow.name.label("venue_name"), EventRow.project_id,
    ProjectRow.name.label("project_name"), EventRow.busy_status, EventRow.tag_names,
    HAS_CHANGES,
)  # fmt: skip
"""What an occurrence is made of (``queries._Fields`` names them in this order)."""

SINGLE_COLUMNS = tuple(c for c in EVENT_COLUMNS if c.key not in ("rrule", "exdates", "has_changes"))
"""EVENT_COLUMNS less what only a series has (``queries._add_singles`` unpacks them)."""

SINGLE_KEY_COLUMNS = (
    EventRow.id, EventRow.uid, EventRow.version, VenueRow.name.label("venue_name"),
    ProjectRow.name.label("project_name"),
)  # fmt: skip
"""What tells a single event's row in a window from every other state of it: a UID is never
reused, every write raises the row version, and a venue's or project's name is read beside
(``month_keys``; SQLite answers them from the narrow index of migration 0014)."""

SERIES_KEY_COLUMNS = (*SINGLE_KEY_COLUMNS, HAS_CHANGES)
"""SINGLE_KEY_COLUMNS of a series, with whether it has changed occurrences."""

SERIES_BY_ID = (
    select(*EVENT_COLUMNS)
    .outerjoin(VenueRow, VenueRow.id == EventRow.venue_id)
    .outerjoin(ProjectRow, ProjectRow.id == EventRow.project_id)
    .where(EventRow.id.in_(bindparam("ids", expanding=True)))
)
"""EVENT_COLUMNS of the series whose ids are bound as ``ids``."""

SINGLES_BY_ID = (
    select(*SINGLE_COLUMNS)
    .outerjoin(VenueRow, VenueRow.id == EventRow.venue_id)
    .outerjoin(ProjectRow, ProjectRow.id == EventRow.project_id)
    .where(EventRow.id.in_(bindparam("ids", expanding=True)))
)
"""SINGLE_COLUMNS of the events whose ids are bound as ``ids``."""

LONGEST = select(func.max(EventRow.duration_minutes))
"""The longest event's minutes: how far before a window an event that reaches it can start."""

CHANGE_COLUMNS = (
    OccurrenceChangeRow.event_id, OccurrenceChangeRow.recurrence_id,
    OccurrenceChangeRow.cancelled, OccurrenceChangeRow.title, OccurrenceChangeRow.description,
    OccurrenceChangeRow.status, OccurrenceChangeRow.starts_at, OccurrenceChangeRow.ends_at,
    OccurrenceChangeRow.first_day, OccurrenceChangeRow.last_day,
)  # fmt: skip

CHANGES_OF = select(*CHANGE_COLUMNS).where(
    OccurrenceChangeRow.event_id.in_(bindparam("ids", expanding=True))
)
"""The changed occurrences of the series whose ids are bound as ``ids``."""

# The window's instants, all UTC. ``lo`` and ``hi`` are the window widened by the zone slack
# (all-day events are days in their own zone); ``reach`` is ``lo`` less the longest event.
_LO = bindparam("lo", type_=UTCDateTime())
_HI = bindparam("hi", type_=UTCDateTime())
_REACH = bindparam("reach", type_=UTCDateTime())
_START = bindparam("start", type_=UTCDateTime())
_END = bindparam("end", type_=UTCDateTime())


def window_parameters(
    start: datetime, end: datetime, slack: timedelta, longest_minutes: int
) -> dict[str, Any]:
    """The values the statements are bound with, for the window ``start`` to ``end`` (UTC)."""
    lo = start - slack
    return {
        "lo": lo,
        "hi": end + slack,
        "reach": lo - timedelta(minutes=longest_minutes),
        "start": start,
        "end": end,
    }


@dataclass(frozen=True, slots=True)
class WindowStatements:
    singles: Select[*tuple[Any, ...]]
    """Events that are not series, overlapping the window."""
    single_keys: Select[*tuple[Any, ...]]
    """SINGLE_KEY_COLUMNS of the same rows as ``singles``, in the same order."""
    stored: Select[*tuple[Any, ...]]
    """(event id, recurrence id, start, end) of stored series occurrences in the window."""
    ending: Select[*tuple[Any, ...]]
    """Series that end and have an occurrence (stored or moved) in the window."""
    endless: Select[*tuple[Any, ...]]
    """Series without an end that begin before the window ends (or were moved into it)."""
    ending_keys: Select[*tuple[Any, ...]]
    """SERIES_KEY_COLUMNS of the same rows as ``ending``."""
    endless_keys: Select[*tuple[Any, ...]]
    """SERIES_KEY_COLUMNS of the same rows as ``endless``."""


def window_statements(where: EventFilter, dialect: str) -> WindowStatements:
    """The statements for ``where`` (tags as stored; its text is matched afterwards)."""
    return _built(replace(where, text=""), dialect)


@lru_cache(maxsize=64)
def _built(where: EventFilter, dialect: str) -> WindowStatements:
    # A series' occurrences may have their own status (one cancelled, say): the status
    # filter applies to each occurrence after expansion, not to the series row.
    series_where = replace(where, statuses=frozenset())
    single_conditions = (
        EventRow.is_recurring.is_(False),
        EventRow.starts_at >= _REACH,
        EventRow.starts_at < _HI,
        EventRow.ends_at > _LO,
        # Only all-day events need the slack (their days are the event zone's); a timed
        # one outside the window itself is not worth reading back.
        or_(
            EventRow.all_day.is_(True),
            and_(EventRow.starts_at < _END, EventRow.ends_at > _START),
        ),
    )
    singles = event_select(where, dialect, columns=SINGLE_COLUMNS).where(*single_conditions)
    # In the order of both month indexes (start, end, all-day, UID), as ``singles`` is read.
    single_keys = event_select(where, dialect, columns=SINGLE_KEY_COLUMNS).where(*single_conditions)
    # An occurrence may have been moved to before its series begins, or out of its place.
    moved_early = select(OccurrenceChangeRow.event_id).where(OccurrenceChangeRow.starts_at < _HI)
    moved_here = select(OccurrenceChangeRow.event_id).where(
        OccurrenceChangeRow.starts_at < _HI, OccurrenceChangeRow.ends_at > _LO
    )
    # Series that end were expanded when saved: their occurrences are an index range away.
    in_window = (
        SeriesOccurrenceRow.starts_at >= _REACH,
        SeriesOccurrenceRow.starts_at < _HI,
        SeriesOccurrenceRow.ends_at > _LO,
    )
    stored = select(
        SeriesOccurrenceRow.event_id,
        SeriesOccurrenceRow.recurrence_id,
        SeriesOccurrenceRow.starts_at,
        SeriesOccurrenceRow.ends_at,
    ).where(*in_window)
    # One subquery of ids, looked up by primary key (only series have stored or changed
    # occurrences). SQLite scans every series for "id IN (...) OR id IN (...)", or when
    # is_recurring stands beside the ids; a list of bound ids costs more than the subquery.
    ending_ids = union(select(SeriesOccurrenceRow.event_id).where(*in_window), moved_here)
    ending_conditions = (EventRow.id.in_(ending_ids), EventRow.series_ends_at.is_not(None))
    endless_conditions = (
        EventRow.is_recurring.is_(True),
        EventRow.series_ends_at.is_(None),
        or_(EventRow.starts_at < _HI, EventRow.id.in_(moved_early)),
    )
    ending = event_select(series_where, dialect).where(*ending_conditions)
    endless = event_select(series_where, dialect).where(*endless_conditions)
    keys = SERIES_KEY_COLUMNS
    return WindowStatements(
        singles,
        single_keys,
        stored,
        ending,
        endless,
        event_select(series_where, dialect, columns=keys).where(*ending_conditions),
        event_select(series_where, dialect, columns=keys).where(*endless_conditions),
    )


def event_select(
    where: EventFilter,
    dialect: str,
    *,
    text_index: bool = False,
    columns: tuple[Any, ...] = EVENT_COLUMNS,
) -> Select[*tuple[Any, ...]]:
    """``columns`` (EVENT_COLUMNS unless told) of the events ``where`` picks (its text
    through the search index only with ``text_index``)."""
    statement = (
        select(*columns)
        .outerjoin(VenueRow, VenueRow.id == EventRow.venue_id)
        .outerjoin(ProjectRow, ProjectRow.id == EventRow.project_id)
    )
    conditions = filter_conditions(where, dialect, text_index=text_index)
    return statement.where(and_(*conditions)) if conditions else statement
