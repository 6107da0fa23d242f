"""Preview in Outlook's eyes: for each event of an export or a feed, how Outlook will read it.

The calendar is written (off the GUI thread) exactly as it would be exported, then read back
by the preview of the iCalendar layer for a reader in a chosen zone: all-day or timed, the
local start and end, busy status, reminder, recurrence, and what Outlook cannot show.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.enums import BusyStatus
from eventplanner.domain.timezones import is_valid_zone
from eventplanner.ui import labels
from eventplanner.ui.planner import Planner
from eventplanner.ui.preview.preview_model import Column, PreviewModel, moment_text
from eventplanner.ui.widgets.notices import Banner, WrappedLabel
from eventplanner.ui.widgets.row_table import read_only_rows
from eventplanner.ui.widgets.time_zone_picker import TimeZonePicker
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.ical import PreviewRow
    from eventplanner.services.workspace import Workspace

T = TypeVar("T")
CalendarSource = Callable[["Workspace"], str]
"""Writes the calendar to preview (on a worker thread): the text an export would write."""


class PreviewDialog(QDialog):
    """A table of how Outlook will read each event, for a reader in the chosen zone."""

    def __init__(
        self,
        planner: Planner,
        source: CalendarSource,
        subject: str,
        reader_zone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._source = source
        self._text: str | None = None
        self._key = f"preview:{id(self)}"
        self.setWindowTitle(self.tr("Preview in Outlook's eyes"))
        self.setObjectName("PreviewDialog")

        self.intro = WrappedLabel(
            filled(
                self.tr("How Outlook will read each event of %1, as the file says it."), subject
            ),
            self,
        )
        self.zone = TimeZonePicker(self)
        self.zone.set_time_zone(reader_zone)
        self.zone.time_zone_changed.connect(self._zone_changed)
        zone_row = QHBoxLayout()
        zone_row.addWidget(QLabel(self.tr("Times as a reader in this zone sees them:"), self))
        zone_row.addWidget(self.zone, 1)

        self.model = PreviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        read_only_rows(self.table, int(self.fontMetrics().height() * 1.7))
        self.table.horizontalHeader().setStretchLastSection(True)
        self._size_columns()

        self.summary = QLabel(self.tr("Writing the calendar…"), self)
        self.problem = Banner("error", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(zone_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        average = self.fontMetrics().averageCharWidth()
        self.resize(average * 170, self.fontMetrics().height() * 32)
        self._write()

    def _size_columns(self) -> None:
        """Widths from the texts each column shows, in this font and language."""
        metrics = self.fontMetrics()
        padding = metrics.averageCharWidth() * 3

        def width(texts: list[str]) -> int:
            return max(metrics.horizontalAdvance(t) for t in texts) + padding

        moments = [moment_text(datetime(2027, m, 28, 23, 59, tzinfo=UTC)) for m in range(1, 13)]
        widths = {
            Column.TITLE: width(["Seminarium med IF Metall: digitalisering"]),
            Column.SHOWN_AS: width([self.model.text_of_kind(True), self.model.text_of_kind(False)]),
            Column.START: width(moments),
            Column.END: width(moments),
            Column.BUSY: width([labels.busy_label(b) for b in BusyStatus]),
            Column.REMINDER: width([labels.reminder_label(m) for m in labels.REMINDER_CHOICES]),
            Column.RECURRENCE: width(["every week on Monday, 8 times"]),
        }
        for column, pixels in widths.items():
            header = self.model.headerData(column, Qt.Orientation.Horizontal)
            self.table.setColumnWidth(column, max(pixels, width([str(header)])))

    def _alive(self, callback: Callable[[T], None]) -> Callable[[T], None]:
        def call(value: T) -> None:
            if shiboken6.isValid(self):
                callback(value)

        return call

    def reader_zone(self) -> str:
        return self.zone.time_zone()

    def _write(self) -> None:
        source = self._source
        zone_name = self.reader_zone()

        def work(workspace: Workspace) -> tuple[str, list[PreviewRow]]:
            text = source(workspace)
            return text, workspace.export.preview(text, zone_name)

        self._planner.read(
            work,
            self._alive(self._written),
            key=self._key,
            after_changes=True,  # what was just saved is in the file
            on_error=self._alive(self._failed),
        )

    def _written(self, result: tuple[str, list[PreviewRow]]) -> None:
        self._text, rows = result
        self._show(rows)

    def _zone_changed(self, name: str) -> None:
        if not is_valid_zone(name):
            return
        text = self._text
        if text is None:
            self._write()
            return
        self._planner.read(
            lambda workspace: workspace.export.preview(text, name),
            self._alive(self._show),
            key=self._key,
            on_error=self._alive(self._failed),
        )

    def _show(self, rows: list[PreviewRow]) -> None:
        self.problem.show_message(None)
        self.model.set_rows(rows)
        warned = self.model.warned()
        if not rows:
            self.summary.setText(self.tr("No events: the file would be empty."))
        elif warned:
            self.summary.setText(
                filled(
                    self.tr("Events: %1. Shown differently than planned: %2 (tinted)."),
                    str(len(rows)),
                    str(warned),
                )
            )
        else:
            text = self.tr("Events: %1. Outlook shows each one as planned.")
            self.summary.setText(filled(text, str(len(rows))))

    def _failed(self, message: str) -> None:
        self.summary.setText("")
        self.problem.show_message(message)
