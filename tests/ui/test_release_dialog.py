"""Releasing the innovation days' programme from the app, as a coordinator would: the
draft's changes grouped (a moved session with its slot before and after on the event's
clock), who is affected, a conflict that holds the release until accepted with a reason,
the release written (the service reads it back) and the e-mail to each person saved as
.eml files for Outlook; the programme window's status line; the releases' history.
Every model passes qtmodeltester."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QUndoStack
from pytestqt.qtbot import QtBot

from eventplanner.domain.programme import ProgrammeEvent, Session
from eventplanner.domain.programme_releases import MOVED_WITH_EVENT, ChangeKind, Release
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.services.programme.release_emails import PersonEmail
from eventplanner.services.workspace import Workspace
from eventplanner.ui.planner import Planner
from eventplanner.ui.programme.programme_window import ProgrammeWindow
from eventplanner.ui.programme.release_changes_model import ChangeColumn
from eventplanner.ui.programme.release_dialog import ReleaseDialog
from eventplanner.ui.programme.release_emails_view import copied_text, fits_mailto, mailto_url
from eventplanner.ui.programme.release_texts import release_title, status_text
from eventplanner.ui.programme.releases_dialog import ReleaseColumn, ReleasesDialog
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.helpers import opened_planner
from tests.ui.test_print_dialog import select_the_days

DAYS = "Innovationsdagarna Västerås 2027"
OPC = "Interoperabilitet: OPC UA och förvaltningsskal"  # "Scen 1, studion", 27 Jan 10:00–10:30


def _event_id(workspace: Workspace) -> int:
    return workspace.programme.events_titled(DAYS)[0][0]


def _session(workspace: Workspace, title: str) -> Session:
    return next(s for s in workspace.programme.programme(_event_id(workspace)).sessions
                if s.title == title)  # fmt: skip


def _move_opc_a_quarter_later(path: Path) -> None:
    """In the draft of the sample, whose programmes are released (Release 1 “Program”)."""
    workspace = Workspace.open(path)
    try:
        opc = _session(workspace, OPC)
        later = timedelta(minutes=15)
        workspace.programme.edit_session(replace(opc, start=opc.start + later, end=opc.end + later))
    finally:
        workspace.close()


def _double_book_opc_s_stage(path: Path) -> None:
    """A second session on OPC's stage at its time: a stage double-booked holds a release."""
    workspace = Workspace.open(path)
    try:
        opc = _session(workspace, OPC)
        workspace.programme.add_session(replace(opc, id=None, uid="", title="Extra demo",
                                                block_id=None, version=0))  # fmt: skip
    finally:
        workspace.close()


@pytest.fixture
def moved_file(planner_file: Path) -> Path:
    _move_opc_a_quarter_later(planner_file)
    return planner_file


@pytest.fixture
def planner(qtbot: QtBot, moved_file: Path) -> Iterator[Planner]:
    with opened_planner(qtbot, moved_file) as made:
        yield made


def _event(planner: Planner) -> ProgrammeEvent:
    workspace = planner.workspace
    assert workspace is not None
    return workspace.programme.programme(_event_id(workspace)).event


def _dialog(qtbot: QtBot, planner: Planner) -> ReleaseDialog:
    made = ReleaseDialog(planner, _event(planner))
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.show()
    return made


def test_the_dialog_lists_a_moved_session_with_its_slot_before_and_after(
    qtbot: QtBot,
    qtmodeltester,
    planner: Planner,  # type: ignore[no-untyped-def]
) -> None:
    dialog = _dialog(qtbot, planner)
    model = dialog.changes
    qtmodeltester.check(model)
    qtmodeltester.check(dialog.people)
    qtmodeltester.check(dialog.holding)
    assert model.group_rows() == [ChangeKind.MOVED]
    assert model.titles(ChangeKind.MOVED) == [OPC]
    group = model.index(0, ChangeColumn.SESSION)
    assert model.data(group) == "Moved (1)"
    row = [model.data(model.index(0, column, group)) for column in ChangeColumn]
    studio = "Scen 1, studion"
    assert row == [OPC, f"Wed 27 Jan 10:00–10:30, {studio}", f"Wed 27 Jan 10:15–10:45, {studio}",
                   "time"]  # fmt: skip
    assert dialog.name.text() == "Release 2"
    assert "Release 1" in dialog.since.text()
    assert dialog.people.rowCount() >= 1  # the session's speakers
    assert dialog.people_heading.text().startswith("Who is affected:")
    assert dialog.holding_box.isHidden()
    assert dialog.release_button.isEnabled()


