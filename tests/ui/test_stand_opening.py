"""The stand window opened from the main window (View → Stand…, an event's menu) and from
the programme window, once per event; and spoken in Swedish."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from eventplanner.ui.planner import Planner
from eventplanner.ui.stand.stand_models import DeadlineColumn, ExhibitorColumn
from eventplanner.ui.stand.stand_window import StandWindow
from eventplanner.ui.window.window_menus import event_menu_actions
from tests.ui.helpers import shown_window
from tests.ui.stand_fixtures import FAIR, shown_stand


def test_view_stand_opens_a_fair_s_stand_once(
    qtbot: QtBot, tmp_path: Path, planner_file: Path
) -> None:
    with shown_window(qtbot, tmp_path, planner_file) as main:
        view_menu = next(m for m in main.menuBar().actions() if m.text() == "&View").menu()
        assert main.window_actions.show_stand in view_menu.actions()
        assert main.window_actions.show_stand in event_menu_actions(main.window_actions)
        workspace = main._planner.workspace
        assert workspace is not None
        event_id = workspace.programme.events_titled(FAIR)[0][0]
        programme = main.commands.show_programme(event_id)
        qtbot.waitUntil(lambda: programme.programme is not None, timeout=20_000)
        programme.show_stand.trigger()  # the programme window asks; the main window opens
        shown = main.commands.show_stand(event_id)  # the one the action opened
        assert isinstance(shown, StandWindow)
        qtbot.waitUntil(lambda: shown.view is not None, timeout=20_000)
        assert shown.windowTitle() == f"Stand: {FAIR}"
        assert shown.view is not None and shown.view.stand is not None  # the sample's
        assert shown.header.booth.text() == "A:12"
        assert shown.tabs.tabText(0) == "Co-exhibitors (3)"
        assert main.commands.show_stand(event_id) is shown
        qtbot.waitUntil(lambda: not main._planner.busy, timeout=20_000)
        shown.close()
        programme.close()


def test_the_stand_in_swedish(qtbot: QtBot, swedish: object, planner_on_sample: Planner) -> None:
    with shown_stand(qtbot, planner_on_sample) as window:
        assert window.windowTitle() == f"Monter: {FAIR}"
        assert window.tabs.tabText(0) == "Medutställare (2)"
        assert window.exhibitors.index(0, ExhibitorColumn.STATE).data() == "tillfrågad"
        assert window.exhibitors.index(0, ExhibitorColumn.SHARE).data() == "12 m²"
        assert window.exhibitors.index(1, ExhibitorColumn.SHARE).data() == "15\u00a0000 kr"
        assert window.deadlines.index(1, DeadlineColumn.KIND).data() == "katalogtext"
        window.header.area.setText("10")
        assert window.header.problems.text().startswith("Montern kan inte vara 10 m²")
        assert window.header.hours.text().splitlines()[0].startswith("tisdag 16 mars 2027")
