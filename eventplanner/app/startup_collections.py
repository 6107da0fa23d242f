"""Python's cyclic garbage collector held back while the window is made, until it has painted.

Loading the window's modules and making its widgets creates tens of thousands of objects that
live as long as the app (modules, classes, PySide's enums, dataclasses' methods): the collector
walked them some 25 times before the first paint, about 3 ms of it, and found nothing to free.
``hold`` raises the youngest generation's threshold for that while; ``release`` puts back the
thresholds found (and is harmless when nothing was held). Nothing is collected fewer times
than before once released: the objects made meanwhile are looked at by the next collection.
"""

from __future__ import annotations

import gc

START_THRESHOLD = 100_000
"""Allocations (less deallocations) before the youngest generation is collected, while held:
more than making the window takes (some 16,000), so none is collected before it paints."""

_held: list[tuple[int, int, int]] = []


def hold() -> None:
    """Hold back collections until ``release`` (once: a second hold changes nothing)."""
    if _held:
        return
    thresholds = gc.get_threshold()
    if thresholds[0] == 0 or thresholds[0] >= START_THRESHOLD:  # disabled, or already rare
        return
    _held.append(thresholds)
    gc.set_threshold(START_THRESHOLD, thresholds[1], thresholds[2])


def release() -> None:
    """Collect as before ``hold`` again."""
    if _held:
        gc.set_threshold(*_held.pop())
