"""`eventplanner feed list|show|add|edit|delete|publish|new-token|preview`, and the
republishing of the feeds a command's writes may have changed."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date
from typing import Any

from eventplanner.cli import arguments, catalog_commands, preview_output
from eventplanner.cli.export_commands import print_warnings
from eventplanner.cli.opening import event_by_id_or_uid
from eventplanner.cli.output import terminal_text
from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.feeds import Feed, FeedProgramme, FeedTasks, PhaseChoice
from eventplanner.domain.filters import EventFilter
from eventplanner.domain.languages import ENGLISH, SWEDISH, feed_language
from eventplanner.services.change_journal import recording
from eventplanner.services.changes import ChangeSet
from eventplanner.services.events.facets import NOT_SET
from eventplanner.services.feeds.service import PublishReport
from eventplanner.services.workspace import Workspace


def run(args: argparse.Namespace, workspace: Workspace, reader_zone: str) -> int:
    action = args.feed_action
    if action == "list":
        return _list(args, workspace)
    if action == "add":
        feed = workspace.feeds.create(_feed(args, workspace, Feed(id=None, name=args.name)))
        print(f"Added the feed {feed.name!r} (id {feed.id})")
        _say_where(workspace, feed)
        return 0
    if action == "publish":
        return _publish(args, workspace, find_feed(workspace, args.name) if args.name else None)
    feed = find_feed(workspace, args.name)
    assert feed.id is not None
    if action == "show":
        return _show(args, workspace, feed)
    if action == "edit":
        changed = _feed(args, workspace, feed)
        if args.new_name is not None:
            changed = replace(changed, name=args.new_name)
        with recording() as journal:
            saved = workspace.feeds.update(changed, expected_version=feed.version)
        print(f"Changed the feed {saved.name!r} (id {saved.id})")
        _report(workspace.feeds.publish_changed(journal.changes))
        return 0
    if action == "delete":
        if not args.yes:
            if not sys.stdin.isatty():
                raise ValidationError("--yes", "deleting needs --yes when there is no terminal")
            answer = input(f"Delete the feed {feed.name!r}? [y/N] ").strip().lower()
            if answer not in {"y", "yes", "j", "ja"}:
                print("Nothing was deleted.")
                return 1
        workspace.feeds.delete(feed.id, expected_version=feed.version)
        print(f"Deleted the feed {feed.name!r}; its URL no longer works")
        path = workspace.feeds.file_path(feed)
        if path is not None and path.exists():
            print(f"Its last published file stays in {path}; delete it there if it should go.")
        return 0
    if action == "new-token":
        renewed = workspace.feeds.new_token(feed.id, expected_version=feed.version)
        print(f"The feed {renewed.name!r} has a new URL path: {feed_path(renewed)}")
        print("The old URL stops working now: subscribers need the new one.")
        return 0
    if action == "preview":
        found = workspace.feeds.preview(feed.id, args.zone or reader_zone)
        print_warnings(found.warnings)
        print(preview_output.as_table(found.rows, args.zone or reader_zone))
        return 0
    raise ValidationError("action", f"unknown feed action {action!r}")


def find_feed(workspace: Workspace, ref: str) -> Feed:
    """The feed with this id or name."""
    text = ref.strip()
    ident = arguments.record_id(text)  # a 40-digit number is no id a database holds
    if ident is not None:
        try:
            return workspace.feeds.get(ident)
        except NotFoundError:
            pass  # a feed may be called "2027"
    try:
        return workspace.feeds.get_by_name(text)
    except NotFoundError:
        raise NotFoundError(
            f"there is no feed called {ref!r}; see `eventplanner feed list`"
        ) from None


def republish_changed(workspace: Workspace, changes: ChangeSet) -> None:
    """After a command's writes: rewrite the files of the feeds ``changes`` may have changed
    (``FeedService.publish_changed``) whose content did change, and say so."""
    _report(workspace.feeds.publish_changed(changes))


def feed_path(feed: Feed) -> str:
    """The feed's path on the feed server (`eventplanner serve` prints the whole URL)."""
    return f"/feeds/{feed.token}.ics"


# -- the actions --------------------------------------------------------------------------


