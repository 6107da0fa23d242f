"""Reading periods for the window: from memory when kept, else in the background, and the
periods beside the shown one read ahead a moment after it is shown.

The Planner owns one of these; it forgets what a change touches (or everything). No
SQLAlchemy here: the reads are the services' (``EventQueries.period``), on JobRunners.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QObject, QTimer

from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.text import search_words
from eventplanner.services.events.facets import FacetedOccurrences
from eventplanner.ui.jobs import JobRunner
from eventplanner.ui.period_cache import PeriodCache, PeriodKey, key_of

if TYPE_CHECKING:
    from eventplanner.services.changes import ChangeSet
    from eventplanner.services.events.periods import Period  # with the first read
    from eventplanner.services.workspace import Workspace

READ_AHEAD_AFTER_MS = 150
"""Reading ahead begins once the shown period has stood this long, as long as the pause that
ends a burst of typing: a read holds Python's lock for much of its time, and a keystroke's
echo or the next page would wait for it. (With words in the search, the periods beside are
read later still: SEARCH_SETTLED_MS.)"""
SEARCH_SETTLED_MS = 1000
"""With words in the search, the periods beside are read ahead after this much longer."""
REREAD_AFTER_S = 10.0
"""A kept period read longer ago than this is shown at once and read again behind it (another
computer may have changed it; this one's own changes empty the cache)."""

Shown: TypeAlias = "Callable[[Period], None]"


class Ahead:
    """A period to read ahead, and what the window makes of its answer meanwhile (the month
    view paints it off screen); ``prepare`` is called on the GUI thread, when idle.

    A plain class: read, never compared nor printed, and the methods a dataclass writes are
    compiled as the window's modules load, before its first paint (0.5 ms here)."""

    __slots__ = ("prepare", "window")

    def __init__(
        self, window: TimeWindow, prepare: Callable[[FacetedOccurrences], None] | None = None
    ) -> None:
        self.window = window
        self.prepare = prepare


_Read: TypeAlias = "tuple[Period, FacetedOccurrences | None]"
"""A period as read, and its answer to the filter it was read for (None: it cannot give one)."""
_Reading = tuple[int, PeriodKey, bool]
"""What is being read: in which generation of the cache, which period, with texts or not."""


class PeriodReads:
    """Answers the window's loads (see ``Planner.load``)."""

    def __init__(
        self,
        reader: JobRunner,
        ahead: JobRunner | None,
        *,
        on_busy: Callable[[], None],
        on_failed: Callable[[Exception], None],
        owner: QObject,
    ) -> None:
        """``owner`` (the planner) bounds the life of the timers this sets."""
        self.cache = PeriodCache()
        self._owner = owner
        self._reader = reader
        self._ahead = ahead
        self._on_busy = on_busy
        self._on_failed = on_failed
        self._serials = itertools.count(1)
        self._asked: dict[str, int] = {}  # the newest load of each key
        self._newest = 0  # the newest load of all: reading ahead is for it alone
        self._reading: dict[_Reading, _Pending] = {}
        self._idle: list[Callable[[], object]] = []  # see ``when_idle``
        self.waiting = 0
        """Loads waiting for a read that began as a read ahead (the window is busy)."""

    def load(
        self,
        workspace: Workspace,
        window: TimeWindow,
        where: EventFilter,
        on_done: Callable[[FacetedOccurrences], None],
        *,
        key: str,
        ahead: Sequence[Ahead],
    ) -> None:
        serial = next(self._serials)
        self._asked[key] = serial
        self._newest = serial
        answered: list[FacetedOccurrences] = []

        def show(period: Period) -> None:
            if self._asked.get(key) != serial:
                return
            found = self.cache.answer(period, where)
            if answered and answered[-1] == found:
                return  # read again, and nothing had changed
            answered.append(found)
            on_done(found)
            QTimer.singleShot(
                READ_AHEAD_AFTER_MS,
                self._owner,
                lambda: self._read_ahead(workspace, period, where, ahead, serial),
            )

        kept = self.cache.get(window, where)
        if kept is not None and kept.answers(where):
            QTimer.singleShot(0, self._owner, lambda: show(kept))
            if self.cache.age(kept) > REREAD_AFTER_S:
                self._read(workspace, window, where, kept.texts is not None, show, urgent=True)
        elif kept is not None:
            self._read_texts(workspace, kept, where, show, urgent=True)
        else:
            texts = bool(search_words(where.text))
            self._read(workspace, window, where, texts, show, urgent=True)

    def when_idle(self, work: Callable[[], object]) -> None:
        """Run ``work`` on the reading-ahead thread, queued behind the next shown period's
        reads ahead: work nobody waits for (tidying up after opening), which would slow the
        window's first answer, or the reads ahead, if it ran beside them. Dropped when
        another database is opened before. Only with a reading-ahead thread."""
        self._idle.append(work)

    def forget(self, changes: ChangeSet | None = None) -> None:
        """The database changed (as ``changes`` says; None: another was opened): what it
        touched, kept or on its way, counts no more (and reads ahead not yet begun are
        dropped, as is idle work for the database closed)."""
        if changes is None:
            self.cache.clear()
            self._idle.clear()
        else:
            self.cache.forget(changes)
        self._newest = next(self._serials)

    def _read_ahead(
        self,
        workspace: Workspace,
        shown: Period,
        where: EventFilter,
        ahead: Sequence[Ahead],
        serial: int,
        *,
        settled: bool = False,
    ) -> None:
        """The periods beside the shown one, each prepared once it is at hand, then the
        shown period's texts (the search's first keystroke is then answered from memory);
        not once the window has moved on or is being typed into, whether by now or by when
        the thread gets to them. With words in the search, the periods beside are read
        (with their texts) once the typing has settled: keystrokes would compete with them."""
        if self._newest != serial or self._ahead is None:
            return
        texts = bool(search_words(where.text))
        if texts and not settled:
            QTimer.singleShot(
                SEARCH_SETTLED_MS,
                self._owner,
                lambda: self._read_ahead(workspace, shown, where, ahead, serial, settled=True),
            )
        else:
            for item in ahead:
                self._read_beside(workspace, item, where, texts, serial)
        if shown.texts is None:
            self._read_texts(workspace, shown, where, None, urgent=False, serial=serial)
        idle, self._idle = self._idle, []
        for work in idle:
            self._ahead.run(work, _ignored, _ignored)

    def _read_beside(
        self, workspace: Workspace, item: Ahead, where: EventFilter, texts: bool, serial: int
    ) -> None:
        def prepare(period: Period) -> None:
            if item.prepare is not None:
                # From the event loop, one at a time: a keystroke can come in between.
                QTimer.singleShot(
                    0, self._owner, lambda: self._prepare(item, period, where, serial)
                )

        kept = self.cache.get(item.window, where)
        if kept is None or (texts and kept.texts is None):
            self._read(workspace, item.window, where, texts, None, urgent=False,
                       serial=serial, follow=prepare)  # fmt: skip
        else:
            prepare(kept)

    def _prepare(self, item: Ahead, period: Period, where: EventFilter, serial: int) -> None:
        if self._newest == serial and item.prepare is not None:
            item.prepare(self.cache.answer(period, where))

    def _read(
        self,
        workspace: Workspace,
        window: TimeWindow,
        where: EventFilter,
        texts: bool,
        then: Shown | None,
        *,
        urgent: bool,
        serial: int = 0,
        follow: Shown | None = None,
    ) -> None:
        """Read a period (with its texts when asked), keep it, then ``then(period)``."""
        self._begin(
            (self.cache.generation, key_of(window, where), texts),
            lambda: workspace.queries.period(window, where, texts=texts),
            where,
            self.cache.now(),
            then,
            urgent=urgent,
            serial=serial,
            follow=follow,
        )

    def _read_texts(
        self,
        workspace: Workspace,
        period: Period,
        where: EventFilter,
        then: Shown | None,
        *,
        urgent: bool,
        serial: int = 0,
    ) -> None:
        """Read the texts of a kept period; it counts as read when it was."""
        read_at = self.cache.read_at(period)
        self._begin(
            (self.cache.generation, (period.window, period.where), True),
            lambda: workspace.queries.with_texts(period),
            where,
            self.cache.now() if read_at is None else read_at,
            then,
            urgent=urgent,
            serial=serial,
        )

    def _begin(
        self,
        reading: _Reading,
        work: Callable[[], Period],
        where: EventFilter,
        read_at: float,
        then: Shown | None,
        *,
        urgent: bool,
        serial: int,
        follow: Shown | None = None,
    ) -> None:
        """One read of a period at a time: a second request for it waits for the first (a
        read with texts serves one without). Loads go to ``reader``, reads ahead to
        ``ahead``; the answer to ``where`` is worked out on the worker too. ``then`` is a
        load waiting; ``follow``, something to do with the period when it has been read
        (dropped with a read ahead that is skipped)."""
        generation, key, _texts = reading
        for same in ((generation, key, True), reading):
            pending = self._reading.get(same)
            if pending is not None:
                if then is not None:
                    pending.waiters.append(then)
                    if urgent and not pending.urgent:
                        pending.counted += 1
                        self._wait(+1)
                if follow is not None:
                    pending.followers.append(follow)
                return
        pending = _Pending(urgent, [] if then is None else [then])
        if follow is not None:
            pending.followers.append(follow)
        self._reading[reading] = pending

        def read() -> _Read | None:
            # On the worker. A read ahead for a window moved away from, that nobody waits
            # for, is skipped: paging fast would queue reads of months long passed.
            if not urgent and self._newest != serial and not pending.waiters:
                return None
            from eventplanner.services.events.periods import narrow

            period = work()
            return period, narrow(period, where) if period.answers(where) else None

        def finish() -> list[Shown]:
            if self._reading.get(reading) is pending:
                del self._reading[reading]
            self._wait(-pending.counted)
            return pending.waiters

        def done(result: _Read | None) -> None:
            waiters = finish()
            if result is None:
                for waiter in waiters:  # they came after the worker had skipped it
                    self._begin(reading, work, where, read_at, waiter, urgent=True, serial=0)
                return
            period, found = result
            self.cache.put(period, generation, read_at=read_at)
            if found is not None:
                self.cache.remember(period, where, found)
            for waiter in [*waiters, *pending.followers]:
                waiter(period)

        def failed(error: Exception) -> None:
            if finish():
                self._on_failed(error)

        runner = self._reader if urgent or self._ahead is None else self._ahead
        runner.run(read, done, failed)

    def _wait(self, change: int) -> None:
        if change:
            self.waiting += change
            self._on_busy()


def _ignored(_result: object) -> None:
    """Idle work's answer, or its refusal: nobody waits for either (and the job runner
    logs an unexpected error)."""


class _Pending:
    """A read of a period on its way, and who waits for it."""

    __slots__ = ("counted", "followers", "urgent", "waiters")

    def __init__(self, urgent: bool, waiters: list[Shown]) -> None:
        self.urgent = urgent
        self.waiters = waiters  # loads
        self.followers: list[Shown] = []  # what is done with a period read ahead
        self.counted = 0  # waiters that made the window busy
