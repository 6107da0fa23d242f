"""Releases…: every release of an event, newest first, with its note, and the e-mail to
each person that release affected (its changes against the release before it), to copy,
save for Outlook or open in the mail program again."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.programme import ProgrammeEvent
from eventplanner.domain.programme_releases import Release
from eventplanner.services.changes import ChangeSet, Kind
from eventplanner.ui.models.row_table import Index, RowTableModel
from eventplanner.ui.planner import Planner
from eventplanner.ui.programme.release_emails_view import ReleaseEmailsView
from eventplanner.ui.programme.release_texts import release_name, released_at_text
from eventplanner.ui.widgets.alive import while_alive
from eventplanner.ui.widgets.notices import Banner
from eventplanner.ui.widgets.row_table import read_only_rows
from eventplanner.ui.wording import filled

translate = QCoreApplication.translate


class ReleaseColumn(IntEnum):
    NUMBER = 0
    NAME = 1
    RELEASED = 2
    NOTE = 3


def _headers() -> dict[ReleaseColumn, str]:
    return {
        ReleaseColumn.NUMBER: translate("ReleaseTableModel", "No."),
        ReleaseColumn.NAME: translate("ReleaseTableModel", "Name"),
        ReleaseColumn.RELEASED: translate("ReleaseTableModel", "Released"),
        ReleaseColumn.NOTE: translate("ReleaseTableModel", "Note"),
    }


class ReleaseTableModel(RowTableModel[Release]):
    """An event's releases, newest first."""

    def __init__(self, time_zone: str, parent: Any = None) -> None:
        super().__init__(ReleaseColumn, _headers(), parent)
        self._zone = time_zone

    def set_releases(self, releases: Sequence[Release]) -> None:
        self.beginResetModel()
        self._rows = sorted(releases, key=lambda r: r.number, reverse=True)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        release = self.row_at(index.row()) if index.isValid() else None
        if release is None or not 0 <= index.column() < len(ReleaseColumn):
            return None
        column = ReleaseColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column is ReleaseColumn.NUMBER:
                return str(release.number)
            if column is ReleaseColumn.NAME:
                return release_name(release)
            if column is ReleaseColumn.RELEASED:
                return released_at_text(release, self._zone)
            return release.note
        if role == Qt.ItemDataRole.TextAlignmentRole and column is ReleaseColumn.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReleasesDialog(QDialog):
    """The releases of ``event`` and the chosen one's e-mails."""

    loaded = Signal()
    """The releases are read (again) and shown."""

    def __init__(self, planner: Planner, event: ProgrammeEvent, *, viewer_zone: str = "",
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._planner = planner
        self._event = event
        self._key = f"releases-{id(self)}"
        self.releases: tuple[Release, ...] | None = None
        self.setWindowTitle(filled(self.tr("Releases: %1"), event.title))

        self.model = ReleaseTableModel(viewer_zone or event.time_zone, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        read_only_rows(self.table, int(self.fontMetrics().height() * 1.7), single=True)
        average = self.fontMetrics().averageCharWidth()
        self.table.setColumnWidth(ReleaseColumn.NUMBER, average * 6)
        self.table.setColumnWidth(ReleaseColumn.NAME, average * 30)  # "Flyttat med evenemanget"
        self.table.setColumnWidth(ReleaseColumn.RELEASED, average * 16)
        self.table.horizontalHeader().setSectionResizeMode(
            ReleaseColumn.NOTE, QHeaderView.ResizeMode.Stretch
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen_changed())
        self.heading = QLabel(self.tr("Reading the releases…"))
        listing = QWidget()
        listing_box = QVBoxLayout(listing)
        listing_box.setContentsMargins(0, 0, 0, 0)
        listing_box.addWidget(self.heading)
        listing_box.addWidget(self.table, 1)

        self.emails = ReleaseEmailsView(planner, self)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(listing)
        split.addWidget(self.emails)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self.problem = Banner("error", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(split, 1)
        box.addWidget(self.problem)
        box.addWidget(buttons)
        self.resize(average * 140, self.fontMetrics().height() * 40)
        planner.changed.connect(while_alive(self, self._changed))
        self.reload()

    def reload(self) -> None:
        event_id = self._event.id
        self._planner.read(lambda ws: ws.releases.releases(event_id), while_alive(self, self._read),
                           key=self._key, after_changes=True,
                           on_error=while_alive(self, self.problem.show_message))  # fmt: skip

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches(Kind.RELEASE, Kind.EVENT):
            self.reload()

    def _read(self, releases: Sequence[Release]) -> None:
        chosen = self.chosen()
        self.releases = tuple(releases)
        self.model.set_releases(self.releases)
        if not self.releases:
            self.heading.setText(self.tr("Not released yet: release the programme first."))
        else:
            self.heading.setText(self.tr("Choose a release to see the e-mails it asked for:"))
            rows = self.model.rows()
            row = next((r for r, x in enumerate(rows) if chosen and x.id == chosen.id), 0)
            self.table.selectRow(row)
        self._chosen_changed()
        self.loaded.emit()

    def chosen(self) -> Release | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def choose(self, number: int) -> None:
        """Choose the release numbered ``number``."""
        for row, release in enumerate(self.model.rows()):
            if release.number == number:
                self.table.selectRow(row)

    def _chosen_changed(self) -> None:
        release = self.chosen()
        if release is not None and release.id is not None:
            self.emails.show_release(self._event.id, release.id)
