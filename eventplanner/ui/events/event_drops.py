"""An event dragged in a view to another day or time, or its end dragged: which occurrences
(of a repeating one), what is lost, which tasks move with it; the answers become an undo
command, saved in the background. Declined, the view shows the event where it is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from eventplanner.domain.errors import EventplannerError
from eventplanner.domain.model import Event, EventDraft
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.series import (
    Drop,
    following_moved,
    occurrence_moved,
    series_moved,
    split_draft,
    start_key,
)
from eventplanner.domain.series_edits import whole_series_edit
from eventplanner.domain.task_anchors import EventEdit, FollowingEdit, OccurrenceEdit, WholeEdit
from eventplanner.domain.timing import Timing
from eventplanner.ui.events import undo
from eventplanner.ui.events.lost_exceptions import agrees_to_drop
from eventplanner.ui.events.scope_question import ask_scope
from eventplanner.ui.planner import Planner
from eventplanner.ui.wording import filled

translate = QCoreApplication.translate

ConfirmMoves = Callable[[int, EventEdit, QWidget, Callable[[], None], Callable[[], None]], None]
"""Before ``edit`` of event ``id`` is saved (a new timing, a series whole, one occurrence, this
and following): ask over the widget which of its tasks move, then go or stop."""


class EventDrops:
    """Turns a drop in a view into a saved, undoable change (``EventEditing`` owns one)."""

    def __init__(
        self,
        planner: Planner,
        window: QWidget,
        *,
        push: Callable[[undo.EventCommand], None],
        confirm_moves: Callable[[], ConfirmMoves],
        abandoned: Callable[[], None],
        day_of: Callable[[EventDraft], str],
    ) -> None:
        """``push`` saves a command; ``confirm_moves`` gives the question of the tasks that
        move (the window may set it after this is made); ``abandoned`` says a drop was not
        saved; ``day_of`` words the first day of a draft."""
        self._planner = planner
        self._window = window
        self._push = push
        self._confirm_moves = confirm_moves
        self._abandoned = abandoned
        self._day_of = day_of

    def retime(self, occurrence: Occurrence, timing: Timing, *, resized: bool) -> None:
        self._planner.read(
            lambda ws: ws.events.get(occurrence.event_id),
            lambda event: self._retimed(event, occurrence, timing, resized),
            after_changes=True,
            on_error=self._drop_refused,
        )

    def _retimed(self, event: Event, occurrence: Occurrence, timing: Timing, resized: bool) -> None:
        key = occurrence.recurrence_id
        if event.recurrence is None or key is None:
            draft = replace(event.draft(), timing=timing)
            text = self._drop_text(event.title, resized=resized)
            command = undo.EditEvent(self._planner, event, draft, text)
            whole: EventEdit = timing if event.recurrence is None else WholeEdit(draft)
            self._confirmed(event, whole, command)
            return
        question = (
            translate("EventEditing", "Which occurrences do you want to change?")
            if resized
            else translate("EventEditing", "Which occurrences do you want to move?")
        )
        scope = ask_scope(self._window, event, question)
        if scope is None:
            self._abandoned()
            return
        if scope == "one":
            change = occurrence_moved(event, key, timing)
            text = self._drop_text(event.title, resized=resized, one=True)
            one = undo.ChangeOccurrence(self._planner, event, change, text)
            self._confirmed(event, OccurrenceEdit(change), one)
            return
        try:
            if scope == "following":
                draft = following_moved(event, key, occurrence.timing, timing)
            else:
                draft = series_moved(event, key, occurrence.timing, timing)
        except EventplannerError as error:
            self._drop_refused(str(error))
            return
        # The whole series is split at its start: its changed occurrences go along by the
        # rule of an edit of the whole series (domain.series_edits), asked about when lost.
        since = self._day_of(split_draft(event, key)) if scope == "following" else None
        split_at = key if scope == "following" else start_key(event.timing)
        text = self._drop_text(event.title, resized=resized, since=since)
        dropped = Drop(key, timing)
        lost = False
        if split_at == start_key(event.timing):
            edit = whole_series_edit(event, draft, dropped)
            if not agrees_to_drop(self._window, edit, editing=False):
                self._abandoned()
                return
            lost = edit.loses_exceptions
        split = undo.SplitSeries(
            self._planner, event, split_at, draft, text, dropped, drop_exceptions=lost
        )
        self._confirmed(event, FollowingEdit(split_at, draft, dropped), split)

    def _confirmed(self, event: Event, edit: EventEdit, command: undo.EventCommand) -> None:
        """Save a drop once the tasks it moves are confirmed (``confirm_moves``); declined,
        the view shows the event where it is."""
        if event.id is None:
            self._push(command)
            return
        self._confirm_moves()(event.id, edit, self._window,
                           lambda: self._push(command), self._abandoned)  # fmt: skip

    def _drop_text(
        self, title: str, *, resized: bool, one: bool = False, since: str | None = None
    ) -> str:
        """What the undo history calls a drop: "Move “Title”", "Change length of one …",
        "Move “Title” from 12 Feb" (this and the following ones)."""
        if one:
            text = (
                translate("EventEditing", "Change length of one “%1”")
                if resized
                else translate("EventEditing", "Move one “%1”")
            )
        elif since is not None:
            text = (
                translate("EventEditing", "Change length of “%1” from %2")
                if resized
                else translate("EventEditing", "Move “%1” from %2")
            )
        else:
            text = (
                translate("EventEditing", "Change length of “%1”")
                if resized
                else translate("EventEditing", "Move “%1”")
            )
        return filled(text, title, since)

    def _drop_refused(self, message: str) -> None:
        QMessageBox.warning(self._window, translate("EventEditing", "Not saved"), message)
        self._abandoned()