def _list(args: argparse.Namespace, workspace: Workspace) -> int:
    feeds = workspace.feeds.list()
    if args.format == "json":
        records = [feed_record(workspace, f) for f in feeds]
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    if not feeds:
        print("No feeds yet; add one with `eventplanner feed add --name ...`")
        return 0
    width = max(len(f.name) for f in feeds)
    for feed in feeds:
        published = _published(feed)
        folder = feed.folder or "(no folder: served over HTTP only)"
        print(terminal_text(f"{feed.name:<{width}}  {_filter_words(workspace, feed)}"))
        print(terminal_text(f"{'':<{width}}  {folder}; {published}"))
    return 0


def _show(args: argparse.Namespace, workspace: Workspace, feed: Feed) -> int:
    record = feed_record(workspace, feed)
    if args.format == "json":
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0
    lines = [
        f"Feed:           {feed.name} (id {feed.id})",
        f"Calendar name:  {feed.shown_name}",
        f"Events:         {_filter_words(workspace, feed)}",
        f"Cancelled:      {'shown, titled ' + repr(feed.cancelled_prefix) if feed.include_cancelled else 'left out'}",  # noqa: E501
        f"Private notes:  {'published' if feed.include_notes else 'not published'}",
        f"Categories in:  {_language_words(feed)}",
        f"Programme:      {programme_words(workspace, feed.programme)}",
        f"Tasks:          {_tasks_words(workspace, feed.tasks)}",
        f"Folder:         {feed.folder or '(none)'}",
        f"File:           {record['file'] or '(none)'}",
        f"Last published: {_published(feed)}",
        f"URL path:       {feed_path(feed)} (on the server `eventplanner serve` runs)",
    ]
    if feed.description:
        lines.insert(2, f"Description:    {feed.description}")
    print(terminal_text("\n".join(lines)))
    print(
        "In Outlook: Add calendar → Subscribe from web, and give the file's or the server's "
        "address. Importing the file instead gives a copy that never updates."
    )
    return 0


def _publish(args: argparse.Namespace, workspace: Workspace, feed: Feed | None) -> int:
    if args.all == (feed is not None):
        raise ValidationError("publish", "give one feed's name, or --all")
    feeds = workspace.feeds.list() if args.all else [feed]
    for each in feeds:
        assert each is not None and each.id is not None
        if args.all and not each.folder:
            print(f"Skipped {each.name!r}: it has no folder (it is served over HTTP only)")
            continue
        done = workspace.feeds.publish(each.id)
        plural = "" if done.events == 1 else "s"
        print(f"Published {each.name!r} ({done.events} event{plural}) to {done.path}")
    return 0


def _report(report: PublishReport) -> None:
    for done in report.published:
        print(f"Republished the feed {done.feed.name!r} to {done.path}")
    for failure in report.failed:
        print(f"warning: {failure.message}", file=sys.stderr)


def _say_where(workspace: Workspace, feed: Feed) -> None:
    if feed.folder:
        done = workspace.feeds.publish(feed.id or 0)
        print(f"Published it to {done.path}")
    print(f"Its URL path on the feed server: {feed_path(feed)}")


# -- reading the options ------------------------------------------------------------------


