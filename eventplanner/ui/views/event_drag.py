"""Dragging an event in a calendar view: press, move past the drag distance, release.

A view owns one drag object and hands it its mouse presses, moves and releases, and Escape;
the drag object knows where the event would land (through the domain's rules in
``domain.moves``), which cursor says so, and announces the drop. Views subclass it for
their own geometry (``month_drag``, ``week_drag``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timing import Timing
from eventplanner.ui.views.month_layout import occurrence_key


class EventDrag(QObject):
    """One press-drag-release on an event; ``timing`` is where it would land now."""

    moved = Signal(object, object)  # Occurrence, Timing: dropped on another day or time
    resized = Signal(object, object)  # Occurrence, Timing: its end dragged elsewhere

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self._view = view
        self.occurrence: Occurrence | None = None
        self.timing: Timing | None = None
        """Where the event would land if dropped now (None: it cannot land there)."""
        self.pointer = QPointF()
        self.active = False
        """The pointer went further than the drag distance: this is a drag, not a click."""
        self._press = QPointF()

    # --- what the view hands on ------------------------------------------------------------------

    def begin(self, occurrence: Occurrence, point: QPointF) -> None:
        """A press on ``occurrence``: a drag once the pointer moves far enough."""
        self.occurrence = occurrence
        self.timing = occurrence.timing
        self._press = QPointF(point)
        self.pointer = QPointF(point)
        self.active = False

    def follow(self, point: QPointF) -> bool:
        """The pointer moved with the button down; False when no press on an event is on."""
        occurrence = self.occurrence
        if occurrence is None:
            return False
        self.pointer = QPointF(point)
        if not self.active:
            if (point - self._press).manhattanLength() < QApplication.startDragDistance():
                return True
            self.active = True
        try:
            self.timing = self.landing(occurrence, point)
        except ValidationError:
            self.timing = None  # a time that does not exist there (the DST rule): no drop
        self._view.setCursor(self.cursor() if self.timing is not None else _FORBIDDEN)
        self._view.update()
        return True

    def finish(self, point: QPointF) -> bool:
        """The button was released: drop the event where it would land (if it moved)."""
        occurrence = self.occurrence
        if occurrence is None:
            return False
        self.follow(point)
        timing, active = self.timing, self.active
        self.cancel()
        if active and timing is not None and timing != occurrence.timing:
            (self.resized if self.resizing else self.moved).emit(occurrence, timing)
        return True

    def cancel(self) -> bool:
        """Escape, or the press ended elsewhere: nothing moves. False when nothing was on."""
        if self.occurrence is None:
            return False
        was_active = self.active
        self.occurrence = None
        self.timing = None
        self.active = False
        self.stopped()
        if was_active:
            self._view.unsetCursor()
            self._view.update()
        return True

    @property
    def dragging(self) -> bool:
        return self.occurrence is not None and self.active

    def dragged_key(self) -> tuple[int, object] | None:
        """Who is being dragged (drawn faint where it was), or None."""
        return occurrence_key(self.occurrence) if self.dragging and self.occurrence else None

    # --- for subclasses --------------------------------------------------------------------------

    @property
    def resizing(self) -> bool:
        """This drag changes the end, not the start."""
        return False

    def landing(self, occurrence: Occurrence, point: QPointF) -> Timing | None:
        """Where ``occurrence`` lands with the pointer at ``point``: None, or the domain's
        ValidationError, when it cannot land there."""
        raise NotImplementedError

    def cursor(self) -> Qt.CursorShape:
        return Qt.CursorShape.SizeAllCursor

    def stopped(self) -> None:
        """The drag ended, by a drop or not."""


_FORBIDDEN = Qt.CursorShape.ForbiddenCursor
