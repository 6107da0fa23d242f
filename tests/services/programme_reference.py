"""The programme's conflicts of a period found the plain way, for tests to hold the finder
to: every session and every role of the period made into slots and bookings, and the rules
of ``domain.programme_conflicts`` run over all of them (how the finder worked before it
narrowed each kind down with a query of its own)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from eventplanner.domain import programme_conflicts as rules
from eventplanner.domain.conflicts import Conflict
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.programme import Confirmation
from eventplanner.domain.programme_conflicts import Margins
from eventplanner.persistence.schema import ContactRow, EventRow, SessionPersonRow, SessionRow
from eventplanner.services.conflicts.programme_reading import (
    ProgrammeReading,
    availability,
    event_people_query,
    reach,
    sessions_query,
)


def every_conflict(session: DbSession, window: TimeWindow, margins: Margins) -> list[Conflict]:
    widest = margins.widest
    low, high = window.start - widest, window.end + widest
    earliest = low - reach(session)
    reading = ProgrammeReading(session)
    sessions = session.execute(
        sessions_query().where(
            SessionRow.starts_at > earliest, SessionRow.starts_at < high, SessionRow.ends_at > low
        )
    ).all()
    reading.add_sessions(sessions)
    event_links = session.execute(
        event_people_query().where(
            EventRow.starts_at > earliest, EventRow.starts_at < high, EventRow.ends_at > low,
            EventRow.is_recurring.is_(False),
        )
    ).all()  # fmt: skip
    reading.add_events({row.event_id for row in event_links})
    reading.events_of_sessions()
    slots = [reading.slot(row) for row in sessions if reading.live(row.event_id)]
    links = session.execute(
        select(SessionPersonRow.session_id, SessionPersonRow.contact_id, SessionPersonRow.role,
               SessionPersonRow.confirmation, ContactRow.name)
        .join(ContactRow, ContactRow.id == SessionPersonRow.contact_id)
    ).all()  # fmt: skip
    by_id = {row.id: row for row in sessions}
    bookings = [
        reading.booking_of(link.contact_id, link.name, link.role,
                           link.confirmation == Confirmation.DECLINED.value,
                           reading.slot(row), row.block_id, bool(row.digital))
        for link in links
        if (row := by_id.get(link.session_id)) is not None and reading.live(row.event_id)
    ]  # fmt: skip
    bookings += reading.block_bookings(session, {r.block_id for r in sessions} - {None})
    bookings += [b for link in event_links if (b := reading.event_booking(link)) is not None]
    unavailable, available = availability(session, {b.contact_id for b in bookings}, low, high)
    found = rules.person_conflicts(bookings, margins)
    found += rules.declined_conflicts(bookings)
    found += rules.availability_conflicts(bookings, unavailable, available)
    found += rules.stage_conflicts(slots)
    found += rules.outside_event_conflicts(slots, reading.event_days(session))
    return [c for c in found if c.start < window.end and c.end > window.start]
