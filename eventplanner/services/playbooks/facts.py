"""What a plan counts from, read for one event: its days in its own zone and its phases."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.playbooks import EventFacts, PhaseFact, last_day_of
from eventplanner.domain.timezones import zone
from eventplanner.persistence.schema import EventRow, PhaseRow

FairDeadlines = Callable[[Session, int], Mapping[str, date]]
"""The fair organiser's deadlines of an event by kind (the stand's, issue 15); none until
the stand is there to give them."""


def no_fair_deadlines(_session: Session, _event_id: int) -> Mapping[str, date]:
    return {}


def event_facts(session: Session, row: EventRow, fair_deadlines: FairDeadlines) -> EventFacts:
    """An event's first and last day (a series: its first occurrence's and its last's; an
    endless one's first), its phases' first days, and the fair's deadlines."""
    tz = zone(row.time_zone)
    if row.all_day and row.first_day is not None and row.last_day is not None:
        first, last = row.first_day, row.last_day
        if row.is_recurring and row.series_ends_at is not None:
            end = row.series_ends_at.astimezone(tz)
            last = max(last, last_day_of(end.date(), end.time() == time(0), first))
    else:
        start = row.starts_at.astimezone(tz)
        ends = row.series_ends_at if row.is_recurring and row.series_ends_at else row.ends_at
        end = ends.astimezone(tz)
        first = start.date()
        last = last_day_of(end.date(), end.time() == time(0), first)
    phases = tuple(
        PhaseFact(name, kind, starts.astimezone(tz).date())
        for name, kind, starts in session.execute(
            select(PhaseRow.name, PhaseRow.kind, PhaseRow.starts_at).where(
                PhaseRow.event_id == row.id
            )
        )
    )
    return EventFacts(first, max(first, last), phases, dict(fair_deadlines(session, row.id)))

