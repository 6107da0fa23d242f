"""A window on a small planning database of its own (not the sample year of tests/ui/conftest):
a seminar, a fair and a weekly course."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import EventDraft
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.services.workspace import Workspace
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.drag.steps import COURSE, FAIR, SEMINAR, TODAY, at
from tests.ui.helpers import shown_window


@pytest.fixture
def planner_file(tmp_path: Path) -> Path:
    path = tmp_path / "planering.sqlite"
    workspace = Workspace.open(path)
    events = workspace.events
    events.create(EventDraft(SEMINAR, TimedSpan(at(2027, 3, 10, 9), at(2027, 3, 10, 10, 30)),
                             kind=EventKind.SEMINAR))  # fmt: skip
    events.create(EventDraft(FAIR, AllDaySpan(date(2027, 3, 16), date(2027, 3, 18)),
                             kind=EventKind.TRADE_FAIR))  # fmt: skip
    events.create(EventDraft(COURSE, TimedSpan(at(2027, 3, 4, 13), at(2027, 3, 4, 16)),
                             kind=EventKind.COURSE,
                             recurrence=Recurrence("FREQ=WEEKLY;BYDAY=TH;COUNT=6")))  # fmt: skip
    workspace.close()
    return path


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, planner_file: Path) -> Iterator[MainWindow]:
    with shown_window(qtbot, tmp_path, planner_file, today=TODAY) as made:
        yield made
