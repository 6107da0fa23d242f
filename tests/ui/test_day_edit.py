"""Typing a whole date into a date field: ISO in every language, ambiguity refused aloud."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QToolTip, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from eventplanner.ui.widgets.day_edit import DayEdit
from tests.ui.helpers import close_unasked

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support")


_pages: list[QWidget] = []  # kept alive while their test runs (qtbot holds no reference)


@pytest.fixture(autouse=True)
def _forget_pages() -> Iterator[None]:
    yield
    _pages.clear()


def form(qtbot: QtBot, display_format: str) -> tuple[DayEdit, QLineEdit]:
    page = QWidget()
    _pages.append(page)
    layout = QVBoxLayout(page)
    field, after = DayEdit(page), QLineEdit(page)
    layout.addWidget(field)
    layout.addWidget(after)
    field.setDisplayFormat(display_format)
    field.setDate(QDate(2026, 11, 22))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton)  # the cursor in a section
    qtbot.waitUntil(field.hasFocus)
    return field, after


def type_keys(qtbot: QtBot, text: str) -> None:
    """Typed where the focus is, key by key, as a person types."""
    for character in text:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClicks(focused, character)


@pytest.mark.parametrize("display_format", ["ddd yyyy-MM-dd", "d MMM yyyy"])
@pytest.mark.parametrize("language", ["sv_SE", "en_US", "en_GB"])
def test_an_iso_date_is_the_same_day_in_every_language(
    qtbot: QtBot, display_format: str, language: str
) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        field, after = form(qtbot, display_format)
        type_keys(qtbot, "2027-02-01")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert field.date().toPython() == date(2027, 2, 1)
        assert after.hasFocus()
        assert field.text() == field.textFromDateTime(field.dateTime())  # in its own format
        assert field.refusal == ""
    finally:
        QLocale.setDefault(before)


def test_enter_takes_the_typed_date_and_keeps_the_field(qtbot: QtBot) -> None:
    field, _after = form(qtbot, "ddd yyyy-MM-dd")
    type_keys(qtbot, "20270315")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert field.date().toPython() == date(2027, 3, 15) and field.hasFocus()


def test_an_ambiguous_date_is_refused_aloud_and_the_day_kept(qtbot: QtBot) -> None:
    field, after = form(qtbot, "ddd yyyy-MM-dd")
    with qtbot.waitSignal(field.refused) as refused:
        type_keys(qtbot, "01/02/2027")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    message = refused.args[0]
    assert message == (
        "“01/02/2027” could be 1 February 2027 or 2 January 2027: "
        "type the date year first, as 2027-02-01."
    )
    assert QToolTip.text() == message
    assert field.date().toPython() == date(2026, 11, 22)
    assert after.hasFocus()


def test_escape_drops_what_was_typed(qtbot: QtBot) -> None:
    field, _after = form(qtbot, "ddd yyyy-MM-dd")
    type_keys(qtbot, "2027-0")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert field.date().toPython() == date(2026, 11, 22) and field.refusal == ""
    assert field.hasFocus()


def test_the_event_dialog_in_swedish_takes_an_iso_start_date(qtbot: QtBot, swedish: str) -> None:
    from eventplanner.ui.events.event_dialog import EventChoices, EventDialog

    dialog = EventDialog(EventChoices(), default_day=date(2026, 11, 22))
    qtbot.addWidget(dialog, before_close_func=close_unasked)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.form.title_edit, "Frukostseminarium")
    start = dialog.form.timing.start_date
    qtbot.mouseClick(start.lineEdit(), Qt.MouseButton.LeftButton)
    type_keys(qtbot, "2027-02-01")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert start.text() == "mån 2027-02-01"
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled())
    assert dialog.draft().timing.start.date() == date(2027, 2, 1)  # type: ignore[union-attr]
