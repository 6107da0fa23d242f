"""What a write tells the other windows on the same database: its change set, worked out
from what the transaction flushed and executed, sent as its notice when it commits.

The ORM's flushes name each record created, changed or deleted, and the events among them
with the periods they lay in before and lie in after. A bulk statement names no ids: one on
an event's own rows (its stored occurrences, changed occurrences, tags) is covered by the
event it belongs to when that event was written through the ORM in the same transaction;
one that returns the ids of what it wrote (an upsert of tags, a bulk insert of events)
names them; any other, or one whose event is unknown, makes the notice "everything". A
notice too long
for PostgreSQL's 8,000 bytes drops the periods, then says "everything".
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Result, inspect
from sqlalchemy.orm import ORMExecuteState, Session

from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import (
    AcceptedConflictRow,
    AvailabilityRow,
    BlockPersonRow,
    BlockRow,
    BudgetLineRow,
    CoExhibitorRow,
    ContactRow,
    ContactSkillRow,
    EventOrganisationRow,
    EventPersonRow,
    EventRow,
    ExhibitorStaffRow,
    FeedRow,
    OccurrenceChangeRow,
    OrganisationRow,
    OwnDayOffRow,
    PhaseRow,
    PlaybookRow,
    ProjectRow,
    ProjectTargetRow,
    RegistrationRow,
    RegistrationSessionRow,
    ReleaseRow,
    SeriesOccurrenceRow,
    SessionPersonRow,
    SessionRow,
    SettingRow,
    ShiftPersonRow,
    ShiftRow,
    StageRow,
    StandDeadlineRow,
    StandMaterialRow,
    StandRow,
    SubscriptionRow,
    TagRow,
    TaskRow,
    VenueRow,
)
from eventplanner.services.changes import Action, ChangeSet, EventTouch, Kind, Period

MAX_NOTICE_BYTES = 7_900
"""PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more; the origin goes before it."""

_KINDS: dict[type[Any], Kind] = {
    EventRow: Kind.EVENT,
    VenueRow: Kind.VENUE,
    OrganisationRow: Kind.ORGANISATION,
    ContactRow: Kind.CONTACT,
    ProjectRow: Kind.PROJECT,
    TagRow: Kind.TAG,
    FeedRow: Kind.FEED,
    # The programme: its writes also change their event's row (SEQUENCE), which names it.
    StageRow: Kind.STAGE,
    BlockRow: Kind.BLOCK,
    SessionRow: Kind.SESSION,
    PhaseRow: Kind.PHASE,
    EventPersonRow: Kind.EVENT_ROLE,
    BlockPersonRow: Kind.BLOCK_ROLE,
    SessionPersonRow: Kind.SESSION_ROLE,
    EventOrganisationRow: Kind.ORGANISATION_ROLE,
    AvailabilityRow: Kind.AVAILABILITY,
    SubscriptionRow: Kind.SUBSCRIPTION,
    AcceptedConflictRow: Kind.ACCEPTED_CONFLICT,
    ReleaseRow: Kind.RELEASE,
    TaskRow: Kind.TASK,
    StandRow: Kind.STAND,
    StandDeadlineRow: Kind.STAND_DEADLINE,
    CoExhibitorRow: Kind.CO_EXHIBITOR,
    ExhibitorStaffRow: Kind.EXHIBITOR_STAFF,
    StandMaterialRow: Kind.STAND_MATERIAL,
    ShiftRow: Kind.SHIFT,
    ShiftPersonRow: Kind.SHIFT_PERSON,
    PlaybookRow: Kind.PLAYBOOK,
    SettingRow: Kind.SETTING,
    OwnDayOffRow: Kind.DAY_OFF,
    RegistrationRow: Kind.REGISTRATION,
    BudgetLineRow: Kind.BUDGET_LINE,
    ProjectTargetRow: Kind.PROJECT_TARGET,
}
_TABLE_KINDS = {row.__tablename__: kind for row, kind in _KINDS.items()}
_EVENT_CHILDREN: tuple[type[Any], ...] = (OccurrenceChangeRow, SeriesOccurrenceRow)
# Tables of an event's own rows, written in bulk when an event is deleted, restored or
# copied whole (its snapshot): the event, written in the same transaction, covers them.
_EVENT_CHILD_TABLES = frozenset({
    "occurrence_changes", "series_occurrences", "event_tags", "stages", "blocks", "sessions",
    "phases", "event_people", "block_people", "session_people", "event_organisations",
    "programme_releases", "tasks", "stands", "co_exhibitors", "stand_deadlines",
    "exhibitor_staff", "stand_materials", "shifts", "shift_people", "registrations",
    "registration_sessions", "budget_lines",
})  # fmt: skip
# A playbook's task templates, rewritten in bulk with each write of it: the playbook's row,
# written in the same transaction, covers them.
_PLAYBOOK_CHILD_TABLES = frozenset({"playbook_tasks"})
# The programme's rows (a draft's and its releases) that name their event: a write of one
# names its event as changed too, as the service's change set does, though the event's own
# row stays (``services.programme.service._changes``).
_NAMES_ITS_EVENT: tuple[type[Any], ...] = (
    StageRow,
    BlockRow,
    SessionRow,
    PhaseRow,
    EventPersonRow,
    EventOrganisationRow,
    ReleaseRow,
    StandRow,
    ShiftRow,
    RegistrationRow,  # its counts show on the calendar (``Kind.REGISTRATION``)
)
_WRITTEN = "team_written"

_log = logging.getLogger(__name__)


@dataclass
class _Written:
    """What one transaction wrote so far: the ids by action and kind, and the events."""

    ids: dict[Action, dict[Kind, set[int]]] = field(
        default_factory=lambda: {action: {} for action in Action}
    )
    events: dict[int, EventTouch] = field(default_factory=dict)
    everything: bool = False
    children_in_bulk: bool = False  # a bulk statement on an event's own rows
    templates_in_bulk: bool = False  # a bulk statement on a playbook's own rows

    def add(self, kind: Kind, action: Action, ident: int) -> None:
        self.ids[action].setdefault(kind, set()).add(ident)

    def touch(self, action: Action, touch: EventTouch) -> None:
        self.add(Kind.EVENT, action, touch.id)
        known = self.events.get(touch.id)
        if known is None:
            self.events[touch.id] = touch
        elif known.periods and touch.periods:  # no periods: every period, and it stays so
            periods = known.periods + tuple(p for p in touch.periods if p not in known.periods)
            self.events[touch.id] = EventTouch(touch.id, touch.uid, periods)
        else:
            self.events[touch.id] = EventTouch(touch.id, touch.uid)

    def change_set(self) -> ChangeSet:
        if self.everything or (self.children_in_bulk and not self._event_ids()):
            return ChangeSet.all()
        if self.templates_in_bulk and not any(self.ids[a].get(Kind.PLAYBOOK) for a in Action):
            return ChangeSet.all()

        def records(action: Action) -> dict[Kind, frozenset[int]]:
            return {kind: frozenset(ids) for kind, ids in self.ids[action].items() if ids}

        return ChangeSet(
            created=records(Action.CREATED),
            changed=records(Action.CHANGED),
            deleted=records(Action.DELETED),
            events=tuple(self.events.values()),
        )

    def _event_ids(self) -> bool:
        return any(self.ids[action].get(Kind.EVENT) for action in Action)


def announce_changes(database: Database) -> None:
    """Have every write on ``database`` tell its change set to the other windows on it."""
    database.announcer = SessionChanges()


def note_written(session: Session, kind: Kind, action: Action, ids: Iterable[int]) -> None:
    """Name records a bulk write on the connection (which the ORM's events do not see)
    wrote, in the transaction's notice: an event's tasks moved with it."""
    written = _written(session)
    for ident in ids:
        written.add(kind, action, ident)


def written(session: Session) -> ChangeSet:
    """What the transaction of ``session`` wrote so far, as a change set."""
    found = session.info.get(_WRITTEN)
    if found is None:
        return ChangeSet()
    assert isinstance(found, _Written)
    return found.change_set()


class SessionChanges:
    """The change set of each writing transaction, from its flushes and bulk statements
    (``persistence.database.Announcer``). A failure to work it out never fails the write:
    the notice then says "everything"."""

    def flushed(self, session: Session) -> None:
        written = _written(session)
        try:
            for action, rows in (
                (Action.CREATED, session.new),
                (Action.CHANGED, (r for r in session.dirty if session.is_modified(r))),
                (Action.DELETED, session.deleted),
            ):
                for row in rows:
                    _note(written, row, action, session)
        except Exception:
            _log.exception("What a write changed could not be told")
            written.everything = True

    def executed(self, state: ORMExecuteState) -> Result[Any] | None:
        if not (state.is_insert or state.is_update or state.is_delete):
            return None
        written = _written(state.session)
        name = getattr(getattr(state.statement, "table", None), "name", None)
        if name in _EVENT_CHILD_TABLES:
            written.children_in_bulk = True
            return None
        if name in _PLAYBOOK_CHILD_TABLES:
            written.templates_in_bulk = True
            return None
        kind = _TABLE_KINDS.get(str(name))
        if kind is None or not getattr(state.statement, "_returning", ()):
            written.everything = True
            return None
        # Rows made by an upsert (tags, venues) or a bulk insert say which by their ids.
        frozen = state.invoke_statement().freeze()
        try:
            _note_returned(written, kind, state, frozen())
        except Exception:
            _log.exception("What a write changed could not be told")
            written.everything = True
        return frozen()

    def notice(self, session: Session) -> str | None:
        changes = written(session)
        session.info.pop(_WRITTEN, None)
        return notice_text(changes) if changes else None


def notice_text(changes: ChangeSet) -> str:
    """``changes`` as JSON short enough for a notice: without the periods if need be, else
    a change of everything."""
    text = changes.to_json()
    if len(text.encode()) <= MAX_NOTICE_BYTES:
        return text
    plain = ChangeSet(
        created=changes.created,
        changed=changes.changed,
        deleted=changes.deleted,
        events=tuple(EventTouch(t.id, t.uid) for t in changes.events),
        everything=changes.everything,
    )
    text = plain.to_json()
    if len(text.encode()) <= MAX_NOTICE_BYTES:
        return text
    return ChangeSet.all().to_json()


def _written(session: Session) -> _Written:
    found = session.info.get(_WRITTEN)
    if found is None:
        found = session.info[_WRITTEN] = _Written()
    assert isinstance(found, _Written)
    return found


def _note(written: _Written, row: object, action: Action, session: Session) -> None:
    if isinstance(row, ContactSkillRow):
        # A contact's skills are a change of the contact.
        written.add(Kind.CONTACT, Action.CHANGED, int(inspect(row).dict["contact_id"]))
        return
    if isinstance(row, RegistrationSessionRow):
        # The sessions a registration chose are a change of the registration.
        registration_id = int(inspect(row).dict["registration_id"])
        written.add(Kind.REGISTRATION, Action.CHANGED, registration_id)
        return
    if isinstance(row, _EVENT_CHILDREN):
        # The event's own rows: the event changed (unless it went or came along with them).
        event_id = inspect(row).dict.get("event_id")
        if event_id is None:
            written.everything = True
        else:
            written.add(Kind.EVENT, Action.CHANGED, int(event_id))
        return
    kind = _KINDS.get(type(row))
    ident = inspect(row).dict.get("id")
    if kind is None or ident is None:
        written.everything = True
    elif isinstance(row, EventRow):
        uid = str(inspect(row).dict.get("uid", ""))
        written.touch(action, EventTouch(int(ident), uid, _periods(row)))
    else:
        written.add(kind, action, int(ident))
        if isinstance(row, _NAMES_ITS_EVENT):
            _note_event_of(written, inspect(row).dict.get("event_id"), session)


def _note_event_of(written: _Written, event_id: object, session: Session) -> None:
    """The event a programme row belongs to, named as changed: with its periods when the
    transaction holds its row (every programme write reads it), else every period."""
    if not isinstance(event_id, int):
        written.everything = True
        return
    event = session.identity_map.get(inspect(EventRow).identity_key_from_primary_key((event_id,)))
    if isinstance(event, EventRow):
        uid = str(inspect(event).dict.get("uid", ""))
        written.touch(Action.CHANGED, EventTouch(event_id, uid, _periods(event)))
    else:
        written.add(Kind.EVENT, Action.CHANGED, event_id)


def _note_returned(
    written: _Written, kind: Kind, state: ORMExecuteState, result: Result[Any]
) -> None:
    columns = set(result.keys())
    if "id" not in columns:
        written.everything = True
        return
    action = (
        Action.CREATED if state.is_insert else Action.DELETED if state.is_delete
        else Action.CHANGED
    )  # fmt: skip
    for row in result:
        values = row._mapping
        if kind is Kind.EVENT and "uid" in columns:
            written.touch(action, EventTouch(int(values["id"]), str(values["uid"])))
        else:
            written.add(kind, action, int(values["id"]))


def _periods(row: EventRow) -> tuple[Period, ...]:
    """Where a single event lay before the write and lies after it; none (every period)
    for a series, whose changed occurrences may lie anywhere."""
    values = inspect(row).dict
    if values.get("is_recurring") is not False or _committed(row, "is_recurring"):
        return ()
    periods: list[Period] = []
    before = _committed(row, "starts_at"), _committed(row, "ends_at")
    after = values.get("starts_at"), values.get("ends_at")
    for start, end in (before, after):
        if isinstance(start, datetime) and isinstance(end, datetime):
            period = Period(start, end)
            if period not in periods:
                periods.append(period)
    return tuple(periods) if periods else ()


def _committed(row: EventRow, name: str) -> object:
    history = inspect(row).attrs[name].history
    if history.deleted:
        return history.deleted[0]
    if history.unchanged:
        return history.unchanged[0]
    return None
