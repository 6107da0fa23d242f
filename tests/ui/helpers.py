"""Occurrences for UI tests made without a database, waiting for a window's planner, and
answering its questions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing
from eventplanner.ui.jobs import JobRunner
from eventplanner.ui.planner import Planner

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace
    from eventplanner.ui.catalog.catalog_dialog import CatalogDialog
    from eventplanner.ui.events.event_dialog import EventDialog
    from eventplanner.ui.programme.programme_window import ProgrammeWindow
    from eventplanner.ui.window.main_window import MainWindow

STO = ZoneInfo("Europe/Stockholm")
TODAY = date(2026, 11, 22)  # the sample year of the window fixture is placed around it


def timed(
    title: str,
    start: datetime,
    end: datetime,
    *,
    kind: EventKind = EventKind.SEMINAR,
    status: EventStatus = EventStatus.PLANNED,
    zone: str = "Europe/Stockholm",
    event_id: int = 1,
    venue: str | None = "Västerås Kongress",
) -> Occurrence:
    return Occurrence(
        event_id=event_id,
        uid=f"{event_id}@test",
        title=title,
        kind=kind,
        status=status,
        timing=TimedSpan(start, end, zone),
        venue_id=1 if venue else None,
        venue_name=venue,
        project_name=None,
        busy_status=BusyStatus.BUSY,
    )


def all_day(
    title: str,
    first: date,
    last: date,
    *,
    kind: EventKind = EventKind.TRADE_FAIR,
    event_id: int = 2,
) -> Occurrence:
    return Occurrence(
        event_id=event_id,
        uid=f"{event_id}@test",
        title=title,
        kind=kind,
        status=EventStatus.CONFIRMED,
        timing=AllDaySpan(first, last, "Europe/Stockholm"),
        venue_id=None,
        venue_name=None,
        project_name="Mässor 2027",
        busy_status=BusyStatus.OUT_OF_OFFICE,
    )


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


def settle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Until the window's planner is done (reading ahead too, when it does)."""
    planner, holidays = window._planner, window._views.holidays
    idle = lambda: not planner.busy and not planner.reading_ahead and not holidays.busy  # noqa: E731
    qtbot.waitUntil(idle, timeout=20_000)
    qtbot.wait(10)
    qtbot.waitUntil(idle, timeout=20_000)


@contextmanager
def shown_window(
    qtbot: Any,
    tmp_path: Path,
    database: Path | None,
    *,
    today: date | None = TODAY,
    live: bool = False,
) -> Iterator[MainWindow]:
    """A main window with its own settings, shown, with ``database`` open (if given);
    ``live``: hearing what others save to it, as the app does.

    Torn down here rather than by ``qtbot.addWidget``: pytest-qt deletes its widgets before
    fixtures end, and work still under way would then answer into deleted widgets. Here the
    planner finishes first, then the window is closed and deleted.
    """
    from eventplanner.ui.jobs import JobRunner
    from eventplanner.ui.planner import Planner
    from eventplanner.ui.settings import Settings
    from eventplanner.ui.window.main_window import MainWindow

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    planner = Planner(JobRunner(workers=2), JobRunner(workers=1), live=live)
    made = MainWindow(planner, settings, today=today)
    made.show()
    try:
        if database is not None:
            with qtbot.waitSignal(planner.opened, timeout=20_000):
                planner.open(str(database))
            settle(qtbot, made)
        yield made
        settle(qtbot, made)
    finally:
        made.close()  # stops the feed server, keeps the geometry
        planner.shutdown()
        QCoreApplication.processEvents()  # answers that arrived meanwhile, to a live window
        made.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def agenda_titles(window: MainWindow) -> list[str]:
    model = window.agenda_model
    return [o.title for r in range(model.rowCount()) if (o := model.occurrence(r)) is not None]


