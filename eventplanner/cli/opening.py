"""How a command opens its database: where it is, the password a server asks for, and a
word on stderr when the file can only be read."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from typing import TypeVar

from eventplanner.cli import DATABASE_ENV, arguments
from eventplanner.domain.errors import DatabaseError, NotFoundError, PasswordNeededError
from eventplanner.domain.model import Event
from eventplanner.services.workspace import Workspace


def database_target(args: argparse.Namespace) -> str | None:
    return args.database or os.environ.get(DATABASE_ENV) or None


def open_workspace(args: argparse.Namespace) -> Workspace:
    target = database_target(args)
    workspace = with_password(lambda password: Workspace.open(target, password=password))
    reason = workspace.database.read_only_reason
    if reason is not None:
        print(
            f"eventplanner: {workspace.database.display_name} is open read-only ({reason}): "
            "it can be read and exported, but nothing can be changed",
            file=sys.stderr,
        )
    return workspace


T = TypeVar("T")


def with_password(open_: Callable[[str | None], T]) -> T:
    """``open_(None)``; when the server wants a password libpq did not find, it is asked
    for on the terminal (never read from a pipe) and ``open_`` tried with it, three times."""
    try:
        return open_(None)
    except PasswordNeededError as first:
        needed = first
    if not sys.stdin.isatty():
        raise DatabaseError(
            f"{needed} Give it in PGPASSWORD or ~/.pgpass, or run the command in a terminal "
            "to be asked for it."
        ) from needed
    for _ in range(3):
        print(f"eventplanner: {needed}", file=sys.stderr)
        password = getpass.getpass(f"Password of {needed.user or 'the database user'}: ")
        try:
            return open_(password)
        except PasswordNeededError as again:
            needed = again
    raise needed


@contextlib.contextmanager
def opened_workspace(args: argparse.Namespace) -> Iterator[Workspace]:
    """The workspace for one command, closed afterwards."""
    workspace = open_workspace(args)
    try:
        yield workspace
    finally:
        workspace.close()


def event_by_id_or_uid(workspace: Workspace, ref: str) -> Event | None:
    """The event ``ref`` names by its id (NotFoundError when there is none) or its UID;
    None when no event has that UID."""
    text = ref.strip()
    ident = arguments.record_id(text)
    if ident is not None:
        return workspace.events.get(ident)
    try:
        return workspace.events.get_by_uid(text)
    except NotFoundError:
        return None
