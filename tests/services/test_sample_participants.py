"""The sample year's participants: people of the region's organisations (every actor type,
valid organisation numbers, two from abroad) registered for its events as the waitlist's
rules would have left them, with waitlists, no-shows, cancellations, priorities, needs and
every source; the innovation days' guests on its sessions; the research seminars public
and the expert workshops closed. Figures counted by hand from the sample's plans
(``services/sample/registrations.py``) for the sample's today."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from eventplanner.domain.budget import money
from eventplanner.domain.enums import ActorType, CompanySize, EventKind, EventStatus
from eventplanner.domain.organisation_numbers import org_number
from eventplanner.domain.registrations import RegistrationSource, RegistrationStatus
from eventplanner.services.sample import SampleSummary
from eventplanner.services.workspace import Workspace
from tests.services.test_sample import TODAY, _events

pytestmark = pytest.mark.database_copy("sample_year", TODAY)  # built once a run: tests/copies.py
S = RegistrationStatus


@pytest.fixture
def sample(made: object) -> SampleSummary:
    assert isinstance(made, SampleSummary)
    return made


def _event(workspace: Workspace, title: str) -> int:
    found = [i for i, _uid in workspace.programme.events_titled(title)]
    assert len(found) == 1, title
    return found[0]


def _statuses(workspace: Workspace, event_id: int) -> Counter[RegistrationStatus]:
    lines = workspace.registrations.registrations(event_id).lines
    return Counter(x.registration.status for x in lines)


def test_the_summary_counts_people_and_registrations(
    workspace: Workspace, sample: SampleSummary
) -> None:
    assert (sample.participants, sample.registrations) == (163, 1322)
    assert (sample.organisations, sample.contacts) == (55, 19 + 163)
    events = _events(workspace, sample)
    registrations = [
        x.registration for e in events for x in workspace.registrations.registrations(e.id).lines
    ]
    assert len(registrations) == sample.registrations
    assert len({r.contact_id for r in registrations}) == sample.participants  # each came
    assert Counter(r.status for r in registrations) == {
        S.REGISTERED: 771, S.ATTENDED: 375, S.NO_SHOW: 53, S.CANCELLED: 94, S.WAITLISTED: 29,
    }  # fmt: skip
    assert Counter(r.source for r in registrations) == {
        RegistrationSource.FORM_IMPORT: 991, RegistrationSource.TYPED: 261,
        RegistrationSource.COPIED: 70,
    }  # fmt: skip
    raised = [r for r in registrations if r.priority]
    assert len(raised) == 5
    assert all(r.status is S.WAITLISTED and r.priority_reason for r in raised)
    assert sum(1 for r in registrations if r.needs) == 128


def test_organisations_have_their_identities(workspace: Workspace, sample: SampleSummary) -> None:
    organisations = workspace.organisations.list()
    assert len(organisations) == sample.organisations
    assert all(o.org_number and o.actor_type for o in organisations)
    assert len({o.org_number for o in organisations}) == len(organisations)
    swedish = [o for o in organisations if o.country == "SE"]
    assert all(org_number(o.org_number) == o.org_number for o in swedish)  # Luhn-checked
    abroad = {o.country: o.name for o in organisations if o.country != "SE"}
    assert abroad == {"US": "Bay Area Automation Partners Inc.", "FI": "Oulun Robotiikka Oy"}
    assert {o.actor_type for o in organisations} == set(ActorType) - {None}
    industry = [o for o in organisations if o.actor_type is ActorType.INDUSTRY]
    assert Counter(o.size for o in industry) == {CompanySize.SME: 15, CompanySize.LARGE: 8}
    assert all(o.size is None for o in organisations if o.actor_type is not ActorType.INDUSTRY)


def test_e_mail_addresses_can_reach_no_one(workspace: Workspace, sample: SampleSummary) -> None:
    """A demo's mailto links and copied addresses go to RFC 2606's reserved names only,
    a domain of its own for each organisation."""
    contacts = [c for c in workspace.contacts.list() if c.email]
    assert len(contacts) == sample.contacts
    domains = {c.email.rsplit("@", 1)[1] for c in contacts}
    assert all(d.endswith(".example") for d in domains), sorted(domains)
    owners: dict[str, set[int | None]] = {}
    for contact in contacts:
        owners.setdefault(contact.email.rsplit("@", 1)[1], set()).add(contact.organisation_id)
    # No two organisations share a domain; the cluster's node in Palo Alto has one of its own
    # and its lead writes from the cluster's.
    shared = {d: o for d, o in owners.items() if len(o) > 1}
    assert list(shared) == ["automationsklustret.example"] and len(shared[next(iter(shared))]) == 2


def test_nobody_waits_for_a_seat_that_is_free(workspace: Workspace, sample: SampleSummary) -> None:
    """Every event's list is as the rules leave it: no one waiting would move up."""
    for event in _events(workspace, sample):
        counts = workspace.registrations.counts([event.id])[event.id]
        assert event.capacity is None or counts.seated <= event.capacity, event.title
        assert workspace.registrations.fill_free_seats(event.id).promoted == (), event.title


