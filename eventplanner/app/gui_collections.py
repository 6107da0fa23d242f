"""Python's cyclic garbage collector run on the GUI thread only.

Left to itself the collector runs on whichever thread happens to allocate when a generation
is full: as often a JobRunner's worker (reading, saving, publishing) as the GUI thread. A
collection frees every unreachable cycle, and a cycle may hold a Qt object that Python owns
(a closed window's planner and its runners, a dialog's model): its C++ side is then deleted
on that worker, while the GUI thread may be delivering a queued signal to it. Qt deletes an
object safely only on its own thread; anywhere else it is a use after free, a segmentation
fault now and then (the test suite's, once in three runs: a runner deleted by a worker's
collection in the middle of its own queued ``_deliver``).

So automatic collection is turned off once the GUI thread is up (``GuiThreadCollector``),
and the GUI thread collects instead, from a timer, as the thresholds would have asked: the
youngest generation once more objects were made than freed than its threshold, an older one
as often as before, the oldest (a pass over every object) only once a quarter more objects
have come to live long since its last pass, as Python does (``collect_due``).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 250
"""How often the GUI thread looks whether a collection is due: the cycles the workers leave
wait that long at most (their memory, not their work, a few hundred milliseconds)."""


class _Oldest:
    """What a pass over the oldest generation found alive, to tell when the next is due."""

    survivors: int | None = None


def collect_due() -> int | None:
    """Collect on this thread (call it on the GUI thread) the generation that Python's own
    thresholds say is due now (``gc.get_threshold``, read each time: ``startup_collections``
    raises them while the first window is made); the generation collected, None for none."""
    thresholds = gc.get_threshold()
    counts = gc.get_count()
    if thresholds[0] == 0 or counts[0] <= thresholds[0]:
        return None  # collection turned off, or not enough made since the last
    for generation in (2, 1):
        if counts[generation] > thresholds[generation]:
            if generation == 2 and not _oldest_due():
                continue  # as Python does: not for a few new long-lived objects among many
            _collect(generation)
            return generation
    _collect(0)
    return 0


def _oldest_due() -> bool:
    if _Oldest.survivors is None:
        return True
    return len(gc.get_objects(generation=2)) - _Oldest.survivors > _Oldest.survivors // 4


def _collect(generation: int) -> None:
    gc.collect(generation)
    if generation == 2:
        _Oldest.survivors = len(gc.get_objects(generation=2))


class GuiThreadCollector(QObject):
    """While started, Python collects cycles on this object's thread (the GUI thread) only:
    automatic collection is off, and a timer collects what is due (``collect_due``)."""

    def __init__(self, parent: QObject | None = None, *, every_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(every_ms)
        self._timer.timeout.connect(collect_due)
        self._enable_when_stopped = False

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """From now on the GUI thread collects (call it on that thread, before any worker
        starts)."""
        if self.running:
            return
        self._enable_when_stopped = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Automatic collection again, as it was before ``start``."""
        if not self.running:
            return
        self._timer.stop()
        if self._enable_when_stopped:
            gc.enable()
