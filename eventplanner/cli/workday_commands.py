"""`eventplanner workdays add|between|list|due|settings`: Swedish working days for a
coordinator checking a date, and the database's own working days.

`add`, `between`, `list` and `due` need no database: by the law's calendar, with
`--bridge-days` and `--day-off` on top. Given a database (`--database` or
$EVENTPLANNER_DATABASE_URL) they count in its working days, as its tasks are counted (an
SQLite file that is not there is not made: the law's calendar, and a note). `settings`
shows and changes the database's: bridge days off or not, its own days off."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventplanner.cli import arguments
from eventplanner.cli.opening import database_target, opened_workspace
from eventplanner.cli.output import terminal_text
from eventplanner.domain.deadlines import DayOff, due_date, parse_relative
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.timezones import YEARS
from eventplanner.domain.working_days import (
    OWN_DAY_OFF,
    SATURDAY,
    SUNDAY,
    OwnDayOff,
    WorkingCalendar,
)

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_SAT_SUN = _WEEKDAYS[5:]
_WEEKEND = (SATURDAY, SUNDAY)
"""The reasons of a plain weekend day: counted, not listed, among the days skipped."""


def add_parser(commands: Commands) -> None:
    calendar = argparse.ArgumentParser(add_help=False)
    calendar.add_argument(
        "--bridge-days",
        action="store_true",
        help="count the bridge days (Klämdag: the Friday after Kristi himmelsfärdsdag) as off",
    )
    calendar.add_argument(
        "--day-off",
        action="append",
        default=[],
        metavar="DATE",
        help="one of the organisation's own days off (repeat the option for more)",
    )
    calendar.add_argument(
        "--format", choices=["text", "json"], default="text", help="default: text"
    )
    workdays = commands.add_parser(
        "workdays",
        help="count Swedish working days; the database's own working days",
        description="Swedish working days by the law's calendar: not Saturdays, Sundays, "
        "public holidays, nor Midsommarafton, Julafton and Nyårsafton. Needs no database; "
        "given one (--database or $EVENTPLANNER_DATABASE_URL), counts in its working days "
        "(`workdays settings`: bridge days off or not, its own days off), as its tasks are.",
    )
    actions = workdays.add_subparsers(dest="workdays_action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        parents=[calendar],
        help="the working day N working days after a date (before it when N is negative)",
        description="The N-th working day after DATE (DATE itself not counted; N negative "
        "counts back; 0 gives DATE), and the days off skipped on the way.",
    )
    add.add_argument("day", metavar="DATE", help="the date to count from (2026-06-01)")
    add.add_argument("n", metavar="N", help="how many working days (-3 counts back)")
    between = actions.add_parser(
        "between",
        parents=[calendar],
        help="how many working days there are from one date to another",
        description="The working days after FROM up to and including TO (negative when TO "
        "is before FROM), and the days off in between.",
    )
    between.add_argument("first", metavar="FROM")
    between.add_argument("last", metavar="TO")
    listing = actions.add_parser(
        "list",
        parents=[calendar],
        help="the weekdays of a year that are not working days, with their names",
    )
    listing.add_argument("year", metavar="YEAR", help="a year (2027)")
    due = actions.add_parser(
        "due",
        parents=[calendar],
        help="the date a deadline rule gives from an anchor date",
        description="The date RULE gives from ANCHOR: RULE as '10wd before', '2w after', "
        "'3d before' or '10 working days before'. A date on a day off moves by --move.",
    )
    due.add_argument("anchor", metavar="ANCHOR", help="the date counted from (2026-06-26)")
    due.add_argument("rule", metavar="RULE", help="'10wd before', '2w after', '3d before'")
    due.add_argument(
        "--move",
        choices=[d.value for d in DayOff],
        default=DayOff.EARLIER.value,
        help="a date on a day off: to the working day before (default), after, or kept",
    )
    settings = actions.add_parser(
        "settings",
        help="the database's working days: bridge days off, its own days off",
        description="Show or change the database's working days, shared by everyone on it: "
        "whether the bridge days (klämdagar) are days off, and the organisation's own days "
        "off (a staff day). Tasks already counted keep their dates: `eventplanner task "
        "recompute --dry-run` shows which a count in the new working days moves.",
    )
    settings.add_argument(
        "--bridge-days",
        choices=["on", "off"],
        help="on: the bridge days (Klämdag) are days off; off: working days",
    )
    settings.add_argument(
        "--add-day-off", metavar="DATE", help="make DATE one of the organisation's own days off"
    )
    settings.add_argument(
        "--name", metavar="N", help="with --add-day-off: what the day is ('Personaldag')"
    )
    settings.add_argument(
        "--remove-day-off",
        metavar="DATE",
        action="append",
        default=[],
        help="DATE is a working day again (repeat the option for more)",
    )
    settings.add_argument(
        "--format", choices=["text", "json"], default="text", help="default: text"
    )


def run(args: argparse.Namespace) -> int:
    action = args.workdays_action
    if action == "settings":
        return _settings(args)
    stored = _stored_calendar(args)
    given = [OwnDayOff(arguments.parse_date(d, "--day-off")) for d in args.day_off]
    calendar = WorkingCalendar.of(
        args.bridge_days or stored.bridge_days_off,
        [*stored.days_off_named, *(d for d in given if d.day not in stored.own_days_off)],
    )
    if action == "add":
        record = _added(calendar, arguments.parse_date(args.day, "DATE"), _count(args.n))
    elif action == "between":
        record = _between(
            calendar,
            arguments.parse_date(args.first, "FROM"),
            arguments.parse_date(args.last, "TO"),
        )
    elif action == "list":
        record = _listed(calendar, _year(args.year))
    else:
        record = _due(calendar, arguments.parse_date(args.anchor, "ANCHOR"), args)
    if args.format == "json":
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        print(_text(action, record))
    return 0


def _stored_calendar(args: argparse.Namespace) -> WorkingCalendar:
    """The working days of the database given (the law's when none is: an SQLite file that
    is not there is not made)."""
    target = database_target(args)
    if target is None:
        return WorkingCalendar()
    from eventplanner.persistence.database import database_url

    url = database_url(target)
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        print(f"eventplanner: note: there is no database at {url.database}; counted by the "
              "law's calendar", file=sys.stderr)  # fmt: skip
        return WorkingCalendar()
    with opened_workspace(args) as workspace:
        return workspace.working_days.calendar()


def _settings(args: argparse.Namespace) -> int:
    """`workdays settings`: the database's working days, changed as the options say."""
    if args.name is not None and args.add_day_off is None:
        raise ValidationError("--name", "give it with --add-day-off DATE: the day it names")
    removed = [arguments.parse_date(d, "--remove-day-off") for d in args.remove_day_off]
    added = []
    if args.add_day_off is not None:
        added.append(OwnDayOff(arguments.parse_date(args.add_day_off, "--add-day-off"),
                               args.name or ""))  # fmt: skip
    bridge = None if args.bridge_days is None else args.bridge_days == "on"
    with opened_workspace(args) as workspace:
        service = workspace.working_days
        changing = bridge is not None or added or removed
        if changing:
            written = service.change(bridge_days_off=bridge, add=added, remove=removed)
            settings, changed = written.settings, bool(written.changes)
        else:
            settings, changed = service.get(), False
        name = workspace.database.display_name
    days = [
        {"date": d.day.isoformat(), "weekday": _WEEKDAYS[d.day.weekday()], "name": d.name}
        for d in settings.days_off
    ]
    record = {"database": name, "bridge_days_off": settings.bridge_days_off, "own_days_off": days}
    if args.format == "json":
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0
    lines = [f"Working days of {name}:"]
    lines.append("  bridge days (Klämdag): " + ("days off" if settings.bridge_days_off
                                                 else "working days"))  # fmt: skip
    if settings.days_off:
        lines.append("  own days off:")
        lines += [f"    {d['date']} {d['weekday']}  {d['name'] or OWN_DAY_OFF}"
                  for d in days]  # fmt: skip
    else:
        lines.append("  own days off: none")
    if changing:
        lines.append(
            "Saved. Deadlines counted from now on count in these working days; tasks already "
            "counted keep their dates (`eventplanner task recompute --dry-run` shows which "
            "would move)."
            if changed
            else "Nothing changed: the working days were so already."
        )
    print(terminal_text("\n".join(lines)))
    return 0


