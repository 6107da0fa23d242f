"""Release…: the draft's changes since the last release (New, Moved, Changed, Cancelled,
each session's slot before and after on the event's clock), who they affect, and the
conflicts that hold the release (each accepted here with a reason, or looked at in the
Conflicts window). Released under a name and a note, off the GUI thread; then the e-mail
to each person affected, ready for Outlook.

What may be released is the service's rule (``ReleaseService.pending`` and ``release``):
this dialog shows the plan it reads and its refusals as they are."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.conflicts import Conflict
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.programme import ProgrammeEvent
from eventplanner.domain.programme_releases import Release
from eventplanner.services.changes import ChangeSet, Kind
from eventplanner.ui.conflict_texts import describe
from eventplanner.ui.planner import Planner
from eventplanner.ui.programme.release_changes_model import ChangeColumn, ReleaseChangesModel
from eventplanner.ui.programme.release_emails_view import ReleaseEmailsView
from eventplanner.ui.programme.release_models import (
    AffectedPeopleModel,
    HoldingColumn,
    HoldingConflictsModel,
    PersonColumn,
)
from eventplanner.ui.programme.release_texts import (
    release_title,
    released_at_text,
)
from eventplanner.ui.widgets.alive import while_alive
from eventplanner.ui.widgets.notices import Banner, WrappedLabel
from eventplanner.ui.widgets.row_table import read_only_rows
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.programme.records import Written
    from eventplanner.services.programme.releases import ReleasePlan

_RELOAD_ON = (
    Kind.SESSION, Kind.STAGE, Kind.BLOCK, Kind.PHASE, Kind.EVENT_ROLE, Kind.BLOCK_ROLE,
    Kind.SESSION_ROLE, Kind.AVAILABILITY, Kind.CONTACT, Kind.ACCEPTED_CONFLICT, Kind.EVENT,
)  # fmt: skip
"""What changes the plan: the programme, its people, and the conflicts' acceptance."""


def _fit_columns(view: QTreeView | QTableView, widest: tuple[tuple[int, int], ...]) -> None:
    """Each (column, most characters) as wide as its texts, within 12 and that many."""
    average = view.fontMetrics().averageCharWidth()
    for column, most in widest:
        view.resizeColumnToContents(column)
        width = view.columnWidth(column) + average * 2
        view.setColumnWidth(column, min(max(width, average * 12), average * most))


