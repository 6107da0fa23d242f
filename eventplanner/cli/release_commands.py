"""`eventplanner programme EVENT --release NAME | --releases | --changes`: releasing an
event's programme from a terminal (issue 14).

`--release NAME [--note TEXT] [--emails DIR]` releases the draft, prints what changed and
who is affected, and with `--emails` writes one `.eml` per person (an unsent draft Outlook
opens ready to send); held by a conflict or with nothing changed it exits 1 and says why.
`--releases` lists the releases; `--changes` the draft against the latest release. JSON
carries ids, UIDs, ISO 8601 times with their offsets and the people with their roles.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from eventplanner.cli import feed_commands
from eventplanner.cli.conflict_commands import conflict_record
from eventplanner.cli.opening import opened_workspace
from eventplanner.cli.output import terminal_text
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.programme_releases import (
    ChangeKind,
    PersonChanges,
    ProgrammeDiff,
    Release,
    ReleasedSession,
    SessionChange,
)
from eventplanner.domain.timezones import zone
from eventplanner.services.change_journal import recording, written_changes
from eventplanner.services.programme.releases import ReleasePlan
from eventplanner.services.workspace import Workspace


def run(args: argparse.Namespace) -> int:
    from eventplanner.cli.programme_commands import find_event

    if args.emails is not None and args.release is None:
        raise ValidationError("--emails", "goes with --release NAME (the release to write for)")
    if args.note and args.release is None:
        raise ValidationError("--note", "goes with --release NAME")
    with opened_workspace(args) as workspace:
        event = find_event(workspace, args.event)
        assert event.id is not None
        if args.releases:
            return _list(workspace, event.id, args.format)
        if args.changes:
            return _changes(workspace, event.id, args.format)
        return _release(workspace, event.id, args)


# -- the actions ----------------------------------------------------------------------------


def _list(workspace: Workspace, event_id: int, form: str) -> int:
    releases = workspace.releases.releases(event_id)
    if form == "json":
        print(json.dumps([_release_record(r, sessions=False) for r in releases],
                         ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    if not releases:
        print("Not released yet.")
        return 0
    for release in releases:
        when = release.released_at.astimezone(zone(release.time_zone))
        note = f"  {terminal_text(release.note)}" if release.note else ""
        print(f"{release.number:>3}  {when:%Y-%m-%d %H:%M}  {terminal_text(release.name)}  "
              f"({len(release.sessions)} sessions){note}")  # fmt: skip
    return 0


def _changes(workspace: Workspace, event_id: int, form: str) -> int:
    plan = workspace.releases.pending(event_id)
    time_zone = _zone_of(workspace, event_id)
    if form == "json":
        print(json.dumps(_plan_record(plan, time_zone), ensure_ascii=False, indent=2))
        return 0
    since = plan.latest.label if plan.latest is not None else "nothing released yet"
    print(f"Draft against {terminal_text(since)}: {plan.diff.summary()}")
    _print_diff(plan.diff, time_zone)
    _print_people(plan.people)
    if plan.holding:
        print(f"Held by {len(plan.holding)} conflict{'s' * (len(plan.holding) != 1)} "
              "(accept with `eventplanner conflicts accept KEY --reason TEXT`):")  # fmt: skip
        for conflict in plan.holding:
            print(f"  {conflict.key}  {terminal_text(conflict.message)}")
    return 0


def _release(workspace: Workspace, event_id: int, args: argparse.Namespace) -> int:
    folder = Path(args.emails).expanduser() if args.emails is not None else None
    if folder is not None and not folder.is_dir():
        raise ValidationError("--emails", f"{folder} is not a folder that exists")
    with recording() as journal:
        written = workspace.releases.release(event_id, args.release, args.note or "")
    release = written.record
    history = workspace.releases.history(release.id)
    paths: tuple[Path, ...] = ()
    if folder is not None:
        paths = workspace.releases.write_emails(event_id, release.id, args.language, folder)
    if args.format == "json":
        record = _release_record(release, sessions=True)
        record["changes"] = _diff_record(history.diff, release.time_zone)
        record["people"] = [_person_record(p) for p in history.people]
        record["emails"] = [str(p) for p in paths]
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        print(f"Released {terminal_text(release.label)}: {history.diff.summary()}")
        _print_diff(history.diff, release.time_zone)
        _print_people(history.people)
        for path in paths:
            print(f"wrote {path}")
    feed_commands.republish_changed(workspace, written_changes(None, journal.changes))
    return 0


# -- words ----------------------------------------------------------------------------------


def _zone_of(workspace: Workspace, event_id: int) -> str:
    return workspace.events.get(event_id).timing.time_zone


def _span(session: ReleasedSession, time_zone: str) -> str:
    tz = zone(time_zone)
    start, end = session.starts_at.astimezone(tz), session.ends_at.astimezone(tz)
    place = f", {session.stage_name}" if session.stage_name else ""
    return f"{start:%a %d %b %H:%M}–{end:%H:%M}{place}"


def _change_line(change: SessionChange, time_zone: str) -> str:
    title = terminal_text(change.title)
    if change.change is ChangeKind.MOVED and change.before is not None:
        assert change.after is not None
        when = f"{_span(change.before, time_zone)} → {_span(change.after, time_zone)}"
    else:
        when = _span(change.current, time_zone)
    what = f" ({', '.join(sorted(change.what))})" if change.change is ChangeKind.CHANGED else ""
    return f"  {change.change.value.capitalize()}: {title}, {when}{what}"


def _print_diff(diff: ProgrammeDiff, time_zone: str) -> None:
    for change in diff.changes:
        print(_change_line(change, time_zone))
    for phase in diff.phase_changes:
        print(f"  {phase.change.value.capitalize()} phase: {terminal_text(phase.title)}")


def _print_people(people: tuple[PersonChanges, ...]) -> None:
    if not people:
        return
    print(f"Affected ({len(people)}):")
    for person in people:
        address = f" <{terminal_text(person.email)}>" if person.email else " (no e-mail address)"
        count = len(person.changes)
        print(f"  {terminal_text(person.name)}{address}: {count} change{'s' * (count != 1)}")


# -- JSON -----------------------------------------------------------------------------------


def _time(moment: Any, time_zone: str) -> str:
    return str(moment.astimezone(zone(time_zone)).isoformat(timespec="seconds"))


def _session_record(session: ReleasedSession | None, time_zone: str) -> dict[str, Any] | None:
    if session is None:
        return None
    return {
        "uid": session.uid,
        "session_id": session.session_id,
        "title": session.title,
        "kind": session.kind.value,
        "start": _time(session.starts_at, time_zone),
        "end": _time(session.ends_at, time_zone),
        "stage": session.stage_name,
        "sequence": session.sequence,
        "people": [
            {"contact_id": p.contact_id, "name": p.name, "role": p.role.value}
            for p in session.people
        ],
    }


def _change_record(change: SessionChange, time_zone: str) -> dict[str, Any]:
    return {
        "uid": change.uid,
        "title": change.title,
        "change": change.change.value,
        "what": sorted(change.what),
        "before": _session_record(change.before, time_zone),
        "after": _session_record(change.after, time_zone),
    }


def _diff_record(diff: ProgrammeDiff, time_zone: str) -> dict[str, Any]:
    return {
        "summary": diff.summary(),
        "sessions": [_change_record(c, time_zone) for c in diff.changes],
        "phases": [
            {"uid": p.uid, "title": p.title, "change": p.change.value} for p in diff.phase_changes
        ],
    }


def _person_record(person: PersonChanges) -> dict[str, Any]:
    return {
        "contact_id": person.contact_id,
        "name": person.name,
        "email": person.email,
        "language": person.language,
        "changes": [_person_change(person, c) for c in person.changes],
    }


def _person_change(person: PersonChanges, change: SessionChange) -> dict[str, Any]:
    return {
        "uid": change.uid,
        "change": change.change.value,
        "roles": [r.value for r in person.roles_on(change)],
        "removed": person.removed_from(change),
    }


def _release_record(release: Release, *, sessions: bool) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": release.id,
        "event_id": release.event_id,
        "number": release.number,
        "name": release.name,
        "note": release.note,
        "released_at": release.released_at.isoformat(timespec="seconds"),
        "time_zone": release.time_zone,
        "session_count": len(release.sessions),
    }
    if sessions:
        record["sessions"] = [_session_record(s, release.time_zone) for s in release.sessions]
    return record


def _plan_record(plan: ReleasePlan, time_zone: str) -> dict[str, Any]:
    latest = plan.latest
    return {
        "event_id": plan.event_id,
        "latest": None if latest is None else _release_record(latest, sessions=False),
        "next_number": plan.next_number,
        "can_release": plan.can_release,
        "changes": _diff_record(plan.diff, time_zone),
        "people": [_person_record(p) for p in plan.people],
        "holding": [conflict_record(c) for c in plan.holding],
    }
