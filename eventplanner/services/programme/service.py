"""Planning an event's programme: stages, blocks, sessions, phases, people's and
organisations' roles, and people's availability.

Every write is one transaction and returns its change set (``Written.changes``, or the
``ChangeSet`` itself for a delete). These tables are the draft: a write names its event as
changed (its views refresh) but leaves the event's SEQUENCE alone; what feeds, print and
schedule files publish is the latest release (``releases``), and a session's SEQUENCE rises
with each released change of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.programme import (
    Availability,
    Block,
    Confirmation,
    OrganisationLink,
    OrganisationRole,
    PersonRole,
    Phase,
    PhaseKind,
    ProgrammeEvent,
    RoleLink,
    Session,
    SessionKind,
    Stage,
    Target,
    availability_problems,
    block_problems,
    block_reference_problems,
    moved_by,
    note_problems,
    phase_problems,
    raise_first,
    session_problems,
    stage_problems,
    stage_reference_problems,
    unknown_problem,
)
from eventplanner.domain.text import swedish_sort_key
from eventplanner.domain.timezones import zone
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import (
    AvailabilityRow,
    BlockPersonRow,
    BlockRow,
    ContactRow,
    EventOrganisationRow,
    EventPersonRow,
    EventRow,
    OrganisationRow,
    PhaseRow,
    SessionPersonRow,
    SessionRow,
    StageRow,
)
from eventplanner.services.change_journal import reported
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events import rows
from eventplanner.services.events.touches import touch_of
from eventplanner.services.programme.records import (
    ItineraryEntry,
    Programme,
    Written,
)

_PEOPLE: dict[Target, tuple[type[Any], str, Kind]] = {
    Target.EVENT: (EventPersonRow, "event_id", Kind.EVENT_ROLE),
    Target.BLOCK: (BlockPersonRow, "block_id", Kind.BLOCK_ROLE),
    Target.SESSION: (SessionPersonRow, "session_id", Kind.SESSION_ROLE),
}


class ProgrammeService:
    """Use cases on programmes. Every method is one transaction: all of it or none."""

    def __init__(self, database: Database) -> None:
        self._db = database

    # -- reading ---------------------------------------------------------------------------

    def programme(self, event_id: int) -> Programme:
        """The event's stages, blocks, sessions (in time order), phases and roles: the
        draft (what a release freezes, ``releases``)."""
        with self._db.reading() as session:
            return read_programme(session, event_id)

    def session(self, session_id: int) -> Session:
        with self._db.reading() as session:
            row = _get(session, SessionRow, session_id, "session")
            return _session(row, _event_row(session, row.event_id).time_zone)

    def session_by_uid(self, uid: str) -> Session:
        with self._db.reading() as session:
            row = session.scalars(select(SessionRow).where(SessionRow.uid == uid)).one_or_none()
            if row is None:
                raise NotFoundError(f"no session has the UID {uid!r}")
            return _session(row, _event_row(session, row.event_id).time_zone)

    def sessions_titled(self, title: str) -> list[Session]:
        """Sessions whose title is exactly ``title`` (case aside), across every event."""
        wanted = title.strip()
        with self._db.reading() as session:
            query = select(SessionRow).where(func.length(SessionRow.title) == len(wanted))
            found = [r for r in session.scalars(query) if r.title.casefold() == wanted.casefold()]
            zones = {r.event_id: _event_row(session, r.event_id).time_zone for r in found}
            return [_session(r, zones[r.event_id]) for r in found]

    def events_titled(self, title: str) -> list[tuple[int, str]]:
        """The events whose title is exactly ``title`` (case aside): (id, UID) each."""
        wanted = title.strip()
        with self._db.reading() as session:
            query = select(EventRow.id, EventRow.uid, EventRow.title).where(
                func.length(EventRow.title) == len(wanted)
            )
            return [
                (ident, uid)
                for ident, uid, found in session.execute(query.order_by(EventRow.id))
                if found.casefold() == wanted.casefold()
            ]

    def stage_names(self) -> list[str]:
        """Every stage's name, of any event, once (any case), in Swedish order: what a
        feed can choose its sessions by."""
        with self._db.reading() as session:
            names: dict[str, str] = {}
            for name in session.scalars(select(StageRow.name).distinct()):
                names.setdefault(name.strip().casefold(), name.strip())
        return sorted(names.values(), key=swedish_sort_key)

    def stage(self, stage_id: int) -> Stage:
        with self._db.reading() as session:
            return _stage(_get(session, StageRow, stage_id, "stage"))

    def itinerary(
        self, contact_id: int, *, start: datetime | None = None, end: datetime | None = None
    ) -> tuple[ItineraryEntry, ...]:
        """Everything the person is in, in any role, across every event, in time order;
        narrowed to what overlaps [start, end) when given."""
        entries: list[ItineraryEntry] = []
        with self._db.reading() as session:
            _get(session, ContactRow, contact_id, "contact")
            events: dict[int, EventRow] = {}

            def event(ident: int) -> EventRow:
                if ident not in events:
                    events[ident] = _event_row(session, ident)
                return events[ident]

            stage_names = dict(session.execute(select(StageRow.id, StageRow.name)).all())
            query = (
                select(SessionPersonRow, SessionRow)
                .join(SessionRow, SessionRow.id == SessionPersonRow.session_id)
                .where(SessionPersonRow.contact_id == contact_id)
            )
            if start is not None:
                query = query.where(SessionRow.ends_at > start)
            if end is not None:
                query = query.where(SessionRow.starts_at < end)
            for link, row in session.execute(query):
                ev = event(row.event_id)
                tz = zone(ev.time_zone)
                entries.append(
                    ItineraryEntry(
                        row.starts_at.astimezone(tz), row.ends_at.astimezone(tz), ev.id,
                        ev.title, ev.uid, Target.SESSION, row.id, row.title,
                        PersonRole(link.role), Confirmation(link.confirmation), link.id,
                        stage_names.get(row.stage_id, "") if row.stage_id else "",
                    )
                )  # fmt: skip
            blocks = session.execute(
                select(BlockPersonRow, BlockRow)
                .join(BlockRow, BlockRow.id == BlockPersonRow.block_id)
                .where(BlockPersonRow.contact_id == contact_id)
            ).all()
            for block_link, block in blocks:
                ev = event(block.event_id)
                span = session.execute(
                    select(func.min(SessionRow.starts_at), func.max(SessionRow.ends_at)).where(
                        SessionRow.block_id == block.id
                    )
                ).one()
                first, last = span if span[0] is not None else (ev.starts_at, ev.ends_at)
                tz = zone(ev.time_zone)
                entries.append(
                    ItineraryEntry(
                        first.astimezone(tz), last.astimezone(tz), ev.id, ev.title, ev.uid,
                        Target.BLOCK, block.id, block.title, PersonRole(block_link.role),
                        Confirmation(block_link.confirmation), block_link.id,
                        stage_names.get(block.stage_id, ""),
                    )
                )  # fmt: skip
            for event_link in session.scalars(
                select(EventPersonRow).where(EventPersonRow.contact_id == contact_id)
            ):
                ev = event(event_link.event_id)
                tz = zone(ev.time_zone)
                entries.append(
                    ItineraryEntry(
                        ev.starts_at.astimezone(tz), ev.ends_at.astimezone(tz), ev.id, ev.title,
                        ev.uid, Target.EVENT, ev.id, ev.title, PersonRole(event_link.role),
                        Confirmation(event_link.confirmation), event_link.id,
                    )
                )  # fmt: skip
        if start is not None:
            entries = [e for e in entries if e.end > start]
        if end is not None:
            entries = [e for e in entries if e.start < end]
        return tuple(sorted(entries, key=lambda e: (e.start, e.end, e.event_id, e.title)))

    def availability(self, contact_id: int) -> tuple[Availability, ...]:
        with self._db.reading() as session:
            _get(session, ContactRow, contact_id, "contact")
            return tuple(
                _availability(r)
                for r in session.scalars(
                    select(AvailabilityRow)
                    .where(AvailabilityRow.contact_id == contact_id)
                    .order_by(AvailabilityRow.starts_at, AvailabilityRow.id)
                )
            )

    # -- stages ----------------------------------------------------------------------------

    @reported
    def add_stage(self, stage: Stage) -> Written[Stage]:
        with self._db.transaction() as session:
            event_row = _event_row(session, stage.event_id, lock=True)
            stage = _stage_checked(stage, programme_event(event_row))
            _stage_name_free(session, stage, event_row)
            if stage.position == 0:
                last = session.scalar(
                    select(func.max(StageRow.position)).where(StageRow.event_id == stage.event_id)
                )
                stage = replace(stage, position=0 if last is None else last + 1)
            row = StageRow(**_stage_values(stage), version=1)
            session.add(row)
            session.flush()
            return Written(_stage(row), _changes(Kind.STAGE, Action.CREATED, row.id, event_row))

    @reported
    def edit_stage(self, stage: Stage) -> Written[Stage]:
        with self._db.transaction() as session:
            row = _get(session, StageRow, _id(stage.id, "stage"), "stage", stage.version)
            event_row = _event_row(session, row.event_id, lock=True)
            stage = _stage_checked(
                replace(stage, event_id=row.event_id), programme_event(event_row)
            )
            if stage.name.casefold() != row.name.strip().casefold():  # a pair saved before
                _stage_name_free(session, stage, event_row)  # may still change its links
            for name, value in _stage_values(stage).items():
                setattr(row, name, value)
            session.flush()
            return Written(_stage(row), _changes(Kind.STAGE, Action.CHANGED, row.id, event_row))

    @reported
    def delete_stage(self, stage_id: int) -> ChangeSet:
        """Delete a stage no session or block is on (move or delete those first)."""
        with self._db.transaction() as session:
            row = _get(session, StageRow, stage_id, "stage")
            on = session.scalar(select(func.count()).where(SessionRow.stage_id == stage_id))
            blocks = session.scalar(select(func.count()).where(BlockRow.stage_id == stage_id))
            if on or blocks:
                what = (
                    f"{on} session{'s' * (on != 1)}"
                    if on
                    else f"{blocks} block{'s' * (blocks != 1)}"
                )
                raise ValidationError(
                    "stage", f"the stage {row.name!r} has {what} on it; move or delete them first"
                )
            event_row = _event_row(session, row.event_id, lock=True)
            session.delete(row)
            session.flush()
            return _changes(Kind.STAGE, Action.DELETED, stage_id, event_row)

    # -- blocks ----------------------------------------------------------------------------

    @reported
    def add_block(self, block: Block) -> Written[Block]:
        with self._db.transaction() as session:
            event_row = _event_row(session, block.event_id, lock=True)
            event = programme_event(event_row)
            self._check_block(session, block, event)
            row = BlockRow(**_block_values(block), version=1)
            session.add(row)
            session.flush()
            return Written(_block(row), _changes(Kind.BLOCK, Action.CREATED, row.id, event_row))

    @reported
    def edit_block(self, block: Block) -> Written[Block]:
        """Change a block's title, description or stage (its sessions go with it)."""
        with self._db.transaction() as session:
            row = _get(session, BlockRow, _id(block.id, "block"), "block", block.version)
            event_row = _event_row(session, row.event_id, lock=True)
            block = replace(block, event_id=row.event_id)
            self._check_block(session, block, programme_event(event_row))
            for name, value in _block_values(block).items():
                setattr(row, name, value)
            changed: set[int] = set()
            for member in session.scalars(select(SessionRow).where(SessionRow.block_id == row.id)):
                if member.stage_id != block.stage_id:
                    member.stage_id = block.stage_id
                    changed.add(member.id)
            session.flush()
            changes = _changes(Kind.BLOCK, Action.CHANGED, row.id, event_row)
            return Written(
                _block(row), changes | ChangeSet.of(Kind.SESSION, Action.CHANGED, changed)
            )

    @reported
    def move_block(
        self, block_id: int, start: datetime, *, stage_id: int | None = None
    ) -> Written[Block]:
        """Move a block with its sessions so its first session starts at ``start`` (the
        same wall-clock lengths and gaps; another day too), onto ``stage_id`` if given."""
        with self._db.transaction() as session:
            row = _get(session, BlockRow, block_id, "block")
            event_row = _event_row(session, row.event_id, lock=True)
            event = programme_event(event_row)
            tz = event.time_zone
            members = list(
                session.scalars(
                    select(SessionRow)
                    .where(SessionRow.block_id == block_id)
                    .order_by(SessionRow.starts_at, SessionRow.id)
                )
            )
            if stage_id is not None and stage_id != row.stage_id:
                moved = replace(_block(row), stage_id=stage_id)
                self._check_block(session, moved, event)
                row.stage_id = stage_id
            if members:
                first = members[0].starts_at.astimezone(zone(tz)).replace(tzinfo=None)
                delta = start.astimezone(zone(tz)).replace(tzinfo=None) - first
                for member in members:
                    record = _session(member, tz)
                    record = replace(
                        record,
                        start=moved_by(record.start, delta, tz),
                        end=moved_by(record.end, delta, tz),
                        stage_id=row.stage_id,
                    )
                    raise_first(session_problems(record, event))
                    member.starts_at, member.ends_at = record.start, record.end
                    member.stage_id = row.stage_id
            session.flush()
            changes = _changes(Kind.BLOCK, Action.CHANGED, row.id, event_row)
            changes |= ChangeSet.of(Kind.SESSION, Action.CHANGED, [m.id for m in members])
            return Written(_block(row), changes)

    @reported
    def delete_block(self, block_id: int, *, with_sessions: bool = False) -> ChangeSet:
        """Delete a block; its sessions stay (out of any block) unless ``with_sessions``."""
        with self._db.transaction() as session:
            row = _get(session, BlockRow, block_id, "block")
            event_row = _event_row(session, row.event_id, lock=True)
            members = list(
                session.scalars(select(SessionRow).where(SessionRow.block_id == block_id))
            )
            for member in members:
                if with_sessions:
                    session.delete(member)
                else:
                    member.block_id = None
            session.flush()
            session.delete(row)
            session.flush()
            action = Action.DELETED if with_sessions else Action.CHANGED
            return _changes(Kind.BLOCK, Action.DELETED, block_id, event_row) | ChangeSet.of(
                Kind.SESSION, action, [m.id for m in members]
            )

    def _check_block(self, session: OrmSession, block: Block, event: ProgrammeEvent) -> None:
        raise_first(block_problems(block, event))
        where = f"the block {block.title!r}"
        stage_row = session.get(StageRow, block.stage_id)
        stage = _stage(stage_row) if stage_row is not None else None
        raise_first(stage_reference_problems(block.stage_id, stage, event, where))

    # -- sessions --------------------------------------------------------------------------

    @reported
    def add_session(
        self, record: Session, people: Sequence[RoleLink] = (), *, keep_uid: bool = False
    ) -> Written[Session]:
        """A new session (a UID of its own), with ``people`` on it (their ``target_id``
        is ignored: they are put on the new session). ``keep_uid``: a deleted session
        made again (an undo) keeps the UID ``record`` has, so calendars see the same one."""
        with self._db.transaction() as session:
            event_row = _event_row(session, record.event_id, lock=True)
            record = self._session_checked(session, record, programme_event(event_row))
            uid = record.uid if keep_uid and record.uid else rows.new_uid()
            row = SessionRow(**_session_values(record), uid=uid, version=1)
            session.add(row)
            session.flush()
            made: list[int] = []
            for link in people:
                link = replace(link, target=Target.SESSION, target_id=row.id)
                made.append(self._role_row(session, link, f"the session {row.title!r}").id)
            changes = _changes(Kind.SESSION, Action.CREATED, row.id, event_row)
            if made:
                changes |= ChangeSet.of(Kind.SESSION_ROLE, Action.CREATED, made)
            return Written(_session(row, event_row.time_zone), changes)

    @reported
    def edit_session(self, record: Session) -> Written[Session]:
        """Save a session as ``record`` has it (loaded at ``record.version``); its UID stays."""
        with self._db.transaction() as session:
            row = _get(session, SessionRow, _id(record.id, "session"), "session", record.version)
            event_row = _event_row(session, row.event_id, lock=True)
            record = replace(record, event_id=row.event_id)
            record = self._session_checked(session, record, programme_event(event_row))
            for name, value in _session_values(record).items():
                setattr(row, name, value)
            session.flush()
            changes = _changes(Kind.SESSION, Action.CHANGED, row.id, event_row)
            return Written(_session(row, event_row.time_zone), changes)

    @reported
    def delete_session(self, session_id: int) -> ChangeSet:
        with self._db.transaction() as session:
            row = _get(session, SessionRow, session_id, "session")
            event_row = _event_row(session, row.event_id, lock=True)
            roles = list(session.scalars(select(SessionPersonRow.id).where(
                SessionPersonRow.session_id == session_id)))  # fmt: skip
            for link in session.scalars(
                select(SessionPersonRow).where(SessionPersonRow.session_id == session_id)
            ):
                session.delete(link)
            session.flush()
            session.delete(row)
            session.flush()
            return _changes(Kind.SESSION, Action.DELETED, session_id, event_row) | ChangeSet.of(
                Kind.SESSION_ROLE, Action.DELETED, roles
            )

    def _session_checked(
        self, session: OrmSession, record: Session, event: ProgrammeEvent
    ) -> Session:
        tz = zone(event.time_zone)
        record = replace(record, title=record.title.strip(), language=record.language.strip())
        where = f"the session {record.title!r}"
        block = None
        if record.block_id is not None:
            block_row = session.get(BlockRow, record.block_id)
            block = _block(block_row) if block_row is not None else None
            raise_first(
                block_reference_problems(record.block_id, block, event, record.stage_id, where)
            )
            if block is not None and record.stage_id is None:
                record = replace(record, stage_id=block.stage_id)
        raise_first(session_problems(record, event))
        stage_row = session.get(StageRow, record.stage_id) if record.stage_id is not None else None
        stage = _stage(stage_row) if stage_row is not None else None
        raise_first(stage_reference_problems(record.stage_id, stage, event, where))
        return replace(record, start=record.start.astimezone(tz), end=record.end.astimezone(tz))

    # -- phases ----------------------------------------------------------------------------

    @reported
    def add_phase(self, phase: Phase) -> Written[Phase]:
        with self._db.transaction() as session:
            event_row = _event_row(session, phase.event_id, lock=True)
            raise_first(phase_problems(phase, programme_event(event_row)))
            row = PhaseRow(**_phase_values(phase), version=1)
            session.add(row)
            session.flush()
            return Written(
                _phase(row, event_row.time_zone),
                _changes(Kind.PHASE, Action.CREATED, row.id, event_row),
            )

    @reported
    def edit_phase(self, phase: Phase) -> Written[Phase]:
        with self._db.transaction() as session:
            row = _get(session, PhaseRow, _id(phase.id, "phase"), "phase", phase.version)
            event_row = _event_row(session, row.event_id, lock=True)
            phase = replace(phase, event_id=row.event_id)
            raise_first(phase_problems(phase, programme_event(event_row)))
            for name, value in _phase_values(phase).items():
                setattr(row, name, value)
            session.flush()
            return Written(
                _phase(row, event_row.time_zone),
                _changes(Kind.PHASE, Action.CHANGED, row.id, event_row),
            )

    @reported
    def delete_phase(self, phase_id: int) -> ChangeSet:
        with self._db.transaction() as session:
            row = _get(session, PhaseRow, phase_id, "phase")
            event_row = _event_row(session, row.event_id, lock=True)
            session.delete(row)
            session.flush()
            return _changes(Kind.PHASE, Action.DELETED, phase_id, event_row)

    # -- people's roles --------------------------------------------------------------------

    @reported
    def add_role(self, link: RoleLink) -> Written[RoleLink]:
        """A contact with a role on an event, a block or a session."""
        with self._db.transaction() as session:
            event_row = self._event_of_target(session, link.target, link.target_id)
            row = self._role_row(session, link, _target_name(session, link.target, link.target_id))
            kind = _PEOPLE[link.target][2]
            return Written(
                _role(row, link.target, _contact_name(session, row.contact_id)),
                _changes(kind, Action.CREATED, row.id, event_row),
            )

    @reported
    def edit_role(self, link: RoleLink) -> Written[RoleLink]:
        """Change a role link's role, confirmation or note (its person and target stay)."""
        model, _, kind = _PEOPLE[link.target]
        with self._db.transaction() as session:
            row = _get(session, model, _id(link.id, "role"), "role", link.version)
            target_id = getattr(row, _PEOPLE[link.target][1])
            event_row = self._event_of_target(session, link.target, target_id)
            raise_first(note_problems(link.note, "the role"))
            row.role, row.confirmation, row.note = (
                link.role.value,
                link.confirmation.value,
                link.note,
            )
            session.flush()
            return Written(
                _role(row, link.target, _contact_name(session, row.contact_id)),
                _changes(kind, Action.CHANGED, row.id, event_row),
            )

    def remove_role(self, target: Target, role_id: int) -> ChangeSet:
        return self.remove_roles(target, [role_id])

    @reported
    def remove_roles(self, target: Target, role_ids: Sequence[int]) -> ChangeSet:
        """Take these roles (on ``target``s) away, all or none."""
        model, column, kind = _PEOPLE[target]
        changes = ChangeSet()
        with self._db.transaction() as session:
            for role_id in role_ids:
                row = _get(session, model, role_id, "role")
                event_row = self._event_of_target(session, target, getattr(row, column))
                session.delete(row)
                session.flush()
                changes |= _changes(kind, Action.DELETED, role_id, event_row)
            return changes

    def _role_row(self, session: OrmSession, link: RoleLink, where: str) -> Any:
        model, column, _ = _PEOPLE[link.target]
        if session.get(ContactRow, link.contact_id) is None:
            raise unknown_problem("person", link.contact_id, where)
        raise_first(note_problems(link.note, f"the role on {where}"))
        target = getattr(model, column)
        twice = select(model.id).where(
            target == link.target_id, model.contact_id == link.contact_id,
            model.role == link.role.value,
        )  # fmt: skip
        if session.scalar(twice) is not None:
            name = _contact_name(session, link.contact_id)
            raise ValidationError("role", f"{name!r} is already {link.role.label} on {where}")
        row = model(
            contact_id=link.contact_id, role=link.role.value,
            confirmation=link.confirmation.value, note=link.note, version=1,
            **{column: link.target_id},
        )  # fmt: skip
        session.add(row)
        session.flush()
        return row

    def _event_of_target(self, session: OrmSession, target: Target, ident: int) -> EventRow:
        """The (locked) event a role's target belongs to; NotFoundError if it is gone."""
        if target is Target.EVENT:
            return _event_row(session, ident, lock=True)
        model = BlockRow if target is Target.BLOCK else SessionRow
        row = _get(session, model, ident, target.value)
        return _event_row(session, row.event_id, lock=True)

    # -- organisations' roles --------------------------------------------------------------

    @reported
    def add_organisation_role(self, link: OrganisationLink) -> Written[OrganisationLink]:
        with self._db.transaction() as session:
            event_row = _event_row(session, link.event_id, lock=True)
            organisation = session.get(OrganisationRow, link.organisation_id)
            if organisation is None:
                raise unknown_problem(
                    "organisation", link.organisation_id, f"the event {event_row.title!r}"
                )
            raise_first(note_problems(link.note, f"the role of {organisation.name!r}"))
            _organisation_once(session, link, organisation.name, event_row.title)
            row = EventOrganisationRow(
                event_id=link.event_id, organisation_id=link.organisation_id,
                role=link.role.value, note=link.note, version=1,
            )  # fmt: skip
            session.add(row)
            session.flush()
            return Written(
                _organisation_link(row, organisation.name),
                _changes(Kind.ORGANISATION_ROLE, Action.CREATED, row.id, event_row),
            )

    @reported
    def edit_organisation_role(self, link: OrganisationLink) -> Written[OrganisationLink]:
        with self._db.transaction() as session:
            row = _get(session, EventOrganisationRow, _id(link.id, "role"), "role", link.version)
            event_row = _event_row(session, row.event_id, lock=True)
            raise_first(note_problems(link.note, "the organisation's role"))
            name = session.get(OrganisationRow, row.organisation_id)
            kept = replace(link, event_id=row.event_id, organisation_id=row.organisation_id)
            _organisation_once(session, kept, name.name if name else "", event_row.title)
            row.role, row.note = link.role.value, link.note
            session.flush()
            return Written(
                _organisation_link(row, name.name if name else ""),
                _changes(Kind.ORGANISATION_ROLE, Action.CHANGED, row.id, event_row),
            )

    def remove_organisation_role(self, role_id: int) -> ChangeSet:
        return self.remove_organisation_roles([role_id])

    @reported
    def remove_organisation_roles(self, role_ids: Sequence[int]) -> ChangeSet:
        changes = ChangeSet()
        with self._db.transaction() as session:
            for role_id in role_ids:
                row = _get(session, EventOrganisationRow, role_id, "role")
                event_row = _event_row(session, row.event_id, lock=True)
                session.delete(row)
                session.flush()
                changes |= _changes(Kind.ORGANISATION_ROLE, Action.DELETED, role_id, event_row)
            return changes

    # -- availability ----------------------------------------------------------------------

    @reported
    def add_availability(self, availability: Availability) -> Written[Availability]:
        with self._db.transaction() as session:
            contact = session.get(ContactRow, availability.contact_id)
            if contact is None:
                raise unknown_problem("person", availability.contact_id, "an availability")
            raise_first(availability_problems(availability, contact.name))
            row = AvailabilityRow(**_availability_values(availability), version=1)
            session.add(row)
            session.flush()
            return Written(
                _availability(row), ChangeSet.of(Kind.AVAILABILITY, Action.CREATED, [row.id])
            )

    @reported
    def edit_availability(self, availability: Availability) -> Written[Availability]:
        with self._db.transaction() as session:
            ident = _id(availability.id, "availability")
            row = _get(session, AvailabilityRow, ident, "availability", availability.version)
            contact = session.get(ContactRow, row.contact_id)
            availability = replace(availability, contact_id=row.contact_id)
            raise_first(availability_problems(availability, contact.name if contact else ""))
            for name, value in _availability_values(availability).items():
                setattr(row, name, value)
            session.flush()
            return Written(
                _availability(row), ChangeSet.of(Kind.AVAILABILITY, Action.CHANGED, [row.id])
            )

    @reported
    def remove_availability(self, availability_id: int) -> ChangeSet:
        with self._db.transaction() as session:
            row = _get(session, AvailabilityRow, availability_id, "availability")
            session.delete(row)
            session.flush()
            return ChangeSet.of(Kind.AVAILABILITY, Action.DELETED, [availability_id])


