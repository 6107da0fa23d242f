"""The one place where the application's objects are made and wired together.

``eventplanner`` with no command starts the desktop app; with a command it is the command
line (``eventplanner.cli``). Heavy imports (Qt, the views) happen only on the first path.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from eventplanner import cli

    arguments = list(sys.argv[1:] if argv is None else argv)
    args = cli.build_parser().parse_args(arguments)
    if args.command is not None:
        return cli.main(arguments)
    from eventplanner.app.desktop import run

    return run(args.database or os.environ.get(cli.DATABASE_ENV))