def _added(calendar: WorkingCalendar, day: date, n: int) -> dict[str, Any]:
    result = calendar.add_working_days(day, n)
    first, last = sorted((day, result))
    return {
        "from": day.isoformat(),
        "working_days": n,
        "date": result.isoformat(),
        "weekday": _WEEKDAYS[result.weekday()],
        "skipped": _days_off(calendar, first, last, skip=(day,)),
    }


def _between(calendar: WorkingCalendar, first: date, last: date) -> dict[str, Any]:
    low, high = sorted((first, last))
    return {
        "from": first.isoformat(),
        "to": last.isoformat(),
        "working_days": calendar.working_days_between(first, last),
        "days_off": _days_off(calendar, low, high, skip=()),
    }


def _listed(calendar: WorkingCalendar, year: int) -> dict[str, Any]:
    first, last = date(year, 1, 1), date(year, 12, 31)
    return {
        "year": year,
        "working_days": calendar.working_days_between(date(year - 1, 12, 31), last),
        "weekdays_off": [
            d for d in _days_off(calendar, first, last, skip=()) if d["weekday"] not in _SAT_SUN
        ],
    }


def _due(calendar: WorkingCalendar, anchor: date, args: argparse.Namespace) -> dict[str, Any]:
    rule = parse_relative(args.rule, DayOff(args.move))
    found = due_date(anchor, rule, calendar)
    return {
        "anchor": anchor.isoformat(),
        "rule": rule.short(),
        "rule_words": str(rule),
        "date": found.day.isoformat(),
        "weekday": _WEEKDAYS[found.day.weekday()],
        "moved_from": None if found.moved_from is None else found.moved_from.isoformat(),
        "reason": found.reason,
    }


