"""Anonymising people keeps every figure a funder report counts (registrations by status,
unique people and organisations, by actor type, organisation type, size and country): the
report regenerated afterwards gives identical numbers. The figures are counted by
``reach_figures`` here; the funder report's own figures belong in this comparison too once
it is merged (point ``reach_figures`` at the report's service)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from eventplanner.domain.enums import ActorType, CompanySize, OrganisationType
from eventplanner.domain.model import Contact, EventDraft, Organisation
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace
from tests.services.reach_figures import reach_figures

START = datetime(2025, 2, 4, 9, tzinfo=UTC)
NOW = datetime(2026, 12, 7, 12, tzinfo=UTC)


def _world(workspace: Workspace) -> list[int]:
    organisations = [
        workspace.organisations.create(Organisation(
            None, name, kind, org_number=number, country=country, size=size, actor_type=actor,
        )).id or 0
        for name, kind, number, country, size, actor in (
            ("ABB", OrganisationType.MEMBER_COMPANY, "5560297813", "SE", CompanySize.LARGE,
             ActorType.INDUSTRY),
            ("Robotdalen", OrganisationType.PARTNER, "", "SE", CompanySize.SME,
             ActorType.CIVIL_SOCIETY),
            ("MDU", OrganisationType.UNIVERSITY_OR_INSTITUTE, "2021004219", "SE", None,
             ActorType.ACADEMIA),
            ("Fraunhofer", OrganisationType.PARTNER, "DE129273398", "DE", None,
             ActorType.RESEARCH_INSTITUTE),
        )
    ]  # fmt: skip
    events = [
        workspace.events.create(EventDraft(
            title, TimedSpan(START + timedelta(days=n), START + timedelta(days=n, hours=3)),
            capacity=3,
        )).event.id
        for n, title in enumerate(("Stål och data", "AI i verkstaden", "Interoperabilitet"))
    ]  # fmt: skip
    people = [
        workspace.contacts.create(Contact(
            None, f"Person {n}", f"p{n}@example.se", "070", organisations[n % 4], "Engineer",
        )).id or 0
        for n in range(9)
    ]  # fmt: skip
    registrations = workspace.registrations
    for n, person in enumerate(people):
        for event in events[: 1 + n % 3]:
            written = registrations.register(event, person, needs="vegetarian")
            if n % 4 == 1 and written.registration is not None:
                registrations.cancel(event, person)
    registrations.attend(events[0], people[0])
    registrations.no_show(events[0], people[2])
    return people


def test_anonymising_keeps_the_reach_figures(workspace: Workspace) -> None:
    people = _world(workspace)
    before = reach_figures(workspace)
    assert before["unique_people"] == 9 and before["unique_organisations"] == 4
    assert set(before["registrations_by_status"]) >= {"registered", "waitlisted", "cancelled"}
    workspace.personal_data.anonymise(people[:5], at=NOW)
    assert reach_figures(workspace) == before


def test_a_retention_run_keeps_the_reach_figures(workspace: Workspace) -> None:
    _world(workspace)
    before = reach_figures(workspace)
    done = workspace.personal_data.run_retention(12, at=NOW)
    assert len(done.people) == 9  # every event is past; nobody holds anything else
    assert reach_figures(workspace) == before
    assert workspace.personal_data.past_events(at=NOW) == ()


def test_erasing_changes_the_figures_as_it_should(workspace: Workspace) -> None:
    people = _world(workspace)
    before = reach_figures(workspace)
    workspace.personal_data.erase([people[8]])
    assert reach_figures(workspace)["unique_people"] == before["unique_people"] - 1
    assert RegistrationStatus.REGISTERED.value in reach_figures(workspace)[
        "registrations_by_status"]  # fmt: skip
