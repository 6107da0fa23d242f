"""Colours for event kinds and statuses, readable on the system's light and dark palettes."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.occurrence import Occurrence

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

READABLE = 7.0
"""The contrast (WCAG 2) a chip keeps between its fill and its title: AAA for small text,
so that its quieter time line (the text washed a third of the way into the fill) still reads."""


def is_dark() -> bool:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def kind_colour(kind: EventKind) -> QColor:
    """The strong colour of a kind: chip borders, bars, legend swatches."""
    return QColor(_KIND_HUES[kind])


def red_day(dark: bool) -> QColor:
    """Sundays and holidays, red as in the Swedish almanac, readable on either palette."""
    return QColor("#FF8A80") if dark else QColor("#B3261E")


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def luminance(colour: QColor) -> float:
    """The relative luminance of WCAG 2 (0 black .. 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two opaque colours, 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((luminance(a), luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_colour(palette: QPalette | None = None) -> QColor:
    """The palette's text colour (the application's when none is given)."""
    if palette is None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return QColor("black")
        palette = app.palette()
    return palette.color(QPalette.ColorRole.Text)


def chip_fill(
    occurrence: Occurrence, base: QColor, *, bar: bool = False, text: QColor | None = None
) -> QColor:
    """The kind's colour washed into the base: calm behind text on light and dark palettes.

    Bars are stronger than chips so that days-long events read as such; cancelled and draft
    events are paler so the eye skips them. A bright hue washed into a dark base lightens it
    towards the light text on it, so the fill then moves away from the text (darker under
    light text, lighter under dark) until the title keeps ``READABLE`` contrast.
    """
    faded = occurrence.status in (EventStatus.CANCELLED, EventStatus.DRAFT)
    text = text if text is not None else text_colour()
    # Worked out once per kind and palette: a month paints a hundred chips of a few kinds.
    return QColor.fromRgba(_fill(occurrence.kind, faded, bar, base.rgba(), text.rgba()))


@cache
def _fill(kind: EventKind, faded: bool, bar: bool, base_rgba: int, text_rgba: int) -> int:
    base, text = QColor.fromRgba(base_rgba), QColor.fromRgba(text_rgba)
    strength = (0.12 if faded else 0.24) * (1.6 if bar else 1)
    if base.lightness() < 128:
        strength += 0.14
    fill = mix(base, kind_colour(kind), strength)
    away = QColor("black") if luminance(text) > luminance(fill) else QColor("white")
    step = 0
    readable = fill
    while contrast(text, readable) < READABLE and step < 20:
        step += 1
        readable = mix(fill, away, step / 20)
    return readable.rgba()


def chip_text(status: EventStatus, palette: QPalette | None = None) -> QColor:
    """The colour of a chip's title: the palette's text, faint for a cancelled event."""
    text = text_colour(palette)
    if status is EventStatus.CANCELLED:
        text.setAlpha(150)
    return text
