"""The window shows the month it showed when the app last ended, in its first frame, before
the database has opened; and only while nobody has changed the file since."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings

from eventplanner.app.desktop import build, close
from eventplanner.domain.errors import DatabaseError
from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace
from eventplanner.ui.planner import Planner
from eventplanner.ui.window.main_window import MainWindow
from tests.copies import Templates, sqlite_copy
from tests.ui.helpers import answer_when_asked

STO = ZoneInfo("Europe/Stockholm")


def started(tmp_path: Path, database: Path | None) -> tuple[MainWindow, Planner]:
    """The app's window as ``run`` makes it (its settings in ``tmp_path``), not yet shown
    nor opened: what it shows now is what its first frame will."""
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("view/current", "month")
    target = None if database is None else str(database)
    return build(store, target, open_when_shown=True, kept_in=tmp_path / "cache")


def run_to_the_end(qtbot, window: MainWindow, planner: Planner) -> str:  # type: ignore[no-untyped-def]
    """Show the window until its database is open and read; end as the app ends. Returns
    what the month showed."""
    window.show()
    qtbot.waitUntil(lambda: planner.workspace is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    shown = window.filter_bar.count_label.text()
    window.close()
    close(window, planner)
    window.deleteLater()
    return shown


def sample_around_today(path: Path, templates: Templates) -> None:
    """The sample year around today: a copy of the run's (built once, tests/copies.py)."""
    sqlite_copy(templates, path, "sample_year", datetime.now(STO).date())


def shown_in_month(window: MainWindow) -> list[str]:
    return sorted(item.occurrence.uid for item in window.month._items)


def test_the_month_shown_at_the_end_is_in_the_first_frame_of_the_next_start(
    qtbot, tmp_path: Path, templates: Templates
) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "planering.sqlite"
    sample_around_today(database, templates)
    window, planner = started(tmp_path, database)
    assert window.filter_bar.count_label.text() == "0 shown"  # nothing kept yet
    assert shown_in_month(window) == []
    shown = run_to_the_end(qtbot, window, planner)
    assert shown != "0 shown"

    again, planner_again = started(tmp_path, None)  # the last database, as run() opens it
    assert planner_again.workspace is None
    assert again.month.month() == datetime.now(STO).date().replace(day=1)
    assert again.filter_bar.count_label.text() == shown
    kept = shown_in_month(again)
    assert kept
    again.show()
    qtbot.waitUntil(lambda: planner_again.workspace is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not planner_again.busy, timeout=20_000)
    assert shown_in_month(again) == kept  # the database's own answer is the same
    assert run_to_the_end(qtbot, again, planner_again) == shown


def test_nothing_is_shown_before_the_database_opens_once_another_program_changed_it(
    qtbot, tmp_path: Path, templates: Templates
) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "planering.sqlite"
    sample_around_today(database, templates)
    shown = run_to_the_end(qtbot, *started(tmp_path, database))
    other = Workspace.open(database)
    start = datetime.now(STO).replace(microsecond=0)
    other.events.create(EventDraft("Styrelsemöte", TimedSpan(start, start + timedelta(hours=1))))
    other.close()

    window, planner = started(tmp_path, database)
    assert window.filter_bar.count_label.text() == "0 shown"
    assert run_to_the_end(qtbot, window, planner) != shown  # one more, read from the file


def test_the_kept_month_goes_when_the_database_cannot_be_opened(
    qtbot, tmp_path: Path, templates: Templates
) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "planering.sqlite"
    sample_around_today(database, templates)
    shown = run_to_the_end(qtbot, *started(tmp_path, database))
    window, planner = started(tmp_path, database)
    assert window.filter_bar.count_label.text() == shown

    def refused(_target: str | None, _password: str | None) -> Workspace:
        raise DatabaseError("the disk went away")

    planner._opener = refused
    answer_when_asked("OK")
    with qtbot.waitSignal(planner.open_failed, timeout=20_000):
        window.show()
    qtbot.waitUntil(lambda: window.filter_bar.count_label.text() == "0 shown", timeout=5_000)
    assert shown_in_month(window) == []
    window.close()
    close(window, planner)
    window.deleteLater()
