"""`eventplanner budget list|add|edit|remove|totals`: events' and projects' budgets from a
terminal.

EVENT is an event's id or UID; LINE a line's id (`budget list` shows them); PROJECT a
project's id or exact name. Amounts are in the line's currency (SEK unless --currency), with
a point or a comma for decimals (1234.50, "1 234,50"); a line in another currency gives its
rate to SEK (--currency USD --rate 10.45: SEK per dollar). Totals are in SEK. The
co-exhibitors' shares of a fair's stand are listed as income lines, worked out from the
stand (`eventplanner exhibitor …`) and its stand-fee lines; they cannot be typed.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from eventplanner.cli import arguments, catalog_commands
from eventplanner.cli.opening import event_by_id_or_uid, opened_workspace
from eventplanner.cli.output import terminal_text
from eventplanner.domain.budget import (
    CURRENCIES,
    HOME_CURRENCY,
    TYPED_CATEGORIES,
    BudgetCategory,
    BudgetLine,
    BudgetTotals,
    ShareBasis,
    cost_per_participant,
    normal_currency,
    parse_amount,
    parse_rate,
    totals,
)
from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.services.change_journal import recording
from eventplanner.services.workspace import Workspace

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

_CATEGORIES = ", ".join(c.value for c in TYPED_CATEGORIES)


def add_parsers(commands: Commands) -> None:
    budget = commands.add_parser(
        "budget",
        help="events' and projects' budgets",
        description="Budget lines of an event (or a project's own), planned and actual, in "
        "SEK or another currency at a stated rate; totals in SEK. A fair's co-exhibitors' "
        "shares are income lines worked out from its stand.",
    )
    actions = budget.add_subparsers(dest="budget_action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="an event's (or a project's) lines and totals")
    listing.add_argument("event", nargs="?", metavar="EVENT", help="the event's id or UID")
    listing.add_argument("--project", metavar="PROJECT", help="a project's own lines instead")
    listing.add_argument(
        "--participants",
        type=int,
        metavar="N",
        help="with EVENT: the costs per participant for N participants (registrations "
        "are not counted here yet)",
    )
    listing.add_argument("--format", choices=["table", "json"], default="table")

    add = actions.add_parser("add", help="add a line to an event's (or a project's) budget")
    add.add_argument("event", nargs="?", metavar="EVENT", help="the event's id or UID")
    add.add_argument("--project", metavar="PROJECT", help="a project's own line (no EVENT)")
    add.add_argument("--category", required=True, metavar="C", help=_CATEGORIES)
    add.add_argument("--planned", required=True, metavar="AMOUNT")
    _line_fields(add)

    edit = actions.add_parser("edit", help="change a line: the fields given, others stay")
    edit.add_argument("line", metavar="LINE", help="the line's id")
    edit.add_argument("--category", metavar="C", help=_CATEGORIES)
    edit.add_argument("--planned", metavar="AMOUNT")
    _line_fields(edit)
    edit.add_argument("--no-actual", action="store_true", help="nothing spent/received yet")

    remove = actions.add_parser("remove", help="take a line off its budget")
    remove.add_argument("line", metavar="LINE", help="the line's id")

    total = actions.add_parser(
        "totals",
        help="totals in SEK: of a project, a year, or both",
        description="Costs, income and net, planned and actual, in SEK: of every event "
        "with a budget, a project's events and its own lines (--project), the events held "
        "in a year (--year), or a project's events in a year.",
    )
    total.add_argument("--project", metavar="PROJECT")
    total.add_argument("--year", type=int, metavar="Y")
    total.add_argument("--format", choices=["table", "json"], default="table")


def _line_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--actual", metavar="AMOUNT", help="spent (or received) so far")
    parser.add_argument("--currency", metavar="CODE", help="ISO code, SEK by default")
    parser.add_argument("--rate", metavar="SEK", help="SEK per unit of --currency")
    parser.add_argument("--description", metavar="T")
    parser.add_argument("--supplier")
    parser.add_argument("--note")


def run(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace, recording():
        return int(_HANDLERS[args.budget_action](args, workspace))


# -- the handlers --------------------------------------------------------------------------


def _list(args: argparse.Namespace, workspace: Workspace) -> int:
    if (args.event is None) == (args.project is None):
        raise ValidationError("EVENT", "give an event, or --project for a project's own lines")
    if args.participants is not None and args.participants < 0:
        raise ValidationError("--participants", f"{args.participants} is not a number of people")
    budget = None
    if args.project is not None:
        project = catalog_commands.find(workspace, "project", args.project)
        lines = workspace.budget.project_lines(project.id)
        title, total = project.name, totals(lines)
    else:
        budget = workspace.budget.event_budget(_event_id(workspace, args.event))
        title, lines, total = budget.event_title, budget.lines, budget.totals
    per = None
    if args.participants is not None:
        per = (cost_per_participant(total.planned_costs, args.participants),
               cost_per_participant(total.actual_costs, args.participants))  # fmt: skip
    registered = budget is not None and per is None and bool(budget.registered)
    if args.format == "json":
        record: dict[str, Any] = {"title": title, "lines": [line_record(x) for x in lines],
                                  "totals": totals_record(total)}  # fmt: skip
        if per is not None:
            record["cost_per_participant"] = {
                "participants": args.participants, "planned": _text(per[0]),
                "actual": _text(per[1]),
            }  # fmt: skip
        elif registered and budget is not None:
            record["cost_per_participant"] = {
                "registered": budget.registered, "planned": _text(budget.planned_per_participant),
                "attended": budget.attended, "actual": _text(budget.actual_per_participant),
            }  # fmt: skip
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0
    out = [f"Budget of {title}"]
    if not lines:
        out.append("No lines yet: add one with `eventplanner budget add`.")
    for line in lines:
        out.append(_line_text(line))
    out += _totals_text(total)
    if per is not None:
        out.append(
            f"  costs per participant ({args.participants}): {_amount(per[0])} planned, "
            f"{_amount(per[1])} actual (SEK)"
        )
    elif registered and budget is not None:
        actual = (f"{_amount(budget.actual_per_participant)} actual ({budget.attended} attended)"
                  if budget.attended else "no one marked attended yet")  # fmt: skip
        out.append(
            f"  costs per participant: {_amount(budget.planned_per_participant)} planned "
            f"({budget.registered} registered), {actual} (SEK)"
        )
    print(terminal_text("\n".join(out)))
    return 0


def _add(args: argparse.Namespace, workspace: Workspace) -> int:
    if (args.event is None) == (args.project is None):
        raise ValidationError("EVENT", "give an event, or --project for a project's own line")
    event_id = _event_id(workspace, args.event) if args.event is not None else None
    project_id = (
        catalog_commands.find(workspace, "project", args.project).id
        if args.project is not None
        else None
    )
    line = BudgetLine(
        None,
        _category(args.category),
        parse_amount(args.planned, "--planned"),
        None if args.actual is None else parse_amount(args.actual, "--actual"),
        args.description or "",
        args.currency or "SEK",
        None if args.rate is None else parse_rate(args.rate),
        args.supplier or "",
        args.note or "",
        event_id,
        project_id,
    )
    written = workspace.budget.add(line).record
    print(terminal_text(f"Added line {written.id}: {_line_text(written).strip()}"))
    return 0


def _edit(args: argparse.Namespace, workspace: Workspace) -> int:
    line = workspace.budget.line(_line_id(args.line))
    changes: dict[str, Any] = {}
    if args.category is not None:
        changes["category"] = _category(args.category)
    if args.planned is not None:
        changes["planned"] = parse_amount(args.planned, "--planned")
    if args.no_actual:
        changes["actual"] = None
    elif args.actual is not None:
        changes["actual"] = parse_amount(args.actual, "--actual")
    if args.currency is not None:
        currency = normal_currency(args.currency)
        changes["currency"] = currency
        if currency == HOME_CURRENCY and args.rate is None:
            changes["rate"] = None
        elif currency != line.currency and currency in CURRENCIES and args.rate is None:
            # The old rate is another currency's: kept, it would price the line wrongly.
            raise ValidationError(
                "--rate",
                f"the line changes from {line.currency} to {currency}: give its rate too "
                f"(--rate, SEK per 1 {currency})",
            )
    if args.rate is not None:
        changes["rate"] = parse_rate(args.rate)
    for name in ("description", "supplier", "note"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if not changes:
        raise ValidationError("LINE", "nothing to change: give --planned, --actual, … ")
    written = workspace.budget.edit(replace(line, **changes)).record
    print(terminal_text(f"Changed line {written.id}: {_line_text(written).strip()}"))
    return 0


def _remove(args: argparse.Namespace, workspace: Workspace) -> int:
    line = workspace.budget.line(_line_id(args.line))
    workspace.budget.remove(line.id or 0)
    print(terminal_text(f"Removed line {line.id} {line.title!r}"))
    return 0


def _totals(args: argparse.Namespace, workspace: Workspace) -> int:
    project = (
        catalog_commands.find(workspace, "project", args.project)
        if args.project is not None
        else None
    )
    summary = workspace.budget.summary(
        project_id=None if project is None else project.id, year=args.year
    )
    if args.format == "json":
        record = {
            "project": None if project is None else project.name,
            "year": args.year,
            "events": summary.events,
            "project_lines": summary.project_lines,
            "totals": totals_record(summary.totals),
        }
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0
    what = ", ".join(
        part
        for part in (
            f"project {project.name!r}" if project is not None else "",
            f"the events of {args.year}" if args.year is not None else "",
        )
        if part
    )
    events = "1 event" if summary.events == 1 else f"{summary.events} events"
    head = f"Totals of {what or 'every budget'}: {events} with a budget"
    if summary.project_lines:
        head += f", and the project's own lines ({summary.project_lines})"
    print(terminal_text("\n".join([head, *_totals_text(summary.totals)])))
    return 0


_HANDLERS = {"list": _list, "add": _add, "edit": _edit, "remove": _remove, "totals": _totals}


# -- words and records ---------------------------------------------------------------------


def _event_id(workspace: Workspace, ref: str) -> int:
    event = event_by_id_or_uid(workspace, ref)
    if event is None:
        raise NotFoundError(f"there is no event with the id or UID {ref!r}")
    return event.id


def _line_id(text: str) -> int:
    ident = arguments.record_id(text)
    if ident is None:
        raise ValidationError(
            "LINE", f"{text!r} is not a budget line's id; see `eventplanner budget list EVENT`"
        )
    return ident


def _category(text: str) -> BudgetCategory:
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    if key == BudgetCategory.CO_EXHIBITOR_SHARES.value:
        raise ValidationError(
            "--category",
            "co-exhibitor shares come from the stand; change the co-exhibitor "
            "(`eventplanner exhibitor`) or the stand fee instead",
        )
    try:
        return BudgetCategory(key)
    except ValueError:
        raise ValidationError("--category", f"{text!r} is not one of {_CATEGORIES}") from None


def _amount(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:,.2f}".replace(",", " ")


def _line_text(line: BudgetLine) -> str:
    ident = "  (co-exhibitor)" if line.derived else f"{line.id:>5}"
    kind = "income" if line.is_income else "cost"
    money = f"{_amount(line.planned)} / {_amount(line.actual)} {line.currency}"
    if line.rate is not None:
        money += f" @ {line.rate} = {_amount(line.planned_sek)} / {_amount(line.actual_sek)} SEK"
    why = ""
    if line.share is not None and line.share.basis is ShareBasis.AREA:
        why = f"  [{line.share.area:g} of {line.share.stand_area:g} m² of the stand fee]"
    elif line.share is not None and line.share.basis is ShareBasis.NO_STAND_FEE:
        why = "  [a share of the area: no stand fee in the budget or no stand area yet]"
    elif line.share is not None:
        why = "  [fixed fee]"
    if line.share is not None and not line.share.confirmed:
        why += "  [not confirmed: planned only]"
    elif line.share is not None and line.actual is None:
        why += "  [no actual stand fee yet: planned only]"
    supplier = f"  ({line.supplier})" if line.supplier else ""
    return f"{ident}  {kind:<6}  {line.category.label:<20}  {line.title}{supplier}: {money}{why}"


def _totals_text(total: BudgetTotals) -> list[str]:
    rows = [("costs", total.planned_costs, total.actual_costs),
            ("income", total.planned_income, total.actual_income),
            ("net", total.planned_net, total.actual_net)]  # fmt: skip
    return ["                planned          actual  (SEK)"] + [
        f"  {name:<8} {_amount(p):>14}  {_amount(a):>14}" for name, p, a in rows
    ]


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def line_record(line: BudgetLine) -> dict[str, Any]:
    """A line as JSON: amounts as strings (exact decimals), SEK beside them."""
    share = line.share
    return {
        "id": line.id,
        "category": line.category.value,
        "income": line.is_income,
        "description": line.title,
        "planned": _text(line.planned),
        "actual": _text(line.actual),
        "currency": line.currency,
        "rate": _text(line.rate),
        "planned_sek": _text(line.planned_sek),
        "actual_sek": _text(line.actual_sek),
        "supplier": line.supplier,
        "note": line.note,
        "derived": None
        if share is None
        else {
            "co_exhibitor_id": share.co_exhibitor_id,
            "company": share.company,
            "basis": share.basis.value,
            "area": share.area,
            "stand_area": share.stand_area,
            "confirmed": share.confirmed,
        },
    }


def totals_record(total: BudgetTotals) -> dict[str, Any]:
    return {
        "currency": "SEK",
        "planned": {"costs": str(total.planned_costs), "income": str(total.planned_income),
                    "net": str(total.planned_net)},
        "actual": {"costs": str(total.actual_costs), "income": str(total.actual_income),
                   "net": str(total.actual_net)},
    }  # fmt: skip