def read_programme(session: OrmSession, event_id: int) -> Programme:
    """The event's draft programme as stored, read in ``session``."""
    row = _event_row(session, event_id)
    event = programme_event(row)
    tz = event.time_zone
    stages = tuple(
        _stage(r)
        for r in session.scalars(
            select(StageRow)
            .where(StageRow.event_id == event_id)
            .order_by(StageRow.position, StageRow.id)
        )
    )
    blocks = tuple(
        _block(r)
        for r in session.scalars(
            select(BlockRow).where(BlockRow.event_id == event_id).order_by(BlockRow.id)
        )
    )
    order = {s.id: n for n, s in enumerate(stages)}
    sessions = sorted(
        (
            _session(r, tz)
            for r in session.scalars(select(SessionRow).where(SessionRow.event_id == event_id))
        ),
        key=lambda s: (s.start, order.get(s.stage_id, len(order)), s.id or 0),
    )
    phases = tuple(
        _phase(r, tz)
        for r in session.scalars(
            select(PhaseRow)
            .where(PhaseRow.event_id == event_id)
            .order_by(PhaseRow.starts_at, PhaseRow.id)
        )
    )
    people = _people_of(
        session,
        event_id,
        [b.id for b in blocks if b.id is not None],
        [s.id for s in sessions if s.id is not None],
    )
    organisations = tuple(
        _organisation_link(r, name)
        for r, name in session.execute(
            select(EventOrganisationRow, OrganisationRow.name)
            .join(OrganisationRow, OrganisationRow.id == EventOrganisationRow.organisation_id)
            .where(EventOrganisationRow.event_id == event_id)
            .order_by(EventOrganisationRow.id)
        )
    )
    return Programme(event, row.uid, stages, blocks, tuple(sessions), phases, people, organisations)


