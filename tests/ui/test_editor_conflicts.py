"""The event editor names a draft's conflicts as the coordinator types (the newest answer
only, never blocking the save; a venue booked twice keeps its own banner)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from eventplanner.domain.conflicts import (
    DEFAULT_SEVERITY,
    Conflict,
    ConflictKind,
)
from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.model import EventDraft
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timing import TimedSpan
from eventplanner.ui.events.event_dialog import EventChoices, EventDialog
from tests.ui.helpers import close_unasked

STO = ZoneInfo("Europe/Stockholm")


def holiday_of(draft: EventDraft, name: str, kind: ConflictKind) -> Conflict:
    timing = draft.timing
    occurrence = Occurrence(1, "uid-1", draft.title, EventKind.SEMINAR, EventStatus.PLANNED,
                            timing, None, None, None, BusyStatus.BUSY)  # fmt: skip
    start = datetime.combine(timing.first_day, datetime.min.time(), tzinfo=STO)
    return Conflict(kind, DEFAULT_SEVERITY[kind], start, start + timedelta(days=1), "k",
                    occurrences=(occurrence,), about=name)  # fmt: skip


def test_a_draft_on_a_holiday_is_named_as_it_is_typed(qtbot: QtBot) -> None:
    asked: list[tuple[EventDraft, Callable[[Sequence[Conflict]], None]]] = []
    choices = EventChoices(check_conflicts=lambda draft, found: asked.append((draft, found)))
    start = datetime(2027, 6, 25, 14, tzinfo=STO)
    draft = EventDraft("Mingel", TimedSpan(start, start + timedelta(hours=2)))
    dialog = EventDialog(choices, draft, default_day=date(2027, 6, 25))
    qtbot.addWidget(dialog, before_close_func=close_unasked)
    dialog.show()
    assert len(asked) == 1  # asked when opened
    dialog.form.title_edit.end(False)  # (the title is selected when the editor opens)
    qtbot.keyClicks(dialog.form.title_edit, " i juni")
    qtbot.waitUntil(lambda: len(asked) == 2)  # asked again after typing
    first, newest = asked
    first[1]([holiday_of(first[0], "Midsommarafton", ConflictKind.EVE)])
    assert dialog.conflict_banner.text() == ""  # an older question's answer is not shown
    newest[1]([holiday_of(newest[0], "Midsommarafton", ConflictKind.EVE)])
    assert dialog.conflict_banner.text() == (
        "Conflicts (you can still save):\n"
        "• “Mingel i juni” is on Midsommarafton, an eve most take off."
    )
    submitted: list[EventDraft] = []
    dialog.submitted.connect(submitted.append)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [d.title for d in submitted] == ["Mingel i juni"]  # advice only


def test_no_conflicts_no_banner(qtbot: QtBot) -> None:
    answers: list[Callable[[Sequence[Conflict]], None]] = []
    choices = EventChoices(check_conflicts=lambda _draft, found: answers.append(found))
    start = datetime(2027, 6, 23, 14, tzinfo=STO)
    dialog = EventDialog(choices, EventDraft("Möte", TimedSpan(start, start + timedelta(hours=1))))
    qtbot.addWidget(dialog, before_close_func=close_unasked)
    dialog.show()
    answers[-1](())
    assert dialog.conflict_banner.text() == "" and dialog.conflict_banner.isHidden()
