"""`eventplanner participant find|export|forget|retention`: what is held about a person,
from a terminal (issue 16, GDPR).

``find TEXT`` lists people across all events; ``export PERSON`` writes everything held
about them as JSON (to stdout, or ``--json FILE``) or as a readable PDF (``--pdf FILE``);
``forget PERSON`` anonymises them (their registrations and the reach counts stay) or, with
``--erase``, deletes them; ``--dry-run`` says what would happen and changes nothing.
``retention`` anonymises the people of past events (``--months N``, else the database's
setting), ``--set N`` keeps the setting, ``--list`` names past events still holding
personal data. An erasure from the command line cannot be undone.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventplanner.cli.output import terminal_text
from eventplanner.domain.errors import ValidationError
from eventplanner.services.personal_data.links import anonymous_name
from eventplanner.services.personal_data.records import Forgotten, PersonHoldings
from eventplanner.services.workspace import Workspace

if TYPE_CHECKING:
    Actions = argparse._SubParsersAction[argparse.ArgumentParser]

ACTIONS = frozenset({"find", "export", "forget", "retention"})
_PERSON = "the person's id, e-mail or exact name"


def add_actions(actions: Actions) -> None:
    """The personal-data actions of `participant`."""
    find = actions.add_parser("find", help="find a person across all events")
    find.add_argument("text", metavar="TEXT", help="part of a name, e-mail or organisation")
    find.add_argument("--format", choices=["table", "json"], default="table")
    export = actions.add_parser(
        "export", help="everything held about a person, as JSON (stdout by default) or PDF"
    )
    export.add_argument("person", metavar="PERSON", help=_PERSON)
    chosen = export.add_mutually_exclusive_group()
    chosen.add_argument("--json", metavar="FILE", nargs="?", const="-",
                        help="write JSON to FILE ('-' or none: standard output)")  # fmt: skip
    chosen.add_argument("--pdf", metavar="FILE", help="write a readable PDF (A4)")
    export.add_argument("--language", choices=["en", "sv"], default="en",
                        help="the PDF's language")  # fmt: skip
    forget = actions.add_parser(
        "forget", help="anonymise a person (keeps the counts), or --erase to delete them"
    )
    forget.add_argument("person", metavar="PERSON", help=_PERSON)
    forget.add_argument(
        "--erase", action="store_true",
        help="delete the person and their registrations (cannot be undone)",
    )  # fmt: skip
    forget.add_argument("--dry-run", action="store_true", help="say what would happen only")
    retention = actions.add_parser(
        "retention", help="anonymise the people of events past the retention"
    )
    retention.add_argument(
        "--months", type=int, metavar="N",
        help="months after their event (default: the database's setting)",
    )  # fmt: skip
    retention.add_argument("--dry-run", action="store_true", help="preview only")
    retention.add_argument("--set", type=int, metavar="N", dest="set_months",
                           help="keep N months as the database's setting (0: never)")  # fmt: skip
    retention.add_argument("--list", action="store_true",
                           help="past events still holding personal data")  # fmt: skip


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    action = args.registration_action
    if action == "find":
        return _find(args, workspace)
    if action == "retention":
        return _retention(args, workspace)
    from eventplanner.cli.registration_commands import find_person

    person = find_person(workspace, args.person)
    assert person.id is not None
    if action == "export":
        return _export(args, workspace, person.id)
    return _forget(args, workspace, person.id)


def _find(args: argparse.Namespace, workspace: Workspace) -> int:
    found = workspace.personal_data.find(args.text)
    if args.format == "json":
        rows = [{"id": p.contact.id, "name": p.contact.name, "email": p.contact.email,
                 "organisation": p.organisation or None, "registrations": p.registrations}
                for p in found]  # fmt: skip
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not found:
        print(f"Nobody's name, e-mail or organisation contains {args.text!r}.")
    else:
        for p in found:
            print(terminal_text(f"{p.contact.id}\t{p.contact.name}\t{p.contact.email}\t"
                                f"{p.organisation}\t{p.registrations} registrations"))  # fmt: skip
    return 0


def _export(args: argparse.Namespace, workspace: Workspace, ident: int) -> int:
    service = workspace.personal_data
    if args.pdf:
        from eventplanner.printing.personal_data import export_moment, personal_data_document
        from eventplanner.printing.render import write_pdf

        held = service.holdings(ident)
        document = personal_data_document(held, at=export_moment(), language=args.language)
        target = Path(args.pdf)
        try:
            pages = write_pdf(document, target)
        except OSError as exc:
            raise ValidationError("pdf", f"cannot write {target}: {exc.strerror or exc}") from exc
        print(f"Wrote {pages} page{'s' if pages != 1 else ''} about {held.name!r} to {target}")
        return 0
    text = service.export_json(ident)
    if args.json in (None, "-"):
        sys.stdout.write(text)
        return 0
    target = Path(args.json)
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ValidationError("json", f"cannot write {target}: {exc.strerror or exc}") from exc
    print(f"Wrote everything held about person {ident} to {target}")
    return 0


def _counted(n: int, section: str) -> str:
    """``1 person``, ``2 people``, ``1 registration``, ``3 role notes``."""
    words = section.replace("_", " ")
    if n == 1:
        words = "person" if words == "people" else words.removesuffix("s")
    return f"{n} {words}"


def _summary(counts: dict[str, int]) -> str:
    return ", ".join(_counted(n, section) for section, n in counts.items() if n)


def _forget(args: argparse.Namespace, workspace: Workspace, ident: int) -> int:
    service = workspace.personal_data
    held: PersonHoldings = service.holdings(ident)
    if args.dry_run:
        deleted, cleared = service.removal(ident)
        counts = held.counts()
        if args.erase:
            print(terminal_text(f"Would erase {held.name!r} (id {ident}) and: {_summary(deleted)}"))
            if cleared:
                print(terminal_text(f"Would take them off (these stay): {_summary(cleared)}"))
            if held.feeds:
                print(f"Refused while these feeds follow them: {', '.join(held.feeds)}")
        else:
            print(terminal_text(
                f"Would anonymise {held.name!r} (id {ident}); kept for the counts: "
                f"{_counted(counts.get('registrations', 0), 'registrations')} and the organisation"
            ))  # fmt: skip
        print("Dry run: nothing was changed.")
        return 0
    if args.erase:
        done: Forgotten = service.erase([ident])
        print(terminal_text(f"Erased {held.name!r} (id {ident}): {_summary(done.counts)}. "
                            "This cannot be undone."))  # fmt: skip
        _promoted(done)
    else:
        if held.anonymised:
            print(f"Person {ident} was anonymised already; anonymised again.")
        done = service.anonymise([ident])
        told = f"{anonymous_name(ident)!r}; emptied: {_summary(done.counts)}"
        print(terminal_text(f"Anonymised {held.name!r} (id {ident}) as {told}"))
    return 0


def _promoted(done: Forgotten) -> None:
    if done.promoted:
        names = ", ".join(f"{line.name} <{line.email}>" for line in done.promoted)
        print(terminal_text(f"Moved up from the waitlist: {names}"))
        print(f"Tell them: {done.mailto}")


def _retention(args: argparse.Namespace, workspace: Workspace) -> int:
    service = workspace.personal_data
    if args.set_months is not None:
        changed = service.set_retention(args.set_months)
        print(f"Retention: {args.set_months} months after the event"
              + ("" if changed else " (as it was)"))  # fmt: skip
        if args.months is None and not args.dry_run and not args.list:
            return 0
    if args.list:
        events = service.past_events()
        if not events:
            print("No past event holds personal data.")
        for event in events:
            print(terminal_text(f"{event.id}\t{event.ended:%Y-%m-%d}\t{event.title}\t"
                                f"{_counted(event.people, 'people')}"))  # fmt: skip
        return 0
    months = args.months if args.months is not None else service.retention().months
    if months <= 0:
        raise ValidationError(
            "months", "no retention is set; give --months N or keep one with --set N"
        )
    preview = service.retention_preview(months)
    if args.dry_run or not preview.people:
        _preview(preview)
        if args.dry_run:
            print("Dry run: nothing was changed.")
        return 0
    done = service.run_retention(previewed=preview)
    emptied = _counted(done.counts.get("registrations", 0), "registrations")
    print(f"Anonymised {_counted(len(done.people), 'people')} of events that ended before "
          f"{preview.cutoff:%Y-%m-%d} ({emptied} emptied of needs).")  # fmt: skip
    return 0


def _preview(preview: Any) -> None:
    print(f"Events that ended before {preview.cutoff:%Y-%m-%d} ({preview.months} months ago):")
    for event in preview.events:
        print(terminal_text(f"  {event.ended:%Y-%m-%d}  {event.title}: "
                            f"{_counted(event.people, 'people')}"))  # fmt: skip
    if not preview.people:
        print("Nobody to anonymise.")
        return
    print(terminal_text(f"Would anonymise {_counted(len(preview.people), 'people')} "
                        f"({_counted(preview.registrations, 'registrations')}): "
                        + ", ".join(name for _, name in preview.people)))  # fmt: skip
    if preview.kept_back:
        print(
            f"Kept: {_counted(preview.kept_back, 'people')} with a later registration or "
            "another role."
        )