# -- helpers -------------------------------------------------------------------------------


def _id(ident: int | None, noun: str) -> int:
    if ident is None:
        raise ValidationError("id", f"the {noun} has not been saved yet")
    return ident


def _get(session: OrmSession, model: type[Any], ident: int, noun: str, expected: int = 0) -> Any:
    """The row; ConflictError when ``expected`` (a row version, 0 for any) is not the
    stored one (a save between this read and the write fails on its row version too)."""
    row = session.get(model, ident)
    if row is None:
        raise NotFoundError(f"there is no {noun} with id {ident} (it may have been deleted)")
    if expected and row.version != expected:
        raise ConflictError(
            f"the {noun} was changed by someone else since you opened it; nothing was saved. "
            "Reload it and make your change again."
        )
    return row


def _event_row(session: OrmSession, event_id: int, *, lock: bool = False) -> EventRow:
    row = session.get(EventRow, event_id, with_for_update=lock or None)
    if row is None:
        raise NotFoundError(f"there is no event with id {event_id} (it may have been deleted)")
    return row


def programme_event(row: EventRow) -> ProgrammeEvent:
    timing = rows.timing_of(
        row.all_day, row.time_zone, row.starts_at, row.ends_at, row.first_day, row.last_day
    )
    return ProgrammeEvent(row.id, row.title, timing, row.is_recurring)


