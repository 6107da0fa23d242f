"""The main window driven as a coordinator would: open, look, filter, create, undo."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QToolBar

from eventplanner.services.workspace import Workspace
from eventplanner.ui.jobs import JobRunner
from eventplanner.ui.planner import Planner
from eventplanner.ui.settings import Settings
from eventplanner.ui.window.main_window import MainWindow
from eventplanner.ui.window.navigation import ViewKind
from tests.ui.helpers import TODAY, agenda_titles, answer_when_asked, settle, shown_window


def test_opening_shows_the_database_and_its_events(window: MainWindow) -> None:
    assert window.windowTitle() == "planering.sqlite – Eventplanner"
    assert "Nätverksträff för medlemmar" in agenda_titles(window)
    # The agenda lists a quarter from its month, and says so.
    assert window.period_label.text() == "November 2026 – January 2027"
    assert window.filter_bar.count_label.text().endswith("shown")


def test_month_view_and_moving_through_time(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.window_actions.show_month.trigger()
    settle(qtbot, window)
    assert window.month.isVisible()
    assert window.month.month() == date(2026, 11, 1)
    window.window_actions.following.trigger()
    settle(qtbot, window)
    assert window.period_label.text() == "December 2026"
    assert window.month.month() == date(2026, 12, 1)
    window.window_actions.today.trigger()
    settle(qtbot, window)
    assert window.month.month() == date(2026, 11, 1)
    window.window_actions.show_agenda.trigger()
    assert window.agenda.isVisible()
    window.window_actions.previous.trigger()  # October to December: one year, named once
    assert window.period_label.text() == "October – December 2026"


def shown(window: MainWindow) -> int:
    return int(window.filter_bar.count_label.text().split()[0].replace("\u00a0", ""))


def test_the_text_filter_narrows_every_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.window_actions.show_month.trigger()
    settle(qtbot, window)
    month_before = shown(window)
    # (QTest types ASCII only; setText is what typing does to the line edit.)
    window.filter_bar.search.setText("nätverk")
    qtbot.waitUntil(lambda: shown(window) < month_before, timeout=5_000)
    settle(qtbot, window)
    assert shown(window) >= 1
    window.window_actions.show_agenda.trigger()
    settle(qtbot, window)
    titles = agenda_titles(window)
    assert titles and all("ätverk" in t for t in titles)
    assert shown(window) == len(titles)


def test_create_an_event_through_the_dialog_then_undo_and_redo(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    window.window_actions.new_event.trigger()
    qtbot.waitUntil(lambda: window.editing.dialog is not None, timeout=10_000)
    dialog = window.editing.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.form.title_edit, "Frukostseminarium om AI")
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=5_000)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editing.dialog is None, timeout=10_000)
    settle(qtbot, window)
    assert "Frukostseminarium om AI" in agenda_titles(window)
    assert window.undo_stack.undoText() == "Create “Frukostseminarium om AI”"
    window.undo_action.trigger()
    settle(qtbot, window)
    assert "Frukostseminarium om AI" not in agenda_titles(window)
    window.redo_action.trigger()
    settle(qtbot, window)
    assert "Frukostseminarium om AI" in agenda_titles(window)


def test_a_refused_save_keeps_the_dialog_open_with_the_input(
    qtbot,
    window: MainWindow,
    planner_file: Path,  # type: ignore[no-untyped-def]
) -> None:
    model = window.agenda_model
    row = model.row_of(lambda o: o.title == "Nätverksträff för medlemmar")
    occurrence = model.occurrence(row)
    assert occurrence is not None
    window.agenda.selectRow(row)
    # A repeating event asks which occurrences (a modal question): answer "the whole series".
    answer_when_asked("The whole series")
    qtbot.keyClick(window.agenda, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editing.dialog is not None, timeout=10_000)
    dialog = window.editing.dialog
    assert dialog is not None
    # Meanwhile a colleague saves the same event from another computer.
    other = Workspace.open(planner_file)
    current = other.events.get(occurrence.event_id)
    from dataclasses import replace

    other.events.update(current.id, replace(current.draft(), capacity=99),
                        expected_version=current.version)  # fmt: skip
    other.close()
    dialog.form.title_edit.setText("Nätverksträff (ny tid)")
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=5_000)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_banner.isVisible(), timeout=10_000)
    assert "changed by someone else" in dialog.error_banner.text()
    assert dialog.isVisible()
    assert dialog.form.title_edit.text() == "Nätverksträff (ny tid)"
    assert window.undo_stack.count() == 0
    answer_when_asked("Discard")  # what was typed is thrown away: asked first
    dialog.reject()


def test_delete_asks_first_and_can_be_undone(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)  # fmt: skip
    model = window.agenda_model
    row = model.row_of(lambda o: o.title == "Styrelsemöte")
    window.agenda.selectRow(row)
    qtbot.keyClick(window.agenda, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "Styrelsemöte" not in agenda_titles(window), timeout=10_000)
    settle(qtbot, window)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "Styrelsemöte" in agenda_titles(window), timeout=10_000)


def test_opening_a_broken_file_says_why(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a: shown.append(text))  # fmt: skip
    junk = tmp_path / "trasig.sqlite"
    junk.write_bytes(b"\x00garbage" * 100)
    window._planner.open(str(junk))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "not an Eventplanner database" in shown[0]
    assert window.windowTitle() == "planering.sqlite – Eventplanner"  # still the old one


def test_week_and_year_views_are_made_when_first_shown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """They cost the first paint some 50 ms, and most starts show the agenda or month."""
    views = window._views
    assert not views.made(ViewKind.WEEK) and not views.made(ViewKind.YEAR)
    window.window_actions.show_week.trigger()
    settle(qtbot, window)
    assert views.made(ViewKind.WEEK) and not views.made(ViewKind.YEAR)
    assert window.week.isVisible() and window.week.week_start() == date(2026, 11, 16)
    # Made late, still wired: a double-clicked day of the year opens in the month.
    window.window_actions.show_year.trigger()
    settle(qtbot, window)
    assert window.year.isVisible()
    window.year.day_activated.emit(date(2026, 12, 24))
    settle(qtbot, window)
    assert window.month.isVisible() and window.month.selected_day() == date(2026, 12, 24)


def test_what_the_first_paint_does_not_show_is_made_when_first_used(
    qtbot,
    tmp_path: Path,
    planner_file: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    """A window opening on the month makes no agenda, editing or export commands (a table
    view, and the modules behind the rest, cost the first paint tens of milliseconds); each
    is made, and wired, when first used; the feed commands once a database is open."""
    from eventplanner.ui.events.editing import EventEditing

    opened: list[object] = []
    monkeypatch.setattr(EventEditing, "edit", lambda _self, occurrence: opened.append(occurrence))
    QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).setValue(
        "view/current", "month"
    )
    with shown_window(qtbot, tmp_path, planner_file) as window:
        views = window._views
        assert window.month.isVisible()
        assert not views.made(ViewKind.AGENDA)
        assert window.commands._editing is None and window.commands._exports is None
        assert window.commands._feeds is not None  # the database is open: changes may publish feeds
        window.window_actions.show_agenda.trigger()
        settle(qtbot, window)
        assert views.made(ViewKind.AGENDA) and window.agenda.isVisible()
        assert window.agenda_model.rowCount() > 0
        window.agenda.selectRow(1)
        shown = window.agenda.current_occurrence()
        assert shown is not None
        window.agenda.occurrence_activated.emit(shown)  # made late, still wired
        assert opened == [shown]
        assert window.commands._editing is not None


def test_week_view_and_its_period(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.window_actions.show_week.trigger()
    settle(qtbot, window)
    assert window.week.isVisible()
    assert window.week.week_start() == date(2026, 11, 16)
    assert window.period_label.text().startswith("Week 47")
    window.window_actions.following.trigger()
    settle(qtbot, window)
    assert window.week.week_start() == date(2026, 11, 23)
    assert window.period_label.text().startswith("Week 48")


def test_the_venues_manager_opens_from_the_menu(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.window_actions.manage_venues.trigger()

    def venues_shown() -> bool:
        return any(w.isVisible() and w.windowTitle() == "Venues"
                   for w in QApplication.topLevelWidgets())  # fmt: skip

    qtbot.waitUntil(venues_shown, timeout=10_000)
    window.window_actions.manage_venues.trigger()  # a second time: the same window comes forward
    assert sum(w.windowTitle() == "Venues" for w in QApplication.topLevelWidgets()) == 1
    settle(qtbot, window)
    for widget in QApplication.topLevelWidgets():
        if widget.windowTitle() == "Venues":
            widget.close()


def test_open_the_sample_database_builds_it_in_the_background(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from eventplanner.services import workspace

    target = tmp_path / "data" / "sample.sqlite"
    monkeypatch.setattr(workspace, "sample_database_path", lambda: target)
    with qtbot.waitSignal(window.databases.said, timeout=30_000):
        window.window_actions.open_sample.trigger()
    settle(qtbot, window)
    assert window.windowTitle() == "sample.sqlite – Eventplanner"
    # What the sample holds, its fairs' stands, shifts and tasks too, in the status bar.
    said = window.statusBar().currentMessage()
    assert re.fullmatch(
        r"Made the sample planning year: \d+ events from .+ to .+, \d+ programme sessions, "
        r"[1-9]\d* shared stands at the trade fairs with [1-9]\d* shifts in their rotas, "
        r"[1-9]\d* tasks from the playbooks, and [1-9]\d* registrations of [1-9]\d* "
        r"participants\.", said), said  # fmt: skip
    assert target.exists()
    assert agenda_titles(window)
    assert window._settings.recent_databases[0] == str(target)


# --- the year view ---------------------------------------------------------------------------


def year_titles(window: MainWindow) -> set[str]:
    days = window.year.layout_of_year().days.values()
    return {item.occurrence.title for summary in days for item in summary.items}


def test_year_view_from_the_toolbar_steps_by_years(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    year = window.window_actions.show_year
    toolbar = window.findChild(QToolBar, "mainToolbar")
    [view_menu] = [m for m in window.menuBar().findChildren(QMenu) if m.title() == "&View"]
    assert year in view_menu.actions()
    qtbot.mouseClick(toolbar.widgetForAction(year), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.year.isVisible() and year.isChecked()
    assert window.period_label.text() == "2026"
    assert window.year.selected_day() == TODAY
    assert window.window_actions.previous.toolTip() == "Back a year (Page Up)"
    following = toolbar.widgetForAction(window.window_actions.following)
    qtbot.mouseClick(following, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.period_label.text() == "2027"
    assert window.year.year() == 2027 and window.year.selected_day() == date(2027, 11, 22)
    assert window.calendar.selectedDate().toPython() == date(2027, 11, 22)
    window.window_actions.previous.trigger()
    window.window_actions.previous.trigger()
    settle(qtbot, window)
    assert window.period_label.text() == "2025"
    window.window_actions.today.trigger()
    settle(qtbot, window)
    assert window.year.year() == 2026
    window.window_actions.show_month.trigger()
    assert window.window_actions.previous.toolTip() == "Back a month (Page Up)"


def test_ctrl_4_shows_the_year_and_page_keys_turn_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.window_actions.show_year.shortcut() == QKeySequence("Ctrl+4")
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window.agenda, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert window.year.isVisible()
    qtbot.keyClick(window.year, Qt.Key.Key_PageDown)
    settle(qtbot, window)
    assert window.period_label.text() == "2027"
    qtbot.keyClick(window.year, Qt.Key.Key_PageUp)
    settle(qtbot, window)
    assert window.period_label.text() == "2026"


def test_year_view_loads_the_whole_year_through_the_filters(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.window_actions.show_year.trigger()
    settle(qtbot, window)
    layout = window.year.layout_of_year()
    months = {s.day.month for s in layout.days.values() if s.count}
    assert min(months) < 11 and max(months) == 12  # not just the month or quarter around today
    everything = shown(window)
    assert everything == len({(i.occurrence.event_id, i.occurrence.recurrence_id)
                              for s in layout.days.values() for i in s.items})  # fmt: skip
    fairs = [b for b in layout.bars if b.item.occurrence.title.startswith("Underleverantörs")]
    assert fairs and all(b.item.last_day > b.item.first_day for b in fairs)
    [fair_kind] = [a for a in window.filter_bar._kinds.menu().actions() if a.data() == "trade_fair"]
    fair_kind.setChecked(True)
    qtbot.waitUntil(lambda: shown(window) < everything, timeout=5_000)
    settle(qtbot, window)
    kinds = {i.occurrence.kind.value for s in window.year.layout_of_year().days.values()
             for i in s.items}  # fmt: skip
    assert kinds == {"trade_fair"}
    assert any(t.startswith("Underleverantörs") for t in year_titles(window))


def test_year_view_days_open_in_the_month_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.window_actions.show_year.trigger()
    settle(qtbot, window)
    view = window.year
    rect = view.day_rect(date(2026, 9, 15))
    assert rect is not None
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.calendar.selectedDate().toPython() == date(2026, 9, 15)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.calendar.selectedDate().toPython() == date(2026, 9, 22)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.month.isVisible()
    assert window.month.selected_day() == date(2026, 9, 22)
    assert window.period_label.text() == "September 2026"
    window.window_actions.show_year.trigger()
    settle(qtbot, window)
    assert view.selected_day() == date(2026, 9, 22)
    rect = view.day_rect(date(2026, 12, 3))
    assert rect is not None
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, window)
    assert window.month.isVisible() and window.month.month() == date(2026, 12, 1)
    assert window.month.selected_day() == date(2026, 12, 3)


def test_year_view_is_remembered_in_the_settings(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.window_actions.show_year.trigger()
    settle(qtbot, window)
    assert window._settings.view == "year"
    again = MainWindow(window._planner, window._settings, today=TODAY)
    qtbot.addWidget(again)
    again.show()
    settle(qtbot, again)
    assert again.year.isVisible() and again.window_actions.show_year.isChecked()
    assert again.period_label.text() == "2026"
    assert year_titles(again) == year_titles(window)


def test_a_period_answered_after_the_window_is_gone_is_dropped(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A read finishing after the window was closed and deleted must not touch its widgets."""
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings
    from shiboken6 import isValid

    from eventplanner.services.events.facets import FacetedOccurrences, Facets
    from eventplanner.ui.jobs import JobRunner
    from eventplanner.ui.planner import Planner
    from eventplanner.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    planner = Planner(JobRunner(workers=1), JobRunner(workers=1))
    made = MainWindow(planner, settings, today=TODAY)
    made.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(made)
    made._loaded(FacetedOccurrences([], Facets(), 0))  # no RuntimeError
    planner.shutdown()


