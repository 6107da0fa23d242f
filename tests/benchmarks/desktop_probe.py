"""Run in a child process by test_bench_desktop.py: the desktop app measured to painted frames.

    python desktop_probe.py bare                      # QApplication + QMainWindow, first paint
    python desktop_probe.py startup DATABASE [KEPT]   # our window on DATABASE: first paint, events
    python desktop_probe.py large DATABASE MONTH [KEPT]  # open, month switches, agenda keystrokes

KEPT is the folder where the app keeps the period it showed last for the next start (as
``run`` passes the user's cache folder); without it nothing is kept, as at a first start.
Each run ends as the app does (``desktop.close``), keeping what the next run shows first.

Prints one JSON object on the last line of stdout. Times are milliseconds of
time.monotonic(), which is one clock for every process on the machine, so the parent's
moment of starting the child is the origin of "startup". Each measured step ends at the
first paint of the window after the data arrived, caught by an application event filter: in
"startup" when that paint begins; in "large" when it (the whole frame) has been painted,
with the moment it began beside the month switches and searches (``*_paint_began``).

In "large", before each month switch and before the first keystroke the event loop runs idle
for PAUSE_MS, as it does while a person looks at what is shown: in that time the window reads
the months beside the shown one (and the shown period's texts) ahead and paints those months
off screen, so a switch that follows the pause shows a frame painted from memory. Switches
without the pause (paging as fast as keys repeat) are not measured here; the service floors
(month_query, text_query) say what a read from the database costs.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

PAUSE_MS = 400
"""Idle event loop before each month switch and the first keystroke (a person's pause)."""


def now_ms() -> float:
    return time.monotonic() * 1000


class FrameClock(QObject):
    """Calls ``then`` at the first paint of ``window`` once ``arm()`` has been called.

    It watches the widgets it is given (``watch``), or with none every widget of the window
    through an application-wide filter. Start-up watches the window itself (painted first,
    before its children) and the view that shows the events: an application-wide filter
    would have every event of every Qt object pass through Python, and PySide make the
    enums of each class it meets there, a cost of the probe and not of the app."""

    def __init__(self, window: QWidget, watch: Sequence[QWidget] = ()) -> None:
        super().__init__()
        self._window = window
        self._then: Callable[[float], None] | None = None
        if watch:
            for widget in watch:
                widget.installEventFilter(self)
        else:
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self)

    def arm(self, then: Callable[[float], None]) -> None:
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._then is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            then, self._then = self._then, None
            stamp = now_ms()
            QTimer.singleShot(0, lambda: then(stamp))
        return False


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare() -> dict[str, Any]:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1280, 800)
    clock = FrameClock(window, watch=[window])
    result: dict[str, Any] = {}

    def painted(stamp: float) -> None:
        result["first_paint"] = stamp
        app.quit()

    clock.arm(painted)
    window.show()
    app.exec()
    return result


def _window(
    database: str, view: str, kept: str | None, *, watch_views: bool = False
) -> tuple[QApplication, Any, Any, FrameClock, list[int]]:
    """The app's window on ``database`` showing ``view``, with a clock on its paints (on the
    window and its month view with ``watch_views``, else on every widget of it), and the
    number of occurrences of each answer the window was given (the first may come before
    it is shown: the period kept in ``kept`` at the last run's end)."""
    from eventplanner.app.desktop import build, configure
    from eventplanner.ui.window.main_window import MainWindow

    answers: list[int] = []
    shown = MainWindow._loaded

    def loaded(self: Any, result: Any) -> None:
        answers.append(len(result.occurrences))
        shown(self, result)

    MainWindow._loaded = loaded  # type: ignore[method-assign]
    app = QApplication(sys.argv)
    configure(app)
    folder = tempfile.mkdtemp(prefix="eventplanner-probe-")
    store = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("view/current", view)
    kept_in = Path(kept) if kept else None
    window, planner = build(store, database, open_when_shown=True, kept_in=kept_in)
    window.resize(1280, 800)
    clock = FrameClock(window, watch=[window, window.month] if watch_views else ())
    return app, window, planner, clock, answers


