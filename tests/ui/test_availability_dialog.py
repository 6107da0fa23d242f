"""A person's availability in the app, opened from Manage → Contacts: the periods listed in a
zone one picks (qtmodeltester), added, edited and removed as a person would; an end before
the start said under the times with Save disabled; whole days; a save refused because
someone else changed the period keeps the editor open with the message."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from eventplanner.domain.programme import Availability
from eventplanner.services.workspace import Workspace
from eventplanner.ui.planner import Planner
from eventplanner.ui.programme.availability_dialog import AvailabilityDialog
from eventplanner.ui.programme.availability_editor import AvailabilityEditor
from eventplanner.ui.programme.availability_model import AvailabilityModel, whole_days
from tests.ui.helpers import (
    answer_questions,
    contact_chosen_in_manager,
    opened_planner,
    shown_window,
)

STO = ZoneInfo("Europe/Stockholm")
NAME = "Åsa Lindqvist"


@pytest.fixture
def planner_on_sample(qtbot: QtBot, planner_file: Path) -> Iterator[Planner]:
    with opened_planner(qtbot, planner_file) as made:
        yield made


def workspace_of(planner: Planner) -> Workspace:
    assert planner.workspace is not None
    return planner.workspace


def contact_id(planner: Planner) -> int:
    found = workspace_of(planner).contacts.find(NAME)
    assert found is not None and found.id is not None
    return found.id


@pytest.fixture
def dialog(qtbot: QtBot, planner_on_sample: Planner) -> Iterator[AvailabilityDialog]:
    made = AvailabilityDialog(planner_on_sample, contact_id(planner_on_sample), NAME,
                              time_zone="Europe/Stockholm")  # fmt: skip
    made.show()
    qtbot.waitUntil(lambda: made.periods is not None, timeout=30_000)
    yield made
    qtbot.waitUntil(lambda: not planner_on_sample.busy, timeout=20_000)
    made.reject()
    made.deleteLater()


def rows(dialog: AvailabilityDialog) -> list[tuple[str, ...]]:
    model = dialog.model
    return [tuple(str(model.index(r, c).data() or "") for c in range(4))
            for r in range(model.rowCount())]  # fmt: skip


def open_editor(qtbot: QtBot, dialog: AvailabilityDialog, day: date) -> AvailabilityEditor:
    with qtbot.waitSignal(dialog.editor_opened):
        dialog.add_on(day)
    editor = dialog.editor
    assert editor is not None
    return editor


def save_button(editor: AvailabilityEditor):  # type: ignore[no-untyped-def]
    return editor.buttons.button(QDialogButtonBox.StandardButton.Save)


def save(qtbot: QtBot, dialog: AvailabilityDialog, editor: AvailabilityEditor) -> None:
    assert save_button(editor).isEnabled(), editor.problems.text()
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        qtbot.mouseClick(save_button(editor), Qt.MouseButton.LeftButton)


def test_the_model_shows_times_in_its_zone_and_whole_days_as_days(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = AvailabilityModel("Europe/Stockholm")
    qtmodeltester.check(model)
    morning = Availability(1, 7, datetime(2027, 1, 26, 8, tzinfo=STO),
                           datetime(2027, 1, 26, 12, tzinfo=STO), False, "tandläkare")  # fmt: skip
    fair = Availability(2, 7, datetime(2027, 4, 12, tzinfo=STO), datetime(2027, 4, 17, tzinfo=STO))
    model.set_periods([fair, morning], "Europe/Stockholm")
    qtmodeltester.check(model)
    assert [model.period(r) for r in range(2)] == [morning, fair]  # in time order
    assert model.index(0, 0).data() == "Tue 26 Jan 2027 08:00"
    assert model.index(0, 2).data() == "Cannot be there"
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, 0).data() == "Mon 12 Apr 2027"
    assert model.index(1, 1).data() == "Fri 16 Apr 2027 (whole days)"
    assert whole_days(fair, "Europe/Stockholm") == (date(2027, 4, 12), date(2027, 4, 16))
    model.set_periods([morning], "America/Los_Angeles")
    assert model.index(0, 0).data() == "Mon 25 Jan 2027 23:00"
    assert whole_days(fair, "America/Los_Angeles") is None


def test_adding_a_period_refuses_an_end_before_the_start_then_saves(
    qtbot: QtBot, dialog: AvailabilityDialog, planner_on_sample: Planner
) -> None:
    assert dialog.periods == () and dialog.empty.isVisible()
    assert "Nothing said yet" in dialog.empty.text()
    editor = open_editor(qtbot, dialog, date(2027, 1, 26))
    assert editor.cannot.isChecked()  # what a coordinator is told most
    assert save_button(editor).isEnabled()
    editor.timing.end_time.setTime(QTime(7, 30))  # before 08:00
    assert not save_button(editor).isEnabled()
    assert editor.problems.isVisible()
    assert (
        editor.problems.text() == "It ends (2027-01-26 07:30) before it starts (2027-01-26 08:00)."
    )
    editor.timing.end_time.setTime(QTime(8, 0))
    assert editor.problems.text() == "It ends when it starts: give it a length."
    editor.timing.end_time.setTime(QTime(12, 0))
    assert not editor.problems.isVisible()
    editor.note.setText("tandläkare")  # (keyClicks types ASCII only)
    save(qtbot, dialog, editor)
    assert rows(dialog) == [
        ("Tue 26 Jan 2027 08:00", "Tue 26 Jan 2027 12:00", "Cannot be there", "tandläkare")
    ]
    (stored,) = workspace_of(planner_on_sample).programme.availability(
        contact_id(planner_on_sample)
    )
    assert (stored.start, stored.end, stored.available) == (
        datetime(2027, 1, 26, 8, tzinfo=STO),
        datetime(2027, 1, 26, 12, tzinfo=STO),
        False,
    )
    # The conflicts check now sees her booked (09:00 Invigning) while she cannot be there.
    programme = workspace_of(planner_on_sample).programme
    event_id = programme.events_titled("Innovationsdagarna Västerås 2027")[0][0]
    opening = next(s for s in programme.programme(event_id).sessions
                   if s.start.date() == date(2027, 1, 26))  # fmt: skip
    found = workspace_of(planner_on_sample).programme_conflicts.conflicts_for_session(opening)
    assert any(c.kind.value == "outside-availability" and "tandläkare" in c.note for c in found)


def test_whole_days_another_zone_editing_and_removing(
    qtbot: QtBot, dialog: AvailabilityDialog, planner_on_sample: Planner,
    monkeypatch: pytest.MonkeyPatch, qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:  # fmt: skip
    editor = open_editor(qtbot, dialog, date(2027, 4, 12))
    editor.can.setChecked(True)
    assert "outside these hours" in editor.meaning.text()
    editor.timing.all_day.setChecked(True)
    editor.timing.end_date.setDate(QDate(2027, 4, 11))
    assert editor.problems.text() == "The last day is before the first day."
    editor.timing.end_date.setDate(QDate(2027, 4, 16))
    save(qtbot, dialog, editor)
    assert rows(dialog) == [("Mon 12 Apr 2027", "Fri 16 Apr 2027 (whole days)", "Can be there", "")]
    qtmodeltester.check(dialog.model)

    dialog.zone.set_time_zone("America/Los_Angeles")
    assert rows(dialog)[0][:2] == ("Sun 11 Apr 2027 15:00", "Fri 16 Apr 2027 15:00")
    dialog.zone.set_time_zone("Europe/Stockholm")

    dialog.table.selectRow(0)
    assert dialog.edit_action.isEnabled() and dialog.remove_action.isEnabled()
    with qtbot.waitSignal(dialog.editor_opened):
        dialog.edit_action.trigger()
    editor = dialog.editor
    assert editor is not None and editor.timing.all_day.isChecked()
    editor.note.setText("Hannover Messe")
    editor.cannot.setChecked(True)
    save(qtbot, dialog, editor)
    assert rows(dialog)[0][2:] == ("Cannot be there", "Hannover Messe")

    dialog.table.selectRow(0)
    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus, timeout=5_000)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "Hannover" not in asked[0]
    assert "Remove “Cannot be there: Mon 12 Apr 2027 – Fri 16 Apr 2027" in asked[0]
    assert "This cannot be undone." in asked[0]
    assert len(rows(dialog)) == 1
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert rows(dialog) == [] and dialog.empty.isVisible()
    assert (
        workspace_of(planner_on_sample).programme.availability(contact_id(planner_on_sample)) == ()
    )


def test_a_period_changed_elsewhere_meanwhile_is_refused_in_the_editor(
    qtbot: QtBot, dialog: AvailabilityDialog, planner_on_sample: Planner
) -> None:
    programme = workspace_of(planner_on_sample).programme
    saved = programme.add_availability(
        Availability(None, contact_id(planner_on_sample), datetime(2027, 2, 1, 9, tzinfo=STO),
                     datetime(2027, 2, 1, 17, tzinfo=STO))
    ).record  # fmt: skip
    dialog.reload()
    qtbot.waitUntil(lambda: len(rows(dialog)) == 1, timeout=20_000)
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.editor_opened):
        dialog.edit_chosen()
    editor = dialog.editor
    assert editor is not None
    programme.edit_availability(replace(saved, note="ändrat av en kollega"))
    editor.note.setText("mitt")
    qtbot.mouseClick(save_button(editor), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "changed by someone else" in editor.problems.text(), timeout=20_000)
    assert editor.isVisible() and editor.note.text() == "mitt"
    qtbot.waitUntil(lambda: rows(dialog)[0][3] == "ändrat av en kollega", timeout=20_000)


def test_availability_from_manage_contacts(
    qtbot: QtBot, tmp_path: Path, planner_file: Path
) -> None:
    with shown_window(qtbot, tmp_path, planner_file) as main:
        dialog = contact_chosen_in_manager(qtbot, main, NAME)
        assert dialog.availability in dialog.list.actions()  # the list's context menu
        assert dialog.availability_button.isVisible() and dialog.availability_button.isEnabled()
        with qtbot.waitSignal(dialog.availability_requested) as asked:
            qtbot.mouseClick(dialog.availability_button, Qt.MouseButton.LeftButton)
        assert asked.args is not None and asked.args[1] == NAME
        (shown,) = dialog.findChildren(AvailabilityDialog)
        assert shown.windowTitle() == f"Availability: {NAME}"
        qtbot.waitUntil(lambda: shown.periods is not None, timeout=20_000)
        dialog.availability.trigger()  # asked again: the same window, raised
        assert dialog.findChildren(AvailabilityDialog) == [shown]
        qtbot.waitUntil(lambda: not main._planner.busy, timeout=20_000)
        shown.close()
        dialog.close()


def test_only_contacts_have_availability(qtbot: QtBot, planner: Planner) -> None:
    from eventplanner.ui.catalog.catalog_dialog import CatalogDialog

    venues = CatalogDialog(planner, "venue")
    qtbot.addWidget(venues)
    venues.show()
    assert not venues.availability_button.isVisible()
    assert venues.availability not in venues.list.actions()
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)


def test_in_swedish(qtbot: QtBot, swedish: object, planner_on_sample: Planner) -> None:
    programme = workspace_of(planner_on_sample).programme
    programme.add_availability(
        Availability(None, contact_id(planner_on_sample), datetime(2027, 1, 26, 8, tzinfo=STO),
                     datetime(2027, 1, 26, 12, tzinfo=STO), False, "tandläkare")
    )  # fmt: skip
    made = AvailabilityDialog(planner_on_sample, contact_id(planner_on_sample), NAME,
                              time_zone="Europe/Stockholm")  # fmt: skip
    made.show()
    qtbot.waitUntil(lambda: made.periods is not None, timeout=30_000)
    assert made.windowTitle() == f"Tillgänglighet: {NAME}"
    assert made.heading.text() == f"När {NAME} kan eller inte kan vara med"
    assert rows(made)[0][2:] == ("Kan inte vara med", "tandläkare")
    assert made.model.headerData(0, Qt.Orientation.Horizontal) == "Från"
    made.table.selectRow(0)
    with qtbot.waitSignal(made.editor_opened):
        made.edit_chosen()
    editor = made.editor
    assert editor is not None
    editor.timing.end_time.setTime(QTime(7, 0))
    assert editor.problems.text() == (
        "Den slutar (2027-01-26 07:00) innan den börjar (2027-01-26 08:00)."
    )
    qtbot.waitUntil(lambda: not planner_on_sample.busy, timeout=20_000)
    made.reject()
    made.deleteLater()
