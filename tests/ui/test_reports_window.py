"""The Reports view on a project with hand-counted figures (``report_world``): its tables
(each model passes qtmodeltester), a number clicked lists what it counts, an event
double-clicked asks to be shown in the calendar, targets added through the dialog and
removed, the PDF and the workbook saved off the GUI thread; opened from View → Reports…;
spoken in Swedish."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.reports import Question, TargetKind
from eventplanner.ui.planner import Planner
from eventplanner.ui.reports.report_models import PROGRESS_ROLE, QUESTION_ROLE
from eventplanner.ui.reports.reports_window import ReportsWindow
from eventplanner.ui.reports.target_dialog import TargetDialog
from tests.services.report_world import ReportWorld, build_report_world
from tests.ui.helpers import shown_window


@pytest.fixture
def world(planner: Planner) -> ReportWorld:
    assert planner.workspace is not None
    return build_report_world(planner.workspace)


@pytest.fixture
def reports(qtbot: QtBot, planner: Planner, world: ReportWorld) -> Iterator[ReportsWindow]:
    stack = QUndoStack()
    made = ReportsWindow(planner, stack)
    made.stack = stack  # type: ignore[attr-defined]  # kept alive beside the window
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.show()
    if made.report is not None and made.report.project_id != world.project_id:
        with qtbot.waitSignal(made.loaded, timeout=20_000):
            made.choose_project(world.project_id)
    # The project runs 2021: choosing it shows that year; otherwise it is set here.
    if made.period() != (date(2021, 1, 1), date(2021, 12, 31)):
        with qtbot.waitSignal(made.loaded, timeout=20_000):
            made.first.setDate(made.first.date().fromString("2021-01-01", "yyyy-MM-dd"))
            made.last.setDate(made.last.date().fromString("2021-12-31", "yyyy-MM-dd"))
    yield made
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    made.close()


def _texts(window: ReportsWindow, key: str) -> list[list[str]]:
    model = window.models[key]
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]  # fmt: skip


def test_the_figures_and_the_models(qtmodeltester, reports: ReportsWindow) -> None:  # type: ignore[no-untyped-def]
    report = reports.report
    assert report is not None and report.project_name == "Stålet digitalt"
    assert report.events == 6
    summary = {row[0]: row[1] for row in _texts(reports, "summary")}
    assert summary["Events held"] == "6"
    assert summary["Unique people reached"] == "5"
    assert summary["Unique organisations reached"] == "3"
    kinds = {row[0]: row for row in _texts(reports, "events")}
    assert kinds["Seminar"][1:4] == ["4", "4", "0"]
    assert kinds["Total"][-1] == "6"
    targets = reports.models["targets"]
    assert [targets.index(r, 0).data() for r in range(3)] == ["Seminarier", "Deltagare",
                                                              "Företag"]  # fmt: skip
    assert targets.index(0, 5).data(PROGRESS_ROLE) == 40
    assert "Industry" in [row[0] for row in _texts(reports, "actor")]
    for model in (*reports.models.values(), reports.behind):
        qtmodeltester.check(model)


def test_a_number_lists_what_it_counts(qtbot: QtBot, reports: ReportsWindow,
                                       world: ReportWorld) -> None:  # fmt: skip
    events = reports.models["events"]
    seminar = next(r for r in range(events.rowCount()) if events.index(r, 0).data() == "Seminar")
    view = reports.views["events"]
    with qtbot.waitSignal(reports.behind_shown, timeout=20_000):
        view.clicked.emit(events.index(seminar, 1))
    names = [reports.behind.index(r, 0).data() for r in range(reports.behind.rowCount())]
    assert names == ["Stål och AI"] + ["Höstserien"] * 3
    assert "Seminar" in reports.behind_title.text()
    with qtbot.waitSignal(reports.event_requested) as asked:
        reports.behind_view.doubleClicked.emit(reports.behind.index(0, 0))
    assert asked.args == [world.events["march"]]
    reach = reports.models["size"]
    sme = next(r for r in range(reach.rowCount()) if reach.index(r, 0).data() == "SME")
    assert reach.index(sme, 2).data(QUESTION_ROLE).what == "organisations"
    with qtbot.waitSignal(reports.behind_shown, timeout=20_000):
        reports.views["size"].clicked.emit(reach.index(sme, 2))
    assert [reports.behind.index(r, 0).data() for r in range(2)] == ["Fin Oy", "Svets AB"]


def test_targets_added_changed_removed_and_undone(qtbot: QtBot, reports: ReportsWindow) -> None:
    stack: QUndoStack = reports.stack  # type: ignore[attr-defined]
    dialog = reports.add_target()
    assert isinstance(dialog, TargetDialog)
    dialog.name.setText("SMF")
    dialog.kind.setCurrentIndex(dialog.kind.findData(TargetKind.SMES.value))
    assert not dialog.event_kind.isEnabled()
    dialog.amount.setValue(4)
    with qtbot.waitSignal(reports.loaded, timeout=20_000):
        dialog._save()
    assert reports.report is not None
    assert [(t.target.name, t.percent) for t in reports.report.targets][-1] == ("SMF", 50)
    assert stack.undoText() == "Add the target “SMF”"
    reports.views["targets"].selectRow(3)
    dialog = reports.edit_target()
    assert dialog is not None and dialog.name.text() == "SMF"
    dialog.amount.setValue(2)
    with qtbot.waitSignal(reports.loaded, timeout=20_000):
        dialog._save()
    assert reports.report.targets[-1].percent == 100
    reports.views["targets"].selectRow(3)
    with qtbot.waitSignal(reports.loaded, timeout=20_000):
        reports.remove_target()
    assert len(reports.report.targets) == 3
    with qtbot.waitSignal(reports.loaded, timeout=20_000):
        stack.undo()  # the removal
    assert [(t.target.name, t.target.amount) for t in reports.report.targets][-1] == ("SMF", 2)
    with qtbot.waitSignal(reports.loaded, timeout=20_000):
        stack.undo()  # the change
    assert reports.report.targets[-1].target.amount == 4
    with qtbot.waitSignal(reports.loaded, timeout=20_000):
        stack.undo()  # the adding
    assert len(reports.report.targets) == 3
    dialog = reports.add_target()
    assert dialog is not None
    dialog.name.setText("")
    dialog._save()
    qtbot.waitUntil(lambda: "name" in reports.status.text(), timeout=20_000)
    assert len(reports.report.targets) == 3
    assert stack.count() == 3


def test_saved_as_pdf_xlsx_and_csv(qtbot: QtBot, reports: ReportsWindow, tmp_path: Path) -> None:
    reports.language.setCurrentIndex(reports.language.findData("sv"))
    for kind in ("pdf", "xlsx", "csv"):
        reports.chooser = lambda _suggested, kind=kind: str(tmp_path / f"rapport.{kind}")
        with qtbot.waitSignal(reports.written, timeout=20_000):
            reports.save(kind)
    text = " ".join(PdfReader(tmp_path / "rapport.pdf").pages[0].extract_text().split())
    assert "Rapport till finansiären" in text and "Stålet digitalt" in text
    assert load_workbook(tmp_path / "rapport.xlsx").sheetnames[0] == "Rapport"
    assert (tmp_path / "rapport.csv").read_text("utf-8-sig").startswith("Rapport till finansiären")
    assert "rapport.csv" in reports.status.text()


def test_view_reports_opens_one_window(qtbot: QtBot, tmp_path: Path, planner_file: Path) -> None:
    with shown_window(qtbot, tmp_path, planner_file) as main:
        view_menu = next(m for m in main.menuBar().actions() if m.text() == "&View").menu()
        assert main.window_actions.show_reports in view_menu.actions()
        shown = main.commands.show_reports()
        assert shown is not None
        qtbot.waitUntil(lambda: shown.report is not None, timeout=20_000)
        assert main.commands.show_reports() is shown
        steel = next(p for p in shown._projects if p.name.startswith("Stålindustrins"))
        with qtbot.waitSignal(shown.loaded, timeout=20_000):
            shown.choose_project(steel.id or 0)
        assert shown.report is not None and len(shown.report.targets) == 5
        qtbot.waitUntil(lambda: not main._planner.busy, timeout=20_000)
        shown.close()


def test_the_reports_view_in_swedish(qtbot: QtBot, swedish: object, planner: Planner,
                                     world: ReportWorld) -> None:  # fmt: skip
    stack = QUndoStack()
    made = ReportsWindow(planner, stack, language="sv")
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.show()
    assert made.pdf_button.text() == "Spara som &PDF…"
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.choose_project(world.project_id)
    assert made.windowTitle() == "Rapporter: Stålet digitalt"
    assert made.models["summary"].index(0, 0).data() == "Genomförda evenemang"
    assert made.models["targets"].headerData(1, Qt.Orientation.Horizontal) == "Räknar"
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    made.close()


@pytest.mark.parametrize("read", ["report", "behind", "refused"])
def test_closing_the_window_while_it_reads_goes_quietly(
    qtbot: QtBot, planner: Planner, world: ReportWorld, read: str
) -> None:
    """The report, the records behind a number, or a count that fails, are read off the GUI
    thread; the window closed and deleted meanwhile, the answer is dropped: no deleted
    widget touched, no error."""
    workspace = planner.workspace
    assert workspace is not None
    release, reading = threading.Event(), threading.Event()
    name = "behind" if read == "behind" else "report"
    original = getattr(workspace.reports, name)

    def slow(*args: Any, **kwargs: Any) -> Any:
        reading.set()
        release.wait(20)
        if read == "refused":
            raise ValidationError("--to", "the period is gone")
        return original(*args, **kwargs)

    window = ReportsWindow(planner, QUndoStack())
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.show()
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    setattr(workspace.reports, name, slow)
    try:
        if read == "behind":
            window.show_behind(Question("people"), "People")
        else:
            window.reload()
        assert reading.wait(20)
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(window)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    QCoreApplication.processEvents()
    delattr(workspace.reports, name)


def test_the_reports_open_on_the_selected_events_project(
    qtbot: QtBot, tmp_path: Path, planner_file: Path
) -> None:
    with shown_window(qtbot, tmp_path, planner_file) as main:
        workspace = main._planner.workspace
        assert workspace is not None
        steel = next(p for p in workspace.projects.list() if p.name.startswith("Stålindustrins"))
        assert steel.start is not None and steel.end is not None
        theirs = next(o for o in workspace.queries.occurrences(
            TimeWindow.days(steel.start, steel.end)) if o.project_id == steel.id)  # fmt: skip
        main.commands._selected = lambda: theirs
        shown = main.commands.show_reports()
        assert shown is not None
        qtbot.waitUntil(lambda: shown.report is not None and shown.report.project_id == steel.id,
                        timeout=20_000)  # fmt: skip
        assert shown.project.currentData() == steel.id
        qtbot.waitUntil(lambda: not main._planner.busy, timeout=20_000)
        shown.close()
