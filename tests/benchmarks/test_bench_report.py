"""The funder's report over 100,000 registrations of 10,000 people (goal: ≤ 1 s), against a
floor measured in the same run: one Core select of those registrations joined to their
contacts and organisations, fetched raw (what any report must at least read)."""

from __future__ import annotations

import gc
import random
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from benchdata import median, report
from sqlalchemy import insert, select

from eventplanner.domain.budget import BudgetCategory, BudgetLine
from eventplanner.domain.enums import ActorType, CompanySize, EventKind, OrganisationType
from eventplanner.domain.model import EventDraft, Project
from eventplanner.domain.reports import ProjectTarget, TargetKind
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence.schema import (
    ContactRow,
    OrganisationRow,
    RegistrationRow,
)
from eventplanner.services.workspace import Workspace

PEOPLE = 10_000
ORGANISATIONS = 1_000
EVENTS = 200
PER_EVENT = 500
REPEATS = 7
GOAL_MS = 1000.0
FIRST, LAST = date(2027, 1, 1), date(2027, 12, 31)
AFTER = datetime(2028, 1, 1, tzinfo=UTC)
"""The report made after the year: its events all held (only those begun count)."""

pytestmark = pytest.mark.timeout(1800)


def _build(workspace: Workspace) -> int:
    chance = random.Random(16)
    project = workspace.projects.create(Project(None, "Stålet digitalt"))
    start = datetime(2027, 1, 4, 9, tzinfo=UTC)
    kinds = (EventKind.SEMINAR, EventKind.WORKSHOP, EventKind.WEBINAR, EventKind.COURSE)
    events = [
        workspace.events.create(EventDraft(
            f"Seminarium {n}", TimedSpan(start + timedelta(days=n), start + timedelta(days=n,
            hours=3)), kind=kinds[n % 4], project_id=project.id, public=n % 3 != 0,
        )).event.id
        for n in range(EVENTS)
    ]  # fmt: skip
    now = datetime.now(UTC)
    actors, sizes = list(ActorType), [CompanySize.SME.value, CompanySize.LARGE.value, None]
    with workspace.database.transaction() as session:
        session.execute(insert(OrganisationRow), [
            {"name": f"Org {n}", "type": OrganisationType.MEMBER_COMPANY.value,
             "org_number": f"55{n:04d}-0000" if n % 2 else None, "country": "SE",
             "size": sizes[n % 3], "actor_type": actors[n % len(actors)].value, "version": 1}
            for n in range(ORGANISATIONS)
        ])  # fmt: skip
        session.execute(insert(ContactRow), [
            {"name": f"Person {n}", "email": f"p{n}@example.se", "organisation_id": n % 1000 + 1,
             "version": 1}
            for n in range(PEOPLE)
        ])  # fmt: skip
        statuses = ["attended"] * 6 + ["registered", "no_show", "cancelled", "waitlisted"]
        rows = [
            {"event_id": event, "contact_id": contact + 1, "status": chance.choice(statuses),
             "source": "typed_in", "registered_at": now, "priority": 0, "priority_reason": "",
             "needs": "", "modified_at": now, "version": 1}
            for event in events
            for contact in chance.sample(range(PEOPLE), PER_EVENT)
        ]  # fmt: skip
        session.execute(insert(RegistrationRow), rows)
    for event in events[:20]:
        workspace.budget.add(BudgetLine(None, BudgetCategory.VENUE, Decimal(5000), Decimal(4800),
                                        event_id=event))  # fmt: skip
    for name, kind, amount in (("Seminarier", TargetKind.EVENTS_HELD, 150),
                               ("Deltagare", TargetKind.PARTICIPANTS, 30000),
                               ("Företag", TargetKind.COMPANIES, 400)):  # fmt: skip
        workspace.targets.add(ProjectTarget(None, project.id or 0, name, kind, amount))
    return project.id or 0


def test_report_over_100k_registrations(bench_dir: Path) -> None:
    workspace = Workspace.open(bench_dir / "report.sqlite")
    try:
        project = _build(workspace)
        with workspace.database.reading() as session:
            registrations = session.scalar(select(RegistrationRow.id).order_by(
                RegistrationRow.id.desc()).limit(1))  # fmt: skip
        assert registrations == EVENTS * PER_EVENT

        def the_report() -> None:
            workspace.reports.report(project, FIRST, LAST, now=AFTER)

        def the_floor() -> None:
            with workspace.database.reading() as session:
                session.execute(
                    select(RegistrationRow.event_id, RegistrationRow.contact_id,
                           RegistrationRow.status, OrganisationRow.id,
                           OrganisationRow.org_number, OrganisationRow.actor_type,
                           OrganisationRow.type, OrganisationRow.size, OrganisationRow.country)
                    .join(ContactRow, ContactRow.id == RegistrationRow.contact_id)
                    .outerjoin(OrganisationRow, OrganisationRow.id == ContactRow.organisation_id)
                ).all()  # fmt: skip

        times: dict[str, list[float]] = {"report": [], "floor": []}
        for _ in range(REPEATS):
            for name, run in (("report", the_report), ("floor", the_floor)):
                gc.collect()
                began = time.perf_counter()
                run()
                times[name].append((time.perf_counter() - began) * 1000)
        figures = workspace.reports.report(project, FIRST, LAST, now=AFTER)
        print(f"\nFunder's report: {figures.events} events, {figures.registered + 0} seats, "
              f"{figures.attended} attended, {figures.people} people, "
              f"{figures.organisations} organisations")  # fmt: skip
        report("report, 100,000 registrations", times["report"],
               floor=("Core select of the registrations joined, raw", times["floor"]),
               goal_ms=GOAL_MS)  # fmt: skip
        assert figures.people > 0
        print(f"  median report {median(times['report']):.0f} ms")
    finally:
        workspace.close()
