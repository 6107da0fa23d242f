"""The event editor: every field of an event, checked by the domain's rules as it is typed.

The dialog builds an ``EventDraft`` from what is shown, asks ``event_problems`` what is wrong
with it (about 150 ms after the last keystroke) and shows each problem beside its field; Save
stays disabled until there are none. Venue double-bookings are shown as a warning that does
not stop the save, and so are its other conflicts (a public holiday, an eve, a bridge day, a
subscribed calendar's event at the same time). When the service refuses a save,
``show_error`` puts the reason beside the field (or across the top) and the dialog stays
open with everything as it was typed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import Event, EventDraft, Organisation, Project, Venue
from eventplanner.domain.series import first_of
from eventplanner.domain.series_edits import whole_series_edit
from eventplanner.domain.timezones import zone
from eventplanner.domain.validation import event_problems
from eventplanner.ui.dialogs.discard import ask_to_discard
from eventplanner.ui.events.conflict_notice import ConflictNotice
from eventplanner.ui.events.event_choices import EventChoices
from eventplanner.ui.events.event_form import EventForm
from eventplanner.ui.events.lost_exceptions import agrees_to_drop
from eventplanner.ui.events.timing_fields import default_timing
from eventplanner.ui.widgets.catalog_picker import CatalogPicker
from eventplanner.ui.widgets.notices import Banner, error_colour, problem_icon
from eventplanner.ui.wording import filled

__all__ = ["EventChoices", "EventDialog"]

VALIDATION_DELAY_MS = 150
_Create = Callable[[str, Callable[[Any], None], Callable[[str], None]], None]
_TIMING_FIELDS = ("start", "end", "time_zone")
# What the services (or older callers) call a field, as the form names it.
_ALIASES = {"timing": "start", "venue_id": "venue", "project_id": "project",
            "organiser_id": "organiser", "organisation": "organiser",
            "reminder_minutes": "reminder", "first_day": "start", "last_day": "end"}  # fmt: skip


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] if message else message


class EventDialog(QDialog):
    """Create or edit one event. ``draft()`` gives the result once Save was pressed."""

    submitted = Signal(object)
    """Save was pressed on a valid draft (the ``EventDraft``); emitted before ``accepted``."""

    def __init__(
        self,
        choices: EventChoices,
        draft: EventDraft | None = None,
        *,
        title: str = "",
        default_day: date | None = None,
        default_time_zone: str = "Europe/Stockholm",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._choices = choices
        self._home_zone = default_time_zone
        # A draft without a title is a new event filled in ahead (a double-clicked slot).
        self._is_new = draft is None or not draft.title.strip()
        self._zone_chosen = not self._is_new
        self._venues = {v.id: v for v in choices.venues if v.id is not None}
        self._external: dict[str, str] = {}
        self._problems: dict[str, str] = {}
        self._quiet = {"title"} if self._is_new else set()  # no red before the first keystroke
        self._clash_key: object = None
        self._clashes: tuple[str, ...] = ()
        self._clash_asked: object = None  # the question still being answered
        self._save_waiting: EventDraft | None = None  # Save pressed while it was
        self._outlook_key: object = None
        self._waits_for_save = False
        self._saving = False
        self._series: Event | None = None

        self.form = EventForm(choices, self)
        self.elsewhere_banner = Banner("warning", self)
        self.clash_banner = Banner("warning", self)
        self.conflict_banner = ConflictNotice(choices.check_conflicts, choices.display_zone, self)
        self.outlook_banner = Banner("warning", self)
        self.error_banner = Banner("error", self)
        self.summary = QLabel(self)
        self.summary.setStyleSheet(f"color: {error_colour().name()};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self._build_layout()

        if draft is None:
            day = default_day or datetime.now(zone(default_time_zone)).date()
            draft = EventDraft(title="", timing=default_timing(day, default_time_zone))
        self.form.load(draft)
        self._as_loaded = self.form.read()[0]  # what closing without saving would lose
        self.setWindowTitle(title or self._default_title(draft))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATION_DELAY_MS)
        self._timer.timeout.connect(self._validate)
        self._connect()
        self._validate()
        self.form.title_edit.setFocus()

    # -- building ----------------------------------------------------------------------------

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.elsewhere_banner)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.clash_banner)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.outlook_banner)
        layout.addWidget(self.form, 1)
        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.setMinimumWidth(640)

    def _default_title(self, draft: EventDraft) -> str:
        if self._is_new:
            return self.tr("New event")
        return filled(self.tr("Edit event – %1"), draft.title)

    def _connect(self) -> None:
        self.form.field_edited.connect(self._edited)
        self.form.zone.edited.connect(self._zone_picked)
        self.form.venue.selection_changed.connect(self._venue_changed)
        for picker, create in (
            (self.form.venue, self._create_venue),
            (self.form.project, self._create_project),
            (self.form.organiser, self._create_organisation),
        ):
            picker.create_requested.connect(create)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        for keys in (Qt.Modifier.CTRL | Qt.Key.Key_Return, Qt.Modifier.CTRL | Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self._save)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    # -- public face -------------------------------------------------------------------------

    def draft(self) -> EventDraft:
        """The event as filled in; raises the first problem if it is not valid."""
        draft, problems = self._check()
        if problems:
            raise problems[0]
        return draft

    def problems(self) -> dict[str, str]:
        """Every problem found, by field, including those the service reported."""
        return {**self._problems, **self._external}

    def show_error(self, field: str | None, message: str) -> None:
        """The service refused the save: say why, beside ``field`` or across the top.

        Nothing typed is lost; if the dialog was already closed, it opens again.
        """
        self._set_saving(False)
        key = _ALIASES.get(field or "", field or "")
        if key in self.form.fields():
            self._external[key] = _sentence(message)
            self._show_problems()
            self.form.focus_field(key)
        else:
            self.error_banner.show_message(message)
        if not self.isVisible():
            self.setResult(QDialog.DialogCode.Rejected)
            self.open()

    def show_changed_elsewhere(self, notice: str) -> None:
        """The event was saved (or deleted) by someone else since the editor opened: say
        so, and what changed, across the top. Nothing typed is touched."""
        self.elsewhere_banner.show_message(notice)

    def set_waits_for_save(self, waits: bool) -> None:
        """Stay open after Save until ``mark_saved`` (or ``show_error``) is called.

        For a caller that saves in the background: Save emits ``submitted`` and shows
        "Saving…"; ``accepted`` follows only once the save succeeded.
        """
        self._waits_for_save = waits

    def keep_exceptions_of(self, series: Event) -> None:
        """The draft is the whole of ``series`` as stored: its skipped dates that the edited
        rule no longer has are not a problem to fix, and Save first names the exceptions the
        edit would lose and asks whether to lose them (``domain.series_edits``)."""
        self._series = series
        self._validate()

    def mark_saved(self) -> None:
        """The background save succeeded: close with ``accepted``."""
        self._set_saving(False)
        self.accept()

    def is_edited(self) -> bool:
        """Whether the form holds anything other than what it was opened with."""
        return self.form.read()[0] != self._as_loaded

    def reject(self) -> None:
        """Escape, Cancel or the close button: ask first if what was typed would be lost."""
        if not self._saving and self.is_edited():
            question = (
                self.tr("Discard this new event?")
                if self._is_new
                else filled(self.tr("Discard your changes to “%1”?"), self._as_loaded.title)
            )
            if not ask_to_discard(self, question):
                return
        super().reject()

    def clash_warnings(self) -> tuple[str, ...]:
        return self._clashes

    # -- validation --------------------------------------------------------------------------

    def _edited(self, field: str) -> None:
        field = _ALIASES.get(field, field)
        group = _TIMING_FIELDS if field in _TIMING_FIELDS else (field,)
        for name in group:
            self._external.pop(name, None)
            self._quiet.discard(name)
        self._timer.start()

    def _check(self) -> tuple[EventDraft, list[ValidationError]]:
        draft, problems = self.form.read()
        found = {p.field for p in problems}
        checked = draft
        if self._series is not None and not found:
            with contextlib.suppress(ValidationError):  # event_problems names a bad rule
                checked = whole_series_edit(self._series, draft).draft
        problems += [p for p in event_problems(checked) if p.field not in found]
        return draft, problems

    def _validate(self) -> EventDraft | None:
        """Check the draft now; show the problems and the clashes. The draft if it is valid."""
        self._timer.stop()
        draft, problems = self._check()
        self._problems = {}
        for problem in problems:
            field = _ALIASES.get(problem.field, problem.field)
            self._problems.setdefault(field, _sentence(problem.message))
        self._show_problems()
        zone_known = "time_zone" not in self._problems
        self.form.show_home_time(draft.timing if zone_known else None, self._home_zone)
        valid = not problems and not self._external
        self._check_clashes(draft if valid else None)
        self.conflict_banner.check(draft if valid else None)
        return draft if valid else None

    def _show_problems(self) -> None:
        problems = self.problems()
        shown = {f: m for f, m in problems.items() if f not in self._quiet}
        for field in self.form.fields():
            self.form.show_problem(field, shown.get(field))
        repeat = [shown[f] for f in ("recurrence", "exdates") if f in shown]
        self.form.recurrence.show_problem("\n".join(repeat) or None)
        pages = {self.form.page_of(f) for f in shown if f in self.form.fields()}
        for page in range(self.form.count()):
            self.form.setTabIcon(page, problem_icon() if page in pages else QIcon())
        unplaced = [m for f, m in shown.items() if f not in self.form.fields()]
        if unplaced:
            self.error_banner.show_message("\n".join(unplaced))
        self.ok_button.setEnabled(not problems and not self._saving)
        self.summary.setText(self._summary(len(problems), len(shown)))

    def _summary(self, found: int, shown: int) -> str:
        if self._saving:
            return self.tr("Saving…")
        if not found:
            return ""
        if not shown:
            return self.tr("Give the event a title to save it.")
        if shown == 1:
            return self.tr("Fix the marked field to save.")
        return filled(self.tr("Fix the %1 marked fields to save."), str(shown))

    def _check_clashes(self, draft: EventDraft | None) -> None:
        """Ask, in the background, whether the draft double-books its venue; the answer
        to the newest question is shown (the check is advice: it never blocks saving)."""
        check = self._choices.check_clashes
        if check is None or draft is None or draft.venue_id is None:
            if draft is None and self._clashes:
                return  # keep showing the warning while the input is being fixed
            self._clash_key, self._clashes = None, ()
            self._clash_asked = None
            self.clash_banner.show_message(None)
            return
        key = (draft.timing, draft.venue_id, draft.recurrence, draft.status)
        if key == self._clash_key:
            return
        self._clash_key = key
        self._clash_asked = key
        check(draft, lambda found: self._clashes_found(key, found))

    def _clashes_found(self, key: object, found: Sequence[str]) -> None:
        if not isValid(self) or key != self._clash_asked:
            return  # closed meanwhile, or an older question's answer
        self._clash_asked = None
        seen, self._clashes = self._clashes, tuple(found)
        lines = [self.tr("The venue is double-booked (you can still save):")]
        lines += [f"• {_sentence(w)}" for w in self._clashes]
        self.clash_banner.show_message("\n".join(lines) if self._clashes else None)
        waiting, self._save_waiting = self._save_waiting, None
        if waiting is not None and not (self._clashes and self._clashes != seen):
            self._submit(waiting)  # Save was pressed meanwhile, and nothing new turned up

    # -- saving ------------------------------------------------------------------------------

    def _save(self) -> None:
        if self._saving:
            return
        self.error_banner.show_message(None)
        self._quiet.clear()
        seen = self._clashes
        draft = self._validate()
        if draft is None:
            first = next(iter(self.problems()), None)
            if first is not None:
                self.form.focus_field(first)
            return
        if self._clashes and self._clashes != seen:
            return  # a warning just appeared: let it be read before saving
        if self._warned_for_outlook(draft):
            return  # said at save time, once: the next Save saves
        if self._series is not None and not agrees_to_drop(
            self, whole_series_edit(self._series, draft)
        ):
            return
        if self._clash_asked is not None:
            self._save_waiting = draft  # saved once the check answers without a new warning
            return
        self._submit(draft)

    def _submit(self, draft: EventDraft) -> None:
        self.submitted.emit(draft)
        if self._waits_for_save:
            self._set_saving(True)
        else:
            self.accept()

    def _warned_for_outlook(self, draft: EventDraft) -> bool:
        """Whether an endless series Outlook has no pattern for was just warned about
        (OUTLOOK.md 6): feeds publish it as it is, and Outlook shows its first date only."""
        from eventplanner.ical import endless_problem  # first use: the writer is not needed sooner

        rule = draft.recurrence.rule if draft.recurrence is not None else None
        first = first_of(draft.timing)
        if rule is None or endless_problem(rule, first) is None:
            self._outlook_key = None
            self.outlook_banner.show_message(None)
            return False
        if (rule, first) == self._outlook_key:
            return False
        self._outlook_key = (rule, first)
        self.outlook_banner.show_message(
            self.tr(
                "Outlook has no pattern for this series without an end: subscribers will see "
                "only its first occurrence. Give it an end (a number of times or a last day) "
                "and it is published in a shape Outlook shows. Save again to save it as it is."
            )
        )
        return True

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.form.setEnabled(not saving)
        self._show_problems()

    # -- venue, zone and new records ---------------------------------------------------------

    def _zone_picked(self) -> None:
        self._zone_chosen = True

    def _venue_changed(self) -> None:
        ident = self.form.venue.current_id()
        venue = None if ident is None else self._venues.get(ident)
        if venue is None or not self._is_new or self._zone_chosen:
            return  # an event's zone, once chosen, is not changed behind one's back
        if venue.time_zone != self.form.zone.time_zone():
            self.form.zone.set_time_zone(venue.time_zone)

    def _create(self, field: str, picker: CatalogPicker, name: str, create: _Create | None) -> None:
        """Ask for the record in the background; the picker selects it once it is made."""
        if create is None:
            return

        def made(record: Venue | Project | Organisation) -> None:
            if not isValid(self) or record.id is None:
                return  # closed meanwhile; or no id (a service always gives one)
            self._external.pop(field, None)
            if isinstance(record, Venue):
                self._venues[record.id] = record
            picker.add_and_select(record.id, record.name)
            picker.setFocus()
            self._timer.start()

        def refused(message: str) -> None:
            if isValid(self):
                self._external[field] = _sentence(message)
                self._show_problems()

        create(name, made, refused)

    def _create_venue(self, name: str) -> None:
        self._create("venue", self.form.venue, name, self._choices.create_venue)

    def _create_project(self, name: str) -> None:
        self._create("project", self.form.project, name, self._choices.create_project)

    def _create_organisation(self, name: str) -> None:
        self._create("organiser", self.form.organiser, name, self._choices.create_organisation)
