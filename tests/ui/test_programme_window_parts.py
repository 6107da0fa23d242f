"""The programme window's parts a coordinator found wanting by hand: the actions act on
what the shown tab has chosen (the List tab's row, never a session still selected in the
hidden timetable); an overlap wraps in the side list; the editor's refusals in Swedish; a
block made and moved to another day; stages and phases added, changed and deleted."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QItemSelectionModel, QTime
from pytestqt.qtbot import QtBot

from eventplanner.ui.planner import Planner
from eventplanner.ui.programme.programme_model import TITLE
from eventplanner.ui.programme.programme_window import ProgrammeWindow
from tests.ui.helpers import close_unasked, shown_programme

OPC = "Interoperabilitet: OPC UA och förvaltningsskal"
PANEL = "Panel: kompetens för den automatiserade industrin"


@pytest.fixture
def window(qtbot: QtBot, planner_on_sample: Planner) -> Iterator[ProgrammeWindow]:
    with shown_programme(qtbot, planner_on_sample) as made:
        yield made


def _row_of(window: ProgrammeWindow, title: str) -> int:
    rows = range(window.filtered.rowCount())
    return next(r for r in rows if window.filtered.index(r, TITLE).data() == title)


def test_the_list_tab_s_actions_act_on_its_chosen_row(
    qtbot: QtBot, window: ProgrammeWindow
) -> None:
    assert window.programme is not None
    opc = next(s for s in window.programme.sessions if s.title == OPC)
    window.show_day(opc.start.date())
    window.view.select(opc.id)
    assert window.edit_session.isEnabled()
    window.tabs.setCurrentIndex(1)  # the List
    assert window.selected() is None  # the timetable's choice is not the list's
    assert not window.edit_session.isEnabled() and not window.delete_session.isEnabled()

    index = window.filtered.index(_row_of(window, PANEL), TITLE)
    window.table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = window.selected()
    assert chosen is not None and chosen.title == PANEL
    assert window.edit_session.isEnabled() and window.shift_later.isEnabled()
    window.edit_session.trigger()
    dialog = window.dialog
    assert dialog is not None and dialog.title.text() == PANEL
    close_unasked(dialog)

    window.tabs.setCurrentIndex(0)  # back in the timetable, its own choice again
    again = window.selected()
    assert again is not None and again.title == OPC


def test_an_overlap_is_wrapped_in_the_side_list(qtbot: QtBot, window: ProgrammeWindow) -> None:
    """The side list is narrow: an overlap's text wraps onto more lines, all of it shown."""
    assert window.programme is not None
    opc = next(s for s in window.programme.sessions if s.title == OPC)
    window.show_day(opc.start.date())
    longer = replace(opc, end=opc.end + timedelta(minutes=60))  # into the panel at 11:00
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window._moved(opc, longer)
    item = window.overlaps.item(0)
    assert OPC in item.text()
    QCoreApplication.processEvents()
    shown = window.overlaps.visualItemRect(item)
    viewport = window.overlaps.viewport()
    assert shown.right() <= viewport.width()
    line = window.overlaps.fontMetrics().height()
    needed = window.overlaps.fontMetrics().horizontalAdvance(item.text())
    assert needed > viewport.width()  # too long for one line of the side list
    assert shown.height() >= 2 * line  # so it is wrapped, not cut off


