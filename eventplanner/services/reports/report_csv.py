"""The funder's report as one CSV file Excel opens (issue 16: "export ... the report tables to
CSV"): the project, funder and period first, then each table under its title, a blank line
between. As the participant lists are written (``services.excel_csv``): UTF-8 with a
byte-order mark, semicolons, text a spreadsheet would run as a formula neutralised. Numbers
are written as the report's language writes them (a decimal comma in Swedish, as Excel in
Sweden reads them), without grouping, so they stay numbers when opened."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from eventplanner.domain.document_words import Language
from eventplanner.domain.reports import ProjectReport
from eventplanner.services.excel_csv import CsvCell, excel_csv_bytes
from eventplanner.services.files import write_atomically
from eventplanner.services.reports.tables import period_text, report_tables
from eventplanner.services.reports.words import word


def report_csv_bytes(report: ProjectReport, language: Language, made: date) -> bytes:
    """The report's tables as the bytes of one CSV file."""
    rows: list[Sequence[CsvCell]] = [[word("title", language)]]
    for key, value in (("project", report.project_name), ("funder", report.funder),
                       ("period", period_text(report))):  # fmt: skip
        rows.append([word(key, language), value])
    rows.append(["", word("made", language, day=made.isoformat())])
    for table in report_tables(report, language):
        rows += [[], [table.title], list(table.headers)]
        rows += [list(row) for row in table.rows]
        if table.total is not None:
            rows.append(list(table.total))
    return excel_csv_bytes(rows, decimal_comma=language == "sv")


def write_report_csv(report: ProjectReport, target: Path, language: Language, made: date) -> None:
    """Write the report's CSV to ``target`` in one step (PublishError when the folder is
    missing or read-only; the file is then as it was)."""
    write_atomically(target, report_csv_bytes(report, language, made),
                     what="the report's CSV file", done="written")  # fmt: skip
