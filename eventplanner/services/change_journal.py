"""The change sets of the writes committed on this thread, for whoever is recording them.

Every write of the services returns its change set where its result has room for one (a
``SaveResult`` with ``changes``, or the ``ChangeSet`` itself where it returned nothing),
and tells it here once its transaction has committed (``committed``). Whoever runs a piece
of work that may write many times (an undo step, a command-line command) records it whole:

    with recording() as journal:
        result = work(workspace)
    publish_changed(written_changes(result, journal.changes))

A write that is refused rolls back and tells nothing, so what is recorded was saved.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

from eventplanner.services.changes import ChangeSet

_local = threading.local()

P = ParamSpec("P")
R = TypeVar("R")


class Journal:
    """What the writes committed while recording changed, merged."""

    def __init__(self) -> None:
        self.changes = ChangeSet()

    def add(self, changes: ChangeSet) -> None:
        self.changes = self.changes | changes


def committed(changes: ChangeSet) -> ChangeSet:
    """Tell the journals recording on this thread of a committed write; returns ``changes``."""
    for journal in getattr(_local, "journals", ()):
        journal.add(changes)
    return changes


def reported(write: Callable[P, R]) -> Callable[P, R]:
    """A write that returns its change set (a ``ChangeSet``, a result with ``changes``, or a
    sequence of such results) tells it to the journals once it has returned, that is once
    its transaction has committed; a write that raises tells nothing."""

    @functools.wraps(write)
    def telling(*args: P.args, **kwargs: P.kwargs) -> R:
        result = write(*args, **kwargs)
        results = result if isinstance(result, tuple | list) else (result,)
        told = ChangeSet()
        for one in results:
            changes = one if isinstance(one, ChangeSet) else getattr(one, "changes", None)
            if isinstance(changes, ChangeSet):
                told = told | changes
        if told:
            committed(told)
        return result

    return telling


@contextmanager
def recording() -> Iterator[Journal]:
    """Record the change sets of the writes committed on this thread until the block ends
    (recordings may nest: each hears every write made inside it)."""
    journal = Journal()
    journals: list[Journal] = getattr(_local, "journals", [])
    _local.journals = [*journals, journal]
    try:
        yield journal
    finally:
        _local.journals = journals


def written_changes(result: object, recorded: ChangeSet) -> ChangeSet:
    """What a piece of work saved: the change sets its writes told the journal, and the one
    it returned (a ``ChangeSet``, or a result with one as ``changes``). When neither says
    anything, its extent is unknown, and it is read as everything: a write that tells
    nothing may have changed anything."""
    returned = result if isinstance(result, ChangeSet) else getattr(result, "changes", None)
    changes = recorded | returned if isinstance(returned, ChangeSet) else recorded
    return changes if changes else ChangeSet.all()
