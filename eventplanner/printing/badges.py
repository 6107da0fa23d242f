"""Name badges and the attendance sheet of an event (issue 16).

Badges: an A4 sheet of eight (two across, four down, cut along the grey lines), each with
the person's name, organisation, the event's title and a QR code holding
``EP-P<person id>`` (``domain.checkin.badge_code``), which the check-in's search finds when
a scanner types it. The attendance sheet: a table of the names and organisations with a
column to sign, laid out and drawn as the programme's documents are.

Both print those expected at the door: registered, or marked attended already.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from eventplanner.domain.checkin import DoorRow, badge_code
from eventplanner.domain.document_words import Language, in_language
from eventplanner.domain.page_layout import Item, Line, Section
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.printing.documents import Document
from eventplanner.printing.page_setup import ensure_gui, page_points
from eventplanner.printing.pdf_file import pdf_file
from eventplanner.printing.render import write_pdf
from eventplanner.services.registrations.attendance import DoorList

ACROSS, DOWN = 2, 4
"""Badges on a sheet: two across, four down."""
_MARGIN = 28.0
_WRAP = (
    int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
)
_PRINTED = {RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED}
_WORDS: dict[str, tuple[str, str]] = {
    "sheet": ("Attendance sheet", "Närvarolista"),
    "number": ("#", "Nr"),
    "name": ("Name", "Namn"),
    "organisation": ("Organisation", "Organisation"),
    "signature": ("Signature", "Signatur"),
    "nobody": ("Nobody is registered.", "Ingen är anmäld."),
}


def printed(listed: DoorList) -> list[DoorRow]:
    """Those a badge or the sheet is printed for: registered or attended, by name."""
    return [r for r in listed.rows if r.status in _PRINTED]


def qr_matrix(text: str) -> tuple[bytearray, ...]:
    """The QR code's modules for ``text`` (1 dark), error correction M: a badge bent or
    smudged is still read."""
    return tuple(segno.make_qr(text, error="m", boost_error=False).matrix)


def write_badges(listed: DoorList, path: Path) -> int:
    """The badges of those printed as a PDF, written whole or not at all (``pdf_file``);
    returns the number of badges. OSError when the file cannot be written."""
    people = printed(listed)
    with pdf_file(path, f"{listed.event_title}: badges") as pdf:
        for start in range(0, max(len(people), 1), ACROSS * DOWN):
            if start:
                pdf.writer.newPage()
            _sheet(pdf.painter, people, start, listed.event_title)
    return len(people)


def badges_image(listed: DoorList, dpi: float = 110.0) -> QImage:
    """The first sheet of badges drawn into an image (a screenshot), with the same painting."""
    ensure_gui()
    width, height = page_points("A4", False)
    image = QImage(round(width * dpi / 72), round(height * dpi / 72), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(dpi / 72, dpi / 72)
    _sheet(painter, printed(listed), 0, listed.event_title)
    painter.end()
    return image


def _sheet(painter: QPainter, people: Sequence[DoorRow], start: int, event: str) -> None:
    for n, person in enumerate(people[start : start + ACROSS * DOWN]):
        _badge(painter, _cell(n), person, event)


def qr_square(cell: QRectF) -> QRectF:
    """Where a badge's QR code is drawn (its quiet zone of four modules within), in points:
    at the foot of the badge, on the right."""
    side = 74.0
    return QRectF(cell.right() - 16 - side, cell.bottom() - 14 - side - 10, side, side)


def badge_cell(n: int) -> QRectF:
    """Where badge ``n`` of a sheet (0 to 7) lies on the A4 page, in points."""
    return _cell(n)


def _cell(n: int) -> QRectF:
    width, height = page_points("A4", False)
    w = (width - 2 * _MARGIN) / ACROSS
    h = (height - 2 * _MARGIN) / DOWN
    return QRectF(_MARGIN + (n % ACROSS) * w, _MARGIN + (n // ACROSS) * h, w, h)


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters for a search
    return font


def _badge(painter: QPainter, cell: QRectF, person: DoorRow, event: str) -> None:
    painter.setPen(QPen(QColor("#b0b0b0"), 0.5, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(cell)
    inner = cell.adjusted(16, 14, -16, -14)
    painter.setPen(QColor("#1b1b1b"))
    small = _font(8)
    painter.setFont(small)
    title = QFontMetricsF(small).elidedText(event, Qt.TextElideMode.ElideRight, inner.width())
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), 14), _WRAP, title)
    code = badge_code(person.contact_id)
    qr = qr_square(cell)
    side = qr.width()
    _qr(painter, qr, code)
    painter.setPen(QColor("#1b1b1b"))
    painter.setFont(_font(6))
    painter.drawText(QRectF(qr.left() - 10, qr.bottom() + 1, side + 20, 9),
                     int(Qt.AlignmentFlag.AlignHCenter), code)  # fmt: skip
    top = inner.top() + 24
    name_box = QRectF(inner.left(), top, inner.width(), qr.top() - top - 4)
    used = _fitted(painter, name_box, person.name, (22.0, 19.0, 16.0, 13.0, 11.0), bold=True,
                   lines=2)  # fmt: skip
    if person.organisation:
        below = QRectF(inner.left(), used + 6, qr.left() - inner.left() - 8,
                       inner.bottom() - used - 6)  # fmt: skip
        _fitted(painter, below, person.organisation, (12.0, 10.5, 9.0, 8.0), lines=3)


def _fitted(painter: QPainter, box: QRectF, text: str, sizes: Sequence[float], *,
            bold: bool = False, lines: int) -> float:  # fmt: skip
    """Draw ``text`` in ``box`` in the largest of ``sizes`` that fits it in ``lines`` lines
    (the smallest otherwise, cut at the box); returns where the text ends below."""
    for size in sizes:
        font = _font(size, bold)
        metrics = QFontMetricsF(font)
        used = metrics.boundingRect(QRectF(box.left(), box.top(), box.width(), 1e6), _WRAP, text)
        if used.height() <= min(box.height(), metrics.lineSpacing() * lines + 1):
            break
    painter.setFont(font)
    painter.drawText(box, _WRAP, text)
    return box.top() + min(used.height(), box.height())


def _qr(painter: QPainter, rect: QRectF, text: str) -> None:
    matrix = qr_matrix(text)
    size = len(matrix) + 8  # four modules' quiet zone on each side
    module = rect.width() / size
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor("black")))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF(rect.left() + (x + 4) * module,
                                        rect.top() + (y + 4) * module, module, module))  # fmt: skip


def sheet_document(listed: DoorList, language: Language = "en") -> Document:
    """The attendance sheet: each one printed, with their organisation and room to sign."""
    words = {key: in_language(pair, language) for key, pair in _WORDS.items()}
    columns = (words["number"], words["name"], words["organisation"], words["signature"])
    items: list[Item] = []
    for n, person in enumerate(printed(listed), start=1):
        cells: Sequence[Line] = (
            Line(str(n), "body"), Line(person.name, "title"),
            Line(person.organisation, "body"), Line(" ", "door_time"),
        )  # fmt: skip
        items += [Item((n,), (line,), column, key=(person.contact_id, column))
                  for column, line in enumerate(cells)]  # fmt: skip
    note = "" if items else words["nobody"]
    section = Section("", columns, tuple(items), weights=(0.35, 2.2, 2.2, 2.4), rows=True,
                      note=note)  # fmt: skip
    return Document(listed.event_title, words["sheet"], (section,), "A4", False, language)


def write_sheet(listed: DoorList, path: Path, language: Language = "en") -> int:
    """The attendance sheet as a PDF; returns its number of pages."""
    return write_pdf(sheet_document(listed, language), path)
