"""The event dialog's fields on three tabs, and the reading and writing of an ``EventDraft``.

The form turns what is typed into a draft; it judges nothing beyond what it needs to build
one (a zone name that is no zone, a local time that does not exist, a name that matches no
venue). Every other rule is the domain's, applied by the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus, default_busy_status
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import EventDraft
from eventplanner.domain.registrations import Counts
from eventplanner.domain.timing import Timing
from eventplanner.domain.validation import MAX_CAPACITY
from eventplanner.ui.events.event_choices import EventChoices
from eventplanner.ui.events.recurrence_editor import RecurrenceEditor
from eventplanner.ui.events.registration_counts import counts_text
from eventplanner.ui.events.tag_edit import TagEdit
from eventplanner.ui.events.timing_fields import TimingFields
from eventplanner.ui.labels import (
    REMINDER_CHOICES,
    busy_label,
    kind_label,
    reminder_label,
    status_label,
)
from eventplanner.ui.widgets.catalog_picker import CatalogPicker
from eventplanner.ui.widgets.notices import FieldError
from eventplanner.ui.wording import filled

EVENT_PAGE, REPEAT_PAGE, DETAILS_PAGE = range(3)
_NO_REMINDER = -1
_NO_LIMIT = -1


def _hbox(parent: QWidget, *widgets: QWidget, stretch: bool = True) -> QWidget:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    row.setFocusProxy(widgets[0])
    return row


def _same_width(*widgets: QWidget) -> None:
    width = max(w.sizeHint().width() for w in widgets)
    for widget in widgets:
        widget.setMinimumWidth(width)


def _form(page: QWidget) -> QFormLayout:
    form = QFormLayout(page)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setContentsMargins(14, 14, 14, 14)
    form.setVerticalSpacing(8)
    form.setHorizontalSpacing(12)
    return form


class EventForm(QTabWidget):
    """Tabs "Event", "Repeat" and "Details" holding every field of an ``EventDraft``."""

    field_edited = Signal(str)
    """A person changed a field (named as ``ValidationError.field`` names it)."""

    def __init__(self, choices: EventChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._errors: dict[str, FieldError] = {}
        self._focus: dict[str, QWidget] = {}
        self._pages: dict[str, int] = {}
        self._build_event_page(choices)
        self._build_repeat_page()
        self._build_details_page()
        self._align_labels()
        _same_width(self.kind, self.status)
        _same_width(self.busy, self.reminder)
        self._connect()

    # -- pages -------------------------------------------------------------------------------

    def _field(
        self, field: str, widget: QWidget, page: int, focus: QWidget | None = None
    ) -> QWidget:
        """``widget`` with its problem label under it, registered under ``field``."""
        box = QWidget(widget.parentWidget())
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = FieldError(box)
        layout.addWidget(error)
        box.setFocusProxy(focus or widget)
        if not isinstance(widget, QPlainTextEdit):  # only text areas take spare height
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._errors[field] = error
        self._focus[field] = focus or widget
        self._pages[field] = page
        return box

    def _align_labels(self) -> None:
        """One label column width on every tab, so fields do not jump when tabs change."""
        labels: list[QWidget] = []
        for form in self.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and (label := item.widget()) is not None:
                    labels.append(label)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def _build_event_page(self, choices: EventChoices) -> None:
        page = QWidget(self)
        form = _form(page)
        self.title_edit = QLineEdit(page)
        self.title_edit.setPlaceholderText(self.tr("What is happening?"))
        self.kind = QComboBox(page)
        for kind in EventKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.status = QComboBox(page)
        for status in EventStatus:
            self.status.addItem(status_label(status), status.value)
        self.timing = TimingFields(page)
        self.zone = self.timing.zone
        self.venue = CatalogPicker(
            self.tr("No venue"), can_create=choices.create_venue is not None, parent=page
        )
        self.venue.set_items([(v.id, v.name) for v in choices.venues if v.id is not None])
        self.online_url = QLineEdit(page)
        self.online_url.setPlaceholderText("https://")
        self.organiser = CatalogPicker(
            self.tr("No organiser"),
            can_create=choices.create_organisation is not None,
            parent=page,
        )
        self.organiser.set_items([(o.id, o.name) for o in choices.organisations if o.id])
        self.project = CatalogPicker(
            self.tr("No project"), can_create=choices.create_project is not None, parent=page
        )
        self.project.set_items([(p.id, p.name) for p in choices.projects if p.id is not None])
        self.tags = TagEdit(choices.tags, page)
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. fair, members"))

        p = EVENT_PAGE
        form.addRow(self.tr("&Title:"), self._field("title", self.title_edit, p))
        form.addRow(self.tr("&Kind:"), _hbox(page, self.kind))
        form.addRow(self.tr("&Status:"), _hbox(page, self.status))
        t = self.timing
        form.addRow("", t.all_day)
        start_row = _hbox(page, t.start_date, t.start_time, t.week)
        form.addRow(t.start_label, self._field("start", start_row, p, t.start_date))
        end_row = _hbox(page, t.end_date, t.end_time)
        form.addRow(t.end_label, self._field("end", end_row, p, t.end_date))
        zone_box = self._field("time_zone", t.zone, p)
        zone_layout = zone_box.layout()
        assert zone_layout is not None  # (the field's box, made with its layout)
        zone_layout.addWidget(t.home_time)
        form.addRow(self.tr("Time &zone:"), zone_box)
        form.addRow(self.tr("&Venue:"), self._field("venue", self.venue, p))
        form.addRow(self.tr("&Online link:"), self._field("online_url", self.online_url, p))
        form.addRow(self.tr("O&rganiser:"), self._field("organiser", self.organiser, p))
        form.addRow(self.tr("&Project:"), self._field("project", self.project, p))
        form.addRow(self.tr("Ta&gs:"), self._field("tags", self.tags, p))
        self.addTab(page, self.tr("Event"))

    def _build_repeat_page(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 14, 14, 14)
        self.recurrence = RecurrenceEditor(page)
        layout.addWidget(self.recurrence)
        layout.addStretch(1)
        for field in ("recurrence", "exdates"):
            self._focus[field] = self.recurrence.frequency
            self._pages[field] = REPEAT_PAGE
        self.addTab(page, self.tr("Repeat"))

    def _build_details_page(self) -> None:
        page = QWidget(self)
        form = _form(page)
        self.capacity = QSpinBox(page)
        self.capacity.setRange(_NO_LIMIT, MAX_CAPACITY)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.capacity.setGroupSeparatorShown(True)
        self.capacity.setValue(_NO_LIMIT)
        self.capacity.setMinimumWidth(self.capacity.sizeHint().width() + 16)  # room to breathe
        self.registered = QLabel(page)  # "48 / 60, 5 waiting", read when an event opens
        self.public = QCheckBox(
            self.tr("Public: openly advertised (clear for a closed event)"), page
        )
        self.public.setChecked(True)
        self.busy = QComboBox(page)
        self.busy.addItem("", "")
        for busy in BusyStatus:
            self.busy.addItem(busy_label(busy), busy.value)
        self.reminder = QComboBox(page)
        for minutes in REMINDER_CHOICES:
            self.reminder.addItem(
                reminder_label(minutes), _NO_REMINDER if minutes is None else minutes
            )
        self.web_page = QLineEdit(page)
        self.web_page.setPlaceholderText("https://")
        self.description = QPlainTextEdit(page)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("Shown to everyone who sees the event"))
        self.notes = QPlainTextEdit(page)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("For the team only; never published"))
        self.notes.setMaximumHeight(90)
        p = DETAILS_PAGE
        capacity = _hbox(page, self.capacity, self.registered)
        form.addRow(self.tr("&Capacity:"), self._field("capacity", capacity, p))
        form.addRow("", self.public)
        form.addRow(self.tr("&Busy status:"), _hbox(page, self.busy))
        form.addRow(self.tr("&Reminder:"), self._field("reminder", _hbox(page, self.reminder), p))
        form.addRow(self.tr("&Web page:"), self._field("web_page", self.web_page, p))
        form.addRow(self.tr("&Description:"), self._field("description", self.description, p))
        form.addRow(self.tr("Private &notes:"), self._field("notes", self.notes, p))
        self.addTab(page, self.tr("Details"))
        self._update_busy_default()

    def show_registrations(self, counts: Counts) -> None:
        """Beside the capacity, the stored event's registrations: seats taken of its
        capacity and how many wait ("Registered: 48 / 60, 5 waiting")."""
        self.registered.setText(filled(self.tr("Registered: %1"), counts_text(counts)))

    def _emit(self, field: str) -> None:
        if not self._loading:
            self.field_edited.emit(field)

    def _connect(self) -> None:
        emit = self._emit
        self.title_edit.textChanged.connect(lambda: emit("title"))
        self.kind.currentIndexChanged.connect(self._update_busy_default)
        self.kind.currentIndexChanged.connect(lambda: emit("kind"))
        self.status.currentIndexChanged.connect(lambda: emit("status"))
        self.timing.changed.connect(emit)
        self.timing.start_moved.connect(
            lambda: self.recurrence.set_start(self.timing.first(), self.zone.time_zone())
        )
        self.venue.selection_changed.connect(lambda: emit("venue"))
        self.online_url.textChanged.connect(lambda: emit("online_url"))
        self.organiser.selection_changed.connect(lambda: emit("organiser"))
        self.project.selection_changed.connect(lambda: emit("project"))
        self.tags.textChanged.connect(lambda: emit("tags"))
        self.recurrence.changed.connect(lambda: emit("recurrence"))
        self.capacity.valueChanged.connect(lambda: emit("capacity"))
        self.public.toggled.connect(lambda: emit("public"))
        self.busy.currentIndexChanged.connect(lambda: emit("busy_status"))
        self.reminder.currentIndexChanged.connect(lambda: emit("reminder"))
        self.web_page.textChanged.connect(lambda: emit("web_page"))
        self.description.textChanged.connect(lambda: emit("description"))
        self.notes.textChanged.connect(lambda: emit("notes"))

    def _update_busy_default(self) -> None:
        kind = EventKind(self.kind.currentData())
        text = filled(self.tr("Default for the kind (%1)"), busy_label(default_busy_status(kind)))
        self.busy.setItemText(0, text)

    # -- reading and writing -----------------------------------------------------------------

    def load(self, draft: EventDraft) -> None:
        """Show every field of ``draft``."""
        self._loading = True
        try:
            self.title_edit.setText(draft.title)
            self.kind.setCurrentIndex(self.kind.findData(draft.kind.value))
            self.status.setCurrentIndex(self.status.findData(draft.status.value))
            self.timing.load(draft.timing)
            self.venue.set_current_id(draft.venue_id)
            self.online_url.setText(draft.online_url)
            self.organiser.set_current_id(draft.organiser_id)
            self.project.set_current_id(draft.project_id)
            self.tags.set_tags(draft.tags)
            self.capacity.setValue(_NO_LIMIT if draft.capacity is None else draft.capacity)
            self.public.setChecked(draft.public)
            busy = "" if draft.busy_status is None else draft.busy_status.value
            self.busy.setCurrentIndex(self.busy.findData(busy))
            self._load_reminder(draft.reminder_minutes)
            self.web_page.setText(draft.web_page)
            self.description.setPlainText(draft.description)
            self.notes.setPlainText(draft.notes)
            self.recurrence.set_recurrence(draft.recurrence)
        finally:
            self._loading = False

    def _load_reminder(self, minutes: int | None) -> None:
        value = _NO_REMINDER if minutes is None else minutes
        if self.reminder.findData(value) < 0:  # a reminder set elsewhere: keep it
            self.reminder.addItem(reminder_label(minutes), value)
        self.reminder.setCurrentIndex(self.reminder.findData(value))

    def read(self) -> tuple[EventDraft, list[ValidationError]]:
        """The draft the fields describe, and what stopped it from being built as typed.

        A draft is always returned (a placeholder zone or time stands in for a bad one) so
        that the domain can judge the rest of it too.
        """
        problems: list[ValidationError] = []
        timing = self.timing.read(problems)
        ids: dict[str, int | None] = {}
        for field, picker in (
            ("venue", self.venue),
            ("organiser", self.organiser),
            ("project", self.project),
        ):
            ids[field] = picker.current_id()
            if picker.unmatched_text():
                problems.append(ValidationError(field, self._unmatched(field, picker)))
        busy = self.busy.currentData()
        reminder = self.reminder.currentData()
        draft = EventDraft(
            title=self.title_edit.text().strip(),
            timing=timing,
            kind=EventKind(self.kind.currentData()),
            status=EventStatus(self.status.currentData()),
            description=self.description.toPlainText(),
            venue_id=ids["venue"],
            online_url=self.online_url.text().strip(),
            project_id=ids["project"],
            organiser_id=ids["organiser"],
            tags=self.tags.tags(),
            capacity=None if self.capacity.value() == _NO_LIMIT else self.capacity.value(),
            web_page=self.web_page.text().strip(),
            busy_status=BusyStatus(busy) if busy else None,
            reminder_minutes=None if reminder == _NO_REMINDER else reminder,
            recurrence=self.recurrence.recurrence(),
            notes=self.notes.toPlainText(),
            public=self.public.isChecked(),
        )
        return draft, problems

    def _unmatched(self, field: str, picker: CatalogPicker) -> str:
        # Whole sentences, so that a translation can make "it" agree with its noun.
        pick, or_create = {
            "venue": (
                self.tr("No venue is called “%1”: pick one from the list"),
                self.tr("No venue is called “%1”: pick one from the list, or create it"),
            ),
            "organiser": (
                self.tr("No organisation is called “%1”: pick one from the list"),
                self.tr("No organisation is called “%1”: pick one from the list, or create it"),
            ),
            "project": (
                self.tr("No project is called “%1”: pick one from the list"),
                self.tr("No project is called “%1”: pick one from the list, or create it"),
            ),
        }[field]
        text = pick if picker.create_button.isHidden() else or_create
        return filled(text, picker.unmatched_text())

    # -- problems ----------------------------------------------------------------------------

    def fields(self) -> list[str]:
        return list(self._pages)

    def page_of(self, field: str) -> int:
        return self._pages[field]

    def show_problem(self, field: str, message: str | None) -> None:
        if field in self._errors:
            self._errors[field].show_message(message)

    def problem_shown(self, field: str) -> str:
        """The problem shown beside ``field`` ("" when none)."""
        if field in ("recurrence", "exdates"):
            return self.recurrence.error.text() if not self.recurrence.error.isHidden() else ""
        error = self._errors.get(field)
        return error.text() if error is not None and not error.isHidden() else ""

    def focus_field(self, field: str) -> None:
        if field in self._pages:
            self.setCurrentIndex(self._pages[field])
            self._focus[field].setFocus()

    def show_home_time(self, timing: Timing | None, home_zone: str) -> None:
        self.timing.show_home_time(timing, home_zone)