def _changes(kind: Kind, action: Action, ident: int, event_row: EventRow) -> ChangeSet:
    """The record's change, and its event named as changed (with the period it covers) so
    that its views refresh. The event's row is left alone: the programme is a draft, and
    what subscribers see changes only when it is released (``releases``), so its SEQUENCE
    and LAST-MODIFIED stay, and an editor open on the event still saves."""
    return ChangeSet.of(kind, action, [ident]) | ChangeSet.for_events(
        Action.CHANGED, [touch_of(event_row)]
    )


def _organisation_once(
    session: OrmSession, link: OrganisationLink, name: str, event_title: str
) -> None:
    """An organisation has each role on an event once (a funder counted twice would be
    reported twice)."""
    twice = select(EventOrganisationRow.id).where(
        EventOrganisationRow.event_id == link.event_id,
        EventOrganisationRow.organisation_id == link.organisation_id,
        EventOrganisationRow.role == link.role.value,
    )
    if link.id is not None:
        twice = twice.where(EventOrganisationRow.id != link.id)
    if session.scalar(twice) is not None:
        raise ValidationError(
            "role", f"{name!r} is already {link.role.label} of the event {event_title!r}"
        )


def _contact_name(session: OrmSession, contact_id: int) -> str:
    row = session.get(ContactRow, contact_id)
    return row.name if row is not None else ""