def test_the_session_editor_says_what_is_wrong_in_swedish(
    qtbot: QtBot, swedish: object, window: ProgrammeWindow
) -> None:
    """The rules' refusals a coordinator meets while typing, in the window's language (they
    were shown in English in the Swedish editor)."""
    assert window.programme is not None
    record = next(s for s in window.programme.sessions if s.title == OPC)
    window.edit(record)
    dialog = window.dialog
    assert dialog is not None
    dialog.end.setTime(QTime(9, 30))
    assert dialog.problems.text() == "Den slutar (09:30) innan den börjar (10:00)."
    dialog.end.setTime(QTime(10, 0))
    assert dialog.problems.text() == "Den slutar när den börjar: ge den en längd."
    dialog.end.setTime(QTime(10, 30))
    dialog.title.setText(" ")
    assert dialog.problems.text() == "Ge programpunkten en titel."
    dialog.title.setText(OPC)
    assert dialog.problems.text() == ""
    close_unasked(dialog)
    with qtbot.waitSignal(window._planner.failed, timeout=5_000) as failed:
        window._moved(record, replace(record, start=record.start + timedelta(days=2),
                                      end=record.end + timedelta(days=2)))  # fmt: skip
    days = "tis 26–tors 28 jan. 2027"
    assert failed.args == [
        f"Den ligger utanför dagarna för ”Innovationsdagarna Västerås 2027” ({days})."
    ]


def test_a_block_made_in_the_timetable_moves_to_another_day_and_undoes(
    qtbot: QtBot, window: ProgrammeWindow
) -> None:
    """A block could be made nowhere in the app, so Move block to… was never on."""
    assert window.programme is not None
    opc = next(s for s in window.programme.sessions if s.title == OPC)
    day = opc.start.date()
    window.show_day(day)
    window.view.select(opc.id)
    assert window.make_block.isEnabled() and not window.move_block.isEnabled()
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.block_with(opc, "Block: interoperabilitet")
    (block,) = window.programme.blocks
    assert (block.title, block.stage_id) == ("Block: interoperabilitet", opc.stage_id)
    inside = next(s for s in window.programme.sessions if s.id == opc.id)
    assert inside.block_id == block.id
    window.view.select(opc.id)
    assert window.move_block.isEnabled() and not window.make_block.isEnabled()
    later = day + timedelta(days=1)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.move_block_to(later)
    moved = next(s for s in window.programme.sessions if s.id == opc.id)
    assert (moved.start.date(), moved.start.time()) == (later, opc.start.time())
    stack = window._stack
    assert stack.undoText() == "Move the block “Block: interoperabilitet”"
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        stack.undo()
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        stack.undo()
    assert window.programme.blocks == ()
    back = next(s for s in window.programme.sessions if s.id == opc.id)
    assert (back.start, back.block_id) == (opc.start, None)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        stack.redo()
    assert [b.title for b in window.programme.blocks] == ["Block: interoperabilitet"]


def test_a_block_needs_a_title(qtbot: QtBot, window: ProgrammeWindow) -> None:
    assert window.programme is not None
    opc = next(s for s in window.programme.sessions if s.title == OPC)
    with qtbot.waitSignal(window._planner.failed, timeout=5_000) as failed:
        window.block_with(opc, "  ")
    assert failed.args == ["Give the block a title."]
    qtbot.waitUntil(lambda: not window._planner.busy, timeout=20_000)
    assert window.programme.blocks == ()


def test_stages_are_added_changed_and_deleted_in_the_app(
    qtbot: QtBot, window: ProgrammeWindow
) -> None:
    """Before, only the command line could add a stage, and none could change or delete one."""
    dialog = window.open_stages()
    assert dialog.list.count() == 3
    assert dialog.chosen() is None and not dialog.delete_button.isEnabled()
    dialog.name.setText("Foajén")
    dialog.stream.setText("https://live.example/foajen")
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        dialog.save()
    assert window.programme is not None
    assert [s.name for s in window.programme.stages][-1] == "Foajén"
    chosen = dialog.chosen()
    assert chosen is not None and chosen.name == "Foajén"  # the new one, chosen
    assert window.view.day_layout is not None
    assert "Foajén" in [name for _ident, name in window.view.day_layout.columns]

    dialog.name.setText("Foajén, entréplan")
    dialog.digital.setChecked(True)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        dialog.save()
    stage = window.programme.stages[-1]
    assert (stage.name, stage.digital, stage.stream_url) == (
        "Foajén, entréplan", True, "https://live.example/foajen"
    )  # fmt: skip

    dialog.recording.setText("inte en adress")
    with qtbot.waitSignal(dialog.written, timeout=20_000):
        dialog.save()
    assert "is not a web address" in dialog.message.text()
    qtbot.waitUntil(lambda: not window._planner.busy, timeout=20_000)
    assert window.programme.stages[-1].recording_url == ""
    assert dialog.recording.text() == "inte en adress"  # the typing kept, to be put right
    dialog.recording.clear()

    first = dialog.list.item(0)
    dialog.list.setCurrentItem(first)  # Scen 1, studion: sessions are on it
    with qtbot.waitSignal(dialog.written, timeout=20_000):
        dialog.delete()
    assert "move or delete them first" in dialog.message.text()
    qtbot.waitUntil(lambda: not window._planner.busy, timeout=20_000)
    dialog.list.setCurrentItem(dialog.list.item(3))
    dialog.delete()
    qtbot.waitUntil(lambda: len(window.programme.stages) == 3, timeout=20_000)  # type: ignore[union-attr]
    assert [s.name for s in window.programme.stages] == [
        "Scen 1, studion", "Scen 2, Mikrofabriken", "Digital scen"
    ]  # fmt: skip
    assert dialog.list.count() == 3
    assert dialog.chosen() is None and dialog.name.text() == ""  # its fields cleared too
    dialog.close()


