"""A release's frozen programme: written as JSON into ``programme_releases.content`` and
read back, whole (stages, blocks, sessions, phases, people's and organisations' roles, the
names and organisations of the people) with each session's and phase's SEQUENCE.

Kept whole rather than as the few fields a diff compares, so that printing, schedule files
and feeds publish the release exactly as the draft was when released.

Plain values and their JSON, here in the domain because both the programme's services
(which release) and the events' (whose event moves to other days, taking its published
programme along: ``moved``) read and write it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from eventplanner.domain.programme import (
    Block,
    Confirmation,
    OrganisationLink,
    OrganisationRole,
    PersonRole,
    Phase,
    PhaseKind,
    RoleLink,
    Session,
    SessionKind,
    Stage,
    Target,
    shifted,
)
from eventplanner.domain.programme_releases import (
    Release,
    ReleasedPerson,
    ReleasedPhase,
    ReleasedSession,
)
from eventplanner.domain.timezones import zone

FORMAT = 1
"""The version of the JSON written; a reader meets only this one so far."""


@dataclass(frozen=True, slots=True)
class ContactCard:
    """What a release keeps of a person: their name and organisation as released."""

    name: str
    organisation: str = ""


@dataclass(frozen=True, slots=True)
class Frozen:
    """A programme as a release keeps it (times aware, in ``time_zone``)."""

    time_zone: str
    stages: tuple[Stage, ...] = ()
    blocks: tuple[Block, ...] = ()
    sessions: tuple[Session, ...] = ()
    phases: tuple[Phase, ...] = ()
    people: tuple[RoleLink, ...] = ()
    organisations: tuple[OrganisationLink, ...] = ()
    contacts: Mapping[int, ContactCard] = field(default_factory=dict)
    session_sequences: Mapping[str, int] = field(default_factory=dict)
    """By the session's UID."""
    phase_sequences: Mapping[str, int] = field(default_factory=dict)
    """By the phase's UID (``phase_uid``)."""

    def stage(self, ident: int | None) -> Stage | None:
        return next((s for s in self.stages if s.id == ident), None)


def phase_uid(phase_id: int | None, event_uid: str) -> str:
    """A phase's UID in feeds: stable while the phase is."""
    return f"phase-{phase_id}-{event_uid}"


# -- the comparable values -------------------------------------------------------------------


def released_sessions(frozen: Frozen) -> tuple[ReleasedSession, ...]:
    """The sessions as a diff compares them: each with its stage's name and links, and its
    people (the block's chair first, then the session's own), in time order."""
    on_session: dict[int, list[RoleLink]] = {}
    on_block: dict[int, list[RoleLink]] = {}
    for link in frozen.people:
        if link.target is Target.SESSION:
            on_session.setdefault(link.target_id, []).append(link)
        elif link.target is Target.BLOCK:
            on_block.setdefault(link.target_id, []).append(link)
    found = []
    for session in frozen.sessions:
        stage = frozen.stage(session.stage_id)
        links = (on_block.get(session.block_id, []) if session.block_id is not None else []) + (
            on_session.get(session.id, []) if session.id is not None else []
        )
        people = tuple(
            dict.fromkeys(
                ReleasedPerson(link.contact_id, _name(frozen, link), link.role) for link in links
            )
        )
        found.append(
            ReleasedSession(
                session.uid, session.title, session.kind, session.start, session.end,
                stage.name if stage is not None else "", session.description, session.language,
                stage.stream_url if stage is not None else "", people,
                frozen.session_sequences.get(session.uid, 0), session.id,
                stage.recording_url if stage is not None else "",
            )
        )  # fmt: skip
    return tuple(sorted(found, key=lambda s: (s.starts_at, s.ends_at, s.title, s.uid)))


def released_phases(frozen: Frozen, event_uid: str) -> tuple[ReleasedPhase, ...]:
    found = []
    for phase in frozen.phases:
        uid = phase_uid(phase.id, event_uid)
        found.append(
            ReleasedPhase(
                uid, phase.kind, phase.name, phase.start, phase.end, phase.is_public,
                frozen.phase_sequences.get(uid, 0), phase.id,
            )
        )  # fmt: skip
    return tuple(sorted(found, key=lambda p: (p.starts_at, p.uid)))


def _name(frozen: Frozen, link: RoleLink) -> str:
    card = frozen.contacts.get(link.contact_id)
    return card.name if card is not None else link.contact_name


def release_of(
    ident: int, event_id: int, number: int, name: str, note: str, released_at: datetime,
    frozen: Frozen, event_uid: str,
) -> Release:  # fmt: skip
    return Release(
        ident, event_id, number, name, note, released_at.astimezone(UTC),
        released_sessions(frozen), released_phases(frozen, event_uid), frozen.time_zone,
    )  # fmt: skip


