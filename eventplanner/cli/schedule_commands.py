"""`eventplanner programme EVENT --frab FILE.xml|FILE.json`: the programme as the schedule
file conference apps read (frab's schedule.xml, pretalx's schedule.json): the latest release,
or with `--draft` the draft. Its arguments are the `programme` command's
(``print_command.add_parser``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from eventplanner.cli.opening import opened_workspace
from eventplanner.cli.programme_commands import find_event
from eventplanner.domain.errors import ValidationError
from eventplanner.services.files import write_atomically
from eventplanner.services.programme.frab import schedule_json, schedule_xml


def run(args: argparse.Namespace) -> int:
    target: str = args.frab
    suffix = Path(target).suffix.lower()
    if target != "-" and suffix not in (".xml", ".json"):
        raise ValidationError("--frab", f"{target!r} must end in .xml or .json")
    with opened_workspace(args) as workspace:
        event = find_event(workspace, args.event)
        assert event.id is not None
        programme = workspace.releases.publishable(event.id, draft=args.draft)
        text = (schedule_json if suffix == ".json" else schedule_xml)(programme, event)
    if target == "-":
        print(text, end="")
        return 0
    path = Path(target).expanduser()
    write_atomically(path, text.encode(), what=f"The schedule {path.name!r}", done="written")
    sessions = sum(not s.kind.is_pause for s in programme.sessions)
    print(f"Wrote the programme of {event.title!r} ({sessions} sessions) to {path}")
    return 0
