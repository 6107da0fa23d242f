"""The command line's grammar: every subcommand and option, with its help."""

from __future__ import annotations

import argparse

from eventplanner.cli import (
    budget_commands,
    checkin_commands,
    conflict_commands,
    import_command,
    people_commands,
    playbook_commands,
    print_command,
    programme_commands,
    registration_commands,
    report_commands,
    rota_commands,
    serve_command,
    stand_commands,
    task_commands,
    workday_commands,
)
from eventplanner.cli.arguments import LANGUAGE_CHOICES
from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus

_KINDS = ", ".join(k.label for k in EventKind)
_STATUSES = ", ".join(s.value for s in EventStatus)
_BUSY = ", ".join(b.label for b in BusyStatus)


def build(version: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventplanner",
        description="Plan trade fairs, launches, innovation days, courses and seminars, and "
        "publish them to Outlook. Without a command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"Eventplanner {version}")
    parser.add_argument(
        "--database",
        metavar="URL_OR_FILE",
        help="an SQLite file or an SQLAlchemy URL (postgresql://...); default: "
        "$EVENTPLANNER_DATABASE_URL, else the file in your user data folder",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="print the traceback of an error, not only its one-line message, and log in "
        "detail (the log file is in your user log folder, or $EVENTPLANNER_LOG_DIR)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    sample = commands.add_parser(
        "sample",
        help="create the sample planning year",
        description="Create a database holding a realistic sample year of the cluster's events. "
        "Without --database it is made in your user data folder as sample.sqlite.",
    )
    sample.add_argument(
        "--replace", action="store_true", help="replace an existing sample SQLite file"
    )

    listing = commands.add_parser(
        "list",
        help="list event occurrences",
        description="List the occurrences of events in a period (series expanded). "
        "Without --from/--to: from today, a year ahead.",
    )
    _add_filters(listing)
    listing.add_argument("--from", dest="start", metavar="DATE", help="first day (2027-03-01)")
    listing.add_argument("--to", dest="end", metavar="DATE", help="last day, inclusive")
    listing.add_argument(
        "--all", action="store_true", help="from the first event to the last (two years ahead "
        "for series without end)"
    )  # fmt: skip
    listing.add_argument(
        "--upcoming", type=int, metavar="N", help="only the next N occurrences from now"
    )
    listing.add_argument("--limit", type=int, metavar="N", help="at most N occurrences")
    listing.add_argument(
        "--format", choices=["table", "json", "csv"], default="table", help="default: table"
    )
    listing.add_argument("--tz", metavar="ZONE", help="show times in this IANA zone")

    show = commands.add_parser("show", help="show one event in full")
    show.add_argument("event", help="the event's id or UID")
    show.add_argument("--format", choices=["text", "json"], default="text")
    show.add_argument("--tz", metavar="ZONE", help="show times in this IANA zone")

    add = commands.add_parser(
        "add",
        help="add an event",
        description="Add an event. Times are wall-clock times in --tz (default: the venue's "
        "zone, else Europe/Stockholm), or ISO 8601 with an offset.",
    )
    add.add_argument("--title", required=True)
    _add_event_fields(add, new=True)

    edit = commands.add_parser(
        "edit", help="change an event", description="Change the fields given; others stay."
    )
    edit.add_argument("event", help="the event's id or UID")
    edit.add_argument("--title")
    _add_event_fields(edit, new=False)
    edit.add_argument(
        "--occurrence",
        metavar="WHEN",
        help="change only this occurrence of a series (its original start: '2027-03-10 18:00' "
        "or a date); --title, --start, --end, --description and --status apply to it",
    )
    edit.add_argument(
        "--following",
        action="store_true",
        help="with --occurrence: change that occurrence and every one after it (the series "
        "is split there, the earlier ones stay as they are); every field applies",
    )
    edit.add_argument(
        "--drop-exceptions",
        action="store_true",
        help="save a new rule for a series even where it loses skipped dates or changed "
        "occurrences it no longer has (without it such an edit is refused, naming them); "
        "a moved series keeps them either way",
    )

    cancel = commands.add_parser("cancel", help="cancel an event, or one occurrence of a series")
    cancel.add_argument("event", help="the event's id or UID")
    cancel.add_argument(
        "--occurrence", metavar="WHEN", help="cancel only this occurrence (its original start)"
    )

    delete = commands.add_parser("delete", help="delete an event for good")
    delete.add_argument("event", help="the event's id or UID")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    duplicate = commands.add_parser("duplicate", help="copy an event, optionally to another day")
    duplicate.add_argument("event", help="the event's id or UID")
    duplicate.add_argument("--to", dest="to_day", metavar="DATE", help="the copy's first day")

    db = commands.add_parser("db", help="database upkeep")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help="bring the database to the current schema")
    db_commands.add_parser("info", help="which database, its schema and what it holds")
    backup = db_commands.add_parser("backup", help="copy an SQLite database safely")
    backup.add_argument(
        "target", nargs="?", help="the copy's file name (default: beside the database, dated)"
    )

    import_command.add_parser(commands)
    programme_commands.add_parsers(commands)
    people_commands.add_parsers(commands)
    registration_commands.add_parsers(commands)
    checkin_commands.add_parsers(commands)
    stand_commands.add_parsers(commands)
    budget_commands.add_parsers(commands)
    report_commands.add_parsers(commands)
    rota_commands.add_parsers(commands)
    task_commands.add_parsers(commands)
    playbook_commands.add_parser(commands)

    for noun, fields in _CATALOG.items():
        _add_catalog(commands, noun, fields)
    _add_export(commands)
    _add_feed(commands)
    serve_command.add_parser(commands)
    conflict_commands.add_parsers(commands)
    print_command.add_parser(commands)
    workday_commands.add_parser(commands)
    return parser