# -- JSON ------------------------------------------------------------------------------------


def _instant(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _moment(text: str, time_zone: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(zone(time_zone))


def _session_values(s: Session) -> list[Any]:
    return [s.id, s.uid, s.title, _instant(s.start), _instant(s.end), s.kind.value,
            s.stage_id, s.block_id, s.description, s.language]  # fmt: skip


def _person_values(p: RoleLink) -> list[Any]:
    return [p.id, p.contact_id, p.role.value, p.target.value, p.target_id,
            p.confirmation.value, p.note]  # fmt: skip


def dumps(frozen: Frozen) -> str:
    """The JSON kept in a release's ``content``."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "time_zone": frozen.time_zone,
        "stages": [
            [s.id, s.name, s.digital, s.stream_url, s.recording_url, s.position]
            for s in frozen.stages
        ],
        "blocks": [[b.id, b.stage_id, b.title, b.description] for b in frozen.blocks],
        "sessions": [_session_values(s) for s in frozen.sessions],
        "phases": [
            [p.id, p.kind.value, p.name, _instant(p.start), _instant(p.end), p.public]
            for p in frozen.phases
        ],
        "people": [_person_values(p) for p in frozen.people],
        "organisations": [
            [o.id, o.organisation_id, o.role.value, o.note, o.organisation_name]
            for o in frozen.organisations
        ],
        "contacts": {
            str(ident): [card.name, card.organisation] for ident, card in frozen.contacts.items()
        },
        "session_sequences": dict(frozen.session_sequences),
        "phase_sequences": dict(frozen.phase_sequences),
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def loads(text: str, event_id: int) -> Frozen:
    """A release's ``content`` read back (``event_id`` the event it belongs to)."""
    data = json.loads(text)
    if data.get("format") != FORMAT:
        raise ValueError(f"a release is kept in format {data.get('format')!r}, not {FORMAT}")
    tz = str(data["time_zone"])
    contacts = {int(k): ContactCard(v[0], v[1]) for k, v in data["contacts"].items()}
    stages = tuple(
        Stage(ident, event_id, name, digital, stream, recording, position)
        for ident, name, digital, stream, recording, position in data["stages"]
    )
    blocks = tuple(
        Block(ident, event_id, stage_id, title, description)
        for ident, stage_id, title, description in data["blocks"]
    )
    sessions = tuple(
        Session(ident, event_id, title, _moment(start, tz), _moment(end, tz), SessionKind(kind),
                stage_id, block_id, description, language, uid)
        for ident, uid, title, start, end, kind, stage_id, block_id, description, language
        in data["sessions"]
    )  # fmt: skip
    phases = tuple(
        Phase(ident, event_id, PhaseKind(kind), _moment(start, tz), _moment(end, tz), name, public)
        for ident, kind, name, start, end, public in data["phases"]
    )
    people = tuple(
        RoleLink(ident, contact_id, PersonRole(role), Target(target), target_id,
                 Confirmation(confirmation), note,
                 contacts[contact_id].name if contact_id in contacts else "")
        for ident, contact_id, role, target, target_id, confirmation, note in data["people"]
    )  # fmt: skip
    organisations = tuple(
        OrganisationLink(ident, event_id, organisation_id, OrganisationRole(role), note, name)
        for ident, organisation_id, role, note, name in data["organisations"]
    )
    return Frozen(
        tz, stages, blocks, sessions, phases, people, organisations, contacts,
        {str(k): int(v) for k, v in data["session_sequences"].items()},
        {str(k): int(v) for k, v in data["phase_sequences"].items()},
    )  # fmt: skip


def with_sequences(
    frozen: Frozen, sessions: Mapping[str, int], phases: Mapping[str, int]
) -> Frozen:
    return replace(frozen, session_sequences=dict(sessions), phase_sequences=dict(phases))


def moved(frozen: Frozen, days: int, time_zone: str) -> Frozen:
    """The programme ``days`` on, as its event moved to other days: each session and phase
    at the same wall-clock times in ``time_zone`` (the event's, as ``domain.programme.shifted``
    moves the draft), said in that zone. Its SEQUENCEs are the caller's to raise."""
    if days == 0:
        return frozen
    return replace(
        frozen,
        time_zone=time_zone,
        sessions=tuple(
            replace(s, start=shifted(s.start, days, time_zone), end=shifted(s.end, days, time_zone))
            for s in frozen.sessions
        ),
        phases=tuple(
            replace(p, start=shifted(p.start, days, time_zone), end=shifted(p.end, days, time_zone))
            for p in frozen.phases
        ),
    )
