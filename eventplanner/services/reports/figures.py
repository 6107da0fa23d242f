"""A project's figures for a period, counted in SQL: a handful of aggregate queries over
the registrations of the events held, whatever their number (no row is brought into Python).

People are counted by contact id and organisations by their organisation number where set,
else by their record's id: never by a name or an e-mail address, so an anonymised person
(who keeps their registrations and organisation) counts as before.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, String, case, cast, distinct, func, literal, select
from sqlalchemy.orm import Session

from eventplanner.domain.budget import BudgetTotals, cost_per_participant
from eventplanner.domain.programme import PersonRole
from eventplanner.domain.registrations import SEATED, RegistrationStatus
from eventplanner.domain.reports import (
    BudgetFigures,
    KindLine,
    ProjectReport,
    ReachLine,
    TargetProgress,
    target_actual,
)
from eventplanner.persistence.schema import (
    BudgetLineRow,
    ContactRow,
    OrganisationRow,
    RegistrationRow,
    SessionPersonRow,
    SessionRow,
    StandRow,
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


def organisation_key() -> ColumnElement[Any]:
    """An organisation's identity: its number where set, else its record."""
    return case(
        (OrganisationRow.org_number.is_not(None), OrganisationRow.org_number),
        else_=literal("#") + cast(OrganisationRow.id, String),
    )


def _attended_of(event_ids: Sequence[int]) -> Any:
    """Attended registrations of these events, with their contact and its organisation."""
    return (
        select()
        .select_from(RegistrationRow)
        .join(ContactRow, ContactRow.id == RegistrationRow.contact_id)
        .outerjoin(OrganisationRow, OrganisationRow.id == ContactRow.organisation_id)
        .where(RegistrationRow.event_id.in_(event_ids), RegistrationRow.status == ATTENDED)
    )


def participations(session: Session, held: Sequence[Held]) -> tuple[KindLine, ...]:
    """Per kind of event: events held, public and closed, hours, days, and participations
    registered (holding a seat) and attended."""
    ids = sorted({h.event_id for h in held})
    if ids:
        statement = (
            select(
                RegistrationRow.event_id,
                func.sum(case((RegistrationRow.status.in_(SEATED_VALUES), 1), else_=0)),
                func.sum(case((RegistrationRow.status == ATTENDED, 1), else_=0)),
            )
            .where(RegistrationRow.event_id.in_(ids))
            .group_by(RegistrationRow.event_id)
        )
        per_event = {e: (int(s or 0), int(a or 0)) for e, s, a in session.execute(statement)}
    else:
        per_event = {}
    events: dict[str, list[Held]] = defaultdict(list)
    for one in held:
        events[one.kind].append(one)
    lines = []
    for kind, mine in sorted(events.items()):
        # A series' registrations are on the series: counted once, not per occurrence.
        seen = {h.event_id for h in mine}
        registered = sum(per_event.get(e, (0, 0))[0] for e in seen)
        attended = sum(per_event.get(e, (0, 0))[1] for e in seen)
        lines.append(
            KindLine(
                kind, len(mine), sum(1 for h in mine if h.public),
                sum(1 for h in mine if not h.public), sum((h.hours for h in mine), Decimal(0)),
                sum(h.days for h in mine), registered, attended,
            )
        )  # fmt: skip
    return tuple(lines)


def statuses(session: Session, event_ids: Sequence[int]) -> dict[str, int]:
    if not event_ids:
        return {}
    statement = (
        select(RegistrationRow.status, func.count())
        .where(RegistrationRow.event_id.in_(event_ids))
        .group_by(RegistrationRow.status)
    )
    return {status: int(n) for status, n in session.execute(statement)}


def reach(session: Session, event_ids: Sequence[int]) -> tuple[int, int, int]:
    """Unique people registered (holding a seat), unique people attended, unique
    organisations attended."""
    if not event_ids:
        return 0, 0, 0
    key = organisation_key()
    statement = (
        select(
            func.count(distinct(case(
                (RegistrationRow.status.in_(SEATED_VALUES), RegistrationRow.contact_id)))),
            func.count(distinct(case(
                (RegistrationRow.status == ATTENDED, RegistrationRow.contact_id)))),
            func.count(distinct(case((RegistrationRow.status == ATTENDED, key)))),
        )
        .select_from(RegistrationRow)
        .join(ContactRow, ContactRow.id == RegistrationRow.contact_id)
        .outerjoin(OrganisationRow, OrganisationRow.id == ContactRow.organisation_id)
        .where(RegistrationRow.event_id.in_(event_ids))
    )  # fmt: skip
    registered, attended, organisations = session.execute(statement).one()
    return int(registered), int(attended), int(organisations)


def breakdown(session: Session, event_ids: Sequence[int], name: str) -> tuple[ReachLine, ...]:
    """Unique people and organisations attended, by one of ``BREAKDOWNS`` (most first)."""
    if not event_ids:
        return ()
    column = BREAKDOWNS[name]
    statement = (
        _attended_of(event_ids)
        .add_columns(
            column,
            func.count(distinct(RegistrationRow.contact_id)),
            func.count(distinct(organisation_key())),
        )
        .group_by(column)
    )
    lines = [ReachLine(value or "", int(p), int(o)) for value, p, o in session.execute(statement)]
    return tuple(sorted(lines, key=lambda x: (-x.people, x.value)))


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


def with_budgets(session: Session, event_ids: Sequence[int]) -> list[int]:
    """Which of the events have a budget (lines of their own, or a stand)."""
    if not event_ids:
        return []
    lines = select(BudgetLineRow.event_id).where(BudgetLineRow.event_id.in_(event_ids))
    stands = select(StandRow.event_id).where(StandRow.event_id.in_(event_ids))
    return sorted({e for (e,) in session.execute(lines.union(stands)) if e is not None})


def budget_figures(
    event_totals: Sequence[BudgetTotals], own: BudgetTotals, registered: int, attended: int
) -> BudgetFigures:
    """The budgets added up, with costs per seat taken (planned) and per attendance (actual),
    as an event's budget has them (``services.budget.service.EventBudget``)."""
    total = own
    for one in event_totals:
        total += one
    return BudgetFigures(
        total.planned_costs, total.actual_costs, total.planned_income, total.actual_income,
        cost_per_participant(total.planned_costs, registered),
        cost_per_participant(total.actual_costs, attended),
    )  # fmt: skip


def with_progress(report: ProjectReport) -> tuple[TargetProgress, ...]:
    return tuple(TargetProgress(t.target, target_actual(report, t.target)) for t in report.targets)
