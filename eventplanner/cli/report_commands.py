"""`eventplanner report` and `eventplanner target list|add|edit|remove`: the funder's report
of a project for a period, and the project's targets it is set against.

`report --project P --from DATE --to DATE` prints the figures (events held by kind, public
and closed, hours; participations registered and attended; unique people and organisations
reached, by actor type, organisation type, size and country; sessions and speakers; budget
and costs per participant; each target with its progress), `--format json` as JSON, and
writes them as a PDF (`--pdf FILE`), a workbook (`--xlsx FILE`) and a CSV file (`--csv FILE`),
in English or Swedish
(`--language`). Without --from/--to the project's own start and end are used.
PROJECT is a project's id or exact name; TARGET a target's id (`target list` shows them).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from eventplanner.cli import arguments, catalog_commands
from eventplanner.cli.opening import opened_workspace
from eventplanner.cli.output import terminal_text
from eventplanner.domain.document_words import Language
from eventplanner.domain.enums import EventKind, parse_enum
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.reports import ProjectReport, ProjectTarget, TargetKind
from eventplanner.services.change_journal import recording
from eventplanner.services.reports.tables import Table, period_text, report_tables
from eventplanner.services.reports.words import word
from eventplanner.services.workspace import Workspace

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

_KINDS = ", ".join(k.value for k in TargetKind)


def add_parsers(commands: Commands) -> None:
    report = commands.add_parser(
        "report",
        help="the funder's report of a project for a period",
        description="What a project held and whom it reached in a period, set against its "
        "targets: printed, as JSON, as a PDF and as an XLSX workbook, in English or "
        "Swedish. People are counted once each, organisations once each by their "
        "organisation number.",
    )
    report.add_argument("--project", required=True, metavar="PROJECT")
    report.add_argument("--from", dest="first", metavar="DATE", help="first day (YYYY-MM-DD)")
    report.add_argument("--to", dest="last", metavar="DATE", help="last day (YYYY-MM-DD)")
    report.add_argument("--pdf", metavar="FILE", help="write the report as a PDF (A4)")
    report.add_argument("--xlsx", metavar="FILE", help="write the report's tables as XLSX")
    report.add_argument(
        "--csv",
        metavar="FILE",
        help="write the report's tables as one CSV file (UTF-8, semicolons)",
    )
    report.add_argument("--format", choices=["table", "json"], default="table")
    report.add_argument("--language", choices=["en", "sv"], default="en")

    target = commands.add_parser(
        "target",
        help="a project's targets for the funder's report",
        description="Named targets of a project (10 seminars held, 300 participants, 40 "
        "companies reached), each of one kind of event or all, optionally within a "
        "period of its own; `report` shows each with its progress.",
    )
    actions = target.add_subparsers(dest="target_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="a project's targets")
    listing.add_argument("--project", required=True, metavar="PROJECT")
    listing.add_argument("--format", choices=["table", "json"], default="table")
    add = actions.add_parser("add", help="add a target to a project")
    add.add_argument("--project", required=True, metavar="PROJECT")
    add.add_argument("--name", required=True, metavar="NAME", help='e.g. "Seminars held"')
    add.add_argument("--kind", required=True, metavar="KIND", help=_KINDS)
    add.add_argument("--amount", required=True, type=int, metavar="N")
    _target_fields(add)
    edit = actions.add_parser("edit", help="change a target: the fields given, others stay")
    edit.add_argument("target", metavar="TARGET", help="the target's id")
    edit.add_argument("--name", metavar="NAME")
    edit.add_argument("--kind", metavar="KIND", help=_KINDS)
    edit.add_argument("--amount", type=int, metavar="N")
    _target_fields(edit)
    remove = actions.add_parser("remove", help="take a target off its project")
    remove.add_argument("target", metavar="TARGET", help="the target's id")


def _target_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--event-kind", metavar="KIND",
                        help="count only this kind of event (seminar, workshop…); "
                        "'any' for all")  # fmt: skip
    parser.add_argument("--from", dest="first", metavar="DATE", help="the target's first day")
    parser.add_argument("--to", dest="last", metavar="DATE", help="the target's last day")


def run(args: argparse.Namespace) -> int:
    if args.command == "report":
        with opened_workspace(args) as workspace:
            return _report(args, workspace)
    with opened_workspace(args) as workspace, recording():
        return int(_HANDLERS[args.target_action](args, workspace))


# -- the report ----------------------------------------------------------------------------


def _report(args: argparse.Namespace, workspace: Workspace) -> int:
    project = catalog_commands.find(workspace, "project", args.project)
    first = arguments.parse_date(args.first, "--from") if args.first else project.start
    last = arguments.parse_date(args.last, "--to") if args.last else project.end
    if first is None or last is None:
        missing = "--from" if first is None else "--to"
        raise ValidationError(missing, f"give the period: the project {project.name!r} has no "
                              f"{'start' if first is None else 'end'} of its own")  # fmt: skip
    report = workspace.reports.report(project.id, first, last)
    made = datetime.now(ZoneInfo("Europe/Stockholm")).date()
    written: list[str] = []
    if args.xlsx:
        from eventplanner.services.reports.workbook import write_workbook

        target = Path(args.xlsx).expanduser()
        write_workbook(report, target, args.language, made)
        written.append(f"wrote {target}")
    if args.csv:
        from eventplanner.services.reports.report_csv import write_report_csv

        target = Path(args.csv).expanduser()
        write_report_csv(report, target, args.language, made)
        written.append(f"wrote {target}")
    if args.pdf:
        from eventplanner.printing.report import write_report_pdf

        target = Path(args.pdf).expanduser()
        try:
            pages = write_report_pdf(report, target, args.language, made)
        except OSError as exc:
            raise ValidationError("--pdf", f"cannot write {target}: {exc.strerror or exc}") from exc
        written.append(f"wrote {target} ({pages} page{'s' if pages != 1 else ''})")
    if args.format == "json":
        print(json.dumps(report_record(report), ensure_ascii=False, indent=2))
    elif not written:
        print(terminal_text(report_text(report, args.language)))
    for line in written:
        print(terminal_text(line))
    return 0


def report_record(report: ProjectReport) -> dict[str, Any]:
    """The report as JSON: machine keys, numbers as numbers (amounts as strings to the öre)."""

    def reach(lines: Any) -> list[dict[str, Any]]:
        return [{"value": x.value or None, "people": x.people, "organisations": x.organisations}
                for x in lines]  # fmt: skip

    budget = report.budget
    return {
        "project": report.project_name,
        "funder": report.funder or None,
        "from": report.first_day.isoformat(),
        "to": report.last_day.isoformat(),
        "events": {
            "held": report.events, "public": report.public_events,
            "closed": report.closed_events, "hours": _number(report.hours),
            "by_kind": [
                {"kind": k.kind, "held": k.events, "public": k.public, "closed": k.closed,
                 "hours": _number(k.hours), "days": k.days, "registered": k.registered,
                 "attended": k.attended}
                for k in report.kinds
            ],
        },
        "participations": {"registered": report.registered, "attended": report.attended,
                           "by_status": dict(sorted(report.registrations.items()))},
        "reach": {
            "people_registered": report.people_registered, "people": report.people,
            "organisations": report.organisations, "by_actor_type": reach(report.by_actor),
            "by_organisation_type": reach(report.by_organisation_type),
            "by_size": reach(report.by_size), "by_country": reach(report.by_country),
        },
        "programme": {"sessions": report.sessions, "speakers": report.speakers},
        "budget": None if budget is None else {
            "planned_costs": str(budget.planned_costs), "actual_costs": str(budget.actual_costs),
            "planned_income": str(budget.planned_income),
            "actual_income": str(budget.actual_income),
            "planned_per_participant": _money(budget.planned_per_participant),
            "actual_per_participant": _money(budget.actual_per_participant),
            "own_lines_left_out": None if budget.own_left_out is None else {
                "planned_costs": str(budget.own_left_out),
                "actual_costs": _money(budget.own_actual_left_out),
            },
        },
        "targets": [
            {**target_record(t.target), "actual": _number(t.actual), "progress": t.percent}
            for t in report.targets
        ],
    }  # fmt: skip


def report_text(report: ProjectReport, language: str) -> str:
    lang: Language = "sv" if language == "sv" else "en"
    out = [
        f"{word('title', lang)}: {report.project_name}",
        f"{word('funder', lang)}: {report.funder or '–'}",
        f"{word('period', lang)}: {period_text(report)}",
    ]
    for table in report_tables(report, lang):
        out += ["", *_table_lines(table, lang)]
    return "\n".join(out)


def _table_lines(table: Table, language: Language) -> list[str]:
    rows = [table.headers, *table.rows] + ([table.total] if table.total else [])
    cells = [[_cell(v, language) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(table.headers))]
    # Words to the left, numbers to the right (a column's kind by its first row).
    texts = {i for i, v in enumerate(table.rows[0]) if isinstance(v, str)} if table.rows else {0}
    lines = [table.title]
    if not table.rows:
        return [*lines, "  –"]
    for row in cells:
        pairs = enumerate(zip(row, widths, strict=True))
        line = "  ".join(c.ljust(w) if i in texts else c.rjust(w) for i, (c, w) in pairs)
        lines.append(("  " + line).rstrip())
    return lines


def _cell(value: object, language: Language) -> str:
    """A cell as the report's language writes it (a decimal comma in Swedish)."""
    if value is None:
        return "–"
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return str(int(value))
        text = f"{value:.2f}" if value.as_tuple().exponent == -2 else str(value.normalize())
        return text.replace(".", ",") if language == "sv" else text
    return str(value)


