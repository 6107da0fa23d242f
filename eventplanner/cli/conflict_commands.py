"""`eventplanner conflicts [accept|withdraw]` and `eventplanner calendar
subscribe|list|refresh|remove`: the conflicts of a period, and the subscribed read-only
calendars an event may clash with."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from eventplanner.cli import arguments
from eventplanner.cli.output import occurrence_record, terminal_text
from eventplanner.domain.conflicts import Conflict, OutsideEvent, Subscription
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace

    Commands = argparse._SubParsersAction[argparse.ArgumentParser]


def add_parsers(commands: Commands) -> None:
    """Register ``conflicts`` and ``calendar``."""
    conflicts = commands.add_parser(
        "conflicts",
        help="list the conflicts of a period, or accept one with a reason",
        description="List the conflicts of a period: events on a Swedish public holiday, an "
        "eve or a bridge day, a venue booked twice, and events at the same time as one in a "
        "subscribed calendar; of the programme: a person in two places at once (in any "
        "role, across events, with a changeover margin between stages and a travel margin "
        "between cities), booked outside their availability or in a role they declined, two "
        "sessions on one stage at once, a session outside its event's days or opening "
        "hours. Each has a severity: 'warn', or 'hold' (it holds a release "
        "until it is resolved or accepted with a reason). The exit status is 0 whether or "
        "not there are conflicts. Without --from/--to: from today, a year ahead.",
    )
    conflicts.add_argument("--from", dest="start", metavar="DATE", help="first day (2027-03-01)")
    conflicts.add_argument("--to", dest="end", metavar="DATE", help="last day, inclusive")
    conflicts.add_argument(
        "--format", choices=["table", "json"], default="table", help="default: table"
    )
    conflicts.add_argument("--tz", metavar="ZONE", help="show times in this IANA zone")
    conflicts.add_argument(
        "--changeover", type=int, metavar="MINUTES", default=None,
        help="a person's time between two stages (default 10)",
    )  # fmt: skip
    conflicts.add_argument(
        "--travel", type=int, metavar="MINUTES", default=None,
        help="a person's time between venues in different cities (default 60)",
    )  # fmt: skip
    actions = conflicts.add_subparsers(dest="conflict_action", metavar="ACTION")
    accept = actions.add_parser(
        "accept",
        help="accept conflicts with a reason (they then hold nothing)",
        description="Accept one or more conflicts, by the key `conflicts` shows, with a "
        "reason: they are listed as accepted and hold no release. All of them are accepted, "
        "or none. `conflicts --from DATE --to DATE accept KEY` looks for them in that period "
        "only (quicker in a large database).",
    )
    accept.add_argument("keys", nargs="+", metavar="KEY", help="a conflict's key")
    accept.add_argument("--reason", required=True, help="why the conflict is accepted")
    withdraw = actions.add_parser("withdraw", help="take an acceptance back")
    withdraw.add_argument("keys", nargs="+", metavar="KEY", help="an accepted conflict's key")

    calendar = commands.add_parser(
        "calendar",
        help="subscribe to read-only calendars (the region's other events)",
        description="Read-only calendars to check events against: an https (or webcal) URL "
        "or an .ics file. The last copy read well is kept in the database, so conflicts are "
        "found offline too; a refresh that fails keeps it and says why.",
    )
    calendar_actions = calendar.add_subparsers(
        dest="calendar_action", metavar="ACTION", required=True
    )
    subscribe = calendar_actions.add_parser("subscribe", help="subscribe to a calendar")
    subscribe.add_argument("source", metavar="URL_OR_FILE", help="an https URL or a file")
    subscribe.add_argument("--name", required=True, help="what to call the calendar")
    listing = calendar_actions.add_parser("list", help="the subscribed calendars")
    listing.add_argument("--format", choices=["table", "json"], default="table")
    refresh = calendar_actions.add_parser("refresh", help="read calendars again now")
    refresh.add_argument("name", nargs="?", help="the calendar (default: every one)")
    remove = calendar_actions.add_parser("remove", help="stop subscribing to a calendar")
    remove.add_argument("name", help="the calendar")


# -- conflicts ------------------------------------------------------------------------------


def conflicts(args: argparse.Namespace, workspace: Workspace, display_zone: str) -> int:
    action = args.conflict_action
    margins = workspace.programme_conflicts.margins
    for name in ("changeover", "travel"):
        minutes = getattr(args, name, None)
        if minutes is not None:
            if not 0 <= minutes <= 24 * 60:
                raise ValidationError(f"--{name}", "give minutes from 0 to 1440")
            margins = replace(margins, **{name: minutes})
    workspace.programme_conflicts.margins = margins
    if action == "accept":
        keys = list(dict.fromkeys(k.strip().lower() for k in args.keys))
        # Looked for in the period given (`conflicts --from … --to … accept KEY`), else in
        # every event's.
        within = _window(args, display_zone) if args.start or args.end else None
        workspace.conflicts.accept_all(keys, args.reason, window=within)
        messages = {a.key: text for a, _kind, text in workspace.conflicts.accepted()}
        for key in keys:
            print(f"Accepted {key}: {terminal_text(messages.get(key, ''))}")
        return 0
    if action == "withdraw":
        for key in args.keys:
            workspace.conflicts.withdraw(key)
            print(f"{key.strip().lower()} is no longer accepted")
        return 0
    window = _window(args, display_zone)
    found = workspace.conflicts.conflicts(window)
    if args.format == "json":
        print(json.dumps([conflict_record(c) for c in found], ensure_ascii=False, indent=2))
    else:
        print(conflict_table(found, display_zone))
    return 0


def _window(args: argparse.Namespace, display_zone: str) -> TimeWindow:
    today = datetime.now(zone(display_zone)).date()
    first = arguments.parse_date(args.start, "--from") if args.start else today
    last = arguments.parse_date(args.end, "--to") if args.end else first + timedelta(days=364)
    if last < first:
        raise ValidationError("--to", "the last day must not be before the first")
    return TimeWindow.days(first, last, display_zone)


def conflict_record(conflict: Conflict) -> dict[str, Any]:
    """One conflict as JSON: its key, kind, severity, times with their offsets, message,
    and the events (ids, UIDs) and subscribed calendars' events it involves."""
    accepted = conflict.accepted
    return {
        "key": conflict.key,
        "kind": conflict.kind.value,
        "severity": conflict.severity.value,
        "holds": conflict.holds,
        "start": conflict.start.isoformat(timespec="seconds"),
        "end": conflict.end.isoformat(timespec="seconds"),
        "message": conflict.message,
        "events": [occurrence_record(o) for o in conflict.occurrences],
        "sessions": list(conflict.sessions),
        "people": list(conflict.people),
        "subscribed": [_outside_record(o) for o in conflict.outside],
        "accepted": None
        if accepted is None
        else {
            "reason": accepted.reason,
            "at": accepted.accepted_at.isoformat(timespec="seconds"),
        },
    }


