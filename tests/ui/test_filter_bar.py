"""The filter bar's Kinds and Statuses menus stay open while several values are ticked."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.ui.window.filter_bar import FilterBar


def opened(qtbot: QtBot, bar: FilterBar, button_name: str) -> QMenu:
    menu = getattr(bar, button_name).menu()
    menu.popup(bar.mapToGlobal(QPoint(0, bar.height())))
    qtbot.waitUntil(menu.isVisible, timeout=5_000)
    return menu


def click(qtbot: QtBot, menu: QMenu, label: str) -> None:
    [action] = [a for a in menu.actions() if a.text() == label]
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_ticking_several_kinds_keeps_the_menu_open(qtbot: QtBot) -> None:
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.show()
    menu = opened(qtbot, bar, "_kinds")
    with qtbot.waitSignal(bar.filter_changed):
        click(qtbot, menu, "Trade fair")
    assert menu.isVisible()
    click(qtbot, menu, "Seminar")
    click(qtbot, menu, "Course")
    click(qtbot, menu, "Seminar")  # and unticked again
    assert menu.isVisible()
    assert bar.current().kinds == {EventKind.TRADE_FAIR, EventKind.COURSE}
    assert bar._kinds.text() == "Kinds (2)"
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=5_000)


def test_the_keyboard_ticks_statuses_without_closing_the_menu(qtbot: QtBot) -> None:
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.show()
    menu = opened(qtbot, bar, "_statuses")
    menu.setActiveAction(menu.actions()[0])
    qtbot.keyClick(menu, Qt.Key.Key_Space)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert menu.isVisible()
    assert bar.current().statuses == {EventStatus.DRAFT, EventStatus.PLANNED}
    menu.close()


def test_a_choice_button_menu_stays_open_too(qtbot: QtBot) -> None:
    """The feed editor's choices (ChoiceButton) tick as the filter bar's do."""
    from eventplanner.ui.widgets.choice_button import ChoiceButton

    button = ChoiceButton("Venues")
    qtbot.addWidget(button)
    button.set_items([(1, "Elmia"), (2, "Stockholmsmässan"), (3, "Kistamässan")])
    button.show()
    menu = button.menu()
    menu.popup(button.mapToGlobal(QPoint(0, button.height())))
    qtbot.waitUntil(menu.isVisible, timeout=5_000)
    click(qtbot, menu, "Elmia")
    click(qtbot, menu, "Kistamässan")
    assert menu.isVisible()
    assert button.checked() == [1, 3]
    menu.close()
