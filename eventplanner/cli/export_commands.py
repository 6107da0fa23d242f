"""`eventplanner export`: the events the filters pick, as one iCalendar file or a preview."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from eventplanner.cli import arguments, preview_output
from eventplanner.cli.filtering import event_filter
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.feed_rules import MAX_PREFIX
from eventplanner.domain.languages import chosen_language
from eventplanner.ical import CalendarInfo, ExportOptions, OutlookWarning
from eventplanner.services.exporting.export import Selection
from eventplanner.services.files import write_atomically
from eventplanner.services.workspace import Workspace

DEFAULT_CALENDAR_NAME = "Eventplanner"


def selection(args: argparse.Namespace, workspace: Workspace) -> Selection:
    """The filters and days of the command line, as a selection of events."""
    first = arguments.parse_date(args.start, "--from") if args.start else None
    last = arguments.parse_date(args.end, "--to") if args.end else None
    if first and last and last < first:
        raise ValidationError("--to", "the last day must not be before the first")
    return Selection(event_filter(args, workspace), first, last)


def export(args: argparse.Namespace, workspace: Workspace, reader_zone: str) -> int:
    """Write the calendar to --output or stdout, or with --preview describe it instead."""
    chosen = selection(args, workspace)
    prefix = cancelled_prefix(args)
    options = ExportOptions(
        include_cancelled=args.include_cancelled,
        cancelled_prefix=prefix,
        include_notes=args.notes,
        language=chosen_language(
            arguments.language_setting(args.language),
            args.calendar_name or "",
            prefix if args.include_cancelled else "",
        ),
    )
    rendered = workspace.export.render(chosen, options)
    # A file of one event carries no calendar name (Outlook would make a folder for it).
    name = args.calendar_name
    if name is None and len(rendered.texts) != 1:
        name = DEFAULT_CALENDAR_NAME
    info = CalendarInfo(name=name.strip() if name else None)
    text = workspace.export.calendar(rendered, info, stamp=datetime.now(UTC))
    print_warnings(rendered.warnings)
    if args.preview:
        rows = workspace.export.preview(text, reader_zone)
        print(preview_output.as_table(rows, reader_zone))
        return 0
    count = len(rendered.texts)
    if count == 0:
        print("warning: no events matched; the calendar is empty", file=sys.stderr)
    if args.output:
        target = Path(args.output).expanduser()
        if target.is_dir():
            raise ValidationError("--output", f"{target} is a folder; give a file name")
        write_atomically(target.resolve(), text.encode(), what=f"{target}", done="written")
        plural = "" if count == 1 else "s"
        print(f"Exported {count} event{plural} to {target}", file=sys.stderr)
    else:
        # Bytes, not text: the file's CRLF line ends must reach the pipe as they are.
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode())
        sys.stdout.buffer.flush()
    return 0


def cancelled_prefix(args: argparse.Namespace) -> str:
    """--cancelled-prefix, checked as a feed's is (one line, at most MAX_PREFIX
    characters, not empty); the default without it."""
    prefix: str | None = args.cancelled_prefix
    if prefix is None:
        return ExportOptions().cancelled_prefix
    if not args.include_cancelled:
        raise ValidationError("--cancelled-prefix", "goes with --include-cancelled")
    if not prefix.strip():
        raise ValidationError("--cancelled-prefix", "must not be empty")
    if len(prefix) > MAX_PREFIX:
        raise ValidationError(
            "--cancelled-prefix", f"is {len(prefix)} characters long; at most {MAX_PREFIX}"
        )
    if any(ch in prefix for ch in "\r\n\x00"):
        raise ValidationError("--cancelled-prefix", "must be a single line")
    return prefix


def print_warnings(warnings: Sequence[OutlookWarning]) -> None:
    """Each thing Outlook cannot show as planned, on stderr."""
    for warning in warnings:
        print(f"warning: {warning.message}", file=sys.stderr)
