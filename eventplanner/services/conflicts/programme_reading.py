"""What the programme's conflict rules need, read from its tables: sessions as slots, people's
roles as bookings (on sessions, blocks, whole events), their availability, and the events
those belong to (title, zone, venue, whether cancelled), each event read once.

Shared by the conflicts of a period (``programme_period``) and of one session being edited
(``programme``)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session as DbSession

from eventplanner.domain.enums import EventStatus
from eventplanner.domain.programme import Confirmation, PhaseKind, ProgrammeEvent
from eventplanner.domain.programme_conflicts import Booking, EventDays, Slot, Window
from eventplanner.persistence.schema import (
    AvailabilityRow,
    BlockPersonRow,
    BlockRow,
    ContactRow,
    EventPersonRow,
    EventRow,
    PhaseRow,
    SessionRow,
    StageRow,
    VenueRow,
)
from eventplanner.services.events import rows as event_rows
from eventplanner.services.events.window_statements import LONGEST

_CANCELLED = EventStatus.CANCELLED.value

SESSION_COLUMNS = (
    SessionRow.id, SessionRow.title, SessionRow.starts_at, SessionRow.ends_at,
    SessionRow.event_id, SessionRow.stage_id, SessionRow.block_id, StageRow.name,
    StageRow.digital,
)  # fmt: skip


SessionsSelect = Select[int, str, datetime, datetime, int, int | None, int | None, str, bool]


def sessions_query() -> SessionsSelect:
    return (
        select(*SESSION_COLUMNS)
        .select_from(SessionRow)
        .outerjoin(StageRow, StageRow.id == SessionRow.stage_id)
    )


def event_people_query() -> Select[int, str, str, int, str]:
    return (
        select(
            EventPersonRow.contact_id,
            EventPersonRow.role,
            EventPersonRow.confirmation,
            EventPersonRow.event_id,
            ContactRow.name.label("contact_name"),
        )
        .join(EventRow, EventRow.id == EventPersonRow.event_id)
        .join(ContactRow, ContactRow.id == EventPersonRow.contact_id)
    )


def reach(session: DbSession) -> timedelta:
    """How long before a period a session that reaches it can start: a session lies within
    its event's days, so no longer than the longest event (``events.duration_minutes``,
    indexed) and the two part days around it. A lower bound keeps a query of the sessions
    of a period on a range of ``ix_sessions_starts_ends``, not on every session before."""
    longest = session.execute(LONGEST).scalar() or 0
    return timedelta(minutes=longest) + timedelta(days=2)


def availability(
    session: DbSession, contacts: set[int], low: datetime, high: datetime
) -> tuple[dict[int, list[Window]], dict[int, list[Window]]]:
    """The times ``contacts`` said they cannot be there, and the hours they gave, around
    ``low`` to ``high``: each by contact."""
    unavailable: dict[int, list[Window]] = {}
    available: dict[int, list[Window]] = {}
    if not contacts:
        return unavailable, available
    # Days of the period on any clock: a day's given hours are compared whole.
    rows = session.execute(
        select(AvailabilityRow.contact_id, AvailabilityRow.starts_at, AvailabilityRow.ends_at,
               AvailabilityRow.available, AvailabilityRow.note)
        .where(AvailabilityRow.contact_id.in_(sorted(contacts)),
               AvailabilityRow.starts_at < high + timedelta(days=2),
               AvailabilityRow.ends_at > low - timedelta(days=2))
    ).all()  # fmt: skip
    for row in rows:
        target = available if row.available else unavailable
        target.setdefault(row.contact_id, []).append(Window(row.starts_at, row.ends_at, row.note))
    return unavailable, available


class ProgrammeReading:
    """What the rules need of the rows read: events, stages' venues, contacts' names."""

    def __init__(self, session: DbSession) -> None:
        self._session = session
        self._events: dict[int, ProgrammeEvent] = {}
        self._places: dict[int, tuple[int | None, str, str]] = {}
        self._live: set[int] = set()
        self._wanted: set[int] = set()
        self._slots: dict[int, Slot] = {}
        self._titles: dict[int, tuple[str, str]] = {}

    def add_sessions(self, rows: Iterable[Any]) -> None:
        self._wanted.update(row[4] for row in rows)  # (by index: a Row's names cost more)

    def add_events(self, ids: Iterable[int]) -> None:
        self._wanted.update(ids)

    def events_of_sessions(self) -> None:
        wanted = sorted(i for i in self._wanted if i not in self._events)
        for chunk in range(0, len(wanted), 500):
            ids = wanted[chunk : chunk + 500]
            rows = self._session.execute(
                select(EventRow.id, EventRow.title, EventRow.status, EventRow.all_day,
                       EventRow.time_zone, EventRow.starts_at, EventRow.ends_at,
                       EventRow.first_day, EventRow.last_day, EventRow.is_recurring,
                       EventRow.venue_id, VenueRow.name.label("venue_name"), VenueRow.city)
                .outerjoin(VenueRow, VenueRow.id == EventRow.venue_id)
                .where(EventRow.id.in_(ids))
            ).all()  # fmt: skip
            for row in rows:
                timing = event_rows.timing_of(row.all_day, row.time_zone, row.starts_at,
                                              row.ends_at, row.first_day, row.last_day)  # fmt: skip
                self._events[row.id] = ProgrammeEvent(row.id, row.title, timing, row.is_recurring)
                self._places[row.id] = (row.venue_id, row.venue_name or "", row.city or "")
                if row.status != _CANCELLED:
                    self._live.add(row.id)

    def live(self, event_id: int) -> bool:
        return event_id in self._live

    def event(self, event_id: int) -> ProgrammeEvent | None:
        if event_id not in self._events:
            self._wanted.add(event_id)
            self.events_of_sessions()
        return self._events.get(event_id)

    def _zone(self, event_id: int) -> str:
        event = self._events.get(event_id)
        return event.timing.time_zone if event is not None else "UTC"

    def slot(self, row: Any) -> Slot:
        """A session's row (``SESSION_COLUMNS`` first) as a ``Slot``, made once."""
        made = self._slots.get(row[0])
        if made is not None:
            return made
        ident, title, starts, ends, event_id, stage_id, _block, stage_name = row[:8]
        named = self._titles.get(event_id)
        if named is None:
            event = self._events.get(event_id)
            named = (event.title, event.timing.time_zone) if event is not None else ("", "UTC")
            self._titles[event_id] = named
        made = Slot(ident, title, starts, ends, event_id, named[0], named[1], stage_id,
                    stage_name or "")  # fmt: skip
        self._slots[ident] = made
        return made

    def booking_of(
        self, contact_id: int, name: str, role: str, declined: bool, slot: Slot,
        block_id: int | None, digital: bool = False,
    ) -> Booking:  # fmt: skip
        venue_id, venue_name, city = self._places.get(slot.event_id, (None, "", ""))
        within = (f"e{slot.event_id}",) + ((f"b{block_id}",) if block_id is not None else ())
        return Booking(contact_id, name, str(role).replace("_", " "), declined,
                       f"s{slot.session_id}", slot.title, slot.start, slot.end, slot.time_zone,
                       slot.event_id, (slot.session_id,), within, slot.stage_id,
                       slot.stage_name, venue_id, venue_name, city, digital)  # fmt: skip

    def block_bookings(
        self, session: DbSession, blocks: set[int], *, contacts: set[int] | None = None,
        extra: Slot | None = None,
    ) -> list[Booking]:  # fmt: skip
        """A block's people are there from its first session's start to its last's end."""
        if not blocks:
            return []
        spans = session.execute(
            select(SessionRow.block_id, func.min(SessionRow.starts_at),
                   func.max(SessionRow.ends_at), BlockRow.title, BlockRow.event_id,
                   BlockRow.stage_id, StageRow.name, StageRow.digital)
            .join(BlockRow, BlockRow.id == SessionRow.block_id)
            .join(StageRow, StageRow.id == BlockRow.stage_id)
            .where(SessionRow.block_id.in_(sorted(blocks)))
            .group_by(SessionRow.block_id, BlockRow.title, BlockRow.event_id, BlockRow.stage_id,
                      StageRow.name, StageRow.digital)
        ).all()  # fmt: skip
        members = session.execute(
            select(SessionRow.block_id, SessionRow.id).where(
                SessionRow.block_id.in_(sorted(blocks))
            )
        ).all()
        sessions_of: dict[int, list[int]] = {}
        for block_id, ident in members:
            if block_id is not None:
                sessions_of.setdefault(block_id, []).append(ident)
        query = (
            select(BlockPersonRow.block_id, BlockPersonRow.contact_id, BlockPersonRow.role,
                   BlockPersonRow.confirmation, ContactRow.name)
            .join(ContactRow, ContactRow.id == BlockPersonRow.contact_id)
            .where(BlockPersonRow.block_id.in_(sorted(blocks)))
        )  # fmt: skip
        if contacts is not None:
            query = query.where(BlockPersonRow.contact_id.in_(contacts))
        links = session.execute(query).all()
        self._wanted.update(span.event_id for span in spans)
        self.events_of_sessions()
        found: list[Booking] = []
        by_block = {span.block_id: span for span in spans}
        for link in links:
            span = by_block.get(link.block_id)
            if span is None or not self.live(span.event_id):
                continue
            start, end = span[1], span[2]
            ids = tuple(sessions_of.get(link.block_id, ()))
            if extra is not None:
                start, end = min(start, extra.start), max(end, extra.end)
                ids = (*ids, extra.session_id)
            venue_id, venue_name, city = self._places.get(span.event_id, (None, "", ""))
            found.append(Booking(link.contact_id, link.name, link.role.replace("_", " "),
                                 link.confirmation == Confirmation.DECLINED.value,
                                 f"b{link.block_id}", span.title, start, end,
                                 self._zone(span.event_id), span.event_id, ids,
                                 (f"e{span.event_id}",), span.stage_id, span.name, venue_id,
                                 venue_name, city, bool(span.digital)))  # fmt: skip
        return found

    def event_booking(self, link: object) -> Booking | None:
        r = link
        event = self._events.get(r.event_id)  # type: ignore[attr-defined]
        if event is None or not self.live(event.id):
            return None
        start, end = (event.days_bounds() if event.timing.all_day
                      else event.timing.utc_bounds())  # fmt: skip
        venue_id, venue_name, city = self._places.get(event.id, (None, "", ""))
        return Booking(r.contact_id, r.contact_name, r.role.replace("_", " "),  # type: ignore[attr-defined]
                       r.confirmation == Confirmation.DECLINED.value,  # type: ignore[attr-defined]
                       f"e{event.id}", event.title, start, end, event.timing.time_zone,
                       event.id, (), (), None, "", venue_id, venue_name, city)  # fmt: skip

    def event_days(
        self, session: DbSession, events: Iterable[int] | None = None
    ) -> dict[int, EventDays]:
        """The days and open days' opening hours of the events read (with sessions), or
        of those of them in ``events``."""
        ids = sorted(self._live if events is None else self._live.intersection(events))
        hours: dict[int, list[Window]] = {}
        for chunk in range(0, len(ids), 500):
            rows = session.execute(
                select(PhaseRow.event_id, PhaseRow.starts_at, PhaseRow.ends_at, PhaseRow.name)
                .where(PhaseRow.event_id.in_(ids[chunk : chunk + 500]),
                       PhaseRow.kind == PhaseKind.OPEN_DAY.value)
            )  # fmt: skip
            for row in rows:
                hours.setdefault(row.event_id, []).append(Window(row.starts_at, row.ends_at))
        days: dict[int, EventDays] = {}
        for ident in ids:
            event = self._events[ident]
            if event.is_recurring:
                continue
            first, after = event.days_bounds()
            days[ident] = EventDays(ident, event.title, event.time_zone, first, after,
                                    tuple(hours.get(ident, ())))  # fmt: skip
        return days
