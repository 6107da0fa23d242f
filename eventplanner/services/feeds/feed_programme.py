"""What of the programme a feed publishes besides its events (domain.feeds.FeedProgramme):
its events' sessions (all, or one stage's; breaks only when asked), their phases (public
ones, or all for the staff), or a person's feed, everything one contact is in.

What is published is each event's latest release (``services.programme.releases``), never
the draft: an event never released publishes no sessions or phases. A session's SEQUENCE
is its own as released plus its event's (the event's title, place and status show in each
of its entries, so a change of those is a change of the entry too); sessions cancelled by a
release are left out (OUTLOOK.md 5).

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
from eventplanner.domain.programme import PhaseKind, RoleLink, SessionKind, Target
from eventplanner.domain.programme import Session as ProgrammeSession
from eventplanner.domain.release_content import Frozen, loads, phase_uid
from eventplanner.domain.timezones import zone
from eventplanner.ical import EntryPerson, Place, ProgrammeEntry
from eventplanner.persistence.schema import EventPersonRow, EventRow, VenueRow
from eventplanner.services.programme.release_reads import latest_rows

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


@dataclass(frozen=True, slots=True)
class _Released:
    """An event's latest release, as a feed reads it."""

    event: Any
    """The event's row (``_EVENT_COLUMNS``)."""
    frozen: Frozen
    released_at: Any

    def people_on(self, target: Target, ident: int | None) -> list[RoleLink]:
        return [p for p in self.frozen.people if p.target is target and p.target_id == ident]


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


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
    """The entries of ``feed`` among the events ``picked`` (those its filter and days pick),
    from each one's latest release."""
    choice = feed.programme
    events: dict[int, Any] = {}
    for chunk in _chunks(list(picked)):
        events.update((r.id, r) for r in session.execute(select(*_EVENT_COLUMNS).where(
            EventRow.id.in_(chunk))))  # fmt: skip
    if not include_cancelled:
        events = {i: r for i, r in events.items() if r.status != EventStatus.CANCELLED.value}
    released = [
        _Released(events[event_id], loads(row.content, event_id), row.released_at)
        for event_id, row in sorted(latest_rows(session, list(events)).items())
    ]
    places = _places(session, (r.event for r in released))
    person = choice.person_id
    entries: list[ProgrammeEntry] = []
    role_events: tuple[int, ...] | None = None
    if person is not None:
        # A role on a whole event puts the event itself in the feed: the event is
        # published as it stands (its edits are no draft), and so is this.
        role_events = tuple(
            e
            for e in session.scalars(
                select(EventPersonRow.event_id).where(EventPersonRow.contact_id == person)
            )
            if e in events
        )
        for r in released:
            own = _own_roles(r, person)
            sessions = [s for s in r.frozen.sessions if s.id in own]
            entries += _session_entries(r, sessions, places, own)
        phase_events = [r for r in released if r.event.id in role_events]
    else:
        wanted_stage = choice.stage.strip().casefold()
        for r in released if choice.sessions else []:
            sessions = [
                s
                for s in r.frozen.sessions
                if (choice.breaks or not s.kind.is_pause)
                and (not wanted_stage or _stage_name(r, s).casefold() == wanted_stage)
            ]
            entries += _session_entries(r, sessions, places, {})
        phase_events = released
    if choice.phases is not PhaseChoice.NONE:
        for r in phase_events:
            entries += _phase_entries(r, places, choice.phases, language)
    entries.sort(key=lambda e: (e.start, e.end, e.uid))
    return FeedProgrammeRead(tuple(entries), role_events)


def _own_roles(released: _Released, person: int) -> dict[int | None, str]:
    """The released sessions the person has a role on, and those of the blocks they chair:
    their role on each."""
    own: dict[int | None, str] = {}
    for link in released.frozen.people:
        if link.contact_id == person and link.target is Target.SESSION:
            own.setdefault(link.target_id, link.role.label)
    chaired = {
        link.target_id: link.role.label
        for link in released.frozen.people
        if link.contact_id == person and link.target is Target.BLOCK
    }
    for s in released.frozen.sessions:
        if s.block_id in chaired:
            own.setdefault(s.id, chaired[s.block_id])
    return own


def _stage_name(released: _Released, session: ProgrammeSession) -> str:
    stage = released.frozen.stage(session.stage_id)
    return stage.name if stage is not None else ""


def _places(session: Session, events: Iterable[Any]) -> dict[int, Place]:
    venue_ids = sorted({e.venue_id for e in events if e.venue_id is not None})
    found: dict[int, Place] = {}
    for chunk in _chunks(venue_ids):
        found.update(
            (r.id, Place(r.name, r.address, r.city, r.country))
            for r in session.scalars(select(VenueRow).where(VenueRow.id.in_(chunk)))
        )
    return found


def _person(released: _Released, link: RoleLink) -> EntryPerson:
    card = released.frozen.contacts.get(link.contact_id)
    name = card.name if card is not None else link.contact_name
    return EntryPerson(name, link.role.label, card.organisation if card is not None else "")


def _session_entries(
    released: _Released,
    sessions: Sequence[ProgrammeSession],
    places: dict[int, Place],
    own_roles: dict[int | None, str],
) -> list[ProgrammeEntry]:
    event = released.event
    tz = zone(event.time_zone)
    frozen = released.frozen
    modified = max(released.released_at, event.modified_at)
    entries = []
    for s in sessions:
        stage = frozen.stage(s.stage_id)
        links = released.people_on(Target.SESSION, s.id)
        if s.block_id is not None:  # the block's chair, then the session's own people
            links = released.people_on(Target.BLOCK, s.block_id) + links
        entries.append(
            ProgrammeEntry(
                uid=s.uid,
                related_uid=event.uid,
                title=s.title,
                start=s.start.astimezone(tz),
                end=s.end.astimezone(tz),
                time_zone=event.time_zone,
                sequence=frozen.session_sequences.get(s.uid, 0) + event.sequence,
                created=event.created_at,
                modified=modified,
                event_title=event.title,
                stage=stage.name if stage is not None else "",
                place=places.get(event.venue_id) if event.venue_id is not None else None,
                stream_url=stage.stream_url if stage is not None else "",
                description=s.description,
                people=tuple(_person(released, link) for link in links),
                own_role=own_roles.get(s.id, ""),
                busy=BusyStatus.FREE if SessionKind(s.kind).is_pause else BusyStatus.BUSY,
                cancelled=event.status == EventStatus.CANCELLED.value,
            )
        )
    return entries


def _phase_entries(
    released: _Released, places: dict[int, Place], choice: PhaseChoice, language: str
) -> list[ProgrammeEntry]:
    event = released.event
    tz = zone(event.time_zone)
    modified = max(released.released_at, event.modified_at)
    entries = []
    for phase in released.frozen.phases:
        if choice is PhaseChoice.PUBLIC and not phase.is_public:
            continue
        name = phase.name or (_PHASES_SV[phase.kind] if language == "sv" else phase.kind.label)
        uid = phase_uid(phase.id, event.uid)
        entries.append(
            ProgrammeEntry(
                uid=uid,
                related_uid=event.uid,
                title=f"{event.title}: {name}",
                start=phase.start.astimezone(tz),
                end=phase.end.astimezone(tz),
                time_zone=event.time_zone,
                sequence=released.frozen.phase_sequences.get(uid, 0) + event.sequence,
                created=event.created_at,
                modified=modified,
                event_title=event.title,
                place=places.get(event.venue_id) if event.venue_id is not None else None,
                cancelled=event.status == EventStatus.CANCELLED.value,
            )
        )
    return entries
