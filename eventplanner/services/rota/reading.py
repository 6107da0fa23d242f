"""An event's rota read from its tables, with its warnings: the people on its shifts are
checked against their other shifts (any event), their sessions, blocks and roles on other
events, read as the programme's conflict checks read them (``conflicts.programme_reading``)
and judged by the programme's rule (``domain.rota_warnings.double_booked``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from eventplanner.domain.errors import NotFoundError
from eventplanner.domain.programme import Confirmation, ProgrammeEvent
from eventplanner.domain.programme_conflicts import Booking, Margins
from eventplanner.domain.rota import Shift, ShiftKind, ShiftPerson
from eventplanner.domain.rota_warnings import (
    RotaWarning,
    below_need,
    coverage_grid,
    double_booked,
    missing_skills,
    over_daily_maximum,
    shift_bookings,
)
from eventplanner.domain.timezones import zone
from eventplanner.persistence.schema import (
    ContactRow,
    ContactSkillRow,
    EventPersonRow,
    EventRow,
    SessionPersonRow,
    SessionRow,
    ShiftPersonRow,
    ShiftRow,
    VenueRow,
)
from eventplanner.services.conflicts.programme_reading import (
    ProgrammeReading,
    event_people_query,
    reach,
    sessions_query,
)
from eventplanner.services.events import rows
from eventplanner.services.rota.feed import booth_of, shift_location
from eventplanner.services.rota.quotas import staff_quotas
from eventplanner.services.rota.records import Rota


def event_row(session: DbSession, event_id: int, *, lock: bool = False) -> EventRow:
    row = session.get(EventRow, event_id, with_for_update=lock or None)
    if row is None:
        raise NotFoundError(f"there is no event with id {event_id} (it may have been deleted)")
    return row


def programme_event(row: EventRow) -> ProgrammeEvent:
    timing = rows.timing_of(
        row.all_day, row.time_zone, row.starts_at, row.ends_at, row.first_day, row.last_day
    )
    return ProgrammeEvent(row.id, row.title, timing, row.is_recurring)


def shift_of(row: ShiftRow, time_zone: str) -> Shift:
    tz = zone(time_zone)
    skills = tuple(s for s in row.skills.split("\n") if s)
    return Shift(
        row.id, row.event_id, ShiftKind(row.kind), row.title, row.starts_at.astimezone(tz),
        row.ends_at.astimezone(tz), row.needed, skills, row.notes, row.uid, row.sequence,
        row.version,
    )  # fmt: skip


def shifts_of_event(session: DbSession, event_id: int, time_zone: str) -> list[Shift]:
    query = (
        select(ShiftRow)
        .where(ShiftRow.event_id == event_id)
        .order_by(ShiftRow.starts_at, ShiftRow.ends_at, ShiftRow.id)
    )
    return [shift_of(r, time_zone) for r in session.scalars(query)]


def people_of(session: DbSession, shift_ids: Sequence[int]) -> list[ShiftPerson]:
    if not shift_ids:
        return []
    query = (
        select(ShiftPersonRow, ContactRow.name)
        .join(ContactRow, ContactRow.id == ShiftPersonRow.contact_id)
        .where(ShiftPersonRow.shift_id.in_(list(shift_ids)))
        .order_by(ShiftPersonRow.shift_id, ContactRow.name, ShiftPersonRow.id)
    )
    return [
        ShiftPerson(r.id, r.shift_id, r.contact_id, name, r.reason, r.version)
        for r, name in session.execute(query)
    ]


def skills_of(session: DbSession, contacts: Iterable[int]) -> dict[int, list[str]]:
    wanted = sorted(set(contacts))
    found: dict[int, list[str]] = defaultdict(list)
    if wanted:
        query = (
            select(ContactSkillRow.contact_id, ContactSkillRow.skill)
            .where(ContactSkillRow.contact_id.in_(wanted))
            .order_by(ContactSkillRow.contact_id, ContactSkillRow.skill_key)
        )
        for contact, skill in session.execute(query):
            found[contact].append(skill)
    return dict(found)


def venue_of(session: DbSession, row: EventRow) -> tuple[int | None, str, str, str]:
    """The event's venue: id, name, city, and its one line (name, address, city)."""
    if row.venue_id is None:
        return None, "", "", ""
    venue = session.get(VenueRow, row.venue_id)
    if venue is None:
        return None, "", "", ""
    line = ", ".join(p for p in (venue.name, venue.address, venue.city) if p.strip())
    return venue.id, venue.name, venue.city, line


