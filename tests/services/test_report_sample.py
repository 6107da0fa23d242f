"""The funder's report of the sample's steel project, against counts made by hand: every
event, registration, person and organisation of the sample read plainly and counted in
Python here, not by the report's SQL aggregates (issue 16: "the report's figures are
tested against hand counts of the sample"). Anonymising everyone afterwards changes none of
the figures."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime, time
from decimal import Decimal

import pytest
from sqlalchemy import select

from eventplanner.domain.enums import ActorType, EventStatus
from eventplanner.domain.reports import ProjectReport, ReachLine
from eventplanner.persistence.schema import ContactRow, EventRow, OrganisationRow, RegistrationRow
from eventplanner.services.workspace import Workspace
from tests.services.test_sample import TODAY

pytestmark = pytest.mark.database_copy("sample_year", TODAY)  # built once a run: tests/copies.py
NOW = datetime.combine(TODAY, time(12), UTC)
SEATED = {"registered", "attended", "no_show"}


def _steel(workspace: Workspace) -> tuple[int, ProjectReport]:
    steel = next(p for p in workspace.projects.list() if p.name.startswith("Stålindustrins"))
    assert steel.id is not None and steel.start is not None and steel.end is not None
    return steel.id, workspace.reports.report(steel.id, steel.start, steel.end, now=NOW)


def _by_hand(workspace: Workspace, project_id: int) -> dict[str, object]:
    """Everything the report counts, from the rows themselves, one at a time."""
    project = workspace.projects.get(project_id)
    assert project.start is not None and project.end is not None
    with workspace.database.reading() as session:
        events = list(session.scalars(select(EventRow).where(EventRow.project_id == project_id)))
        assert not any(e.is_recurring for e in events)  # one occurrence each: counted plainly
        held = [
            e for e in events
            if e.status not in (EventStatus.CANCELLED.value, EventStatus.DRAFT.value)
            and e.starts_at < NOW and project.start <= e.starts_at.date() <= project.end
        ]  # fmt: skip
        ids = {e.id for e in held}
        registrations = [r for r in session.scalars(select(RegistrationRow))
                         if r.event_id in ids]  # fmt: skip
        contacts = {c.id: c for c in session.scalars(select(ContactRow))}
        organisations = {o.id: o for o in session.scalars(select(OrganisationRow))}
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for event in held:
        counted = kinds[event.kind]
        counted["events"] += 1
        counted["public" if event.public else "closed"] += 1
        counted["minutes"] += int((event.ends_at - event.starts_at).total_seconds()) // 60
    kind_of = {e.id: e.kind for e in held}
    for registration in registrations:
        counted = kinds[kind_of[registration.event_id]]
        counted["registered"] += registration.status in SEATED
        counted["attended"] += registration.status == "attended"
    came = {r.contact_id for r in registrations if r.status == "attended"}
    seated = {r.contact_id for r in registrations if r.status in SEATED}

    def organisation(person: int) -> OrganisationRow | None:
        ident = contacts[person].organisation_id
        return None if ident is None else organisations[ident]

    def identity(row: OrganisationRow) -> str:
        return row.org_number or f"#{row.id}"

    reach: dict[str, dict[str, tuple[set[int], set[str]]]] = defaultdict(dict)
    for person in came:
        row = organisation(person)
        values = {
            "actor": row.actor_type if row else None,
            "size": row.size if row else None,
            "country": row.country if row else None,
            "organisation_type": row.type if row else None,
        }
        for breakdown, value in values.items():
            people, orgs = reach[breakdown].setdefault(value or "", (set(), set()))
            people.add(person)
            if row is not None:
                orgs.add(identity(row))
    return {
        "kinds": {k: dict(c) for k, c in kinds.items()},
        "statuses": Counter(r.status for r in registrations),
        "people_registered": len(seated),
        "people": len(came),
        "organisations": len({identity(o) for p in came if (o := organisation(p))}),
        "reach": {
            b: {v: ReachLine(v, len(p), len(o)) for v, (p, o) in lines.items()}
            for b, lines in reach.items()
        },
    }


def test_the_steel_projects_report_matches_the_hand_count(workspace: Workspace) -> None:
    project_id, report = _steel(workspace)
    hand = _by_hand(workspace, project_id)
    kinds = hand["kinds"]
    assert isinstance(kinds, dict)
    assert {k.kind for k in report.kinds} == set(kinds)
    for line in report.kinds:
        counted = kinds[line.kind]
        assert line.events == counted["events"], line.kind
        assert (line.public, line.closed) == (counted.get("public", 0), counted.get("closed", 0))
        assert line.hours == (Decimal(counted["minutes"]) / 60).quantize(Decimal("0.01"))
        assert (line.registered, line.attended) == (
            counted.get("registered", 0), counted.get("attended", 0))  # fmt: skip
    assert report.registrations == dict(hand["statuses"])  # type: ignore[call-overload]
    assert report.people_registered == hand["people_registered"]
    assert (report.people, report.organisations) == (hand["people"], hand["organisations"])
    reach = hand["reach"]
    assert isinstance(reach, dict)
    for breakdown in ("actor", "size", "country", "organisation_type"):
        lines = {line.value: line for line in getattr(report, f"by_{breakdown}")}
        assert lines == reach[breakdown], breakdown


def test_the_sample_years_figures_as_the_plans_give_them(workspace: Workspace) -> None:
    """The figures themselves, so a change to the sample or the report shows here: by the
    sample's today the steel project held three seminars and a workshop (its visit was
    called off, its later events are ahead and its closing seminar a draft)."""
    _project_id, report = _steel(workspace)
    held = {k.kind: (k.events, k.public, k.closed) for k in report.kinds}
    assert held == {"seminar": (2, 2, 0), "workshop": (1, 0, 1)}
    assert report.people <= report.people_registered
    industry = report.reach("actor", ActorType.INDUSTRY.value)
    assert industry is not None and industry.organisations > 0
    seminars = report.targets[0]
    assert (seminars.target.name, seminars.actual) == ("Seminarier", Decimal(2))
    assert seminars.percent == 20  # of ten


def test_anonymising_every_participant_changes_no_figure(workspace: Workspace) -> None:
    _project_id, before = _steel(workspace)
    with workspace.database.reading() as session:
        people = sorted(set(session.scalars(select(RegistrationRow.contact_id))))
    workspace.personal_data.anonymise(people)
    _same, after = _steel(workspace)
    assert after == before
