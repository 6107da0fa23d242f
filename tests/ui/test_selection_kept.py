"""The event highlighted in a view stays the one Edit and Delete act on, across reloads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from eventplanner.domain.occurrence import Occurrence
from eventplanner.ui.events.editing import EventEditing
from eventplanner.ui.window.main_window import MainWindow
from eventplanner.ui.window.navigation import ViewKind
from tests.ui.helpers import settle


def click_first_event(qtbot, window: MainWindow, kind: ViewKind) -> Occurrence:  # type: ignore[no-untyped-def]
    if kind is ViewKind.AGENDA:
        row = window.agenda_model.row_of(lambda o: o.title == "Styrelsemöte")
        window.agenda.selectRow(row)
        chosen = window.agenda.current_occurrence()
        assert chosen is not None
        return chosen
    view = window.month if kind is ViewKind.MONTH else window.week
    while kind is ViewKind.WEEK and not window.week._occurrences:
        window.window_actions.following.trigger()  # a week with events in it
        settle(qtbot, window)
    occurrences = (
        [i.occurrence for i in window.month._items]
        if kind is ViewKind.MONTH
        else window.week._occurrences
    )
    for occurrence in occurrences:
        rect = view.occurrence_rect(occurrence)
        if rect is not None and not rect.isEmpty():
            qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
            return occurrence
    raise AssertionError("no event shown")


@pytest.mark.parametrize("kind", [ViewKind.AGENDA, ViewKind.MONTH, ViewKind.WEEK])
def test_edit_after_a_reload_opens_the_highlighted_event(
    qtbot,
    window: MainWindow,
    kind: ViewKind,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    opened: list[Occurrence] = []
    monkeypatch.setattr(EventEditing, "edit", lambda _self, occurrence: opened.append(occurrence))
    window.window_actions.view_actions()[kind].trigger()
    settle(qtbot, window)
    chosen = click_first_event(qtbot, window, kind)
    settle(qtbot, window)
    window._planner.refresh()  # as after any save: every view reads again
    settle(qtbot, window)
    window.window_actions.edit_event.trigger()
    assert [(o.uid, o.recurrence_id) for o in opened] == [(chosen.uid, chosen.recurrence_id)]
    assert window.statusBar().currentMessage() == ""
