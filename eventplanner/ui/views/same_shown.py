"""Whether a view's new answer is what it already shows: after a drop the view shows the
event where it was dropped at once, and the reload after the save usually brings exactly
that back; then nothing is laid out or painted again (the frame the drop painted shows
what is stored)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from eventplanner.domain.occurrence import Occurrence


def same_occurrences(shown: Sequence[Occurrence], given: Sequence[Occurrence]) -> bool:
    """The same occurrences, in whatever order (views lay them out by their own order)."""
    if len(shown) != len(given):
        return False
    if list(shown) == list(given):
        return True
    return Counter(shown) == Counter(given)
