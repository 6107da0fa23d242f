"""The window on periods kept and read ahead: one read per page turned, a search typed into
answered from what was read, a save shown at once (nothing stale after it), and the next
month turned to painted ahead, as a person would see it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QUndoStack

from eventplanner.domain.filters import EventFilter
from eventplanner.ui.events import undo
from eventplanner.ui.jobs import JobRunner
from eventplanner.ui.planner import Planner
from eventplanner.ui.settings import Settings
from eventplanner.ui.views import month_paint
from eventplanner.ui.window.main_window import MainWindow
from eventplanner.ui.window.navigation import Position, ViewKind
from tests.ui.helpers import TODAY, agenda_titles, settle


def _loads(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    asked: list[Any] = []
    load = window._planner.load

    def counted(*args: Any, **kwargs: Any) -> None:
        asked.append(args[0])
        load(*args, **kwargs)

    monkeypatch.setattr(window._planner, "load", counted)
    return asked


def _search(qtbot, window: MainWindow, typed: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the search (setText: QTest types ASCII only) and wait for it to apply."""
    with qtbot.waitSignal(window.filter_bar.filter_changed, timeout=5_000):
        window.filter_bar.search.setText(typed)
    settle(qtbot, window)


def _faceted(window: MainWindow) -> list[str]:
    """What the services show for the window's period and filter, asked directly."""
    workspace = window._planner.workspace
    assert workspace is not None
    found = workspace.queries.faceted(
        window._position.window(window._zone), window.current_filter()
    )
    return [o.title for o in found.occurrences]


def test_turning_a_page_asks_for_the_period_once(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.window_actions.show_month.trigger()
    settle(qtbot, window)
    asked = _loads(window, monkeypatch)
    window.window_actions.following.trigger()
    settle(qtbot, window)
    qtbot.keyClick(window.month, Qt.Key.Key_PageDown)
    settle(qtbot, window)
    window.window_actions.show_week.trigger()
    settle(qtbot, window)
    window.window_actions.previous.trigger()
    settle(qtbot, window)
    assert len(asked) == 4
    assert window.period_label.text().startswith("Week")


def test_a_search_typed_in_the_agenda_shows_what_the_services_find(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.window_actions.show_agenda.trigger()
    settle(qtbot, window)
    everything = agenda_titles(window)
    for typed in ("m", "mä", "mäs", "mäss", "mässa", "mäss", ""):
        _search(qtbot, window, typed)
        assert agenda_titles(window) == _faceted(window), typed
    assert agenda_titles(window) == everything


def test_a_save_shows_at_once_in_a_search_answered_from_memory(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.window_actions.show_agenda.trigger()
    _search(qtbot, window, "zebrafink")
    assert agenda_titles(window) == []
    _search(qtbot, window, "")
    row = next(r for r in range(window.agenda_model.rowCount())
               if window.agenda_model.occurrence(r) is not None)  # fmt: skip
    shown = window.agenda_model.occurrence(row)
    assert shown is not None
    workspace = window._planner.workspace
    assert workspace is not None
    event = workspace.events.get(shown.event_id)
    stack = QUndoStack()
    stack.push(undo.EditEvent(window._planner, event,
                              replace(event.draft(), description="Om zebrafinkar")))  # fmt: skip
    settle(qtbot, window)
    _search(qtbot, window, "zebrafink")
    assert shown.title in agenda_titles(window)
    assert agenda_titles(window) == _faceted(window)
    stack.undo()
    settle(qtbot, window)
    assert agenda_titles(window) == []


@pytest.fixture
def reading_ahead(qtbot, tmp_path: Path, planner_file: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    settings = Settings(QSettings(str(tmp_path / "ahead.ini"), QSettings.Format.IniFormat))
    planner = Planner(JobRunner(workers=2), JobRunner(workers=1), ahead=JobRunner(workers=1))
    made = MainWindow(planner, settings, today=TODAY)
    made.show()
    try:
        with qtbot.waitSignal(planner.opened, timeout=20_000):
            planner.open(str(planner_file))
        settle(qtbot, made)
        yield made
        settle(qtbot, made)
    finally:  # not qtbot.addWidget: it deletes the window before the planner is done
        made.close()
        planner.shutdown()
        QCoreApplication.processEvents()
        made.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_next_month_is_painted_ahead_and_shown_as_read(qtbot, reading_ahead: MainWindow,  # type: ignore[no-untyped-def]
                                                           monkeypatch) -> None:  # fmt: skip
    window = reading_ahead
    window.window_actions.show_month.trigger()
    december = Position(ViewKind.MONTH, date(2026, 12, 1)).window(window._zone)
    qtbot.waitUntil(lambda: window.month._ahead.matching(date(2026, 12, 1),
                                                         _kept(window, december), window._zone)
                    is not None, timeout=20_000)  # fmt: skip
    settle(qtbot, window)
    frames: list[date] = []
    paint = month_paint.MonthPainter.paint

    def counted(self: month_paint.MonthPainter) -> None:
        frames.append(self.layout.month)
        paint(self)

    monkeypatch.setattr(month_paint.MonthPainter, "paint", counted)
    window.window_actions.following.trigger()
    qtbot.waitUntil(lambda: window.month.month() == date(2026, 12, 1), timeout=5_000)
    settle(qtbot, window)  # the answer (from memory) comes from the event loop
    window.month.grab()
    assert date(2026, 12, 1) not in frames  # shown as painted ahead
    titles = sorted(p.occurrence.title for p in window.month._items)
    assert titles == sorted(_faceted(window))


def _kept(window: MainWindow, period: Any) -> Any:
    kept = window._planner.cache.get(period, EventFilter())
    if kept is None:
        return None
    return window._planner.cache.answer(kept, window.current_filter()).occurrences
