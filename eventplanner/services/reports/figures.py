"""A project's figures for a period, counted in SQL: a handful of aggregate queries over
the registrations of the events held, whatever their number (no row is brought into Python).

People are counted by contact id and organisations by their organisation number where set,
else by their record's id: never by a name or an e-mail address, so an anonymised person
(who keeps their registrations and organisation) counts as before.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    case,
    cast,
    distinct,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from eventplanner.domain.budget import BudgetTotals, cost_per_participant
from eventplanner.domain.enums import ActorType, CompanySize
from eventplanner.domain.programme import PersonRole
from eventplanner.domain.registrations import SEATED, RegistrationStatus
from eventplanner.domain.reports import (
    BudgetFigures,
    KindLine,
    ReachLine,
)
from eventplanner.persistence.schema import (
    ContactRow,
    OrganisationRow,
    RegistrationRow,
    SessionPersonRow,
    SessionRow,
)
from eventplanner.services.reports.held import Held

ATTENDED = RegistrationStatus.ATTENDED.value
SEATED_VALUES = [s.value for s in SEATED]

BREAKDOWNS: dict[str, Any] = {
    "actor": OrganisationRow.actor_type,
    "organisation_type": OrganisationRow.type,
    "size": OrganisationRow.size,
    "country": OrganisationRow.country,
}
"""The columns reach is broken down by, by the report's name for each."""


def is_industry_sme() -> ColumnElement[bool]:
    return and_(
        OrganisationRow.actor_type == ActorType.INDUSTRY.value,
        OrganisationRow.size == CompanySize.SME.value,
    )


def organisation_key() -> ColumnElement[Any]:
    """An organisation's identity: its number where set, else its record."""
    return case(
        (OrganisationRow.org_number.is_not(None), OrganisationRow.org_number),
        else_=literal("#") + cast(OrganisationRow.id, String),
    )


def counted_ids(held: Sequence[Held]) -> list[int]:
    """The events whose registrations, programme and budget count in the period: every
    single event held, and each series whose first held occurrence is in it."""
    return sorted({h.event_id for h in held if h.counts_people})


def participations(
    session: Session, held: Sequence[Held]
) -> tuple[tuple[KindLine, ...], dict[str, int]]:
    """Per kind of event: events held, public and closed, hours, days, and participations
    registered (holding a seat) and attended; and the participations by status. One
    query, answered from the (event, status) index. A series' registrations count only
    where its first held occurrence is (``Held.counts_people``)."""
    ids = counted_ids(held)
    per_event: dict[int, dict[str, int]] = defaultdict(dict)
    if ids:
        statement = (
            select(RegistrationRow.event_id, RegistrationRow.status, func.count())
            .where(RegistrationRow.event_id.in_(ids))
            .group_by(RegistrationRow.event_id, RegistrationRow.status)
        )
        for event_id, status, number in session.execute(statement):
            per_event[event_id][status] = int(number)
    by_status: dict[str, int] = defaultdict(int)
    for counted in per_event.values():
        for status, number in counted.items():
            by_status[status] += number
    events: dict[str, list[Held]] = defaultdict(list)
    for one in held:
        events[one.kind].append(one)
    lines = []
    for kind, mine in sorted(events.items()):
        # A series' registrations are on the series: counted once, not per occurrence.
        counts = [per_event.get(e, {}) for e in counted_ids(mine)]
        registered = sum(n for c in counts for s, n in c.items() if s in SEATED_VALUES)
        attended = sum(c.get(ATTENDED, 0) for c in counts)
        lines.append(
            KindLine(
                kind, len(mine), sum(1 for h in mine if h.public),
                sum(1 for h in mine if not h.public), sum((h.hours for h in mine), Decimal(0)),
                sum(h.days for h in mine), registered, attended,
            )
        )  # fmt: skip
    return tuple(lines), dict(by_status)


@dataclass(frozen=True, slots=True)
class Reach:
    """Unique people holding a seat and attending, unique organisations attending, and the
    attending people and organisations by each of ``BREAKDOWNS``."""

    people_registered: int = 0
    people: int = 0
    organisations: int = 0
    industry_smes: int = 0
    """Unique industry organisations of SME size attending."""
    lines: dict[str, tuple[ReachLine, ...]] = field(default_factory=dict)


