"""The funder's report as an .xlsx workbook: a first sheet naming the project, funder and
period, then one sheet per table. Numbers are numbers (amounts to the öre, hours to the
minute), each sheet's header row bold and frozen, its columns as wide as their text.
A text a spreadsheet would take for a formula (``domain.formulas``) is kept as text.
The file is written whole or not at all (``services.files``)."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from eventplanner.domain.document_words import Language
from eventplanner.domain.formulas import runs_as_formula
from eventplanner.domain.reports import ProjectReport
from eventplanner.services.files import write_atomically
from eventplanner.services.reports.tables import Table, period_text, report_tables
from eventplanner.services.reports.words import word

_WIDEST = 60
_SHEET_NAME = 31
"""Excel's longest sheet name."""


def workbook_bytes(report: ProjectReport, language: Language, made: date) -> bytes:
    """The report as the bytes of an .xlsx file."""
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = word("report", language)
    header = Table(
        "report", word("title", language), (word("title", language), ""),
        (
            (word("project", language), report.project_name),
            (word("funder", language), report.funder),
            (word("period", language), period_text(report)),
            ("", word("made", language, day=made.isoformat())),
        ),
    )  # fmt: skip
    _fill(first, header)
    for table in report_tables(report, language):
        sheet = book.create_sheet(table.title[:_SHEET_NAME])
        _fill(sheet, table)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_workbook(report: ProjectReport, target: Path, language: Language, made: date) -> None:
    """Write the report's workbook to ``target`` in one step (PublishError when the folder
    is missing or read-only; the file is then as it was)."""
    write_atomically(target, workbook_bytes(report, language, made),
                     what="the report's workbook", done="written")  # fmt: skip


def _fill(sheet: Worksheet, table: Table) -> None:
    sheet.append(list(table.headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    widths = [len(h) for h in table.headers]
    rows = list(table.rows) + ([table.total] if table.total is not None else [])
    for row in rows:
        sheet.append(list(row))
        for index, value in enumerate(row):
            widths[index] = max(widths[index], len("" if value is None else str(value)))
    for row_cells in sheet.iter_rows(min_row=2):
        for cell in row_cells:
            if isinstance(cell.value, str) and runs_as_formula(cell.value):
                cell.data_type = "s"  # text, not a formula (a project named "=SUM(…)")
            elif isinstance(cell.value, Decimal):
                cell.number_format = "#,##0.00"
    if table.total is not None:
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, _WIDEST)
