"""The leak check every test passes through (tests/leaks.py) sees each kind of leak."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests import leaks
from tests.leaks import Snapshot


@pytest.fixture
def no_grace(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(leaks, "GRACE_SECONDS", 0.05)


def test_a_thread_still_running_is_a_leak_and_one_that_ended_is_not(no_grace: None) -> None:
    before = Snapshot.take()
    stop = threading.Event()
    running = threading.Thread(target=stop.wait, name="left-running")
    ended = threading.Thread(target=lambda: None, name="ended")
    running.start()
    ended.start()
    try:
        assert before.leaks() == ["thread 'left-running' still running"]
    finally:
        stop.set()
        running.join()
    assert before.leaks() == []


def test_a_thread_ending_within_the_grace_is_no_leak() -> None:
    before = Snapshot.take()
    stop = threading.Event()
    ending = threading.Thread(target=lambda: stop.wait(5), name="ending")
    ending.start()
    threading.Timer(0.1, stop.set).start()
    assert before.leaks() == []


def test_the_deletions_asked_for_are_done_before_the_threads_are_joined(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A window whose deletion stops its worker does not leave the check waiting out the
    grace for a worker that only the deletion ends."""
    from PySide6.QtWidgets import QWidget

    before = Snapshot.take()
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait, name="window-worker")
    window = QWidget()
    window.destroyed.connect(lambda *_: stop.set())
    worker.start()
    window.deleteLater()
    stopped_when_joined: list[bool] = []
    joining = Snapshot._new_threads

    def spy(self: Snapshot, grace: float) -> list[threading.Thread]:
        stopped_when_joined.append(stop.is_set())
        return joining(self, grace)

    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(Snapshot, "_new_threads", spy)
            assert before.leaks() == []
        assert stopped_when_joined == [True]
    finally:
        stop.set()
        worker.join()


def test_an_engine_not_disposed_is_a_leak(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'leak.sqlite'}")
    before = Snapshot.take()
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    try:
        assert before.leaks() == ["sqlite3.Connection not closed"]
    finally:
        engine.dispose()
    assert before.leaks() == []


def test_a_connection_opened_before_is_not_this_tests(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'kept.sqlite'}")
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    before = Snapshot.take()
    with engine.connect() as connection:  # the pool's connection again
        connection.execute(text("SELECT 2"))
    assert before.leaks() == []
    engine.dispose()


def test_a_widget_not_deleted_is_a_leak_shown_or_hidden(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog, QWidget

    before = Snapshot.take()
    shown, hidden = QWidget(), QDialog()
    shown.setObjectName("forgotten")
    shown.show()
    hidden.setWindowTitle("Never shown")
    assert sorted(before.leaks()) == [
        "top-level widget QDialog titled 'Never shown' (hidden) not deleted",
        "top-level widget QWidget 'forgotten' (shown) not deleted",
    ]
    shown.close()
    shown.deleteLater()
    hidden.deleteLater()
    assert before.leaks() == []


def test_a_garbage_collection_on_another_thread_is_found() -> None:
    before = Snapshot.take()
    collecting = threading.Thread(target=gc.collect, name="collecting")
    collecting.start()
    collecting.join()
    try:
        assert before.leaks() == ["garbage collected on thread 'collecting'"]
    finally:  # not this test's own leak check's finding too
        del leaks.OFF_MAIN_COLLECTIONS.threads[before.off_main_collections :]
    assert before.leaks() == []
