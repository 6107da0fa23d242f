"""The printed programme of 500 sessions (3 days × 6 stages, one to three speakers each) to
a PDF (issue 14: at most 2 s), against the floor of QPdfWriter drawing the same text
strings at fixed positions on as many pages (no measuring, wrapping or layout)."""

from __future__ import annotations

from pathlib import Path

from benchdata import measure, report
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

from eventplanner.printing import documents
from eventplanner.printing.render import pages_for, write_pdf
from tests.printing.big_programme import big_printable

GOAL_MS = 2000.0


def _floor(path: Path, pages: list[list[str]]) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    painter = QPainter(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(8.5)
    painter.setFont(font)
    for n, strings in enumerate(pages):
        if n:
            writer.newPage()
        for k, text in enumerate(strings):
            painter.drawText(QPointF(40 + (k % 6) * 120, 40 + (k // 6) * 10 % 760), text)
    painter.end()


def test_programme_pdf_of_500_sessions(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printable = big_printable(500, days=3, stages=6)
    choice = documents.Choice()

    def programme() -> int:
        return write_pdf(documents.document(printable, choice), tmp_path / "programme.pdf")

    count = programme()
    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    writer.setResolution(72)
    laid = pages_for(documents.document(printable, choice), writer)
    strings = [[line.text for box in page.boxes for line in box.item.lines] for page in laid]
    del writer
    print(
        f"\nPROGRAMME PDF: {len(printable.programme.sessions)} sessions, "
        f"{len(printable.programme.people)} speakers' roles, {count} pages, "
        f"{sum(map(len, strings)):,} strings, "
        f"{(tmp_path / 'programme.pdf').stat().st_size / 1024:.0f} KiB"
    )
    times = measure(programme, repeats=5)
    floor = measure(lambda: _floor(tmp_path / "floor.pdf", strings), repeats=5)
    report(
        "document + layout + QPdfWriter (write_pdf)",
        times,
        floor=("QPdfWriter drawing the same strings at fixed positions", floor),
        goal_ms=GOAL_MS,
    )
