"""What every drawing device of the printing needs first: a QGuiApplication for its fonts,
and the paper's size (a ``documents.Paper``) as Qt has it and in points."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QPageSize

from eventplanner.printing.documents import Paper

_PAPER = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}

_app: QGuiApplication | None = None


def ensure_gui() -> None:
    """Fonts need a QGuiApplication: the command line makes an offscreen one."""
    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication(["eventplanner", "-platform", "offscreen"])


def page_size(paper: Paper) -> QPageSize:
    return QPageSize(_PAPER[paper])


def page_points(paper: Paper, landscape: bool) -> tuple[float, float]:
    size = page_size(paper).size(QPageSize.Unit.Point)
    width, height = size.width(), size.height()
    return (height, width) if landscape else (width, height)
