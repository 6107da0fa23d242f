"""Where the funder's report's pieces go on A4 pages: its two charts, then its tables, a
table split across pages with its header repeated. Pure Python with fixed line heights (in
points), so the pages are known before anything is drawn (``printing.report`` draws them).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from eventplanner.domain.document_words import Language
from eventplanner.domain.reports import ProjectReport
from eventplanner.services.reports.tables import Cell, Table, report_tables
from eventplanner.services.reports.words import value_word, word

WIDTH, HEIGHT = 595.0, 842.0
"""A4 in points."""
MARGIN = 40.0
TOP = MARGIN + 50.0
"""Where a page's content starts, below its header."""
BOTTOM = HEIGHT - MARGIN - 16.0
"""Where it ends, above the page number."""
TITLE = 20.0
HEAD = 16.0
ROW = 14.0
GAP = 14.0
BAR = 16.0


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: Decimal
    of: Decimal
    """The whole the bar is measured against (the largest value, or a target)."""
    text: str


@dataclass(frozen=True, slots=True)
class ChartPiece:
    title: str
    bars: tuple[Bar, ...]
    progress: bool
    """Bars against targets (reaching 100 % is marked) rather than against each other."""

    @property
    def height(self) -> float:
        return TITLE + BAR * max(len(self.bars), 1) + GAP


@dataclass(frozen=True, slots=True)
class TablePiece:
    table: Table
    rows: tuple[tuple[Cell, ...], ...]
    continued: bool
    total: bool
    """The table's total row ends this piece."""

    @property
    def height(self) -> float:
        return TITLE + HEAD + ROW * (len(self.rows) + int(self.total) or 1) + GAP


Piece = ChartPiece | TablePiece


@dataclass(frozen=True, slots=True)
class Placed:
    y: float
    piece: Piece


def charts(report: ProjectReport, language: Language) -> tuple[ChartPiece, ...]:
    """Attended per kind of event (against the kind attended most), and each target's
    progress (against the target)."""
    top = max((k.attended for k in report.kinds), default=0)
    kinds = tuple(
        Bar(value_word(k.kind, language), Decimal(k.attended), Decimal(max(top, 1)),
            f"{k.attended} / {k.registered}")
        for k in report.kinds
    )  # fmt: skip
    targets = tuple(
        Bar(t.target.name, t.actual,
            Decimal(t.target.amount), f"{number_text(t.actual, language)} / "
            f"{t.target.amount} ({t.percent} %)")
        for t in report.targets
    )  # fmt: skip
    return (
        ChartPiece(word("chart", language), kinds, progress=False),
        ChartPiece(word("chart_targets", language), targets, progress=True),
    )


def lay_out(report: ProjectReport, language: Language) -> list[list[Placed]]:
    """The pages, each the pieces on it from the top; never an empty page."""
    pages: list[list[Placed]] = [[]]
    y = TOP + 44.0  # the first page's title

    def place(piece: Piece) -> None:
        nonlocal y
        if y + piece.height > BOTTOM and pages[-1]:
            pages.append([])
            y = TOP
        pages[-1].append(Placed(y, piece))
        y += piece.height

    for chart in charts(report, language):
        place(chart)
    for table in report_tables(report, language):
        rows = list(table.rows)
        continued = False
        while True:
            room = int((BOTTOM - y - TITLE - HEAD - GAP) // ROW)
            needed = len(rows) + int(table.total is not None)
            if room < min(3, max(needed, 1)) and pages[-1]:
                pages.append([])
                y = TOP
                continue
            if needed <= room:
                place(TablePiece(table, tuple(rows), continued, table.total is not None))
                break
            place(TablePiece(table, tuple(rows[:room]), continued, False))
            rows = rows[room:]
            continued = True
    return pages


def number_text(value: Cell, language: Language) -> str:
    """A cell as printed: thousands grouped (by a space in Swedish), two decimals (a comma
    in Swedish) unless whole, a dash for None."""
    if value is None:
        return "–"
    if isinstance(value, Decimal):
        integral = value == value.to_integral_value()
        text = f"{int(value):,}" if integral else f"{value:,}"
    elif isinstance(value, int):
        text = f"{value:,}"
    else:
        return value
    if language == "sv":
        return text.replace(",", "\u00a0").replace(".", ",")
    return text
