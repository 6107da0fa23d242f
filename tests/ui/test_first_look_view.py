"""At a first start (nothing kept from the last close) the window shows the month of an
SQLite file read with the standard library, before the database layer has loaded and the
database opened; the database's own answer then shows the same."""

from __future__ import annotations

from pathlib import Path

from tests.copies import Templates
from tests.ui.test_kept_view import run_to_the_end, sample_around_today, shown_in_month, started


def test_the_files_month_shows_before_the_database_opens(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, templates: Templates
) -> None:
    database = tmp_path / "planering.sqlite"
    sample_around_today(database, templates)
    window, planner = started(tmp_path, database)
    assert window.filter_bar.count_label.text() == "0 shown"  # nothing kept: being read
    before_open: list[tuple[bool, str, list[str]]] = []
    planner.looked.connect(
        lambda: before_open.append(
            (planner.workspace is None, window.filter_bar.count_label.text(),
             shown_in_month(window))
        )
    )  # fmt: skip
    with qtbot.waitSignal(planner.looked, timeout=20_000):
        pass
    [(not_open, counted, looked)] = before_open
    assert not_open
    assert counted != "0 shown" and looked  # shown as the window asked again
    window.show()
    qtbot.waitUntil(lambda: planner.workspace is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    assert shown_in_month(window) == looked  # the database's own answer is the same
    assert run_to_the_end(qtbot, window, planner) == counted


def test_a_month_read_for_a_period_left_meanwhile_is_not_shown(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, templates: Templates
) -> None:
    database = tmp_path / "planering.sqlite"
    sample_around_today(database, templates)
    window, planner = started(tmp_path, database)
    looked: list[bool] = []
    planner.looked.connect(lambda: looked.append(True))
    window._move(window._position.step(1))  # the next month, asked for before the read ends
    shown = run_to_the_end(qtbot, window, planner)
    assert looked == []
    assert shown != "0 shown"
