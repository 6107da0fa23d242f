"""What the programme's service returns: frozen values, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

from eventplanner.domain.programme import (
    Block,
    Confirmation,
    OrganisationLink,
    PersonRole,
    Phase,
    ProgrammeEvent,
    RoleLink,
    Session,
    Stage,
    Target,
)
from eventplanner.services.changes import ChangeSet

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Written(Generic[T]):
    """A record as saved, and the change set of the write."""

    record: T
    changes: ChangeSet


@dataclass(frozen=True, slots=True)
class Programme:
    """An event's whole programme, as stored: sessions in time order (then by stage)."""

    event: ProgrammeEvent
    event_uid: str
    stages: tuple[Stage, ...]
    blocks: tuple[Block, ...]
    sessions: tuple[Session, ...]
    phases: tuple[Phase, ...]
    people: tuple[RoleLink, ...]
    """Every person's role: on the event, its blocks and its sessions."""
    organisations: tuple[OrganisationLink, ...]

    def people_on(self, target: Target, ident: int) -> tuple[RoleLink, ...]:
        return tuple(p for p in self.people if p.target is target and p.target_id == ident)

    def stage(self, ident: int | None) -> Stage | None:
        return next((s for s in self.stages if s.id == ident), None)

    def block(self, ident: int | None) -> Block | None:
        return next((b for b in self.blocks if b.id == ident), None)


@dataclass(frozen=True, slots=True)
class ItineraryEntry:
    """One thing a person is in: a session, a block or a whole event, with their role."""

    start: datetime
    """In the event's zone."""
    end: datetime
    event_id: int
    event_title: str
    event_uid: str
    target: Target
    target_id: int
    title: str
    """The session's or block's title; the event's for a role on the event."""
    role: PersonRole
    confirmation: Confirmation
    role_id: int
    stage: str = ""