def answer_when_asked(button_text: str) -> None:
    """Click ``button_text`` in the next modal question box, once it is shown."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            # (A button's text may carry its Alt key: "The &whole series".)
            [button] = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
            button.click()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


class QuestionAnswers:
    """Answers the modal question boxes in turn, from a timer that looks every 20 ms until
    ``stop``: each box is answered once, with the next of the texts ``give`` was given,
    and its informative text noted in ``seen``.

    A box is marked answered on itself (a Python id is reused once its box is deleted: a
    second box with the first one's id went unanswered, and the run hung in its ``exec``,
    where pytest-timeout's signal cannot end it). A box with no answer left for it, or
    without the button, is closed and noted in ``unexpected``: the test fails, not hangs."""

    MARK = "answeredByTest"

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.unexpected: list[str] = []
        self.left: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def give(self, *texts: str) -> None:
        """The buttons to click in the boxes shown next, one a box."""
        self.left.extend(texts)

    def stop(self) -> None:
        self._timer.stop()
        self._timer.deleteLater()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible() or box.property(self.MARK):
            return
        box.setProperty(self.MARK, True)
        self.seen.append(box.informativeText())
        wanted = self.left.pop(0) if self.left else None
        # (A button's text may carry its Alt key: "The &whole series".)
        found = [b for b in box.buttons() if b.text().replace("&", "") == wanted]
        if found:
            found[0].click()
        else:
            self.unexpected.append(f"{box.text()!r} answered with {wanted!r}")
            box.reject()


@contextmanager
def question_answers() -> Iterator[QuestionAnswers]:
    """``QuestionAnswers`` while the block runs; every box answered as expected after it."""
    answers = QuestionAnswers()
    try:
        yield answers
    finally:
        answers.stop()
    assert answers.unexpected == [], answers.unexpected
    assert answers.left == [], f"never asked: {answers.left}"


_ids = iter(range(1, 1_000_000))


def occurrence(
    title: str,
    timing: Timing,
    *,
    kind: EventKind = EventKind.SEMINAR,
    status: EventStatus = EventStatus.PLANNED,
    venue: str | None = None,
) -> Occurrence:
    """An occurrence with an id and UID of its own (the views tell occurrences apart by them)."""
    number = next(_ids)
    return Occurrence(
        event_id=number,
        uid=f"uid-{number}",
        title=title,
        kind=kind,
        status=status,
        timing=timing,
        venue_id=None,
        venue_name=venue,
        project_name=None,
        busy_status=BusyStatus.BUSY,
    )


def close_unasked(dialog: Any) -> None:
    """Close an editing dialog at a test's end without its discard question (pytest-qt
    closes what it was given, and an edited dialog would ask, blocking the run)."""
    if dialog.isVisible():
        dialog.done(0)


@contextmanager
def opened_planner(qtbot, target: Path) -> Iterator[Planner]:  # type: ignore[no-untyped-def]
    """A planner (two readers, one writer) on ``target``, shut down afterwards once idle."""
    made = Planner(JobRunner(workers=2), JobRunner(workers=1))
    with qtbot.waitSignal(made.opened, timeout=20_000):
        made.open(str(target))
    try:
        yield made
    finally:
        qtbot.waitUntil(lambda: not made.busy, timeout=20_000)
        made.shutdown()


INNOVATION_DAYS = "Innovationsdagarna Västerås 2027"
"""The sample's event with a programme."""


def edit_event_titled(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, workspace: Workspace | None = None, title: str = INNOVATION_DAYS
) -> tuple[int, EventDialog]:
    """Open the event editor on the event titled ``title`` (read from ``workspace``, else
    the window's) as a click on it in a view would; its id and the editor."""
    if workspace is None:
        workspace = window._planner.workspace
        assert workspace is not None
    event_id = workspace.programme.events_titled(title)[0][0]
    event = workspace.events.get(event_id)
    picked = Occurrence(event.id, event.uid, event.title, event.kind, event.status,
                        event.timing, None, None, None, BusyStatus.BUSY)  # fmt: skip
    window.editing.edit(picked)
    qtbot.waitUntil(lambda: window.editing.dialog is not None, timeout=20_000)
    dialog = window.editing.dialog
    assert dialog is not None
    return event_id, dialog


def contact_chosen_in_manager(qtbot, window: MainWindow, name: str) -> CatalogDialog:  # type: ignore[no-untyped-def]
    """Open Manage → Contacts and click the contact called ``name`` in its list."""
    from PySide6.QtCore import Qt

    from eventplanner.ui.catalog.catalog_dialog import CatalogDialog

    manage = next(m for m in window.menuBar().actions() if m.text() == "&Manage").menu()
    contacts = next(a for a in manage.actions() if a.text().startswith("&Contacts"))
    contacts.trigger()
    dialog = window.commands._managers["contact"]
    assert isinstance(dialog, CatalogDialog)
    qtbot.waitUntil(lambda: not window._planner.busy, timeout=20_000)
    row = [r.name for r in dialog.model.records()].index(name)
    rect = dialog.list.visualRect(dialog.model.index(row, 0))
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return dialog


@contextmanager
def shown_programme(  # type: ignore[no-untyped-def]
    qtbot, planner: Planner, *, viewer_zone: str = ""
) -> Iterator[ProgrammeWindow]:
    """The programme window of the sample's innovation days, shown and loaded, its undo stack
    kept beside it as ``.stack``; closed after (a session dialog left open, unasked)."""
    from PySide6.QtGui import QUndoStack

    from eventplanner.ui.programme.programme_window import ProgrammeWindow

    workspace = planner.workspace
    assert workspace is not None
    event_id = workspace.programme.events_titled(INNOVATION_DAYS)[0][0]
    stack = QUndoStack()
    made = ProgrammeWindow(planner, stack, event_id, viewer_zone=viewer_zone)
    made.stack = stack  # type: ignore[attr-defined]  # kept alive beside the window
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.show()
    yield made
    if made.dialog is not None:
        close_unasked(made.dialog)
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    made.close()
    made.deleteLater()
    stack.deleteLater()


def answer_questions(
    monkeypatch: pytest.MonkeyPatch,
    reply: QMessageBox.StandardButton,
    asked: list[str] | None = None,
) -> list[str]:
    """Answer the next questions with ``reply``; the list (``asked``, or a new one) collects
    what was asked."""
    asked = [] if asked is None else asked

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked
