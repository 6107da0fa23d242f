"""Running slow work off the GUI thread and getting the answer back on it.

Like Anki's task manager: the work runs on a small thread pool and never touches a widget;
its result (or its error) is handed to a callback that runs on the GUI thread. A result
that arrives after a newer request of the same kind is dropped, so a fast typist never
sees an old search's answer over a newer one.

A long job is given a ``JobProgress`` (the services' ``Progress``): it tells the GUI thread
how far the job has come, and carries a Cancel from the GUI thread to the job.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from eventplanner.domain.errors import EventplannerError

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

T = TypeVar("T")
logger = logging.getLogger(__name__)


class JobRunner(QObject):
    """Runs callables on worker threads; callbacks run on the thread that owns the runner."""

    _finished = Signal(object)
    busy_changed = Signal()  # read .busy (a bool argument trips a PySide6 refcount bug)

    def __init__(self, parent: QObject | None = None, *, workers: int = 2) -> None:
        super().__init__(parent)
        self._workers = workers
        self._pool: ThreadPoolExecutor | None = None  # made (and imported) at the first run
        # Queued even when the work is done before ``run`` has returned (the future then
        # calls back on this thread): a callback never runs inside its own request.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._latest: dict[str, int] = {}
        self._serial = itertools.count(1)
        self._running = 0

    @property
    def busy(self) -> bool:
        return self._running > 0

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
        *,
        key: str | None = None,
    ) -> None:
        """Run ``work`` in the background; then ``on_done(result)`` or ``on_error(exc)``.

        With a ``key``, only the newest request of that key gets its callback.
        """
        serial = next(self._serial)
        if key is not None:
            self._latest[key] = serial
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit()
        if self._pool is None:
            # Not at start-up: no work runs before the first window has painted, and the
            # module costs that window a little (with the thread pool's queue and locks).
            from concurrent.futures import ThreadPoolExecutor

            self._pool = pool = ThreadPoolExecutor(
                max_workers=self._workers, thread_name_prefix="eventplanner"
            )
            # Its threads end with it (a window closed and deleted takes its runners'
            # threads along), not when the garbage collector gets to the pool; work under
            # way finishes.
            self.destroyed.connect(lambda: pool.shutdown(wait=False, cancel_futures=True))
        future = self._pool.submit(work)

        def finished(done: Future[T]) -> None:  # on the worker thread: only emit
            self._finished.emit((done, on_done, on_error, key, serial))

        future.add_done_callback(finished)

    def _deliver(self, payload: tuple[Any, ...]) -> None:
        done, on_done, on_error, key, serial = payload
        self._running -= 1
        if self._running == 0:
            self.busy_changed.emit()
        if key is not None and self._latest.get(key) != serial:
            return  # a newer request of the same kind is on its way
        if done.cancelled():
            return  # dropped by ``shutdown`` before it began: nobody waits for it
        if _owner_gone(on_done):
            return  # a window's method, the window closed and deleted meanwhile
        error = done.exception()
        if error is not None:
            if not isinstance(error, EventplannerError):  # not a refusal: the log keeps it
                logger.error("Background work failed", exc_info=error)
            on_error(error)
        else:
            on_done(done.result())

    def shutdown(self, *, finish_queued: bool) -> None:
        """Wait for work to end when the app quits; queued work runs first if asked (saves
        must never be dropped), or is cancelled (reads nobody will see)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=not finish_queued)


class JobProgress(QObject):
    """A job's progress, told on the job's thread and heard on the GUI thread
    (``progressed``); and its Cancel, asked for on the GUI thread and seen by the job.

    A job may report every step: a step is passed on only when it moves the count by a
    two-hundredth of the total or more (and the first and last always), so thousands of
    reports make a few hundred signals at most. Its parent must outlive the job.
    """

    progressed = Signal(int, int)  # steps done, of how many

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._told = (-1, -1)

    def report(self, done: int, total: int) -> None:
        """Called by the job as it goes, on its thread."""
        told_done, told_total = self._told
        if total == told_total and done != total and 0 < done - told_done < max(total // 200, 1):
            return
        self._told = (done, total)
        self.progressed.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def then(self, callback: Callable[[T], None]) -> Callable[[T], None]:
        """``callback`` for when the job has ended, after which this is deleted (later, on
        the GUI thread): for a progress parented to something that outlives the job."""

        def call(value: T) -> None:
            self.deleteLater()
            callback(value)

        return call


def _owner_gone(callback: Callable[..., Any]) -> bool:
    """Whether ``callback`` is a method of a Qt object whose C++ side was deleted (a window
    closed while its read was under way): nobody is left to tell."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)
