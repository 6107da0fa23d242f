"""An event saved where the view does not show it is announced, with a link to show it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from eventplanner.ui.window.main_window import MainWindow
from tests.ui.helpers import agenda_titles, settle


def save_new_event(qtbot, window: MainWindow, title: str, day: str | None) -> None:  # type: ignore[no-untyped-def]
    window.window_actions.new_event.trigger()
    qtbot.waitUntil(lambda: window.editing.dialog is not None, timeout=10_000)
    dialog = window.editing.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.form.title_edit, title)
    if day is not None:
        start = dialog.form.timing.start_date
        start.setFocus()
        qtbot.keyClicks(start, day)  # a whole date typed in
        qtbot.keyClick(start, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=5_000)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editing.dialog is None, timeout=10_000)
    settle(qtbot, window)


def test_an_event_saved_outside_the_period_is_announced_and_shown_on_request(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    save_new_event(qtbot, window, "Sommarfest", "2027-06-10")
    notice = window.saved_notice
    assert notice.isVisible()
    assert notice.text() == (
        "“Sommarfest” was saved on Thu 10 Jun 2027, outside the period shown. Show it"
    )
    assert "Sommarfest" not in agenda_titles(window)
    notice.label.linkActivated.emit("show")  # the link clicked
    settle(qtbot, window)
    assert not notice.isVisible()
    assert window.period_label.text() == "June – August 2027"
    chosen = window.current_occurrence()
    assert chosen is not None and chosen.title == "Sommarfest"


def test_an_event_saved_in_the_period_says_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    save_new_event(qtbot, window, "Frukostmote", None)  # on the day selected
    assert "Frukostmote" in agenda_titles(window)
    assert not window.saved_notice.isVisible()


def test_an_event_the_filters_hide_is_announced_too(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.filter_bar.search.setText("Styrelse")
    settle(qtbot, window)
    save_new_event(qtbot, window, "Frukostmote", None)
    assert window.saved_notice.text() == "“Frukostmote” was saved, but the filters hide it."
    window.saved_notice.close_button.click()
    assert not window.saved_notice.isVisible()
    assert QApplication.activeModalWidget() is None
