"""Cycles are collected on the GUI thread only (eventplanner/app/gui_collections.py): a Qt
object a cycle holds is deleted there, never on a worker that happened to allocate.

The suite found it as a segmentation fault in one run of three: a worker's collection
deleted a planner's runner while the GUI thread was delivering its queued answer. These
tests run under the suite's collector (tests/conftest.py starts it with the application).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt
from pytestqt.qtbot import QtBot

from eventplanner.app import gui_collections
from eventplanner.app.gui_collections import GuiThreadCollector, collect_due
from eventplanner.ui.jobs import JobRunner


class _InACycle(QObject):
    """A Qt object that Python owns, left in a cycle: only a collection frees it."""

    def __init__(self, deleted_on: list[str]) -> None:
        super().__init__()
        self.me = self
        self.destroyed.connect(
            lambda: deleted_on.append(threading.current_thread().name),
            Qt.ConnectionType.DirectConnection,
        )


def _garbage(cycles: int) -> int:
    """Many young cycles, as a worker's reads leave them: each allocation may start a
    collection on this thread where Python collects by itself."""
    for _ in range(cycles):
        cycle: list[object] = []
        cycle.append(cycle)
    return cycles


@pytest.fixture
def thresholds() -> Iterator[None]:
    """Python's own thresholds (a collection every 700 allocations), put back after."""
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_a_cycle_left_by_the_gui_is_freed_on_the_gui_thread_while_a_worker_allocates(
    qtbot: QtBot, thresholds: None
) -> None:
    assert not gc.isenabled()  # the suite's collector (tests/conftest.py), as the app's
    deleted_on: list[str] = []
    runner = JobRunner(workers=1)
    go, made = threading.Event(), threading.Event()
    errors: list[Exception] = []

    def allocate() -> None:
        go.wait(20)
        _garbage(200_000)
        made.set()

    runner.run(allocate, lambda _none: None, errors.append)
    _InACycle(deleted_on)  # garbage at once
    go.set()
    made.wait(20)  # the GUI thread makes nothing meanwhile: the worker's allocations count
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
    runner.shutdown(finish_queued=False)
    # Some three hundred collections were due on the worker: none ran there.
    assert set(deleted_on) <= {threading.main_thread().name} and errors == []
    qtbot.waitUntil(lambda: bool(deleted_on), timeout=20_000)  # the GUI thread's timer
    assert deleted_on == [threading.main_thread().name]
    runner.deleteLater()


def test_nothing_is_collected_before_the_youngest_generation_is_full(thresholds: None) -> None:
    gc.collect()
    assert collect_due() is None
    gc.set_threshold(0, 10, 10)  # collection turned off altogether
    _garbage(1000)
    assert collect_due() is None


def test_the_generations_are_collected_as_often_as_python_would(thresholds: None) -> None:
    gc.collect()  # and the oldest generation's survivors counted
    gui_collections._Oldest.survivors = len(gc.get_objects(generation=2))
    collected = []
    for _ in range(12 * 10):
        _garbage(1500)  # over the threshold of 700 each time
        collected.append(collect_due())
    # The youngest generation each time; the middle one once more than ten of those
    # were, the twelfth time; the oldest not, with hardly a new long-lived object.
    assert collected == ([0] * 11 + [1]) * 10
    kept = [[[]] for _ in range(len(gc.get_objects(generation=2)))]  # many long-lived
    for _ in range(12 * 11):
        _garbage(1500)
        if collect_due() == 2:
            break
    else:
        pytest.fail("the oldest generation was never collected")
    del kept


def test_started_it_turns_automatic_collection_off_and_stopped_back_on(qapp) -> None:  # type: ignore[no-untyped-def]
    gc.enable()
    collector = GuiThreadCollector(qapp)
    try:
        collector.start()
        assert collector.running and not gc.isenabled()
        collector.stop()
        assert not collector.running and gc.isenabled()
    finally:
        gc.disable()  # as the suite's collector keeps it
        collector.deleteLater()
