"""The programme's conflicts, read from its tables: people in two places at once (across
events), booked outside their availability or in a declined role, two sessions on one
stage, a session outside its event's days or opening hours.

``ProgrammeConflicts`` is a finder of the conflicts service (those of a period, found in
``programme_period``) and checks one session as it is being edited
(``conflicts_for_session``): its stage's other sessions and each of its people's other
bookings, read by index (``ix_sessions_starts_ends``, ``ix_session_people_contact``,
``ix_event_people_contact``, ``ix_block_people_contact``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from eventplanner.domain import programme_conflicts as rules
from eventplanner.domain.conflicts import Conflict
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.programme import Confirmation, PersonRole, RoleLink, Session, Target
from eventplanner.domain.programme_conflicts import Margins, Slot
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import (
    BlockPersonRow,
    ContactRow,
    EventPersonRow,
    EventRow,
    SessionPersonRow,
    SessionRow,
    StageRow,
)
from eventplanner.services.conflicts.programme_period import period_conflicts
from eventplanner.services.conflicts.programme_reading import (
    ProgrammeReading,
    availability,
    event_people_query,
    reach,
    sessions_query,
)

_DRAFT_ID = -1
"""The id a session not saved yet goes by in its own conflicts."""


class ProgrammeConflicts:
    """The programme's conflicts of a period (a finder), and of a session being edited."""

    def __init__(self, database: Database, margins: Margins | None = None) -> None:
        self._db = database
        self.margins = margins or Margins()

    # -- a period ---------------------------------------------------------------------------

    def __call__(self, session: DbSession, window: TimeWindow) -> list[Conflict]:
        return self.of_period(session, window)

    def of_period(self, session: DbSession, window: TimeWindow) -> list[Conflict]:
        """Every conflict of the programme in ``window``, inside an open session."""
        return period_conflicts(session, window, self.margins)

    # -- one session being edited -----------------------------------------------------------

    def conflicts_for_session(
        self, draft: Session, people: Sequence[RoleLink] | None = None
    ) -> list[Conflict]:
        """The conflicts a session would have as drafted (``draft.id`` the session it was,
        None for a new one): its people (``people``; None: the saved session's) elsewhere
        at once or outside their availability or declined, its stage's other sessions at
        once, and its place in its event's days and opening hours."""
        ident = draft.id if draft.id is not None else _DRAFT_ID
        mine = f"s{ident}"
        start, end = draft.start, draft.end
        widest = self.margins.widest
        low, high = start - widest, end + widest
        with self._db.reading() as session:
            reading = ProgrammeReading(session)
            reading.add_events({draft.event_id})
            stage_name = ""
            if draft.stage_id is not None:
                stage_name = session.scalar(
                    select(StageRow.name).where(StageRow.id == draft.stage_id)
                ) or ""  # fmt: skip
            block_id = draft.block_id
            draft_slot = Slot(ident, draft.title, start, end, draft.event_id, "", "UTC",
                              draft.stage_id, stage_name)  # fmt: skip
            slots = [draft_slot]
            if draft.stage_id is not None:
                others = session.execute(
                    sessions_query().where(
                        SessionRow.stage_id == draft.stage_id,
                        SessionRow.starts_at < end,
                        SessionRow.ends_at > start,
                        SessionRow.id != ident,
                    )
                ).all()
                reading.add_sessions(others)
            else:
                others = []
            if people is None:
                people, names = _saved_people(session, ident)
            else:
                names = _names(session, {link.contact_id for link in people})
            contacts = {link.contact_id for link in people}
            before = reach(session)
            # Each person's other bookings near the draft: sessions (with the roles on them,
            # from ix_session_people_contact), blocks, whole events.
            other_sessions = session.execute(
                sessions_query()
                .add_columns(SessionPersonRow.contact_id, SessionPersonRow.role,
                             SessionPersonRow.confirmation, ContactRow.name.label("contact_name"))
                .join(SessionPersonRow, SessionPersonRow.session_id == SessionRow.id)
                .join(ContactRow, ContactRow.id == SessionPersonRow.contact_id)
                .where(
                    SessionRow.starts_at > low - before,
                    SessionPersonRow.contact_id.in_(contacts),
                    SessionRow.starts_at < high,
                    SessionRow.ends_at > low,
                    SessionRow.id != ident,
                )
            ).all() if contacts else []  # fmt: skip
            reading.add_sessions(other_sessions)
            event_links = session.execute(
                event_people_query().where(
                    EventPersonRow.contact_id.in_(contacts),
                    EventRow.starts_at > low - before,
                    EventRow.starts_at < high,
                    EventRow.ends_at > low,
                    EventRow.is_recurring.is_(False),
                )
            ).all() if contacts else []  # fmt: skip
            reading.add_events({link.event_id for link in event_links})
            reading.events_of_sessions()
            # Made once the events are read: a slot keeps its event's title and zone.
            slots += [reading.slot(row) for row in others]
            declined = Confirmation.DECLINED.value
            bookings = [
                reading.booking_of(row.contact_id, row.contact_name, row.role,
                                   row.confirmation == declined, reading.slot(row),
                                   row.block_id, bool(row.digital))
                for row in other_sessions
                if reading.live(row.event_id)
            ]  # fmt: skip
            blocks = {r.block_id for r in other_sessions} - {None}
            if contacts:
                blocks |= set(session.scalars(
                    select(BlockPersonRow.block_id).where(BlockPersonRow.contact_id.in_(contacts))
                ))  # fmt: skip
            blocks.discard(block_id)
            bookings += reading.block_bookings(session, blocks, contacts=contacts)
            bookings += [
                b for link in event_links if (b := reading.event_booking(link)) is not None
            ]
            if block_id is not None:  # the chair of the draft's block is there too
                bookings += reading.block_bookings(session, {block_id}, extra=draft_slot)
            event = reading.event(draft.event_id)
            draft_slot = replace(draft_slot, event_title=event.title if event else "",
                                 time_zone=event.timing.time_zone if event else "UTC")  # fmt: skip
            slots[0] = draft_slot
            own = [
                reading.booking_of(
                    link.contact_id,
                    names.get(link.contact_id, ""),
                    link.role,
                    link.confirmation is Confirmation.DECLINED,
                    draft_slot,
                    block_id,
                )
                for link in people
            ]
            bookings = [b for b in bookings if b.ident != mine] + own
            unavailable, available = availability(session, contacts, low, high)
            days = reading.event_days(session)
        found = rules.person_conflicts(bookings, self.margins, only=mine)
        found += rules.declined_conflicts(own)
        found += rules.availability_conflicts(own, unavailable, available)
        found += rules.stage_conflicts(slots, only=ident)
        found += rules.outside_event_conflicts([draft_slot], days)
        return found


def _saved_people(session: DbSession, ident: int) -> tuple[list[RoleLink], dict[int, str]]:
    """A saved session's people, and their names."""
    rows = session.execute(
        select(SessionPersonRow.contact_id, SessionPersonRow.role, SessionPersonRow.confirmation,
               ContactRow.name)
        .join(ContactRow, ContactRow.id == SessionPersonRow.contact_id)
        .where(SessionPersonRow.session_id == ident)
    ).all()  # fmt: skip
    links = [RoleLink(None, r.contact_id, PersonRole(r.role), Target.SESSION, ident,
                      Confirmation(r.confirmation)) for r in rows]  # fmt: skip
    return links, {r.contact_id: r.name for r in rows}


def _names(session: DbSession, contacts: Iterable[int]) -> dict[int, str]:
    wanted = list(contacts)
    if not wanted:
        return {}
    rows = session.execute(select(ContactRow.id, ContactRow.name).where(ContactRow.id.in_(wanted)))
    return {r.id: r.name for r in rows}
