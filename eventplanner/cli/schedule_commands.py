"""`eventplanner programme EVENT --frab FILE.xml|FILE.json`: the programme as the schedule
file conference apps read (frab's schedule.xml, pretalx's schedule.json)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from eventplanner.cli.opening import opened_workspace
from eventplanner.cli.programme_commands import find_event
from eventplanner.domain.errors import ValidationError
from eventplanner.services.files import write_atomically
from eventplanner.services.programme.frab import schedule_json, schedule_xml

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]


def add_parser(commands: Commands) -> None:
    programme = commands.add_parser(
        "programme",
        help="write an event's programme as a schedule file for conference apps",
        description="The programme as frab's schedule.xml or pretalx's schedule.json, which "
        "conference apps (Giggity, Fahrplan, ConfClerk) and streaming tools read: stages as "
        "rooms, sessions as events (breaks left out), a stable guid per session.",
    )
    programme.add_argument("event", metavar="EVENT", help="the event's id, UID or exact title")
    programme.add_argument(
        "--frab",
        required=True,
        metavar="FILE",
        help="write to FILE.xml (frab XML) or FILE.json (pretalx JSON); '-' for XML on stdout",
    )


def run(args: argparse.Namespace) -> int:
    target: str = args.frab
    suffix = Path(target).suffix.lower()
    if target != "-" and suffix not in (".xml", ".json"):
        raise ValidationError("--frab", f"{target!r} must end in .xml or .json")
    with opened_workspace(args) as workspace:
        event = find_event(workspace, args.event)
        assert event.id is not None
        programme = workspace.programme.programme(event.id)
        text = (schedule_json if suffix == ".json" else schedule_xml)(programme, event)
    if target == "-":
        print(text, end="")
        return 0
    path = Path(target).expanduser()
    write_atomically(path, text.encode(), what=f"The schedule {path.name!r}", done="written")
    sessions = sum(not s.kind.is_pause for s in programme.sessions)
    print(f"Wrote the programme of {event.title!r} ({sessions} sessions) to {path}")
    return 0
