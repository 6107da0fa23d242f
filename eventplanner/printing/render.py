"""Drawing a document's pages with Qt's painter: into a PDF (QPdfWriter), a printer (the
print preview's QPrinter) or an image (a screenshot), with one piece of painting code.

Sizes are in points. Whatever the device's resolution, the painter is scaled to points and
each font sized so that it measures and draws the same in points, so the layout measured
for a device is the one drawn on it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPaintDevice, QPainter, QPen

from eventplanner.domain.page_layout import Box, Page, PageSpec, lay_out
from eventplanner.printing import wording
from eventplanner.printing.documents import Document
from eventplanner.printing.page_setup import ensure_gui, page_points
from eventplanner.printing.pdf_file import pdf_file

_STYLES: dict[str, tuple[float, bool]] = {
    "header": (14.0, True),
    "subheader": (10.0, False),
    "page": (9.0, False),
    "column": (9.5, True),
    "time": (8.5, True),
    "title": (10.0, True),
    "body": (8.5, False),
    "door_time": (20.0, True),
    "door_title": (26.0, True),
    "door_body": (16.0, False),
}
_WRAP = (
    int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
)
_INK = QColor("#1b1b1b")
_RULE = QColor("#9a9a9a")
_SHADE = QColor("#ececec")
_BAND = QColor("#dde4ee")


@dataclass
class _Fonts:
    """Each style's font on one device, sized in points whatever its resolution."""

    device: QPaintDevice

    def __post_init__(self) -> None:
        dpi = self.device.logicalDpiY() or 72
        self.fonts: dict[str, QFont] = {}
        self.metrics: dict[str, QFontMetricsF] = {}
        for style, (size, bold) in _STYLES.items():
            font = QFont("DejaVu Sans")
            font.setStyleHint(QFont.StyleHint.SansSerif)
            font.setPointSizeF(size * 72.0 / dpi)
            font.setBold(bold)
            # No ligatures: "fi" stays two letters for a reader searching the PDF.
            font.setFeature(QFont.Tag("liga"), 0)
            self.fonts[style] = font
            self.metrics[style] = QFontMetricsF(font, self.device)
        self._cache: dict[tuple[str, str, float], float] = {}

    def measure(self, text: str, style: str, width: float) -> float:
        key = (text, style, width)
        height = self._cache.get(key)
        if height is None:
            rect = self.metrics[style].boundingRect(QRectF(0, 0, width, 1e6), _WRAP, text)
            height = self._cache[key] = rect.height()
        return height


def spec_for(document: Document) -> PageSpec:
    width, height = page_points(document.paper, document.landscape)
    return PageSpec(width, height, margin=40.0 if document.paper == "A4" else 56.0)


def pages_for(document: Document, device: QPaintDevice) -> list[Page]:
    """Where everything goes, measured with the fonts ``device`` draws with."""
    return lay_out(document.sections, spec_for(document), _Fonts(device).measure)


def paint(painter: QPainter, device: QPaintDevice, document: Document,
          new_page: Callable[[], object] | None = None) -> int:  # fmt: skip
    """Draw every page; ``new_page()`` starts the next (the writer's or printer's). Returns
    how many pages were drawn."""
    fonts = _Fonts(device)
    spec = spec_for(document)
    pages = lay_out(document.sections, spec, fonts.measure)
    scale = (device.logicalDpiX() or 72) / 72.0
    for n, page in enumerate(pages):
        if n and new_page is not None:
            new_page()
        painter.save()
        painter.scale(scale, scale)
        _page(painter, fonts, spec, document, page, n + 1, len(pages))
        painter.restore()
    return len(pages)


def write_pdf(document: Document, path: Path) -> int:
    """The document as a PDF file, written whole or not at all (``pdf_file``); returns its
    number of pages. OSError when the file cannot be written."""
    title = f"{document.event}: {document.title}"
    with pdf_file(path, title, paper=document.paper, landscape=document.landscape) as pdf:
        return paint(pdf.painter, pdf.writer, document, pdf.writer.newPage)


def page_image(document: Document, number: int = 1, dpi: float = 110.0) -> QImage:
    """Page ``number`` drawn into an image (for a screenshot), with the same painting."""
    ensure_gui()
    width, height = page_points(document.paper, document.landscape)
    image = QImage(round(width * dpi / 72), round(height * dpi / 72), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    fonts = _Fonts(image)
    spec = spec_for(document)
    pages = lay_out(document.sections, spec, fonts.measure)
    painter.scale(dpi / 72, dpi / 72)
    index = min(max(number, 1), len(pages)) - 1
    _page(painter, fonts, spec, document, pages[index], index + 1, len(pages))
    painter.end()
    return image


def _text(painter: QPainter, fonts: _Fonts, style: str, rect: QRectF, text: str,
          flags: int = _WRAP) -> None:  # fmt: skip
    painter.setFont(fonts.fonts[style])
    painter.drawText(rect, flags, text)


def _page(painter: QPainter, fonts: _Fonts, spec: PageSpec, document: Document, page: Page,
          number: int, count: int) -> None:  # fmt: skip
    left, width = spec.margin, spec.width - 2 * spec.margin
    painter.setPen(_INK)
    # A draft says so on every page, where the page number is read.
    key = "draft_page" if document.draft else "page"
    page_text = wording.word(key, document.language, n=number, m=count)
    right = int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignTop)
    _text(painter, fonts, "page", QRectF(left, spec.margin, width, 14), page_text, right)
    title_width = width - (130 if document.draft else 90)
    _text(painter, fonts, "header", QRectF(left, spec.margin, title_width, 20), document.event,
          int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop))  # fmt: skip
    heading = page.section.heading
    if heading and page.part > 1:
        heading = wording.word("continued", document.language, day=heading)
    sub = " · ".join(t for t in (document.title, heading) if t)
    _text(painter, fonts, "subheader", QRectF(left, spec.margin + 20, width, 16), sub,
          int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop))  # fmt: skip
    rule_y = spec.margin + spec.header - 6
    painter.setPen(QPen(_RULE, 0.8))
    painter.drawLine(int(left), int(rule_y), int(left + width), int(rule_y))
    band_y = spec.margin + spec.header
    for (x, w), name in zip(page.columns, page.section.columns, strict=False):
        painter.fillRect(QRectF(x, band_y, w, spec.column_header - 4), _BAND)
        painter.setPen(_INK)
        _text(painter, fonts, "column", QRectF(x + spec.padding, band_y + 2,
              w - 2 * spec.padding, spec.column_header - 6), name,
              int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignVCenter))  # fmt: skip
    if page.note_height:
        painter.setPen(_INK)
        _text(painter, fonts, "body", QRectF(left, band_y + spec.column_header, width,
              page.note_height), page.section.note)  # fmt: skip
    for box in page.boxes:
        _box(painter, fonts, spec, box)


def _box(painter: QPainter, fonts: _Fonts, spec: PageSpec, box: Box) -> None:
    rect = QRectF(box.x, box.y, box.width, box.height)
    if box.item.shaded:
        painter.fillRect(rect, _SHADE)
    painter.setPen(QPen(_RULE, 0.6))
    painter.drawRect(rect)
    painter.setPen(_INK)
    inner = box.width - 2 * spec.padding
    y = box.y + spec.padding
    painter.save()
    painter.setClipRect(rect)
    for line in box.item.lines:
        height = fonts.measure(line.text, line.style, inner)
        _text(painter, fonts, line.style, QRectF(box.x + spec.padding, y, inner, height + 1),
              line.text)  # fmt: skip
        y += height
    painter.restore()
