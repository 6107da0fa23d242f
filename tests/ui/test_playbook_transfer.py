"""Export… and Import… in the Playbooks window: the command line's playbook file, written
and read back whole (a taken name imported as a numbered one, once agreed; undo takes it
away); a file that is no playbook says where it is wrong and changes nothing. The window
opened from View and from the Tasks window, and in Swedish."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from eventplanner.domain.playbook_files import dumps
from eventplanner.ui.planner import Planner
from eventplanner.ui.playbooks.playbooks_window import PlaybooksWindow
from eventplanner.ui.playbooks.template_model import TemplateColumn
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.helpers import settle
from tests.ui.playbook_fixtures import (
    FAIR,
    OWN,
    cells,
    shown_playbooks,
    stack_of,
    stored,
    workspace_of,
    written,
)


@pytest.fixture
def books(qtbot: QtBot, planner: Planner) -> Iterator[PlaybooksWindow]:
    with shown_playbooks(qtbot, planner) as made:
        yield made


def names(planner: Planner) -> list[str]:
    return [s.name for s in workspace_of(planner).playbooks.list()]


def test_export_then_import_round_trip(
    qtbot: QtBot, books: PlaybooksWindow, planner: Planner, tmp_path: Path
) -> None:
    suggested: list[str] = []
    chosen = tmp_path / "träff"
    books.transfer.save_chooser = lambda path: suggested.append(path) or str(chosen)
    with qtbot.waitSignal(books.transfer.exported, timeout=20_000):
        books.export_action.trigger()
    written_file = tmp_path / "träff.json"  # the suffix added
    assert Path(suggested[0]).name == f"{OWN}.json"
    assert books.status.text() == f"Exported to {written_file}"
    text = written_file.read_text(encoding="utf-8")
    assert text == dumps(stored(planner))  # the file `playbook export` writes
    assert json.loads(text)["format"] == "eventplanner-playbook"

    asked: list[tuple[str, str, str]] = []
    books.transfer.open_chooser = lambda _folder: str(written_file)
    books.transfer.ask = lambda *question: asked.append(question) or True
    written(qtbot, books, books.import_action.trigger)
    assert asked == [(
        f"A playbook called “{OWN}” exists already.",
        f"The playbook of “träff.json” can be imported as “{OWN} (2)”; rename it afterwards "
        "if you like.",
        f"Import as “{OWN} (2)”",
    )]  # fmt: skip
    assert books.header.heading.text() == f"{OWN} (2)"
    assert stored(planner, f"{OWN} (2)").templates == stored(planner).templates
    assert stack_of(books).undoText() == f"Import the playbook “{OWN}”"
    written(qtbot, books, stack_of(books).undo)
    assert f"{OWN} (2)" not in names(planner)
    books.transfer.ask = lambda *_question: False  # declined: nothing is imported
    books.import_action.trigger()
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    assert f"{OWN} (2)" not in names(planner)


def test_a_shipped_playbook_exported_is_imported_as_the_team_s(
    qtbot: QtBot, books: PlaybooksWindow, planner: Planner, tmp_path: Path
) -> None:
    path = tmp_path / "fair.json"
    path.write_text(dumps(stored(planner, FAIR)).replace(FAIR, "Vår mässa"), encoding="utf-8")
    books.transfer.import_path(path)
    qtbot.waitUntil(lambda: books.header.heading.text() == "Vår mässa", timeout=20_000)
    assert books.model.editable
    assert stored(planner, "Vår mässa").templates == stored(planner, FAIR).templates


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("{not json", "not JSON: Expecting property name enclosed in double quotes at line 1, "
                      "column 2"),
        ('{"format": "eventplanner-playbook", "version": 1, "name": "X", "tasks": [{"key": '
         '"a", "title": "A", "due": {"amount": 2, "unit": "fortnights", "direction": '
         '"before"}}]}',
         "tasks[0] ('a').due.unit: 'fortnights' is not one of days, weeks, working_days"),
        ('{"format": "eventplanner-playbook", "version": 7, "name": "X", "tasks": []}',
         "update Eventplanner to import it"),
        ('{"format": "eventplanner-playbook", "version": 1, "name": "X", "tasks": [{"key": '
         '"a", "title": "A", "anchor": {"kind": "task", "ref": "a"}, "due": {"amount": 2, '
         '"unit": "days", "direction": "after"}}]}',
         "task 'a': anchor: a task cannot count from itself"),
    ],
)  # fmt: skip
def test_a_file_that_is_no_playbook_says_where_and_changes_nothing(
    qtbot: QtBot, books: PlaybooksWindow, planner: Planner, tmp_path: Path, content: str,
    said: str,
) -> None:  # fmt: skip
    path = tmp_path / "trasig.json"
    path.write_text(content, encoding="utf-8")
    before = names(planner)
    books.transfer.import_path(path)
    qtbot.waitUntil(lambda: books.error_banner.text() != "", timeout=20_000)
    text = books.error_banner.text()
    assert text.startswith("“trasig.json” is not a playbook file Eventplanner can read, and "
                           "nothing was imported.")  # fmt: skip
    assert said in text
    assert names(planner) == before
    assert stack_of(books).count() == 0


def test_the_window_from_the_view_menu_and_the_tasks_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    action = window.window_actions.show_playbooks
    assert action in window.menuBar().actions()[2].menu().actions()  # View
    action.trigger()
    shown = window.commands._playbooks
    assert shown is not None
    qtbot.waitUntil(lambda: shown.list_model.rowCount() == 5, timeout=20_000)
    assert shown.isVisible() and shown.windowTitle() == "Playbooks"
    undo = window.undo_action
    assert undo in shown.actions()  # Ctrl+Z in it undoes its changes
    shown.close()
    tasks = window.commands.tasks.show_tasks()
    assert tasks is not None and tasks.playbooks_button.isVisibleTo(tasks)
    tasks.playbooks_button.click()
    again = window.commands._playbooks
    assert again is not None and again.isVisible()
    settle(qtbot, window)
    again.close()
    tasks.close()


def test_in_swedish(qtbot: QtBot, swedish, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    with shown_playbooks(qtbot, planner) as books:
        assert books.windowTitle() == "Checklistor"
        assert books.add_action.text() == "&Lägg till uppgift…"  # the view's own words
        model = books.model
        assert [model.headerData(c, Qt.Orientation.Horizontal)
                for c in (TemplateColumn.TITLE, TemplateColumn.PREVIEW)] == [
            "Uppgift", "Deadline"
        ]  # fmt: skip
        assert cells(books, TemplateColumn.PREVIEW)[:2] == [
            "4 veckor före evenemangets start; en ledig dag flyttar den tidigare",
            "10 arbetsdagar efter ”Send invitations”",
        ]
        assert cells(books, TemplateColumn.OWNER)[1] == "Kommunikation"
        assert not model.setData(model.index(1, TemplateColumn.TITLE), " ")
        assert books.error_banner.text() == "Uppgift 2 ”Remind”: En uppgift behöver en titel."
        written(qtbot, books, lambda: books.commands.set_language("sv"))
        assert cells(books, TemplateColumn.TITLE) == [
            "Skicka inbjudningar", "Påminn", "Rigga lokalen",
        ]  # fmt: skip
