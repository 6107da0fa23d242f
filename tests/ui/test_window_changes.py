"""The window reads again only for a change of what it shows: a feed or a contact saved
leaves the shown period alone; an event saved reads it again (from memory when the event
lies elsewhere: the planner forgets only the periods a change touched)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventplanner.domain.feeds import Feed
from eventplanner.domain.model import Contact, EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.helpers import at, settle


def _loads(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The periods the window asks the planner for from now on."""
    asked: list[Any] = []
    load = window._planner.load

    def counted(*args: Any, **kwargs: Any) -> None:
        asked.append(args[0])
        load(*args, **kwargs)

    monkeypatch.setattr(window._planner, "load", counted)
    return asked


def _save(qtbot, window: MainWindow, work: Callable[[Workspace], object]) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window._planner.changed, timeout=20_000):
        window._planner.change(work)
    settle(qtbot, window)


def test_a_feed_or_a_contact_saved_reads_nothing_again(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    settle(qtbot, window)
    asked = _loads(window, monkeypatch)
    _save(qtbot, window, lambda w: w.feeds.create(Feed(None, "Zebrafinkar")))
    _save(qtbot, window, lambda w: w.contacts.create(Contact(None, "Åsa Öberg")))
    assert asked == []


def test_an_event_saved_reads_the_shown_period_again(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    settle(qtbot, window)
    shown = window._position.window(window._zone)
    asked = _loads(window, monkeypatch)
    draft = EventDraft("Zebrafinkar", TimedSpan(at(2026, 11, 18, 9), at(2026, 11, 18, 11)))
    _save(qtbot, window, lambda w: w.events.create(draft))
    assert asked == [shown]
