"""The report's PDF: a long table goes on over pages with its header again, nothing below
the page's bottom, the header on every page; read back with pypdf in both languages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from eventplanner.domain.reports import (
    KindLine,
    ProjectReport,
    ProjectTarget,
    ReachLine,
    TargetKind,
    TargetProgress,
)
from eventplanner.printing.report import write_report_pdf
from eventplanner.printing.report_layout import BOTTOM, TOP, TablePiece, lay_out, number_text

COUNTRIES = tuple(ReachLine(f"C{n:02d}", 100 - n, 1) for n in range(90))
REPORT = ProjectReport(
    1, "Stålet digitalt", "Vinnova", date(2027, 1, 1), date(2027, 12, 31),
    kinds=(KindLine("seminar", 4, 4, 0, Decimal("9.5"), 4, 50, 40),),
    people=30, organisations=12, by_country=COUNTRIES,
    targets=(TargetProgress(ProjectTarget(1, 1, "Deltagare", TargetKind.PARTICIPANTS, 300),
                            Decimal(40)),),
)  # fmt: skip


def test_a_long_table_goes_on_over_pages() -> None:
    pages = lay_out(REPORT, "en")
    assert len(pages) >= 3
    for page in pages:
        assert page, "no empty page"
        for placed in page:
            assert placed.y >= TOP
            assert placed.y + placed.piece.height <= BOTTOM + 14
    countries = [p.piece for page in pages for p in page
                 if isinstance(p.piece, TablePiece) and p.piece.table.key == "country"]  # fmt: skip
    assert len(countries) >= 2
    assert [c.continued for c in countries] == [False] + [True] * (len(countries) - 1)
    assert sum(len(c.rows) for c in countries) == 90


def test_the_pdf_read_back(tmp_path: Path) -> None:
    for language, words in (("en", ("Reach by country (continued)", "Page 2 of")),
                            ("sv", ("Räckvidd per land (forts.)", "Sida 2 av"))):  # fmt: skip
        path = tmp_path / f"{language}.pdf"
        pages = write_report_pdf(REPORT, path, language, date(2027, 12, 31))
        reader = PdfReader(path)
        assert len(reader.pages) == pages >= 3
        text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
        for word in words:
            assert word in text
        assert text.count("Stålet digitalt") >= pages  # the header on every page
        assert "C89" in text


def test_numbers_as_printed() -> None:
    assert number_text(Decimal("4000.00"), "sv") == "4\u00a0000"
    assert number_text(Decimal("444.44"), "en") == "444.44"
    assert number_text(Decimal("9.5"), "sv") == "9,5"
    assert number_text(12345, "en") == "12,345"
    assert number_text(None, "en") == "–"