def _close(window: Any, planner: Any) -> None:
    """As the app ends (``run``): the period the next start shows first is kept."""
    from eventplanner.app.desktop import close

    close(window, planner)


def _when_loaded(window: Any, then: Callable[[float], None], clock: FrameClock) -> None:
    """``then(painted)`` at the first paint after the next loaded period is shown."""
    shown = window._loaded

    def loaded(result: Any) -> None:
        window._loaded = shown
        shown(result)
        clock.arm(then)

    window._loaded = loaded


def _when_opened_and_loaded(
    window: Any,
    planner: Any,
    then: Callable[[float], None],
    clock: FrameClock,
    *,
    before: Callable[[float], None],
    painted_yet: Callable[[], bool],
) -> None:
    """``then(painted)`` at the first paint after the database's own first answer; an
    answer with events given before it had opened (the period kept at the last run's end,
    or read from the file first: ``Planner.look_first``) calls ``before(painted)`` at its
    paint, once the window has painted (``painted_yet``: before that, the first paint
    shows it)."""
    shown = window._loaded

    def loaded(result: Any) -> None:
        if planner.workspace is None:
            shown(result)
            if result.occurrences and painted_yet():
                clock.arm(before)
            return
        window._loaded = shown
        shown(result)
        clock.arm(then)

    window._loaded = loaded


def startup(database: str, kept: str | None) -> dict[str, Any]:
    """The first paint; the first paint that shows the month's events (the first one, when
    they were kept from the last run or read from the file before it paints); and the first
    after the database's own answer."""
    app, window, planner, clock, answers = _window(database, "month", kept, watch_views=True)
    result: dict[str, Any] = {}

    def database_painted(stamp: float) -> None:
        result["database_painted"] = stamp
        result.setdefault("events_painted", stamp)
        result["occurrences"] = window.filter_bar.count_label.text()
        app.quit()

    def first_paint(stamp: float) -> None:
        result["first_paint"] = stamp
        result["database_layer_at_first_paint"] = "sqlalchemy" in sys.modules
        result["kept_shown"] = any(answers)
        if any(answers):
            result["events_painted"] = stamp

    def shown_before_open(stamp: float) -> None:
        result.setdefault("events_painted", stamp)

    clock.arm(first_paint)
    _when_opened_and_loaded(window, planner, database_painted, clock, before=shown_before_open,
                            painted_yet=lambda: "first_paint" in result)  # fmt: skip
    window.show()
    app.exec()
    _close(window, planner)
    return result


