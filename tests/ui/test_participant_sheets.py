"""The Participants window's spreadsheets, driven as a coordinator would: a list chosen,
its mapping previewed (a column's field changed with the combo box, the problems listed
and Import disabled while there are any), imported as one undo step and undone; the list
exported to CSV and Excel; e-mail addresses copied for Outlook."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from eventplanner.domain.sheet_columns import SheetField, guess_mapping
from eventplanner.services.registrations.sheet_files import csv_sheet
from eventplanner.ui.participants.import_dialog import ImportDialog
from eventplanner.ui.participants.participants_window import ParticipantsWindow
from eventplanner.ui.participants.sheet_models import MappingModel, SampleModel
from eventplanner.ui.planner import Planner
from tests.services.registration_world import Seminar, make_seminar
from tests.sheet_samples import write_csv

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support")


@pytest.fixture
def seminar(planner: Planner) -> Seminar:
    workspace = planner.workspace
    assert workspace is not None
    made = make_seminar(workspace, capacity=3)
    workspace.registrations.register(made.event_id, made.people[0])
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


def names(window: ParticipantsWindow) -> list[str]:
    return [window.model.line(r).name for r in range(window.model.rowCount())]


def opened_dialog(qtbot: QtBot, window: ParticipantsWindow, path: Path) -> ImportDialog:
    window.sheets.open_chooser = lambda _suggested: (str(path), "")
    with qtbot.waitSignal(window.sheets.dialog_opened, timeout=20_000) as opened:
        qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    return dialog


def test_the_preview_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    sheet = csv_sheet("lista.csv", b"Namn;E-post;Annat\nAnna;anna@x.se;1\nBo;bo@x.se;2\n")
    mapping = MappingModel()
    mapping.set_sheet(sheet.headers, sheet.rows, guess_mapping(sheet.headers))
    qtmodeltester.check(mapping)
    assert mapping.index(2, 2).data() == "1 · 2"
    assert mapping.setData(mapping.index(2, 1), "needs")
    assert mapping.mapping[2] is SheetField.NEEDS
    assert not mapping.setData(mapping.index(2, 1), "colour")
    samples = SampleModel()
    samples.set_sheet(sheet.headers, sheet.rows, sheet.first_row)
    qtmodeltester.check(samples)
    assert samples.headerData(0, Qt.Orientation.Vertical) == "2"


def test_a_list_is_previewed_imported_and_undone(
    qtbot: QtBot, window: ParticipantsWindow, tmp_path: Path
) -> None:
    dialog = opened_dialog(qtbot, window, write_csv(tmp_path / "anmälan.csv", encoding="cp1252"))
    assert dialog.summary.text() == (
        "3 new people, 0 matched, 1 duplicate merged, 1 to the waitlist\n"
        f"{len(dialog.preview.new_organisations)} new organisations lack an actor type (set it "
        "in the organisation editor for the funder's report)"
    )
    assert dialog.import_button.isEnabled()
    assert not dialog.problems_view.isVisible()
    assert dialog.sample_model.index(0, 0).data() == "Åsa"
    # The e-mail column read as nothing: refused, said why, Import disabled.
    box = dialog.mapping_view.indexWidget(dialog.mapping_model.index(2, 1))
    assert isinstance(box, QComboBox)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        box.setCurrentIndex(box.findData(SheetField.IGNORED.value))
    assert not dialog.import_button.isEnabled()
    assert dialog.problems_model.stringList() == [
        "Columns: no column is the e-mail; people are matched by it"
    ]
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        box.setCurrentIndex(box.findData(SheetField.EMAIL.value))
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert names(window) == ["Anna Berg", "Åsa Öberg", "Per Ärlig", "Lena Nyström"]
    assert window.notice.text().startswith("Imported: 3 new people")
    stack: QUndoStack = window.stack  # type: ignore[attr-defined]
    assert stack.count() == 1 and stack.undoText() == "Import anmälan.csv"
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        stack.undo()
    assert names(window) == ["Anna Berg"]
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        stack.redo()
    assert len(names(window)) == 4


def test_a_malformed_list_cannot_be_imported(
    qtbot: QtBot, window: ParticipantsWindow, tmp_path: Path
) -> None:
    path = tmp_path / "fel.csv"
    path.write_text("Namn;E-post\nAnna;anna(at)x.se\nBo;\n", encoding="utf-8")
    dialog = opened_dialog(qtbot, window, path)
    assert not dialog.import_button.isEnabled()
    assert dialog.problems_model.stringList() == [
        "Row 2, column “E-post”: “anna(at)x.se” is not an e-mail address",
        "Row 3, column “E-post”: the e-mail is empty; people are matched by it",
    ]
    assert "until the 2 problems above are fixed" in dialog.summary.text()
    dialog.reject()


def test_an_unreadable_file_is_told(
    qtbot: QtBot, window: ParticipantsWindow, tmp_path: Path
) -> None:
    told: list[str] = []
    window.sheets.warn = told.append
    path = tmp_path / "halv.xlsx"
    path.write_bytes(b"PK\x03\x04 cut short")
    window.sheets.open_chooser = lambda _suggested: (str(path), "")
    with qtbot.waitSignal(window.sheets.failed, timeout=20_000):
        window.sheets.import_list()
    assert "halv.xlsx is not a readable XLSX workbook" in told[0]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_export_by_the_file_type_chosen(
    qtbot: QtBot, window: ParticipantsWindow, tmp_path: Path, kind: str
) -> None:
    target = tmp_path / "lista"
    filters = {"csv": window.sheets._csv_filter(), "xlsx": window.sheets._xlsx_filter()}
    window.sheets.save_chooser = lambda _suggested: (str(target), filters[kind])
    with qtbot.waitSignal(window.sheets.exported, timeout=20_000) as written:
        qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    path = Path(written.args[0])
    assert path.suffix == f".{kind}"
    data = path.read_bytes()
    if kind == "csv":
        assert data.startswith(b"\xef\xbb\xbfWaiting;Name;E-mail")
        assert "Anna Berg;anna.berg@abb.se" in data.decode("utf-8-sig")
    else:
        from openpyxl import load_workbook

        sheet = load_workbook(path).active
        assert sheet is not None
        assert sheet["B2"].value == "Anna Berg"


def test_copy_e_mail_addresses(qtbot: QtBot, window: ParticipantsWindow, planner: Planner,
                               seminar: Seminar) -> None:  # fmt: skip
    workspace = planner.workspace
    assert workspace is not None
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        workspace.registrations.register(seminar.event_id, seminar.people[1])
        window.reload()
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "anna.berg@abb.se; bo.ek@mdu.se"
    assert window.notice.text().startswith("Copied 2 e-mail addresses: paste them")
    window.table.selectRow(1)
    assert window.copy_emails() == "bo.ek@mdu.se"


def test_the_preview_in_swedish(
    swedish: object, qtbot: QtBot, planner: Planner, seminar: Seminar, tmp_path: Path
) -> None:
    stack = QUndoStack()
    made = ParticipantsWindow(planner, stack, seminar.event_id)
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.show()
    assert made.import_button.text() == "Importera…"
    assert made.copy_button.text() == "Kopiera e-postadresser"
    dialog = opened_dialog(qtbot, made, write_csv(tmp_path / "anmälan.csv", bom=True))
    assert dialog.summary.text().startswith(
        "3 nya personer, 0 matchade, 1 dubblett sammanslagen, 1 till väntelistan\n"
    )
    assert dialog.summary.text().endswith("nya organisationer saknar aktörstyp (ange den i "
                                          "organisationsredigeraren för rapporten till "
                                          "finansiären)")  # fmt: skip
    assert dialog.mapping_model.index(0, 1).data() == "Förnamn"
    assert dialog.mapping_model.headerData(1, Qt.Orientation.Horizontal) == "Importeras som"
    dialog.reject()
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)


def test_problems_and_the_export_in_swedish(
    swedish: object, qtbot: QtBot, planner: Planner, seminar: Seminar, tmp_path: Path
) -> None:
    stack = QUndoStack()
    made = ParticipantsWindow(planner, stack, seminar.event_id)
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.show()
    path = tmp_path / "fel.csv"
    path.write_text("Förnamn,Efternamn,E-post,Företag,Kost\nAnna,Berg,anna(at)x.se,MDU,\n"
                    "Bo,Ek,,Volvo, AB,vegan\n", encoding="utf-8")  # fmt: skip
    dialog = opened_dialog(qtbot, made, path)
    assert dialog.problems_model.stringList() == [
        "Rad 2, kolumn ”E-post”: ”anna(at)x.se” är ingen e-postadress",
        "Rad 3: 6 celler under 5 rubriker (ett kommatecken i ett värde utan citattecken?)",
        "Rad 3, kolumn ”E-post”: e-postadressen är tom; personer matchas på den",
    ]
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    workspace = planner.workspace
    assert workspace is not None
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        workspace.registrations.register(seminar.event_id, seminar.people[1])
        made.reload()
    target = tmp_path / "lista.csv"
    made.sheets.save_chooser = lambda _suggested: (str(target), made.sheets._csv_filter())
    with qtbot.waitSignal(made.sheets.exported, timeout=20_000):
        qtbot.mouseClick(made.export_button, Qt.MouseButton.LeftButton)
    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith("Väntar;Namn;E-post")
    assert ";anmäld;" in text and ";inskriven;" in text
    assert "registered" not in text and "typed in" not in text