def test_a_hold_conflict_holds_the_release_until_accepted_with_a_reason(
    qtbot: QtBot,
    qtmodeltester,
    planner_file: Path,  # type: ignore[no-untyped-def]
) -> None:
    _double_book_opc_s_stage(planner_file)
    with opened_planner(qtbot, planner_file) as planner:
        dialog = _dialog(qtbot, planner)
        qtmodeltester.check(dialog.holding)
        assert not dialog.holding_box.isHidden()
        assert dialog.holding.rowCount() == 1
        assert not dialog.release_button.isEnabled()
        assert "holds this release" in dialog.holding_heading.text()
        assert dialog.changes.titles(ChangeKind.NEW) == ["Extra demo"]
        dialog.accept_chosen("   ")
        assert dialog.problem.text() == "Say why the conflict is acceptable."
        assert not dialog.release_button.isEnabled()
        with qtbot.waitSignal(dialog.loaded, timeout=20_000):
            dialog.accept_chosen("The demo shares the stage, agreed with the speakers")
        assert dialog.holding.rowCount() == 0 and dialog.holding_box.isHidden()
        assert dialog.release_button.isEnabled()
        dialog.close()


def test_releasing_writes_the_release_and_saves_an_eml_per_person(
    qtbot: QtBot,
    qtmodeltester,
    planner: Planner,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialog = _dialog(qtbot, planner)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Final")
    qtbot.keyClicks(dialog.note, "OPC a quarter later")
    affected = dialog.people.rows()
    with qtbot.waitSignal(dialog.emails.loaded, timeout=20_000):
        qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    workspace = planner.workspace
    assert workspace is not None
    latest = workspace.releases.latest(_event_id(workspace))
    assert latest is not None
    assert (latest.number, latest.name, latest.note) == (2, "Final", "OPC a quarter later")
    assert dialog.release is not None and dialog.release.id == latest.id
    assert dialog.pages.currentIndex() == 1 and dialog.release_button.isHidden()
    assert dialog.done_heading.text().startswith("Release 2 “Final” is released:")
    view = dialog.emails
    qtmodeltester.check(view.model)
    assert view.emails is not None
    assert [e.to[0] for e in view.emails] == [p.name for p in affected]
    chosen = view.chosen()
    assert chosen is not None and view.subject.text() == chosen.subject
    assert OPC in view.body.toPlainText()
    with qtbot.waitSignal(view.saved, timeout=20_000) as saved:
        view.ask_save(str(tmp_path))
    paths = [Path(p) for p in saved.args[0]]
    assert len(paths) == len(view.emails)
    assert all(p.parent == tmp_path and p.suffix == ".eml" for p in paths)
    message = email.message_from_bytes(paths[0].read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    assert str(message["Subject"]).strip() in {e.subject for e in view.emails}
    assert "Saved" in view.notice.text()
    dialog.close()


def test_a_release_refused_by_the_service_shows_its_message(qtbot: QtBot, planner: Planner) -> None:
    dialog = _dialog(qtbot, planner)
    workspace = planner.workspace
    assert workspace is not None
    workspace.releases.release(_event_id(workspace), "Behind the dialog's back")
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        dialog.release_now()  # the plan shown is stale: the service says nothing changed
    assert "nothing changed" in dialog.problem.text().lower()
    assert dialog.release is None
    assert not dialog.release_button.isEnabled()  # the plan read again: nothing to release
    dialog.close()


def test_the_programme_window_says_what_the_draft_holds_and_releases_it(
    qtbot: QtBot, planner: Planner
) -> None:
    workspace = planner.workspace
    assert workspace is not None
    stack = QUndoStack()
    window = ProgrammeWindow(planner, stack, _event_id(workspace))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.releases.read, timeout=20_000):
        window.show()
    status = window.releases.label.text()
    assert status.startswith("Draft — 1 change since Release 1 “Program” (") and status.endswith(
        ")"
    )
    assert window.releases.history_action.isEnabled()
    window.releases.release_action.trigger()
    dialog = window.releases.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    with qtbot.waitSignal(window.releases.read, timeout=20_000):
        dialog.release_now()
    assert window.releases.label.text().startswith("Released — no changes since Release 2 (")
    history = window.releases.open_history()
    assert history is not None
    qtbot.waitUntil(lambda: history.releases is not None, timeout=20_000)
    qtbot.waitUntil(lambda: history.emails.emails is not None, timeout=20_000)
    assert [history.model.data(history.model.index(r, 1)) for r in range(2)] == [
        "Release 2", "Program"]  # fmt: skip
    window.close()
    stack.deleteLater()


class MailProgram(QObject):
    """Stands in for the mail program: hears the mailto: links the app opens."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open_mail(self, url: QUrl) -> None:
        self.opened.append(url)


def test_the_history_shows_any_release_s_emails_to_copy_or_open(
    qtbot: QtBot,
    qtmodeltester,
    planner: Planner,  # type: ignore[no-untyped-def]
) -> None:
    history = ReleasesDialog(planner, _event(planner))
    qtbot.addWidget(history)
    with qtbot.waitSignal(history.emails.loaded, timeout=20_000):
        history.show()
    qtmodeltester.check(history.model)
    view = history.emails
    qtmodeltester.check(view.model)
    assert history.model.rowCount() == 1
    assert view.emails  # the first release: everyone on the programme
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.language.setCurrentIndex(view.language.findData("sv"))
    chosen = view.chosen()
    assert chosen is not None and chosen.subject.startswith("Ändrat i programmet:")
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == copied_text(chosen)
    row = next(r for r, e in enumerate(view.emails) if fits_mailto(e))
    view.choose(row)
    assert view.open_button.isEnabled()
    mail = MailProgram()
    QDesktopServices.setUrlHandler("mailto", mail, "open_mail")
    try:
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    assert [u.toString(QUrl.ComponentFormattingOption.FullyEncoded) for u in mail.opened] == [
        mailto_url(view.emails[row]).toString(QUrl.ComponentFormattingOption.FullyEncoded)
    ]
    history.close()


def test_mailto_only_when_the_text_fits_one() -> None:
    short = PersonEmail(("Åsa Lindqvist", "asa@example.se"), "Programme changed",
                        "Moved: Wed 27 Jan 10:00–10:30 → 11:00–11:30, Scen 1")  # fmt: skip
    url = mailto_url(short).toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert url.startswith("mailto:asa@example.se?subject=Programme%20changed&body=Moved%3A%20")
    odd = replace(short, subject="R&D + AI", body="a=b&c\nd")
    encoded = mailto_url(odd).toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert encoded.endswith("?subject=R%26D%20%2B%20AI&body=a%3Db%26c%0D%0Ad")
    assert fits_mailto(short)
    assert not fits_mailto(replace(short, body="x" * 2500))
    assert not fits_mailto(replace(short, to=("Åsa Lindqvist", "")))
    assert copied_text(short).startswith("Åsa Lindqvist <asa@example.se>\nProgramme changed\n\n")


def test_release_programme_from_the_main_window_and_its_conflicts_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    select_the_days(qtbot, window)
    window.window_actions.release_programme.trigger()
    programme = next(w for w in window.findChildren(ProgrammeWindow) if w.isVisible())
    qtbot.waitUntil(lambda: programme.releases.dialog is not None, timeout=20_000)
    dialog = programme.releases.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    assert DAYS in dialog.windowTitle()
    assert dialog.since.text().startswith("Nothing changed since Release 1 “Program” (")
    assert not dialog.release_button.isEnabled()  # the sample's programme is released as it is
    qtbot.mouseClick(dialog.conflicts_button, Qt.MouseButton.LeftButton)
    conflicts = window.commands.conflicts.conflicts
    assert conflicts is not None and conflicts.isVisible()
    assert conflicts.period() == (date(2027, 1, 26), date(2027, 1, 28))
    conflicts.close()
    programme.close()


def test_the_status_line_names_the_release_and_what_holds_the_next() -> None:
    released = datetime(datetime.now(UTC).year, 12, 5, 13, 2, tzinfo=UTC)  # said without a year
    final = Release(7, 1, 2, "Final", "", released, time_zone="Europe/Stockholm")
    plain = replace(final, name="Release 2")
    zone = "Europe/Stockholm"
    assert status_text(None, 0, 0, zone).startswith("Not released yet")
    assert (
        status_text(final, 4, 0, zone) == "Draft — 4 changes since Release 2 “Final” (5 Dec 14:02)"
    )
    assert status_text(plain, 1, 2, zone) == (
        "Draft — 1 change since Release 2 (5 Dec 14:02) · 2 conflicts hold the release"
    )
    assert status_text(final, 0, 1, zone) == (
        "Released — no changes since Release 2 “Final” (5 Dec 14:02) · 1 conflict holds the release"
    )


def test_a_release_made_by_moving_its_event_is_named_in_the_windows_language(
    swedish: object,
) -> None:
    moved = Release(7, 1, 3, MOVED_WITH_EVENT, "", datetime(2027, 1, 5, 9, tzinfo=UTC))
    assert release_title(moved) == "Version 3 ”Flyttat med evenemanget”"
    assert release_title(replace(moved, name="Release 3")) == "Version 3"
    assert release_title(replace(moved, name="Version 3")) == "Version 3"
    assert release_title(replace(moved, name="Final")) == "Version 3 ”Final”"


def test_a_release_made_by_moving_its_event_in_english() -> None:
    moved = Release(7, 1, 3, MOVED_WITH_EVENT, "", datetime(2027, 1, 5, 9, tzinfo=UTC))
    assert release_title(moved) == "Release 3 “Moved with the event”"
    assert release_title(replace(moved, name="Version 3")) == "Release 3"


def test_the_history_names_the_release_made_by_moving_the_event_in_swedish(
    qtbot: QtBot,
    qtmodeltester,  # type: ignore[no-untyped-def]
    planner: Planner,
    swedish: object,
) -> None:
    workspace = planner.workspace
    assert workspace is not None
    event = workspace.events.get(_event_id(workspace))
    week, timing = timedelta(days=7), event.timing
    if isinstance(timing, AllDaySpan):
        moved: AllDaySpan | TimedSpan = AllDaySpan(
            timing.first_day + week, timing.last_day + week, timing.time_zone
        )
    else:
        moved = TimedSpan(timing.start + week, timing.end + week, timing.time_zone)
    workspace.events.update(
        event.id, replace(event.draft(), timing=moved), expected_version=event.version
    )
    history = ReleasesDialog(planner, _event(planner))
    qtbot.addWidget(history)
    with qtbot.waitSignal(history.emails.loaded, timeout=20_000):
        history.show()
    qtmodeltester.check(history.model)
    model = history.model
    names = [model.data(model.index(r, ReleaseColumn.NAME)) for r in range(model.rowCount())]
    assert names == ["Flyttat med evenemanget", "Program"]  # newest first
    view = history.emails
    chosen = view.chosen()
    assert chosen is not None and "Version 2 ”Flyttat med evenemanget”" in chosen.body
