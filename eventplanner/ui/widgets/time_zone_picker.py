"""A searchable list of IANA time zones, each shown with its offset from UTC.

Type any part of a name ("stock", "angeles") and pick from the matches. Offsets are those in
force on a reference day (the event's), so a summer event in Stockholm reads UTC+02:00.
"""

from __future__ import annotations

import zoneinfo
from datetime import UTC, date, datetime, time, timedelta
from functools import cache

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from eventplanner.domain.timezones import is_valid_zone, zone

# Region names only: the old aliases (US/Pacific, Cuba, EST5EDT) are still accepted when an
# event already uses one, but are not offered.
_REGIONS = (
    "Africa/", "America/", "Antarctica/", "Arctic/", "Asia/", "Atlantic/", "Australia/",
    "Europe/", "Indian/", "Pacific/",
)  # fmt: skip
_ZONE_ROLE = Qt.ItemDataRole.UserRole


@cache
def offered_zones() -> tuple[str, ...]:
    names = {n for n in zoneinfo.available_timezones() if n.startswith(_REGIONS)}
    return ("UTC", *sorted(names))


def offset_text(name: str, on: date) -> str:
    """ "UTC+01:00": the zone's offset at noon on ``on``."""
    moment = datetime.combine(on, time(12), tzinfo=UTC).astimezone(zone(name))
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def zone_label(name: str, on: date) -> str:
    if name == "UTC":
        return name
    return f"{name} ({offset_text(name, on)})"


def zone_of_text(text: str) -> str:
    """The zone name in what the box shows: "Europe/Stockholm (UTC+01:00)" → Europe/Stockholm."""
    name = text.strip()
    if name.endswith(")") and " (UTC" in name:
        name = name[: name.rindex(" (UTC")].strip()
    return name


class TimeZonePicker(QComboBox):
    """An editable combo box over the IANA zones with a contains-anywhere completer."""

    time_zone_changed = Signal(str)
    """The zone shown changed, by a person or by the program."""
    edited = Signal()
    """A person typed in the box or picked a zone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(28)
        self._reference: date | None = None  # the list is filled when first needed
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None  # editable, so it has one
        line.setPlaceholderText(self.tr("Type to search, e.g. Stockholm"))
        line.textEdited.connect(lambda _text: self.edited.emit())
        self.activated.connect(lambda _index: self.edited.emit())
        self.editTextChanged.connect(lambda _text: self.time_zone_changed.emit(self.time_zone()))

    def time_zone(self) -> str:
        """The zone named in the box; possibly not a zone at all while someone types."""
        return zone_of_text(self.currentText())

    def _fill(self, day: date) -> None:
        self._reference = day
        self.blockSignals(True)
        try:
            for name in offered_zones():
                self.addItem(zone_label(name, day), name)
        finally:
            self.blockSignals(False)

    def set_time_zone(self, name: str) -> None:
        if self._reference is None:
            self._fill(datetime.now(UTC).date())
        assert self._reference is not None
        index = self.findData(name, _ZONE_ROLE)
        if index < 0 and is_valid_zone(name):
            self.addItem(zone_label(name, self._reference), name)
            index = self.count() - 1
        if index >= 0:
            self.setCurrentIndex(index)
            # An editable combo keeps typed text when the index does not change.
            self.setEditText(self.itemText(index))
        else:
            self.setEditText(name)

    def set_reference_day(self, day: date) -> None:
        """Show the offsets in force on ``day`` (the event's start)."""
        if self._reference is None:
            self._fill(day)
            return
        if day == self._reference:
            return
        self._reference = day
        shown = self.currentText()
        self.blockSignals(True)
        try:
            for row in range(self.count()):
                name = self.itemData(row, _ZONE_ROLE)
                label = zone_label(name, day)
                if self.itemText(row) != label:
                    self.setItemText(row, label)
        finally:
            self.blockSignals(False)
        name = zone_of_text(shown)
        index = self.findData(name, _ZONE_ROLE)
        if index >= 0 and shown != name and self.currentText() != self.itemText(index):
            self.set_time_zone(name)
