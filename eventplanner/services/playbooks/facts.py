"""What a plan counts from, read for events in bulk: each one's title, its days in its own
zone (as the tasks' moves count them, ``services.events.task_moves.event_days``: an end at
midnight ending the day before, a series' first occurrence as held; so a task made from a
plan stays where a move of the event would put it) and its phases."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import NotFoundError
from eventplanner.domain.playbooks import EventFacts, PhaseFact
from eventplanner.domain.timezones import zone
from eventplanner.persistence.schema import EventRow, PhaseRow
from eventplanner.services.events.task_moves import event_days

FairDeadlines = Callable[[Session, int], Mapping[str, date]]
"""The fair organiser's deadlines of an event by kind (``services.tasks.fair_deadlines``)."""

CHUNK = 500
"""Ids in one ``IN (...)``."""


def chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for begin in range(0, len(ids), CHUNK):
        yield ids[begin : begin + CHUNK]


def events_facts(
    session: Session, event_ids: Sequence[int], fair_deadlines: FairDeadlines
) -> dict[int, tuple[str, EventFacts]]:
    """Each event's title and facts, by id; NotFoundError naming an id no event has."""
    wanted = list(dict.fromkeys(event_ids))
    days: dict[int, tuple[str, date, date, str]] = {}
    phases: dict[int, list[PhaseFact]] = defaultdict(list)
    for part in chunks(wanted):
        for r in session.execute(
            select(EventRow.id, EventRow.title, EventRow.all_day, EventRow.first_day,
                   EventRow.last_day, EventRow.starts_at, EventRow.ends_at,
                   EventRow.time_zone, EventRow.is_recurring).where(EventRow.id.in_(part))
        ):  # fmt: skip
            if r.is_recurring:  # its first occurrence as held (a few series in a year)
                first_day, last_day, _zone = event_days(session, r.id)
                days[r.id] = (r.title, first_day, last_day, r.time_zone)
                continue
            if r.all_day and r.first_day is not None and r.last_day is not None:
                days[r.id] = (r.title, r.first_day, r.last_day, r.time_zone)
                continue
            tz = zone(r.time_zone)
            start, end = r.starts_at.astimezone(tz), r.ends_at.astimezone(tz)
            last = end.date() if end.time() != time(0) else end.date() - timedelta(days=1)
            days[r.id] = (r.title, start.date(), max(last, start.date()), r.time_zone)
        for ident, event_id, name, kind, starts in session.execute(
            select(PhaseRow.id, PhaseRow.event_id, PhaseRow.name, PhaseRow.kind,
                   PhaseRow.starts_at).where(PhaseRow.event_id.in_(part))
        ):  # fmt: skip
            first_day = starts.astimezone(zone(days[event_id][3])).date()
            phases[event_id].append(PhaseFact(name, kind, first_day, ident))
    missing = [i for i in wanted if i not in days]
    if missing:
        raise NotFoundError(f"no event has the id {missing[0]}")
    found: dict[int, tuple[str, EventFacts]] = {}
    for ident in wanted:  # in the order asked
        title, first, last, _zone = days[ident]
        deadlines = dict(fair_deadlines(session, ident))
        found[ident] = (title, EventFacts(first, last, tuple(phases[ident]), deadlines))
    return found