def test_held_ahead_and_called_off(workspace: Workspace, sample: SampleSummary) -> None:
    for event in _events(workspace, sample):
        found = _statuses(workspace, event.id)
        if event.status is EventStatus.COMPLETED:
            assert not found[S.REGISTERED], event.title
        elif event.status is EventStatus.CANCELLED:
            assert set(found) <= {S.CANCELLED}, event.title
        else:
            assert not found[S.ATTENDED] and not found[S.NO_SHOW], event.title
        if event.status is EventStatus.DRAFT:
            assert not found, event.title
    # The steel project's seminar for the municipality, held: full, two left waiting.
    held = _event(workspace, "Seminarium: Digitalisering i stålindustrin – vad betyder den "
                  "för kommunen?")  # fmt: skip
    assert _statuses(workspace, held) == {S.ATTENDED: 55, S.NO_SHOW: 5, S.CANCELLED: 4,
                                          S.WAITLISTED: 2}  # fmt: skip
    assert workspace.registrations.counts([held])[held].text == "60 / 60, 2 waiting"
    workshop = _event(workspace, "Workshop: Visualisering av produktionsdata i VR")
    assert workspace.registrations.counts([workshop])[workshop].text == "15 / 15, 5 waiting"
    lean = _event(workspace, "Kurs: Lean för mikrofabriker")  # called off: too few
    assert _statuses(workspace, lean) == {S.CANCELLED: 5}


def test_the_innovation_days_guests_choose_sessions(
    workspace: Workspace, sample: SampleSummary
) -> None:
    days = _event(workspace, "Innovationsdagarna Västerås 2027")
    lines = workspace.registrations.registrations(days).lines
    assert _statuses(workspace, days) == {S.REGISTERED: 108, S.CANCELLED: 8, S.WAITLISTED: 2}
    chose = [x.registration for x in lines if x.registration.session_ids]
    assert len(chose) == 108
    workshops = [s for s in workspace.programme.programme(days).sessions if s.capacity is not None]
    assert len(workshops) == 3 and {s.capacity for s in workshops} == {24}  # one full
    seated = Counter(s for r in chose if r.seated for s in r.session_ids)
    assert sorted(seated[s.id] for s in workshops) == [16, 21, 24]
    waiting = [r for r in chose if r.status is S.WAITLISTED]
    full = {s.id for s in workshops if seated[s.id] == 24}
    assert waiting and all(full & set(r.session_ids) for r in waiting)  # a full workshop


def test_seminars_are_public_and_workshops_closed(
    workspace: Workspace, sample: SampleSummary
) -> None:
    events = _events(workspace, sample)
    assert all(e.public for e in events if e.kind is EventKind.SEMINAR)
    assert not any(e.public for e in events if e.kind is EventKind.WORKSHOP)
    assert not any(e.public for e in events if e.kind is EventKind.NETWORK_MEETING)
    assert all(e.public for e in events if e.kind in {EventKind.COURSE, EventKind.WEBINAR})


def test_costs_per_participant_have_numbers(workspace: Workspace, sample: SampleSummary) -> None:
    fair = workspace.budget.event_budget(_event(workspace, "Industrimässan Stockholm 2026"))
    assert (fair.registered, fair.attended) == (32, 28)  # held: the guests who came
    assert fair.actual_per_participant == money(Decimal("195000.00") / 28)
    seminar = workspace.budget.event_budget(
        _event(workspace, "Seminarium för företag: så lyckades stålverken med sensordata")
    )
    assert (seminar.registered, seminar.attended) == (54, 0)  # ahead
    assert seminar.planned_per_participant == money(Decimal("45715.00") / 54)
    assert seminar.actual_per_participant is None
