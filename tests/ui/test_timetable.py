"""The programme window on the sample innovation days: the timetable's drag, resize,
keyboard and create, each undoable; the session editor's validation; copying a break,
shifting later sessions, moving a block; the overlaps listed; the programme as a list
(qtmodeltester) with its filters; a person's itinerary."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from eventplanner.domain.conflicts import ConflictKind
from eventplanner.domain.programme import Session, SessionKind, Target
from eventplanner.ui.planner import Planner
from eventplanner.ui.programme.programme_model import KIND, START, TITLE
from eventplanner.ui.programme.programme_window import ProgrammeWindow
from eventplanner.ui.programme.timetable_layout import at_minute
from eventplanner.ui.programme.timetable_view import PER_MINUTE
from tests.ui.helpers import (
    answer_questions,
    close_unasked,
    contact_chosen_in_manager,
    edit_event_titled,
    shown_programme,
    shown_window,
)

DAY_TWO = date(2027, 1, 27)
OPC = "Interoperabilitet: OPC UA och förvaltningsskal"  # Scen 1, 10:00–10:30


@pytest.fixture
def window(qtbot: QtBot, planner_on_sample: Planner) -> Iterator[ProgrammeWindow]:
    with shown_programme(qtbot, planner_on_sample, viewer_zone="America/New_York") as made:
        made.show_day(DAY_TWO)
        yield made


def session(window: ProgrammeWindow, title: str) -> Session:
    assert window.programme is not None
    return next(s for s in window.programme.sessions if s.title == title)


def hm(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def centre(window: ProgrammeWindow, record: Session) -> QPoint:
    assert record.id is not None
    return window.view.rect_of(record.id).center().toPoint()


def drag(qtbot: QtBot, window: ProgrammeWindow, start: QPoint, end: QPoint) -> None:
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        qtbot.mousePress(window.view, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(window.view, start + QPoint(0, 2))
        qtbot.mouseMove(window.view, end)
        qtbot.mouseRelease(window.view, Qt.MouseButton.LeftButton, pos=end)


def undo(qtbot: QtBot, window: ProgrammeWindow) -> None:
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.stack.undo()  # type: ignore[attr-defined]


def test_dragging_a_block_moves_it_on_five_minutes_and_undo_puts_it_back(
    qtbot: QtBot, window: ProgrammeWindow
) -> None:
    before = session(window, OPC)
    start = centre(window, before)
    drag(qtbot, window, start, start + QPoint(0, round(32 * PER_MINUTE)))  # 32 min: snaps to 30
    moved = session(window, OPC)
    assert (hm(moved.start), hm(moved.end)) == ("10:30", "11:00")
    assert moved.uid == before.uid and moved.stage_id == before.stage_id
    assert window.stack.undoText() == f"Move “{OPC}”"  # type: ignore[attr-defined]
    undo(qtbot, window)
    back = session(window, OPC)
    assert (hm(back.start), hm(back.end)) == ("10:00", "10:30")


def test_resizing_by_the_lower_edge_and_dragging_to_another_stage(
    qtbot: QtBot, window: ProgrammeWindow
) -> None:
    before = session(window, OPC)
    assert before.id is not None
    rect = window.view.rect_of(before.id)
    edge = QPoint(round(rect.center().x()), round(rect.bottom()) - 2)
    drag(qtbot, window, edge, edge + QPoint(0, round(15 * PER_MINUTE)))
    longer = session(window, OPC)
    assert (hm(longer.start), hm(longer.end)) == ("10:00", "10:45")
    assert window.stack.undoText() == f"Change the length of “{OPC}”"  # type: ignore[attr-defined]
    start = centre(window, longer)
    drag(qtbot, window, start, start + QPoint(round(window.view.column_width()), 0))
    moved = session(window, OPC)
    layout = window.view.day_layout
    assert layout is not None
    assert moved.stage_id == layout.stage_of(1)
    assert (hm(moved.start), hm(moved.end)) == ("10:00", "10:45")
    undo(qtbot, window)
    undo(qtbot, window)
    back = session(window, OPC)
    assert (hm(back.end), back.stage_id) == ("10:30", before.stage_id)


def test_the_keyboard_moves_by_five_minutes_to_the_next_stage_and_resizes(
    qtbot: QtBot, window: ProgrammeWindow
) -> None:
    record = session(window, OPC)
    window.view.select(record.id)
    window.view.setFocus()
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert hm(session(window, OPC).start) == "10:05"
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert (hm(session(window, OPC).start), hm(session(window, OPC).end)) == ("10:05", "10:40")
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        qtbot.keyClick(window.view, Qt.Key.Key_Right)
    layout = window.view.day_layout
    assert layout is not None
    assert session(window, OPC).stage_id == layout.stage_of(1)
    for _ in range(3):
        undo(qtbot, window)
    back = session(window, OPC)
    assert (hm(back.start), hm(back.end), back.stage_id) == ("10:00", "10:30", record.stage_id)


def test_dragging_in_empty_space_makes_a_session_there(
    qtbot: QtBot, window: ProgrammeWindow
) -> None:
    view = window.view
    layout = view.day_layout
    assert layout is not None and window.programme is not None
    count = len(window.programme.sessions)
    x = round(view.block_rect(2, 0, 5).center().x())  # the digital stage, empty before ten
    top, bottom = QPoint(x, round(view.y_of(8 * 60 + 30))), QPoint(x, round(view.y_of(9 * 60 + 15)))
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=top)
    qtbot.mouseMove(view, top + QPoint(0, 4))
    qtbot.mouseMove(view, bottom)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=bottom)
    dialog = window.dialog
    assert dialog is not None
    assert (dialog.start.time(), dialog.end.time()) == (QTime(8, 30), QTime(9, 15))
    assert dialog.stage.currentData() == layout.stage_of(2)
    assert dialog.elsewhere.text() == "02:30–03:15"  # New York, the viewer's zone
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # no title yet
    assert "title" in dialog.problems.text().lower()
    qtbot.keyClicks(dialog.title, "Frukostsamtal")
    assert save.isEnabled() and dialog.problems.text() == ""
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        save.click()
    made = session(window, "Frukostsamtal")
    assert (hm(made.start), hm(made.end), made.stage_id) == ("08:30", "09:15", layout.stage_of(2))
    assert len(window.programme.sessions) == count + 1
    undo(qtbot, window)
    assert len(window.programme.sessions) == count


def test_the_editor_says_what_the_rules_refuse_and_saves_people(
    qtbot: QtBot, window: ProgrammeWindow
) -> None:
    record = session(window, OPC)
    window.edit(record)
    dialog = window.dialog
    assert dialog is not None
    assert dialog.people.rowCount() == 2  # Per Nyström, Åsa Lindqvist
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.end.setTime(QTime(9, 30))
    assert not save.isEnabled()
    assert "before it starts" in dialog.problems.text()
    dialog.end.setTime(QTime(10, 40))
    assert save.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData(SessionKind.PANEL))
    dialog.people.removeRow(0)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        save.click()
    saved = session(window, OPC)
    assert (hm(saved.end), saved.kind) == ("10:40", SessionKind.PANEL)
    assert saved.id is not None
    assert window.programme is not None
    assert len(window.programme.people_on(Target.SESSION, saved.id)) == 1
    undo(qtbot, window)
    back = session(window, OPC)
    assert (hm(back.end), back.kind) == ("10:30", SessionKind.TALK)
    assert len(window.programme.people_on(Target.SESSION, back.id or 0)) == 2


def test_the_editor_shows_a_person_booked_at_once_elsewhere(
    qtbot: QtBot, window: ProgrammeWindow
) -> None:
    programme = window.programme
    assert programme is not None
    record = session(window, OPC)  # Scen 1, 10:00–10:30, Åsa Lindqvist on it
    other_stage = next(s.id for s in programme.stages if s.id != record.stage_id)
    window._create(other_stage, record.start, record.end)
    dialog = window.dialog
    assert dialog is not None
    dialog.title.setText("Ett annat samtal")
    assert not dialog.conflict_banner.isVisible() or not dialog.conflicts
    asa = next(i for i, name in window._contacts if name == "Åsa Lindqvist")
    with qtbot.waitSignal(dialog.conflicts_shown, timeout=20_000):
        dialog._add_person(None)
        who = dialog.people.cellWidget(0, 0)
        who.setCurrentIndex(who.findData(asa))  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: any(c.kind is ConflictKind.PERSON_DOUBLE_BOOKED for c in dialog.conflicts),
        timeout=20_000,
    )
    assert dialog.conflict_banner.isVisible()
    text = dialog.conflict_banner.text()
    assert "Åsa Lindqvist is booked twice at once" in text and OPC in text
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()  # advice only
    with qtbot.waitSignal(dialog.conflicts_shown, timeout=20_000):
        dialog.start.setTime(QTime(14, 0))
        dialog.end.setTime(QTime(14, 30))
    qtbot.waitUntil(
        lambda: not any(c.kind is ConflictKind.PERSON_DOUBLE_BOOKED for c in dialog.conflicts),
        timeout=20_000,
    )


def test_deleting_a_session_asks_first_and_undo_brings_it_back_with_its_people(
    qtbot: QtBot, window: ProgrammeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    programme = window.programme
    assert programme is not None
    record = session(window, OPC)
    assert record.id is not None
    people = {(p.contact_id, p.role, p.confirmation)
              for p in programme.people_on(Target.SESSION, record.id)}  # fmt: skip
    count = len(programme.sessions)
    window.view.select(record.id)
    window.view.setFocus()
    assert window.delete_session.isEnabled()
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    window.delete_session.trigger()
    assert len(asked) == 1 and OPC in asked[0]
    assert window.programme is not None and len(window.programme.sessions) == count
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert len(asked) == 2
    assert window.programme is not None
    assert len(window.programme.sessions) == count - 1
    assert all(s.title != OPC for s in window.programme.sessions)
    assert window.stack.undoText() == f"Delete “{OPC}”"  # type: ignore[attr-defined]
    undo(qtbot, window)
    back = session(window, OPC)
    assert back.uid == record.uid
    assert (back.start, back.end, back.stage_id) == (record.start, record.end, record.stage_id)
    assert back.id is not None and window.programme is not None
    assert {(p.contact_id, p.role, p.confirmation)
            for p in window.programme.people_on(Target.SESSION, back.id)} == people  # fmt: skip
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.stack.redo()  # type: ignore[attr-defined]
    assert all(s.title != OPC for s in window.programme.sessions)
    undo(qtbot, window)
    assert session(window, OPC).uid == record.uid


def test_overlaps_are_marked_and_listed(qtbot: QtBot, window: ProgrammeWindow) -> None:
    assert window.overlaps.item(0).text() == "None on this day"
    record = session(window, OPC)
    window.view.select(record.id)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.shift(record, 45)  # 10:45–11:15 and the panel at 11:00 move together: no overlap
    assert window.overlaps.item(0).text() == "None on this day"
    later = session(window, OPC)
    tz = later.start.tzinfo
    assert tz is not None
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window._moved(later, replace(later, end=at_minute(DAY_TWO, 12 * 60, "Europe/Stockholm")))
    assert "Scen 1, studion" in window.overlaps.item(0).text()
    layout = window.view.day_layout
    assert layout is not None
    assert any(p.overlapping for p in layout.placed if p.session.title == OPC)


def test_shifting_later_sessions_of_a_stage(qtbot: QtBot, window: ProgrammeWindow) -> None:
    record = session(window, OPC)
    titles = [s.title for s in window.programme.sessions  # type: ignore[union-attr]
              if s.stage_id == record.stage_id and s.start.date() == DAY_TWO
              and s.start >= record.start]  # fmt: skip
    before = {t: session(window, t).start for t in titles}
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.shift(record, 15)
    for title in titles:
        assert (session(window, title).start - before[title]).total_seconds() == 15 * 60
    undo(qtbot, window)
    assert {t: session(window, t).start for t in titles} == before


def test_copying_a_break_to_every_stage_and_every_day(
    qtbot: QtBot, window: ProgrammeWindow
) -> None:
    programme = window.programme
    assert programme is not None
    stage = programme.stages[0]
    lunch = next(s for s in programme.sessions if s.kind is SessionKind.LUNCH
                 and s.start.date() == DAY_TWO)  # fmt: skip
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window._moved(lunch, replace(lunch, stage_id=stage.id))
    window.view.select(lunch.id)
    assert window.copy_to_stages.isEnabled() and window.copy_to_days.isEnabled()
    count = len(window.programme.sessions)  # type: ignore[union-attr]
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.copy_to_stages.trigger()
    lunches = [s for s in window.programme.sessions  # type: ignore[union-attr]
               if s.kind is SessionKind.LUNCH and s.start.date() == DAY_TWO]  # fmt: skip
    assert {s.stage_id for s in lunches} == {s.id for s in programme.stages}
    undo(qtbot, window)
    assert len(window.programme.sessions) == count  # type: ignore[union-attr]
    window.view.select(lunch.id)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.copy_to_days.trigger()
    on_stage = [s for s in window.programme.sessions  # type: ignore[union-attr]
                if s.kind is SessionKind.LUNCH and s.stage_id == stage.id]  # fmt: skip
    assert sorted(s.start.date() for s in on_stage) == [
        date(2027, 1, 26), DAY_TWO, date(2027, 1, 28)
    ]  # fmt: skip
    assert {hm(s.start) for s in on_stage} == {"12:00"}


def test_the_programme_list_sorts_and_filters(
    qtbot: QtBot, qtmodeltester, window: ProgrammeWindow
) -> None:
    qtmodeltester.check(window.model)
    qtmodeltester.check(window.filtered)
    programme = window.programme
    assert programme is not None
    assert window.filtered.rowCount() == len(programme.sessions)
    window.kind_filter.setCurrentIndex(window.kind_filter.findData(SessionKind.KEYNOTE))
    kinds = {window.filtered.index(r, KIND).data() for r in range(window.filtered.rowCount())}
    assert kinds == {"keynote"}
    window.kind_filter.setCurrentIndex(0)
    window.stage_filter.setCurrentIndex(1)
    assert window.filtered.rowCount() == sum(
        1 for s in programme.sessions if s.stage_id == programme.stages[0].id
    )
    window.stage_filter.setCurrentIndex(0)
    person = window.person_filter.findText("Åsa Lindqvist")
    window.person_filter.setCurrentIndex(person)
    titles = {window.filtered.index(r, TITLE).data() for r in range(window.filtered.rowCount())}
    assert OPC in titles and len(titles) < len(programme.sessions)
    assert window.itinerary.isEnabled()
    window.table.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    shown = [window.filtered.index(r, TITLE).data() for r in range(window.filtered.rowCount())]
    assert shown == sorted(shown, key=str.casefold, reverse=True)
    window.table.sortByColumn(START, Qt.SortOrder.AscendingOrder)
    itinerary = window.open_itinerary(
        window.person_filter.currentData(), window.person_filter.currentText()
    )
    qtbot.waitUntil(lambda: itinerary.entries is not None, timeout=20_000)
    assert itinerary.entries
    starts = [e.start for e in itinerary.entries]
    assert starts == sorted(starts)
    assert any(e.title == OPC for e in itinerary.entries)
    itinerary.close()


def test_view_programme_opens_an_event_s_programme_once(
    qtbot: QtBot, tmp_path: Path, planner_file: Path
) -> None:
    with shown_window(qtbot, tmp_path, planner_file) as main:
        view_menu = next(m for m in main.menuBar().actions() if m.text() == "&View").menu()
        assert main.window_actions.show_programme in view_menu.actions()
        workspace = main._planner.workspace
        assert workspace is not None
        event_id = workspace.programme.events_titled("Innovationsdagarna Västerås 2027")[0][0]
        shown = main.commands.show_programme(event_id)
        qtbot.waitUntil(lambda: shown.programme is not None, timeout=20_000)
        assert shown.windowTitle() == "Programme: Innovationsdagarna Västerås 2027"
        assert main.commands.show_programme(event_id) is shown
        qtbot.waitUntil(lambda: not main._planner.busy, timeout=20_000)
        shown.close()


def test_a_contact_s_itinerary_from_manage_contacts(
    qtbot: QtBot, tmp_path: Path, planner_file: Path
) -> None:
    from eventplanner.ui.programme.itinerary_dialog import ItineraryDialog

    with shown_window(qtbot, tmp_path, planner_file) as main:
        dialog = contact_chosen_in_manager(qtbot, main, "Åsa Lindqvist")
        assert dialog.itinerary in dialog.list.actions()  # the list's context menu
        assert dialog.form.name.text() == "Åsa Lindqvist"
        assert dialog.itinerary_button.isVisible() and dialog.itinerary_button.isEnabled()
        with qtbot.waitSignal(dialog.itinerary_requested) as asked:
            qtbot.mouseClick(dialog.itinerary_button, Qt.MouseButton.LeftButton)
        assert asked.args is not None and asked.args[1] == "Åsa Lindqvist"
        (itinerary,) = dialog.findChildren(ItineraryDialog)
        assert itinerary.windowTitle() == "Itinerary: Åsa Lindqvist"
        qtbot.waitUntil(lambda: itinerary.entries is not None, timeout=20_000)
        assert itinerary.entries is not None
        assert any(e.title == OPC for e in itinerary.entries)
        qtbot.waitUntil(lambda: not main._planner.busy, timeout=20_000)
        itinerary.close()
        dialog.close()


def test_the_event_editor_opens_the_programme(
    qtbot: QtBot, tmp_path: Path, planner_file: Path
) -> None:
    with shown_window(qtbot, tmp_path, planner_file) as main:
        event_id, dialog = edit_event_titled(qtbot, main)
        button = next(b for b in dialog.buttons.buttons() if b.text() == "&Programme…")
        button.click()
        shown = main.commands.show_programme(event_id)  # the one the button opened
        qtbot.waitUntil(lambda: shown.programme is not None, timeout=20_000)
        assert shown.programme is not None and shown.programme.event.id == event_id
        close_unasked(dialog)
        qtbot.waitUntil(lambda: not main._planner.busy, timeout=20_000)
        shown.close()
