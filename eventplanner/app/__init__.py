"""The one place where the application's objects are made and wired together.

``eventplanner`` with no command starts the desktop app; with a command it is the command
line (``eventplanner.cli``). Heavy imports (Qt, the views) happen only on the first path.
Both log into the log file (``eventplanner.app.logs``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from eventplanner.app.logs import logging_to_file


def main(argv: Sequence[str] | None = None) -> int:
    from eventplanner import cli

    arguments = list(sys.argv[1:] if argv is None else argv)
    args = cli.build_parser().parse_args(arguments)
    if args.command is not None:
        with logging_to_file(f"command {args.command}", debug=args.debug) as log_file:
            return cli.main(arguments, log_file=log_file)
    from eventplanner.app.desktop import run

    with logging_to_file("desktop app", debug=args.debug) as log_file:
        return run(args.database or os.environ.get(cli.DATABASE_ENV), log_file=log_file)
