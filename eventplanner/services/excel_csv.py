"""A CSV file as Excel in Sweden opens it with a double click: UTF-8 with a byte-order mark
(without one Excel reads UTF-8 as Windows-1252, and "Åsa" turns into "Ã…sa"), separated by
semicolons (Excel with a decimal comma takes the semicolon as its list separator), CRLF line
ends as Excel writes them, and every text cell that a spreadsheet would run as a formula
neutralised (``domain.formulas``). Used by the participant lists and the funder's report."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal

from eventplanner.domain.formulas import neutralised

CsvCell = str | int | Decimal | None
"""Text (neutralised), a whole number, an amount, or nothing (an empty cell)."""


def excel_csv_bytes(
    rows: Iterable[Sequence[CsvCell]],
    *,
    delimiter: str = ";",
    decimal_comma: bool = False,
    text: Callable[[str], str] = neutralised,
) -> bytes:
    """``rows`` as the bytes of a CSV file for Excel: each text through ``text`` (by
    default ``neutralised``), numbers as they are (an amount without grouping, with a
    decimal comma when ``decimal_comma``, so that Excel reads it as a number)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow([_written(cell, decimal_comma, text) for cell in row])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def _written(cell: CsvCell, decimal_comma: bool, text: Callable[[str], str]) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        shown = format(cell.normalize() if cell == cell.to_integral() else cell, "f")
        return shown.replace(".", ",") if decimal_comma else shown
    if isinstance(cell, bool | int):
        return str(cell)
    return text(cell)
