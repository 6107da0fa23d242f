"""The Participants window, driven as a coordinator would: the counts shown, a person
picked and registered, a new person typed in, a cancellation that names who moved up with
"Write e-mail" opening a mailto: link, attendance marked; each step undone."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from pytestqt.qtbot import QtBot

from eventplanner.domain.model import Contact
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.ui.participants.participants_window import ParticipantsWindow
from eventplanner.ui.planner import Planner
from tests.services.registration_world import Seminar, make_seminar

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support")


@pytest.fixture
def seminar(planner: Planner) -> Seminar:
    workspace = planner.workspace
    assert workspace is not None
    made = make_seminar(workspace, capacity=2)
    for person in made.people[:3]:
        workspace.registrations.register(made.event_id, person)
    return made


@pytest.fixture
def window(qtbot: QtBot, planner: Planner, seminar: Seminar) -> Iterator[ParticipantsWindow]:
    stack = QUndoStack()
    made = ParticipantsWindow(planner, stack, seminar.event_id)
    made.stack = stack  # type: ignore[attr-defined]  # kept alive beside the window
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.show()
    yield made
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)


def shown(window: ParticipantsWindow) -> list[tuple[str, str, str]]:
    model = window.model
    return [
        (model.index(r, 1).data(), model.index(r, 4).data(), model.index(r, 0).data())
        for r in range(model.rowCount())
    ]


def act(qtbot: QtBot, window: ParticipantsWindow, step: object) -> None:
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        step()  # type: ignore[operator]


def test_the_list_and_its_counts(qtmodeltester, window: ParticipantsWindow) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.model)
    assert window.counts.text() == "AI i verkstaden · 2 / 2, 1 waiting"
    assert shown(window) == [
        ("Anna Berg", "registered", ""), ("Bo Ek", "registered", ""),
        ("Cecilia Lind", "waiting", "1"),
    ]  # fmt: skip
    assert window.model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert not window.cancel_button.isEnabled()


def test_cancel_tells_whom_to_write_to_and_undo_puts_it_back(
    qtbot: QtBot, window: ParticipantsWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(QUrl(url).toString())
    )
    window.table.selectRow(1)
    assert window.cancel_button.isEnabled()
    act(qtbot, window, lambda: qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton))
    assert window.counts.text().endswith("2 / 2")
    assert window.notice.text() == "Moved up from the waitlist: Cecilia Lind. Tell them."
    assert window.write_button.isVisible()
    qtbot.mouseClick(window.write_button, Qt.MouseButton.LeftButton)
    assert opened == ["mailto:cecilia@ri.se"]
    act(qtbot, window, window.stack.undo)  # type: ignore[attr-defined]
    assert shown(window)[1:] == [("Bo Ek", "registered", ""), ("Cecilia Lind", "waiting", "1")]


def test_register_a_picked_and_a_new_person_and_mark_attended(
    qtbot: QtBot, window: ParticipantsWindow, planner: Planner, seminar: Seminar
) -> None:
    window.person.setEditText("David Holm <david@vasteras.se>")
    act(qtbot, window, lambda: qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton))
    assert ("David Holm", "waiting", "2") in shown(window)
    window.person.setEditText("eva@ROBOTDALEN.se")  # typed, not picked: Eva all the same
    act(qtbot, window, lambda: qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton))
    assert ("Eva Strand", "waiting", "3") in shown(window)
    act(qtbot, window, window.stack.undo)  # type: ignore[attr-defined]
    window.person.setEditText("Frida Nord")
    qtbot.keyClicks(window.email, "frida@skf.se")
    act(qtbot, window, lambda: qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton))
    assert ("Frida Nord", "waiting", "3") in shown(window)
    assert window.person.currentText() == "" and window.email.text() == ""
    window.table.selectRow(0)
    act(qtbot, window, lambda: qtbot.mouseClick(window.attend_button, Qt.MouseButton.LeftButton))
    assert shown(window)[0] == ("Anna Berg", "attended", "")
    stack = window.stack  # type: ignore[attr-defined]
    for _ in range(3):
        act(qtbot, window, stack.undo)
    workspace = planner.workspace
    assert workspace is not None
    assert [p.contact.name for p in workspace.people.participants("Frida")] == []
    listed = workspace.registrations.registrations(seminar.event_id)
    assert [line.registration.status for line in listed.lines] == [
        RegistrationStatus.REGISTERED,
        RegistrationStatus.REGISTERED,
        RegistrationStatus.WAITLISTED,
    ]
    act(qtbot, window, stack.redo)  # David again
    assert ("David Holm", "waiting", "2") in shown(window)


def test_a_new_name_with_a_known_e_mail_registers_that_person(
    qtbot: QtBot, window: ParticipantsWindow, planner: Planner
) -> None:
    workspace = planner.workspace
    assert workspace is not None
    everyone = len(workspace.people.participants())
    window.person.setEditText("Dave H")
    qtbot.keyClicks(window.email, " DAVID@Vasteras.se")
    act(qtbot, window, lambda: qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton))
    assert ("David Holm", "waiting", "2") in shown(window)
    assert len(workspace.people.participants()) == everyone
    act(qtbot, window, window.stack.undo)  # type: ignore[attr-defined]
    assert [p.contact.name for p in workspace.people.participants("David")] == ["David Holm"]


def test_an_undo_that_frees_a_seat_tells_who_moved_up(
    qtbot: QtBot, window: ParticipantsWindow, planner: Planner, seminar: Seminar
) -> None:
    workspace = planner.workspace
    assert workspace is not None
    anna, bo, _cecilia, _david, eva = seminar.people
    workspace.registrations.cancel(seminar.event_id, anna)  # Cecilia moves up
    workspace.registrations.cancel(seminar.event_id, bo)
    act(qtbot, window, window.reload)
    window.person.setEditText("David Holm <david@vasteras.se>")
    act(qtbot, window, lambda: qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton))
    assert ("David Holm", "registered", "") in shown(window)
    workspace.registrations.register(seminar.event_id, eva)  # a colleague: Eva waits
    act(qtbot, window, window.stack.undo)  # type: ignore[attr-defined]
    assert ("Eva Strand", "registered", "") in shown(window)
    assert window.notice.text() == "Moved up from the waitlist: Eva Strand. Tell them."
    assert window.mailto == "mailto:eva@robotdalen.se"


def test_a_name_two_people_have_asks_for_a_pick(
    qtbot: QtBot, window: ParticipantsWindow, planner: Planner
) -> None:
    workspace = planner.workspace
    assert workspace is not None
    workspace.contacts.create(Contact(None, "David Holm", "david.holm@abb.se"))
    act(qtbot, window, window.reload)
    window.person.setEditText("david holm")
    with qtbot.waitSignal(planner.failed) as told:
        qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    assert told.args == ["Several people are called “david holm”: pick one from the list."]
    assert window.stack.count() == 0  # type: ignore[attr-defined]


def test_fill_free_seats_after_the_capacity_was_raised(
    qtbot: QtBot, window: ParticipantsWindow, planner: Planner, seminar: Seminar
) -> None:
    assert not window.fill_button.isEnabled()  # full: no seat to fill
    workspace = planner.workspace
    assert workspace is not None
    event = workspace.events.get(seminar.event_id)
    workspace.events.update(
        event.id, replace(event.draft(), capacity=5), expected_version=event.version
    )
    act(qtbot, window, window.reload)
    assert window.fill_button.isEnabled()
    act(qtbot, window, lambda: qtbot.mouseClick(window.fill_button, Qt.MouseButton.LeftButton))
    assert window.counts.text().endswith("3 / 5")
    assert window.notice.text() == "Moved up from the waitlist: Cecilia Lind. Tell them."
    assert not window.fill_button.isEnabled()
    act(qtbot, window, window.stack.undo)  # type: ignore[attr-defined]
    assert window.counts.text().endswith("2 / 5, 1 waiting")