def test_a_stage_named_as_another_is_refused_in_the_app(
    qtbot: QtBot, window: ProgrammeWindow
) -> None:
    """A second stage of the same name is refused, on add and on change, with the event and
    the stage named, and what was typed stays to be put right."""
    assert window.programme is not None
    event = window.programme.event.title
    dialog = window.open_stages()
    dialog.name.setText("  scen 1, STUDION ")
    dialog.stream.setText("https://live.example/ny")
    with qtbot.waitSignal(dialog.written, timeout=20_000):
        dialog.save()
    assert f"{event!r} already has a stage named 'Scen 1, studion'" in dialog.message.text()
    qtbot.waitUntil(lambda: not window._planner.busy, timeout=20_000)
    assert len(window.programme.stages) == 3 and dialog.list.count() == 3
    assert dialog.chosen() is None
    assert (dialog.name.text(), dialog.stream.text()) == (
        "  scen 1, STUDION ", "https://live.example/ny"
    )  # fmt: skip

    dialog.list.setCurrentRow(2)  # Digital scen
    dialog.name.setText("Scen 2, mikrofabriken")
    with qtbot.waitSignal(dialog.written, timeout=20_000):
        dialog.save()
    assert "already has a stage named 'Scen 2, Mikrofabriken'" in dialog.message.text()
    qtbot.waitUntil(lambda: not window._planner.busy, timeout=20_000)
    assert [s.name for s in window.programme.stages][-1] == "Digital scen"
    assert dialog.name.text() == "Scen 2, mikrofabriken"
    dialog.close()


def test_phases_are_added_changed_and_deleted_in_the_app(
    qtbot: QtBot, window: ProgrammeWindow
) -> None:
    """Before, the app showed no phase at all, and only the command line could add one."""
    from eventplanner.domain.programme import PhaseKind

    dialog = window.open_phases()
    assert dialog is not None and dialog.list.count() == 0
    dialog.kind.setCurrentIndex(dialog.kind.findData(PhaseKind.REHEARSAL))
    dialog.start.setDateTime(QDateTime(QDate(2027, 1, 25), QTime(18, 0)))
    dialog.end.setDateTime(QDateTime(QDate(2027, 1, 25), QTime(20, 0)))
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        dialog.save()
    assert window.programme is not None
    (phase,) = window.programme.phases
    assert (phase.kind, f"{phase.start:%Y-%m-%d %H:%M}", f"{phase.end:%H:%M}", phase.is_public) == (
        PhaseKind.REHEARSAL, "2027-01-25 18:00", "20:00", False
    )  # fmt: skip
    assert dialog.chosen() is not None
    assert dialog.list.item(0).text() == "2027-01-25 18:00–20:00  rehearsal (staff)"

    dialog.kind.setCurrentIndex(dialog.kind.findData(PhaseKind.DINNER))
    dialog.name.setText("Middag för talarna")
    dialog.shown.setCurrentIndex(dialog.shown.findData(True))
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        dialog.save()
    (phase,) = window.programme.phases
    assert (phase.kind, phase.name, phase.is_public) == (
        PhaseKind.DINNER, "Middag för talarna", True
    )  # fmt: skip

    dialog.end.setDateTime(QDateTime(QDate(2027, 1, 25), QTime(17, 0)))
    dialog.save()  # refused before anything is written
    assert dialog.message.text() == "It ends (17:00) before it starts (18:00)."
    qtbot.waitUntil(lambda: not window._planner.busy, timeout=20_000)
    assert dialog.end.dateTime().time() == QTime(17, 0)  # the typing kept
    assert f"{window.programme.phases[0].end:%H:%M}" == "20:00"

    dialog.delete()
    qtbot.waitUntil(lambda: window.programme.phases == (), timeout=20_000)  # type: ignore[union-attr]
    assert dialog.list.count() == 0 and dialog.chosen() is None
    dialog.close()


