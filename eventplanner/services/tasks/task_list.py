"""What the Tasks view lists, from its rows as read (``task_rows``): the headings of the
chosen grouping, each followed by its tasks that the filter's words and Show done keep, as
one flat list of ints. A task is its slot in ``TaskRows.tasks`` (0 or more); a heading
is ``~n`` (below 0) for the grouping's n-th section. A heading with no task kept is left
out. No Qt: the view's model only looks rows up in the list this makes.

A keystroke that narrows the filter (its words as before, each one longer or more of
them) looks only among the tasks the last filter kept, and only for the words that changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from eventplanner.services.tasks.task_rows import Section, TaskRows


class Grouping(StrEnum):
    """What the view groups by."""

    DUE = "due"
    OWNER = "owner"
    EVENT = "event"


def heading_row(section: int) -> int:
    """The list's entry for the grouping's ``section``-th heading."""
    return ~section


@dataclass(frozen=True, slots=True)
class TaskList:
    """The rows shown, from the top down."""

    rows: list[int]
    """Each a task's slot (>= 0) or a heading (``heading_row``)."""
    sections: tuple[Section, ...]
    """The grouping's sections (a heading row ``~n`` is ``sections[n]``)."""
    shown: dict[int, int]
    """How many tasks are listed under each section shown, by its index."""

    def task_count(self) -> int:
        return sum(self.shown.values())


def words_of(text: str) -> tuple[str, ...]:
    """The filter's words, case folded: a task is kept when each is in its search key."""
    return tuple(text.casefold().split())


class TaskLister:
    """Lists one reading of the tasks again and again (a keystroke, a grouping, Show done),
    remembering which tasks of each heading the last filter kept."""

    def __init__(self, rows: TaskRows) -> None:
        self.rows = rows
        self._last: tuple[Grouping, bool, tuple[str, ...]] | None = None
        self._kept: list[Sequence[int]] = []
        """Each section's slots the last listing kept."""

    def listed(self, by: Grouping, words: tuple[str, ...], show_done: bool) -> TaskList:
        """The list for the grouping ``by``, the filter's ``words`` (``words_of``) and Show
        done."""
        sections = self.sections(by)
        keys = self.rows.keys
        last = self._last
        if last is not None and last[:2] == (by, show_done) and _narrower(last[2], words):
            starts = self._kept
            tested = _changed(last[2], words)
        else:
            starts = [s.rows if show_done else s.open_rows for s in sections]
            tested = words
        kept: list[Sequence[int]] = []
        rows: list[int] = []
        shown: dict[int, int] = {}
        for index, among in enumerate(starts):
            for word in tested:  # a word at a time: a plain loop of "in" over the keys
                among = [at for at in among if word in keys[at]]
            kept.append(among)
            if among:
                rows.append(heading_row(index))
                rows.extend(among)
                shown[index] = len(among)
        self._last, self._kept = (by, show_done, words), kept
        return TaskList(rows, sections, shown)

    def sections(self, by: Grouping) -> tuple[Section, ...]:
        """The sections of the grouping ``by``."""
        if by is Grouping.OWNER:
            return self.rows.by_owner
        if by is Grouping.EVENT:
            return self.rows.by_event
        return self.rows.by_due


def _narrower(before: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether every task ``words`` keep was kept by ``before``: each word before is in the
    word at its place now (so in the key too), and there may be more words now."""
    return len(words) >= len(before) and all(
        old in new for old, new in zip(before, words, strict=False)
    )


def _changed(before: tuple[str, ...], words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a narrower filter that the tasks kept before are not known to hold."""
    return tuple(new for at, new in enumerate(words) if at >= len(before) or before[at] != new)
