"""Colours for event kinds and statuses, readable on the system's light and dark palettes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from eventplanner.domain.enums import EventKind, EventStatus

# One hue per kind, chosen to stay apart for colour-blind readers (Okabe-Ito based).
_KIND_HUES: dict[EventKind, str] = {
    EventKind.TRADE_FAIR: "#0072B2",
    EventKind.LAUNCH: "#D55E00",
    EventKind.INNOVATION_DAY: "#CC79A7",
    EventKind.COURSE: "#009E73",
    EventKind.SEMINAR: "#56B4E9",
    EventKind.WORKSHOP: "#E69F00",
    EventKind.WEBINAR: "#8C6BB1",
    EventKind.NETWORK_MEETING: "#7A9A01",
    EventKind.OTHER: "#7F7F7F",
}


def is_dark() -> bool:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def kind_colour(kind: EventKind) -> QColor:
    """The strong colour of a kind: chip borders, bars, legend swatches."""
    return QColor(_KIND_HUES[kind])


def chip_background(kind: EventKind, status: EventStatus) -> QColor:
    """A chip's fill: the kind's colour, lighter (or darker on a dark palette); cancelled and
    draft events are paler still so the eye skips them."""
    colour = kind_colour(kind)
    faded = status in (EventStatus.CANCELLED, EventStatus.DRAFT)
    if is_dark():
        return colour.darker(260 if faded else 180)
    return colour.lighter(185 if faded else 160)


def chip_text(status: EventStatus) -> QColor:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        text = app.palette().color(QPalette.ColorRole.Text)
    else:
        text = QColor("black")
    if status is EventStatus.CANCELLED:
        text.setAlpha(150)
    return text
