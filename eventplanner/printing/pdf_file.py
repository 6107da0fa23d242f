"""A PDF file written whole or not at all, as every printed document is: drawn beside its
place first (``.<name>.part``), put in its place once drawn, removed when drawing fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPainter, QPdfWriter

from eventplanner.printing.documents import Paper
from eventplanner.printing.page_setup import ensure_gui, page_size


@dataclass(frozen=True, slots=True)
class PdfPages:
    """The PDF being drawn: ``painter`` draws on ``writer`` (72 dots an inch, no margins),
    ``writer.newPage()`` starts the next page."""

    writer: QPdfWriter
    painter: QPainter


@contextmanager
def pdf_file(
    path: Path, title: str, *, paper: Paper = "A4", landscape: bool = False
) -> Iterator[PdfPages]:
    """The PDF at ``path`` titled ``title``, to draw in the block: in its place when the
    block ends, not there at all (nor a part of it) when the block raises. OSError when
    the file cannot be written."""
    ensure_gui()
    part = path.with_name(f".{path.name}.part")
    with part.open("wb"):  # can it be written at all? (QPainter would only warn)
        pass
    writer = QPdfWriter(str(part))
    writer.setCreator("Eventplanner")
    writer.setTitle(title)
    writer.setResolution(72)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(QPageLayout(page_size(paper), orientation, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    try:
        yield PdfPages(writer, painter)
        painter.end()
        # Deleting the writer closes the file, whoever still holds it.
        shiboken6.delete(writer)
        part.replace(path)
    finally:
        if painter.isActive():
            painter.end()
        if shiboken6.isValid(writer):
            shiboken6.delete(writer)
        part.unlink(missing_ok=True)
