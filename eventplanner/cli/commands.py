"""What each subcommand does: parse, call a service, print. No rules live here."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from eventplanner.cli import (
    TIME_ZONE_ENV,
    arguments,
    budget_commands,
    catalog_commands,
    checkin_commands,
    export_commands,
    feed_commands,
    output,
    people_commands,
    playbook_commands,
    programme_commands,
    registration_commands,
    report_commands,
    rota_commands,
    schedule_commands,
    serve_command,
    task_commands,
    task_text,
    workday_commands,
)
from eventplanner.cli.filtering import event_filter
from eventplanner.cli.opening import (
    database_target,
    event_by_id_or_uid,
    opened_workspace,
    with_password,
)
from eventplanner.domain.errors import (
    NotFoundError,
    ValidationError,
)
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.model import Event, EventDraft, OccurrenceChange, SaveResult, SplitResult
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.series import (
    first_of,
    moved_recurrence_id,
    occurrence_timing,
    split_draft,
    start_key,
)
from eventplanner.domain.series_edits import ExceptionsLostError, lost_text, whole_series_edit
from eventplanner.domain.task_anchors import FollowingEdit, OccurrenceEdit, WholeEdit
from eventplanner.domain.task_moves import TaskMove
from eventplanner.domain.timezones import DEFAULT_TIME_ZONE, zone
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing
from eventplanner.ical import endless_problem
from eventplanner.ical.event_warnings import series_note
from eventplanner.persistence import migrations
from eventplanner.persistence.database import Database, database_url
from eventplanner.services.change_journal import recording, written_changes
from eventplanner.services.changes import Action, Kind
from eventplanner.services.events.write_results import EventWritten
from eventplanner.services.workspace import Workspace, sample_database_path


def run(args: argparse.Namespace) -> int:
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "sample": sample,
        "list": list_events,
        "show": show,
        "add": add,
        "edit": edit,
        "cancel": cancel,
        "delete": delete,
        "duplicate": duplicate,
        "db": db,
        "export": export,
        "feed": feed,
        "serve": serve,
        "import": import_files,
        "session": programme_commands.run,
        "block": programme_commands.run,
        "stage": programme_commands.run,
        "phase": programme_commands.run,
        "role": programme_commands.run,
        "shift": rota_commands.run,
        "skill": rota_commands.run,
        "rota": rota_commands.run,
        "availability": people_commands.run,
        "participant": registration_commands.run,
        "registration": registration_commands.run,
        "checkin": checkin_commands.run,
        "stand": stand,
        "exhibitor": stand,
        "task": task_commands.run,
        "budget": budget_commands.run,
        "report": report_commands.run,
        "target": report_commands.run,
        "playbook": playbook_commands.run,
        "conflicts": conflicts,
        "programme": programme,
        "calendar": calendar,
        "workdays": workday_commands.run,  # a database only when one is given
    }
    handler = handlers.get(args.command)
    if handler is None:
        with opened_workspace(args) as workspace, recording() as journal:
            status = catalog_commands.run(args, workspace)
            if journal.changes:  # a renamed venue or tag shows in feeds
                feed_commands.republish_changed(workspace, journal.changes)
            return status
    return handler(args)


def stand(args: argparse.Namespace) -> int:
    """`stand …` and `exhibitor …`: read and written through ``stand_running``, imported
    when asked for (its spreadsheet writer is not small)."""
    from eventplanner.cli import stand_running

    return stand_running.run(args)


def display_zone(args: argparse.Namespace) -> str:
    given = getattr(args, "tz", None)
    if given is not None:
        return arguments.parse_zone(given)
    if os.environ.get(TIME_ZONE_ENV):
        return arguments.parse_zone(os.environ[TIME_ZONE_ENV], TIME_ZONE_ENV)
    return DEFAULT_TIME_ZONE


# -- sample -------------------------------------------------------------------------------


def sample(args: argparse.Namespace) -> int:
    from eventplanner.services.sample import build_sample

    target = database_target(args) or str(sample_database_path())
    url = database_url(target)
    path = Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
    if path is not None and path.exists():
        if not args.replace:
            raise ValidationError(
                "database", f"{path} already exists; use --replace to make it anew"
            )
        # Whatever the file held is kept aside, never deleted: --replace may be aimed at the
        # wrong file.
        kept = path.with_name(
            f"{path.stem}.replaced-{datetime.now(UTC):%Y%m%dT%H%M%SZ}{path.suffix}"
        )
        for suffix in ("-wal", "-shm", ""):  # the write-ahead log goes with its file
            source = Path(f"{path}{suffix}")
            if source.exists():
                source.rename(f"{kept}{suffix}")
        print(f"The previous {path.name} is kept as {kept}")
    workspace = with_password(lambda password: Workspace(Database.open(url, password=password)))
    try:
        summary = build_sample(workspace)
    finally:
        workspace.close()
    print(f"Sample planning year created in {path or url.render_as_string(hide_password=True)}")
    print(
        f"{summary.events} events ({summary.series} repeating, {summary.changed_occurrences} "
        f"occurrences changed) from {summary.first_day} to {summary.last_day}; "
        f"{summary.venues} venues, {summary.organisations} organisations, "
        f"{summary.contacts} contacts, {summary.projects} projects, {summary.tags} tags, "
        f"{summary.feeds} feeds (see `eventplanner feed list`), {summary.sessions} "
        f"programme sessions (see `eventplanner session list`), {summary.stands} shared "
        f"stands at the trade fairs (see `eventplanner stand show`) with {summary.shifts} "
        f"shifts in their rotas (see `eventplanner shift list`), {summary.tasks} tasks from "
        f"the playbooks (see `eventplanner task list`), {summary.budget_lines} budget lines "
        f"(see `eventplanner budget list` and `budget totals`), {summary.registrations} "
        f"registrations of {summary.participants} participants (see `eventplanner "
        "registration list EVENT`)"
    )
    return 0


def import_files(args: argparse.Namespace) -> int:
    from eventplanner.cli import import_command

    name = args.zone or os.environ.get(TIME_ZONE_ENV) or DEFAULT_TIME_ZONE
    zone(name)
    with opened_workspace(args) as workspace:
        return import_command.run(args, workspace, name)


# -- list and show ------------------------------------------------------------------------


def _window(args: argparse.Namespace, workspace: Workspace, tz: str) -> TimeWindow:
    today = datetime.now(zone(tz)).date()
    if args.all:
        if args.start or args.end:
            raise ValidationError("--all", "use --all or --from/--to, not both")
        span = workspace.queries.span()
        if span is None:
            return TimeWindow.days(today, today, tz)
        end = max(span[1], datetime.now(UTC) + timedelta(days=730))
        return TimeWindow(span[0], end, tz)
    first = arguments.parse_date(args.start, "--from") if args.start else today
    last = arguments.parse_date(args.end, "--to") if args.end else first + timedelta(days=364)
    if last < first:
        raise ValidationError("--to", "the last day must not be before the first")
    return TimeWindow.days(first, last, tz)


def list_events(args: argparse.Namespace) -> int:
    tz = display_zone(args)
    with opened_workspace(args) as workspace:
        where = event_filter(args, workspace)
        if args.upcoming is not None:
            if args.upcoming < 1:
                raise ValidationError("--upcoming", "must be at least 1")
            found = workspace.queries.upcoming(limit=args.upcoming, where=where)
        else:
            found = workspace.queries.occurrences(_window(args, workspace, tz), where)
    if args.limit is not None:
        found = found[: max(0, args.limit)]
    if args.format == "json":
        print(output.as_json(found))
    elif args.format == "csv":
        sys.stdout.write(output.as_csv(found))
    else:
        print(output.as_table(found, tz))
    return 0


def find_event(workspace: Workspace, ref: str) -> Event:
    event = event_by_id_or_uid(workspace, ref)
    if event is None:
        raise NotFoundError(f"no event has the id or UID {ref!r}")
    return event


def show(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        event = find_event(workspace, args.event)
    if args.format == "json":
        print(json.dumps(output.event_record(event), ensure_ascii=False, indent=2))
    else:
        print(output.event_text(event, display_zone(args)))
    return 0


# -- add and edit -------------------------------------------------------------------------


def _timing(args: argparse.Namespace, all_day: bool, tz: str, old: Timing | None) -> Timing:
    """The timing from --start/--end (either may be missing on edit: keep the old one)."""
    if all_day:
        if args.start:
            first = arguments.parse_date(args.start, "start")
        elif isinstance(old, AllDaySpan):
            first = old.first_day
        elif old is not None:
            first = old.start.date()
        else:
            raise ValidationError("start", "an event needs a first day")
        if args.end:
            last = arguments.parse_date(args.end, "end")
        elif isinstance(old, AllDaySpan) and not args.start:
            last = old.last_day
        elif isinstance(old, AllDaySpan):
            last = first + (old.last_day - old.first_day)
        else:
            last = first
        return AllDaySpan(first, last, tz)
    if args.start:
        start = arguments.parse_moment(args.start, tz, "start")
    elif isinstance(old, TimedSpan):
        start = old.start.astimezone(zone(tz))
    else:
        raise ValidationError("start", "give a start time, like '2027-03-12 09:00'")
    if args.end:
        end = arguments.parse_moment(args.end, tz, "end")
    elif isinstance(old, TimedSpan):
        end = start + old.duration
    else:
        end = start + timedelta(hours=1)
    return TimedSpan(start, end, tz)


def _draft(
    args: argparse.Namespace,
    workspace: Workspace,
    base: Event | EventDraft | None,
    *,
    skipped_follow: bool = False,
) -> EventDraft:
    """The draft from the options given, on top of ``base``; with ``skipped_follow`` the
    skipped dates move with a moved start, as they do in the editor."""
    resolve = catalog_commands.resolver(workspace)
    old = base.draft() if isinstance(base, Event) else base

    def optional_ref(noun: str, value: str | None, current: int | None) -> int | None:
        if value is None:
            return current
        return resolve(noun, value) if value.strip() else None

    venue_id = optional_ref("venue", args.venue, old.venue_id if old else None)
    if args.tz is not None:
        tz = arguments.parse_zone(args.tz)
    elif old is not None:
        tz = old.timing.time_zone
    elif venue_id is not None:
        tz = workspace.venues.get(venue_id).time_zone
    else:
        tz = DEFAULT_TIME_ZONE
    zone(tz)
    if isinstance(args.all_day, str):
        all_day = args.all_day == "yes"
    else:
        all_day = bool(args.all_day) or (old is not None and old.timing.all_day)
    timing = _timing(args, all_day, tz, old.timing if old else None)
    recurrence = old.recurrence if old else None
    if skipped_follow and recurrence is not None and old is not None and timing != old.timing:
        was, now = start_key(old.timing), start_key(timing)
        moved = tuple(moved_recurrence_id(x, was, now) for x in recurrence.exdates)
        recurrence = replace(recurrence, exdates=moved)
    if args.repeat is not None:
        text = args.repeat.strip()
        recurrence = None if text.lower() in {"", "none"} else Recurrence(text)
    if args.exdates:
        if recurrence is None:
            raise ValidationError("--except", "only a repeating event has occurrences to leave out")
        extra = tuple(arguments.parse_recurrence_id(x, "--except") for x in args.exdates)
        recurrence = replace(recurrence, exdates=recurrence.exdates + extra)
    draft = old or EventDraft(title=args.title or "", timing=timing)
    changes: dict[str, object] = {"timing": timing, "recurrence": recurrence, "venue_id": venue_id}
    if args.title is not None:
        changes["title"] = args.title
    if args.kind is not None:
        changes["kind"] = arguments.parse_kind(args.kind)
    if args.status is not None:
        changes["status"] = arguments.parse_status(args.status)
    for name in ("description", "notes"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.online_url is not None:
        changes["online_url"] = args.online_url.strip()
    if args.web_page is not None:
        changes["web_page"] = args.web_page.strip()
    changes["project_id"] = optional_ref("project", args.project, draft.project_id)
    changes["organiser_id"] = optional_ref("organisation", args.organiser, draft.organiser_id)
    if args.tag is not None:
        changes["tags"] = tuple(t for t in args.tag if t.strip())
    if args.capacity is not None:
        changes["capacity"] = arguments.parse_capacity(args.capacity)
    if getattr(args, "visibility", None) is not None:
        changes["public"] = args.visibility == "public"
    if args.busy is not None:
        changes["busy_status"] = arguments.parse_busy(args.busy)
    if args.reminder is not None:
        changes["reminder_minutes"] = arguments.parse_reminder(args.reminder)
    return replace(draft, **changes)  # type: ignore[arg-type]


def _report(verb: str, result: SaveResult | EventWritten) -> None:
    event = result.event
    print(f"{verb} {event.title!r} (id {event.id}, UID {event.uid})")
    for warning in result.warnings:
        print(f"warning: {warning.message}", file=sys.stderr)
    # As the editor warns at Save (OUTLOOK.md 6): an endless rule outside Outlook's patterns
    # reaches every feed as it is, and Outlook shows its first occurrence only.
    recurrence = event.recurrence
    if recurrence is not None and endless_problem(recurrence.rule, first_of(event.timing)):
        note = series_note(event)
        if note is not None:
            print(f"warning: {note}", file=sys.stderr)


def add(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace, recording() as journal:
        result = workspace.events.create(_draft(args, workspace, None))
        _report("Added", result)
        feed_commands.republish_changed(workspace, written_changes(result, journal.changes))
    return 0


def edit(args: argparse.Namespace) -> int:
    if args.following and not args.occurrence:
        raise ValidationError("--following", "give --occurrence: the first occurrence to change")
    with opened_workspace(args) as workspace, _exceptions_refused(), recording() as journal:
        event = find_event(workspace, args.event)
        result: SaveResult | SplitResult
        # Its tasks follow it as in the app: which, from → to, said after the save.
        moves: list[TaskMove]
        if args.following:
            key = arguments.parse_recurrence_id(args.occurrence, "--occurrence")
            following = _draft(args, workspace, split_draft(event, key), skipped_follow=True)
            moves = workspace.tasks.planned_moves(event.id, FollowingEdit(key, following))
            result = workspace.events.split_series(
                event.id,
                key,
                following,
                expected_version=event.version,
                drop_exceptions=args.drop_exceptions,
            )
            _report_split(args.occurrence, result)
        elif args.occurrence:
            change = _occurrence_change(args, event)
            moves = workspace.tasks.planned_moves(event.id, OccurrenceEdit(change))
            result = workspace.events.change_occurrence(
                event.id, change, expected_version=event.version
            )
            _report("Changed", result)
        else:
            # A moved series' skipped dates move with it, as in the editor.
            draft = _draft(args, workspace, event, skipped_follow=True)
            dropped = whole_series_edit(event, draft)
            moves = workspace.tasks.planned_moves(event.id, WholeEdit(draft))
            result = workspace.events.update(
                event.id,
                draft,
                expected_version=event.version,
                drop_exceptions=args.drop_exceptions,
            )
            if dropped.loses_exceptions:
                print(f"Dropped {lost_text(dropped)}", file=sys.stderr)
            _report("Changed", result)
        moved = journal.changes.ids(Kind.TASK, Action.CHANGED)
        moves = [m for m in moves if m.id in moved]
        if moves:
            print(output.terminal_text(task_text.moves_text(moves)))
        feed_commands.republish_changed(workspace, written_changes(result, journal.changes))
    return 0


@contextlib.contextmanager
def _exceptions_refused() -> Iterator[None]:
    """An edit that would lose exceptions is refused as bad data is, saying how to save it."""
    try:
        yield
    except ExceptionsLostError as refused:
        raise ValidationError(
            "--drop-exceptions",
            f"{refused.message}; nothing was saved. Give --drop-exceptions to save it anyway",
        ) from None


def _occurrence_change(args: argparse.Namespace, event: Event) -> OccurrenceChange:
    """`edit --occurrence WHEN`: the change to that occurrence the options make."""
    key = arguments.parse_recurrence_id(args.occurrence, "--occurrence")
    not_here = [name for name in ("venue", "project", "organiser", "tag", "kind", "repeat")
                if getattr(args, name, None) is not None]  # fmt: skip
    if not_here:
        raise ValidationError(
            "--occurrence", f"--{not_here[0]} applies to the whole series, not one occurrence"
        )
    existing = next((c for c in event.changes if c.recurrence_id == key), None)
    change = existing or OccurrenceChange(recurrence_id=key)
    if args.start or args.end:
        current = change.timing or occurrence_timing(event.timing, key)
        timing = _timing(args, event.timing.all_day, event.timing.time_zone, current)
        change = replace(change, timing=timing)
    if args.title is not None:
        change = replace(change, title=args.title)
    if args.description is not None:
        change = replace(change, description=args.description)
    if args.status is not None:
        change = replace(change, status=arguments.parse_status(args.status))
    return change


def _report_split(occurrence: str, result: SplitResult) -> None:
    later, earlier = result.later, result.earlier
    if earlier is None:  # from the first occurrence: the whole series
        _report("Changed", SaveResult(later, result.warnings))
        return
    print(
        f"Changed {later.title!r} from {occurrence} on (id {later.id}, UID {later.uid}); "
        f"{earlier.title!r} (id {earlier.id}) now ends before it"
    )
    for warning in result.warnings:
        print(f"warning: {warning.message}", file=sys.stderr)


# -- cancel, delete, duplicate ----------------------------------------------------------------


def cancel(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace, recording() as journal:
        event = find_event(workspace, args.event)
        if args.occurrence:
            key = arguments.parse_recurrence_id(args.occurrence, "--occurrence")
            change = OccurrenceChange(recurrence_id=key, cancelled=True)
            result = workspace.events.change_occurrence(
                event.id, change, expected_version=event.version
            )
            print(f"Cancelled the occurrence {args.occurrence} of {event.title!r}")
        else:
            result = workspace.events.cancel(event.id, expected_version=event.version)
            print(f"Cancelled {event.title!r} (id {event.id})")
        feed_commands.republish_changed(workspace, written_changes(result, journal.changes))
    return 0


def delete(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace, recording() as journal:
        event = find_event(workspace, args.event)
        if not args.yes:
            if not sys.stdin.isatty():
                raise ValidationError("--yes", "deleting needs --yes when there is no terminal")
            answer = input(f"Delete {event.title!r} for good? [y/N] ").strip().lower()
            if answer not in {"y", "yes", "j", "ja"}:
                print("Nothing was deleted.")
                return 1
        workspace.events.delete(event.id, expected_version=event.version)
        print(f"Deleted {event.title!r} (id {event.id})")
        # A write that tells no change set (neither returned nor in the journal) is read
        # as one of everything: every feed is looked at.
        feed_commands.republish_changed(workspace, written_changes(None, journal.changes))
    return 0


def duplicate(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace, recording() as journal:
        event = find_event(workspace, args.event)
        to_day = arguments.parse_date(args.to_day, "--to") if args.to_day else None
        result = workspace.events.duplicate(event.id, to_day=to_day)
        _report("Copied to", result)
        feed_commands.republish_changed(workspace, written_changes(result, journal.changes))
    return 0


# -- export and feeds -------------------------------------------------------------------------


def export(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        return export_commands.export(args, workspace, _reader_zone(args))


def feed(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        return feed_commands.run(args, workspace, _reader_zone(args))


def serve(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        return serve_command.serve(
            workspace.feeds, args.host, args.port, allow_remote=args.allow_remote
        )


def conflicts(args: argparse.Namespace) -> int:
    from eventplanner.cli import conflict_commands

    tz = display_zone(args)
    with opened_workspace(args) as workspace:
        return conflict_commands.conflicts(args, workspace, tz)


def calendar(args: argparse.Namespace) -> int:
    from eventplanner.cli import conflict_commands

    with opened_workspace(args) as workspace:
        return conflict_commands.calendar(args, workspace)


def _reader_zone(args: argparse.Namespace) -> str:
    name = getattr(args, "zone", None) or os.environ.get(TIME_ZONE_ENV) or DEFAULT_TIME_ZONE
    zone(name)
    return str(name)


# -- db ---------------------------------------------------------------------------------------


def db(args: argparse.Namespace) -> int:
    target = database_target(args)
    if args.db_command == "upgrade":
        database = with_password(
            lambda password: Database.open(target, upgrade=False, password=password)
        )
        try:
            before = migrations.state(database.engine)
            backup = database.upgrade()
            after = migrations.state(database.engine)
        finally:
            database.close()
        if before.is_current:
            print(f"{database.display_name} is already at schema {after.current}.")
        else:
            if before.current is None:
                print(f"Created the tables of schema {after.current} in {database.display_name}.")
            else:
                print(
                    f"Upgraded {database.display_name} from schema {before.current} to "
                    f"{after.current}."
                )
            if backup:
                print(f"The database as it was is kept in {backup}")
        return 0
    database = with_password(lambda password: Database.open(target, password=password))
    try:
        if args.db_command == "backup":
            if args.target:
                copy = Path(args.target).expanduser()
            else:
                copy = database.dated_copy_name("backup")
            made = database.backup(copy)
            print(f"Backed up {database.display_name} to {made}")
            return 0
        state = migrations.state(database.engine)
        workspace = Workspace(database)
        print(f"Database:  {database.display_name}")
        print(f"Schema:    {state.current} (this version knows up to {state.head})")
        print(f"Events:    {workspace.queries.count()}")
        print(f"Venues:    {len(workspace.venues.list())}")
        print(f"Projects:  {len(workspace.projects.list())}")
        print(f"Organisations: {len(workspace.organisations.list())}")
        return 0
    finally:
        database.close()


def programme(args: argparse.Namespace) -> int:
    if args.release is not None or args.releases or args.changes:
        from eventplanner.cli import release_commands

        return release_commands.run(args)
    if args.frab is not None:
        return schedule_commands.run(args)
    from eventplanner.cli import print_command

    return print_command.run(args)
