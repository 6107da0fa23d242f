"""The programme's conflicts of a period (the Conflicts view's year), each kind found with a
query of its own that narrows a period's sessions down to those that can be in a conflict.

A year of a large programme has tens of thousands of sessions and few conflicts: making a
record of every session, and of every person's role on one, cost most of the view's
second. Each kind is first narrowed down from rows read by index alone
(``ix_sessions_starts_ends`` holds each session's start, end, id, event, stage and block):

- two sessions on one stage: the sessions of their stage that start within each session
  of the period (``ix_sessions_stage_starts``), found in SQL, so that only the few that
  meet another are read;
- a session outside its event: the events whose sessions of the period begin before the
  event or end after it (or that are all-day, or have open days with hours), by SQL;
- a person in two places at once: each person's bookings (roles on sessions, blocks, whole
  events) in start order, swept once, keep the people with two within the widest margin;
  and everyone with a declined role, or with availability given for the period.

What is left is read whole and checked by the rules of ``domain.programme_conflicts``, as
all of it was before: the answers are those the rules give on everything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import aliased

from eventplanner.domain import programme_conflicts as rules
from eventplanner.domain.conflicts import Conflict
from eventplanner.domain.enums import EventStatus
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.programme import Confirmation, PhaseKind
from eventplanner.domain.programme_conflicts import Booking, EventDays, Margins, Slot
from eventplanner.persistence.schema import (
    ContactRow,
    EventRow,
    PhaseRow,
    SessionPersonRow,
    SessionRow,
)
from eventplanner.services.conflicts.programme_reading import (
    ProgrammeReading,
    availability,
    event_people_query,
    reach,
    sessions_query,
)

_CHUNK = 500
"""Ids in one IN list."""


@dataclass(frozen=True, slots=True)
class _Period:
    """The sessions (and whole events) that reach from ``low`` to ``high``: starting after
    ``earliest`` (none is longer than its event's days, ``reach``), before ``high``, and
    ending after ``low``. A range of ``ix_sessions_starts_ends``."""

    earliest: datetime
    high: datetime
    low: datetime

    def sessions(self) -> tuple[ColumnElement[bool], ...]:
        return (
            SessionRow.starts_at > self.earliest,
            SessionRow.starts_at < self.high,
            SessionRow.ends_at > self.low,
        )

    def events(self) -> tuple[ColumnElement[bool], ...]:
        return (
            EventRow.starts_at > self.earliest,
            EventRow.starts_at < self.high,
            EventRow.ends_at > self.low,
        )


def period_conflicts(session: DbSession, window: TimeWindow, margins: Margins) -> list[Conflict]:
    """Every conflict of the programme in ``window`` (people, stages, sessions outside their
    event), inside an open session."""
    widest = margins.widest
    low, high = window.start - widest, window.end + widest
    period = _Period(low - reach(session), high, low)
    reading = ProgrammeReading(session)
    found = _people_conflicts(session, reading, period, margins)
    found += rules.stage_conflicts(_stage_slots(session, reading, period))
    slots, days = _outside_candidates(session, reading, period)
    found += rules.outside_event_conflicts(slots, days)
    return [c for c in found if c.start < window.end and c.end > window.start]


# -- two sessions on one stage --------------------------------------------------------------


def _stage_slots(session: DbSession, reading: ProgrammeReading, period: _Period) -> list[Slot]:
    """The sessions of the period that meet another on their stage: those a later one of
    their stage starts within (``ix_sessions_stage_starts`` from each session of the
    period), and those later ones."""
    first, second = aliased(SessionRow), aliased(SessionRow)
    pairs = session.execute(
        select(first.id, second.id)
        .join(second, and_(second.stage_id == first.stage_id,
                           second.starts_at >= first.starts_at,
                           second.starts_at < first.ends_at, second.id != first.id))
        .where(first.starts_at > period.earliest, first.starts_at < period.high,
               first.ends_at > period.low, first.stage_id.is_not(None),
               second.starts_at < period.high, second.ends_at > period.low)
    ).all()  # fmt: skip
    if not pairs:
        return []
    met = sorted({ident for pair in pairs for ident in pair})
    found = _sessions(session, met, lambda ids: (SessionRow.id.in_(ids),))
    reading.add_sessions(found)
    reading.events_of_sessions()
    return [reading.slot(row) for row in found if reading.live(row.event_id)]


# -- a session outside its event -------------------------------------------------------------


def _outside_candidates(
    session: DbSession, reading: ProgrammeReading, period: _Period
) -> tuple[list[Slot], dict[int, EventDays]]:
    """The sessions of the period whose event's days or opening hours they may lie outside,
    and those events' days: sessions within their event's start and end lie within its
    days, and only an open day's hours can put them outside then."""
    spans = (
        select(SessionRow.event_id, func.min(SessionRow.starts_at).label("first"),
               func.max(SessionRow.ends_at).label("last"))
        .where(*period.sessions())
        .group_by(SessionRow.event_id)
        .subquery()
    )  # fmt: skip
    open_days = exists().where(
        PhaseRow.event_id == EventRow.id, PhaseRow.kind == PhaseKind.OPEN_DAY.value
    )
    events = sorted(session.scalars(
        select(EventRow.id)
        .join(spans, spans.c.event_id == EventRow.id)
        .where(EventRow.status != EventStatus.CANCELLED.value, EventRow.is_recurring.is_(False),
               # All-day: their days as stored are not read as the truth (the dates are).
               or_(EventRow.all_day.is_(True), spans.c.first < EventRow.starts_at,
                   spans.c.last > EventRow.ends_at, open_days))
    ))  # fmt: skip
    if not events:
        return [], {}
    found = _sessions(
        session, events, lambda ids: (SessionRow.event_id.in_(ids), *period.sessions())
    )
    reading.add_sessions(found)
    reading.events_of_sessions()
    slots = [reading.slot(row) for row in found if reading.live(row.event_id)]
    return slots, reading.event_days(session, events)


# -- people ---------------------------------------------------------------------------------


def _people_conflicts(
    session: DbSession, reading: ProgrammeReading, period: _Period, margins: Margins
) -> list[Conflict]:
    """People in two places at once, in a declined role, or outside their availability."""
    declined = Confirmation.DECLINED.value
    links = session.execute(
        select(SessionPersonRow.id, SessionPersonRow.contact_id, SessionPersonRow.confirmation,
               SessionRow.starts_at, SessionRow.ends_at)
        .join(SessionRow, SessionRow.id == SessionPersonRow.session_id)
        .where(*period.sessions())
    ).all()  # fmt: skip
    blocks = {block for block in session.scalars(
        select(SessionRow.block_id).where(*period.sessions(), SessionRow.block_id.is_not(None))
        .distinct()
    ) if block is not None}  # fmt: skip
    # Roles on blocks and whole events are few: made whole at once.
    others = reading.block_bookings(session, blocks)
    # People's whole-event roles on events of the period (a series has no programme).
    event_links = session.execute(
        event_people_query().where(*period.events(), EventRow.is_recurring.is_(False))
    ).all()
    reading.add_events({link.event_id for link in event_links})
    reading.events_of_sessions()
    others += [b for link in event_links if (b := reading.event_booking(link)) is not None]
    contacts = {link.contact_id for link in links} | {b.contact_id for b in others}
    unavailable, available = availability(session, contacts, period.low, period.high)
    wanted = set(unavailable) | set(available)
    spans: dict[int, list[tuple[datetime, datetime]]] = {}
    for _ident, contact_id, confirmation, starts, ends in links:
        if confirmation == declined:
            wanted.add(contact_id)
        else:
            spans.setdefault(contact_id, []).append((starts, ends))
    for booking in others:
        if booking.declined:
            wanted.add(booking.contact_id)
        else:
            spans.setdefault(booking.contact_id, []).append((booking.start, booking.end))
    widest = margins.widest
    wanted.update(contact_id for contact_id, times in spans.items() if _near(times, widest))
    chosen = sorted(link.id for link in links if link.contact_id in wanted)
    bookings = _session_bookings(session, reading, chosen)
    bookings += [b for b in others if b.contact_id in wanted]
    found = rules.person_conflicts(bookings, margins)
    found += rules.declined_conflicts(bookings)
    found += rules.availability_conflicts(bookings, unavailable, available)
    return found


def _near(times: list[tuple[datetime, datetime]], widest: timedelta) -> bool:
    """Whether two of one person's bookings are less than ``widest`` apart (or meet): the
    only people who can be booked twice, whatever the margin between two places."""
    if len(times) < 2:
        return False
    times.sort()
    latest = times[0][1]
    for start, end in times[1:]:
        if start < latest + widest:
            return True
        latest = max(latest, end)
    return False


def _session_bookings(
    session: DbSession, reading: ProgrammeReading, links: Sequence[int]
) -> list[Booking]:
    """The roles on sessions ``links`` (by their ids), with their sessions, as bookings."""
    declined = Confirmation.DECLINED.value
    rows: list[Any] = []
    for ids in _chunks(links):
        rows += session.execute(
            sessions_query()
            .add_columns(SessionPersonRow.contact_id, SessionPersonRow.role,
                         SessionPersonRow.confirmation, ContactRow.name.label("contact_name"))
            .join(SessionPersonRow, SessionPersonRow.session_id == SessionRow.id)
            .join(ContactRow, ContactRow.id == SessionPersonRow.contact_id)
            .where(SessionPersonRow.id.in_(ids))
        ).all()  # fmt: skip
    reading.add_sessions(rows)
    reading.events_of_sessions()
    return [
        reading.booking_of(row.contact_id, row.contact_name, row.role,
                           row.confirmation == declined, reading.slot(row), row.block_id,
                           bool(row.digital))
        for row in rows
        if reading.live(row.event_id)
    ]  # fmt: skip


# -- reading --------------------------------------------------------------------------------


def _sessions(
    session: DbSession,
    ids: Sequence[int],
    where: Callable[[Sequence[int]], tuple[ColumnElement[bool], ...]],
) -> list[Any]:
    """``sessions_query`` rows ``where(chunk)`` holds for, ``_CHUNK`` ids at a time."""
    rows: list[Any] = []
    for chunk in _chunks(ids):
        rows += session.execute(sessions_query().where(*where(chunk))).all()
    return rows


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]
