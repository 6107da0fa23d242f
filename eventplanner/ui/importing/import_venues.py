"""The import dialog's venues: each venue an import would make, and the choice to send its
events to an existing venue instead (``ImportOptions.venue_choices``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.model import Venue
from eventplanner.domain.text import swedish_sort_key

ROWS_SHOWN = 5
"""Rows in view before the list scrolls."""


class VenueChoices(QGroupBox):
    """One row a LOCATION: make it a new venue (the default) or pick an existing one."""

    changed = Signal()  # a choice was made: plan again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New venues"), parent)
        self._venues: list[Venue] = []
        self._chosen: dict[str, int] = {}
        self._locations: tuple[str, ...] = ()
        self.combos: dict[str, QComboBox] = {}
        intro = QLabel(
            self.tr(
                "A LOCATION no venue has becomes a new venue. To put its events at a venue "
                "you have, choose it here."
            ),
            self,
        )
        intro.setWordWrap(True)
        self._rows = QWidget()
        self._form = QFormLayout(self._rows)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setWidget(self._rows)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._scroll)
        self.hide()

    def set_venues(self, venues: Sequence[Venue]) -> None:
        """The venues there are to choose from."""
        self._venues = sorted((v for v in venues if v.id is not None),
                              key=lambda v: swedish_sort_key(v.name))  # fmt: skip
        self._build(self._locations, force=True)

    def choices(self) -> tuple[tuple[str, int], ...]:
        """(LOCATION, venue id) for each LOCATION sent to an existing venue."""
        return tuple(sorted(self._chosen.items()))

    def show_locations(self, new: Sequence[str], chosen: Sequence[str]) -> None:
        """The venues a preview would make, and the LOCATIONs already sent elsewhere."""
        self._build(tuple(sorted({*new, *chosen}, key=swedish_sort_key)))

    def _build(self, locations: tuple[str, ...], *, force: bool = False) -> None:
        if locations == self._locations and not force:
            return
        self._locations = locations
        while self._form.rowCount():
            self._form.removeRow(0)
        self.combos = {}
        for location in locations:
            combo = QComboBox(self._rows)
            combo.setMinimumContentsLength(30)
            combo.addItem(self.tr("Make it a new venue"), None)
            for venue in self._venues:
                combo.addItem(venue.name, venue.id)
            combo.setCurrentIndex(max(combo.findData(self._chosen.get(location)), 0))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, name=location: self._chose(name, c)
            )
            label = QLabel(location, self._rows)
            label.setToolTip(location)
            self._form.addRow(label, combo)
            self.combos[location] = combo
        rows = min(len(locations), ROWS_SHOWN)
        spacing = self._form.verticalSpacing()
        row_height = self.combos[locations[0]].sizeHint().height() if locations else 0
        self._scroll.setFixedHeight(rows * (row_height + max(spacing, 0)))
        self.setVisible(bool(locations))

    def _chose(self, location: str, combo: QComboBox) -> None:
        venue = combo.currentData()
        if isinstance(venue, int):
            self._chosen[location] = venue
        else:
            self._chosen.pop(location, None)
        self.changed.emit()

    def set_enabled(self, enabled: bool) -> None:
        for combo in self.combos.values():
            combo.setEnabled(enabled)
