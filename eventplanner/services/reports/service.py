"""The funder's report of a project for a period, and the events and people behind each of
its numbers (the Reports view's links). Reads only."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from eventplanner.domain.budget import totals
from eventplanner.domain.errors import NotFoundError
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.domain.reports import (
    INDUSTRY_SME,
    Behind,
    ProjectReport,
    Question,
    TargetProgress,
    check_period,
    target_actual,
)
from eventplanner.domain.text import swedish_sort_key
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import (
    BudgetLineRow,
    ContactRow,
    OrganisationRow,
    ProjectRow,
    RegistrationRow,
)
from eventplanner.services.budget import stored
from eventplanner.services.budget.service import BudgetService
from eventplanner.services.reports import figures
from eventplanner.services.reports.held import Held, held_in
from eventplanner.services.reports.targets import targets_of


class ReportService:
    """The report of a project for a period (``domain.reports``) and what its numbers count."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._budget = BudgetService(database)

    def report(
        self, project_id: int, first: date, last: date, *, now: datetime | None = None
    ) -> ProjectReport:
        """Everything the funder's tables show; targets with their actual figures. Events
        count as held once begun by ``now`` (by default the present moment)."""
        check_period(first, last)
        now = now or datetime.now(UTC)
        with self._db.reading() as session:
            project = _project(session, project_id)
            funder = (
                ""
                if project.funder_id is None
                else session.get(OrganisationRow, project.funder_id).name  # type: ignore[union-attr]
            )
            report, ids = _counted(session, project_id, project.name, funder, first, last, now)
            own_rows = session.scalars(
                select(BudgetLineRow).where(BudgetLineRow.project_id == project_id)
            )
            own = totals(stored.line(r) for r in own_rows)
            # The project's own lines have no date: only a report over its whole run has them.
            whole_run = (
                project.start_date is not None
                and project.end_date is not None
                and first <= project.start_date
                and project.end_date <= last
            )
            targets = targets_of(session, project_id)
            # A target with a period of its own is counted over that period.
            periods = {(t.first_day or first, t.last_day or last) for t in targets}
            counted = {(first, last): report}
            for period in sorted(periods - {(first, last)}):
                if period[0] <= period[1]:
                    counted[period] = _counted(session, project_id, project.name, funder,
                                               *period, now)[0]  # fmt: skip
        events = self._budget.events_totals(ids)
        report = replace(
            report,
            budget=figures.budget_figures(
                events, own, report.registered, report.attended, whole_run=whole_run
            ),
        )
        progress = tuple(
            TargetProgress(t, target_actual(counted[(t.first_day or first, t.last_day or last)], t))
            if (t.first_day or first, t.last_day or last) in counted
            else TargetProgress(t, Decimal(0))
            for t in targets
        )
        return replace(report, targets=progress)

    def behind(
        self,
        project_id: int,
        first: date,
        last: date,
        question: Question,
        *,
        now: datetime | None = None,
    ) -> list[Behind]:
        """The events, people or organisations a number of the report counts (held by
        ``now``, as in ``report``)."""
        check_period(first, last)
        now = now or datetime.now(UTC)
        with self._db.reading() as session:
            _project(session, project_id)
            held = [
                h
                for h in held_in(session, project_id, first, last, now)
                if (question.kind is None or h.kind == question.kind)
                and (question.public is None or h.public == question.public)
            ]
            if question.what == "events":
                return [
                    Behind(h.event_id, h.title, f"{h.day.isoformat()} · {h.kind}", h.event_id)
                    for h in held
                ]
            return _people_or_organisations(session, held, question)


def _counted(
    session: Session,
    project_id: int,
    name: str,
    funder: str,
    first: date,
    last: date,
    now: datetime,
) -> tuple[ProjectReport, list[int]]:
    """The figures of the events held in the period (no budget, no targets), and the ids
    of those events."""
    held = held_in(session, project_id, first, last, now)
    ids = figures.counted_ids(held)
    kinds, by_status = figures.participations(session, held)
    reach = figures.reach(session, ids)
    sessions, speakers = figures.programme(session, ids)
    lines = {key: reach.lines.get(key, ()) for key in figures.BREAKDOWNS}
    report = ProjectReport(
        project_id, name, funder, first, last, kinds, by_status, reach.people_registered,
        reach.people, reach.organisations, lines["actor"], lines["organisation_type"],
        lines["size"], lines["country"], sessions, speakers,
        industry_smes=reach.industry_smes,
    )  # fmt: skip
    return report, ids


def _people_or_organisations(
    session: Session, held: list[Held], question: Question
) -> list[Behind]:
    ids = figures.counted_ids(held)
    if not ids:
        return []
    statuses = (
        [RegistrationStatus.ATTENDED.value]
        if question.status == "attended"
        else figures.SEATED_VALUES
    )
    where: list[ColumnElement[bool]] = [
        RegistrationRow.event_id.in_(ids),
        RegistrationRow.status.in_(statuses),
    ]
    if question.breakdown == INDUSTRY_SME:
        where.append(figures.is_industry_sme())
    elif question.breakdown is not None:
        column = figures.BREAKDOWNS[question.breakdown]
        where.append(column.is_(None) if not question.value else column == question.value)
    base = (
        select()
        .select_from(RegistrationRow)
        .join(ContactRow, ContactRow.id == RegistrationRow.contact_id)
        .outerjoin(OrganisationRow, OrganisationRow.id == ContactRow.organisation_id)
        .where(*where)
    )
    if question.what == "organisations":
        key = figures.organisation_key()
        rows = session.execute(
            base.add_columns(
                key, OrganisationRow.id, OrganisationRow.name, OrganisationRow.org_number
            )
            .where(OrganisationRow.id.is_not(None))
            .distinct()
        )
        seen: dict[str, Behind] = {}
        for identity, ident, name, number in rows:
            # Two records with one number are one organisation: the first name stands.
            seen.setdefault(identity, Behind(ident, name, number or ""))
        return sorted(seen.values(), key=lambda b: swedish_sort_key(b.name))
    rows = session.execute(
        base.add_columns(ContactRow.id, ContactRow.name, OrganisationRow.name).distinct()
    )
    found = [Behind(ident, name, organisation or "") for ident, name, organisation in rows]
    return sorted(found, key=lambda b: (swedish_sort_key(b.name), b.id))


def _project(session: Session, project_id: int) -> ProjectRow:
    row = session.get(ProjectRow, project_id)
    if row is None:
        raise NotFoundError(f"there is no project with id {project_id} (it may have been deleted)")
    return row