def _days_off(
    calendar: WorkingCalendar, first: date, last: date, *, skip: Sequence[date]
) -> list[dict[str, str]]:
    return [
        {"date": day.isoformat(), "weekday": _WEEKDAYS[day.weekday()], "reason": why}
        for day, why in calendar.days_off(first, last)
        if day not in skip
    ]


def _text(action: str, record: dict[str, Any]) -> str:
    if action == "add":
        n = record["working_days"]
        way = "after" if n >= 0 else "before"
        lines = [
            f"{record['date']} {record['weekday']}: {_working_days(abs(n))} {way} {record['from']}"
        ]
        lines += _off_lines(record["skipped"], "skipped")
    elif action == "between":
        lines = [
            f"{_working_days(record['working_days'])} after {record['from']} up to and "
            f"including {record['to']}"
        ]
        lines += _off_lines(record["days_off"], "days off")
    elif action == "list":
        lines = [f"{d['date']} {d['weekday']}  {d['reason']}" for d in record["weekdays_off"]]
        lines.append(f"{record['year']}: {_working_days(record['working_days'])}")
    else:
        lines = [f"{record['date']} {record['weekday']}: {record['rule_words']} {record['anchor']}"]
        if record["reason"] is not None:
            lines.append(record["reason"])
    return "\n".join(lines)


def _off_lines(days: list[dict[str, str]], label: str) -> list[str]:
    named = [d for d in days if d["reason"] not in _WEEKEND]
    weekend = len(days) - len(named)
    if not days:
        return [f"{label}: none"]
    lines = [f"{label}:"]
    lines += [f"  {d['date']} {d['weekday']}  {d['reason']}" for d in named]
    if weekend:
        lines.append(f"  and {weekend} weekend day{'' if weekend == 1 else 's'}")
    return lines


def _working_days(n: int) -> str:
    return f"{n} working day{'' if abs(n) == 1 else 's'}"


def _count(text: str) -> int:
    value = text.strip()
    digits = value.removeprefix("-").removeprefix("+")
    if not (digits.isascii() and digits.isdigit()) or len(digits) > 9:
        raise ValidationError("N", f"{text!r} is not a whole number of working days like 10 or -3")
    return int(value)


def _year(text: str) -> int:
    value = text.strip()
    if not (value.isascii() and value.isdigit() and len(value) == 4):
        raise ValidationError("YEAR", f"{text!r} is not a year like 2027")
    year = int(value)
    if not YEARS[0] < year < YEARS[1]:
        raise ValidationError(
            "YEAR", f"the year {year} is out of range ({YEARS[0] + 1}-{YEARS[1] - 1})"
        )
    return year
