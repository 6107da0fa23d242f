"""The sample year's rotas: every trade fair's stand staffed over its build-up (the day
before), three open days in two shifts and its tear-down (the day after); past fairs
without a warning, the next one still being planned (one short, a skill missing, one
beyond the need with a reason); the contacts' skills."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from eventplanner.domain.enums import EventKind
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.rota import ShiftKind
from eventplanner.domain.rota_warnings import WarningKind
from eventplanner.services.rota.records import Rota
from eventplanner.services.sample import SampleSummary
from eventplanner.services.sample.rotas import EXTRA_REASON
from eventplanner.services.workspace import Workspace

TODAY = date(2026, 11, 18)
pytestmark = pytest.mark.database_copy("sample_year", TODAY)  # built once a run: tests/copies.py


@pytest.fixture
def sample(made: object) -> SampleSummary:
    """What building the sample year this test's database is a copy of made."""
    assert isinstance(made, SampleSummary)
    return made


def _fair_rotas(workspace: Workspace, summary: SampleSummary) -> list[Rota]:
    window = TimeWindow.days(summary.first_day, summary.last_day)
    found = workspace.queries.occurrences(
        window, EventFilter(kinds=frozenset({EventKind.TRADE_FAIR}))
    )
    ids = dict.fromkeys(
        o.event_id for o in found if not o.title.startswith(("Uppbyggnad", "Rivning"))
    )
    return [workspace.rota.rota(i) for i in ids]


def test_every_fair_has_a_rota_over_build_up_open_days_and_tear_down(
    workspace: Workspace, sample: SampleSummary
) -> None:
    rotas = _fair_rotas(workspace, sample)
    assert len(rotas) >= 4
    assert sample.shifts == sum(len(r.shifts) for r in rotas)
    for rota in rotas:
        event = rota.event
        kinds = [s.kind for s in rota.shifts]
        assert kinds == [ShiftKind.BUILD_UP, *[ShiftKind.OPEN_DAY] * 6, ShiftKind.TEAR_DOWN]
        assert rota.shifts[0].start.date() == event.first_day - timedelta(days=1)
        assert rota.shifts[-1].start.date() == event.last_day + timedelta(days=1)
        assert {s.start.date() for s in rota.shifts[1:-1]} == {
            event.first_day + timedelta(days=n) for n in range(3)
        }
        assert all(rota.people_on(s.id) for s in rota.shifts)  # no one left alone with it
        assert [d.day for d in rota.coverage] == sorted({s.start.date() for s in rota.shifts})


def test_past_fairs_are_fully_staffed_and_the_next_one_is_being_planned(
    workspace: Workspace, sample: SampleSummary
) -> None:
    rotas = _fair_rotas(workspace, sample)
    past = [r for r in rotas if r.event.first_day <= TODAY]
    upcoming = sorted((r for r in rotas if r.event.first_day > TODAY),
                      key=lambda r: r.event.first_day)  # fmt: skip
    assert past and upcoming
    assert all(r.warnings == () for r in past)
    assert all(r.warnings == () for r in upcoming[1:])
    following = upcoming[0]
    kinds = sorted(w.kind for w in following.warnings)
    assert kinds == sorted([WarningKind.BELOW_NEED, WarningKind.MISSING_SKILL])
    extra = [p for p in following.people if p.reason]
    assert [(p.contact_name, p.reason) for p in extra] == [("Per Nyström", EXTRA_REASON)]


def test_the_staff_have_their_skills(workspace: Workspace, sample: SampleSummary) -> None:
    people = {c.name: c.id or 0 for c in workspace.contacts.list()}
    assert "tyska" in workspace.rota.skills(people["Märta Håkansson"])
    assert "demooperatör" in workspace.rota.skills(people["Henrik Åberg"])
