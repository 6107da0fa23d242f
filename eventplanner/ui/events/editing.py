"""What happens when a person creates, opens, drags, duplicates, cancels or deletes an event.

The questions (which occurrence? really delete?) are asked here; the answers become undo
commands. Loading what a dialog needs happens in the background before it opens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from eventplanner.domain.enums import EventStatus
from eventplanner.domain.errors import EventplannerError
from eventplanner.domain.model import (
    Event,
    EventDraft,
    OccurrenceChange,
    SplitResult,
)
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.recurrence import RecurrenceId
from eventplanner.domain.registrations import Counts
from eventplanner.domain.series import (
    occurrence_change,
    split_draft,
    start_key,
)
from eventplanner.domain.series_edits import whole_series_edit
from eventplanner.domain.task_anchors import EventEdit, FollowingEdit, OccurrenceEdit, WholeEdit
from eventplanner.domain.timing import TimedSpan, Timing
from eventplanner.ui.events import undo
from eventplanner.ui.events.changed_elsewhere import ChangedElsewhere
from eventplanner.ui.events.editor_choices import EditorChoices
from eventplanner.ui.events.event_choices import EventChoices
from eventplanner.ui.events.event_drops import ConfirmMoves, EventDrops
from eventplanner.ui.events.scope_question import ask_scope
from eventplanner.ui.planner import Planner
from eventplanner.ui.text import day_month_text, first_day
from eventplanner.ui.widgets.alive import while_alive
from eventplanner.ui.wording import filled

if TYPE_CHECKING:  # the database layer loads when a database opens, not at start-up
    from eventplanner.ui.events.event_dialog import EventDialog

translate = QCoreApplication.translate

TaskEdit = Callable[[EventDraft], EventEdit | None]
"""What a save of the editor's draft does to the event its tasks count from (None: it moves
none of them, so nothing is asked)."""


def _no_question(
    _event_id: int, _edit: EventEdit, _parent: QWidget, go: Callable[[], None], _stop: object
) -> None:
    go()


class EventEditing(QObject):
    """Opens the editor and turns what it returns into undoable changes."""

    drop_abandoned = Signal()  # a dragged event was not saved after all: show what is stored
    event_saved = Signal(object)  # an Event made or changed in the editor, or duplicated
    programme_requested = Signal(int)  # the editor's Programme… button: that event's id

    def __init__(
        self, planner: Planner, stack: QUndoStack, window: QWidget, display_zone: str
    ) -> None:
        super().__init__(window)
        self._planner = planner
        self._stack = stack
        self._window = window
        self.display_zone = display_zone
        self.dialog: EventDialog | None = None  # the open editor, for tests and focus
        self.confirm_moves: ConfirmMoves = _no_question
        """Asked before an event moves (dragged, or saved with other dates): the window
        gives the tasks' preview (``ui.tasks.move_preview``)."""
        self._choices = EditorChoices(planner, stack, self, lambda: self.display_zone)
        self._drops = EventDrops(
            planner, window, push=self._push, confirm_moves=lambda: self.confirm_moves,
            abandoned=self.drop_abandoned.emit, day_of=self._day_of,
        )  # fmt: skip

    # -- the editor ----------------------------------------------------------------------------

    def _open_editor(
        self,
        draft: EventDraft | None,
        *,
        day: date | None,
        title: str,
        editing: int | None,
        command: Callable[[EventDraft], undo.EventCommand],
        series: Event | None = None,
        opened: Event | None = None,
        moves_tasks: TaskEdit | None = None,
    ) -> None:
        """Open the editor; Save saves in the background, and only a saved change closes it
        (a refused one is shown in the dialog, with everything typed kept). With ``series``
        the draft is that whole series: Save asks before it loses exceptions. ``opened`` is
        the stored event edited: the editor says so when someone else saves it meanwhile.
        ``moves_tasks``: what a save of a draft does to ``opened``'s tasks' anchors (the
        save asks first, listing the tasks that move)."""

        def show(choices: EventChoices) -> None:
            from eventplanner.ui.events.event_dialog import EventDialog  # first use

            dialog = EventDialog(
                choices,
                draft,
                title=title,
                default_day=day,
                default_time_zone=self.display_zone,
                parent=self._window,
            )
            dialog.set_waits_for_save(True)
            if series is not None and series.recurrence is not None:
                dialog.keep_exceptions_of(series)
            if opened is not None:
                ChangedElsewhere(self._planner, dialog, opened, self.display_zone)
                self._show_registrations(dialog, opened.id)
            if opened is not None and opened.recurrence is None:
                programme = dialog.buttons.addButton(
                    translate("EventEditing", "&Programme…"),
                    QDialogButtonBox.ButtonRole.ActionRole,
                )
                programme.setToolTip(
                    translate("EventEditing", "The event's timetable, sessions and people")
                )
                ident = opened.id
                programme.clicked.connect(lambda: self.programme_requested.emit(ident))

            def submitted(draft: EventDraft) -> None:
                edit = moves_tasks(draft) if moves_tasks is not None else None
                if edit is not None and opened is not None and opened.id is not None:
                    kept = translate("EventEditing", "Not saved: the event and its tasks are "
                                     "where they were.")  # fmt: skip
                    self.confirm_moves(opened.id, edit, dialog, lambda: save(draft),
                                       lambda: dialog.show_error(None, kept))  # fmt: skip
                    return
                save(draft)

            def save(draft: EventDraft) -> None:
                made = command(draft)
                # One occurrence changed returns its series, whose dates are not the change's.
                one = isinstance(made, undo.ChangeOccurrence)
                undo.save_then_push(
                    self._planner,
                    self._stack,
                    made,
                    on_saved=dialog.mark_saved,
                    on_refused=lambda message: dialog.show_error(None, message),
                    on_result=None if one else self._saved,
                )

            dialog.submitted.connect(submitted)
            dialog.finished.connect(lambda _result: self._closed(dialog))
            self.dialog = dialog
            dialog.open()

        self._choices.load(editing, show)

    def _push(self, command: undo.EventCommand) -> None:
        """Save now; the undo history gets the change once it is saved (errors: a message)."""
        undo.save_then_push(self._planner, self._stack, command)

    def _saved(self, result: object) -> None:
        """Tell of an event saved from the editor or duplicated (the window says where it
        is, if it does not show it)."""
        if isinstance(result, SplitResult):
            result = result.later
        result = getattr(result, "event", result)  # a write's result (a duplicate) names it
        if isinstance(result, Event):
            self.event_saved.emit(result)

    def _closed(self, dialog: EventDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    # -- use cases -----------------------------------------------------------------------------

    def new_event(self, day: date | None = None) -> None:
        self._open_editor(
            None,
            day=day,
            title=self.tr("New event"),
            editing=None,
            command=lambda draft: undo.CreateEvent(self._planner, draft),
        )

    def new_event_at(self, start: datetime) -> None:
        """A new event starting at a chosen time slot (double-click in the week view)."""
        slot = TimedSpan(start, start + timedelta(hours=1), self.display_zone)
        self._open_editor(
            EventDraft(title="", timing=slot),
            day=start.date(),
            title=self.tr("New event"),
            editing=None,
            command=lambda draft: undo.CreateEvent(self._planner, draft),
        )

    def _show_registrations(self, dialog: EventDialog, event_id: int) -> None:
        """The event's registration counts beside its capacity, read in the background."""

        def shown(found: dict[int, Counts]) -> None:
            if event_id in found:
                dialog.form.show_registrations(found[event_id])

        self._planner.read(lambda ws: ws.registrations.counts([event_id]),
                           while_alive(dialog, shown))  # fmt: skip

    def edit(self, occurrence: Occurrence) -> None:
        self._planner.read(
            lambda ws: ws.events.get(occurrence.event_id),
            lambda event: self._edit(event, occurrence),
            after_changes=True,
        )

    def _edit(self, event: Event, occurrence: Occurrence) -> None:
        title = filled(self.tr("Edit “%1”"), event.title)
        if event.recurrence is not None and occurrence.recurrence_id is not None:
            scope = ask_scope(
                self._window, event, self.tr("Which occurrences do you want to change?")
            )
            if scope is None:
                return
            if scope == "one":
                self._edit_occurrence(event, occurrence)
                return
            if scope == "following":
                self._edit_following(event, occurrence.recurrence_id)
                return

        def command(draft: EventDraft) -> undo.EventCommand:
            # The editor asked before an edit that loses exceptions (keep_exceptions_of).
            lost = whole_series_edit(event, draft).loses_exceptions
            return undo.EditEvent(self._planner, event, draft, drop_exceptions=lost)

        def moves_tasks(draft: EventDraft) -> EventEdit | None:
            if draft.timing == event.timing and draft.recurrence == event.recurrence:
                return None
            return draft.timing if event.recurrence is None else WholeEdit(draft)

        self._open_editor(
            event.draft(), day=None, title=title, editing=event.id, command=command,
            series=event, opened=event, moves_tasks=moves_tasks,
        )  # fmt: skip

    def _edit_occurrence(self, event: Event, occurrence: Occurrence) -> None:
        key = occurrence.recurrence_id
        assert key is not None
        one = replace(
            event.draft(),
            title=occurrence.title,
            timing=occurrence.timing,
            recurrence=None,
            status=occurrence.status,
        )

        def command(draft: EventDraft) -> undo.EventCommand:
            change = occurrence_change(event, key, draft)
            text = filled(self.tr("Change one “%1”"), event.title)
            return undo.ChangeOccurrence(self._planner, event, change, text)

        def moves_tasks(draft: EventDraft) -> EventEdit | None:
            if draft.timing == one.timing:
                return None
            return OccurrenceEdit(occurrence_change(event, key, draft))

        title = filled(self.tr("Edit one occurrence of “%1”"), event.title)
        self._open_editor(
            one, day=None, title=title, editing=event.id, command=command, opened=event,
            moves_tasks=moves_tasks,
        )  # fmt: skip

    def _edit_following(self, event: Event, key: RecurrenceId) -> None:
        """The series from occurrence ``key`` on, in the editor; saving splits it there."""
        following = self._split_draft(event, key)
        if following is None:
            return
        day = self._day_of(following)

        whole = key == start_key(event.timing)  # from the first on: the whole series

        def command(draft: EventDraft) -> undo.EventCommand:
            text = filled(self.tr("Change “%1” from %2"), event.title, day)
            lost = whole and whole_series_edit(event, draft).loses_exceptions
            return undo.SplitSeries(self._planner, event, key, draft, text, drop_exceptions=lost)

        def moves_tasks(draft: EventDraft) -> EventEdit | None:
            if draft.timing == following.timing and draft.recurrence == following.recurrence:
                return None
            return FollowingEdit(key, draft)

        title = filled(self.tr("Edit “%1” from %2 on"), event.title, day)
        self._open_editor(
            following, day=None, title=title, editing=event.id, command=command,
            series=event if whole else None, opened=event, moves_tasks=moves_tasks,
        )  # fmt: skip

    def _split_draft(self, event: Event, key: RecurrenceId) -> EventDraft | None:
        """The series from ``key`` on; None (and a message) when the key is no longer one
        of its occurrences: someone else changed the series since the view was loaded."""
        try:
            return split_draft(event, key)
        except EventplannerError as error:
            self._planner.failed.emit(str(error))
            self._planner.refresh()  # show the series as it is now
            return None

    def _day_of(self, draft: EventDraft) -> str:
        return day_month_text(first_day(draft.timing, self.display_zone))

    # -- dragged in a view (``event_drops``) ----------------------------------------------------

    def move(self, occurrence: Occurrence, timing: Timing) -> None:
        """``occurrence`` was dragged to ``timing`` (another day or time)."""
        self._drops.retime(occurrence, timing, resized=False)

    def resize(self, occurrence: Occurrence, timing: Timing) -> None:
        """``occurrence``'s end was dragged: ``timing`` is its new span."""
        self._drops.retime(occurrence, timing, resized=True)

    def duplicate(self, occurrence: Occurrence) -> None:
        from eventplanner.ui.dialogs.go_to_date import ask_date

        day = ask_date(self._window, first_day(occurrence.timing, self.display_zone))
        if day is None:
            return
        self._planner.read(
            lambda ws: ws.events.get(occurrence.event_id),
            lambda event: undo.save_then_push(
                self._planner,
                self._stack,
                undo.DuplicateEvent(self._planner, event, day),
                on_result=self._saved,
            ),
        )

    def cancel(self, occurrence: Occurrence) -> None:
        self._planner.read(
            lambda ws: ws.events.get(occurrence.event_id),
            lambda event: self._cancel(event, occurrence),
            after_changes=True,
        )

    def _cancel(self, event: Event, occurrence: Occurrence) -> None:
        if event.recurrence is not None and occurrence.recurrence_id is not None:
            scope = ask_scope(
                self._window, event, self.tr("Which occurrences do you want to cancel?")
            )
            if scope is None:
                return
            key = occurrence.recurrence_id
            if scope == "one":
                change = OccurrenceChange(key, cancelled=True)
                text = filled(self.tr("Cancel one “%1”"), event.title)
                self._push(undo.ChangeOccurrence(self._planner, event, change, text))
                return
            if scope == "following":
                following = self._split_draft(event, key)
                if following is None:
                    return
                cancelled = replace(following, status=EventStatus.CANCELLED)
                day = self._day_of(cancelled)
                text = filled(self.tr("Cancel “%1” from %2"), event.title, day)
                self._push(undo.SplitSeries(self._planner, event, key, cancelled, text))
                return
        self._push(undo.cancel_event(self._planner, event))

    def delete(self, occurrence: Occurrence) -> None:
        self._planner.read(
            lambda ws: ws.events.get(occurrence.event_id), self._delete, after_changes=True
        )

    def _delete(self, event: Event) -> None:
        question = filled(
            self.tr("Delete the whole series “%1” with all its occurrences?")
            if event.recurrence is not None
            else self.tr("Delete “%1”?"),
            event.title,
        )
        answer = QMessageBox.question(
            self._window,
            self.tr("Delete event"),
            question + "\n" + self.tr("You can undo this with Ctrl+Z."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._push(undo.DeleteEvent(self._planner, event))
