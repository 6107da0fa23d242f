"""The search finds events in every date, not only the period shown, and jumps to one."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from eventplanner.ui.window.main_window import MainWindow
from eventplanner.ui.window.navigation import ViewKind
from eventplanner.ui.window.search_model import SearchColumn, SearchResultsModel
from tests.ui.helpers import agenda_titles, settle, timed

HANNOVER = "Studieresa till Hannover Messe 2027"


def search(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    window.filter_bar.search.setFocus()
    qtbot.keyClicks(window.filter_bar.search, text)
    qtbot.waitUntil(lambda: window.search.results.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: window.search.results.model.rowCount() > 0, timeout=10_000)
    settle(qtbot, window)


def test_an_event_outside_the_period_is_listed_with_its_date(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, window, "Hannover")
    assert HANNOVER not in agenda_titles(window)  # the quarter shown ends in January
    results = window.search.results
    model = results.model
    assert [model.occurrence(r).title for r in range(model.rowCount())] == [HANNOVER]  # type: ignore[union-attr]
    assert model.index(0, SearchColumn.DATE).data() == "Tue 20–Thu 22 Apr 2027"
    assert results.heading.text() == "1 event in all dates matches “Hannover”:"
    window.filter_bar.search.clear()
    qtbot.waitUntil(lambda: not results.isVisible(), timeout=5_000)


@pytest.mark.parametrize("kind", [ViewKind.AGENDA, ViewKind.MONTH, ViewKind.WEEK, ViewKind.YEAR])
def test_choosing_a_result_jumps_there_with_the_event_selected(
    qtbot,
    window: MainWindow,
    kind: ViewKind,  # type: ignore[no-untyped-def]
) -> None:
    window.window_actions.view_actions()[kind].trigger()
    settle(qtbot, window)
    search(qtbot, window, "Mingel Palo Alto")
    table = window.search.results.table
    index = table.model().index(0, SearchColumn.TITLE)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    settle(qtbot, window)
    chosen = window.current_occurrence()
    assert chosen is not None and chosen.title.startswith("Mingel i Palo Alto")
    # 17:00 in California is 02:00 the next day in the window's Stockholm time.
    if kind is ViewKind.AGENDA:
        assert window.period_label.text() == "August – October 2027"
    elif kind is ViewKind.WEEK:
        assert window.week.week_start() == date(2027, 8, 9)
        assert window.week.selected_day() == date(2027, 8, 13)
    else:  # the year selects no event: it opens the month
        assert window.month.isVisible() and window.month.month() == date(2027, 8, 1)
        assert window.month.selected_day() == date(2027, 8, 13)


def test_nothing_found_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.filter_bar.search.setFocus()
    qtbot.keyClicks(window.filter_bar.search, "zzyzx")
    results = window.search.results
    qtbot.waitUntil(results.isVisible, timeout=10_000)
    assert results.heading.text() == "Nothing in any date matches “zzyzx”."
    assert not results.table.isVisible()


def test_the_results_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = SearchResultsModel("Europe/Stockholm")
    from tests.ui.helpers import at

    model.set_results(
        [timed("Seminarium", at(2027, 3, 9, 10), at(2027, 3, 9, 12)),
         timed("Frukost", at(2027, 5, 5, 8), at(2027, 5, 5, 9), venue=None, event_id=2)],
        "Europe/Stockholm",
    )  # fmt: skip
    qtmodeltester.check(model)
    assert model.index(1, SearchColumn.VENUE).data() == ""
