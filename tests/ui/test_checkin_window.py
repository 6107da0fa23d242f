"""The Check-in window, driven as the person at the door would: letters typed narrow the
list, Enter marks the first arrived, a scanner types a badge's code and Enter, Ctrl+N and
Enter register a walk-in, Ctrl+Z undoes; afterwards a paper list in one step and the rest
no-shows in one step; badges written as a PDF."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from eventplanner.domain.checkin import badge_code
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.ui.checkin.checkin_dialogs import WalkInDialog
from eventplanner.ui.checkin.checkin_window import CheckinWindow
from eventplanner.ui.planner import Planner
from tests.services.registration_world import Seminar, make_seminar

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support")
A, R, N = RegistrationStatus.ATTENDED, RegistrationStatus.REGISTERED, RegistrationStatus.NO_SHOW


@pytest.fixture
def seminar(planner: Planner) -> Seminar:
    workspace = planner.workspace
    assert workspace is not None
    made = make_seminar(workspace, capacity=10)
    for person in made.people[:4]:
        workspace.registrations.register(made.event_id, person)
    return made


@pytest.fixture
def door(qtbot: QtBot, planner: Planner, seminar: Seminar) -> Iterator[CheckinWindow]:
    stack = QUndoStack()
    made = CheckinWindow(planner, stack, seminar.event_id)
    made.stack = stack  # type: ignore[attr-defined]  # kept alive beside the window
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.show()
    made.activateWindow()
    made.search.setFocus()
    yield made
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)


def names(door: CheckinWindow) -> list[str]:
    return [door.model.index(r, 0).data() for r in range(door.model.rowCount())]


def states(planner: Planner, seminar: Seminar) -> dict[str, RegistrationStatus]:
    assert planner.workspace is not None
    listed = planner.workspace.registrations.registrations(seminar.event_id)
    return {line.name: line.registration.status for line in listed.lines}


def act(qtbot: QtBot, door: CheckinWindow, step: object) -> None:
    with qtbot.waitSignal(door.loaded, timeout=20_000):
        step()  # type: ignore[operator]


def test_typing_narrows_the_list(qtmodeltester, qtbot: QtBot, door: CheckinWindow) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(door.model)
    assert door.windowTitle() == "Check-in: AI i verkstaden"
    assert door.title.text() == "AI i verkstaden"
    assert door.counts.text() == "Arrived 0 of 4 expected"
    assert names(door) == ["Anna Berg", "Bo Ek", "Cecilia Lind", "David Holm"]
    qtbot.keyClicks(door.search, "vaster")
    assert names(door) == ["David Holm"]  # by e-mail, accents aside
    assert door.search.hasFocus()
    qtmodeltester.check(door.model)
    door.search.clear()
    qtbot.keyClicks(door.search, "abb")
    assert len(names(door)) == 4  # by organisation
    qtbot.keyClick(door.search, Qt.Key.Key_Down)  # the arrows move through the list
    assert [r.name for r in door.chosen()] == ["Bo Ek"]
    assert door.search.hasFocus()


def test_enter_marks_arrived_and_ctrl_z_undoes(
    qtbot: QtBot, planner: Planner, seminar: Seminar, door: CheckinWindow
) -> None:
    qtbot.keyClicks(door.search, "cec")
    act(qtbot, door, lambda: qtbot.keyClick(door.search, Qt.Key.Key_Return))
    assert states(planner, seminar)["Cecilia Lind"] is A
    assert door.counts.text() == "Arrived 1 of 4 expected"
    assert door.search.text() == "" and door.search.hasFocus()
    assert door.notice.text() == "Arrived: Cecilia Lind"
    qtbot.keyClicks(door.search, "cec")
    qtbot.keyClick(door.search, Qt.Key.Key_Return)
    assert door.notice.text() == "Cecilia Lind has arrived already."
    act(qtbot, door, lambda: qtbot.keyClick(door.search, Qt.Key.Key_Z,
                                            Qt.KeyboardModifier.ControlModifier))  # fmt: skip
    assert states(planner, seminar)["Cecilia Lind"] is R


def test_a_scanned_badge_finds_its_one_person(
    qtbot: QtBot, planner: Planner, seminar: Seminar, door: CheckinWindow
) -> None:
    bo = seminar.people[1]
    qtbot.keyClicks(door.search, badge_code(bo))
    assert names(door) == ["Bo Ek"]
    act(qtbot, door, lambda: qtbot.keyClick(door.search, Qt.Key.Key_Return))
    assert states(planner, seminar)["Bo Ek"] is A
    qtbot.keyClicks(door.search, "nobody at all")
    qtbot.keyClick(door.search, Qt.Key.Key_Return)
    assert "Ctrl+N registers a walk-in" in door.notice.text()


def test_a_walk_in_in_two_keystrokes(
    qtbot: QtBot, planner: Planner, seminar: Seminar, door: CheckinWindow
) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WalkInDialog)
        assert dialog.name.text() == "Frida Nord"  # what was typed in the search
        dialog.email.setText("frida@skf.se")
        dialog.organisation.setEditText("abb robotics")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    qtbot.keyClicks(door.search, "Frida Nord")
    QTimer.singleShot(0, fill)
    act(qtbot, door, lambda: qtbot.keyClick(door.search, Qt.Key.Key_N,
                                            Qt.KeyboardModifier.ControlModifier))  # fmt: skip
    assert states(planner, seminar)["Frida Nord"] is A
    assert "Frida Nord" in names(door)
    row = next(r for r in door.model.rows if r.name == "Frida Nord")
    assert row.organisation == "ABB Robotics"
    act(qtbot, door, door.undo_action.trigger)
    assert "Frida Nord" not in states(planner, seminar)


def test_a_walk_in_from_an_unknown_organisation_is_refused(
    qtbot: QtBot, door: CheckinWindow
) -> None:
    dialog = WalkInDialog(door.organisations, door)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.problem.text() == "Type the person's name."
    dialog.name.setText("Frida Nord")
    dialog.organisation.setEditText("Nowhere AB")
    dialog.accept()
    assert "There is no organisation called “Nowhere AB”" in dialog.problem.text()
    assert dialog.person is None


def test_a_paper_list_then_the_rest_no_shows(
    qtbot: QtBot, planner: Planner, seminar: Seminar, door: CheckinWindow
) -> None:
    from eventplanner.ui.checkin.checkin_dialogs import PaperListDialog

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PaperListDialog)
        dialog.text.setPlainText("anna.berg@abb.se\nzz\n")
        dialog.accept()
        assert "Not one registration of this event: zz" in dialog.problem.text()
        dialog.text.setPlainText("anna.berg@abb.se\n\nbo ek\n")
        dialog.accept()

    QTimer.singleShot(0, fill)
    act(qtbot, door, door.from_paper_list)
    assert states(planner, seminar) == {"Anna Berg": A, "Bo Ek": A, "Cecilia Lind": R,
                                        "David Holm": R}  # fmt: skip
    act(qtbot, door, door.mark_no_shows)
    assert states(planner, seminar) == {"Anna Berg": A, "Bo Ek": A, "Cecilia Lind": N,
                                        "David Holm": N}  # fmt: skip
    assert door.stack.undoText() == "Mark the rest as no-shows"  # type: ignore[attr-defined]
    act(qtbot, door, door.undo_action.trigger)
    act(qtbot, door, door.undo_action.trigger)  # the paper list, in one step
    assert set(states(planner, seminar).values()) == {R}


def test_an_arrival_is_shown_before_the_list_is_read_again(
    qtmodeltester, qtbot: QtBot, door: CheckinWindow
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(door.search, "bo")
    with qtbot.waitSignal(door.told, timeout=20_000):
        qtbot.keyClick(door.search, Qt.Key.Key_Return)
    bo = next(r for r in door.model.rows if r.name == "Bo Ek")
    assert bo.arrived and door.counts.text() == "Arrived 1 of 4 expected"
    qtmodeltester.check(door.model)


def test_many_chosen_rows_marked_in_one_step(
    qtbot: QtBot, planner: Planner, seminar: Seminar, door: CheckinWindow
) -> None:
    door.table.selectAll()
    act(qtbot, door, door.attend_chosen)
    assert set(states(planner, seminar).values()) == {A}
    assert door.stack.count() == 1  # type: ignore[attr-defined]


def test_badges_written_off_the_gui_thread(
    qtbot: QtBot, door: CheckinWindow, tmp_path: Path
) -> None:
    target = tmp_path / "badges.pdf"
    with qtbot.waitSignal(door.told, timeout=20_000):
        door.save_pdf(target, badges=True)
    assert door.notice.text() == f"Wrote 4 badges to {target}."
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert all(name in text for name in ("Anna Berg", "Bo Ek", "Cecilia Lind", "David Holm"))
    with qtbot.waitSignal(door.told, timeout=20_000):
        door.save_pdf(tmp_path / "missing" / "sheet.pdf", badges=False)
    assert door.notice.text().startswith("Cannot write")


def test_the_main_window_opens_the_door(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    workspace = window._planner.workspace
    event_id = workspace.programme.events_titled("Automationsmässan Göteborg 2027")[0][0]
    view = next(m for m in window.menuBar().actions() if m.text() == "&View").menu()
    assert any(a.text() == "C&heck-in…" for a in view.actions())
    made = window.commands.show_checkin(event_id)
    qtbot.waitUntil(lambda: made.event_title != "", timeout=20_000)
    assert made.windowTitle() == "Check-in: Automationsmässan Göteborg 2027"
    assert window.commands.show_checkin(event_id) is made
    made.close()


def test_a_closed_door_no_longer_listens_to_the_planner(
    qtbot: QtBot, planner: Planner, seminar: Seminar
) -> None:
    """Deleting the window disconnects it from the planner's changes."""
    changed = SIGNAL("changed(PyObject)")
    before = planner.receivers(changed)
    stack = QUndoStack()
    made = CheckinWindow(planner, stack, seminar.event_id)
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.show()
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    assert planner.receivers(changed) > before
    made.close()
    made.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert planner.receivers(changed) == before
