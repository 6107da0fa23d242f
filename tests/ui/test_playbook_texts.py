"""How the playbook editor words things: every problem the domain names has a sentence of
the window's own (in English and in Swedish), the deadline in words for each anchor, the
cells' tooltips; the playbook's own fields (kind, language, description) changed in the
header, each one undo step; the file dialogs the transfer asks with."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from eventplanner.domain.deadlines import DayOff, Direction, RelativeDeadline, Unit
from eventplanner.domain.enums import EventKind
from eventplanner.domain.playbook_checks import PlaybookProblem, Problem
from eventplanner.domain.playbooks import Anchor, Playbook, TaskTemplate
from eventplanner.domain.tasks import AnchorKind
from eventplanner.ui.planner import Planner
from eventplanner.ui.playbooks.playbook_texts import deadline_words, problem_text
from eventplanner.ui.playbooks.playbooks_window import PlaybooksWindow
from eventplanner.ui.playbooks.template_model import TemplateColumn
from tests.services.test_playbook_service import small
from tests.ui.helpers import answer_when_asked
from tests.ui.playbook_fixtures import OWN, shown_playbooks, stack_of, stored, written

VALUES: dict[Problem, tuple[str, ...]] = {
    Problem.NAME_LONG: ("200",),
    Problem.LANGUAGE: ("de",),
    Problem.TOO_MANY: ("200",),
    Problem.KEY_BAD: ("Å",),
    Problem.KEY_TWICE: ("invitations", "0"),
    Problem.TITLE_LONG: ("en", "200"),
    Problem.REF_MISSING: ("task",),
    Problem.REF_NOT_TAKEN: ("event_start",),
    Problem.FALLBACK: ("task",),
    Problem.UNKNOWN_TASK: ("badges",),
    Problem.CYCLE: ("invitations", "reminder", "invitations"),
    Problem.AMOUNT: ("520", "weeks", "600"),
    Problem.COUNTED_FROM: ("reminder", "rigging"),
}


def sentences(index: int | None = 1) -> dict[Problem, str]:
    playbook = small()
    return {
        code: problem_text(PlaybookProblem(code, "x", f"English {code}", index=index,
                                           values=VALUES.get(code, ())), playbook)
        for code in Problem
    }  # fmt: skip


def test_every_problem_has_a_sentence_of_the_window_s_own() -> None:
    said = sentences()
    assert all(not text.endswith(f"English {code}") for code, text in said.items())
    assert all(text.startswith("Task 2 “Remind”: ") for text in said.values())
    assert said[Problem.COUNTED_FROM] == (
        "Task 2 “Remind”: “Remind”, “Rig the room” count from it: have them count from "
        "something else first."
    )
    assert said[Problem.AMOUNT] == (
        "Task 2 “Remind”: 600 is too far: at most 520 weeks (about ten years)."
    )
    assert sentences(None)[Problem.NAME_EMPTY] == "A playbook needs a name."
    assert sentences(None)[Problem.REF_MISSING] == (
        "It can only count from another task once the playbook has one: add that task first."
    )


def test_every_problem_in_swedish(swedish) -> None:  # type: ignore[no-untyped-def]
    said = sentences()
    assert all(text.startswith("Uppgift 2 ”Remind”: ") for text in said.values())
    assert said[Problem.CYCLE] == (
        "Uppgift 2 ”Remind”: Uppgifterna skulle räknas från varandra i en cirkel "
        "(”Send invitations” → ”Remind” → ”Send invitations”): en av dem måste räknas från "
        "evenemanget."
    )


def test_the_deadline_in_words_for_each_anchor() -> None:
    def words(anchor: Anchor, rule: RelativeDeadline, fallback: RelativeDeadline | None = None,
              ) -> str:  # fmt: skip
        template = TaskTemplate("t", "T", "", rule, anchor=anchor, fallback=fallback)
        return deadline_words(Playbook("P", (template,)), template)

    later = RelativeDeadline(1, Unit.WEEKS, Direction.AFTER, DayOff.LATER)
    assert words(Anchor(AnchorKind.EVENT_END), later) == (
        "1 week after the event's end; a day off moves it later"
    )
    assert words(Anchor(AnchorKind.EVENT_END),
                 RelativeDeadline(1, Unit.DAYS, Direction.AFTER, DayOff.KEEP)) == (
        "1 day after the event's end"
    )  # fmt: skip
    assert words(Anchor(AnchorKind.PHASE, "Galamiddag"),
                 RelativeDeadline(0, Unit.WORKING_DAYS, Direction.BEFORE, DayOff.EARLIER),
                 later) == (
        "the day of the phase “Galamiddag”; a day off moves it earlier (without it: 1 week "
        "after the end)"
    )  # fmt: skip


def test_cells_say_more_in_their_tooltips(qtbot: QtBot, planner: Planner) -> None:
    with shown_playbooks(qtbot, planner) as books:
        model = books.model

        def tip(row: int, column: TemplateColumn) -> object:
            return model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)

        assert tip(0, TemplateColumn.TITLE) == "Send invitations\nIn Swedish: Skicka inbjudningar"
        assert tip(1, TemplateColumn.DAY_OFF) == (
            "Counted in working days, the date falls on a working day by itself"
        )
        assert tip(1, TemplateColumn.REF) == "Send invitations"
        assert tip(0, TemplateColumn.DESCRIPTION) is None
        header_tip = model.headerData(
            TemplateColumn.ANCHOR, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
        assert header_tip.startswith("The event's start")
        assert model.index(1, TemplateColumn.DAY_OFF).data(Qt.ItemDataRole.ForegroundRole)
        assert model.index(0, TemplateColumn.AMOUNT).data(Qt.ItemDataRole.TextAlignmentRole)


@pytest.fixture
def books(qtbot: QtBot, planner: Planner) -> Iterator[PlaybooksWindow]:
    with shown_playbooks(qtbot, planner) as made:
        yield made


def test_the_playbook_s_own_fields_each_one_step(
    qtbot: QtBot, books: PlaybooksWindow, planner: Planner
) -> None:
    header = books.header
    kind = header.kind_combo
    at = kind.findData(EventKind.SEMINAR.value)
    written(qtbot, books, lambda: (kind.setCurrentIndex(at), kind.activated.emit(at)))
    assert stored(planner).event_kind is EventKind.SEMINAR
    written(qtbot, books, lambda: (kind.setCurrentIndex(0), kind.activated.emit(0)))
    assert stored(planner).event_kind is None
    line = header.description_edit
    line.setFocus()
    line.setText("Träffar för medlemmarna")
    written(qtbot, books, line.editingFinished.emit)
    assert stored(planner).description_en == "Träffar för medlemmarna"
    assert stack_of(books).undoText() == f"Change the description of “{OWN}”"
    line.editingFinished.emit()  # nothing new: no step
    assert stack_of(books).count() == 3
    language = header.language_combo
    at = language.findData("sv")
    written(qtbot, books, lambda: (language.setCurrentIndex(at), language.activated.emit(at)))
    assert stored(planner).language == "sv"
    assert header.description_edit.text() == "Träffar för medlemmarna"  # no Swedish one yet
    written(qtbot, books, stack_of(books).undo)
    assert stored(planner).language == "en"


def test_the_file_dialogs_ask_where(
    qtbot: QtBot, books: PlaybooksWindow, planner: Planner, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    asked: list[str] = []
    path = tmp_path / "träff.json"

    def save(_parent: object, title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(title)
        return str(path), ""

    def open_file(_parent: object, title: str, _folder: str, _filter: str) -> tuple[str, str]:
        asked.append(title)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_file)
    with qtbot.waitSignal(books.transfer.exported, timeout=20_000):
        books.export_action.trigger()
    answer_when_asked(f"Import as “{OWN} (2)”")
    written(qtbot, books, books.import_action.trigger)
    assert asked == ["Export playbook", "Import playbook"]
    assert stored(planner, f"{OWN} (2)").templates == stored(planner).templates
    assert books.header.heading.text() == f"{OWN} (2)"
    # A folder that cannot be written: said, and nothing else happens.
    path = tmp_path / "no such folder" / "träff.json"
    with qtbot.waitSignal(books.transfer.refused, timeout=20_000):
        books.export_action.trigger()
    assert books.error_banner.text().startswith(f"The playbook '{OWN} (2)' was not exported: ")
    assert "no such folder does not exist" in books.error_banner.text()
