"""The report's figures as the Reports view's tables: the window's words, and with each
counting number the question for what it counts (events, people or organisations)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.domain.reports import (
    INDUSTRY_SME,
    ProjectReport,
    ProjectTarget,
    Question,
    TargetKind,
)
from eventplanner.ui.reports.report_models import Cell
from eventplanner.ui.reports.report_texts import (
    breakdown_heads,
    figure_names,
    status_label,
    target_what,
    value_label,
)

translate = QCoreApplication.translate

SECTIONS = ("targets", "summary", "events", "registrations", "actor", "organisation_type",
            "size", "country", "budget")  # fmt: skip
"""The tables in the order shown: the targets first, as a funder reads them."""

Table = tuple[list[str], list[list[Cell]]]
BREAKDOWNS = ("actor", "organisation_type", "size", "country")

EVENTS = Question("events")
PEOPLE = Question("people")
REGISTERED = Question("people", status="registered")
ORGANISATIONS = Question("organisations")


def tables_of(report: ProjectReport) -> dict[str, Table]:
    return {
        "targets": _targets(report),
        "summary": _summary(report),
        "events": _events(report),
        "registrations": _statuses(report),
        **{name: _reach(report, name) for name in BREAKDOWNS},
        "budget": _budget(report),
    }


def _summary(report: ProjectReport) -> Table:
    names = figure_names()
    rows: list[tuple[str, int | Decimal, Question | None]] = [
        ("events", report.events, EVENTS),
        ("public", report.public_events, Question("events", public=True)),
        ("closed", report.closed_events, Question("events", public=False)),
        ("hours", report.hours, EVENTS),
        ("seats", report.registered, REGISTERED),
        ("attended", report.attended, PEOPLE),
        ("people_registered", report.people_registered, REGISTERED),
        ("people", report.people, PEOPLE),
        ("organisations", report.organisations, ORGANISATIONS),
        ("sessions", report.sessions, None),
        ("speakers", report.speakers, None),
    ]
    return (
        [translate("Reports", "Figure"), translate("Reports", "Value")],
        [[Cell(names[key]), Cell(value, question)] for key, value, question in rows],
    )


def _events(report: ProjectReport) -> Table:
    headers = [translate("Reports", "Kind"), translate("Reports", "Events"),
               translate("Reports", "Public"), translate("Reports", "Closed"),
               translate("Reports", "Hours"), translate("Reports", "Registered"),
               translate("Reports", "Attended")]  # fmt: skip
    rows = []
    for k in report.kinds:
        kind = k.kind
        rows.append([
            Cell(value_label("kind", kind)),
            Cell(k.events, Question("events", kind=kind)),
            Cell(k.public, Question("events", kind=kind, public=True)),
            Cell(k.closed, Question("events", kind=kind, public=False)),
            Cell(k.hours, Question("events", kind=kind)),
            Cell(k.registered, Question("people", kind=kind, status="registered")),
            Cell(k.attended, Question("people", kind=kind)),
        ])  # fmt: skip
    rows.append([Cell(translate("Reports", "Total")), Cell(report.events, EVENTS),
                 Cell(report.public_events, Question("events", public=True)),
                 Cell(report.closed_events, Question("events", public=False)),
                 Cell(report.hours, EVENTS), Cell(report.registered, REGISTERED),
                 Cell(report.attended, PEOPLE)])  # fmt: skip
    return headers, rows


def _statuses(report: ProjectReport) -> Table:
    return (
        [translate("Reports", "Status"), translate("Reports", "Number")],
        [[Cell(status_label(s)), Cell(report.registrations.get(s.value, 0))]
         for s in RegistrationStatus],
    )  # fmt: skip


def _reach(report: ProjectReport, name: str) -> Table:
    lines = {"actor": report.by_actor, "organisation_type": report.by_organisation_type,
             "size": report.by_size, "country": report.by_country}[name]  # fmt: skip
    headers = [breakdown_heads()[name], translate("Reports", "People"),
               translate("Reports", "Organisations")]  # fmt: skip
    rows = [
        [Cell(value_label(name, x.value)),
         Cell(x.people, Question("people", breakdown=name, value=x.value)),
         Cell(x.organisations, Question("organisations", breakdown=name, value=x.value))]
        for x in lines
    ]  # fmt: skip
    return headers, rows


def _budget(report: ProjectReport) -> Table:
    headers = [translate("Reports", "Item"), translate("Reports", "Planned"),
               translate("Reports", "Actual")]  # fmt: skip
    b = report.budget
    if b is None:
        return headers, []
    amounts = [
        (translate("Reports", "Costs"), b.planned_costs, b.actual_costs),
        (translate("Reports", "Income"), b.planned_income, b.actual_income),
        (translate("Reports", "Net"), b.planned_net, b.actual_net),
        (translate("Reports", "Costs per participant"), b.planned_per_participant,
         b.actual_per_participant),
    ]  # fmt: skip
    if b.own_left_out is not None:
        amounts.append((
            translate("Reports", "Project's own costs, not counted (only over its whole run)"),
            b.own_left_out, b.own_actual_left_out,
        ))  # fmt: skip
    return headers, [
        [Cell(name), Cell(planned, money=True), Cell(actual, money=True)]
        for name, planned, actual in amounts
    ]


_ASKS: dict[TargetKind, Question | None] = {
    TargetKind.EVENTS_HELD: EVENTS,
    TargetKind.PUBLIC_EVENTS: Question("events", public=True),
    TargetKind.CLOSED_EVENTS: Question("events", public=False),
    TargetKind.HOURS: EVENTS,
    TargetKind.REGISTRATIONS: REGISTERED,
    TargetKind.PARTICIPANTS: PEOPLE,
    TargetKind.UNIQUE_PEOPLE: PEOPLE,
    TargetKind.ORGANISATIONS: ORGANISATIONS,
    TargetKind.COMPANIES: Question("organisations", breakdown="actor", value="industry"),
    TargetKind.SMES: Question("organisations", breakdown=INDUSTRY_SME),
    TargetKind.SESSIONS: None,
    TargetKind.SPEAKERS: None,
}


def target_question(target: ProjectTarget) -> Question | None:
    """What a target's actual figure counts (of its kind of event, when it has one)."""
    asked = _ASKS[target.kind]
    if asked is None or target.event_kind is None:
        return asked
    return Question(asked.what, kind=target.event_kind.value, public=asked.public,
                    status=asked.status)  # fmt: skip


def _targets(report: ProjectReport) -> Table:
    headers = [translate("Reports", "Target"), translate("Reports", "Counts"),
               translate("Reports", "Period"), translate("Reports", "Goal"),
               translate("Reports", "Actual"), translate("Reports", "Progress")]  # fmt: skip
    rows = []
    for t in report.targets:
        target = t.target
        period = ""
        if target.first_day or target.last_day:
            period = f"{target.first_day or ''} – {target.last_day or ''}"
        rows.append([Cell(target.name), Cell(target_what(target)), Cell(period),
                     Cell(target.amount), Cell(t.actual, target_question(target)),
                     Cell(None, progress=t.percent)])  # fmt: skip
    return headers, rows
