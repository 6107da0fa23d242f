"""The coverage colours: under-covered warm, over-covered cool, covered calm; each washed
into the palette's base and kept readable (WCAG contrast) under its text, light or dark."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QPalette

from eventplanner.domain.rota_warnings import Coverage
from eventplanner.ui.palette import READABLE, contrast, luminance, mix

# Okabe-Ito hues, told apart by colour-blind readers too: vermilion, blue, bluish green.
_HUES = {Coverage.UNDER: "#D55E00", Coverage.OVER: "#0072B2", Coverage.FULL: "#009E73"}
_STRENGTH = {Coverage.UNDER: 0.42, Coverage.OVER: 0.34, Coverage.FULL: 0.16}


def coverage_fill(coverage: Coverage, palette: QPalette) -> QColor:
    """The fill of a slot of ``coverage`` on ``palette``, its text readable on it."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    return QColor.fromRgba(_fill(coverage, base.rgba(), text.rgba()))


@cache
def _fill(coverage: Coverage, base_rgba: int, text_rgba: int) -> int:
    base, text = QColor.fromRgba(base_rgba), QColor.fromRgba(text_rgba)
    strength = _STRENGTH[coverage] + (0.12 if base.lightness() < 128 else 0.0)
    fill = mix(base, QColor(_HUES[coverage]), strength)
    away = QColor("black") if luminance(text) > luminance(fill) else QColor("white")
    readable, step = fill, 0
    while contrast(text, readable) < READABLE and step < 20:
        step += 1
        readable = mix(fill, away, step / 20)
    return readable.rgba()
