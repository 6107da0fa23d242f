"""The funder's report as one CSV file Excel opens (issue 16: "export ... the report tables to
CSV"): the project, funder and period first, then each table under its title, a blank line
between. As the participant lists are written (``registrations.sheet_export``): UTF-8 with a
byte-order mark, semicolons, text a spreadsheet would run as a formula neutralised. Numbers
are written as the report's language writes them (a decimal comma in Swedish, as Excel in
Sweden reads them), without grouping, so they stay numbers when opened."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

from eventplanner.domain.document_words import Language
from eventplanner.domain.reports import ProjectReport
from eventplanner.domain.sheet_rows import neutralised
from eventplanner.services.files import write_atomically
from eventplanner.services.reports.tables import Cell, period_text, report_tables
from eventplanner.services.reports.words import word


def _cell(value: Cell, language: Language) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = format(value.normalize() if value == value.to_integral() else value, "f")
        return text.replace(".", ",") if language == "sv" else text
    if isinstance(value, int):
        return str(value)
    return neutralised(value)


def report_csv_bytes(report: ProjectReport, language: Language, made: date) -> bytes:
    """The report's tables as the bytes of one CSV file."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([neutralised(word("title", language))])
    for key, value in (("project", report.project_name), ("funder", report.funder),
                       ("period", period_text(report))):  # fmt: skip
        writer.writerow([neutralised(word(key, language)), neutralised(value)])
    writer.writerow(["", neutralised(word("made", language, day=made.isoformat()))])
    for table in report_tables(report, language):
        writer.writerow([])
        writer.writerow([neutralised(table.title)])
        writer.writerow([neutralised(h) for h in table.headers])
        rows = list(table.rows) + ([table.total] if table.total is not None else [])
        for row in rows:
            writer.writerow([_cell(value, language) for value in row])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def write_report_csv(report: ProjectReport, target: Path, language: Language, made: date) -> None:
    """Write the report's CSV to ``target`` in one step (PublishError when the folder is
    missing or read-only; the file is then as it was)."""
    write_atomically(target, report_csv_bytes(report, language, made),
                     what="the report's CSV file", done="written")  # fmt: skip
