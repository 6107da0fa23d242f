"""Import from the window, driven as a person would: File → Import… (the file chooser
replaced) or files dropped on the window, the preview, the options, Import, Cancel, undo.

Real files from the shared test data (tests/shared_tools.py finds them from any clone);
broken ones are real files damaged here. Each test ends settled: pytest-qt deletes the
window before the fixtures end."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QCheckBox
from pytestqt.qtbot import QtBot

from eventplanner.domain.enums import EventKind
from eventplanner.services.importing.import_writing import CHUNK
from eventplanner.services.workspace import Workspace
from eventplanner.ui.importing.import_dialog import ImportDialog
from eventplanner.ui.importing.import_model import Column, ImportPlanModel
from eventplanner.ui.window.main_window import MainWindow
from tests.icsfiles import calendar, event
from tests.shared_tools import TESTDATA_ICS
from tests.ui.helpers import agenda_titles, settle

FABLAB = TESTDATA_ICS / "rie__fablab_cottbus.ics"  # 28 events, 2016-2018, a WordPress site
DISCOURSE = TESTDATA_ICS / "rie__discourse_no_dtend.ics"  # 4 events without DTEND


def count(window: MainWindow) -> int:
    workspace = window._planner.workspace
    assert workspace is not None
    return workspace.queries.count()


def previewed(qtbot: QtBot, dialog: ImportDialog) -> ImportDialog:
    qtbot.waitUntil(lambda: not dialog.planning and dialog.preview is not None, timeout=30_000)
    return dialog


def open_import(qtbot: QtBot, window: MainWindow, *paths: Path) -> ImportDialog:
    """File → Import…, the chooser answering ``paths``; the preview shown."""
    window.imports.choose_files = lambda _folder: list(paths)
    window.window_actions.import_events.trigger()
    dialog = window.imports.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return previewed(qtbot, dialog)


def press_import(qtbot: QtBot, window: MainWindow, dialog: ImportDialog) -> None:
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)


def shown_in_the_model(dialog: ImportDialog, column: Column) -> list[str]:
    model = dialog.model
    return [str(model.data(model.index(r, column))) for r in range(model.rowCount())]


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click a check box on its box (its widget may be wider than box and text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def go_to(qtbot: QtBot, window: MainWindow, day: date) -> None:
    window.calendar.clicked.emit(QDate(day.year, day.month, day.day))
    settle(qtbot, window)


def test_importing_a_file_puts_its_events_in_the_agenda_and_the_month(
    qtbot: QtBot, window: MainWindow
) -> None:
    before = count(window)
    dialog = open_import(qtbot, window, FABLAB)
    assert dialog.windowTitle() == "Import rie__fablab_cottbus.ics"
    assert dialog.model.rowCount() == 28
    assert set(shown_in_the_model(dialog, Column.ACTION)) == {"New"}
    assert "<td" in dialog.counts.text() and ">28<" in dialog.counts.text()
    assert "Project: none" in dialog.mapping.text()
    assert "New venues (10)" in dialog.mapping.text()
    row = shown_in_the_model(dialog, Column.TITLE).index("Websites selbst programmieren")
    assert shown_in_the_model(dialog, Column.WHEN)[row] == "Sun 22 Oct 2017 13:00–18:00 · w. 42"
    assert dialog.table.isColumnHidden(Column.FILE)  # one file: no File column
    assert dialog.status.text().startswith("Import writes 28 events")

    press_import(qtbot, window, dialog)

    assert count(window) == before + 28
    message = window.statusBar().currentMessage()
    assert "Imported from rie__fablab_cottbus.ics: 28 new and 0 updated events" in message
    assert window.undo_stack.text(window.undo_stack.index() - 1) == (
        "Import 28 events from rie__fablab_cottbus.ics"
    )
    go_to(qtbot, window, date(2017, 10, 22))
    assert "Websites selbst programmieren" in agenda_titles(window)
    window.window_actions.show_month.trigger()
    settle(qtbot, window)
    assert "Websites selbst programmieren" in {i.occurrence.title for i in window.month._items}
    settle(qtbot, window)


def test_importing_again_finds_everything_unchanged_and_a_newer_file_updated(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    press_import(qtbot, window, open_import(qtbot, window, FABLAB))
    imported = count(window)

    again = open_import(qtbot, window, FABLAB)
    assert set(shown_in_the_model(again, Column.ACTION)) == {"Unchanged"}
    assert not again.import_button.isEnabled()
    assert "Nothing to import" in again.status.text()
    notes = shown_in_the_model(again, Column.NOTES)
    assert all("has this version of the event already" in n for n in notes)
    again.reject()

    newer = tmp_path / "fablab-newer.ics"
    text = FABLAB.read_text(encoding="utf-8")
    first_event = text.index("SEQUENCE:0")  # the first event's, "Lab geschlossen: …"
    newer.write_text(
        text[:first_event]
        + text[first_event:]
        .replace("SEQUENCE:0", "SEQUENCE:1", 1)
        .replace("SUMMARY:Lab geschlossen", "SUMMARY:Lab zu", 1),
        encoding="utf-8",
    )  # fmt: skip
    updated = open_import(qtbot, window, newer)
    actions = shown_in_the_model(updated, Column.ACTION)
    assert actions.count("Update") == 1 and actions.count("Unchanged") == 27
    press_import(qtbot, window, updated)
    assert count(window) == imported
    assert "0 new and 1 updated events" in window.statusBar().currentMessage()
    workspace = window._planner.workspace
    assert workspace is not None
    assert workspace.events.get_by_uid("ai1ec-1862@blog.fablab-cottbus.de").title.startswith(
        "Lab zu"
    )
    settle(qtbot, window)


def _damaged(tmp_path: Path) -> Path:
    """The fablab file with an impossible date in one event (its 13th month)."""
    damaged = tmp_path / "fablab-damaged.ics"
    text = FABLAB.read_text(encoding="utf-8")
    assert "DTSTART;TZID=Europe/Berlin:20161203T140000" in text
    damaged.write_text(
        text.replace("DTSTART;TZID=Europe/Berlin:20161203T140000",
                     "DTSTART;TZID=Europe/Berlin:20161303T140000"),
        encoding="utf-8",
    )  # fmt: skip
    return damaged


def test_a_refused_file_is_explained_in_the_dialog_and_nothing_is_written(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = count(window)
    dialog = open_import(qtbot, window, _damaged(tmp_path))
    message = dialog.problem.text()
    assert message.startswith("fablab-damaged.ics cannot be imported, and nothing was written:")
    assert "\nLine 48, event 'Weihnachts Repair-Café'" in message
    assert "Tick “Skip events that cannot be imported”" in message
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()
    assert not dialog.counts.isVisible()

    tick(qtbot, dialog.skip_bad)  # re-plans, skipping it
    previewed(qtbot, dialog)
    assert dialog.problem.text() == ""
    actions = shown_in_the_model(dialog, Column.ACTION)
    assert actions.count("Skip") == 1 and actions.count("New") == 27
    skipped = actions.index("Skip")
    assert "2016-13-03" in shown_in_the_model(dialog, Column.NOTES)[skipped]
    press_import(qtbot, window, dialog)
    assert count(window) == before + 27
    settle(qtbot, window)


def test_a_file_cut_short_is_refused_naming_where(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    text = FABLAB.read_text(encoding="utf-8")
    cut = tmp_path / "cut.ics"
    cut.write_text(text[: text.index("END:VCALENDAR")], encoding="utf-8")
    before = count(window)
    dialog = open_import(qtbot, window, cut)
    assert "cut.ics cannot be imported" in dialog.problem.text()
    assert "cut short" in dialog.problem.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert count(window) == before
    settle(qtbot, window)


def _many(path: Path, events: int) -> Path:
    path.write_bytes(
        calendar(*(event(f"DTSTART:2027{1 + i % 12:02}{1 + i % 28:02}T090000Z",
                         f"DTEND:2027{1 + i % 12:02}{1 + i % 28:02}T100000Z",
                         uid=f"many-{i}@test", summary=f"Träff {i}")
                   for i in range(events)))
    )  # fmt: skip
    return path


def _hold_the_writer(window: MainWindow) -> threading.Event:
    """Keep the planner's writing thread busy until the returned event is set, so what is
    queued behind it (the import) starts when the test says."""
    gate = threading.Event()
    window._planner.run_outside(gate.wait, lambda _r: None, lambda _e: None)
    return gate


def test_cancelling_mid_way_leaves_the_database_as_it_was(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = count(window)
    dialog = open_import(qtbot, window, _many(tmp_path / "many.ics", CHUNK * 3))
    gate = _hold_the_writer(window)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.progress_bar.isVisible() and dialog.cancel_button.isEnabled()
    assert not dialog.close_button.isEnabled() and not dialog.skip_bad.isEnabled()
    progress = dialog.progress
    assert progress is not None
    seen: list[int] = []

    def after_the_first_chunk(done: int, _total: int) -> None:  # on the writing thread
        seen.append(done)
        if done >= CHUNK:
            progress.cancel()  # as a click on Cancel at that moment would

    progress.progressed.connect(after_the_first_chunk, Qt.ConnectionType.DirectConnection)
    gate.set()
    qtbot.waitUntil(lambda: dialog.progress is None, timeout=60_000)
    settle(qtbot, window)
    assert seen[:2] == [0, CHUNK]  # one chunk of events was written, then rolled back
    assert dialog.problem.text() == "Import cancelled: nothing was saved."
    assert dialog.isVisible() and not dialog.progress_bar.isVisible()
    assert count(window) == before
    assert window.undo_stack.count() == 0
    previewed(qtbot, dialog)
    assert dialog.import_button.isEnabled()  # the preview is still there, to import again
    assert dialog.problem.text() == "Import cancelled: nothing was saved."
    dialog.reject()
    settle(qtbot, window)


def test_the_cancel_button_stops_an_import_before_anything_is_kept(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = count(window)
    dialog = open_import(qtbot, window, FABLAB)
    gate = _hold_the_writer(window)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Cancelling…"
    gate.set()
    qtbot.waitUntil(lambda: dialog.progress is None, timeout=60_000)
    settle(qtbot, window)
    assert "nothing was saved" in dialog.problem.text()
    assert count(window) == before
    workspace = window._planner.workspace
    assert workspace is not None
    assert "Karlstraßenfest" not in {v.name for v in workspace.venues.list()}  # rolled back
    dialog.reject()
    settle(qtbot, window)


def test_a_preview_made_stale_elsewhere_is_refused_and_made_again(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, planner_file: Path
) -> None:
    dialog = open_import(qtbot, window, DISCOURSE)
    assert shown_in_the_model(dialog, Column.ACTION).count("New") == 4
    other = Workspace.open(planner_file)  # another computer imports the same file first
    other.imports.apply(other.imports.plan(DISCOURSE.read_bytes()))
    other.close()
    imported = count(window)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress is None, timeout=60_000)
    previewed(qtbot, dialog)
    assert dialog.isVisible()
    assert "The planner changed since this preview, so nothing was imported" in (
        dialog.problem.text()
    )
    assert "was saved since the preview" in dialog.problem.text()
    assert set(shown_in_the_model(dialog, Column.ACTION)) == {"Unchanged"}
    assert count(window) == imported and window.undo_stack.count() == 0
    dialog.reject()
    settle(qtbot, window)


def _floating(path: Path) -> Path:
    path.write_bytes(
        calendar(
            event("DTSTART:20270312T090000", "DTEND:20270312T100000", "CATEGORIES:Mässa",
                  uid="fair@test", summary="Automationsmässan"),
            event("DTSTART:20270313T090000", "DTEND:20270313T100000", uid="talk@test",
                  summary="Frukostmöte"),
        )
    )  # fmt: skip
    return path


def test_changing_an_option_plans_again(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = open_import(qtbot, window, _floating(tmp_path / "floating.ics"))
    talk = shown_in_the_model(dialog, Column.TITLE).index("Frukostmöte")
    assert shown_in_the_model(dialog, Column.WHEN)[talk] == "Sat 13 Mar 2027 09:00–10:00 · w. 10"
    assert shown_in_the_model(dialog, Column.KIND) == ["Trade fair", "Other"]

    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.SEMINAR))
    previewed(qtbot, dialog)
    assert shown_in_the_model(dialog, Column.KIND) == ["Trade fair", "Seminar"]
    assert "else Seminar" in dialog.mapping.text()

    dialog.zone.set_time_zone("America/Los_Angeles")  # times without a zone are read there
    previewed(qtbot, dialog)
    assert dialog.preview is not None
    assert dialog.preview.options.floating_zone == "America/Los_Angeles"
    assert shown_in_the_model(dialog, Column.WHEN)[talk] == "Sat 13 Mar 2027 18:00–19:00 · w. 10"

    qtbot.waitUntil(lambda: dialog.project.count() > 1, timeout=20_000)
    project = dialog.project.itemText(1)
    dialog.project.setCurrentIndex(1)
    previewed(qtbot, dialog)
    assert f"Project: {project}" in dialog.mapping.text()
    press_import(qtbot, window, dialog)
    workspace = window._planner.workspace
    assert workspace is not None
    talk_event = workspace.events.get_by_uid("talk@test")
    assert talk_event.project_name == project and talk_event.kind is EventKind.SEMINAR
    assert talk_event.timing.time_zone == "America/Los_Angeles"
    settle(qtbot, window)


def test_undo_takes_an_import_back_and_redo_imports_again(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    workspace = window._planner.workspace
    assert workspace is not None
    before = count(window)
    press_import(qtbot, window, open_import(qtbot, window, DISCOURSE))
    assert count(window) == before + 4
    stack = window.undo_stack
    assert stack.undoText() == "Import 4 events from rie__discourse_no_dtend.ics"

    stack.undo()
    settle(qtbot, window)
    assert count(window) == before
    stack.redo()
    settle(qtbot, window)
    assert count(window) == before + 4

    # An update undone is the event as it was before.
    uid = next(str(e["UID"]) for e in Calendar.from_ical(DISCOURSE.read_bytes()).walk("VEVENT"))
    original = workspace.events.get_by_uid(uid)
    newer = tmp_path / "discourse-newer.ics"
    newer.write_bytes(
        DISCOURSE.read_bytes().replace(
            f"UID:{uid}".encode(), f"UID:{uid}\r\nSEQUENCE:4".encode(), 1
        )
    )
    dialog = open_import(qtbot, window, newer)
    assert shown_in_the_model(dialog, Column.ACTION).count("Update") == 1
    press_import(qtbot, window, dialog)
    assert workspace.events.get_by_uid(uid).sequence == 4
    stack.undo()
    settle(qtbot, window)
    restored = workspace.events.get_by_uid(uid)
    assert replace(restored, version=0) == replace(original, version=0)
    stack.redo()
    settle(qtbot, window)
    assert workspace.events.get_by_uid(uid).sequence == 4
    settle(qtbot, window)


def _drop(window: MainWindow, *paths: Path) -> QDropEvent:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = window.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, drop)
    return drop


def test_dropping_files_on_the_window_previews_the_ics_ones_and_names_the_rest(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    notes = tmp_path / "anteckningar.txt"
    notes.write_text("inte en kalender", encoding="utf-8")
    drop = _drop(window, FABLAB, notes, DISCOURSE)
    assert drop.isAccepted()
    assert "Not imported: anteckningar.txt" in window.statusBar().currentMessage()
    dialog = window.imports.dialog
    assert dialog is not None
    previewed(qtbot, dialog)
    assert dialog.windowTitle() == "Import 2 files"
    assert dialog.preview is not None and dialog.preview.names == (
        "rie__fablab_cottbus.ics", "rie__discourse_no_dtend.ics")  # fmt: skip
    assert not dialog.table.isColumnHidden(Column.FILE)
    assert "In total" in dialog.counts.text()
    assert "Calendars: WiLaP - machBar Events (rie__discourse_no_dtend.ics)" in (
        dialog.mapping.text()
    )
    press_import(qtbot, window, dialog)
    assert window.undo_stack.undoText() == "Import 32 events from 2 files"
    settle(qtbot, window)


def test_dropping_only_other_files_is_refused_with_a_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    picture = tmp_path / "affisch.png"
    picture.write_bytes(b"\x89PNG")
    _drop(window, picture)
    assert window.imports.dialog is None
    assert window.statusBar().currentMessage() == (
        "Not imported: affisch.png. Only iCalendar files (.ics) can be imported."
    )
    settle(qtbot, window)


def test_the_table_sorts_its_own_rows(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_import(qtbot, window, FABLAB)
    dialog.table.sortByColumn(Column.WHEN, Qt.SortOrder.AscendingOrder)
    when = [r.event.start for r in dialog.model.rows()]
    keys = [(d.date() if hasattr(d, "date") else d) for d in when]
    assert keys == sorted(keys)
    dialog.table.sortByColumn(Column.TITLE, Qt.SortOrder.DescendingOrder)
    titles = [t.casefold() for t in shown_in_the_model(dialog, Column.TITLE)]
    assert titles == sorted(titles, reverse=True)
    dialog.reject()
    settle(qtbot, window)


def test_the_import_model_passes_the_model_tester(
    qtbot: QtBot, window: MainWindow, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_import(qtbot, window, FABLAB)
    assert dialog.preview is not None
    model = ImportPlanModel()
    model.set_plans(dialog.preview.names, dialog.preview.plans)
    qtmodeltester.check(model, force_py=True)  # and it watches what follows
    model.sort(Column.TITLE, Qt.SortOrder.DescendingOrder)
    model.sort(Column.WHEN, Qt.SortOrder.AscendingOrder)
    model.set_plans(dialog.preview.names, dialog.preview.plans)  # kept sorted
    assert [r.event.start for r in model.rows()] == sorted(
        (r.event.start for r in model.rows()),
        key=lambda d: (d.date(), d.time()) if hasattr(d, "time") else (d, datetime.min.time()),
    )
    model.clear()
    dialog.reject()
    settle(qtbot, window)


def test_the_dialog_speaks_swedish(
    swedish, qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert window.window_actions.import_events.text() == "&Importera…"
    dialog = open_import(qtbot, window, _damaged(tmp_path))
    assert dialog.windowTitle() == "Importera fablab-damaged.ics"
    assert dialog.skip_bad.text() == "Hoppa över evenemang som inte kan importeras"
    assert "kan inte importeras" in dialog.problem.text()
    tick(qtbot, dialog.skip_bad)
    previewed(qtbot, dialog)
    assert set(shown_in_the_model(dialog, Column.ACTION)) == {"Ny", "Hoppas över"}
    assert dialog.import_button.text() == "Importera"
    assert "v 42" in " ".join(shown_in_the_model(dialog, Column.WHEN))
    dialog.reject()
    settle(qtbot, window)


def test_import_is_in_the_file_menu_with_its_shortcut(window: MainWindow) -> None:
    action = window.window_actions.import_events
    assert action.shortcut().toString() == "Ctrl+Shift+I"
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()


def test_the_feeds_an_import_touches_are_published_again(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    workspace = window._planner.workspace
    assert workspace is not None
    staff = workspace.feeds.get_by_name("Personalkalender")  # everything planned
    workspace.feeds.update(replace(staff, folder=str(tmp_path)), expected_version=staff.version)
    workspace.feeds.publish_due()
    target = tmp_path / "Personalkalender.ics"
    dialog = open_import(qtbot, window, DISCOURSE)
    with qtbot.waitSignal(window._planner.feeds_published, timeout=60_000) as published:
        press_import(qtbot, window, dialog)
    assert [p.feed.name for p in published.args[0].published] == ["Personalkalender"]
    uids = {str(e["UID"]) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")}
    imported = {str(e["UID"]) for e in Calendar.from_ical(DISCOURSE.read_bytes()).walk("VEVENT")}
    assert imported <= uids
    settle(qtbot, window)
    message = window.statusBar().currentMessage()
    assert message.startswith("Imported from rie__discourse_no_dtend.ics: 4 new")
    assert message.endswith("Published again: Personalkalender.")


def test_a_single_event_is_counted_in_words(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    one = tmp_path / "ett.ics"
    one.write_bytes(calendar(event(uid="ett@test", summary="Frukostseminarium")))
    dialog = open_import(qtbot, window, one)
    assert dialog.status.text() == "Import writes one event; Undo (Ctrl+Z) takes it back."
    dialog.reject()
    settle(qtbot, window)


def test_a_2_gb_file_is_refused_by_its_size_without_being_read(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.ics"
    with huge.open("wb") as stream:
        stream.truncate(2 * 1024**3)  # sparse: two gigabytes of nothing, on no disk

    def read_whole(path: Path) -> bytes:
        raise AssertionError(f"{path} was read whole")

    monkeypatch.setattr(Path, "read_bytes", read_whole)
    before = count(window)
    dialog = open_import(qtbot, window, huge)
    assert dialog.problem.text() == (
        "huge.ics cannot be read: the file is 2048 MB or more; at most 256 MB can be imported"
    )
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert count(window) == before
    settle(qtbot, window)
