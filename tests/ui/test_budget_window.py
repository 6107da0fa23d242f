"""The budget window on the sample's Västerås fair: its lines (the model passes
qtmodeltester), the co-exhibitors' shares read-only and explained, the totals; a line added
through its dialog (checked as typed), changed in place and removed, each one undo step;
opened from the main window (View → Budget…, an event's menu), and spoken in Swedish."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from eventplanner.domain.budget import BudgetCategory
from eventplanner.ui.budget.budget_model import LINE_ROLE, BudgetColumn
from eventplanner.ui.budget.budget_texts import amount_text
from eventplanner.ui.budget.budget_window import BudgetWindow
from eventplanner.ui.budget.line_dialog import BudgetLineDialog
from eventplanner.ui.planner import Planner
from eventplanner.ui.window.window_menus import event_menu_actions
from tests.ui.helpers import close_unasked, shown_window

FAIR = "Automationsmässan Västerås 2027"


@contextmanager
def shown_budget(qtbot: QtBot, planner: Planner) -> Iterator[BudgetWindow]:
    workspace = planner.workspace
    assert workspace is not None
    event_id = workspace.programme.events_titled(FAIR)[0][0]
    stack = QUndoStack()
    made = BudgetWindow(planner, stack, event_id)
    made.stack = stack  # type: ignore[attr-defined]  # kept alive beside the window
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.show()
    yield made
    if made._dialog is not None:
        close_unasked(made._dialog)
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    made.close()
    made.deleteLater()
    stack.deleteLater()


@pytest.fixture
def window(qtbot: QtBot, planner_on_sample: Planner) -> Iterator[BudgetWindow]:
    with shown_budget(qtbot, planner_on_sample) as made:
        yield made


def stack_of(window: BudgetWindow) -> QUndoStack:
    stack: QUndoStack = window.stack  # type: ignore[attr-defined]
    return stack


def step(qtbot: QtBot, window: BudgetWindow, act: str) -> None:
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        getattr(stack_of(window), act)()


def texts(window: BudgetWindow, column: BudgetColumn) -> list[str]:
    model = window.lines
    return [str(model.index(row, column).data() or "") for row in range(model.rowCount())]


def test_the_window_shows_lines_shares_and_totals(  # type: ignore[no-untyped-def]
    qtbot: QtBot, qtmodeltester, window: BudgetWindow
) -> None:
    qtmodeltester.check(window.lines)
    assert window.windowTitle() == f"Budget: {FAIR}"
    budget = window.budget
    assert budget is not None and budget.derived
    model = window.lines
    categories = texts(window, BudgetColumn.CATEGORY)
    assert categories[:2] == ["Catering", "Stand fee"]  # costs in the categories' order
    assert categories.count("Co-exhibitor shares") == len(budget.derived)
    first_share = len(budget.typed)
    share = model.index(first_share, BudgetColumn.DESCRIPTION)
    assert str(share.data()).startswith("Co-exhibitor share: ")
    assert not share.flags() & Qt.ItemFlag.ItemIsEditable  # derived: read-only
    assert share.data(Qt.ItemDataRole.FontRole).italic()
    assert "of the stand's 60 m², as a share of the stand fee" in share.data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert model.index(0, BudgetColumn.PLANNED).flags() & Qt.ItemFlag.ItemIsEditable
    assert "never typed" in window.note.text()
    totals = budget.totals
    assert window.totals.text("costs", 1) == amount_text(totals.planned_costs)
    assert window.totals.text("income", 1) == amount_text(totals.planned_income)
    assert window.totals.text("net", 1) == amount_text(totals.planned_net)
    # Choosing a share says where it comes from, and it cannot be changed or removed.
    window.table.selectRow(first_share)
    assert not window.edit_button.isEnabled() and not window.remove_button.isEnabled()
    assert "of the stand fee" in window.status.text()


def test_a_line_added_through_its_dialog_is_one_undo_step(
    qtbot: QtBot, window: BudgetWindow
) -> None:
    rows = window.lines.rowCount()
    with qtbot.waitSignal(window.dialog_opened) as opened:
        window.add_button.click()
    dialog: BudgetLineDialog = opened.args[0]
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    assert dialog.problems.text() == "Type the planned amount."
    dialog.category.setCurrentIndex(dialog.category.findData(BudgetCategory.SPEAKER_FEES.value))
    dialog.planned.setText("-5")
    assert dialog.problems.text() == (
        "Amounts are not negative: put income under an income category."
    )
    dialog.planned.setText("1 500")
    dialog.currency.setCurrentText("USD")
    assert dialog.problems.text() == "Give the rate: how many SEK one USD costs."
    dialog.rate.setText("1045")
    assert "is not believable" in dialog.problems.text()
    assert not save.isEnabled()
    dialog.rate.setText("10,45")  # a comma groups thousands in English: unclear, not 1045
    assert dialog.problems.text() == (
        "The rate “10,45” is unclear: type it without thousands separators, e.g. 10.45."
    )
    assert not save.isEnabled()
    dialog.rate.setText("10.45")
    dialog.description.setText("Keynote from the Silicon Valley node")
    assert save.isEnabled() and dialog.problems.isHidden()
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        save.click()
    assert window.lines.rowCount() == rows + 1
    assert "Keynote from the Silicon Valley node" in texts(window, BudgetColumn.DESCRIPTION)
    row = texts(window, BudgetColumn.DESCRIPTION).index("Keynote from the Silicon Valley node")
    assert window.lines.index(row, BudgetColumn.CURRENCY).data() == "USD @ 10.45"
    assert window.lines.index(row, BudgetColumn.PLANNED_SEK).data() == amount_text(
        Decimal("15675.00")
    )
    assert stack_of(window).undoText() == (
        "Add the budget line “Keynote from the Silicon Valley node”"
    )
    step(qtbot, window, "undo")
    assert window.lines.rowCount() == rows
    step(qtbot, window, "redo")
    assert "Keynote from the Silicon Valley node" in texts(window, BudgetColumn.DESCRIPTION)


def test_an_amount_changed_in_place_and_a_line_removed_are_undone(
    qtbot: QtBot, window: BudgetWindow
) -> None:
    model = window.lines
    row = texts(window, BudgetColumn.CATEGORY).index("Stand fee")
    fee = model.index(row, BudgetColumn.PLANNED)
    before = fee.data()
    # Not an amount: said, nothing written.
    assert not model.setData(fee, "lots")
    example = amount_text(Decimal("1234.50"))  # in the window's language
    assert window.status.text() == f"The planned amount “lots” is not an amount (e.g. {example})."
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        assert model.setData(fee, "120 000")
    assert model.index(row, BudgetColumn.PLANNED).data() == amount_text(Decimal("120000"))
    budget = window.budget
    assert budget is not None
    # The co-exhibitors' shares of the area follow the stand fee at once.
    area_shares = [x for x in budget.derived if x.share and x.share.area]
    assert area_shares and all(
        x.planned == (Decimal("120000") * Decimal(str(x.share.area)) / 60).quantize(Decimal("0.01"))
        for x in area_shares
        if x.share
    )
    step(qtbot, window, "undo")
    assert model.index(row, BudgetColumn.PLANNED).data() == before
    rows = model.rowCount()
    line = model.index(1, 0).data(LINE_ROLE)
    window.table.selectRow(1)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.remove_button.click()
    assert model.rowCount() == rows - 1
    step(qtbot, window, "undo")
    back = model.index(1, 0).data(LINE_ROLE)
    assert replace(back, version=0) == replace(line, version=0)  # back with its id


def test_view_budget_opens_an_events_budget_once(
    qtbot: QtBot, tmp_path: Path, planner_file: Path
) -> None:
    with shown_window(qtbot, tmp_path, planner_file) as main:
        view_menu = next(m for m in main.menuBar().actions() if m.text() == "&View").menu()
        assert main.window_actions.show_budget in view_menu.actions()
        assert main.window_actions.show_budget in event_menu_actions(main.window_actions)
        workspace = main._planner.workspace
        assert workspace is not None
        event_id = workspace.programme.events_titled(FAIR)[0][0]
        shown = main.commands.show_budget(event_id)
        qtbot.waitUntil(lambda: shown.budget is not None, timeout=20_000)
        assert shown.windowTitle() == f"Budget: {FAIR}"
        assert main.commands.show_budget(event_id) is shown
        qtbot.waitUntil(lambda: not main._planner.busy, timeout=20_000)
        shown.close()


def test_the_budget_in_swedish(qtbot: QtBot, swedish: object, planner_on_sample: Planner) -> None:
    with shown_budget(qtbot, planner_on_sample) as window:
        assert window.windowTitle() == f"Budget: {FAIR}"
        assert window.lines.index(1, BudgetColumn.CATEGORY).data() == "Monterhyra"
        header = window.lines.headerData(BudgetColumn.PLANNED, Qt.Orientation.Horizontal)
        assert header == "Planerat"
        budget = window.budget
        assert budget is not None
        row = len(budget.typed)
        assert str(window.lines.index(row, BudgetColumn.DESCRIPTION).data()).startswith(
            "Medutställarandel: "
        )
        assert window.add_button.text() == "&Lägg till rad…"


def test_costs_per_participant_follow_the_events_registrations(
    qtbot: QtBot, planner_on_sample: Planner
) -> None:
    from eventplanner.domain.model import Contact

    workspace = planner_on_sample.workspace
    assert workspace is not None
    event_id = workspace.programme.events_titled(FAIR)[0][0]
    # The sample's guests of the fair (ahead: registered, none attended yet), and four more.
    guests = workspace.registrations.counts([event_id])[event_id]
    assert guests.seated == 43 and guests.attended == 0
    people = [workspace.contacts.create(Contact(None, f"Besökare {n}")) for n in range(4)]
    for person in people:
        workspace.registrations.register(event_id, person.id or 0)
    workspace.registrations.attend(event_id, people[0].id or 0)
    with shown_budget(qtbot, planner_on_sample) as window:
        budget = window.budget
        assert budget is not None and (budget.registered, budget.attended) == (47, 1)
        assert budget.planned_per_participant is not None
        assert window.totals.text("per_participant", 1) == amount_text(
            budget.planned_per_participant
        )
        assert window.totals.text("per_participant", 2) == amount_text(
            budget.totals.actual_costs
        )  # one person attended: the whole of what was spent
        assert "47 registered" in window.totals.per_participant.toolTip()
