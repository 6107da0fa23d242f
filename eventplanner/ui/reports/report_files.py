"""Writing the shown report as a PDF, a workbook or a CSV file (on a worker thread: the
painting of the PDF, as the workbook's, needs no widget)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from eventplanner.domain.document_words import Language
from eventplanner.domain.reports import ProjectReport

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace


def report_writer(
    report: ProjectReport, path: Path, kind: str, language: Language, made: date
) -> Callable[[Workspace], str]:
    """The work that writes ``report`` to ``path`` ("pdf", "xlsx" or "csv"); it answers
    the path."""

    def write(_workspace: Workspace) -> str:
        if kind == "pdf":
            from eventplanner.printing.report import write_report_pdf

            write_report_pdf(report, path, language, made)
        elif kind == "csv":
            from eventplanner.services.reports.report_csv import write_report_csv

            write_report_csv(report, path, language, made)
        else:
            from eventplanner.services.reports.workbook import write_workbook

            write_workbook(report, path, language, made)
        return str(path)

    return write
