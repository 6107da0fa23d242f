"""The change sets of the writes committed on this thread, for whoever is recording them.

Every write of the services returns its change set where its result has room for one (a
``SaveResult`` with ``changes``, or the ``ChangeSet`` itself where it returned nothing),
and tells it here once its transaction has committed (``committed``). Whoever runs a piece
of work that may write many times (an undo step, a command-line command) records it whole:

    with recording() as journal:
        work(workspace)
    publish_changed(journal.changes)

A write that is refused rolls back and tells nothing, so what is recorded was saved.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from eventplanner.services.changes import ChangeSet

_local = threading.local()


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