def _target_name(session: OrmSession, target: Target, ident: int) -> str:
    if target is Target.EVENT:
        return f"the event {_event_row(session, ident).title!r}"
    row: BlockRow | SessionRow | None = (
        session.get(BlockRow, ident) if target is Target.BLOCK else session.get(SessionRow, ident)
    )
    return f"the {target.value} {row.title!r}" if row is not None else f"the {target.value}"


def _people_of(
    session: OrmSession, event_id: int, block_ids: Iterable[int], session_ids: Iterable[int]
) -> tuple[RoleLink, ...]:
    found: list[RoleLink] = []
    wanted = {Target.EVENT: [event_id], Target.BLOCK: list(block_ids),
              Target.SESSION: list(session_ids)}  # fmt: skip
    for target, (model, column, _) in _PEOPLE.items():
        if not wanted[target]:
            continue
        query = (
            select(model, ContactRow.name)
            .join(ContactRow, ContactRow.id == model.contact_id)
            .where(getattr(model, column).in_(wanted[target]))
            .order_by(model.id)
        )
        found += [_role(r, target, name) for r, name in session.execute(query)]
    return tuple(found)


# -- rows and records ----------------------------------------------------------------------


def _stage_checked(stage: Stage, event: ProgrammeEvent) -> Stage:
    stage = replace(stage, name=stage.name.strip(), stream_url=stage.stream_url.strip(),
                    recording_url=stage.recording_url.strip())  # fmt: skip
    raise_first(stage_problems(stage, event))
    return stage


