"""An event's budget through the service: lines written, refused and put back; the
co-exhibitors' shares kept in step with the stand; totals per event, project and year; and
the lines travelling with the event through delete, undo, duplicate and import, never into
a feed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from eventplanner.domain.budget import BudgetCategory, BudgetLine
from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.model import EventDraft, Project
from eventplanner.domain.stand import ExhibitorState
from eventplanner.domain.timing import TimedSpan
from eventplanner.ical import CalendarInfo
from eventplanner.services.changes import Kind
from eventplanner.services.exporting.export import Selection
from eventplanner.services.workspace import Workspace
from tests.services.stand_world import STO, make_fair

D = Decimal


def _event(workspace: Workspace, title: str, day: date, project_id: int | None = None) -> int:
    start = datetime(day.year, day.month, day.day, 9, tzinfo=STO)
    draft = EventDraft(title, TimedSpan(start, start + timedelta(hours=3)), project_id=project_id)
    return workspace.events.create(draft).event.id


def _add(workspace: Workspace, event_id: int, category: BudgetCategory, planned: str,
         actual: str | None = None, **more: object) -> BudgetLine:  # fmt: skip
    line = BudgetLine(None, category, D(planned), None if actual is None else D(actual),
                      event_id=event_id, **more)  # type: ignore[arg-type]  # fmt: skip
    return workspace.budget.add(line).record


def test_lines_are_added_edited_and_removed_with_change_sets(workspace: Workspace) -> None:
    ident = _event(workspace, "Seminarium", date(2027, 4, 8))
    written = workspace.budget.add(
        BudgetLine(None, BudgetCategory.SPEAKER_FEES, D("1200.5"), currency="usd",
                   rate=D("10.45"), description="Keynote", event_id=ident)
    )  # fmt: skip
    line = written.record
    assert written.changes.created == {Kind.BUDGET_LINE: frozenset({line.id})}
    assert Kind.EVENT not in written.changes.changed  # nothing of it is in a calendar
    assert (line.currency, line.planned, line.rate) == ("USD", D("1200.50"), D("10.45"))
    edited = workspace.budget.edit(replace(line, actual=D("1300"))).record
    assert edited.actual == D("1300.00") and edited.version == line.version + 1
    with pytest.raises(ConflictError):
        workspace.budget.edit(replace(line, actual=D("1")))  # stale version
    budget = workspace.budget.event_budget(ident)
    assert budget.lines == (edited,)
    assert budget.totals.actual_costs == D("13585.00")
    removed = workspace.budget.remove(edited.id or 0)
    assert removed.deleted == {Kind.BUDGET_LINE: frozenset({edited.id})}
    assert workspace.budget.event_budget(ident).lines == ()
    back = workspace.budget.put_back(edited).record
    assert back.id == edited.id and back.actual == D("1300.00")


def test_a_rate_of_many_decimals_is_written_as_it_is_read_back(workspace: Workspace) -> None:
    ident = _event(workspace, "Seminarium", date(2027, 4, 8))
    written = _add(workspace, ident, BudgetCategory.TRAVEL, "800", currency="USD",
                   rate=D("10.123456789"))  # fmt: skip
    assert written.rate == D("10.123457")  # the column keeps six decimals
    assert workspace.budget.line(written.id or 0) == written
    edited = workspace.budget.edit(replace(written, rate=D("10.9999999"))).record
    assert edited.rate == D("11.000000")
    assert workspace.budget.line(edited.id or 0) == edited


def test_refused_lines_change_nothing(workspace: Workspace) -> None:
    ident = _event(workspace, "Seminarium", date(2027, 4, 8))
    with pytest.raises(ValidationError, match="negative"):
        _add(workspace, ident, BudgetCategory.VENUE, "-10")
    with pytest.raises(ValidationError, match="needs its rate"):
        _add(workspace, ident, BudgetCategory.TRAVEL, "10", currency="USD")
    with pytest.raises(ValidationError, match="from the stand"):
        _add(workspace, ident, BudgetCategory.CO_EXHIBITOR_SHARES, "10")
    with pytest.raises(NotFoundError):
        _add(workspace, ident + 99, BudgetCategory.VENUE, "10")
    assert workspace.budget.event_budget(ident).lines == ()


def test_co_exhibitor_shares_are_income_kept_in_step_with_the_stand(
    workspace: Workspace,
) -> None:
    fair = make_fair(workspace)  # 60 m²; Robotik 12 m² (asked), Stålverket 15 000 fixed
    budget = workspace.budget.event_budget(fair.event_id)
    robotics, steel = budget.derived
    assert robotics.description == "Co-exhibitor share: Robotik i Norr AB"
    assert robotics.planned == D("0.00")  # no stand fee in the budget yet
    assert steel.planned == D("15000.00") and steel.actual is None  # asked, not confirmed
    fee = _add(workspace, fair.event_id, BudgetCategory.STAND_FEE, "90000", "93000")
    robotics, steel = workspace.budget.event_budget(fair.event_id).derived
    assert robotics.planned == D("18000.00") and robotics.actual is None
    # The co-exhibitor confirms and takes more room; the stand fee is corrected: in step.
    stand = workspace.stand.stand(fair.event_id)
    exhibitor = next(e for e in stand.co_exhibitors if e.organisation_id == fair.robotics_id)
    confirmed = replace(exhibitor, area=15.0, state=ExhibitorState.CONFIRMED)
    workspace.stand.edit_co_exhibitor(confirmed)
    workspace.budget.edit(replace(fee, planned=D("96000")))
    budget = workspace.budget.event_budget(fair.event_id)
    robotics, steel = budget.derived
    assert (robotics.planned, robotics.actual) == (D("24000.00"), D("23250.00"))
    assert budget.totals.planned_income == D("39000.00")
    assert budget.totals.planned_net == D("-57000.00")
    # Removed from the stand: gone from the budget.
    workspace.stand.remove_co_exhibitor(exhibitor.id or 0)
    assert [x.description for x in workspace.budget.event_budget(fair.event_id).derived] == [
        "Co-exhibitor share: Stålverket AB"
    ]


def test_totals_per_project_and_year(workspace: Workspace) -> None:
    project = workspace.projects.create(Project(None, "Forskningsprojektet")).id
    assert project is not None
    first = _event(workspace, "Seminarium 1", date(2027, 3, 4), project)
    second = _event(workspace, "Seminarium 2", date(2028, 1, 13), project)
    other = _event(workspace, "Nätverksträff", date(2027, 5, 5))
    _add(workspace, first, BudgetCategory.CATERING, "3000", "2800")
    _add(workspace, second, BudgetCategory.VENUE, "5000")
    _add(workspace, other, BudgetCategory.SPONSORSHIP, "10000", "10000")
    workspace.budget.add(
        BudgetLine(None, BudgetCategory.GRANTS, D("50000"), D("25000"), project_id=project)
    )
    assert [x.category for x in workspace.budget.project_lines(project)] == [BudgetCategory.GRANTS]
    whole = workspace.budget.summary(project_id=project)
    assert (whole.events, whole.project_lines) == (2, 1)
    assert whole.totals.planned_costs == D("8000.00")
    assert whole.totals.planned_income == D("50000.00")
    assert whole.totals.actual_net == D("22200.00")
    in_2027 = workspace.budget.summary(year=2027)
    assert in_2027.events == 2 and in_2027.project_lines == 0
    assert in_2027.totals.planned_costs == D("3000.00")
    assert in_2027.totals.planned_income == D("10000.00")
    both = workspace.budget.summary(project_id=project, year=2028)
    assert (both.events, both.totals.planned_costs) == (1, D("5000.00"))
    budget = workspace.budget.event_budget(first)
    assert budget.cost_per_participant(14) == D("200.00")
    assert budget.cost_per_participant(14, actual=False) == D("214.29")
    with pytest.raises(ValidationError, match="year"):
        workspace.budget.summary(year=20271)


def test_lines_travel_with_the_event(workspace: Workspace) -> None:
    ident = _event(workspace, "Innovationsdag", date(2027, 9, 9))
    venue = _add(workspace, ident, BudgetCategory.VENUE, "20000", "21000", supplier="Aulan")
    usd = _add(workspace, ident, BudgetCategory.TRAVEL, "800", "750", currency="USD",
               rate=D("10.45"), note="Silicon Valley node")  # fmt: skip
    before = workspace.budget.event_budget(ident)
    deleted = workspace.events.delete(ident)
    with pytest.raises(NotFoundError):
        workspace.budget.line(venue.id or 0)
    back = workspace.events.restore(deleted.snapshot).event
    assert workspace.budget.event_budget(back.id).lines == before.lines  # same ids too
    copy = workspace.events.duplicate(back.id, to_day=date(2028, 9, 7)).event
    copied = workspace.budget.event_budget(copy.id).lines
    assert [(x.category, x.planned, x.actual, x.currency, x.rate, x.supplier, x.note)
            for x in copied] == [
        (x.category, x.planned, None, x.currency, x.rate, x.supplier, x.note)
        for x in (venue, usd)
    ]  # fmt: skip
    assert {x.id for x in copied}.isdisjoint({venue.id, usd.id})
    # The original keeps its actuals.
    assert workspace.budget.event_budget(back.id).totals.actual_costs == D("28837.50")


ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//EN
BEGIN:VEVENT
UID:seminar@test
DTSTAMP:20270101T000000Z
SEQUENCE:{sequence}
DTSTART:20270316T080000Z
DTEND:20270316T160000Z
SUMMARY:{title}
END:VEVENT
END:VCALENDAR
"""


