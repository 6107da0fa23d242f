"""The sample year's programmes: the January innovation days (three days, two physical
stages and a digital one, 30+ sessions, guests in Silicon Valley named in the notes), the
report launch's live panel, a fair's build-up, open days and tear-down, and a speaker for
each seminar of a series; no one is in two places at once."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest

from eventplanner.domain.enums import EventKind
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.programme import PersonRole, PhaseKind, SessionKind, Target
from eventplanner.domain.timing import AllDaySpan
from eventplanner.services.programme.records import Programme
from eventplanner.services.sample import SampleSummary
from eventplanner.services.workspace import Workspace

TODAY = date(2026, 11, 18)
pytestmark = pytest.mark.database_copy("sample_year", TODAY)  # built once a run: tests/copies.py


@pytest.fixture
def sample(made: object) -> SampleSummary:
    """What building the sample year this test's database is a copy of made."""
    assert isinstance(made, SampleSummary)
    return made


def _programmes(workspace: Workspace, summary: SampleSummary, kind: EventKind) -> list[Programme]:
    window = TimeWindow.days(summary.first_day, summary.last_day)
    found = workspace.queries.occurrences(window, EventFilter(kinds=frozenset({kind})))
    ids = dict.fromkeys(o.event_id for o in found)
    return [workspace.programme.programme(i) for i in ids]


def test_the_innovation_days_programme(workspace: Workspace, sample: SampleSummary) -> None:
    (days,) = [p for p in _programmes(workspace, sample, EventKind.INNOVATION_DAY) if p.sessions]
    assert isinstance(days.event.timing, AllDaySpan) and days.event.timing.days == 3
    assert sorted(s.digital for s in days.stages) == [False, False, True]
    assert all(s.stream_url.startswith("https://") for s in days.stages if s.digital)
    assert len(days.sessions) >= 30 and sample.sessions >= 30
    assert {s.start.date() for s in days.sessions} == {
        days.event.first_day + timedelta(days=n) for n in range(3)
    }
    assert {SessionKind.KEYNOTE, SessionKind.PANEL, SessionKind.LUNCH} <= {
        s.kind for s in days.sessions
    }
    guests = [p for p in days.people if "America/Los_Angeles" in p.note]
    assert {p.contact_name for p in guests} >= {"Priya Raman", "Daniel Okafor"}
    (evening,) = [s for s in days.sessions if "Silicon Valley" in s.title]
    assert evening.start.hour == 17  # 08:30 in Palo Alto
    assert len(days.organisations) >= 3


def test_the_report_launch_panel(workspace: Workspace, sample: SampleSummary) -> None:
    (launch,) = [p for p in _programmes(workspace, sample, EventKind.LAUNCH) if p.sessions]
    (panel,) = [s for s in launch.sessions if s.kind is SessionKind.PANEL]
    people = launch.people_on(Target.SESSION, panel.id or 0)
    assert [p.role for p in people].count(PersonRole.MODERATOR) == 1
    assert [p.role for p in people].count(PersonRole.PANELLIST) == 4
    stage = launch.stage(panel.stage_id)
    assert stage is not None and stage.stream_url.startswith("https://")


def test_a_fair_with_build_up_open_days_and_tear_down(
    workspace: Workspace, sample: SampleSummary
) -> None:
    fairs = [p for p in _programmes(workspace, sample, EventKind.TRADE_FAIR) if p.phases]
    (fair,) = fairs
    kinds = [p.kind for p in fair.phases]
    assert kinds == [PhaseKind.BUILD_UP, *[PhaseKind.OPEN_DAY] * 3, PhaseKind.TEAR_DOWN]
    assert [p.is_public for p in fair.phases] == [False, True, True, True, False]
    assert fair.phases[0].start.date() < fair.event.first_day < fair.phases[-1].start.date()


def test_a_speaker_for_each_seminar_of_the_series(
    workspace: Workspace, sample: SampleSummary
) -> None:
    steel = next(p for p in workspace.projects.list() if p.name.startswith("Stålindustrins"))
    seminars = [
        p for p in _programmes(workspace, sample, EventKind.SEMINAR)
        if workspace.events.get(p.event.id).project_id == steel.id
    ]  # fmt: skip
    assert len(seminars) >= 4
    for seminar in seminars:
        (speaker,) = seminar.people_on(Target.EVENT, seminar.event.id)
        assert speaker.role is PersonRole.SPEAKER


def test_no_one_is_in_two_places_at_once(workspace: Workspace, sample: SampleSummary) -> None:
    for contact in workspace.contacts.list():
        entries = workspace.programme.itinerary(contact.id or 0)
        for one, two in pairwise(entries):
            assert one.end <= two.start, (contact.name, one.title, two.title)
