"""The form of one feed: its names, which events it shows, its options and its folder.

The form only gathers what is typed into a Feed; the feeds window saves it through the
Planner, and a refusal (a name taken, the last day before the first) is shown here with
everything typed kept.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.feeds import Feed, FeedProgramme, PhaseChoice
from eventplanner.domain.filters import EventFilter
from eventplanner.domain.model import Contact, Organisation, Project, Tag, Venue
from eventplanner.ui import labels
from eventplanner.ui.dialogs.discard import ask_to_discard
from eventplanner.ui.events.tag_edit import TagEdit, join_tags, split_tags
from eventplanner.ui.feeds.feed_model import tag_names
from eventplanner.ui.widgets.choice_button import ChoiceButton
from eventplanner.ui.widgets.date_popup import calendar_popup
from eventplanner.ui.widgets.day_edit import DayEdit
from eventplanner.ui.widgets.language_choice import LanguageChoice
from eventplanner.ui.widgets.notices import Banner, WrappedLabel
from eventplanner.ui.wording import filled


@dataclass(frozen=True)
class FeedCatalog:
    """The names a feed's filter can choose from."""

    projects: tuple[Project, ...] = ()
    venues: tuple[Venue, ...] = ()
    tags: tuple[Tag, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    contacts: tuple[Contact, ...] = ()
    stages: tuple[str, ...] = ()
    """The stages' names (of any event) a feed's sessions can be chosen by."""


class FeedEditor(QDialog):
    """Edits a feed (or a new one); ``submitted`` carries the Feed to save."""

    submitted = Signal(object)  # Feed

    def __init__(
        self,
        catalog: FeedCatalog,
        feed: Feed | None = None,
        cancelled_prefix: str = "Cancelled: ",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._feed = feed or Feed(None, "", cancelled_prefix=cancelled_prefix)
        self.setObjectName("FeedEditor")
        self.setWindowTitle(self.tr("New feed") if feed is None else self.tr("Edit feed"))

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Trade fairs 2027"))
        self.calendar_name = QLineEdit(self)
        self.calendar_name.setPlaceholderText(self.tr("The feed's name"))
        self.description = QLineEdit(self)
        self.kinds = ChoiceButton(self.tr("Kinds"), self)
        self.kinds.set_items([(k, labels.kind_label(k)) for k in EventKind])
        self.statuses = ChoiceButton(self.tr("Statuses"), self)
        self.statuses.set_items([(s, labels.status_label(s)) for s in EventStatus])
        self.projects = ChoiceButton(self.tr("Projects"), self)
        self.projects.set_items([(p.id, p.name) for p in catalog.projects if p.id is not None])
        self.venues = ChoiceButton(self.tr("Venues"), self)
        self.venues.set_items([(v.id, v.name) for v in catalog.venues if v.id is not None])
        # A feed may choose organisers (the command line's --organiser): shown and changed
        # here too, or a feed's only choice could not be seen, nor undone before a delete.
        self.organisers = ChoiceButton(self.tr("Organisations"), self)
        self.organisers.set_items(
            [(o.id, o.name) for o in catalog.organisations if o.id is not None]
        )
        choices = QHBoxLayout()
        for button in (self.kinds, self.statuses, self.projects, self.venues, self.organisers):
            choices.addWidget(button)
        choices.addStretch(1)
        self.tags = TagEdit([t.name for t in catalog.tags], self)
        self.tags.setPlaceholderText(self.tr("Any tag; or e.g. mässa, delad monter"))
        self.from_day = QCheckBox(self.tr("From"), self)
        self.first_day = DayEdit(self)
        self.to_day = QCheckBox(self.tr("to"), self)
        self.last_day = DayEdit(self)
        for edit in (self.first_day, self.last_day):
            calendar_popup(edit)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setEnabled(False)
        self.from_day.toggled.connect(self.first_day.setEnabled)
        self.to_day.toggled.connect(self.last_day.setEnabled)
        days = QHBoxLayout()
        days.addWidget(self.from_day)
        days.addWidget(self.first_day)
        days.addWidget(self.to_day)
        days.addWidget(self.last_day)
        days.addStretch(1)
        self.include_cancelled = QCheckBox(self.tr("Include cancelled events, titled"), self)
        self.cancelled_prefix = QLineEdit(self)
        self.include_cancelled.toggled.connect(self.cancelled_prefix.setEnabled)
        cancelled = QHBoxLayout()
        cancelled.addWidget(self.include_cancelled)
        cancelled.addWidget(self.cancelled_prefix, 1)
        self.include_notes = QCheckBox(self.tr("Include the private notes"), self)
        self.language = LanguageChoice(self.tr("Automatic, from the feed's name"), self)
        self.language.setToolTip(
            self.tr("The language of the categories Outlook shows for the events' kinds")
        )
        # What of the programme it publishes as entries of its own (issue 14).
        self.sessions = QCheckBox(self.tr("Sessions"), self)
        self.sessions.setToolTip(self.tr("Each session of the events as an entry of its own"))
        self.stage = QComboBox(self)
        self.stage.addItem(self.tr("Every stage"), "")
        for name in catalog.stages:
            self.stage.addItem(name, name)
        self.stage.setToolTip(self.tr("Only the sessions on the stage of this name"))
        self.breaks = QCheckBox(self.tr("Breaks too"), self)
        for widget in (self.stage, self.breaks):
            widget.setEnabled(False)
            self.sessions.toggled.connect(widget.setEnabled)
        sessions_row = QHBoxLayout()
        sessions_row.addWidget(self.sessions)
        sessions_row.addWidget(self.stage, 1)
        sessions_row.addWidget(self.breaks)
        self.phases = QComboBox(self)
        for text, choice in (
            (self.tr("None"), PhaseChoice.NONE),
            (self.tr("Open days only (public)"), PhaseChoice.PUBLIC),
            (self.tr("All, build-up and tear-down too (staff)"), PhaseChoice.ALL),
        ):
            self.phases.addItem(text, choice.value)
        self.person = QComboBox(self)
        self.person.addItem(self.tr("Nobody: the events the choices above show"), None)
        for contact in catalog.contacts:
            if contact.id is not None:
                self.person.addItem(contact.name, contact.id)
        self.person.setToolTip(
            self.tr("A person's feed: everything this contact is in, in any role, across events")
        )
        self.folder = QLineEdit(self)
        self.folder.setPlaceholderText(self.tr("None: served only, not written to a folder"))
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Calendar name:"), self.calendar_name)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Shows:"), choices)
        form.addRow(self.tr("Tags:"), self.tags)
        form.addRow(self.tr("Days:"), days)
        form.addRow(cancelled)
        form.addRow(self.include_notes)
        form.addRow(self.tr("Categories in:"), self.language)
        form.addRow(self.tr("Programme:"), sessions_row)
        form.addRow(self.tr("Phases:"), self.phases)
        form.addRow(self.tr("Person:"), self.person)
        form.addRow(self.tr("Folder:"), folder_row)
        hint = WrappedLabel(
            self.tr(
                "Empty choices show every event. The feed's file is rewritten in the folder "
                "after every change that touches it: choose a OneDrive or SharePoint folder "
                "and subscribe to the file from Outlook."
            ),
            self,
        )
        self.problem = Banner("error", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 84)
        # The feed's tags as shown when loaded: kept by id unless other tags are typed.
        names = {t.id: t.name for t in catalog.tags if t.id is not None}
        self._tag_names = tag_names(self._feed.where, names)
        self._show(self._feed)
        self._as_loaded = self.feed()  # what closing without saving would lose

    def _show(self, feed: Feed) -> None:
        where = feed.where
        self.name.setText(feed.name)
        self.calendar_name.setText(feed.calendar_name)
        self.description.setText(feed.description)
        self.kinds.set_checked(where.kinds)
        self.statuses.set_checked(where.statuses)
        self.projects.set_checked(where.project_ids)
        self.venues.set_checked(where.venue_ids)
        self.organisers.set_checked(where.organiser_ids)
        self.tags.setText(join_tags(self._tag_names))
        today = QDate.currentDate()
        for check, edit, day in (
            (self.from_day, self.first_day, feed.first_day),
            (self.to_day, self.last_day, feed.last_day),
        ):
            check.setChecked(day is not None)
            edit.setEnabled(day is not None)
            edit.setDate(QDate(day.year, day.month, day.day) if day is not None else today)
        self.include_cancelled.setChecked(feed.include_cancelled)
        self.cancelled_prefix.setText(feed.cancelled_prefix)
        self.cancelled_prefix.setEnabled(feed.include_cancelled)
        self.include_notes.setChecked(feed.include_notes)
        self.language.set_setting(feed.language)
        programme = feed.programme
        self.sessions.setChecked(programme.sessions)
        self.stage.setCurrentIndex(self._stage_index(programme.stage))
        self.breaks.setChecked(programme.breaks)
        for widget in (self.stage, self.breaks):
            widget.setEnabled(programme.sessions)
        self.phases.setCurrentIndex(max(0, self.phases.findData(programme.phases.value)))
        found = self.person.findData(programme.person_id)
        if programme.person_id is not None and found < 0:  # a contact deleted meanwhile
            self.person.addItem(str(programme.person_id), programme.person_id)
            found = self.person.count() - 1
        self.person.setCurrentIndex(max(0, found))
        self.folder.setText(feed.folder)

    def feed(self) -> Feed:
        """The feed as the form says it (id, token and version as loaded)."""
        where = replace(
            self._feed.where if self._feed.id is not None else EventFilter(),
            kinds=frozenset(k for k in self.kinds.checked() if isinstance(k, EventKind)),
            statuses=frozenset(s for s in self.statuses.checked() if isinstance(s, EventStatus)),
            project_ids=frozenset(i for i in self.projects.checked() if isinstance(i, int)),
            venue_ids=frozenset(i for i in self.venues.checked() if isinstance(i, int)),
            organiser_ids=frozenset(i for i in self.organisers.checked() if isinstance(i, int)),
        )
        typed = split_tags(self.tags.text())
        if {t.casefold() for t in typed} != {t.casefold() for t in self._tag_names}:
            # Other tags typed: saved by name, which the service turns into their ids.
            where = replace(where, tags=frozenset(typed), tag_ids=frozenset())
        return replace(
            self._feed,
            name=self.name.text().strip(),
            calendar_name=self.calendar_name.text().strip(),
            description=self.description.text().strip(),
            where=where,
            first_day=_day(self.first_day) if self.from_day.isChecked() else None,
            last_day=_day(self.last_day) if self.to_day.isChecked() else None,
            include_cancelled=self.include_cancelled.isChecked(),
            cancelled_prefix=self.cancelled_prefix.text(),
            include_notes=self.include_notes.isChecked(),
            language=self.language.setting(),
            programme=self._programme(),
            folder=self.folder.text().strip(),
        )

    def _programme(self) -> FeedProgramme:
        sessions = self.sessions.isChecked()
        person = self.person.currentData()
        return FeedProgramme(
            sessions=sessions,
            stage=str(self.stage.currentData() or "") if sessions else "",
            breaks=self.breaks.isChecked() and sessions,
            phases=PhaseChoice(self.phases.currentData() or PhaseChoice.NONE.value),
            person_id=person if isinstance(person, int) else None,
        )

    def _stage_index(self, name: str) -> int:
        """The stage ``name`` among those offered; one no event has any longer (renamed or
        deleted since) is shown as it is saved, to keep or to change."""
        wanted = name.strip().casefold()
        if not wanted:
            return 0
        for index in range(1, self.stage.count()):
            if str(self.stage.itemData(index)).casefold() == wanted:
                return index
        self.stage.addItem(name, name)
        return self.stage.count() - 1

    def is_edited(self) -> bool:
        """Whether the form holds anything other than what it was opened with."""
        return self.feed() != self._as_loaded

    def reject(self) -> None:
        """Escape, Cancel or the close button: ask first if what was typed would be lost."""
        if self.is_edited():
            question = (
                self.tr("Discard this new feed?")
                if self._feed.id is None
                else filled(self.tr("Discard your changes to the feed “%1”?"), self._feed.name)
            )
            if not ask_to_discard(self, question):
                return
        super().reject()

    def submit(self) -> None:
        self.problem.show_message(None)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.submitted.emit(self.feed())

    def saved(self) -> None:
        """The save went through: close."""
        self.accept()

    def show_error(self, message: str) -> None:
        """The save was refused: say why and keep what was typed."""
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.problem.show_message(message[:1].upper() + message[1:])

    def _choose_folder(self) -> None:
        start = self.folder.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("The feed's folder"), start)
        if chosen:
            self.folder.setText(chosen)


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())