def _outside_record(event: OutsideEvent) -> dict[str, Any]:
    timing = event.timing
    if isinstance(timing, AllDaySpan):
        start, end = timing.first_day.isoformat(), timing.last_day.isoformat()
    else:
        start = timing.start.isoformat(timespec="seconds")
        end = timing.end.isoformat(timespec="seconds")
    return {"calendar": event.calendar, "uid": event.uid, "title": event.title,
            "location": event.location, "all_day": timing.all_day, "start": start,
            "end": end}  # fmt: skip


def conflict_table(found: Sequence[Conflict], display_zone: str) -> str:
    if not found:
        return "No conflicts."
    tz = zone(display_zone)
    rows = []
    for c in found:
        start = c.start.astimezone(tz)
        severity = c.severity.value + (" (accepted)" if c.accepted is not None else "")
        rows.append(
            [c.key, f"{start:%a %Y-%m-%d}", f"v{start.isocalendar().week}", c.kind.value,
             severity, terminal_text(c.message)]
        )  # fmt: skip
    header = ["Key", "Date", "Week", "Kind", "Severity", "Conflict"]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header) - 1)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, [*widths, 0], strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in [*widths, len(header[-1])]))
    for row in rows:
        cells = [c.ljust(w) for c, w in zip(row[:-1], widths, strict=True)]
        lines.append("  ".join([*cells, row[-1]]))
    holding = sum(1 for c in found if c.holds)
    accepted = sum(1 for c in found if c.accepted is not None)
    count = len(found)
    lines.append(
        f"{count} conflict{'s' if count != 1 else ''} ({holding} holding, {accepted} accepted);"
        f" dates in {display_zone}. Accept one with: eventplanner conflicts accept KEY "
        "--reason TEXT"
    )
    for c in found:
        if c.accepted is not None:
            lines.append(f"  {c.key} accepted: {terminal_text(c.accepted.reason)}")
    return "\n".join(lines)


# -- calendar -------------------------------------------------------------------------------


def calendar(args: argparse.Namespace, workspace: Workspace) -> int:
    action = args.calendar_action
    subscriptions = workspace.subscriptions
    if action == "subscribe":
        (made,) = subscriptions.subscribe(args.name, args.source).subscriptions
        print(f"Subscribed to {made.name!r}: {made.event_count} events from {made.source}")
        return 0
    if action == "list":
        listed = subscriptions.list()
        if args.format == "json":
            print(json.dumps([_subscription_record(s) for s in listed], ensure_ascii=False,
                             indent=2))  # fmt: skip
        elif not listed:
            print("No subscribed calendars: add one with `eventplanner calendar subscribe`.")
        else:
            for s in listed:
                print(_subscription_line(s))
        return 0
    if action == "refresh":
        refreshed = subscriptions.refresh(args.name).subscriptions
        failed = [s for s in refreshed if s.failure]
        for s in refreshed:
            print(_subscription_line(s), file=sys.stderr if s.failure else sys.stdout)
        if not refreshed:
            print("No subscribed calendars to refresh.")
        return 1 if failed else 0
    found = subscriptions.find(args.name)
    subscriptions.remove(found.name)
    print(f"No longer subscribed to {found.name!r}")
    return 0


def _subscription_line(s: Subscription) -> str:
    when = f"{s.refreshed_at:%Y-%m-%d %H:%M} UTC" if s.refreshed_at else "never"
    line = f"{terminal_text(s.name)}: {s.event_count} events, read {when}, from {s.source}"
    if s.failure:
        line += f"\n  the last refresh failed ({terminal_text(s.failure)}); the copy read "
        line += f"{when} is used"
    return line


def _subscription_record(s: Subscription) -> dict[str, Any]:
    def instant(value: datetime | None) -> str | None:
        return None if value is None else value.isoformat(timespec="seconds")

    return {"id": s.id, "name": s.name, "source": s.source, "events": s.event_count,
            "refreshed_at": instant(s.refreshed_at), "failed_at": instant(s.failed_at),
            "failure": s.failure or None}  # fmt: skip
