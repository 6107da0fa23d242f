"""The sample year's budgets: every fair's stand fee with its co-exhibitors' shares as
income, the steel project's seminar with a speaker paid in US dollars, the Palo Alto
mingle, and the steel project's grant; held events with actual amounts, later ones without.
Figures checked by hand against the sample's plans."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from eventplanner.domain.budget import BudgetCategory
from eventplanner.services.sample import SampleSummary, build_sample
from eventplanner.services.workspace import Workspace

TODAY = date(2026, 11, 18)
D = Decimal


@pytest.fixture
def sample(workspace: Workspace) -> SampleSummary:
    return build_sample(workspace, today=TODAY)


def _event(workspace: Workspace, title: str) -> int:
    found = [i for i, _uid in workspace.programme.events_titled(title)]
    assert len(found) == 1, title
    return found[0]


def test_a_held_fair_has_actuals_and_its_co_exhibitors_shares(
    workspace: Workspace, sample: SampleSummary
) -> None:
    assert sample.budget_lines == 6 * 5 + 5 + 2 + 1
    fair = _event(workspace, "Industrimässan Stockholm 2026")  # held: 29 Sept 2026
    budget = workspace.budget.event_budget(fair)
    fee = next(x for x in budget.typed if x.category is BudgetCategory.STAND_FEE)
    assert (fee.planned, fee.actual) == (D("148000.00"), D("148000.00"))  # 80 m² × 1 850
    shares = {x.share.company: (x.planned, x.actual) for x in budget.derived if x.share}
    # 15, 12 and 14 m² of 80 m²; all confirmed by now, the stand invoiced.
    assert shares == {
        "ABB": (D("27750.00"), D("27750.00")),
        "Alstom Sverige": (D("22200.00"), D("22200.00")),
        "Hitachi Energy Sweden": (D("25900.00"), D("25900.00")),
    }
    assert budget.totals.planned_costs == D("193500.00")
    assert budget.totals.actual_costs == D("195000.00")
    assert budget.totals.planned_income == D("75850.00")


def test_the_seminar_pays_its_speaker_in_dollars(
    workspace: Workspace, sample: SampleSummary
) -> None:
    seminar = _event(workspace, "Seminarium för företag: så lyckades stålverken med sensordata")
    budget = workspace.budget.event_budget(seminar)
    dollars = [x for x in budget.lines if x.currency == "USD"]
    assert [(x.planned, x.rate, x.planned_sek) for x in dollars] == [
        (D("1200.00"), D("10.45"), D("12540.00")),
        (D("1500.00"), D("10.45"), D("15675.00")),
    ]
    assert all(x.actual is None for x in budget.lines)  # ahead of the sample's today
    assert budget.totals.planned_costs == D("45715.00")
    assert budget.totals.planned_income == D("6000.00")


def test_the_steel_project_adds_its_grant(workspace: Workspace, sample: SampleSummary) -> None:
    project = next(p for p in workspace.projects.list() if p.name.startswith("Stålindustrins"))
    assert project.id is not None
    summary = workspace.budget.summary(project_id=project.id)
    assert summary.project_lines == 1
    assert summary.totals.planned_income == D("1206000.00")
    assert summary.totals.actual_income == D("600000.00")
