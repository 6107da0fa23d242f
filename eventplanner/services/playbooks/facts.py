"""What a plan counts from, read for one event: its days in its own zone (as the tasks'
moves count them: ``services.events.task_moves.event_days``, so a task made from a plan
stays where a move of the event would put it) and its phases."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.playbooks import EventFacts, PhaseFact
from eventplanner.domain.timezones import zone
from eventplanner.persistence.schema import PhaseRow
from eventplanner.services.events.task_moves import event_days

FairDeadlines = Callable[[Session, int], Mapping[str, date]]
"""The fair organiser's deadlines of an event by kind (the stand's, issue 15); none until
the stand is there to give them."""


def no_fair_deadlines(_session: Session, _event_id: int) -> Mapping[str, date]:
    return {}


def event_facts(session: Session, event_id: int, fair_deadlines: FairDeadlines) -> EventFacts:
    """An event's first and last day, its phases' first days, and the fair's deadlines."""
    first, last, time_zone = event_days(session, event_id)
    tz = zone(time_zone)
    phases = tuple(
        PhaseFact(name, kind, starts.astimezone(tz).date(), ident)
        for ident, name, kind, starts in session.execute(
            select(PhaseRow.id, PhaseRow.name, PhaseRow.kind, PhaseRow.starts_at).where(
                PhaseRow.event_id == event_id
            )
        )
    )
    return EventFacts(first, last, phases, dict(fair_deadlines(session, event_id)))
