"""The ``eventplanner`` command: the desktop app, and the event store from a terminal."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from eventplanner import __version__
from eventplanner.domain.errors import EventplannerError

DATABASE_ENV = "EVENTPLANNER_DATABASE_URL"
TIME_ZONE_ENV = "EVENTPLANNER_TIME_ZONE"


def build_parser() -> argparse.ArgumentParser:
    from eventplanner.cli import parser

    return parser.build(__version__)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    args = build_parser().parse_args(argv)
    if args.command is None:  # `eventplanner` alone starts the app (eventplanner.app.main)
        build_parser().print_help(sys.stderr)
        return 2
    from eventplanner.cli import commands
    from eventplanner.cli.output import terminal_guard

    with terminal_guard():
        return _run(commands.run, args)


def _run(run: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        result: int = run(args)
        return result
    except EventplannerError as exc:
        print(f"eventplanner: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("eventplanner: interrupted; nothing more was saved", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the like: not an error worth a word.
        sys.stderr.close()
        return 0
    except Exception as exc:  # a bug: one clear line, the traceback only on request
        if os.environ.get("EVENTPLANNER_DEBUG"):
            raise
        print(
            f"eventplanner: unexpected error ({type(exc).__name__}: {exc}); "
            "set EVENTPLANNER_DEBUG=1 to see the details",
            file=sys.stderr,
        )
        return 70
