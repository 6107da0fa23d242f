"""The import dialog's venues and times: the venues an import would make are listed, a
LOCATION can be sent to an existing venue there, and seconds are shown."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from eventplanner.domain.model import Venue
from eventplanner.ui.importing.import_model import Column
from eventplanner.ui.window.main_window import MainWindow
from tests.icsfiles import calendar, event
from tests.ui.test_import_dialog import open_import, press_import, previewed, shown_in_the_model


def _meetings(path: Path) -> Path:
    locations = ["Sal 1\\, plan 4", "sal 1\\, plan 4;", "Room 2", "ROOM 2 ", "bo@example.com"]
    path.write_bytes(
        calendar(
            *(
                event(
                    f"LOCATION:{location}",
                    f"DTSTART:20270312T{8 + n:02d}1545Z",
                    f"DTEND:20270312T{8 + n:02d}4530Z",
                    uid=f"m{n}@test",
                    summary=f"Möte {n}",
                )
                for n, location in enumerate(locations)
            )
        )
    )
    return path


def test_a_new_venue_can_be_sent_to_an_existing_one(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    workspace = window._planner.workspace
    assert workspace is not None
    workspace.venues.create(Venue(None, "Kongresshallen"))
    venues_before = len(workspace.venues.list())
    dialog = open_import(qtbot, window, _meetings(tmp_path / "meetings.ics"))
    choices = dialog.venue_choices
    qtbot.waitUntil(lambda: choices.combos["Room 2"].findText("Kongresshallen") > 0)
    assert choices.isVisible()
    assert list(choices.combos) == ["Room 2", "Sal 1, plan 4"]
    assert "New venues (2)" in dialog.mapping.text()
    assert shown_in_the_model(dialog, Column.WHEN)[0].startswith(
        "Fri 12 Mar 2027 09:15:45–09:45:30"
    )

    combo = choices.combos["Sal 1, plan 4"]
    combo.setCurrentIndex(combo.findText("Kongresshallen"))
    qtbot.waitUntil(lambda: dialog.planning)
    previewed(qtbot, dialog)
    assert "New venues (1): Room 2" in dialog.mapping.text()
    assert list(choices.combos) == ["Room 2", "Sal 1, plan 4"]  # still there, to change back
    assert choices.combos["Sal 1, plan 4"].currentText() == "Kongresshallen"

    press_import(qtbot, window, dialog)
    venues = {e.uid: e.venue_name for e in map(workspace.events.get_by_uid,
                                                 [f"m{n}@test" for n in range(5)])}  # fmt: skip
    assert venues == {"m0@test": "Kongresshallen", "m1@test": "Kongresshallen",
                      "m2@test": "Room 2", "m3@test": "Room 2", "m4@test": None}  # fmt: skip
    assert len(workspace.venues.list()) == venues_before + 1  # Room 2 only
