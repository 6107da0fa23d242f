"""The Conflicts window: the seeded conflicts by date with their kind and severity (its
model passes qtmodeltester), filtered, accepted with a reason, opened with a double-click;
the subscribed calendars managed from their dialog, refreshed off the GUI thread; the event
editor naming a draft's conflicts as the coordinator types."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from eventplanner.domain.conflicts import Conflict, ConflictKind
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.occurrence import Occurrence
from eventplanner.services.conflicts.subscriptions import SubscriptionService
from eventplanner.services.workspace import Workspace
from eventplanner.ui.conflicts.conflict_model import ConflictColumn
from eventplanner.ui.conflicts.conflicts_window import ConflictsWindow
from eventplanner.ui.conflicts.subscriptions_dialog import SubscriptionsDialog
from eventplanner.ui.planner import Planner
from tests.services.conflict_world import REGION_ICS, Seeded, seed
from tests.ui.helpers import close_unasked, opened_planner, settle, shown_window


@pytest.fixture
def seeded_file(tmp_path: Path) -> tuple[Path, Seeded]:
    path = tmp_path / "konflikter.sqlite"
    workspace = Workspace.open(path)
    try:
        seeded = seed(workspace, tmp_path)
    finally:
        workspace.close()
    return path, seeded


@pytest.fixture
def seeded_planner(qtbot: QtBot, seeded_file: tuple[Path, Seeded]) -> Iterator[Planner]:
    with opened_planner(qtbot, seeded_file[0]) as made:
        yield made


def conflicts_window(qtbot: QtBot, planner: Planner) -> ConflictsWindow:
    made = ConflictsWindow(planner, "Europe/Stockholm", date(2027, 1, 1))
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.show()
    return made


def texts(window: ConflictsWindow, column: ConflictColumn) -> list[str]:
    model = window.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_the_period_s_conflicts_by_date_with_kind_and_severity(
    qtbot: QtBot, qtmodeltester, seeded_planner: Planner, seeded_file: tuple[Path, Seeded]
) -> None:
    window = conflicts_window(qtbot, seeded_planner)
    qtmodeltester.check(window.model)
    expected = seeded_file[1].expected
    assert window.model.rowCount() == len(expected)
    assert [c.kind for c in window.model.rows()] == [kind for kind, _t, _d in expected]
    assert texts(window, ConflictColumn.KIND)[:3] == [
        "Public holiday", "Venue double-booked", "Public holiday"
    ]  # fmt: skip
    assert texts(window, ConflictColumn.SEVERITY)[:2] == ["Warn", "Hold"]
    assert texts(window, ConflictColumn.DATE)[0] == "Wed 6 Jan 2027"
    assert texts(window, ConflictColumn.EVENTS)[1] == "Kursträff · Seminarium"
    assert texts(window, ConflictColumn.CONFLICT)[0] == (
        "“Nätverksträff” at Aros Congress Center is on Trettondedag jul, a public holiday."
    )
    assert window.summary.text() == "12 conflicts: 2 holding a release, 0 accepted."
    # The first word typed has the conflicts worded off the GUI thread, then filtered.
    with qtbot.waitSignal(window.filtered, timeout=20_000):
        qtbot.keyClicks(window.filter_edit, "holiday")
    assert window.model.rowCount() == 4
    window.filter_edit.setText("påskmässan")  # (keyClicks types ASCII only)
    assert window.model.rowCount() == 3
    window.filter_edit.clear()
    # A shorter period reads again.
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.set_period(date(2027, 9, 1), date(2027, 10, 31))
    assert [c.kind for c in window.model.rows()] == [ConflictKind.SUBSCRIBED_CLASH] * 3
    assert "in the calendar “Regionens evenemang”" in texts(window, ConflictColumn.CONFLICT)[0]


def test_the_period_is_checked_and_worded_off_the_gui_thread(
    qtbot: QtBot, seeded_planner: Planner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A year of a large database takes a while to check, and its thousands of conflicts a
    while to word for the filter: both run on a worker thread, and the window goes on
    handling what the coordinator does meanwhile (here: while the check is held up)."""
    from eventplanner.services.conflicts.service import ConflictService
    from eventplanner.ui.conflicts import conflicts_window as module

    release = threading.Event()
    checked: list[threading.Thread] = []
    worded: list[threading.Thread] = []
    check, searchable = ConflictService.conflicts, module._searchable

    def held(service: ConflictService, window: TimeWindow) -> list[Conflict]:
        checked.append(threading.current_thread())
        assert release.wait(20)
        return check(service, window)

    def searched(conflict: Conflict, display_zone: str) -> str:
        worded.append(threading.current_thread())
        return searchable(conflict, display_zone)

    monkeypatch.setattr(ConflictService, "conflicts", held)
    monkeypatch.setattr(module, "_searchable", searched)
    window = ConflictsWindow(seeded_planner, "Europe/Stockholm", date(2027, 1, 1))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(checked), timeout=20_000)
    window.last_edit.setDate(window.last_edit.date().addDays(-1))  # the GUI thread is free
    assert window.period()[1] == date(2027, 12, 30)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        release.set()
    assert window.model.rowCount() == 12
    assert threading.main_thread() not in checked
    with qtbot.waitSignal(window.filtered, timeout=20_000):
        qtbot.keyClicks(window.filter_edit, "holiday")
    assert window.model.rowCount() == 4
    assert len(worded) == 12 and threading.main_thread() not in worded