def read_rota(session: DbSession, event_id: int, margins: Margins, daily_hours: float) -> Rota:
    """The event's rota, its warnings and coverage grid."""
    row = event_row(session, event_id)
    event = programme_event(row)
    tz = row.time_zone
    shifts = shifts_of_event(session, event_id, tz)
    people = people_of(session, [s.id for s in shifts if s.id is not None])
    venue_id, venue_name, city, line = venue_of(session, row)
    own = shift_bookings(shifts, people, tz, venue=(venue_id, venue_name, city))
    others = other_bookings(session, own, margins)
    warnings: list[RotaWarning] = []
    warnings += below_need(shifts, people)
    warnings += double_booked(own, others, margins)
    warnings += over_daily_maximum(shifts, people, tz, daily_hours)
    warnings += missing_skills(shifts, people, skills_of(session, {p.contact_id for p in people}))
    location = shift_location(booth_of(session, event_id), line)
    return Rota(
        event, row.uid, location, tuple(shifts), tuple(people), tuple(warnings),
        coverage_grid(shifts, people, tz), daily_hours, staff_quotas(session, event_id),
    )  # fmt: skip


def other_bookings(session: DbSession, own: Sequence[Booking], margins: Margins) -> list[Booking]:
    """What the people of ``own`` are in near those times besides these shifts: their
    other shifts (any event), sessions, chaired blocks and roles on whole events."""
    if not own:
        return []
    contacts = {b.contact_id for b in own}
    widest = margins.widest
    low = min(b.start for b in own) - widest
    high = max(b.end for b in own) + widest
    mine = {b.ident for b in own}
    before = reach(session)
    reading = ProgrammeReading(session)
    sessions = session.execute(
        sessions_query()
        .add_columns(SessionPersonRow.contact_id, SessionPersonRow.role,
                     SessionPersonRow.confirmation, ContactRow.name.label("contact_name"))
        .join(SessionPersonRow, SessionPersonRow.session_id == SessionRow.id)
        .join(ContactRow, ContactRow.id == SessionPersonRow.contact_id)
        .where(SessionRow.starts_at > low - before, SessionRow.starts_at < high,
               SessionRow.ends_at > low, SessionPersonRow.contact_id.in_(contacts))
    ).all()  # fmt: skip
    reading.add_sessions(sessions)
    event_links = session.execute(
        event_people_query().where(
            EventPersonRow.contact_id.in_(contacts),
            EventRow.starts_at > low - before,
            EventRow.starts_at < high,
            EventRow.ends_at > low,
            EventRow.is_recurring.is_(False),
        )
    ).all()
    reading.add_events({link.event_id for link in event_links})
    reading.events_of_sessions()
    declined = Confirmation.DECLINED.value
    found = [
        reading.booking_of(r.contact_id, r.contact_name, r.role, r.confirmation == declined,
                           reading.slot(r), r.block_id, bool(r.digital))
        for r in sessions
        if reading.live(r.event_id)
    ]  # fmt: skip
    found += reading.block_bookings(session, {r.block_id for r in sessions} - {None},
                                    contacts=contacts)  # fmt: skip
    found += [b for link in event_links if (b := reading.event_booking(link)) is not None]
    found += _other_shifts(session, contacts, low, high, mine)
    return found


def _other_shifts(
    session: DbSession, contacts: set[int], low: datetime, high: datetime, mine: set[str]
) -> list[Booking]:
    query = (
        select(ShiftRow, ShiftPersonRow.contact_id, ContactRow.name, EventRow.time_zone,
               EventRow.status, EventRow.venue_id)
        .join(ShiftPersonRow, ShiftPersonRow.shift_id == ShiftRow.id)
        .join(ContactRow, ContactRow.id == ShiftPersonRow.contact_id)
        .join(EventRow, EventRow.id == ShiftRow.event_id)
        .where(ShiftPersonRow.contact_id.in_(contacts), ShiftRow.starts_at < high,
               ShiftRow.ends_at > low - timedelta(days=2))
    )  # fmt: skip
    found = []
    for row, contact, name, tz, status, venue_id in session.execute(query):
        if f"r{row.id}" in mine or status == "cancelled":
            continue
        shift = shift_of(row, tz)
        person = ShiftPerson(None, row.id, contact, name)
        found += shift_bookings([shift], [person], tz, venue=(venue_id, "", ""))
    return found
