"""The funder's report as tables in a language: what the PDF, the XLSX and the command line's
table print, each the same. Numbers stay numbers (int or Decimal); None is an empty cell."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from eventplanner.domain.document_words import Language
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.domain.reports import ProjectReport, ProjectTarget, ReachLine
from eventplanner.services.reports.words import value_word, word

Cell = str | int | Decimal | None


@dataclass(frozen=True, slots=True)
class Table:
    key: str
    """The sheet's name in a workbook (short, no language)."""
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: tuple[Cell, ...] | None = None
    """A last row in bold, when the table has one."""


def _words(language: Language) -> Callable[[str], str]:
    def w(key: str) -> str:
        return word(key, language)

    return w


def period_text(report: ProjectReport) -> str:
    return f"{report.first_day.isoformat()} – {report.last_day.isoformat()}"


def report_tables(report: ProjectReport, language: Language) -> tuple[Table, ...]:
    """Every table of the report, in the order they are printed."""
    w = _words(language)
    summary = Table(
        "summary", w("summary"), (w("figure"), w("value")),
        (
            (w("events_held"), report.events),
            (w("public_events"), report.public_events),
            (w("closed_events"), report.closed_events),
            (w("hours"), report.hours),
            (w("seats"), report.registered),
            (w("attended"), report.attended),
            (w("people_registered"), report.people_registered),
            (w("people"), report.people),
            (w("organisations"), report.organisations),
            (w("sessions"), report.sessions),
            (w("speakers"), report.speakers),
        ),
    )  # fmt: skip
    events = Table(
        "events", w("events"),
        (w("kind"), w("count"), w("public"), w("closed"), w("hours"), w("days"),
         w("registered"), w("attended_short")),
        tuple(
            (value_word(k.kind, language), k.events, k.public, k.closed, k.hours, k.days,
             k.registered, k.attended)
            for k in report.kinds
        ),
        (w("total"), report.events, report.public_events, report.closed_events, report.hours,
         sum(k.days for k in report.kinds), report.registered, report.attended),
    )  # fmt: skip
    statuses = Table(
        "registrations", w("registrations"), (w("status"), w("number")),
        tuple(
            (value_word(s.value, language), report.registrations.get(s.value, 0))
            for s in RegistrationStatus
        ),
        (w("total"), sum(report.registrations.values())),
    )  # fmt: skip
    reach = tuple(
        _reach(name, lines, language)
        for name, lines in (
            ("actor", report.by_actor), ("organisation_type", report.by_organisation_type),
            ("size", report.by_size), ("country", report.by_country),
        )
    )  # fmt: skip
    return (summary, events, statuses, *reach, budget_table(report, language),
            targets_table(report, language))  # fmt: skip


def _reach(name: str, lines: tuple[ReachLine, ...], language: Language) -> Table:
    return Table(
        name, word(name, language),
        (word(f"{name}_head", language), word("people_head", language),
         word("organisations_head", language)),
        tuple((value_word(x.value, language, breakdown=name), x.people, x.organisations)
              for x in lines),
    )  # fmt: skip


def budget_table(report: ProjectReport, language: Language) -> Table:
    w = _words(language)
    b = report.budget
    rows: tuple[tuple[Cell, ...], ...] = ()
    if b is not None:
        rows = (
            (w("costs"), b.planned_costs, b.actual_costs),
            (w("income"), b.planned_income, b.actual_income),
            (w("net"), b.planned_net, b.actual_net),
            (w("per_participant"), b.planned_per_participant, b.actual_per_participant),
        )
        if b.own_left_out is not None:
            rows += ((w("own_left_out"), b.own_left_out, b.own_actual_left_out),)
    return Table("budget", w("budget"), (w("item"), w("planned"), w("actual")), rows)


def target_what(report_target: ProjectTarget, language: Language) -> str:
    """What a target counts: "Events held (Seminar)"."""
    what = value_word(report_target.kind.value, language)
    if report_target.event_kind is not None:
        what += f" ({value_word(report_target.event_kind.value, language)})"
    return what


def targets_table(report: ProjectReport, language: Language) -> Table:
    w = _words(language)
    rows = tuple(
        (
            t.target.name,
            target_what(t.target, language),
            _target_period(t.target.first_day, t.target.last_day),
            t.target.amount,
            t.actual,
            t.percent,
        )
        for t in report.targets
    )
    return Table(
        "targets", w("targets"),
        (w("target"), w("what"), w("period"), w("goal"), w("actual"), w("progress")), rows,
    )  # fmt: skip


def _target_period(first: date | None, last: date | None) -> str:
    if first is None and last is None:
        return ""
    return f"{first or ''} – {last or ''}"
