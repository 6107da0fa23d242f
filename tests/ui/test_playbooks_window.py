"""The Playbooks window (issue 15): the playbooks, shipped ones read-only with a copy to
edit; a playbook's task templates edited in place with proper editors, each change saved as
one undo step; problems said in the window's language with nothing changed; new, duplicate,
rename and delete (asked first); both models pass qtmodeltester."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from eventplanner.domain.deadlines import DayOff, Direction, RelativeDeadline, Unit
from eventplanner.domain.playbooks import Anchor
from eventplanner.domain.tasks import AnchorKind, OwnerRole
from eventplanner.ui.planner import Planner
from eventplanner.ui.playbooks.playbooks_window import PlaybooksWindow
from eventplanner.ui.playbooks.template_model import TemplateColumn
from tests.ui.helpers import answer_when_asked
from tests.ui.playbook_fixtures import (
    FAIR,
    OWN,
    answer,
    cells,
    choose,
    editor,
    shown_playbooks,
    stack_of,
    stored,
    typed,
    workspace_of,
    written,
)


@pytest.fixture
def books(qtbot: QtBot, planner: Planner) -> Iterator[PlaybooksWindow]:
    with shown_playbooks(qtbot, planner) as made:
        yield made


def test_the_team_s_playbooks_first_then_the_shipped_ones(  # type: ignore[no-untyped-def]
    qtbot: QtBot, qtmodeltester, books: PlaybooksWindow
) -> None:
    qtmodeltester.check(books.list_model)
    qtmodeltester.check(books.model)
    names = [books.list_model.stored(r).name for r in range(books.list_model.rowCount())]  # type: ignore[union-attr]
    assert names[0] == OWN and FAIR in names and len(names) == 6
    details = [books.list_model.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
               for r in range(len(names))]  # fmt: skip
    assert details[0] == "Your team's · 3 tasks"
    assert details[names.index(FAIR)] == "Shipped · 32 tasks"
    assert books.header.heading.text() == OWN
    assert books.header.shipped_row.isHidden()
    assert cells(books, TemplateColumn.TITLE) == ["Send invitations", "Remind", "Rig the room"]
    assert cells(books, TemplateColumn.PREVIEW) == [
        "4 weeks before the event's start; a day off moves it earlier",
        "10 working days after “Send invitations”",
        "1 working day before the phase “build-up” (without it: 1 working day before the start)",
    ]
    assert cells(books, TemplateColumn.REF) == ["—", "Send invitations", "build-up"]
    assert cells(books, TemplateColumn.OWNER) == ["Coordinator", "Communications", "Coordinator"]
    assert books.model.headerData(1, Qt.Orientation.Vertical) == "2"
    assert books.rename_action.isEnabled() and books.add_action.isEnabled()


def test_a_shipped_playbook_is_read_only_and_copied_to_edit(
    qtbot: QtBot, books: PlaybooksWindow, planner: Planner
) -> None:
    books.choose(FAIR)
    assert books.header.heading.text() == FAIR
    assert books.header.shipped_row.isVisible()
    assert "Make a copy to change it" in books.header.shipped.text()
    assert not books.model.flags(books.model.index(0, TemplateColumn.TITLE)) & (
        Qt.ItemFlag.ItemIsEditable
    )
    assert not books.model.setData(books.model.index(0, TemplateColumn.AMOUNT), 3)
    for action in (books.rename_action, books.delete_action, books.add_action,
                   books.remove_action, books.up_action):  # fmt: skip
        assert not action.isEnabled()
    assert books.duplicate_action.isEnabled() and books.export_action.isEnabled()
    assert books.hint.text() == "A shipped playbook is read-only: make a copy to change it."
    assert not books.header.kind_combo.isEnabled()

    books.commands.ask = answer("Vår monter")
    written(qtbot, books, books.header.copy_button.click)
    assert books.header.heading.text() == "Vår monter"
    assert books.chosen().built_in is False  # type: ignore[union-attr]
    assert books.model.editable
    assert stored(planner, "Vår monter").templates == stored(planner, FAIR).templates
    assert stack_of(books).undoText() == f"Copy “{FAIR}” as “Vår monter”"
    written(qtbot, books, stack_of(books).undo)
    assert "Vår monter" not in [s.name for s in workspace_of(planner).playbooks.list()]
    written(qtbot, books, stack_of(books).redo)
    assert stored(planner, "Vår monter").templates == stored(planner, FAIR).templates


def test_cells_are_edited_with_their_own_editors_each_one_undo_step(
    qtbot: QtBot, books: PlaybooksWindow, planner: Planner
) -> None:
    written(qtbot, books, lambda: typed(qtbot, editor(books, 0, TemplateColumn.TITLE),
                                        "Send the invitations"))  # fmt: skip
    written(qtbot, books, lambda: typed(qtbot, editor(books, 0, TemplateColumn.AMOUNT), "6"))
    written(qtbot, books, lambda: choose(editor(books, 0, TemplateColumn.UNIT), "working days"))
    written(qtbot, books, lambda: choose(editor(books, 0, TemplateColumn.DIRECTION), "after"))
    written(qtbot, books, lambda: choose(editor(books, 0, TemplateColumn.OWNER),
                                         "Communications"))  # fmt: skip
    written(qtbot, books, lambda: typed(qtbot, editor(books, 0, TemplateColumn.DESCRIPTION),
                                        "Both lists"))  # fmt: skip
    first = stored(planner).templates[0]
    assert first.title_en == "Send the invitations"
    assert first.title_sv == "Skicka inbjudningar"  # the other language's, as it was
    assert first.rule == RelativeDeadline(6, Unit.WORKING_DAYS, Direction.AFTER, DayOff.EARLIER)
    assert first.owner_role is OwnerRole.COMMUNICATIONS
    assert first.description_en == "Both lists"
    assert cells(books, TemplateColumn.PREVIEW)[0] == "6 working days after the event's start"
    # The task counting from it names it anew.
    assert cells(books, TemplateColumn.REF)[1] == "Send the invitations"
    assert stack_of(books).count() == 6
    assert stack_of(books).undoText() == f"Change “Send the invitations” in “{OWN}”"

    written(qtbot, books, lambda: choose(editor(books, 2, TemplateColumn.ANCHOR),
                                         "Fair deadline"))  # fmt: skip
    written(qtbot, books, lambda: choose(editor(books, 2, TemplateColumn.REF), "catalogue text"))
    written(qtbot, books, lambda: choose(editor(books, 2, TemplateColumn.DAY_OFF), "Keep"))
    rigging = stored(planner).templates[2]
    assert rigging.anchor == Anchor(AnchorKind.FAIR_DEADLINE, "catalogue_text")
    assert cells(books, TemplateColumn.PREVIEW)[2] == (
        "1 working day before the fair organiser's deadline “catalogue text” (without it: 1 "
        "working day before the start)"
    )
    assert rigging.rule.day_off is DayOff.KEEP
    written(qtbot, books, lambda: choose(editor(books, 2, TemplateColumn.ANCHOR), "Phase"))
    written(qtbot, books, lambda: typed(qtbot, editor(books, 2, TemplateColumn.REF), "Rigging"))
    assert stored(planner).templates[2].anchor == Anchor(AnchorKind.PHASE, "Rigging")
    assert cells(books, TemplateColumn.REF)[2] == "Rigging"
    written(qtbot, books, lambda: choose(editor(books, 2, TemplateColumn.ANCHOR), "Event end"))
    assert stored(planner).templates[2].anchor == Anchor(AnchorKind.EVENT_END)
    assert not books.model.flags(books.model.index(2, TemplateColumn.REF)) & (
        Qt.ItemFlag.ItemIsEditable
    )

    while stack_of(books).canUndo():
        written(qtbot, books, stack_of(books).undo)
    from tests.services.test_playbook_service import small

    assert stored(planner) == small()
    assert cells(books, TemplateColumn.TITLE)[0] == "Send invitations"


def test_quick_edits_build_on_each_other(
    qtbot: QtBot, books: PlaybooksWindow, planner: Planner
) -> None:
    """Edits made before the one before is written each start from what is shown."""
    model = books.model
    with qtbot.waitSignal(books.settled, timeout=20_000):
        model.setData(model.index(0, TemplateColumn.AMOUNT), 5)
        model.setData(model.index(0, TemplateColumn.UNIT), Unit.DAYS.value)
        model.setData(model.index(1, TemplateColumn.OWNER), OwnerRole.FINANCE.value)
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    templates = stored(planner).templates
    assert templates[0].rule.amount == 5 and templates[0].rule.unit is Unit.DAYS
    assert templates[1].owner_role is OwnerRole.FINANCE
    assert stack_of(books).count() == 3


def test_problems_are_said_and_change_nothing(
    qtbot: QtBot, books: PlaybooksWindow, planner: Planner
) -> None:
    model, banner = books.model, books.error_banner
    before = stored(planner)

    def refused(row: int, column: TemplateColumn, value: object, said: str) -> None:
        assert not model.setData(model.index(row, column), value)
        assert banner.text() == said
        assert model.playbook == before

    refused(1, TemplateColumn.TITLE, "  ", "Task 2 “Remind”: A task needs a title.")
    refused(1, TemplateColumn.REF, "reminder",
            "Task 2 “Remind”: A task cannot count from itself.")  # fmt: skip
    refused(1, TemplateColumn.REF, "badges",
            "Task 2 “Remind”: It counts from “badges”, which is not a task of this "
            "playbook.")  # fmt: skip
    refused(2, TemplateColumn.REF, " ", "Task 3 “Rig the room”: Say which phase it counts from.")
    refused(0, TemplateColumn.AMOUNT, 9999,
            "Task 1 “Send invitations”: 9999 is too far: at most 520 weeks (about ten "
            "years).")  # fmt: skip
    assert not model.remove_template(0)
    assert banner.text() == (
        "Task 1 “Send invitations”: “Remind” counts from it: have it count from something "
        "else first."
    )
    # A circle, chosen in the "Which" list: the invitations counting from the reminder.
    model.setData(model.index(0, TemplateColumn.ANCHOR), AnchorKind.TASK.value)
    qtbot.waitUntil(lambda: not books._pending, timeout=20_000)
    assert banner.text() == (
        "Task 1 “Send invitations”: The tasks would count from each other in a circle "
        "(“Send invitations” → “Remind” → “Send invitations”): one of them must count from "
        "the event."
    )
    box = editor(books, 0, TemplateColumn.ANCHOR)
    assert box.currentText() == "Event start"  # type: ignore[attr-defined]
    books.table.closeEditor(box, books.table.itemDelegate().EndEditHint.RevertModelCache)
    assert stored(planner) == before
    assert stack_of(books).count() == 0
    written(qtbot, books, lambda: typed(qtbot, editor(books, 1, TemplateColumn.TITLE), "Påminn"))
    assert banner.text() == ""  # said until the next change is made


def test_tasks_are_added_removed_and_moved(  # type: ignore[no-untyped-def]
    qtbot: QtBot, qtmodeltester, books: PlaybooksWindow, planner: Planner
) -> None:
    qtmodeltester.check(books.model)  # and it watches each row added, removed or moved
    books.table.setCurrentIndex(books.model.index(0, TemplateColumn.TITLE))
    books.commands.ask = answer("Book the room")
    written(qtbot, books, books.add_action.trigger)
    assert [t.key for t in stored(planner).templates] == [
        "invitations", "book-the-room", "reminder", "rigging",
    ]  # fmt: skip
    assert books.table.currentIndex().row() == 1
    assert cells(books, TemplateColumn.PREVIEW)[1] == (
        "2 weeks before the event's start; a day off moves it earlier"
    )
    assert stack_of(books).undoText() == f"Add “Book the room” to “{OWN}”"
    written(qtbot, books, books.up_action.trigger)
    assert cells(books, TemplateColumn.TITLE)[:2] == ["Book the room", "Send invitations"]
    assert books.table.currentIndex().row() == 0
    assert not books.up_action.isEnabled()
    written(qtbot, books, books.down_action.trigger)
    written(qtbot, books, books.down_action.trigger)
    assert cells(books, TemplateColumn.TITLE)[2] == "Book the room"
    written(qtbot, books, books.remove_action.trigger)
    assert [t.key for t in stored(planner).templates] == ["invitations", "reminder", "rigging"]
    assert books.table.currentIndex().row() == 2  # the one after it
    written(qtbot, books, stack_of(books).undo)
    assert len(stored(planner).templates) == 4
    books.commands.ask = answer(None)  # cancelled: nothing
    books.add_action.trigger()
    assert len(books.model.playbook.templates) == 4  # type: ignore[union-attr]


def test_new_rename_and_delete_asked_first(
    qtbot: QtBot, books: PlaybooksWindow, planner: Planner
) -> None:
    commands = books.commands
    # The real dialog: what is wrong is said as it is typed, OK waits.
    commands.ask = answer(FAIR.upper())
    books.new_action.trigger()
    assert commands.dialog is not None
    assert commands.dialog.problem.text() == (
        f"A playbook called “{FAIR.upper()}” exists already; give this one another name."
    )
    assert stack_of(books).count() == 0

    def accept_when_shown() -> None:
        dialog = commands.dialog
        if dialog is not None and dialog.isVisible():
            dialog.line.setText("Frukostmöte")
            dialog.ok_button.click()
        else:
            QTimer.singleShot(20, accept_when_shown)

    from tests.ui.playbook_fixtures import NameDialog  # the window's own kind of dialog

    commands.ask = lambda dialog: (
        dialog.text() if dialog.exec() == NameDialog.DialogCode.Accepted else None
    )
    QTimer.singleShot(20, accept_when_shown)
    written(qtbot, books, books.new_action.trigger)
    assert books.header.heading.text() == "Frukostmöte"
    assert stored(planner, "Frukostmöte").templates == ()
    assert books.model.rowCount() == 0
    assert books.hint.text().startswith("No tasks yet: Add task… (Insert) adds the first")

    books.commands.ask = answer("Frukost för medlemmar")
    written(qtbot, books, books.rename_action.trigger)
    assert books.header.heading.text() == "Frukost för medlemmar"
    assert stack_of(books).undoText() == "Rename “Frukostmöte” to “Frukost för medlemmar”"
    written(qtbot, books, stack_of(books).undo)
    assert books.header.heading.text() == "Frukostmöte"  # the same playbook, chosen still

    books.choose(OWN)
    commands.confirm = lambda _question, _detail: False
    books.delete_action.trigger()
    assert stored(planner) is not None and stack_of(books).count() == 2
    answer_when_asked("Delete")
    commands.confirm = type(commands)(books, planner).confirm  # the real question
    written(qtbot, books, books.delete_action.trigger)
    assert OWN not in [s.name for s in workspace_of(planner).playbooks.list()]
    assert books.header.heading.text() != OWN
    assert stack_of(books).undoText() == f"Delete the playbook “{OWN}”"
    written(qtbot, books, stack_of(books).undo)
    assert len(stored(planner).templates) == 3


def test_a_change_made_elsewhere_meanwhile_is_not_written_over(
    qtbot: QtBot, books: PlaybooksWindow, planner: Planner
) -> None:
    workspace = workspace_of(planner)
    playbook = stored(planner)
    from dataclasses import replace

    workspace.playbooks.edit(OWN, replace(playbook, description_en="Changed elsewhere"))
    model = books.model
    written(qtbot, books, lambda: model.setData(model.index(0, TemplateColumn.AMOUNT), 9))
    assert books.error_banner.text() == (
        f"“{OWN}” was changed elsewhere meanwhile; it is shown as it is now: make the change again."
    )
    assert stored(planner).templates[0].rule.amount == 4
    assert books.header.description_edit.text() == "Changed elsewhere"
    assert stack_of(books).count() == 0


def test_a_cell_being_edited_is_saved_before_its_row_moves(
    qtbot: QtBot, books: PlaybooksWindow, planner: Planner
) -> None:
    line = editor(books, 0, TemplateColumn.TITLE)
    qtbot.keyClick(line, Qt.Key.Key_End)  # the title is chosen whole when its editor opens
    qtbot.keyClicks(line, " to everyone")
    with qtbot.waitSignal(books.settled, timeout=20_000):
        books.down_action.trigger()
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    titles = [t.title_en for t in stored(planner).templates]
    assert titles[:2] == ["Remind", "Send invitations to everyone"]
    assert books.table.currentIndex().row() == 1
    assert stack_of(books).count() == 2
    assert stack_of(books).undoText() == f"Move “Send invitations to everyone” in “{OWN}”"