def _stage_name_free(session: OrmSession, stage: Stage, event_row: EventRow) -> None:
    """Refuse a second stage of the same name on an event (trimmed, any case), which
    ``--stage NAME`` could not tell apart. Checked here, not by a unique index: data saved
    before may already hold such a pair, and editing one of them must stay possible."""
    wanted = stage.name.strip().casefold()
    others = session.execute(
        select(StageRow.id, StageRow.name).where(StageRow.event_id == event_row.id)
    ).all()
    for ident, name in others:
        if ident != stage.id and name.strip().casefold() == wanted:
            raise ValidationError(
                "name",
                f"the event {event_row.title!r} already has a stage named {name!r}; "
                f"give the stage {stage.name!r} another name",
            )


def _stage_values(stage: Stage) -> dict[str, Any]:
    return {
        "event_id": stage.event_id, "name": stage.name, "digital": stage.digital,
        "stream_url": stage.stream_url, "recording_url": stage.recording_url,
        "position": stage.position,
    }  # fmt: skip


def _stage(row: StageRow) -> Stage:
    return Stage(
        row.id, row.event_id, row.name, row.digital, row.stream_url, row.recording_url,
        row.position, row.version,
    )  # fmt: skip


def _block_values(block: Block) -> dict[str, Any]:
    return {"event_id": block.event_id, "stage_id": block.stage_id,
            "title": block.title.strip(), "description": block.description}  # fmt: skip


