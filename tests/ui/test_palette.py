"""Chip colours: the kind shows, and the title stays readable on light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.ui.palette import READABLE, chip_fill, chip_text, contrast, kind_colour, mix
from tests.ui.helpers import at, timed

# (base, text) of palettes people run: Fusion and Windows light, a light grey one, Fusion
# dark as our screenshots set it, KDE Breeze dark, and a lighter grey dark one.
PALETTES = {
    "light": ("#ffffff", "#000000"),
    "light grey": ("#e6e6e6", "#282828"),
    "fusion dark": ("#1e1e20", "#e6e6e6"),
    "breeze dark": ("#141618", "#fcfcfc"),
    "grey dark": ("#3c3c3c", "#dcdcdc"),
}


def test_contrast_is_the_wcag_ratio() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("#777777")) == pytest.approx(1)
    assert contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", list(PALETTES))
def test_every_chip_and_bar_keeps_its_title_readable(name: str) -> None:
    base, text = (QColor(c) for c in PALETTES[name])
    for kind in EventKind:
        for status in EventStatus:
            occurrence = timed("Mässa", at(2027, 3, 16, 9), at(2027, 3, 16, 17), kind=kind,
                               status=status)  # fmt: skip
            for bar in (False, True):
                fill = chip_fill(occurrence, base, bar=bar, text=text)
                assert contrast(text, fill) >= READABLE, (kind, status, bar)
                # The time beside the title is the text washed a third into the fill.
                assert contrast(mix(text, fill, 0.35), fill) >= 3.3, (kind, status, bar)


@pytest.mark.parametrize("name", list(PALETTES))
def test_the_kind_still_shows_in_the_fill(name: str) -> None:
    base, text = (QColor(c) for c in PALETTES[name])
    launch = timed("Lansering", at(2027, 2, 2, 14), at(2027, 2, 2, 16), kind=EventKind.LAUNCH)
    course = timed("Kurs", at(2027, 2, 2, 14), at(2027, 2, 2, 16), kind=EventKind.COURSE)
    launch_fill = chip_fill(launch, base, bar=True, text=text)
    course_fill = chip_fill(course, base, bar=True, text=text)
    assert launch_fill != course_fill
    # Orange-red leans red, green leans green: the hue survives any darkening for contrast.
    assert launch_fill.red() > launch_fill.green()
    assert course_fill.green() > course_fill.red()
    assert kind_colour(EventKind.LAUNCH).name() == "#d55e00"


def test_chip_text_follows_the_palette_it_is_given() -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    assert chip_text(EventStatus.CONFIRMED, palette).name() == "#e6e6e6"
    faint = chip_text(EventStatus.CANCELLED, palette)
    assert faint.name() == "#e6e6e6"
    assert faint.alpha() < 255
