"""The ``eventplanner`` command: the desktop app, and the event store from a terminal."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from eventplanner import __version__
from eventplanner.domain.errors import EventplannerError

DATABASE_ENV = "EVENTPLANNER_DATABASE_URL"
TIME_ZONE_ENV = "EVENTPLANNER_TIME_ZONE"
DEBUG_ENV = "EVENTPLANNER_DEBUG"
"""Set (to anything), the same as ``--debug``."""

logger = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    from eventplanner.cli import parser

    return parser.build(__version__)


def main(argv: Sequence[str] | None = None, *, log_file: Path | None = None) -> int:
    """Run the command line; returns the process exit status. ``log_file``: where the log
    is written (named in the message of an unexpected error)."""
    args = build_parser().parse_args(argv)
    if args.command is None:  # `eventplanner` alone starts the app (eventplanner.app.main)
        build_parser().print_help(sys.stderr)
        return 2
    from eventplanner.cli import commands
    from eventplanner.cli.output import terminal_guard

    with terminal_guard():
        return _run(commands.run, args, log_file)


def _run(
    run: Callable[[argparse.Namespace], int], args: argparse.Namespace, log_file: Path | None
) -> int:
    debug = bool(args.debug or os.environ.get(DEBUG_ENV))
    try:
        result: int = run(args)
        return result
    except EventplannerError as exc:
        logger.info("%s refused: %s", args.command, exc, exc_info=debug)
        if debug:
            traceback.print_exc()
        print(f"eventplanner: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        logger.info("%s interrupted", args.command)
        print("eventplanner: interrupted; nothing more was saved", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the like: not an error worth a word.
        sys.stderr.close()
        return 0
    except Exception as exc:  # a bug: one clear line, the traceback with --debug and in the log
        logger.exception("%s failed", args.command)
        if debug:
            traceback.print_exc()
        where = f"; the log holds them too: {log_file}" if log_file is not None else ""
        print(
            f"eventplanner: unexpected error ({type(exc).__name__}: {exc}); "
            f"run it again with --debug to see the details{where}",
            file=sys.stderr,
        )
        return 70
