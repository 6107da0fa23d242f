"""A month painted ahead (off screen, while the window stands idle) is shown when the view
turns to it with the very occurrences it was painted from, and looks exactly as a month
painted then would; anything else that differs, and the month is painted as always."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from eventplanner.domain.occurrence import Occurrence
from eventplanner.ui.views import month_paint
from eventplanner.ui.views.month_view import MonthView
from tests.ui.helpers import all_day, at, timed

ZONE = "Europe/Stockholm"
APRIL = date(2027, 4, 1)


def april() -> list[Occurrence]:
    found = [
        timed(
            f"Kurs {n}",
            at(2027, 4, 5 + n % 20, 9 + n % 8),
            at(2027, 4, 5 + n % 20, 10 + n % 8),
            event_id=n,
        )
        for n in range(1, 60)
    ]
    found.append(all_day("Automationsmässan", date(2027, 4, 13), date(2027, 4, 15), event_id=99))
    return sorted(found, key=lambda o: o.sort_key)


@pytest.fixture
def view(qtbot: QtBot) -> MonthView:
    widget = MonthView()
    qtbot.addWidget(widget)
    widget.resize(900, 640)
    widget.set_today(date(2027, 3, 10))
    widget.set_month(date(2027, 3, 1))
    widget.select_day(date(2027, 3, 10))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def painted(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Each frame of April the view paints itself (rather than showing one painted ahead);
    March, shown before, may still be painted once the test has begun."""
    frames: list[object] = []
    paint = month_paint.MonthPainter.paint

    def counted(self: month_paint.MonthPainter) -> None:
        if self.layout.month == APRIL:
            frames.append(self.layout.month)
        paint(self)

    monkeypatch.setattr(month_paint.MonthPainter, "paint", counted)
    return frames


def turn_to_april(view: MonthView, occurrences: list[Occurrence], day: date) -> QImage:
    view.set_month(APRIL)
    view.select_day(day)
    view.set_occurrences(occurrences, ZONE)
    return view.grab().toImage()


def test_a_month_painted_ahead_is_shown_as_it_would_be_painted(
    view: MonthView, painted: list[object]
) -> None:
    shown = april()
    view.prepare(APRIL, date(2027, 4, 10), shown, ZONE)
    assert painted == [APRIL]  # off screen, once
    ahead = turn_to_april(view, shown, date(2027, 4, 10))
    assert painted == [APRIL]  # not again
    view.set_occurrences(list(shown), ZONE)  # equal, but not the list painted ahead:
    again = view.grab().toImage()
    assert painted == [APRIL]  # what is shown already is neither laid out nor painted again
    assert ahead == again
    assert view.day_cell(date(2027, 4, 14)) is not None  # laid out as it was painted


@pytest.mark.parametrize("change", ["other list", "other day", "other size", "focus"])
def test_a_month_painted_ahead_is_not_shown_when_anything_differs(
    qtbot: QtBot, view: MonthView, painted: list[object], change: str
) -> None:
    shown = april()
    view.prepare(APRIL, date(2027, 4, 10), shown, ZONE)
    if change == "other size":
        view.resize(920, 640)
    if change == "focus":  # the view (alone in its window) has it, or had it
        had = view.hasFocus()
        view.clearFocus() if had else view.setFocus()
        qtbot.waitUntil(lambda: view.hasFocus() != had)
    given = list(shown) if change == "other list" else shown
    day = date(2027, 4, 12) if change == "other day" else date(2027, 4, 10)
    turn_to_april(view, given, day)
    assert painted == [APRIL, APRIL]


def test_the_frame_is_left_once_the_person_moves_on(view: MonthView, painted: list[object]) -> None:
    shown = april()
    view.prepare(APRIL, date(2027, 4, 10), shown, ZONE)
    turn_to_april(view, shown, date(2027, 4, 10))
    view.select_day(date(2027, 4, 11))
    view.grab()
    view.select_day(date(2027, 4, 10))
    view.grab()
    assert painted == [APRIL, APRIL, APRIL]


def test_nothing_is_painted_ahead_for_the_month_shown_or_a_hidden_view(
    view: MonthView, painted: list[object]
) -> None:
    view.prepare(date(2027, 3, 5), date(2027, 3, 5), april(), ZONE)
    view.hide()
    view.prepare(APRIL, APRIL, april(), ZONE)
    assert painted == []


def test_an_answer_equal_to_what_is_shown_is_not_laid_out_again(view: MonthView) -> None:
    """After a drop the view shows the event where it was dropped; the reload after the
    save brings the same occurrences back (in another order): nothing is laid out or
    painted again. An answer that differs is."""
    shown = april()
    view.set_month(APRIL)
    view.set_occurrences(shown, ZONE)
    view.grab()
    laid_out = view._cache
    assert laid_out is not None
    view.set_occurrences(list(reversed(shown)), ZONE)
    assert view._cache is laid_out
    view.set_occurrences(shown[1:], ZONE)
    assert view._cache is None  # laid out anew at the next paint
    assert len(view._items) == len(shown) - 1