def test_accepting_with_a_reason_and_withdrawing(qtbot: QtBot, seeded_planner: Planner) -> None:
    window = conflicts_window(qtbot, seeded_planner)
    window.select_row(1)  # the venue booked twice
    assert window.accept_button.text() == "Accept…"
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.accept_chosen("Two rooms, booked apart")
    assert window.summary.text() == "12 conflicts: 1 holding a release, 1 accepted."
    assert texts(window, ConflictColumn.SEVERITY)[1] == "Accepted"
    tip = window.model.data(window.model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert "Accepted: Two rooms, booked apart" in tip
    assert window.chosen() is not None and window.chosen().accepted is not None
    assert window.accept_button.text() == "Withdraw acceptance"
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.accept_chosen()
    assert window.summary.text() == "12 conflicts: 2 holding a release, 0 accepted."
    window.select_row(0)
    window.accept_chosen("   ")
    assert window.problem.text() == "Say why the conflict is acceptable."


def test_double_click_asks_for_the_event(qtbot: QtBot, seeded_planner: Planner) -> None:
    window = conflicts_window(qtbot, seeded_planner)
    asked: list[Occurrence] = []
    window.open_requested.connect(asked.append)
    index = window.model.index(7, ConflictColumn.CONFLICT)
    window.table.scrollTo(index)
    rect = window.table.visualRect(index)
    assert rect.isValid()
    # A view hears a double-click on the index it was pressed on: a press first, as a hand does.
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [o.title for o in asked] == ["Midsommarmingel"]


def test_the_last_day_before_the_first_is_said(qtbot: QtBot, seeded_planner: Planner) -> None:
    window = conflicts_window(qtbot, seeded_planner)
    window.set_period(date(2027, 5, 1), date(2027, 4, 1))
    assert window.problem.text() == "The last day is before the first."
    assert window.model.rowCount() == 0


def test_the_window_opens_from_the_menu_and_double_click_edits_the_event(
    qtbot: QtBot, tmp_path: Path, seeded_file: tuple[Path, Seeded]
) -> None:
    with shown_window(qtbot, tmp_path, seeded_file[0], today=date(2027, 1, 1)) as main:
        main.window_actions.show_conflicts.trigger()
        shown = main.commands.conflicts.conflicts
        assert shown is not None
        qtbot.waitUntil(lambda: shown.model.rowCount() == 12, timeout=20_000)
        rect = shown.table.visualRect(shown.model.index(0, ConflictColumn.EVENTS))
        viewport = shown.table.viewport()
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: main.editing.dialog is not None, timeout=20_000)
        dialog = main.editing.dialog
        assert dialog is not None and dialog.form.title_edit.text() == "Nätverksträff"
        qtbot.waitUntil(lambda: dialog.conflict_banner.text() != "", timeout=20_000)
        assert "Trettondedag jul, a public holiday" in dialog.conflict_banner.text()
        close_unasked(dialog)
        settle(qtbot, main)
        shown.close()


