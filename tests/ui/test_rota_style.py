"""The coverage colours keep their text readable on light and dark palettes, and tell
under-, fully and over-covered slots apart."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from eventplanner.domain.rota_warnings import Coverage
from eventplanner.ui.palette import READABLE, contrast
from eventplanner.ui.rota.rota_style import coverage_fill


def _palette(base: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    return palette


@pytest.mark.parametrize(("base", "text"), [("#ffffff", "#000000"), ("#1e1e1e", "#e8e8e8"),
                                            ("#2b2b2b", "#ffffff")])  # fmt: skip
def test_coverage_colours_are_readable_and_apart(qapp, base: str, text: str) -> None:  # type: ignore[no-untyped-def]
    palette = _palette(base, text)
    fills = {c: coverage_fill(c, palette) for c in Coverage}
    for fill in fills.values():
        assert contrast(fill, QColor(text)) >= READABLE
    assert len({f.name() for f in fills.values()}) == 3
    under = fills[Coverage.UNDER]
    assert under.hsvHue() < 60 or under.hsvHue() > 330  # warm: red to orange
    assert 180 <= fills[Coverage.OVER].hsvHue() <= 250  # blue
