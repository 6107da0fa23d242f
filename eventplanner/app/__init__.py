"""The one place where the application's objects are made and wired together.

``eventplanner`` with no command starts the desktop app; with a command it is the command
line (``eventplanner.cli``). Heavy imports (Qt, the views) happen only on the first path.
Both log into the log file (``eventplanner.app.logs``), imported by ``main``: the desktop's
window (``eventplanner.app.desktop``, a module of this package) is made without it (it
brings ``logging.handlers`` with sockets and pickle).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from eventplanner import cli
    from eventplanner.app.logs import logging_to_file

    arguments = list(sys.argv[1:] if argv is None else argv)
    desktop = desktop_only(arguments)
    if desktop is None:
        args = cli.build_parser().parse_args(arguments)
        if args.command is not None:
            with logging_to_file(f"command {args.command}", debug=args.debug) as log_file:
                return cli.main(arguments, log_file=log_file)
        desktop = (args.database,)
    from eventplanner.app.desktop import run

    with logging_to_file("desktop app", debug=False) as log_file:
        return run(desktop[0] or os.environ.get(cli.DATABASE_ENV), log_file=log_file)


def desktop_only(arguments: Sequence[str]) -> tuple[str | None] | None:
    """``(database,)`` when ``arguments`` only start the desktop app (none, or just
    ``--database X``), read without the command line's grammar: building that imports every
    command and its services, SQLAlchemy and icalendar among them, on the GUI thread before
    the first window (which has the database layer load on the thread that opens the
    database). None for anything else (a command, help, a mistake): the grammar reads it."""
    if not arguments:
        return (None,)
    if len(arguments) == 2 and arguments[0] == "--database" and not arguments[1].startswith("-"):
        return (arguments[1],)
    if len(arguments) == 1 and arguments[0].startswith("--database="):
        return (arguments[0].removeprefix("--database="),)
    return None