def test_a_status_message_gets_the_whole_bar(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """At 1024 pixels a long message was cut off where the database's path began."""
    window.resize(1024, 700)
    settle(qtbot, window)
    bar = window.statusBar()
    assert window.database_label.isVisible()
    message = (
        "Importerade från partner-kalendern-2027.ics: 48 nya och 12 uppdaterade evenemang. "
        "Platser som skapades: 3. Ångra (Ctrl+Z) tar tillbaka det."
    )
    bar.showMessage(message)
    qtbot.waitUntil(lambda: not window.database_label.isVisible(), timeout=2_000)
    shown = (window.database_label, window.busy, window.feeds.serving_label)
    permanent = sum(w.width() for w in shown if w.isVisible())
    assert bar.fontMetrics().horizontalAdvance(message) <= bar.width() - permanent - 20
    bar.clearMessage()
    qtbot.waitUntil(window.database_label.isVisible, timeout=2_000)


def test_the_sample_s_summary_in_swedish(swedish) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from eventplanner.services.sample import SampleSummary
    from eventplanner.ui.window.database_menu import sample_text

    summary = SampleSummary(
        events=312, series=9, changed_occurrences=4, venues=12, organisations=30, contacts=22,
        projects=5, tags=14, first_day=date(2026, 8, 3), last_day=date(2027, 7, 30),
        feeds=3, sessions=70, tasks=890, stands=4, shifts=36, participants=160,
        registrations=1300,
    )  # fmt: skip
    said = sample_text(summary)
    assert said.startswith("Exempelåret är skapat: 312 evenemang från ")
    assert said.endswith(
        ", 70 programpunkter, 4 delade montrar på mässorna med 36 pass i deras "
        "bemanningsscheman, 890 uppgifter från checklistorna och 1300 anmälningar av 160 "
        "deltagare."
    )


def test_the_sidebar_makes_its_calendar_and_filters_after_the_first_frame(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The side is made with the window in the calendar's width; the calendar and the
    filters' tree once the window has painted, and nothing beside them moves then."""
    from eventplanner.ui.window.sidebar import Sidebar

    painted: list[bool] = []
    month_at: list[object] = []
    made = Sidebar._make

    def make(self: Sidebar) -> None:
        if not self.made:
            painted.append(self.parentWidget().property("painted") is True)
            month_at.append(self.parentWidget().month.geometry())
        made(self)

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.setProperty("painted", True)
            return False

    watch = Watch()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Sidebar, "_make", make)
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        planner = Planner(JobRunner(workers=2), JobRunner(workers=1))
        window = MainWindow(planner, settings, today=date(2026, 9, 15))
        window.installEventFilter(watch)
        assert not window.sidebar.made  # nothing asked for them while the window was made
        window.resize(1200, 780)
        window.show()
        qtbot.waitUntil(lambda: window.sidebar.made)
        qtbot.waitUntil(lambda: window.calendar.isVisible() and window.facets.isVisible())
        QApplication.processEvents()
        assert painted == [True]
        side = window.sidebar.widget()
        assert side.minimumWidth() >= window.calendar.width()
        assert window.sidebar.width() >= window.calendar.width()
        assert month_at == [window.month.geometry()]
        assert window.calendar.selectedDate().toPython() == date(2026, 9, 15)
        planner.shutdown()
        window.close()
        window.deleteLater()