def test_an_import_keeps_the_lines_and_a_feed_never_shows_them(workspace: Workspace) -> None:
    first = ICS.format(sequence=0, title="Seminarium").encode()
    (result,) = workspace.imports.apply_all((workspace.imports.plan(first),))
    (ident,) = result.created
    _add(workspace, ident, BudgetCategory.CATERING, "4321.50", description="Lunch buffet")
    newer = ICS.format(sequence=2, title="Seminarium om AI").encode()
    (update,) = workspace.imports.apply_all((workspace.imports.plan(newer),))
    assert update.updated == (ident,)
    (kept,) = workspace.budget.event_budget(ident).lines
    assert kept.description == "Lunch buffet"
    exported = workspace.export.export(Selection(), CalendarInfo(name="Allt")).text
    assert "Seminarium om AI" in exported
    assert "Lunch" not in exported and "4321" not in exported


def test_a_project_with_lines_of_its_own_is_not_deleted(workspace: Workspace) -> None:
    project = workspace.projects.create(Project(None, "Forskningsprojektet")).id
    assert project is not None
    grant = workspace.budget.add(
        BudgetLine(None, BudgetCategory.GRANTS, D("50000"), project_id=project)
    ).record
    with pytest.raises(ValidationError, match="1 budget line of its own; remove them first"):
        workspace.projects.delete(project)
    assert workspace.budget.project_lines(project) == (grant,)
    workspace.budget.remove(grant.id or 0)
    workspace.projects.delete(project)


def test_cost_per_participant_is_per_seat_taken_planned_and_per_person_attended(
    workspace: Workspace,
) -> None:
    from eventplanner.domain.model import Contact

    ident = _event(workspace, "Seminarium om stål", date(2027, 4, 8))
    _add(workspace, ident, BudgetCategory.VENUE, "3000", "3300")
    budget = workspace.budget.event_budget(ident)
    assert (budget.registered, budget.attended) == (0, 0)
    assert budget.planned_per_participant is None and budget.actual_per_participant is None
    people = [workspace.contacts.create(Contact(None, f"Person {n}")) for n in range(4)]
    for person in people:
        workspace.registrations.register(ident, person.id or 0)
    workspace.registrations.cancel(ident, people[3].id or 0)
    for person in people[:2]:
        workspace.registrations.attend(ident, person.id or 0)
    budget = workspace.budget.event_budget(ident)
    # Three seats taken (two attended, one still registered), one cancelled: 3,000 planned
    # over three seats; 3,300 spent on the two who came.
    assert (budget.registered, budget.attended) == (3, 2)
    assert budget.planned_per_participant == D("1000.00")
    assert budget.actual_per_participant == D("1650.00")
