"""The sample year's trade fairs each have a shared stand: the booth and the fair organiser,
three co-exhibitors within the stand's area, the fair organiser's deadlines (the long past
done, last week's overdue), people for badges and the materials checklist."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from eventplanner.domain.enums import EventKind
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.stand import DeadlineKind, ExhibitorState, MaterialState, shares_total
from eventplanner.services.sample import SampleSummary
from eventplanner.services.stand.reading import StandView
from eventplanner.services.workspace import Workspace

TODAY = date(2026, 11, 18)
pytestmark = pytest.mark.database_copy("sample_year", TODAY)  # built once a run: tests/copies.py


@pytest.fixture
def sample(made: object) -> SampleSummary:
    """What building the sample year this test's database is a copy of made."""
    assert isinstance(made, SampleSummary)
    return made


def _fairs(workspace: Workspace, summary: SampleSummary) -> dict[str, StandView]:
    window = TimeWindow.days(summary.first_day, summary.last_day)
    found = workspace.queries.occurrences(
        window, EventFilter(kinds=frozenset({EventKind.TRADE_FAIR}))
    )
    ids = dict.fromkeys(o.event_id for o in found)
    views = [workspace.stand.stand(i) for i in ids]
    return {v.event_title: v for v in views}


def test_every_fair_has_a_shared_stand(workspace: Workspace, sample: SampleSummary) -> None:
    fairs = _fairs(workspace, sample)
    with_stand = {t: v for t, v in fairs.items() if v.stand is not None}
    assert sample.stands == len(with_stand) >= 4
    # Build-up and tear-down are events of their own, without a stand.
    assert all(t.startswith(("Uppbyggnad", "Rivning")) for t, v in fairs.items()
               if v.stand is None)  # fmt: skip
    for title, view in with_stand.items():
        stand = view.stand
        assert stand is not None and stand.organiser_name and stand.booth, title
        assert stand.lead_name == "Märta Håkansson"
        assert len(view.co_exhibitors) == 3
        assert stand.area is not None and shares_total(view.co_exhibitors) <= stand.area
        assert {d.kind for d in view.deadlines if d.co_exhibitor_id is None} == {
            DeadlineKind.REGISTRATION, DeadlineKind.CATALOGUE_TEXT, DeadlineKind.BUILD_UP_SLOT,
            DeadlineKind.ELECTRICITY_ORDER, DeadlineKind.FURNITURE_ORDER,
            DeadlineKind.BADGE_REQUESTS,
        }  # fmt: skip
        assert len(view.materials) == 4 and len(view.staff) >= 5
        assert {s.company for s in view.staff if s.co_exhibitor_id} <= {
            e.organisation_name for e in view.co_exhibitors
        }


def test_the_deadlines_and_materials_follow_the_sample_s_today(
    workspace: Workspace, sample: SampleSummary
) -> None:
    views = [v for v in _fairs(workspace, sample).values() if v.stand is not None]
    deadlines = [d for v in views for d in v.deadlines]
    assert all(d.done for d in deadlines if d.due < TODAY - timedelta(days=7))
    overdue = [d for d in deadlines if not d.done and d.due < TODAY]
    assert overdue and all(d.due >= TODAY - timedelta(days=7) for d in overdue)
    assert any(not d.done and d.due > TODAY for d in deadlines)
    for view in views:
        last = max(d.day for d in view.open_days) if view.open_days else None
        if last is not None and last < TODAY:
            assert {m.state for m in view.materials} == {MaterialState.RETURNED}
    states = {e.state for v in views for e in v.co_exhibitors}
    assert ExhibitorState.APPROVED in states and ExhibitorState.ASKED in states


def test_the_vasteras_fair_s_stand(workspace: Workspace, sample: SampleSummary) -> None:
    (view,) = [v for t, v in _fairs(workspace, sample).items()
               if t.startswith("Automationsmässan Västerås")]  # fmt: skip
    assert view.stand is not None
    assert (view.stand.organiser_name, view.stand.booth, view.stand.area) == (
        "Västerås Mässor AB", "A:12", 60.0,
    )  # fmt: skip
    assert [e.organisation_name for e in view.co_exhibitors] == [
        "ABB", "Köpings Automation AB", "Robotcell Väst AB",
    ]  # fmt: skip
    abb = view.co_exhibitors[0]
    assert (abb.contact_name, abb.power_kw, abb.area) == ("Henrik Åberg", 16.0, 15.0)
    assert view.co_exhibitors[2].fee is not None and view.co_exhibitors[2].area is None
    own = [d for d in view.deadlines if d.co_exhibitor_id == abb.id]
    assert [d.title for d in own] == ["Riskbedömning av robotcellen"]
    assert len(view.open_days) == 3


def test_the_badges_name_the_cluster_and_each_co_exhibitor(
    workspace: Workspace, sample: SampleSummary
) -> None:
    """The cluster's own people are badged under the cluster (the main exhibitor), never
    the fair organiser that organises the fair's event; each co-exhibitor's under its own."""
    for title, view in _fairs(workspace, sample).items():
        if view.stand is None:
            continue
        exhibitors = {e.id: e.organisation_name for e in view.co_exhibitors}
        badges = [(s.name, s.company) for s in view.staff]
        assert badges[:2] == [
            ("Jörgen Öberg", "Automationsklustret Västerås"),
            ("Märta Håkansson", "Automationsklustret Västerås"),
        ], title
        assert all(s.company == exhibitors[s.co_exhibitor_id] for s in view.staff
                   if s.co_exhibitor_id), title  # fmt: skip
        assert view.stand.organiser_name not in {c for _, c in badges}, title
