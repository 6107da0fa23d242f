"""How the timetable looks: the kinds' colours, and the fonts, metrics, colours, pens and
brushes that every paint shares, made once per font and palette (not per block, not per
paint), with the lines elided to a width kept beside them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPalette, QPen, QStaticText

from eventplanner.domain.programme import SessionKind
from eventplanner.ui.palette import is_dark, mix

KIND_HUES: dict[SessionKind, QColor] = {
    SessionKind.KEYNOTE: QColor("#7b3fa0"),
    SessionKind.TALK: QColor("#2f6db5"),
    SessionKind.PANEL: QColor("#1d8a7a"),
    SessionKind.WORKSHOP: QColor("#c26a12"),
    SessionKind.BREAK: QColor("#8a8a8a"),
    SessionKind.LUNCH: QColor("#8a8a8a"),
    SessionKind.NETWORKING: QColor("#5b8a2a"),
    SessionKind.EXHIBITION: QColor("#a0527a"),
    SessionKind.OTHER: QColor("#60707f"),
}
CLASH = QColor("#c62828")
SMALL, BOLD, NAME = 0, 1, 2
"""Indexes of ``TimetableStyle.fonts``: the times, people and hours (smaller than the
widget's font); the titles (smaller, bold); the stages over the scrolling grid (bold)."""

_LINES_KEPT = 3000
_STYLES_KEPT = 8


def kind_colour(kind: SessionKind) -> QColor:
    return KIND_HUES.get(kind, KIND_HUES[SessionKind.OTHER])


class TimetableStyle:
    """Everything a paint of the timetable draws with, for one font and one palette."""

    def __init__(self, font: QFont, palette: QPalette, dark: bool) -> None:
        base = palette.base().color()
        text = palette.text().color()
        small = QFont(font)
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        bold = QFont(small)
        bold.setBold(True)
        name = QFont(font)
        name.setBold(True)
        self.fonts = (small, bold, name)
        self.metrics = (QFontMetrics(small), QFontMetrics(bold), QFontMetrics(name))
        self.heights = tuple(metrics.height() for metrics in self.metrics)
        self.base = base
        self.text = QPen(text)
        # the grid, the hours and the breaks
        line = mix(base, text, 0.12)
        self.line = QPen(line, 1)
        self.faint = QPen(mix(base, text, 0.06), 1)
        self.hour = QPen(mix(base, text, 0.6))
        self.shade = QBrush(mix(base, text, 0.09))
        self.hatch = QBrush(mix(base, text, 0.16), Qt.BrushStyle.BDiagPattern)
        self.pause_title = QPen(mix(base, text, 0.7))
        # the blocks
        amount = 0.35 if dark else 0.22
        self.hues = dict(KIND_HUES)
        self.fills = {kind: mix(base, hue, amount) for kind, hue in self.hues.items()}
        self.faded = {kind: _with_alpha(fill, 110) for kind, fill in self.fills.items()}
        highlight = palette.highlight().color()
        self.selected = QPen(highlight, 2)
        self.clashing = QPen(CLASH, 2)
        self.clash_text = QPen(CLASH)
        # a drag under way, and now
        self.drag = QPen(highlight, 2, Qt.PenStyle.DashLine)
        self.drag_fill = _with_alpha(highlight, 50)
        self.now = QPen(CLASH, 2)
        # the stages' names
        self.header_fill = palette.window()
        self.header_line = QPen(line, 1)
        self.header_text = QPen(palette.windowText().color())
        self._elided: dict[tuple[int, str, int], str] = {}
        self._lines: dict[tuple[int, str, int], QStaticText] = {}

    def elided(self, font: int, text: str, width: int) -> str:
        """``text`` cut with an ellipsis to ``width`` pixels in ``fonts[font]``."""
        key = (font, text, width)
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) > _LINES_KEPT:
                self._elided.clear()
            found = self._elided[key] = self.metrics[font].elidedText(
                text, Qt.TextElideMode.ElideRight, width
            )
        return found

    def static_line(self, font: int, text: str, width: int) -> QStaticText:
        """``text`` elided to ``width`` and laid out once in ``fonts[font]``."""
        key = (font, text, width)
        found = self._lines.get(key)
        if found is None:
            if len(self._lines) > _LINES_KEPT:
                self._lines.clear()
            found = QStaticText(self.elided(font, text, width))
            found.setTextFormat(Qt.TextFormat.PlainText)
            found.prepare(font=self.fonts[font])
            self._lines[key] = found
        return found

    @classmethod
    def of(cls, font: QFont, palette: QPalette) -> TimetableStyle:
        """The style for ``font`` and ``palette``, made once and kept while they are used."""
        dark = is_dark()
        key = (font.key(), palette.cacheKey(), dark)
        style = _STYLES.get(key)
        if style is None:
            if len(_STYLES) >= _STYLES_KEPT:  # palettes and fonts come and go (a theme)
                _STYLES.clear()
            style = _STYLES[key] = cls(font, palette, dark)
        return style


def _with_alpha(colour: QColor, alpha: int) -> QColor:
    made = QColor(colour)
    made.setAlpha(alpha)
    return made


_STYLES: dict[tuple[str, int, bool], TimetableStyle] = {}