class ReleaseDialog(QDialog):
    """Release the programme of ``event``: the plan first, then the e-mails."""

    loaded = Signal()
    """The plan is read (again) and shown."""
    released = Signal(object)
    """The ``Release`` just made."""
    conflicts_requested = Signal(object, object)
    """(first day, last day): the Conflicts window over the event's days, asked for."""

    def __init__(self, planner: Planner, event: ProgrammeEvent, *, viewer_zone: str = "",
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._planner = planner
        self._event = event
        self._viewer_zone = viewer_zone or event.time_zone
        self._key = f"release-plan-{id(self)}"
        self.plan: ReleasePlan | None = None
        self.release: Release | None = None
        self._releasing = False
        self.setWindowTitle(filled(self.tr("Release the programme: %1"), event.title))

        self.since = WrappedLabel(self.tr("Reading the draft…"))
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What this release is (optional): only you see it"))
        self.name.textChanged.connect(lambda _t: self._enable())
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("N&ote:"), self.note)

        self.changes = ReleaseChangesModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.changes)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        average = self.fontMetrics().averageCharWidth()
        self.tree.setColumnWidth(ChangeColumn.SESSION, average * 34)
        self.tree.setColumnWidth(ChangeColumn.BEFORE, average * 28)
        self.tree.setColumnWidth(ChangeColumn.AFTER, average * 28)
        self.changes_heading = QLabel(self.tr("Changes"))
        self.changes_heading.setBuddy(self.tree)
        changes = QWidget()
        changes_box = QVBoxLayout(changes)
        changes_box.setContentsMargins(0, 0, 0, 0)
        changes_box.addWidget(self.changes_heading)
        changes_box.addWidget(self.tree, 1)

        self.people = AffectedPeopleModel(self)
        self.people_table = QTableView()
        self.people_table.setModel(self.people)
        read_only_rows(self.people_table, int(self.fontMetrics().height() * 1.7))
        self.people_table.setColumnWidth(PersonColumn.NAME, average * 20)
        self.people_table.setColumnWidth(PersonColumn.EMAIL, average * 24)
        self.people_table.horizontalHeader().setStretchLastSection(True)
        self.people_heading = QLabel(self.tr("Who is affected"))
        people = QWidget()
        people_box = QVBoxLayout(people)
        people_box.setContentsMargins(0, 0, 0, 0)
        people_box.addWidget(self.people_heading)
        people_box.addWidget(self.people_table, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(changes)
        split.addWidget(people)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        self.holding = HoldingConflictsModel(self)
        self.holding_table = QTableView()
        self.holding_table.setModel(self.holding)
        # Two lines a conflict: what it is about names sessions, times and a stage.
        read_only_rows(self.holding_table, int(self.fontMetrics().height() * 2.9), single=True)
        self.holding_table.setWordWrap(True)
        self.holding_table.setColumnWidth(HoldingColumn.KIND, average * 24)
        self.holding_table.horizontalHeader().setSectionResizeMode(
            HoldingColumn.CONFLICT, QHeaderView.ResizeMode.Stretch
        )
        self.holding_heading = Banner("warning", self)
        self.holding_heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.accept_button = QPushButton(self.tr("&Accept with a reason…"))
        self.accept_button.setToolTip(
            self.tr("The chosen conflict is acceptable: say why, and it holds nothing")
        )
        self.accept_button.clicked.connect(lambda: self.accept_chosen())
        self.conflicts_button = QPushButton(self.tr("Open the &Conflicts window"))
        self.conflicts_button.clicked.connect(self._conflicts_window)
        self.holding_table.doubleClicked.connect(lambda _i: self.accept_chosen())
        self.holding_table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        holding_commands = QHBoxLayout()
        holding_commands.addStretch(1)
        holding_commands.addWidget(self.conflicts_button)
        holding_commands.addWidget(self.accept_button)
        self.holding_box = QWidget()
        holding_box = QVBoxLayout(self.holding_box)
        holding_box.setContentsMargins(0, 0, 0, 0)
        holding_box.addWidget(self.holding_heading)
        holding_box.addWidget(self.holding_table)
        holding_box.addLayout(holding_commands)
        self.holding_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.holding_box.hide()

        self.problem = Banner("error", self)
        plan = QWidget()
        plan_box = QVBoxLayout(plan)
        plan_box.setContentsMargins(0, 0, 0, 0)
        plan_box.addWidget(self.since)
        plan_box.addLayout(form)
        plan_box.addWidget(split, 1)
        plan_box.addWidget(self.holding_box)

        self.done_heading = WrappedLabel("")
        font = self.done_heading.font()
        font.setBold(True)
        self.done_heading.setFont(font)
        self.emails = ReleaseEmailsView(planner, self)
        done = QWidget()
        done_box = QVBoxLayout(done)
        done_box.setContentsMargins(0, 0, 0, 0)
        done_box.addWidget(self.done_heading)
        done_box.addWidget(self.emails, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(plan)
        self.pages.addWidget(done)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.release_button = QPushButton(self.tr("&Release"))
        self.release_button.setDefault(True)
        self.buttons.addButton(self.release_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.release_button.clicked.connect(self.release_now)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.pages, 1)
        box.addWidget(self.problem)
        box.addWidget(self.buttons)
        self.resize(average * 205, self.fontMetrics().height() * 48)

        planner.changed.connect(while_alive(self, self._changed))
        self._enable()
        self.reload()

    # -- the plan ----------------------------------------------------------------------------

    def reload(self) -> None:
        if self.release is not None:
            return  # released: the e-mails are shown, not the next plan
        event_id = self._event.id
        self._planner.read(lambda ws: ws.releases.pending(event_id), while_alive(self, self._read),
                           key=self._key, after_changes=True,
                           on_error=while_alive(self, self.problem.show_message))  # fmt: skip

    def _changed(self, changes: ChangeSet) -> None:
        if not self._releasing and changes.touches(*_RELOAD_ON):
            self.reload()

    def _read(self, plan: ReleasePlan) -> None:
        first = self.plan is None
        self.plan = plan
        tz = self._event.time_zone
        latest = plan.latest
        diff = plan.diff
        if latest is None:
            self.since.setText(
                self.tr(
                    "The first release: every session of the draft is new."
                    " Subscribers see the programme once it is released."
                )
            )
        elif diff.is_empty:
            self.since.setText(filled(self.tr("Nothing changed since %1 (%2)."),
                                      release_title(latest),
                                      released_at_text(latest, self._viewer_zone)))  # fmt: skip
        else:
            self.since.setText(filled(self.tr("The draft against %1 (%2): times on the event's"
                                              " clock (%3)."), release_title(latest),
                                      released_at_text(latest, self._viewer_zone), tz))  # fmt: skip
        if first or not self.name.isModified():
            self.name.setText(filled(self.tr("Release %1"), plan.next_number))
        self.changes.set_diff(diff, tz)
        self.tree.expandAll()
        _fit_columns(self.tree, ((ChangeColumn.SESSION, 56), (ChangeColumn.BEFORE, 52),
                                 (ChangeColumn.AFTER, 52)))  # fmt: skip
        self.changes_heading.setText(
            filled(self.tr("Changes: %1"), len(diff.changes))
            if not diff.is_empty else self.tr("Changes: none")
        )  # fmt: skip
        self.people.set_people(plan.people)
        _fit_columns(self.people_table, ((PersonColumn.NAME, 30), (PersonColumn.EMAIL, 40)))
        count = len(plan.people)
        self.people_heading.setText(
            self.tr("Who is affected: nobody") if not count
            else self.tr("Who is affected: 1 person") if count == 1
            else filled(self.tr("Who is affected: %1 people"), count)
        )  # fmt: skip
        self.holding.set_conflicts(plan.holding, tz)
        holding = len(plan.holding)
        self.holding_box.setVisible(bool(holding))
        if holding:
            self.holding_heading.show_message(
                self.tr("A conflict holds this release: resolve it in the programme, or accept"
                        " it with a reason.") if holding == 1
                else filled(self.tr("%1 conflicts hold this release: resolve each in the"
                                    " programme, or accept it with a reason."), holding)
            )  # fmt: skip
            if not self.holding_table.currentIndex().isValid():
                self.holding_table.selectRow(0)
            rows = min(holding, 4)  # a few at a glance; the rest scroll
            table = self.holding_table
            table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                                 + rows * table.verticalHeader().defaultSectionSize()
                                 + 2 * table.frameWidth() + 2)  # fmt: skip
        self._enable()
        self.loaded.emit()

    def _enable(self) -> None:
        plan = self.plan
        ready = (
            plan is not None and not plan.holding and not plan.diff.is_empty
            and bool(self.name.text().strip()) and not self._releasing
        )  # fmt: skip
        self.release_button.setEnabled(ready and self.release is None)
        if plan is not None and plan.holding:
            self.release_button.setToolTip(self.tr("Held by the conflicts listed"))
        elif plan is not None and plan.diff.is_empty:
            self.release_button.setToolTip(self.tr("Nothing changed since the last release"))
        elif not self.name.text().strip():
            self.release_button.setToolTip(self.tr("Give the release a name"))
        else:
            self.release_button.setToolTip(
                self.tr("Subscribers' calendars and print follow the programme as released")
            )
        self.accept_button.setEnabled(self.chosen_conflict() is not None)

    # -- holding conflicts -------------------------------------------------------------------

    def chosen_conflict(self) -> Conflict | None:
        index = self.holding_table.currentIndex()
        return self.holding.row_at(index.row()) if index.isValid() else None

    def accept_chosen(self, reason: str | None = None) -> None:
        """Accept the chosen holding conflict with ``reason`` (asked for when None)."""
        conflict = self.chosen_conflict()
        if conflict is None:
            return
        tz = self._event.time_zone
        if reason is None:
            reason, given = QInputDialog.getText(
                self, self.tr("Accept the conflict"),
                filled(self.tr("%1\n\nWhy is this acceptable?"), describe(conflict, tz)),
            )  # fmt: skip
            if not given:
                return
        if not reason.strip():
            self.problem.show_message(self.tr("Say why the conflict is acceptable."))
            return
        self.problem.show_message(None)
        key = conflict.key
        window = TimeWindow(conflict.start - timedelta(days=1), conflict.end + timedelta(days=1),
                            tz)  # fmt: skip
        self._planner.change(lambda ws: ws.conflicts.accept(key, reason, window=window),
                             on_error=while_alive(self, self.problem.show_message))  # fmt: skip

    def _conflicts_window(self) -> None:
        self.conflicts_requested.emit(self._event.first_day, self._event.last_day)

    # -- releasing ---------------------------------------------------------------------------

    def release_now(self) -> None:
        """Release the draft under the name and note typed, off the GUI thread; a refusal
        is shown as the service words it, and nothing is released."""
        plan = self.plan
        name = self.name.text().strip()
        if plan is None or self._releasing or self.release is not None:
            return
        if not name:
            self.problem.show_message(self.tr("Name: give the release a name."))
            self.name.setFocus()
            return
        note = self.note.text().strip()
        event_id = self._event.id
        self._releasing = True
        self.problem.show_message(None)
        self._enable()
        self._planner.change(lambda ws: ws.releases.release(event_id, name, note),
                             while_alive(self, self._released),
                             while_alive(self, self._refused))  # fmt: skip

    def _refused(self, message: str) -> None:
        self._releasing = False
        self.problem.show_message(message)
        self._enable()
        self.reload()

    def _released(self, written: Written[Release]) -> None:
        self._releasing = False
        release = written.record
        self.release = release
        people = len(self.plan.people) if self.plan is not None else 0
        self.done_heading.setText(
            filled(self.tr("%1 is released: subscribers' calendars and print now show it."),
                   release_title(release))
            if people else
            filled(self.tr("%1 is released. Nobody's sessions changed: no e-mails to send."),
                   release_title(release))
        )  # fmt: skip
        self.pages.setCurrentIndex(1)
        self.release_button.hide()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.emails.show_release(self._event.id, release.id)
        self.released.emit(release)