def _block(row: BlockRow) -> Block:
    return Block(row.id, row.event_id, row.stage_id, row.title, row.description, row.version)


def _session_values(record: Session) -> dict[str, Any]:
    return {
        "event_id": record.event_id, "title": record.title, "kind": record.kind.value,
        "starts_at": record.start, "ends_at": record.end, "stage_id": record.stage_id,
        "block_id": record.block_id, "description": record.description,
        "language": record.language, "capacity": record.capacity,
    }  # fmt: skip


def _session(row: SessionRow, time_zone: str) -> Session:
    tz = zone(time_zone)
    return Session(
        row.id, row.event_id, row.title, row.starts_at.astimezone(tz),
        row.ends_at.astimezone(tz), SessionKind(row.kind), row.stage_id, row.block_id,
        row.description, row.language, row.uid, row.version, row.capacity,
    )  # fmt: skip


def _phase_values(phase: Phase) -> dict[str, Any]:
    return {
        "event_id": phase.event_id, "kind": phase.kind.value, "name": phase.name.strip(),
        "starts_at": phase.start, "ends_at": phase.end, "public": phase.public,
    }  # fmt: skip


def _phase(row: PhaseRow, time_zone: str) -> Phase:
    tz = zone(time_zone)
    return Phase(
        row.id, row.event_id, PhaseKind(row.kind), row.starts_at.astimezone(tz),
        row.ends_at.astimezone(tz), row.name, row.public, row.version,
    )  # fmt: skip


def _role(row: Any, target: Target, contact_name: str) -> RoleLink:
    column = _PEOPLE[target][1]
    return RoleLink(
        row.id, row.contact_id, PersonRole(row.role), target, getattr(row, column),
        Confirmation(row.confirmation), row.note, contact_name, row.version,
    )  # fmt: skip


def _organisation_link(row: EventOrganisationRow, name: str) -> OrganisationLink:
    return OrganisationLink(
        row.id, row.event_id, row.organisation_id, OrganisationRole(row.role), row.note, name,
        row.version,
    )  # fmt: skip


def _availability_values(availability: Availability) -> dict[str, Any]:
    return {
        "contact_id": availability.contact_id, "starts_at": availability.start,
        "ends_at": availability.end, "available": availability.available,
        "note": availability.note,
    }  # fmt: skip


def _availability(row: AvailabilityRow) -> Availability:
    return Availability(
        row.id, row.contact_id, row.starts_at, row.ends_at, row.available, row.note, row.version
    )