def _feed(args: argparse.Namespace, workspace: Workspace, base: Feed) -> Feed:
    """``base`` with the options given (on add, every option; on edit, those present)."""
    changes: dict[str, Any] = {}
    for name in ("calendar_name", "description", "folder", "cancelled_prefix"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    for name, option in (("include_cancelled", "include_cancelled"), ("include_notes", "notes")):
        value = getattr(args, option)
        if isinstance(value, str):
            changes[name] = value == "yes"
        elif value:
            changes[name] = True
    if args.language is not None:
        changes["language"] = arguments.language_setting(args.language)
    if args.start is not None:
        changes["first_day"] = arguments.parse_date(args.start, "--from") if args.start else None
    if args.end is not None:
        changes["last_day"] = arguments.parse_date(args.end, "--to") if args.end else None
    changes["where"] = _filter(args, workspace, base.where)
    changes["programme"] = _programme(args, workspace, base.programme)
    changes["tasks"] = _tasks(args, workspace, base.tasks)
    return replace(base, **changes)


def _tasks(args: argparse.Namespace, workspace: Workspace, base: FeedTasks) -> FeedTasks:
    """--tasks with --owner and --event: a deadline feed's choice of tasks."""
    wanted = args.tasks is True or args.tasks == "yes"
    if args.tasks == "no":
        return FeedTasks()
    chosen = args.owner is not None or args.event is not None
    if chosen and not (wanted or base.wanted):
        raise ValidationError("--tasks", "--owner and --event choose a deadline feed's tasks; "
                              "give --tasks too")  # fmt: skip
    changes: dict[str, Any] = {}
    if args.owner is not None:
        owner = args.owner.strip()
        changes["owner_id"] = (
            catalog_commands.resolver(workspace)("contact", owner) if owner else None
        )
    if args.event is not None:
        ref = args.event.strip()
        event = event_by_id_or_uid(workspace, ref) if ref else None
        if ref and event is None:
            raise NotFoundError(f"there is no event with the id or UID {ref!r}")
        changes["event_id"] = event.id if event is not None else None
    made = replace(base, **changes)
    if wanted and not made.wanted:
        raise ValidationError("--tasks", "say whose tasks: --owner CONTACT or --event EVENT")
    return made


def _programme(
    args: argparse.Namespace, workspace: Workspace, base: FeedProgramme
) -> FeedProgramme:
    changes: dict[str, Any] = {}
    for name in ("sessions", "breaks"):
        value = getattr(args, name)
        if isinstance(value, str):
            changes[name] = value == "yes"
        elif value:
            changes[name] = True
    if args.stage is not None:
        changes["stage"] = args.stage.strip()
    if args.phases is not None:
        changes["phases"] = PhaseChoice(args.phases)
    if args.person is not None:
        changes["person_id"] = (
            catalog_commands.resolver(workspace)("contact", args.person)
            if args.person.strip()
            else None
        )
    return replace(base, **changes)


def _filter(args: argparse.Namespace, workspace: Workspace, base: EventFilter) -> EventFilter:
    resolve = catalog_commands.resolver(workspace)

    def given(option: str) -> list[str] | None:
        values: list[str] | None = getattr(args, option)
        return None if values is None else [v for v in values if v.strip()]

    changes: dict[str, Any] = {}
    if args.search is not None:
        changes["text"] = args.search.strip()
    parsers: dict[str, tuple[str, Any]] = {
        "kind": ("kinds", arguments.parse_kind),
        "status": ("statuses", arguments.parse_status),
        "project": ("project_ids", lambda v: resolve("project", v)),
        "venue": ("venue_ids", lambda v: resolve("venue", v)),
        "organiser": ("organiser_ids", lambda v: resolve("organisation", v)),
        "tag": ("tags", str.strip),
    }
    for option, (field, parse) in parsers.items():
        values = given(option)
        if values is not None:
            changes[field] = frozenset(parse(v) for v in values)
    if "tags" in changes:  # named here, kept by id once saved: the names replace the ids
        changes["tag_ids"] = frozenset()
    return replace(base, **changes)


# -- showing ------------------------------------------------------------------------------


def feed_record(workspace: Workspace, feed: Feed) -> dict[str, Any]:
    """A feed as JSON: every setting, its file, and its URL path."""
    where = feed.where
    path = workspace.feeds.file_path(feed)
    return {
        "id": feed.id,
        "name": feed.name,
        "calendar_name": feed.shown_name,
        "description": feed.description,
        "kinds": sorted(k.value for k in where.kinds),
        "statuses": sorted(s.value for s in where.statuses),
        "projects": sorted(_names(workspace, "project", where.project_ids)),
        "venues": sorted(_names(workspace, "venue", where.venue_ids)),
        "organisers": sorted(_names(workspace, "organisation", where.organiser_ids)),
        "tags": _tag_names(workspace, where),
        "search": where.text,
        "first_day": _day(feed.first_day),
        "last_day": _day(feed.last_day),
        "include_cancelled": feed.include_cancelled,
        "cancelled_prefix": feed.cancelled_prefix,
        "include_notes": feed.include_notes,
        "language": arguments.language_choice(feed.language),
        "sessions": feed.programme.sessions,
        "stage": feed.programme.stage,
        "breaks": feed.programme.breaks,
        "phases": feed.programme.phases.value,
        "person": _person_name(workspace, feed.programme.person_id),
        "tasks": None
        if not feed.tasks.wanted
        else {
            "owner": _person_name(workspace, feed.tasks.owner_id),
            "event_id": feed.tasks.event_id,
        },
        "folder": feed.folder,
        "file": str(path) if path else None,
        "published_at": feed.published_at.isoformat() if feed.published_at else None,
        "url_path": feed_path(feed),
    }


def _person_name(workspace: Workspace, person: int | None) -> str | None:
    if person is None:
        return None
    try:
        name: str = catalog_commands.find(workspace, "contact", str(person)).name
    except NotFoundError:
        return f"(deleted contact {person})"
    return name


def _tasks_words(workspace: Workspace, tasks: FeedTasks) -> str:
    """Whose tasks a deadline feed publishes, in words."""
    if not tasks.wanted:
        return "none (a feed of events)"
    parts = ["the open tasks"]
    if tasks.event_id is not None:
        parts.append(f"of event {tasks.event_id}")
    if tasks.owner_id is not None:
        parts.append(f"of {_person_name(workspace, tasks.owner_id)}")
    return " ".join(parts) + ", as all-day deadlines"


def programme_words(workspace: Workspace, programme: FeedProgramme) -> str:
    """What of the programme a feed publishes, in words."""
    parts = []
    if programme.person_id is not None:
        parts.append(f"everything {_person_name(workspace, programme.person_id)} is in")
    if programme.sessions:
        where = f" on the stage {programme.stage!r}" if programme.stage else ""
        breaks = ", breaks too" if programme.breaks else ""
        parts.append(f"the sessions{where}{breaks}")
    if programme.phases is PhaseChoice.ALL:
        parts.append("every phase (build-up and tear-down too)")
    elif programme.phases is PhaseChoice.PUBLIC:
        parts.append("the public phases (open days)")
    return "; ".join(parts) if parts else "the events only"


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _names(workspace: Workspace, noun: str, ids: frozenset[int]) -> list[str]:
    found = []
    for ident in ids:
        if ident == NOT_SET and noun != "organisation":
            found.append(f"(no {noun})")
            continue
        try:
            found.append(catalog_commands.find(workspace, noun, str(ident)).name)
        except NotFoundError:
            found.append(f"(deleted {noun} {ident})")
    return found


def _tag_names(workspace: Workspace, where: EventFilter) -> list[str]:
    """The tags a feed chooses, by their names now (a renamed tag by its new name)."""
    return sorted({*_names(workspace, "tag", where.tag_ids), *where.tags})


def _filter_words(workspace: Workspace, feed: Feed) -> str:
    """The feed's choice of events in a line ("trade fair; tags mässa; 2027-01-01 on"); a
    deadline feed's choice of tasks."""
    if feed.tasks.wanted:
        return _tasks_words(workspace, feed.tasks)
    where = feed.where
    parts = []
    if where.kinds:
        parts.append(", ".join(sorted(k.label for k in where.kinds)))
    if where.statuses:
        parts.append("status " + ", ".join(sorted(s.label for s in where.statuses)))
    for noun, ids in (("project", where.project_ids), ("venue", where.venue_ids),
                      ("organisation", where.organiser_ids)):  # fmt: skip
        if ids:
            parts.append(f"{noun} " + ", ".join(sorted(_names(workspace, noun, ids))))
    if where.tags or where.tag_ids:
        parts.append("tags " + ", ".join(_tag_names(workspace, where)))
    if where.text:
        parts.append(f"text {where.text!r}")
    if feed.first_day or feed.last_day:
        first = feed.first_day.isoformat() if feed.first_day else "…"
        last = feed.last_day.isoformat() if feed.last_day else "…"
        parts.append(f"{first} to {last}")
    return "; ".join(parts) or "every event"


def _language_words(feed: Feed) -> str:
    """The feed's language setting in words ("Swedish", "automatic, …: now English")."""
    names = {SWEDISH: "Swedish", ENGLISH: "English"}
    if feed.language in names:
        return names[feed.language]
    return f"automatic, from the feed's name and texts: now {names[feed_language(feed)]}"


def _published(feed: Feed) -> str:
    if feed.published_at is None:
        return "never published as a file"
    return f"last published {feed.published_at:%Y-%m-%d %H:%M:%S} UTC"
