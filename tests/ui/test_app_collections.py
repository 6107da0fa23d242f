"""The garbage collector held back while the first window is made, as before once it painted."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from eventplanner.app import desktop, startup_collections


@pytest.fixture
def thresholds() -> Iterator[tuple[int, int, int]]:
    """The thresholds before the test, put back after it (with nothing held)."""
    startup_collections.release()  # held when the desktop module was imported here
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield gc.get_threshold()
    startup_collections.release()
    gc.set_threshold(*before)


def test_hold_collects_the_youngest_generation_rarely_until_released(
    thresholds: tuple[int, int, int],
) -> None:
    startup_collections.hold()
    assert gc.get_threshold() == (startup_collections.START_THRESHOLD, 10, 10)
    startup_collections.hold()  # once is enough: the release puts back the first thresholds
    startup_collections.release()
    assert gc.get_threshold() == thresholds
    startup_collections.release()  # nothing held: nothing changes
    assert gc.get_threshold() == thresholds


def test_a_disabled_collector_stays_as_it_was(thresholds: tuple[int, int, int]) -> None:
    gc.set_threshold(0, 10, 10)
    startup_collections.hold()
    startup_collections.release()
    assert gc.get_threshold() == (0, 10, 10)


def test_the_window_releases_it_once_it_has_painted(
    qtbot, tmp_path: Path, thresholds: tuple[int, int, int]
) -> None:  # type: ignore[no-untyped-def]
    startup_collections.hold()
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window, planner = desktop.build(store, str(tmp_path / "events.sqlite"), open_when_shown=True)
    qtbot.addWidget(window)
    assert gc.get_threshold()[0] == startup_collections.START_THRESHOLD
    window.show()
    qtbot.waitUntil(lambda: planner.workspace is not None, timeout=10_000)
    assert gc.get_threshold() == thresholds
    desktop.close(window, planner)
