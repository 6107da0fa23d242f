"""How a long job tells its progress and hears a Cancel: one way for every service.

A job (an import, an export, publishing a feed) is given a ``Progress`` by whoever waits for
it (the window, on another thread). The job calls ``report(done, total)`` as it goes and asks
``cancelled()`` every so often; when that says True it raises ``Cancelled`` and leaves
nothing behind: the transaction rolls back, no file is written, a published file stays as
it was. No Qt here: the window's ``JobProgress`` is one Progress, a test's recorder another.
"""

from __future__ import annotations

from typing import Protocol

from eventplanner.domain.errors import EventplannerError

CHECK_EVERY = 50
"""Steps between two questions whether the job was cancelled (and at the first and last)."""


class Cancelled(EventplannerError):
    """A job was cancelled part-way; nothing of it was kept."""

    def __init__(self, message: str = "Cancelled; nothing was written.") -> None:
        super().__init__(message)


class Progress(Protocol):
    """What a job tells and asks as it goes; both are called on the job's thread."""

    def report(self, done: int, total: int) -> None:
        """``done`` steps of ``total`` are done (``total`` may be 0: nothing to do)."""

    def cancelled(self) -> bool:
        """Whether the job should stop now."""


def stop_if_cancelled(progress: Progress | None) -> None:
    """Raise Cancelled when ``progress`` says the job was cancelled."""
    if progress is not None and progress.cancelled():
        raise Cancelled


class Steps:
    """A job's steps told to a Progress as they go: ``step()`` before each step reports the
    steps done so far and asks for Cancel every ``CHECK_EVERY`` steps; ``end()`` reports all
    of them done and asks once more. Without a Progress both do nothing."""

    __slots__ = ("_done", "_progress", "_total")

    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress = progress
        self._total = total
        self._done = 0

    def step(self) -> None:
        progress = self._progress
        if progress is None:
            return
        progress.report(self._done, self._total)
        if self._done % CHECK_EVERY == 0:
            stop_if_cancelled(progress)
        self._done += 1

    def end(self) -> None:
        progress = self._progress
        if progress is None:
            return
        progress.report(self._total, self._total)
        stop_if_cancelled(progress)
