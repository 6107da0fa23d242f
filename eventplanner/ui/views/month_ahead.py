"""Months painted ahead: a month beside the shown one, laid out and painted off screen while
the window stands idle, so that turning to it shows its frame at once.

A frame painted ahead is shown only when all it was painted from holds: the very list of
occurrences the view is then given (the planner hands the same one it read ahead), the zone,
the size and font, the palette, the selected day, the focus and today. Anything else, and
the month is painted as always.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from datetime import date

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter, QPixmap

from eventplanner.domain.occurrence import Occurrence
from eventplanner.ui.views.month_geometry import MonthGeometry
from eventplanner.ui.views.month_layout import MonthLayout, Placed

KEPT = 3
"""Frames kept: the months on either side, and the one just left."""


class AheadFrame:
    """A month painted ahead, with what it was painted from.

    A plain class, not a dataclass: never compared nor printed, and the methods a dataclass
    writes are compiled as the window's modules load, before its first paint."""

    __slots__ = (
        "display_zone",
        "geometry",
        "grid",
        "items",
        "layout",
        "occurrences",
        "pixmap",
        "state",
    )  # fmt: skip

    def __init__(
        self,
        occurrences: Sequence[Occurrence],
        display_zone: str,
        items: list[Placed],
        grid: tuple[Hashable, ...],
        layout: MonthLayout,
        geometry: MonthGeometry,
        state: tuple[Hashable, ...],
        pixmap: QPixmap,
    ) -> None:
        self.occurrences = occurrences
        """What it was painted from, compared by identity: equal is not enough to be cheap."""
        self.display_zone = display_zone
        self.items = items
        self.grid = grid
        """The month, size and font its layout is for (MonthView's layout key)."""
        self.layout = layout
        self.geometry = geometry
        self.state = state
        """What else the frame shows: selected day, chosen event, focus, today, palette."""
        self.pixmap = pixmap

    def fits(self, laid_out: tuple[object, ...] | None, state: tuple[Hashable, ...]) -> bool:
        """Whether the view looks like this: laid out as ``laid_out`` (its layout key, layout
        and geometry) and showing ``state``."""
        return laid_out is not None and laid_out[0] == self.grid and state == self.state


def off_screen(size: QSize, ratio: float, paint: Callable[[QPainter], None]) -> QPixmap:
    """A frame of ``size`` painted by ``paint`` onto a pixmap, for screens of ``ratio``."""
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    painter = QPainter(pixmap)
    paint(painter)
    painter.end()
    return pixmap


class FramesAhead:
    """The frames painted ahead, by the first of their month."""

    def __init__(self) -> None:
        self._frames: OrderedDict[date, AheadFrame] = OrderedDict()

    def __len__(self) -> int:
        return len(self._frames)

    def add(self, month: date, frame: AheadFrame) -> None:
        self._frames[month] = frame
        self._frames.move_to_end(month)
        while len(self._frames) > KEPT:
            self._frames.popitem(last=False)

    def matching(
        self, month: date, occurrences: Sequence[Occurrence], display_zone: str
    ) -> AheadFrame | None:
        """The frame of ``month`` painted from exactly these occurrences, if there is one."""
        frame = self._frames.get(month)
        if frame is None or frame.occurrences is not occurrences:
            return None
        return frame if frame.display_zone == display_zone else None

    def clear(self) -> None:
        self._frames.clear()