def test_a_person_in_two_places_is_marked_on_the_block_and_listed(
    qtbot: QtBot, window: ProgrammeWindow
) -> None:
    """Only two sessions on one stage were marked; a person booked on two stages at once
    was said in the session editor alone, not in the timetable."""
    assert window.programme is not None
    opc = next(s for s in window.programme.sessions if s.title == OPC)  # Per Nyström
    window.show_day(opc.start.date())
    assert window.overlaps.item(0).text() == "None on this day"
    at_once = timedelta(hours=3, minutes=30)  # 13:30, when he is on the digital stage
    with qtbot.waitSignal(window.conflicts_shown, timeout=20_000):
        window._moved(opc, replace(opc, start=opc.start + at_once, end=opc.end + at_once))
    layout = window.view.day_layout
    assert layout is not None
    marked = {p.session.title for p in layout.placed if p.overlapping}
    assert OPC in marked and "Säker fjärrstyrning av industriella system" in marked
    texts = [window.overlaps.item(r).text() for r in range(window.overlaps.count())]
    assert any("Per Nyström" in t and t.startswith("⚠") for t in texts), texts
    with qtbot.waitSignal(window.conflicts_shown, timeout=20_000):
        window._stack.undo()
    assert window.overlaps.item(0).text() == "None on this day"
    assert not any(p.overlapping for p in window.view.day_layout.placed)  # type: ignore[union-attr]


def test_stage_and_phase_changes_are_undone_and_redone(
    qtbot: QtBot, window: ProgrammeWindow
) -> None:
    from eventplanner.domain.programme import PhaseKind

    stack = window._stack
    stages = window.open_stages()
    stages.name.setText("Foajén")
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        stages.save()
    assert stack.undoText() == "Add the stage “Foajén”"
    stages.name.setText("Foajén, entréplan")
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        stages.save()
    assert stack.undoText() == "Change the stage “Foajén, entréplan”"
    assert window.programme is not None
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        stack.undo()
    assert window.programme.stages[-1].name == "Foajén"
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        stack.undo()
    assert [s.name for s in window.programme.stages][-1] == "Digital scen"
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        stack.redo()
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        stack.redo()
    assert window.programme.stages[-1].name == "Foajén, entréplan"
    stages.list.setCurrentRow(3)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        stages.delete()
    assert len(window.programme.stages) == 3
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        stack.undo()
    assert window.programme.stages[-1].name == "Foajén, entréplan"  # back, in its place
    stages.close()

    phases = window.open_phases()
    assert phases is not None
    phases.kind.setCurrentIndex(phases.kind.findData(PhaseKind.DINNER))
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        phases.save()
    assert stack.undoText() == "Add the phase “dinner”"
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        stack.undo()
    assert window.programme.phases == ()
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        stack.redo()
    assert [p.kind for p in window.programme.phases] == [PhaseKind.DINNER]
    phases.close()
