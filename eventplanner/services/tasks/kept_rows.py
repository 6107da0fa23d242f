"""What the Tasks view shows between its reads (issue 15): the rows last read, the changes
heard since (what the next read amends those rows with: ``TaskService.rows_reread``), and
the tasks ticked here whose writes have not come back yet, shown ticked at once.

A read that comes back answers every change heard before it was asked for (only the newest
read answers, and each change heard asks for a new one), so the changes heard are let go
then, and so is each tick whose write was heard before it: the read has it as written. A
tick not yet heard is laid over every read that comes back before it is. A write refused
is heard as a change of everything: the ticks are let go and everything is read again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from eventplanner.domain.tasks import Task
from eventplanner.services.changes import ChangeSet, Kind
from eventplanner.services.tasks.task_rows import TaskRows, amended


def ticked(task: Task, at: datetime | None = None) -> Task:
    """``task`` as ticking it writes it: done ``at`` (now if None) when open, open again
    when done (back in the deadline feeds: its sequence one on); its version one on, as
    the write leaves it (so that the task, opened before the write comes back, is not
    taken for one someone else changed)."""
    if task.done:
        return replace(task, done_at=None, done_by="", sequence=task.sequence + 1,
                       version=task.version + 1)  # fmt: skip
    return replace(task, done_at=at or datetime.now(UTC), version=task.version + 1)


class KeptRows:
    """The Tasks view's rows: read, amended by what is heard, with its own ticks shown."""

    def __init__(self) -> None:
        self._read: TaskRows | None = None
        self._shown: TaskRows | None = None
        self._heard = ChangeSet()
        self._ticks: dict[int, tuple[Task, int]] = {}
        """Each task ticked here: as shown, and how many of its writes are not yet heard."""

    @property
    def read(self) -> TaskRows | None:
        """The rows last read (None before the first read): what the next read amends."""
        return self._read

    @property
    def shown(self) -> TaskRows | None:
        """The rows last read with the ticks not yet written laid over them."""
        return self._shown

    def heard(self, changes: ChangeSet) -> ChangeSet:
        """A write was heard: every change heard since the last read (to amend it with)."""
        self._heard |= changes
        named = changes.ids(Kind.TASK)
        for ident, (task, unheard) in list(self._ticks.items()):
            if changes.everything or ident in named:
                self._ticks[ident] = (task, 0 if changes.everything else unheard - 1)
        return self._heard

    def answered(self, rows: TaskRows) -> TaskRows:
        """A read came back (every task, or the last one amended by every change heard):
        the rows to show, with the ticks whose writes are not yet heard."""
        self._read = rows
        self._heard = ChangeSet()
        self._ticks = {ident: kept for ident, kept in self._ticks.items() if kept[1] > 0}
        return self._laid_over()

    def ticked_here(self, task: Task) -> TaskRows | None:
        """``task`` was ticked (or opened again) here and its write is on its way: the rows
        to show at once (None before the first read)."""
        changed = ticked(task)
        _before, unheard = self._ticks.get(task.id, (changed, 0))
        self._ticks[task.id] = (changed, unheard + 1)
        return self._laid_over() if self._read is not None else None

    def _laid_over(self) -> TaskRows:
        assert self._read is not None
        ticks = [task for task, _unheard in self._ticks.values()]
        self._shown = amended(self._read, ticks) if ticks else self._read
        return self._shown