def _add_export(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser(
        "export",
        help="write events as an iCalendar (.ics) file for Outlook",
        description="Write the events the filters pick as one iCalendar file (Outlook's rules "
        "kept: time zones, all-day days, busy status, series). A series is written whole; "
        "with --from/--to only events with an occurrence in those days. Cancelled events are "
        "left out unless --include-cancelled. What Outlook cannot show as planned is said on "
        "stderr. Importing a file gives a copy that never updates: to keep colleagues' "
        "calendars current, publish a feed instead (`eventplanner feed`).",
    )
    _add_filters(export)
    export.add_argument("--from", dest="start", metavar="DATE", help="first day (2027-03-01)")
    export.add_argument("--to", dest="end", metavar="DATE", help="last day, inclusive")
    export.add_argument("--output", "-o", metavar="FILE", help="the .ics file (default: stdout)")
    export.add_argument(
        "--calendar-name", metavar="NAME", help="the calendar's name in Outlook (X-WR-CALNAME)"
    )
    export.add_argument(
        "--include-cancelled", action="store_true", help="keep cancelled events, titles prefixed"
    )
    export.add_argument(
        "--cancelled-prefix",
        metavar="TEXT",
        help="with --include-cancelled: the prefix of their titles (default 'Cancelled: ')",
    )
    export.add_argument(
        "--notes", action="store_true", help="add the events' private notes to the description"
    )
    export.add_argument(
        "--language",
        choices=LANGUAGE_CHOICES,
        default="auto",
        help="the language of the categories (the events' kinds): sv Swedish, en English, "
        "auto (the default) told from --calendar-name and --cancelled-prefix",
    )
    export.add_argument(
        "--preview",
        action="store_true",
        help="instead of the file, show how Outlook will read each event",
    )
    export.add_argument("--zone", metavar="ZONE", help="with --preview: the reader's IANA zone")


def _add_feed(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    feed = commands.add_parser(
        "feed",
        help="named, saved filters published as calendars Outlook subscribes to",
        description="A feed is a saved filter published as one calendar: as a file in a "
        "folder (OneDrive, SharePoint) rewritten whenever its events change, and over HTTP "
        "by `eventplanner serve`. In Outlook use Add calendar → Subscribe from web: only a "
        "subscription receives updates, an imported file never does.",
    )
    actions = feed.add_subparsers(dest="feed_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the feeds")
    listing.add_argument("--format", choices=["table", "json"], default="table")
    show = actions.add_parser("show", help="one feed in full, with its file and URL path")
    show.add_argument("name", metavar="NAME", help="the feed's name or id")
    show.add_argument("--format", choices=["text", "json"], default="text")
    add = actions.add_parser("add", help="add a feed")
    add.add_argument("--name", required=True)
    edit = actions.add_parser(
        "edit",
        help="change a feed",
        description="Change the settings given; others stay. A filter option replaces that "
        "part of the filter; an empty value (--tag '') clears it.",
    )
    edit.add_argument("name", metavar="NAME", help="the feed's name or id")
    edit.add_argument("--name", dest="new_name", metavar="NEW_NAME", help="rename the feed")
    for action, new in ((add, True), (edit, False)):
        _add_feed_fields(action, new=new)
    delete = actions.add_parser("delete", help="delete a feed (its URL stops working)")
    delete.add_argument("name", metavar="NAME", help="the feed's name or id")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    publish = actions.add_parser("publish", help="write a feed's file into its folder now")
    publish.add_argument("name", metavar="NAME", nargs="?", help="the feed's name or id")
    publish.add_argument("--all", action="store_true", help="every feed that has a folder")
    token = actions.add_parser(
        "new-token", help="give a feed a new URL; the old one stops working at once"
    )
    token.add_argument("name", metavar="NAME", help="the feed's name or id")
    preview = actions.add_parser("preview", help="how Outlook will read each event of a feed")
    preview.add_argument("name", metavar="NAME", help="the feed's name or id")
    preview.add_argument("--zone", metavar="ZONE", help="the reader's IANA zone")


# Catalog commands: `eventplanner venue list|add|edit|delete`, and the same for the others.
_CATALOG: dict[str, list[tuple[str, str]]] = {
    "venue": [("address", "street address"), ("city", ""), ("country", ""),
              ("time-zone", "IANA zone, default Europe/Stockholm"), ("capacity", "seats"),
              ("notes", "")],
    "organisation": [("type", "member company, partner, university or institute, public "
                      "sector, trade-fair organiser, funder, other"),
                     ("web-page", "https://..."), ("notes", ""),
                     ("org-number", "Swedish organisationsnummer, NNNNNN-NNNN"),
                     ("country", "ISO code, default SE"), ("size", "sme or large"),
                     ("actor-type", "industry, academia, research institute, public sector, "
                      "civil society, other")],
    "contact": [("email", ""), ("phone", ""), ("organisation", "name or id"),
                ("title", "job title")],
    "project": [("funder", "organisation name or id"), ("start", "date"), ("end", "date"),
                ("description", "")],
    "tag": [],
}  # fmt: skip


def _add_catalog(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 noun: str, fields: list[tuple[str, str]]) -> None:  # fmt: skip
    sub = commands.add_parser(noun, help=f"list, add, change or delete {noun}s")
    actions = sub.add_subparsers(dest="catalog_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=f"list {noun}s")
    listing.add_argument("search", nargs="?", default="", help="only names containing this")
    listing.add_argument("--format", choices=["table", "json"], default="table")
    add = actions.add_parser("add", help=f"add a {noun}")
    add.add_argument("--name", required=True)
    edit = actions.add_parser("edit", help=f"change a {noun}")
    edit.add_argument("ref", metavar=noun.upper(), help="its id or exact name")
    edit.add_argument("--name")
    for action in (add, edit):
        for name, help_text in fields:
            action.add_argument(f"--{name}", help=help_text or None)
    remove = actions.add_parser("delete", help=f"delete a {noun} no event uses")
    remove.add_argument("ref", metavar=noun.upper(), help="its id or exact name")


def _add_filters(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters (repeat an option for 'any of')")
    group.add_argument("--search", metavar="TEXT", help="words in the title or description")
    group.add_argument("--kind", action="append", metavar="KIND", help=_KINDS)
    group.add_argument("--status", action="append", metavar="STATUS", help=_STATUSES)
    group.add_argument("--project", action="append", metavar="NAME_OR_ID")
    group.add_argument("--venue", action="append", metavar="NAME_OR_ID")
    group.add_argument("--organiser", action="append", metavar="NAME_OR_ID")
    group.add_argument("--tag", action="append", metavar="TAG")
    group.add_argument("--no-cancelled", action="store_true", help="leave cancelled ones out")


def _add_event_fields(parser: argparse.ArgumentParser, *, new: bool) -> None:
    when = parser.add_argument_group("when")
    when.add_argument(
        "--start", required=new, metavar="WHEN", help="'2027-03-12 09:00', or a date with --all-day"
    )
    when.add_argument(
        "--end",
        metavar="WHEN",
        help="end time; for --all-day the last day (inclusive). "
        "Default: one hour after the start, or the same day",
    )
    if new:
        when.add_argument("--all-day", action="store_true", help="whole days, no times")
    else:
        when.add_argument("--all-day", choices=["yes", "no"], help="switch to or from all-day")
    when.add_argument("--tz", metavar="ZONE", help="the event's IANA time zone")
    when.add_argument("--repeat", metavar="RRULE", help="e.g. FREQ=WEEKLY;COUNT=8, or 'none'")
    when.add_argument(
        "--except",
        dest="exdates",
        action="append",
        metavar="WHEN",
        help="leave this occurrence out of the series (repeatable)",
    )
    what = parser.add_argument_group("what and where (an empty value clears a field)")
    what.add_argument("--kind", help=_KINDS)
    what.add_argument("--status", help=_STATUSES)
    what.add_argument("--description")
    what.add_argument("--venue", metavar="NAME_OR_ID")
    what.add_argument("--online-url", metavar="URL")
    what.add_argument("--project", metavar="NAME_OR_ID")
    what.add_argument("--organiser", metavar="NAME_OR_ID")
    what.add_argument("--tag", action="append", metavar="TAG", help="repeatable; replaces tags")
    what.add_argument("--capacity", metavar="N")
    what.add_argument(
        "--visibility",
        choices=["public", "closed"],
        help="public (openly advertised, the default) or closed (by invitation)",
    )
    what.add_argument("--web-page", metavar="URL")
    what.add_argument("--busy", metavar="STATUS", help=f"{_BUSY}, or default")
    what.add_argument(
        "--reminder", metavar="MINUTES", help="minutes before (30, 2h, 1d, 1w) or none"
    )
    what.add_argument("--notes", help="private notes, never published")


def _add_feed_programme(parser: argparse.ArgumentParser, *, new: bool) -> None:
    part = parser.add_argument_group("the programme, as entries of its own")
    if new:
        part.add_argument(
            "--sessions", action="store_true", help="the events' sessions, each its own entry"
        )
        part.add_argument("--breaks", action="store_true", help="breaks and lunches too")
    else:
        part.add_argument("--sessions", choices=["yes", "no"])
        part.add_argument("--breaks", choices=["yes", "no"])
    part.add_argument("--stage", metavar="NAME", help="only the sessions on this stage")
    part.add_argument(
        "--phases",
        nargs="?",
        const="all",
        choices=["none", "public", "all"],
        help="the events' phases: all (build-up and tear-down too: a staff feed, the "
        "default with --phases) or public (the open days only)",
    )
    part.add_argument(
        "--person",
        metavar="CONTACT",
        help="a person's feed: everything this contact (id or exact name) is in, in any "
        "role; '' for none",
    )
    part.add_argument(
        "--rota",
        metavar="CONTACT",
        help="a person's rota: the shifts this contact (id or exact name) is on, and nothing "
        "else; '' for none",
    )
    tasks = parser.add_argument_group(
        "a deadline feed: open tasks as all-day entries 'Deadline: …' (no events)"
    )
    if new:
        tasks.add_argument(
            "--tasks", action="store_true", help="publish tasks: --owner's, or --event's"
        )
    else:
        tasks.add_argument("--tasks", choices=["yes", "no"], help="no: a feed of events again")
    tasks.add_argument(
        "--owner", metavar="CONTACT", help="with --tasks: this person's tasks; '' for anyone's"
    )
    tasks.add_argument(
        "--event",
        metavar="EVENT",
        help="with --tasks: this event's tasks; with --rota: only this event's shifts (id, UID "
        "or exact title; '' for any event's)",
    )


def _add_feed_fields(parser: argparse.ArgumentParser, *, new: bool) -> None:
    shown = parser.add_argument_group("the calendar")
    shown.add_argument("--calendar-name", metavar="NAME", help="as Outlook names it (default: "
                       "the feed's name)")  # fmt: skip
    shown.add_argument("--description", help="the calendar's description")
    shown.add_argument(
        "--folder",
        metavar="FOLDER",
        help="publish the feed's file in this folder (a OneDrive or SharePoint folder, say); "
        "'' for none",
    )
    if new:
        shown.add_argument(
            "--include-cancelled", action="store_true", help="keep cancelled events, prefixed"
        )
        shown.add_argument("--notes", action="store_true", help="publish the private notes too")
    else:
        shown.add_argument("--include-cancelled", choices=["yes", "no"])
        shown.add_argument("--notes", choices=["yes", "no"], help="publish the private notes")
    shown.add_argument("--cancelled-prefix", metavar="TEXT", help="default 'Cancelled: '")
    shown.add_argument(
        "--language",
        choices=LANGUAGE_CHOICES,
        help="the language of the categories (the events' kinds): sv Swedish, en English, "
        "auto told from the feed's name and texts" + (" (the default)" if new else ""),
    )
    _add_feed_programme(parser, new=new)
    group = parser.add_argument_group("which events (repeat an option for 'any of')")
    group.add_argument("--search", metavar="TEXT", help="words in the title or description")
    group.add_argument("--kind", action="append", metavar="KIND", help=_KINDS)
    group.add_argument("--status", action="append", metavar="STATUS", help=_STATUSES)
    group.add_argument("--project", action="append", metavar="NAME_OR_ID")
    group.add_argument("--venue", action="append", metavar="NAME_OR_ID")
    group.add_argument("--organiser", action="append", metavar="NAME_OR_ID")
    group.add_argument("--tag", action="append", metavar="TAG")
    group.add_argument("--from", dest="start", metavar="DATE", help="only events from this day")
    group.add_argument("--to", dest="end", metavar="DATE", help="only events until this day")
