"""Settings files are upgraded step by step, and one from a newer version is left alone."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from eventplanner.ui import settings_upgrade
from eventplanner.ui.settings import VERSION, Settings
from eventplanner.ui.settings_upgrade import FIRST_VERSION, STEPS, upgrade


def store_at(tmp_path: Path, version: int | None, **values: str) -> QSettings:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    if version is not None:
        store.setValue("version", version)
    for key, value in values.items():
        store.setValue(key.replace("__", "/"), value)
    return store


def test_every_version_has_one_step_to_the_next() -> None:
    assert sorted(STEPS) == list(range(FIRST_VERSION, VERSION))
    assert VERSION == settings_upgrade.VERSION >= 2


def test_step_1_to_2_forgets_the_search_and_keeps_the_rest_of_the_filters(
    tmp_path: Path,
) -> None:
    written_by_1 = {"text": "mässa", "kinds": ["course"], "include_cancelled": False}
    store = store_at(tmp_path, 1, filters__json=json.dumps(written_by_1))
    STEPS[1](store)
    assert json.loads(store.value("filters/json")) == {
        "kinds": ["course"],
        "include_cancelled": False,
    }


@pytest.mark.parametrize("stored", ["{not json", "[1, 2]", '{"kinds": ["course"]}'])
def test_step_1_to_2_leaves_filters_without_a_search_as_they_are(
    tmp_path: Path, stored: str
) -> None:
    store = store_at(tmp_path, 1, filters__json=stored)
    STEPS[1](store)
    assert store.value("filters/json") == stored


def test_step_1_to_2_on_a_file_without_filters_writes_none(tmp_path: Path) -> None:
    store = store_at(tmp_path, 1)
    STEPS[1](store)
    assert store.value("filters/json") is None


def test_an_old_file_is_brought_to_the_current_version_and_read(tmp_path: Path) -> None:
    old = {"text": "mässa", "kinds": ["course"]}
    store = store_at(tmp_path, 1, filters__json=json.dumps(old), view__current="month")
    settings = Settings(store)
    assert int(store.value("version")) == VERSION
    assert settings.view == "month"
    assert settings.filters.kinds == ["course"]
    assert "mässa" not in store.value("filters/json")
    store.sync()
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert int(again.value("version")) == VERSION


def test_a_new_file_gets_the_current_version(tmp_path: Path) -> None:
    store = store_at(tmp_path, None)
    assert upgrade(store) == VERSION
    assert int(store.value("version")) == VERSION


def test_the_steps_run_in_order_each_writing_its_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, int]] = []

    def step(name: str):  # type: ignore[no-untyped-def]
        return lambda store: seen.append((name, int(store.value("version"))))

    monkeypatch.setattr(settings_upgrade, "STEPS", {1: step("1→2"), 2: step("2→3"),
                                                    3: step("3→4")})  # fmt: skip
    monkeypatch.setattr(settings_upgrade, "VERSION", 4)
    store = store_at(tmp_path, 2)
    assert upgrade(store) == 4
    assert seen == [("2→3", 2), ("3→4", 3)]
    assert int(store.value("version")) == 4


def test_a_file_from_a_newer_version_is_left_alone_and_read_as_far_as_possible(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    newer = VERSION + 3
    filters = json.dumps({"kinds": ["course"], "colour_by": "project"})
    store = store_at(tmp_path, newer, filters__json=filters, view__current="week",
                     future__setting="on")  # fmt: skip
    with caplog.at_level(logging.WARNING, logger="eventplanner.ui.settings_upgrade"):
        settings = Settings(store)
    assert int(store.value("version")) == newer
    assert store.value("filters/json") == filters
    assert store.value("future/setting") == "on"
    assert settings.view == "week"
    assert settings.filters.kinds == ["course"]
    [record] = caplog.records
    assert "newer" in record.getMessage() and str(newer) in record.getMessage()