def reach(session: Session, event_ids: Sequence[int]) -> Reach:
    """One statement: the registrations of the events are read once, grouped by person
    (one row each: whether they held a seat, whether they came); the few thousand people
    are then joined to their organisation and counted whole and by each breakdown."""
    if not event_ids:
        return Reach()
    seated = case((RegistrationRow.status.in_(SEATED_VALUES), 1), else_=0)
    came = case((RegistrationRow.status == ATTENDED, 1), else_=0)
    per_person = (
        select(
            RegistrationRow.contact_id.label("contact_id"),
            func.max(seated).label("seated"),
            func.max(came).label("came"),
        )
        .where(RegistrationRow.event_id.in_(event_ids))
        .group_by(RegistrationRow.contact_id)
        .subquery("per_person")
    )
    people = (
        select(
            per_person.c.contact_id, per_person.c.seated, per_person.c.came,
            organisation_key().label("organisation"),
            *(column.label(name) for name, column in BREAKDOWNS.items()),
        )
        .select_from(per_person)
        .join(ContactRow, ContactRow.id == per_person.c.contact_id)
        .outerjoin(OrganisationRow, OrganisationRow.id == ContactRow.organisation_id)
        .cte("people")
    )  # fmt: skip
    organisation = func.count(distinct(case((people.c.came == 1, people.c.organisation))))
    sme = and_(
        people.c.came == 1,
        people.c.actor == ActorType.INDUSTRY.value,
        people.c.size == CompanySize.SME.value,
    )
    industry_smes = func.count(distinct(case((sme, people.c.organisation))))
    parts = [
        select(
            literal("").label("breakdown"), literal(None, String).label("value"),
            func.coalesce(func.sum(people.c.seated), 0), func.coalesce(func.sum(people.c.came), 0),
            organisation, industry_smes,
        )
    ]  # fmt: skip
    for name in BREAKDOWNS:
        column = people.c[name]
        parts.append(
            select(literal(name), cast(column, String), func.count(), func.count(),
                   func.count(distinct(people.c.organisation)), literal(0))
            .where(people.c.came == 1)
            .group_by(column)
        )  # fmt: skip
    found: dict[str, list[ReachLine]] = defaultdict(list)
    whole = Reach()
    rows = session.execute(union_all(*parts))
    for breakdown, value, first, second, organisations, smes in rows:
        if not breakdown:
            whole = Reach(int(first), int(second), int(organisations), int(smes))
        else:
            found[breakdown].append(ReachLine(value or "", int(first), int(organisations)))
    lines = {
        name: tuple(sorted(found.get(name, []), key=lambda x: (-x.people, x.value)))
        for name in BREAKDOWNS
    }
    return Reach(whole.people_registered, whole.people, whole.organisations,
                 whole.industry_smes, lines)  # fmt: skip


def programme(session: Session, event_ids: Sequence[int]) -> tuple[int, int]:
    """Sessions of the events' programmes, and their unique speakers."""
    if not event_ids:
        return 0, 0
    sessions = session.scalar(
        select(func.count()).select_from(SessionRow).where(SessionRow.event_id.in_(event_ids))
    )
    speakers = session.scalar(
        select(func.count(distinct(SessionPersonRow.contact_id)))
        .join(SessionRow, SessionRow.id == SessionPersonRow.session_id)
        .where(
            SessionRow.event_id.in_(event_ids), SessionPersonRow.role == PersonRole.SPEAKER.value
        )
    )
    return int(sessions or 0), int(speakers or 0)


def budget_figures(
    events: BudgetTotals, own: BudgetTotals, registered: int, attended: int, *, whole_run: bool
) -> BudgetFigures:
    """The budgets added up, with costs per seat taken (planned) and per attendance (actual),
    as an event's budget has them (``services.budget.service.EventBudget``). The project's
    own lines are added only over its ``whole_run``; otherwise they are told as left out."""
    total = events + own if whole_run else events
    left_out = not whole_run and own.lines > 0
    return BudgetFigures(
        total.planned_costs, total.actual_costs, total.planned_income, total.actual_income,
        cost_per_participant(total.planned_costs, registered),
        cost_per_participant(total.actual_costs, attended),
        own.planned_costs if left_out else None, own.actual_costs if left_out else None,
    )  # fmt: skip