def large(database: str, month: str, kept: str | None) -> dict[str, Any]:
    from eventplanner.domain.filters import EventFilter
    from eventplanner.ui.window.navigation import Position, ViewKind

    first = date.fromisoformat(month)
    app, window, planner, clock, answers = _window(database, "month", kept)
    result: dict[str, Any] = {
        "month_switch": [],
        "month_switch_paint_began": [],
        "keystroke_echo": [],
        "filter_to_paint": [],
        "filter_to_paint_began": [],
    }
    steps: list[Callable[[], None]] = []
    started = now_ms()

    def next_step() -> None:
        if steps:
            steps.pop(0)()
        else:
            app.quit()

    # ``stamp`` is when the paint event arrived; the callbacks run once it (and the rest of
    # that frame) has been painted, so now_ms() there is when the frame was done.
    def opened(stamp: float) -> None:
        result["open"] = now_ms() - started
        result.setdefault("open_shown", result["open"])
        next_step()

    painted: list[bool] = []

    def first_paint(stamp: float) -> None:
        painted.append(True)
        if any(answers):  # the events kept at the last run's end are in the first frame
            result["open_shown"] = now_ms() - started

    def shown_before_open(stamp: float) -> None:  # read from the file before it opened
        result.setdefault("open_shown", now_ms() - started)

    # Each step hooks the loaded callback before asking: the request takes it as it is then.
    def go_to_month() -> None:
        _when_loaded(window, lambda _s: next_step(), clock)
        window._move(Position(ViewKind.MONTH, first))

    def pause(then: Callable[[], None]) -> Callable[[], None]:
        return lambda: QTimer.singleShot(PAUSE_MS, then)

    def switch() -> None:
        began = now_ms()

        def painted(stamp: float) -> None:
            result["month_switch"].append(now_ms() - began)
            result["month_switch_paint_began"].append(stamp - began)
            next_step()

        _when_loaded(window, painted, clock)
        window.window_actions.following.trigger()

    def to_agenda() -> None:
        _when_loaded(window, lambda _s: next_step(), clock)
        window._move(Position(ViewKind.AGENDA, first))

    def keystroke(letter: str) -> Callable[[], None]:
        def press() -> None:
            search = window.filter_bar.search
            emitted: list[float] = []
            window.filter_bar.filter_changed.connect(lambda *_: emitted.append(now_ms()))
            began = now_ms()

            def echoed(stamp: float) -> None:
                result["keystroke_echo"].append(now_ms() - began)
                _when_loaded(window, painted, clock)

            def painted(stamp: float) -> None:
                window.filter_bar.filter_changed.disconnect()
                window.filter_bar.filter_changed.connect(window._filter_changed)
                result["filter_to_paint"].append(now_ms() - emitted[0])
                result["filter_to_paint_began"].append(stamp - emitted[0])
                next_step()

            clock.arm(echoed)
            search.setFocus()
            QTest.keyClick(search, letter)

        return press

    def floors() -> None:
        # The same questions asked of the services directly, in this process.
        workspace = planner.workspace
        position = Position(ViewKind.MONTH, first)
        window_ = position.window(window._zone)
        agenda = Position(ViewKind.AGENDA, first).window(window._zone)
        measured: dict[str, list[float]] = {"month_query": [], "text_query": []}
        for _ in range(7):
            began = now_ms()
            workspace.queries.faceted(window_, EventFilter())
            measured["month_query"].append(now_ms() - began)
            began = now_ms()
            workspace.queries.faceted(agenda, EventFilter(text="robot"))
            measured["text_query"].append(now_ms() - began)
        result.update(measured)
        began = now_ms()
        from eventplanner.services.workspace import Workspace

        Workspace.open(database).close()
        result["workspace_open"] = now_ms() - began
        next_step()

    steps.append(go_to_month)
    steps.extend([pause(switch)] * 8)
    steps.append(to_agenda)
    steps.extend(keystroke(letter) for letter in "robot")
    steps[steps.index(to_agenda) + 1] = pause(steps[steps.index(to_agenda) + 1])
    steps.append(floors)
    clock.arm(first_paint)
    _when_opened_and_loaded(window, planner, opened, clock, before=shown_before_open,
                            painted_yet=lambda: bool(painted))  # fmt: skip
    QTimer.singleShot(300_000, lambda: (print(json.dumps(result)), app.exit(3)))  # a stuck step
    window.show()
    status = app.exec()
    if status:
        sys.exit(status)
    window._move(Position(ViewKind.MONTH, date.today()))  # the month the next start shows
    _close(window, planner)
    result["pause_ms"] = PAUSE_MS
    result["peak_rss_mb"] = peak_rss_mb()
    result["shown_in_agenda"] = window.filter_bar.count_label.text()
    return result


def main() -> None:
    mode = sys.argv[1]
    if mode == "bare":
        out = bare()
    elif mode == "startup":
        out = startup(sys.argv[2], (sys.argv[3:] or [None])[0])
    else:
        out = large(sys.argv[2], sys.argv[3], (sys.argv[4:] or [None])[0])
    out["peak_rss_mb"] = out.get("peak_rss_mb", peak_rss_mb())
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