def _number(value: Decimal) -> Any:
    return int(value) if value == value.to_integral_value() else float(value)


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


# -- targets -------------------------------------------------------------------------------


def target_record(target: ProjectTarget) -> dict[str, Any]:
    return {
        "id": target.id, "name": target.name, "kind": target.kind.value,
        "amount": target.amount,
        "event_kind": None if target.event_kind is None else target.event_kind.value,
        "from": None if target.first_day is None else target.first_day.isoformat(),
        "to": None if target.last_day is None else target.last_day.isoformat(),
    }  # fmt: skip


def _target_text(target: ProjectTarget) -> str:
    what = target.kind.label + (f" ({target.event_kind.label})" if target.event_kind else "")
    period = ""
    if target.first_day or target.last_day:
        period = f", {target.first_day or ''} – {target.last_day or ''}"
    return f"{target.id}  {target.name}: {target.amount} {what}{period}"


def _list(args: argparse.Namespace, workspace: Workspace) -> int:
    project = catalog_commands.find(workspace, "project", args.project)
    targets = workspace.targets.list(project.id)
    if args.format == "json":
        print(json.dumps([target_record(t) for t in targets], ensure_ascii=False, indent=2))
        return 0
    if not targets:
        print(terminal_text(f"{project.name} has no targets yet: add one with "
                            "`eventplanner target add`."))  # fmt: skip
        return 0
    print(terminal_text("\n".join(_target_text(t) for t in targets)))
    return 0


