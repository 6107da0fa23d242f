"""The report's workbook: a sheet per table in the language chosen, numbers as numbers, bold
headers, widths set, and a project named like a formula kept as text."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

from openpyxl import load_workbook

from eventplanner.domain.reports import BudgetFigures, KindLine, ProjectReport
from eventplanner.services.reports.workbook import workbook_bytes

REPORT = ProjectReport(
    1, "=HYPERLINK(\"x\")", "Vinnova", date(2027, 1, 1), date(2027, 12, 31),
    kinds=(KindLine("seminar", 4, 4, 0, Decimal("9.5"), 4, 50, 40),),
    budget=BudgetFigures(Decimal("4000.00"), Decimal("3500.00"), Decimal(0), Decimal(0),
                         Decimal("80.00"), Decimal("87.50")),
)  # fmt: skip


def test_sheets_numbers_and_formulas() -> None:
    for language, first, events in (("en", "Report", "Events by kind"),
                                    ("sv", "Rapport", "Evenemang per typ")):  # fmt: skip
        book = load_workbook(io.BytesIO(workbook_bytes(REPORT, language, date(2027, 12, 31))))
        assert book.sheetnames[0] == first and book.sheetnames[2] == events
        header = book[first]
        assert header.cell(2, 2).value == '=HYPERLINK("x")'
        assert header.cell(2, 2).data_type == "s"
        sheet = book[events]
        assert all(cell.font.bold for cell in sheet[1])
        assert sheet.cell(2, 2).value == 4 and sheet.cell(2, 5).value == 9.5
        assert sheet.cell(3, 1).font.bold  # the total
        assert sheet.column_dimensions["A"].width >= len("Seminar") + 2
        budget = book.worksheets[-2]
        assert budget.cell(5, 3).value == 87.5
        assert budget.cell(5, 3).number_format == "#,##0.00"
