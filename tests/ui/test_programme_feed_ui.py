"""The feeds window offers the programme (sessions of all or one stage, breaks, phases, a
person's feed), and File → Export programme… writes the selected event's schedule for
conference apps (frab XML or pretalx JSON)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from eventplanner.domain.enums import EventKind
from eventplanner.domain.feeds import Feed, FeedProgramme, PhaseChoice
from eventplanner.domain.filters import EventFilter
from eventplanner.domain.model import Contact
from eventplanner.services.exporting.export import Selection
from eventplanner.services.workspace import Workspace
from eventplanner.ui.feeds.feed_editor import FeedCatalog, FeedEditor
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.helpers import settle


def test_the_feed_form_edits_the_programme_choice(qtbot: QtBot) -> None:
    catalog = FeedCatalog(contacts=(Contact(7, "Åsa Lindqvist"), Contact(8, "Henrik Åberg")),
                          stages=("Aulan", "Digital scen"))  # fmt: skip
    choice = FeedProgramme(sessions=True, stage="digital scen", phases=PhaseChoice.PUBLIC)
    editor = FeedEditor(catalog, Feed(3, "Digitalt", programme=choice))
    qtbot.addWidget(editor)
    assert editor.sessions.isChecked() and editor.stage.isEnabled()
    # Only the stages there are (a typed name no stage has published nothing before).
    offered = [editor.stage.itemText(i) for i in range(editor.stage.count())]
    assert offered == ["Every stage", "Aulan", "Digital scen"]
    assert editor.stage.currentText() == "Digital scen"
    assert editor.feed().programme == replace(choice, stage="Digital scen")
    editor.stage.setCurrentIndex(0)
    assert editor.feed().programme == replace(choice, stage="")
    editor.stage.setCurrentIndex(1)
    assert editor.feed().programme.stage == "Aulan"
    editor.sessions.setChecked(False)
    assert not editor.stage.isEnabled() and not editor.breaks.isEnabled()
    editor.person.setCurrentIndex(editor.person.findData(8))
    editor.phases.setCurrentIndex(editor.phases.findData(PhaseChoice.ALL.value))
    assert editor.feed().programme == FeedProgramme(phases=PhaseChoice.ALL, person_id=8)
    assert editor.is_edited()
    editor.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)
    editor._as_loaded = editor.feed()  # nothing to ask about when it closes
    editor.close()


def test_a_feeds_stage_no_event_has_any_longer_is_shown_as_saved(qtbot: QtBot) -> None:
    choice = FeedProgramme(sessions=True, stage="Gamla scenen")
    editor = FeedEditor(FeedCatalog(stages=("Aulan",)), Feed(3, "Gammalt", programme=choice))
    qtbot.addWidget(editor)
    assert editor.stage.currentText() == "Gamla scenen" and editor.stage.count() == 3
    assert not editor.is_edited() and editor.feed().programme == choice
    editor.close()


def test_a_new_feed_publishes_no_programme(qtbot: QtBot) -> None:
    editor = FeedEditor(FeedCatalog(), None)
    qtbot.addWidget(editor)
    assert editor.feed().programme == FeedProgramme()
    assert editor.person.count() == 1
    editor.close()


def _innovation_days(path: Path) -> tuple[int, str]:
    workspace = Workspace.open(path)
    try:
        where = EventFilter(kinds=frozenset({EventKind.INNOVATION_DAY}))
        for ident in workspace.export.event_ids(Selection(where)):
            if workspace.programme.programme(ident).sessions:
                return ident, workspace.events.get(ident).title
    finally:
        workspace.close()
    raise AssertionError("the sample has no innovation days with a programme")


def test_export_programme_writes_frab_xml_and_json(
    qtbot: QtBot, window: MainWindow, planner_file: Path, tmp_path: Path
) -> None:
    ident, title = _innovation_days(planner_file)
    export = window.commands.programme_export
    chosen = SimpleNamespace(event_id=ident, title=title)
    export._selected = lambda: chosen  # type: ignore[assignment,return-value]
    for name in ("schema.xml", "schema.json"):
        target = tmp_path / name
        export.chooser = lambda suggested, target=target: str(target)
        window.window_actions.export_programme.trigger()
        qtbot.waitUntil(target.exists, timeout=20_000)
        settle(qtbot, window)
    root = ElementTree.parse(tmp_path / "schema.xml").getroot()
    assert root.findtext("conference/title") == title
    data = json.loads((tmp_path / "schema.json").read_text(encoding="utf-8"))
    assert data["schedule"]["conference"]["title"] == title
    assert "Wrote" in window.statusBar().currentMessage()


def test_export_programme_without_a_selection_asks_for_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    export = window.commands.programme_export
    export._selected = lambda: None
    export.chooser = lambda suggested: (_ for _ in ()).throw(AssertionError("not asked"))
    window.window_actions.export_programme.trigger()
    assert "Select an event" in window.statusBar().currentMessage()
    assert window.window_actions.export_programme in window.menuBar().actions()[0].menu().actions()
    settle(qtbot, window)


def test_the_feeds_list_says_what_of_the_programme_a_feed_shows(qtbot: QtBot) -> None:
    from eventplanner.ui.feeds.feed_model import shows_text

    stage = Feed(1, "Digitalt", programme=FeedProgramme(sessions=True, stage="Digital scen"))
    assert shows_text(stage, {}, {}) == "Every event · sessions on Digital scen"
    person = Feed(2, "Åsa", programme=FeedProgramme(person_id=7, phases=PhaseChoice.PUBLIC))
    assert shows_text(person, {}, {}) == "Every event · one person's part · open days"
