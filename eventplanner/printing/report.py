"""The funder's report drawn with Qt's painter: A4 pages with a header (project, funder,
period, page number), a bar chart of attendance by kind of event, bars of progress against
the targets, and the report's tables. Into a PDF (QPdfWriter) or an image (a screenshot),
with one piece of painting code; ``report_layout`` decides where everything goes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPaintDevice, QPainter, QPen

from eventplanner.domain.document_words import Language
from eventplanner.domain.reports import ProjectReport
from eventplanner.printing.page_setup import ensure_gui
from eventplanner.printing.pdf_file import pdf_file
from eventplanner.printing.report_layout import (
    BAR,
    HEAD,
    HEIGHT,
    MARGIN,
    ROW,
    TITLE,
    TOP,
    WIDTH,
    ChartPiece,
    Placed,
    TablePiece,
    lay_out,
    number_text,
)
from eventplanner.services.reports.tables import period_text
from eventplanner.services.reports.words import word

_INK = QColor("#1b1b1b")
_RULE = QColor("#9a9a9a")
_BAND = QColor("#dde4ee")
_SHADE = QColor("#f3f5f8")
_BARS = QColor("#3a6ea5")
_TRACK = QColor("#e4e8ee")
_DONE = QColor("#3f8f4f")
_LEFT = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignVCenter)
_STYLES = {"big": (17.0, True), "header": (12.0, True), "small": (8.5, False),
           "title": (10.5, True), "head": (8.5, True), "body": (8.5, False),
           "total": (8.5, True)}  # fmt: skip


class _Fonts:
    """Each style's font, sized in points whatever the device's resolution (as ``render``)."""

    def __init__(self, device: QPaintDevice) -> None:
        dpi = device.logicalDpiY() or 72
        self.fonts: dict[str, QFont] = {}
        self.metrics: dict[str, QFontMetricsF] = {}
        for style, (size, bold) in _STYLES.items():
            font = QFont("DejaVu Sans")
            font.setStyleHint(QFont.StyleHint.SansSerif)
            font.setPointSizeF(size * 72.0 / dpi)
            font.setBold(bold)
            font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters for a search
            self.fonts[style] = font
            self.metrics[style] = QFontMetricsF(font, device)

    def text(self, painter: QPainter, style: str, rect: QRectF, text: str,
             flags: int = _LEFT) -> None:  # fmt: skip
        painter.setFont(self.fonts[style])
        shown = self.metrics[style].elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, flags, shown)


def write_report_pdf(report: ProjectReport, path: Path, language: Language, made: date) -> int:
    """The report as a PDF file, written whole or not at all (``pdf_file``); returns its
    number of pages. OSError when the file cannot be written."""
    with pdf_file(path, f"{word('title', language)}: {report.project_name}") as pdf:
        pages = lay_out(report, language)
        fonts = _Fonts(pdf.writer)
        scale = (pdf.writer.logicalDpiX() or 72) / 72.0
        for number, page in enumerate(pages, start=1):
            if number > 1:
                pdf.writer.newPage()
            pdf.painter.save()
            pdf.painter.scale(scale, scale)
            _page(pdf.painter, fonts, report, language, made, page, number, len(pages))
            pdf.painter.restore()
    return len(pages)


def report_page_image(report: ProjectReport, language: Language, made: date, number: int = 1,
                      dpi: float = 110.0) -> QImage:  # fmt: skip
    """Page ``number`` drawn into an image (a screenshot), with the same painting."""
    ensure_gui()
    image = QImage(round(WIDTH * dpi / 72), round(HEIGHT * dpi / 72), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    pages = lay_out(report, language)
    index = min(max(number, 1), len(pages)) - 1
    painter.scale(dpi / 72, dpi / 72)
    _page(painter, _Fonts(image), report, language, made, pages[index], index + 1, len(pages))
    painter.end()
    return image


def _page(painter: QPainter, fonts: _Fonts, report: ProjectReport, language: Language,
          made: date, placed: list[Placed], number: int, count: int) -> None:  # fmt: skip
    width = WIDTH - 2 * MARGIN
    painter.setPen(_INK)
    fonts.text(painter, "header", QRectF(MARGIN, MARGIN, width - 100, 18), report.project_name)
    fonts.text(painter, "small", QRectF(MARGIN, MARGIN, width, 14),
               word("page", language, n=number, m=count), _RIGHT)  # fmt: skip
    funder = f"{word('funder', language)}: {report.funder}" if report.funder else ""
    period = f"{word('period', language)}: {period_text(report)}"
    sub = " · ".join(x for x in (word("title", language), funder, period) if x)
    fonts.text(painter, "small", QRectF(MARGIN, MARGIN + 20, width, 14), sub)
    painter.setPen(QPen(_RULE, 0.8))
    painter.drawLine(int(MARGIN), int(TOP - 12), int(MARGIN + width), int(TOP - 12))
    if number == 1:
        painter.setPen(_INK)
        fonts.text(painter, "big", QRectF(MARGIN, TOP, width, 22), word("title", language))
        fonts.text(painter, "small", QRectF(MARGIN, TOP + 24, width, 12),
                   word("made", language, day=made.isoformat()))  # fmt: skip
    for one in placed:
        if isinstance(one.piece, ChartPiece):
            _chart(painter, fonts, one.y, one.piece, language)
        else:
            _table(painter, fonts, one.y, one.piece, language)


def _chart(painter: QPainter, fonts: _Fonts, y: float, chart: ChartPiece,
           language: Language) -> None:  # fmt: skip
    width = WIDTH - 2 * MARGIN
    painter.setPen(_INK)
    fonts.text(painter, "title", QRectF(MARGIN, y, width, TITLE - 4), chart.title)
    y += TITLE
    if not chart.bars:
        fonts.text(painter, "body", QRectF(MARGIN, y, width, BAR), word("no_targets", language))
        return
    label_width, text_width = 190.0, 110.0
    track = width - label_width - text_width - 12
    for bar in chart.bars:
        fonts.text(painter, "body", QRectF(MARGIN, y, label_width - 6, BAR), bar.label)
        left = MARGIN + label_width
        painter.fillRect(QRectF(left, y + 3, track, BAR - 6), _TRACK)
        share = min(float(bar.value / bar.of), 1.0) if bar.of else 0.0
        done = chart.progress and bar.value >= bar.of
        painter.fillRect(QRectF(left, y + 3, track * share, BAR - 6), _DONE if done else _BARS)
        painter.setPen(_INK)
        fonts.text(painter, "body", QRectF(left + track + 8, y, text_width, BAR), bar.text)
        y += BAR


def _table(painter: QPainter, fonts: _Fonts, y: float, piece: TablePiece,
           language: Language) -> None:  # fmt: skip
    table = piece.table
    width = WIDTH - 2 * MARGIN
    painter.setPen(_INK)
    title = table.title + (f" ({'forts.' if language == 'sv' else 'continued'})"
                           if piece.continued else "")  # fmt: skip
    fonts.text(painter, "title", QRectF(MARGIN, y, width, TITLE - 4), title)
    y += TITLE
    ws = _widths(fonts, piece, language, width)
    xs = [MARGIN + sum(ws[:i]) for i in range(len(ws))]
    painter.fillRect(QRectF(MARGIN, y, width, HEAD - 2), _BAND)
    texts = {i for row in table.rows for i, c in enumerate(row) if isinstance(c, str)}
    for i, header in enumerate(table.headers):
        fonts.text(painter, "head", QRectF(xs[i] + 3, y, ws[i] - 6, HEAD - 2), header,
                   _LEFT if i == 0 or i in texts else _RIGHT)  # fmt: skip
    y += HEAD
    rows = [(row, "body") for row in piece.rows]
    if piece.total and table.total is not None:
        rows.append((table.total, "total"))
    if not rows:
        fonts.text(painter, "body", QRectF(MARGIN + 3, y, width, ROW), "–")
    for index, (row, style) in enumerate(rows):
        if index % 2:
            painter.fillRect(QRectF(MARGIN, y, width, ROW), _SHADE)
        if style == "total":
            painter.setPen(QPen(_RULE, 0.6))
            painter.drawLine(int(MARGIN), int(y), int(MARGIN + width), int(y))
        painter.setPen(_INK)
        for i, cell in enumerate(row):
            text = cell if isinstance(cell, str) else number_text(cell, language)
            fonts.text(painter, style, QRectF(xs[i] + 3, y, ws[i] - 6, ROW), text,
                       _LEFT if i == 0 or isinstance(cell, str) else _RIGHT)  # fmt: skip
        y += ROW


def _widths(fonts: _Fonts, piece: TablePiece, language: Language, width: float) -> list[float]:
    """Each column as wide as its widest text; the first (the names) takes what is left,
    and when nothing is, all are narrowed alike (their texts then cut short with "…")."""
    table = piece.table
    rows = [*table.rows, *([table.total] if table.total is not None else [])]
    natural = []
    for i, header in enumerate(table.headers):
        texts = [c if isinstance(c, str) else number_text(c, language) for c in
                 (row[i] for row in rows)]  # fmt: skip
        widest = max([fonts.metrics["head"].horizontalAdvance(header)]
                     + [fonts.metrics["total"].horizontalAdvance(t) for t in texts])  # fmt: skip
        natural.append(widest + 10)
    others = sum(natural[1:])
    if len(natural) > 2 and natural[0] + others > width:
        scale = width / (natural[0] + others)
        return [w * scale for w in natural]
    # Two columns (a figure and its value) read best close together.
    rest = max(natural[1:], default=0.0) if len(natural) == 2 else 0.0
    if len(natural) == 2:
        first = max(natural[0], width * 0.5)
        return [first, max(rest, width * 0.2)]
    return [width - others, *natural[1:]]
