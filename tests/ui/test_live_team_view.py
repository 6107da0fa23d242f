"""The live team view in the window: what a colleague saves to the same file (a second
Database, as a second process would) shows up in the open window, the selection stays, and an
open editor says its event was changed elsewhere, and what changed, keeping what was typed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import EventDraft, Venue
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.changes import ChangeSet, Kind
from eventplanner.services.workspace import Workspace
from eventplanner.ui.events.event_dialog import EventDialog
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.helpers import STO, agenda_titles, answer_when_asked, at, settle, shown_window

# The issue promises two seconds from commit to window; a loaded test machine gets more to
# reload the view in (a timeout to wait with, never a measured time).
SHOWN_WITHIN_MS = 10_000


@pytest.fixture
def live_window(qtbot, tmp_path: Path, planner_file: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    with shown_window(qtbot, tmp_path, planner_file, live=True) as made:
        live = made._planner.live
        assert live is not None and live.wait_until_listening(10)
        yield made


@pytest.fixture
def colleague(planner_file: Path) -> Iterator[Workspace]:
    """Another coordinator's workspace on the same file."""
    other = Workspace.open(planner_file)
    yield other
    other.close()


def test_a_colleagues_new_event_appears_and_the_selection_stays(
    qtbot, live_window: MainWindow, colleague: Workspace
) -> None:  # type: ignore[no-untyped-def]
    window = live_window
    row = window.agenda_model.row_of(lambda o: o.title == "Styrelsemöte")
    window.agenda.selectRow(row)
    chosen = window.agenda.current_occurrence()
    assert chosen is not None
    heard: list[ChangeSet] = []
    window._planner.changed_elsewhere.connect(heard.append)
    assert isinstance(chosen.timing, TimedSpan)  # a colleague's breakfast the same day
    start = chosen.timing.start.astimezone(STO).replace(hour=7)
    colleague.events.create(
        EventDraft(title="Annas frukostmöte", kind=EventKind.SEMINAR,
                   timing=TimedSpan(start, start + timedelta(hours=1)))
    )  # fmt: skip
    qtbot.waitUntil(lambda: "Annas frukostmöte" in agenda_titles(window), timeout=SHOWN_WITHIN_MS)
    settle(qtbot, window)
    assert heard and heard[0]
    now = window.agenda.current_occurrence()
    assert now is not None
    assert (now.uid, now.recurrence_id) == (chosen.uid, chosen.recurrence_id)


def test_an_open_editor_says_its_event_was_changed_elsewhere_and_keeps_the_typing(
    qtbot, live_window: MainWindow, colleague: Workspace
) -> None:  # type: ignore[no-untyped-def]
    window = live_window
    row = window.agenda_model.row_of(lambda o: o.title == "Nätverksträff för medlemmar")
    occurrence = window.agenda_model.occurrence(row)
    assert occurrence is not None
    window.agenda.selectRow(row)
    answer_when_asked("The whole series")  # a repeating event asks which occurrences
    qtbot.keyClick(window.agenda, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editing.dialog is not None, timeout=10_000)
    dialog = window.editing.dialog
    assert dialog is not None
    dialog.form.title_edit.setText("Nätverksträff (ny tid)")
    assert not dialog.elsewhere_banner.isVisible()

    current = colleague.events.get(occurrence.event_id)
    more = (current.capacity or 0) + 7
    colleague.events.update(
        current.id, replace(current.draft(), title="Nätverksträff i Aulan", capacity=more),
        expected_version=current.version,
    )  # fmt: skip

    qtbot.waitUntil(lambda: dialog.elsewhere_banner.isVisible(), timeout=SHOWN_WITHIN_MS)
    notice = dialog.elsewhere_banner.text()
    assert "changed by someone else" in notice
    assert "Title: Nätverksträff för medlemmar → Nätverksträff i Aulan" in notice
    assert f"Capacity: {current.capacity or '(none)'} → {more}" in notice
    assert "Venue" not in notice  # only what changed
    assert dialog.form.title_edit.text() == "Nätverksträff (ny tid)"
    # Saving anyway meets the revision check: refused, and still nothing typed is lost.
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=5_000)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_banner.isVisible(), timeout=10_000)
    assert dialog.isVisible()
    assert dialog.form.title_edit.text() == "Nätverksträff (ny tid)"
    answer_when_asked("Discard")
    dialog.reject()


def test_an_editor_whose_event_was_deleted_elsewhere_says_so(
    qtbot, live_window: MainWindow, colleague: Workspace
) -> None:  # type: ignore[no-untyped-def]
    window = live_window
    occurrence, dialog = _edit_a_single_event(qtbot, window)
    colleague.events.delete(occurrence.event_id)
    qtbot.waitUntil(lambda: dialog.elsewhere_banner.isVisible(), timeout=SHOWN_WITHIN_MS)
    assert "deleted by someone else" in dialog.elsewhere_banner.text()
    dialog.reject()


def test_an_editor_is_not_told_of_changes_to_other_events(
    qtbot, live_window: MainWindow, colleague: Workspace
) -> None:  # type: ignore[no-untyped-def]
    window = live_window
    occurrence, dialog = _edit_a_single_event(qtbot, window)
    heard: list[ChangeSet] = []
    window._planner.changed_elsewhere.connect(heard.append)
    other = next(
        o for r in range(window.agenda_model.rowCount())
        if (o := window.agenda_model.occurrence(r)) is not None
        and o.event_id != occurrence.event_id and o.recurrence_id is None
    )  # fmt: skip
    current = colleague.events.get(other.event_id)
    colleague.events.update(current.id, replace(current.draft(), capacity=12),
                            expected_version=current.version)  # fmt: skip
    qtbot.waitUntil(lambda: bool(heard), timeout=SHOWN_WITHIN_MS)
    settle(qtbot, window)
    assert not dialog.elsewhere_banner.isVisible()
    dialog.reject()


def test_the_windows_own_saves_are_not_heard_again(
    qtbot, live_window: MainWindow, colleague: Workspace
) -> None:  # type: ignore[no-untyped-def]
    window = live_window
    planner = window._planner
    heard: list[ChangeSet] = []
    planner.changed_elsewhere.connect(heard.append)
    start = at(2026, 11, 24, 7)
    draft = EventDraft(title="Mitt eget möte", kind=EventKind.SEMINAR,
                       timing=TimedSpan(start, start + timedelta(hours=1)))  # fmt: skip
    with qtbot.waitSignal(planner.changed, timeout=10_000):
        planner.change(lambda ws: ws.events.create(draft))
    settle(qtbot, window)
    made = colleague.venues.create(Venue(None, "Annas lokal"))
    qtbot.waitUntil(lambda: bool(heard), timeout=SHOWN_WITHIN_MS)
    # Notices are read in the order they were written: the window's own came first, unheard.
    assert heard[0].ids(Kind.VENUE) == {made.id}
    assert not heard[0].ids(Kind.EVENT)


def _edit_a_single_event(qtbot, window: MainWindow) -> tuple[Occurrence, EventDialog]:  # type: ignore[no-untyped-def]
    """The editor opened (Enter) on the agenda's first event that is not a series."""
    row = window.agenda_model.row_of(lambda o: o.recurrence_id is None)
    occurrence = window.agenda_model.occurrence(row)
    assert occurrence is not None
    window.agenda.selectRow(row)
    qtbot.keyClick(window.agenda, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editing.dialog is not None, timeout=10_000)
    dialog = window.editing.dialog
    assert dialog is not None
    return occurrence, dialog
