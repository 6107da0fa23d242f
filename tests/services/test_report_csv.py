"""The report's CSV: text a spreadsheet would run is neutralised, numbers stay numbers in the
language's way of writing them."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

from eventplanner.domain.reports import BudgetFigures, KindLine, ProjectReport
from eventplanner.services.reports.report_csv import report_csv_bytes

REPORT = ProjectReport(
    1, "=HYPERLINK(\"x\")", "@Vinnova", date(2027, 1, 1), date(2027, 12, 31),
    kinds=(KindLine("seminar", 2, 2, 0, Decimal("4.5"), 2, 30, 25),),
    budget=BudgetFigures(Decimal("1000"), Decimal("1200.5"), Decimal(0), Decimal(0),
                         Decimal("33.33"), Decimal("48.02")),
)  # fmt: skip


def _rows(language: str) -> list[list[str]]:
    data = report_csv_bytes(REPORT, language, date(2027, 12, 31))  # type: ignore[arg-type]
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8")), delimiter=";"))


def test_formulas_are_neutralised() -> None:
    rows = _rows("en")
    assert ["Project", '\'=HYPERLINK("x")'] in rows
    assert ["Funder", "'@Vinnova"] in rows


def test_numbers_in_each_language() -> None:
    english = next(r for r in _rows("en") if r and r[0] == "Seminar")
    swedish = next(r for r in _rows("sv") if r and r[0] == "Seminarium")
    assert english[1] == swedish[1] == "2"
    assert "4.5" in english and "4,5" in swedish
