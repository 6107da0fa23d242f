"""A job's progress for tests: every report kept, and a Cancel when the test says so."""

from __future__ import annotations

from collections.abc import Callable


class Recorded:
    """A services ``Progress`` that keeps each ``(done, total)`` reported, and says the job
    was cancelled once ``cancel_when(seen)`` says so."""

    def __init__(self, cancel_when: Callable[[list[tuple[int, int]]], bool] | None = None) -> None:
        self.seen: list[tuple[int, int]] = []
        self._cancel_when = cancel_when

    def report(self, done: int, total: int) -> None:
        self.seen.append((done, total))

    def cancelled(self) -> bool:
        return self._cancel_when is not None and self._cancel_when(self.seen)
