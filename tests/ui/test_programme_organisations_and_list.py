"""The programme window's Organisations tab (the event's organisations with their roles:
add, edit, remove, each one undo step; qtmodeltester) and deleting several sessions at once
from its List tab (Delete key, context menu, one undo step)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from eventplanner.domain.programme import OrganisationRole, Target
from eventplanner.ui.planner import Planner
from eventplanner.ui.programme.organisations_tab import (
    OrganisationColumn,
    OrganisationRoleDialog,
    OrganisationRolesModel,
)
from eventplanner.ui.programme.programme_window import ProgrammeWindow
from tests.ui.helpers import answer_questions, shown_programme


@pytest.fixture
def window(qtbot: QtBot, planner_on_sample: Planner) -> Iterator[ProgrammeWindow]:
    with shown_programme(qtbot, planner_on_sample) as made:
        yield made


def stack_of(window: ProgrammeWindow) -> QUndoStack:
    stack: QUndoStack = window.stack  # type: ignore[attr-defined]
    return stack


def undo(qtbot: QtBot, window: ProgrammeWindow) -> None:
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        stack_of(window).undo()


def shown_organisations(window: ProgrammeWindow) -> list[tuple[str, str, str]]:
    model = window.organisations.model
    return [
        tuple(str(model.index(row, c).data()) for c in range(3))  # type: ignore[misc]
        for row in range(model.rowCount())
    ]


# -- the organisations tab -------------------------------------------------------------------


def test_the_tab_lists_the_event_s_organisations_by_role(
    qtbot: QtBot,
    qtmodeltester,
    window: ProgrammeWindow,  # type: ignore[no-untyped-def]
) -> None:
    layout = window.view.day_layout
    assert layout is not None
    window.view.select(layout.placed[0].session.id)  # chosen in the timetable...
    assert window.delete_session.isEnabled()
    window.tabs.setCurrentWidget(window.organisations)  # ...is not what Delete takes here
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Organisations (4)"
    qtmodeltester.check(window.organisations.model)
    assert shown_organisations(window) == [
        ("Automationsklustret Västerås", "organiser", ""),
        ("Skellefteå Science City", "partner", ""),
        ("Svenska affärsnoden Silicon Valley", "partner", ""),
        ("Västerås Science Park", "partner", ""),
    ]
    assert not window.organisations.empty.isVisible()
    assert window.organisations.add_action.isEnabled()
    assert not window.organisations.edit_action.isEnabled()  # nothing chosen yet
    assert window.chosen_sessions() == [] and not window.delete_session.isEnabled()
    header = window.organisations.model.headerData(
        OrganisationColumn.ROLE, Qt.Orientation.Horizontal
    )
    assert header == "Role"


def test_the_model_on_its_own_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from eventplanner.domain.programme import OrganisationLink

    model = OrganisationRolesModel()
    qtmodeltester.check(model)
    model.set_links([
        OrganisationLink(2, 1, 8, OrganisationRole.SPONSOR, "", "Ångström AB"),
        OrganisationLink(1, 1, 9, OrganisationRole.ORGANISER, "värd", "Klustret"),
    ])  # fmt: skip
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Klustret" and model.index(0, 2).data() == "värd"
    assert model.row_of(2) == 1 and model.row_of(99) == -1


def _dialog(qtbot: QtBot, window: ProgrammeWindow) -> OrganisationRoleDialog:
    qtbot.waitUntil(lambda: window.organisations.dialog is not None, timeout=5_000)
    dialog = window.organisations.dialog
    assert dialog is not None
    return dialog


def _save(
    qtbot: QtBot, window: ProgrammeWindow, dialog: OrganisationRoleDialog,
    shown: tuple[str, str, str],
) -> None:  # fmt: skip
    """Save, until ``shown`` is in the tab (a reload asked for earlier may come first)."""
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown in shown_organisations(window), timeout=20_000)


def test_adding_editing_and_removing_an_organisation_each_undoable(
    qtbot: QtBot, window: ProgrammeWindow
) -> None:
    tab = window.organisations
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: bool(tab._organisations), timeout=20_000)
    before = shown_organisations(window)
    tab.add_action.trigger()
    dialog = _dialog(qtbot, window)
    dialog.organisation.setCurrentIndex(
        dialog.organisation.findText("Almi Företagspartner Mälardalen")
    )
    dialog.role.setCurrentIndex(list(OrganisationRole).index(OrganisationRole.FUNDER))
    qtbot.keyClicks(dialog.note, "Innovationscheckar")
    _save(
        qtbot, window, dialog, ("Almi Företagspartner Mälardalen", "funder", "Innovationscheckar")
    )
    assert stack_of(window).undoText() == "Add Almi Företagspartner Mälardalen as funder"

    # The same role twice is refused in the dialog, which stays open with the input.
    tab.add_action.trigger()
    again = _dialog(qtbot, window)
    again.organisation.setCurrentIndex(
        again.organisation.findText("Almi Företagspartner Mälardalen")
    )
    again.role.setCurrentIndex(list(OrganisationRole).index(OrganisationRole.FUNDER))
    save = again.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.problems.isVisible(), timeout=20_000)
    assert "is already funder of the event" in again.problems.text()
    assert again.isVisible() and stack_of(window).count() == 1
    again.reject()

    row = [r[0] for r in shown_organisations(window)].index("Almi Företagspartner Mälardalen")
    tab.table.selectRow(row)
    assert tab.edit_action.isEnabled()
    centre = tab.table.visualRect(tab.model.index(row, 0)).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(tab.dialog_opened):
        qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    dialog = _dialog(qtbot, window)
    assert not dialog.organisation.isEnabled()  # a saved role keeps its organisation
    dialog.role.setCurrentIndex(list(OrganisationRole).index(OrganisationRole.SPONSOR))
    _save(
        qtbot, window, dialog, ("Almi Företagspartner Mälardalen", "sponsor", "Innovationscheckar")
    )
    assert stack_of(window).undoText() == "Change the role of Almi Företagspartner Mälardalen"
    stack_of(window).undo()
    funder = ("Almi Företagspartner Mälardalen", "funder", "Innovationscheckar")
    qtbot.waitUntil(lambda: funder in shown_organisations(window), timeout=20_000)

    # Two chosen, Delete: one step; undo brings both back.
    names = [r[0] for r in shown_organisations(window)]
    selection = tab.table.selectionModel()
    selection.clearSelection()
    for name in ("Almi Företagspartner Mälardalen", "Skellefteå Science City"):
        index = tab.model.index(names.index(name), 0)
        selection.select(index, QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
    window.activateWindow()  # back from the dialogs
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus, timeout=5_000)
    assert tab.remove_action.isEnabled() and not tab.edit_action.isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(shown_organisations(window)) == len(before) - 1, timeout=20_000)
    after = [r[0] for r in shown_organisations(window)]
    assert "Almi Företagspartner Mälardalen" not in after and "Skellefteå Science City" not in after
    assert stack_of(window).undoText() == "Remove 2 organisations' roles"
    stack_of(window).undo()
    qtbot.waitUntil(lambda: funder in shown_organisations(window), timeout=20_000)
    assert ("Skellefteå Science City", "partner", "") in shown_organisations(window)
    stack_of(window).undo()  # the edit was undone already: this takes the added funder away
    qtbot.waitUntil(lambda: shown_organisations(window) == before, timeout=20_000)


def test_an_event_without_organisations_says_so(qtbot: QtBot, planner_on_sample: Planner) -> None:
    workspace = planner_on_sample.workspace
    assert workspace is not None
    event_id = workspace.programme.events_titled("Uppbyggnad: Automationsmässan Västerås 2027")[0][
        0
    ]
    stack = QUndoStack()
    made = ProgrammeWindow(planner_on_sample, stack, event_id)
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.show()
    made.tabs.setCurrentWidget(made.organisations)
    assert made.tabs.tabText(made.tabs.currentIndex()) == "Organisations"
    assert made.organisations.model.rowCount() == 0
    assert made.organisations.empty.isVisible()
    assert "No organisation has a role on this event yet" in made.organisations.empty.text()
    qtbot.waitUntil(lambda: not planner_on_sample.busy, timeout=20_000)
    made.close()
    made.deleteLater()
    stack.deleteLater()


# -- deleting from the list ------------------------------------------------------------------


def test_deleting_several_sessions_from_the_list_is_one_undo_step(
    qtbot: QtBot, window: ProgrammeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.tabs.setCurrentWidget(window.listing)
    programme = window.programme
    assert programme is not None
    count = len(programme.sessions)
    table = window.table
    for row, modifier in ((0, Qt.KeyboardModifier.NoModifier),
                          (1, Qt.KeyboardModifier.ControlModifier),
                          (3, Qt.KeyboardModifier.ControlModifier)):  # fmt: skip
        rect = table.visualRect(window.filtered.index(row, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    chosen = window.chosen_sessions()
    assert len(chosen) == 3
    people = {s.uid: {(p.contact_id, p.role)
                      for p in programme.people_on(Target.SESSION, s.id or 0)}
              for s in chosen}  # fmt: skip
    assert window.delete_session.isEnabled() and not window.edit_session.isEnabled()

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert asked == ["Delete the 3 selected sessions with the people on them? You can undo it."]
    assert window.programme is not None and len(window.programme.sessions) == count

    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    depth = stack_of(window).count()
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert window.programme is not None and len(window.programme.sessions) == count - 3
    left = {s.uid for s in window.programme.sessions}
    assert not left & set(people)
    assert stack_of(window).count() == depth + 1
    assert stack_of(window).undoText() == "Delete 3 sessions"
    undo(qtbot, window)
    back = {s.uid: s for s in window.programme.sessions if s.uid in people}
    assert set(back) == set(people)  # the same UIDs, for the calendars subscribed
    for uid, record in back.items():
        links = window.programme.people_on(Target.SESSION, record.id or 0)
        assert {(p.contact_id, p.role) for p in links} == people[uid]


def test_the_list_s_context_menu_and_the_toolbar_act_on_its_selection(
    qtbot: QtBot, window: ProgrammeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.tabs.setCurrentWidget(window.listing)
    assert not window.delete_session.isEnabled()  # nothing chosen in the list
    table = window.table
    rect = table.visualRect(window.filtered.index(2, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    (record,) = window.chosen_sessions()
    assert window.edit_session.isEnabled() and window.delete_session.isEnabled()
    table.customContextMenuRequested.emit(rect.center())
    menus = [m for m in window.findChildren(QMenu) if m.isVisible()]
    assert menus, "the list's context menu"
    texts = [a.text() for a in menus[-1].actions()]
    assert texts == ["&New session…", "&Edit…", "&Delete…"]
    menus[-1].close()
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.delete_session.trigger()  # the toolbar's Delete
    assert asked == [f"Delete the session “{record.title}” with the people on it? You can undo it."]
    assert window.programme is not None
    assert record.uid not in {s.uid for s in window.programme.sessions}
    window.tabs.setCurrentIndex(0)  # on the timetable its selection counts, not the list's
    assert window.chosen_sessions() == (
        [] if window.view.selected() is None else [window.view.selected()]
    )