def _event_kind(text: str | None) -> EventKind | None:
    if text is None or text.strip().lower() in {"", "any", "all"}:
        return None
    return parse_enum(EventKind, text, "--event-kind")


def _day(text: str | None, field: str) -> date | None:
    return None if not text else arguments.parse_date(text, field)


def _add(args: argparse.Namespace, workspace: Workspace) -> int:
    project = catalog_commands.find(workspace, "project", args.project)
    target = ProjectTarget(
        None, project.id, args.name, parse_enum(TargetKind, args.kind, "--kind"), args.amount,
        _event_kind(args.event_kind), _day(args.first, "--from"), _day(args.last, "--to"),
    )  # fmt: skip
    written = workspace.targets.add(target).record
    print(terminal_text(f"Added target {_target_text(written)}"))
    return 0


def _edit(args: argparse.Namespace, workspace: Workspace) -> int:
    target = workspace.targets.get(_target_id(args.target))
    changes: dict[str, Any] = {}
    if args.name is not None:
        changes["name"] = args.name
    if args.kind is not None:
        changes["kind"] = parse_enum(TargetKind, args.kind, "--kind")
    if args.amount is not None:
        changes["amount"] = args.amount
    if args.event_kind is not None:
        changes["event_kind"] = _event_kind(args.event_kind)
    if args.first is not None:
        changes["first_day"] = _day(args.first, "--from")
    if args.last is not None:
        changes["last_day"] = _day(args.last, "--to")
    written = workspace.targets.edit(replace(target, **changes)).record
    print(terminal_text(f"Changed target {_target_text(written)}"))
    return 0


def _remove(args: argparse.Namespace, workspace: Workspace) -> int:
    ident = _target_id(args.target)
    target = workspace.targets.get(ident)
    workspace.targets.remove(ident)
    print(terminal_text(f"Removed target {ident} ({target.name})"))
    return 0


def _target_id(text: str) -> int:
    ident = arguments.record_id(text)
    if ident is None:
        raise ValidationError("TARGET", f"{text!r} is not a target's id (see `target list`)")
    return ident


_HANDLERS = {"list": _list, "add": _add, "edit": _edit, "remove": _remove}