def test_subscribing_refreshing_and_removing_in_the_dialog(
    qtbot: QtBot, planner: Planner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fetched_on: list[str] = []
    fetch_all = SubscriptionService.fetch_all

    def spy(self: SubscriptionService, name: str | None = None):  # type: ignore[no-untyped-def]
        fetched_on.append(threading.current_thread().name)
        return fetch_all(self, name)

    monkeypatch.setattr(SubscriptionService, "fetch_all", spy)
    dialog = SubscriptionsDialog(planner)
    qtbot.addWidget(dialog)
    dialog.show()
    region = tmp_path / "regionen.ics"
    region.write_text(REGION_ICS, encoding="utf-8")
    assert not dialog.subscribe_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Regionen")
    qtbot.keyClicks(dialog.source_edit, str(tmp_path / "saknas.ics"))
    dialog.subscribe_button.click()
    qtbot.waitUntil(lambda: dialog.problem.text() != "", timeout=20_000)
    assert "could not be read" in dialog.problem.text()
    assert dialog.model.rowCount() == 0
    dialog.source_edit.setText(str(region))
    dialog.subscribe_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=20_000)
    assert dialog.model.data(dialog.model.index(0, 1)) == "3"
    assert dialog.problem.text() == ""
    region.unlink()
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.refresher.refreshed, timeout=20_000):
        dialog.refresh_button.click()
    assert fetched_on and threading.main_thread().name not in fetched_on
    assert "could not be refreshed" in dialog.problem.text()
    qtbot.waitUntil(
        lambda: "failed" in (dialog.model.data(dialog.model.index(0, 2)) or ""), timeout=20_000
    )
    assert dialog.model.data(dialog.model.index(0, 1)) == "3"  # the last good copy kept
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=20_000)
    QApplication.processEvents()


def test_the_model_passes_the_model_tester_empty_too(
    qtbot: QtBot, qtmodeltester, planner: Planner
) -> None:
    window = conflicts_window(qtbot, planner)
    qtmodeltester.check(window.model)
    assert window.summary.text() == "No conflicts in this period."
    assert window.model.data(QModelIndex()) is None


def test_in_swedish(qtbot: QtBot, swedish, seeded_planner: Planner) -> None:  # type: ignore[no-untyped-def]
    window = conflicts_window(qtbot, seeded_planner)
    assert window.windowTitle() == "Konflikter"
    assert texts(window, ConflictColumn.KIND)[:2] == ["Helgdag", "Lokal dubbelbokad"]
    assert texts(window, ConflictColumn.SEVERITY)[:2] == ["Varning", "Stopp"]
    assert texts(window, ConflictColumn.CONFLICT)[0] == (
        "”Nätverksträff” på Aros Congress Center infaller på Trettondedag jul, en helgdag."
    )
    assert window.summary.text() == "12 konflikter: 2 stoppar en publicering, 0 godtagna."


def test_the_subscribed_calendars_are_read_again_soon_after_opening(
    qtbot: QtBot, tmp_path: Path, seeded_file: tuple[Path, Seeded],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from eventplanner.ui.conflicts import conflicts_menu

    monkeypatch.setattr(conflicts_menu, "FIRST_REFRESH_MS", 10)
    seeded = seeded_file[1]
    # The region's calendar changed since it was last read: the 14 October is back.
    seeded.region_file.write_text(
        REGION_ICS.replace("EXDATE;TZID=Europe/Stockholm:20271014T080000\n", ""),
        encoding="utf-8",
    )
    with shown_window(qtbot, tmp_path, seeded_file[0], today=date(2027, 1, 1)) as main:
        workspace = main._planner.workspace
        assert workspace is not None
        october = TimeWindow.days(date(2027, 10, 1), date(2027, 10, 31), "Europe/Stockholm")
        qtbot.waitUntil(lambda: len(workspace.subscriptions.events(october)) == 4,
                        timeout=20_000)  # fmt: skip
        assert main.commands.conflicts._refresher is not None
        assert main.commands.conflicts._refresher.timer.isActive()  # and again in an hour
