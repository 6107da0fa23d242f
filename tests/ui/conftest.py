"""UI tests: offscreen Qt (set in tests/conftest.py), Qt warnings fail the test (pyproject).

``window`` is a main window on a copy of the sample year (made once per module);
``swedish``, asked for before it, makes the window speak Swedish.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from eventplanner.ui import language
from eventplanner.ui.planner import Planner
from tests.copies import Templates, empty_sqlite_copy, sqlite_copy
from tests.ui.helpers import TODAY, opened_planner, shown_window


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory, templates: Templates) -> Path:
    """The sample year around TODAY: a copy of the run's (built once, tests/copies.py)."""
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite"
    sqlite_copy(templates, path, "sample_year", TODAY)
    return path


@pytest.fixture
def planner_file(sample_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "planering.sqlite"
    copy.write_bytes(sample_file.read_bytes())
    return copy


@pytest.fixture
def window(qtbot, tmp_path: Path, planner_file: Path):  # type: ignore[no-untyped-def]
    with shown_window(qtbot, tmp_path, planner_file) as made:
        yield made


@pytest.fixture
def swedish(qapp: QApplication):  # type: ignore[no-untyped-def]
    """Swedish translations and dates for the widgets made from here on; English again after."""
    before = QLocale()
    yield language.install(qapp, "sv")
    language.install(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def planner(qtbot, tmp_path: Path, templates: Templates) -> Iterator[Planner]:  # type: ignore[no-untyped-def]
    """A planner on a new, empty database file (a copy of the run's migrated one)."""
    path = empty_sqlite_copy(templates, tmp_path / "planner.sqlite")
    with opened_planner(qtbot, path) as made:
        yield made


@pytest.fixture
def planner_on_sample(qtbot, planner_file: Path) -> Iterator[Planner]:  # type: ignore[no-untyped-def]
    """A planner (no window) on a copy of the sample year."""
    with opened_planner(qtbot, planner_file) as made:
        yield made
