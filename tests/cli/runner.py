"""The command line run from a test: the type of the ``cli`` fixture (tests/cli/conftest.py)
and ``ok``, which runs a command that must succeed and returns what it printed."""

from __future__ import annotations

from collections.abc import Callable

Cli = Callable[..., tuple[int, str, str]]
"""``cli(*args)`` runs ``eventplanner --database TEST *args``: (status, stdout, stderr)."""


def ok(cli: Cli, *args: str) -> str:
    status, out, err = cli(*args)
    assert status == 0, err
    return str(out)
