"""Moving an event with 40 tasks in the window, to the painted calendar (issue 15: "moving an
event with 40 working-day tasks: ≤ 50 ms to the painted calendar").

The main window on the sample year, its month view showing a trade fair with 40 tasks
counted in working days. A drop moves the fair a week (to and fro, as a drag and its undo);
the question of which tasks move (a dialog the person answers) is answered at once, and
the clock starts when it is answered: from there the move is saved (the event and its 40
tasks, one transaction), the change set read back into the views, and the month painted
with the fair at its new place from what is stored. Measured to the end of that frame: the
first paint of the month after the stored answer was shown in it (or the answer shown, when
nothing was left to paint: the drop already showed it there).

The frame measured to is the first paint of the month after the stored answer arrived:
usually the one that also shows the moved tasks' deadline badges (the task glance reads
them after the calendar's reload). Beside the wall clock, the CPU time all of the app's
threads spent from the answer to the stored move shown: less bent by a loaded machine.

The floor is the same drop of an event without tasks (no question asked: the clock starts at
the drop). Figures and ratios printed; nothing asserted on time.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from benchdata import report
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings
from PySide6.QtWidgets import QWidget

from eventplanner.domain.deadlines import parse_relative
from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import EventDraft
from eventplanner.domain.tasks import AnchorKind, TaskDraft, TaskRule
from eventplanner.domain.timing import AllDaySpan
from eventplanner.services.sample import build_sample
from eventplanner.services.workspace import Workspace
from eventplanner.ui.tasks import move_preview
from tests.ui.helpers import settle

pytestmark = pytest.mark.timeout(900)
TASKS = 40
TODAY = date.today()  # the window shows today's month, as the app does
FIRST = TODAY - timedelta(days=TODAY.weekday()) + timedelta(days=1)  # this week's Tuesday
REPEATS = 11


def now_ms() -> float:
    return time.perf_counter() * 1000


class Painted(QObject):
    """The moments ``widget`` finished painting (its paint events, as they return)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.stamps: list[float] = []
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)  # paint it here, then stamp its end
            try:
                self._widget.event(event)
            finally:
                self._widget.installEventFilter(self)
            self.stamps.append(now_ms())
            return True
        return False


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("moves") / "sample.sqlite"
    workspace = Workspace.open(path)
    try:
        build_sample(workspace, today=TODAY)
        for title, tasks in (("Mässa med uppgifter", TASKS), ("Mässa utan uppgifter", 0)):
            timing = AllDaySpan(FIRST, FIRST + timedelta(days=2), "Europe/Stockholm")
            fair = workspace.events.create(EventDraft(title, timing, EventKind.TRADE_FAIR))
            for n in range(tasks):
                rule = TaskRule(AnchorKind.EVENT_START, parse_relative(f"{n + 1}wd before"))
                workspace.tasks.add(TaskDraft(f"Uppgift {n + 1}", event_id=fair.event.id,
                                              rule=rule))  # fmt: skip
    finally:
        workspace.close()
    yield path


def _moves(qtbot: Any, window: Any, title: str) -> dict[str, list[float]]:
    """Drop ``title`` a week on and back REPEATS times (after one unmeasured pair)."""
    window.window_actions.show_month.trigger()
    settle(qtbot, window)
    month = window.month
    painted = Painted(month)
    figures: dict[str, list[float]] = {
        "painted": [],
        "shown": [],
        "dropped": [],
        "asked": [],
        "cpu": [],
    }
    started: list[float] = []
    shown_at: list[float] = []
    cpu: list[float] = []  # the process's CPU time (every thread's) when the clock started
    cpu_shown: list[float] = []
    asked = move_preview.ask
    loaded = window._loaded

    def answered(parent: Any, moves: Any) -> bool:
        started.append(now_ms())  # the person answered the question: the clock starts
        cpu.append(time.process_time() * 1000)
        figures["asked"].append(len(moves))
        return True

    def shown(result: Any) -> None:
        loaded(result)
        shown_at.append(now_ms())
        cpu_shown.append(time.process_time() * 1000)

    move_preview.ask = answered  # type: ignore[assignment]
    window._loaded = shown
    try:
        for n in range(2 * (REPEATS + 1)):
            [item] = [i.occurrence for i in month._items if i.occurrence.title == title]
            weeks = 1 if n % 2 == 0 else -1
            first = item.timing.first_day + timedelta(weeks=weeks)
            timing = replace(item.timing, first_day=first, last_day=first + timedelta(days=2))
            started.clear()
            shown_at.clear()
            cpu.clear()
            cpu_shown.clear()
            painted.stamps.clear()
            dropped = now_ms()
            cpu_dropped = time.process_time() * 1000
            month._dropped(item, timing)
            settle(qtbot, window)
            qtbot.wait(50)  # a paint still owed shows up here
            if n < 2:
                continue
            assert shown_at, "the stored answer was never shown"
            begun = started[0] if started else dropped
            last_shown = shown_at[-1]
            after = [s for s in painted.stamps if s >= last_shown]
            figures["shown"].append(last_shown - begun)
            figures["cpu"].append(cpu_shown[-1] - (cpu[0] if cpu else cpu_dropped))
            figures["painted"].append((after[0] if after else last_shown) - begun)
            figures["dropped"].append((after[0] if after else last_shown) - dropped)
            stored = [o for o in month._items if o.occurrence.title == title]
            assert [o.occurrence.timing.first_day for o in stored] == [first]
    finally:
        move_preview.ask = asked  # type: ignore[assignment]
    return figures


@contextmanager
def app_window(qtbot: Any, tmp_path: Path, database: Path) -> Iterator[Any]:
    """The window as the app builds it (``desktop.build``: reading ahead, the live team view
    listening), on ``database``; closed as the app closes it."""
    from eventplanner.app import desktop

    switch = sys.getswitchinterval()
    sys.setswitchinterval(desktop.GIL_SWITCH_SECONDS)  # as the app's ``configure`` does
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("view/current", "month")
    window, planner = desktop.build(store, str(database))
    try:
        with qtbot.waitSignal(planner.opened, timeout=30_000):
            window.show()
        settle(qtbot, window)
        yield window
        settle(qtbot, window)
    finally:
        window.close()
        desktop.close(window, planner)
        QCoreApplication.processEvents()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        sys.setswitchinterval(switch)


def test_bench_move_to_the_painted_calendar(qtbot: Any, tmp_path: Path, database: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(database.read_bytes())
    with app_window(qtbot, tmp_path, copy) as window:
        bare = _moves(qtbot, window, "Mässa utan uppgifter")
        moved = _moves(qtbot, window, "Mässa med uppgifter")
    assert set(moved["asked"]) == {TASKS}, moved["asked"]
    assert not bare["asked"]
    print(f"\nMOVE TO PAINT: an event with {TASKS} working-day tasks dropped a week on or back "
          f"in the month view of the sample year (today {TODAY})")  # fmt: skip
    floor = ("the same drop of an event without tasks, from the drop", bare["painted"])
    report("confirmed → month painted with the stored move", moved["painted"], floor=floor,
           goal_ms=50)  # fmt: skip
    report("  confirmed → stored move shown (before its paint)", moved["shown"])
    report("  CPU time of the app's threads, confirmed → stored move shown (less bent by "
           "the machine's load)", moved["cpu"],
           floor=("the same, for the drop of an event without tasks", bare["cpu"]))  # fmt: skip
    report("  dropped → month painted with the stored move (the question answered at once)",
           moved["dropped"], floor=floor)  # fmt: skip
