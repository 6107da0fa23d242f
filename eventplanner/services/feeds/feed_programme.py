"""What of the programme a feed publishes besides its events (domain.feeds.FeedProgramme):
its events' sessions (all, or one stage's; breaks only when asked), their phases (public
ones, or all for the staff), or a person's feed, everything one contact is in.

Read in bulk for the events the feed's filter picks, and handed to ``ical`` as plain
``ProgrammeEntry`` values; ``entry_text`` writes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.enums import BusyStatus, EventStatus
from eventplanner.domain.feeds import Feed, PhaseChoice
from eventplanner.domain.programme import PersonRole, PhaseKind, SessionKind
from eventplanner.domain.timezones import zone
from eventplanner.ical import EntryPerson, Place, ProgrammeEntry
from eventplanner.persistence.schema import (
    BlockPersonRow,
    ContactRow,
    EventPersonRow,
    EventRow,
    OrganisationRow,
    PhaseRow,
    SessionPersonRow,
    SessionRow,
    StageRow,
    VenueRow,
)

_EVENT_COLUMNS = (
    EventRow.id, EventRow.uid, EventRow.title, EventRow.status, EventRow.time_zone,
    EventRow.venue_id, EventRow.sequence, EventRow.created_at, EventRow.modified_at,
)  # fmt: skip
CHUNK = 500
"""Ids asked for at a time (SQLite's limit on parameters is far above it)."""


@dataclass(frozen=True, slots=True)
class FeedProgrammeRead:
    """The feed's programme entries, in time order, and for a person's feed the events
    the person has a role on as a whole (published as the events themselves)."""

    entries: tuple[ProgrammeEntry, ...]
    event_ids: tuple[int, ...] | None
    """None: every event the filter picks (not a person's feed)."""


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _rows(session: Session, model: Any, column: Any, ids: Sequence[int]) -> list[Any]:
    found: list[Any] = []
    for chunk in _chunks(list(ids)):
        found += session.scalars(select(model).where(column.in_(chunk))).all()
    return found


_PHASES_SV = {
    PhaseKind.BUILD_UP: "uppbyggnad",
    PhaseKind.OPEN_DAY: "öppen dag",
    PhaseKind.REHEARSAL: "repetition",
    PhaseKind.DINNER: "middag",
    PhaseKind.TEAR_DOWN: "rivning",
    PhaseKind.OTHER: "övrigt",
}


def read_programme(
    session: Session,
    feed: Feed,
    picked: Sequence[int],
    *,
    include_cancelled: bool,
    language: str = "en",
) -> FeedProgrammeRead:
    """The entries of ``feed`` among the events ``picked`` (those its filter and days pick)."""
    choice = feed.programme
    picked_set = set(picked)
    events: dict[int, Any] = {}
    for chunk in _chunks(list(picked)):
        events.update((r.id, r) for r in session.execute(select(*_EVENT_COLUMNS).where(
            EventRow.id.in_(chunk))))  # fmt: skip
    if not include_cancelled:
        events = {i: r for i, r in events.items() if r.status != EventStatus.CANCELLED.value}
    person = choice.person_id
    own_roles: dict[int, str] = {}
    role_events: tuple[int, ...] | None = None
    if person is not None:
        session_ids = _person_sessions(session, person, own_roles)
        sessions = list(_rows(session, SessionRow, SessionRow.id, session_ids))
        sessions = [r for r in sessions if r.event_id in events]
        role_events = tuple(
            e
            for e in session.scalars(
                select(EventPersonRow.event_id).where(EventPersonRow.contact_id == person)
            )
            if e in picked_set and e in events
        )
        phase_events: Sequence[int] = role_events
    else:
        sessions = (
            _rows(session, SessionRow, SessionRow.event_id, list(events)) if choice.sessions else []
        )
        wanted_stage = choice.stage.strip().casefold()
        stage_names = _stage_names(session, {r.stage_id for r in sessions if r.stage_id})
        sessions = [
            r
            for r in sessions
            if (choice.breaks or not SessionKind(r.kind).is_pause)
            and (
                not wanted_stage
                or (r.stage_id is not None and stage_names.get(r.stage_id, "").casefold()
                    == wanted_stage)
            )
        ]  # fmt: skip
        phase_events = list(events)
    entries = _session_entries(session, sessions, events, own_roles)
    if choice.phases is not PhaseChoice.NONE:
        entries += _phase_entries(session, phase_events, events, choice.phases, language)
    entries.sort(key=lambda e: (e.start, e.end, e.uid))
    return FeedProgrammeRead(tuple(entries), role_events)


def _person_sessions(session: Session, person: int, own_roles: dict[int, str]) -> list[int]:
    """The sessions the person has a role on, and those of the blocks they chair."""
    for session_id, role in session.execute(
        select(SessionPersonRow.session_id, SessionPersonRow.role).where(
            SessionPersonRow.contact_id == person
        )
    ):
        own_roles.setdefault(session_id, PersonRole(role).label)
    for session_id, role in session.execute(
        select(SessionRow.id, BlockPersonRow.role)
        .join(BlockPersonRow, BlockPersonRow.block_id == SessionRow.block_id)
        .where(BlockPersonRow.contact_id == person)
    ):
        own_roles.setdefault(session_id, PersonRole(role).label)
    return sorted(own_roles)


def _stage_names(session: Session, ids: set[int]) -> dict[int, str]:
    return {r.id: r.name for r in _rows(session, StageRow, StageRow.id, sorted(ids))}


def _places(session: Session, events: Iterable[Any]) -> dict[int, Place]:
    venue_ids = sorted({e.venue_id for e in events if e.venue_id is not None})
    return {
        r.id: Place(r.name, r.address, r.city, r.country)
        for r in _rows(session, VenueRow, VenueRow.id, venue_ids)
    }


def _people(session: Session, session_ids: list[int], block_ids: list[int]) -> dict[
    tuple[str, int], list[EntryPerson]
]:  # fmt: skip
    """The people on each session and block, with their organisations, in the order added."""
    found: dict[tuple[str, int], list[EntryPerson]] = {}
    for kind, model, column, ids in (
        ("session", SessionPersonRow, SessionPersonRow.session_id, session_ids),
        ("block", BlockPersonRow, BlockPersonRow.block_id, block_ids),
    ):
        for chunk in _chunks(ids):
            query = (
                select(column, model.role, ContactRow.name, OrganisationRow.name)
                .join(ContactRow, ContactRow.id == model.contact_id)
                .outerjoin(OrganisationRow, OrganisationRow.id == ContactRow.organisation_id)
                .where(column.in_(chunk))
                .order_by(model.id)
            )
            for ident, role, name, organisation in session.execute(query):
                found.setdefault((kind, ident), []).append(
                    EntryPerson(name, PersonRole(role).label, organisation or "")
                )
    return found


def _session_entries(
    session: Session,
    sessions: list[SessionRow],
    events: dict[int, Any],
    own_roles: dict[int, str],
) -> list[ProgrammeEntry]:
    if not sessions:
        return []
    stages = {
        r.id: r
        for r in _rows(session, StageRow, StageRow.id, sorted({s.stage_id for s in sessions
                                                                if s.stage_id}))
    }  # fmt: skip
    places = _places(session, (events[s.event_id] for s in sessions))
    block_ids = sorted({s.block_id for s in sessions if s.block_id is not None})
    people = _people(session, [s.id for s in sessions], block_ids)
    entries = []
    for row in sessions:
        event = events[row.event_id]
        stage = stages.get(row.stage_id) if row.stage_id is not None else None
        tz = zone(event.time_zone)
        persons = people.get(("session", row.id), [])
        if row.block_id is not None:  # the block's chair, then the session's own people
            persons = people.get(("block", row.block_id), []) + persons
        pause = SessionKind(row.kind).is_pause
        entries.append(
            ProgrammeEntry(
                uid=row.uid,
                related_uid=event.uid,
                title=row.title,
                start=row.starts_at.astimezone(tz),
                end=row.ends_at.astimezone(tz),
                time_zone=event.time_zone,
                sequence=event.sequence,
                created=event.created_at,
                modified=event.modified_at,
                event_title=event.title,
                stage=stage.name if stage is not None else "",
                place=places.get(event.venue_id) if event.venue_id is not None else None,
                stream_url=stage.stream_url if stage is not None else "",
                description=row.description,
                people=tuple(persons),
                own_role=own_roles.get(row.id, ""),
                busy=BusyStatus.FREE if pause else BusyStatus.BUSY,
                cancelled=event.status == EventStatus.CANCELLED.value,
            )
        )
    return entries


def _phase_entries(
    session: Session,
    event_ids: Sequence[int],
    events: dict[int, Any],
    choice: PhaseChoice,
    language: str,
) -> list[ProgrammeEntry]:
    phases = _rows(session, PhaseRow, PhaseRow.event_id, list(event_ids))
    places = _places(session, (events[p.event_id] for p in phases))
    entries = []
    for row in phases:
        kind = PhaseKind(row.kind)
        public = kind.public_by_default if row.public is None else row.public
        if choice is PhaseChoice.PUBLIC and not public:
            continue
        event = events[row.event_id]
        tz = zone(event.time_zone)
        name = row.name or (_PHASES_SV[kind] if language == "sv" else kind.label)
        entries.append(
            ProgrammeEntry(
                uid=f"phase-{row.id}-{event.uid}",
                related_uid=event.uid,
                title=f"{event.title}: {name}",
                start=row.starts_at.astimezone(tz),
                end=row.ends_at.astimezone(tz),
                time_zone=event.time_zone,
                sequence=event.sequence,
                created=event.created_at,
                modified=event.modified_at,
                event_title=event.title,
                place=places.get(event.venue_id) if event.venue_id is not None else None,
                cancelled=event.status == EventStatus.CANCELLED.value,
            )
        )
    return entries
