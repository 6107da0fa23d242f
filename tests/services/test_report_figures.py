"""The funder's report against the hand counts of ``report_world`` (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from eventplanner.domain.enums import (
    ActorType,
    CompanySize,
    EventKind,
    EventStatus,
    OrganisationType,
)
from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.model import Contact, EventDraft, OccurrenceChange, Organisation
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.domain.reports import ProjectTarget, Question, ReachLine, TargetKind
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.reports.tables import budget_table
from eventplanner.services.workspace import Workspace
from tests.services.report_world import FIRST, LAST, STO, ReportWorld, build_report_world


@pytest.fixture
def report_world(workspace: Workspace) -> ReportWorld:
    return build_report_world(workspace)


def test_events_held_by_kind_public_and_closed(
    workspace: Workspace, report_world: ReportWorld
) -> None:
    report = workspace.reports.report(report_world.project_id, FIRST, LAST)
    assert report.project_name == "Stålet digitalt"
    assert report.funder == "Energimyndigheten"
    kinds = {k.kind: k for k in report.kinds}
    assert set(kinds) == {"seminar", "workshop", "trade_fair"}
    seminar, workshop, fair = kinds["seminar"], kinds["workshop"], kinds["trade_fair"]
    assert (seminar.events, seminar.public, seminar.closed, seminar.hours) == (4, 4, 0, 9)
    assert (seminar.registered, seminar.attended) == (5, 3)
    assert (workshop.events, workshop.public, workshop.closed) == (1, 0, 1)
    assert workshop.hours == Decimal("2.5")
    assert (workshop.registered, workshop.attended) == (4, 3)
    assert (fair.events, fair.closed, fair.hours, fair.days) == (1, 1, 0, 2)
    assert (report.events, report.public_events, report.closed_events) == (6, 4, 2)
    assert report.hours == Decimal("11.5")
    assert (report.registered, report.attended) == (9, 6)
    assert report.registrations == {"attended": 6, "registered": 2, "no_show": 1,
                                    "cancelled": 1}  # fmt: skip


def test_unique_people_and_organisations_with_their_breakdowns(
    workspace: Workspace, report_world: ReportWorld
) -> None:
    report = workspace.reports.report(report_world.project_id, FIRST, LAST)
    assert (report.people_registered, report.people, report.organisations) == (7, 5, 3)
    assert set(report.by_actor) == {ReachLine("industry", 4, 3), ReachLine("", 1, 0)}
    assert set(report.by_size) == {
        ReachLine("large", 2, 1),
        ReachLine("sme", 2, 2),
        ReachLine("", 1, 0),
    }
    assert set(report.by_country) == {
        ReachLine("SE", 3, 2),
        ReachLine("FI", 1, 1),
        ReachLine("", 1, 0),
    }
    assert set(report.by_organisation_type) == {
        ReachLine("member_company", 3, 2),
        ReachLine("partner", 1, 1),
        ReachLine("", 1, 0),
    }
    assert (report.sessions, report.speakers) == (2, 1)


def test_budget_and_costs_per_participant(workspace: Workspace, report_world: ReportWorld) -> None:
    budget = workspace.reports.report(report_world.project_id, FIRST, LAST).budget
    assert budget is not None
    assert (budget.planned_costs, budget.actual_costs) == (Decimal(4000), Decimal(3500))
    assert budget.planned_per_participant == Decimal("444.44")
    assert budget.actual_per_participant == Decimal("583.33")


def test_targets_with_their_progress(workspace: Workspace, report_world: ReportWorld) -> None:
    report = workspace.reports.report(report_world.project_id, FIRST, LAST)
    progress = [(t.target.name, t.actual, t.percent) for t in report.targets]
    assert progress == [("Seminarier", 4, 40), ("Deltagare", 6, 2), ("Företag", 3, 7)]


def test_a_shorter_period_counts_only_its_events(
    workspace: Workspace, report_world: ReportWorld
) -> None:
    report = workspace.reports.report(report_world.project_id, date(2021, 9, 1),
                                      date(2021, 9, 8))  # fmt: skip
    assert [(k.kind, k.events, k.attended) for k in report.kinds] == [("seminar", 2, 1)]
    assert (report.people, report.organisations) == (1, 1)
    empty = workspace.reports.report(report_world.other_project_id, date(2030, 1, 1),
                                     date(2030, 12, 31))  # fmt: skip
    assert (empty.events, empty.people, empty.kinds, empty.by_actor) == (0, 0, (), ())


def test_the_numbers_lead_to_the_events_and_people_behind_them(
    workspace: Workspace, report_world: ReportWorld
) -> None:
    ask = workspace.reports.behind
    project = report_world.project_id
    seminars = ask(project, FIRST, LAST, Question("events", kind="seminar"))
    assert [b.name for b in seminars] == ["Stål och AI"] + ["Höstserien"] * 3
    closed = ask(project, FIRST, LAST, Question("events", public=False))
    assert [b.name for b in closed] == ["Verkstad", "Mässan"]
    people = ask(project, FIRST, LAST, Question("people"))
    assert [b.name for b in people] == [
        "Anna Testsson",
        "Bo Testsson",
        "Cilla Testsson",
        "Fia Testsson",
        "Gus Testsson",
    ]
    assert len(ask(project, FIRST, LAST, Question("people", status="registered"))) == 7
    smes = ask(project, FIRST, LAST, Question("organisations", breakdown="size", value="sme"))
    assert [(b.name, b.detail) for b in smes] == [("Fin Oy", ""), ("Svets AB", "556012-3456")]
    nobody = ask(project, FIRST, LAST, Question("people", breakdown="actor", value=""))
    assert [b.name for b in nobody] == ["Gus Testsson"]


def test_people_are_counted_by_record_not_by_name(
    workspace: Workspace, report_world: ReportWorld
) -> None:
    before = workspace.reports.report(report_world.project_id, FIRST, LAST)
    # As anonymising does: the same name and no e-mail for two people; counts stay.
    for name in ("Anna", "Bo"):
        contact = workspace.contacts.get(report_world.people[name])
        workspace.contacts.update(
            type(contact)(contact.id, "Anonymiserad", "", organisation_id=contact.organisation_id,
                          version=contact.version)
        )  # fmt: skip
    after = workspace.reports.report(report_world.project_id, FIRST, LAST)
    assert after == before


def test_bad_periods_and_projects_are_refused(
    workspace: Workspace, report_world: ReportWorld
) -> None:
    with pytest.raises(ValidationError, match="before it starts"):
        workspace.reports.report(report_world.project_id, LAST, FIRST)
    with pytest.raises(NotFoundError):
        workspace.reports.report(9999, FIRST, LAST)


def test_a_target_with_a_period_of_its_own_is_counted_over_it(
    workspace: Workspace, report_world: ReportWorld
) -> None:
    project = report_world.project_id
    for name, first, last in (("Hösten", date(2021, 9, 1), date(2021, 9, 30)),
                              ("Från juni", date(2021, 6, 1), None),
                              ("Nästa år", date(2028, 1, 1), date(2028, 12, 31))):  # fmt: skip
        workspace.targets.add(ProjectTarget(None, project, name, TargetKind.EVENTS_HELD, 6,
                                            EventKind.SEMINAR, first, last))  # fmt: skip
    report = workspace.reports.report(project, FIRST, LAST)
    actual = {t.target.name: (t.actual, t.percent) for t in report.targets}
    assert actual["Seminarier"] == (4, 40)
    assert actual["Hösten"] == (3, 50)
    assert actual["Från juni"] == (3, 50)
    assert actual["Nästa år"] == (0, 0)


def test_a_series_moved_or_cancelled_occurrence_counts_where_it_is(
    workspace: Workspace, report_world: ReportWorld
) -> None:
    series = report_world.events["september"]
    moved = datetime(2021, 10, 1, 14, tzinfo=STO)
    workspace.events.change_occurrence(series, OccurrenceChange(
        datetime(2021, 9, 8, 10), title="Höstserien, flyttad",
        timing=TimedSpan(moved, moved + timedelta(hours=1)),
    ))  # fmt: skip
    workspace.events.change_occurrence(
        series, OccurrenceChange(datetime(2021, 9, 15, 10), cancelled=True)
    )
    september = workspace.reports.report(report_world.project_id, date(2021, 9, 1),
                                         date(2021, 9, 30))  # fmt: skip
    assert [(k.kind, k.events, k.hours) for k in september.kinds] == [("seminar", 1, 2)]
    seminars = Question("events", kind="seminar")
    autumn = workspace.reports.behind(
        report_world.project_id, date(2021, 9, 1), date(2021, 10, 31), seminars
    )
    assert [(b.name, b.detail) for b in autumn] == [
        ("Höstserien", "2021-09-01 · seminar"),
        ("Höstserien, flyttad", "2021-10-01 · seminar"),
    ]


def test_only_events_begun_by_now_and_not_drafts_are_held(
    workspace: Workspace, report_world: ReportWorld
) -> None:
    """A funder is told what was held: an event still ahead in the period, or a draft, is
    not counted (nor its registrations), however its days fall in the period."""
    project = report_world.project_id
    mid_year = datetime(2021, 6, 1, tzinfo=STO)
    report = workspace.reports.report(project, FIRST, LAST, now=mid_year)
    kinds = {k.kind: k.events for k in report.kinds}
    assert kinds == {"seminar": 1, "workshop": 1}  # March's seminar, May's workshop
    behind = workspace.reports.behind(project, FIRST, LAST, Question("events"), now=mid_year)
    assert [b.name for b in behind] == ["Stål och AI", "Verkstad"]
    drafted = workspace.events.create(
        EventDraft("Utkast", TimedSpan(datetime(2021, 2, 1, 10, tzinfo=STO),
                                       datetime(2021, 2, 1, 12, tzinfo=STO)),
                   kind=EventKind.SEMINAR, status=EventStatus.DRAFT, project_id=project)
    ).event  # fmt: skip
    again = workspace.reports.report(project, FIRST, LAST, now=mid_year)
    assert {k.kind: k.events for k in again.kinds} == kinds
    assert drafted.id not in {b.event_id for b in workspace.reports.behind(
        project, FIRST, LAST, Question("events"), now=mid_year)}  # fmt: skip


def _meeting(workspace: Workspace, project: int, rule: str) -> int:
    start = datetime(2021, 11, 3, 9, tzinfo=STO)
    draft = EventDraft("Nätverksmöte", TimedSpan(start, start + timedelta(hours=1)),
                       kind=EventKind.NETWORK_MEETING, project_id=project,
                       recurrence=Recurrence(rule))  # fmt: skip
    return workspace.events.create(draft).event.id


def test_an_endless_series_counts_every_occurrence_held(
    workspace: Workspace, report_world: ReportWorld
) -> None:
    """A weekly meeting with no end: its occurrences held by ``now`` count."""
    meeting = _meeting(workspace, report_world.project_id, "FREQ=WEEKLY")
    now = datetime(2022, 1, 1, tzinfo=STO)
    report = workspace.reports.report(report_world.project_id, FIRST, LAST, now=now)
    kinds = {k.kind: k.events for k in report.kinds}
    assert kinds["network_meeting"] == 9  # 3 Nov to 29 Dec 2021
    events = workspace.reports.behind(
        report_world.project_id, FIRST, LAST, Question("events", kind="network_meeting"), now=now
    )
    assert {b.event_id for b in events} == {meeting} and len(events) == 9


def test_a_series_counts_its_people_in_the_period_of_its_first_held_occurrence(
    workspace: Workspace, report_world: ReportWorld
) -> None:
    """Two yearly reports add up to the report over both years."""
    project = report_world.project_id
    meeting = _meeting(workspace, project, "FREQ=MONTHLY;COUNT=6")  # Nov 2021 to Apr 2022
    for name in ("Anna", "Gus"):
        workspace.registrations.register(meeting, report_world.people[name],
                                         status=RegistrationStatus.ATTENDED)  # fmt: skip
    now = datetime(2023, 1, 1, tzinfo=STO)
    first = workspace.reports.report(project, FIRST, LAST, now=now)
    second = workspace.reports.report(project, date(2022, 1, 1), date(2022, 12, 31), now=now)
    both = workspace.reports.report(project, FIRST, date(2022, 12, 31), now=now)
    for figure in ("events", "registered", "attended", "hours"):
        assert getattr(first, figure) + getattr(second, figure) == getattr(both, figure), figure
    meetings = {k.kind: k for k in second.kinds}["network_meeting"]
    assert (meetings.events, meetings.registered, meetings.attended) == (4, 0, 0)
    assert {k.kind: k.attended for k in first.kinds}["network_meeting"] == 2
    assert (second.people, second.organisations) == (0, 0)
    people = workspace.reports.behind(project, date(2022, 1, 1), date(2022, 12, 31),
                                      Question("people"), now=now)  # fmt: skip
    assert people == []


def test_the_projects_own_lines_count_only_over_its_whole_run(
    workspace: Workspace, report_world: ReportWorld
) -> None:
    project = report_world.project_id
    part = workspace.reports.report(project, date(2021, 1, 1), date(2021, 6, 30)).budget
    assert part is not None
    assert (part.planned_costs, part.actual_costs) == (Decimal(3000), Decimal(2500))
    assert part.own_left_out == Decimal(1000)
    assert part.planned_per_participant == Decimal("375.00")  # 8 seats: 4 in March, 4 in May
    whole = workspace.reports.report(project, FIRST, LAST).budget
    assert whole is not None and whole.own_left_out is None
    assert whole.planned_costs == Decimal(4000)
    # The tables every document prints (PDF, XLSX, CSV, the command line's) tell it.
    half_year = workspace.reports.report(project, date(2021, 1, 1), date(2021, 6, 30))
    rows = budget_table(half_year, "sv").rows
    assert rows[-1][0].startswith("Projektets egna kostnader, ej medräknade")  # type: ignore[union-attr]
    assert rows[-1][1:] == (Decimal(1000), Decimal(1000))
    year = workspace.reports.report(project, FIRST, LAST)
    assert len(budget_table(year, "en").rows) == 4


def test_an_occurrence_moved_across_the_boundary_or_given_a_status_of_its_own(
    workspace: Workspace, report_world: ReportWorld
) -> None:
    series = report_world.events["september"]
    # The last one (15 Sep) moved far into December (past any margin); the second made a draft.
    moved = datetime(2021, 12, 20, 10, tzinfo=STO)
    workspace.events.change_occurrence(series, OccurrenceChange(
        datetime(2021, 9, 15, 10), timing=TimedSpan(moved, moved + timedelta(hours=2)),
    ))  # fmt: skip
    workspace.events.change_occurrence(
        series, OccurrenceChange(datetime(2021, 9, 8, 10), status=EventStatus.DRAFT)
    )
    september = workspace.reports.report(report_world.project_id, date(2021, 9, 1),
                                         date(2021, 9, 30))  # fmt: skip
    assert [(k.kind, k.events) for k in september.kinds] == [("seminar", 1)]
    december = workspace.reports.report(report_world.project_id, date(2021, 12, 1),
                                        date(2021, 12, 31))  # fmt: skip
    assert [(k.kind, k.events) for k in december.kinds] == [("seminar", 1)]
    before = workspace.reports.report(
        report_world.project_id,
        date(2021, 12, 1),
        date(2021, 12, 31),
        now=datetime(2021, 12, 20, 9, tzinfo=STO),
    )
    assert before.kinds == ()


def test_the_sme_target_counts_industry_organisations_of_sme_size(
    workspace: Workspace, report_world: ReportWorld
) -> None:
    project = report_world.project_id
    # An SME-sized public-sector body among those attending does not count as an SME.
    body = workspace.organisations.create(Organisation(
        None, "Regionförbundet", OrganisationType.PUBLIC_SECTOR, size=CompanySize.SME,
        actor_type=ActorType.PUBLIC_SECTOR))  # fmt: skip
    person = workspace.contacts.create(Contact(None, "Hugo Testsson", "hugo@example.se",
                                               organisation_id=body.id))  # fmt: skip
    workspace.registrations.register(report_world.events["march"], person.id or 0,
                                     status=RegistrationStatus.ATTENDED)  # fmt: skip
    workspace.targets.add(ProjectTarget(None, project, "SMF", TargetKind.SMES, 10))
    report = workspace.reports.report(project, FIRST, LAST)
    assert report.reach("size", "sme") == ReachLine("sme", 3, 3)
    assert report.industry_smes == 2
    assert {t.target.name: t.actual for t in report.targets}["SMF"] == 2
    behind = workspace.reports.behind(
        project, FIRST, LAST, Question("organisations", breakdown="industry_sme")
    )
    assert [b.name for b in behind] == ["Fin Oy", "Svets AB"]
