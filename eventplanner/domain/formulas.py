"""Text a spreadsheet would run as a formula (CSV injection): one that starts with = + - @,
a tab or a carriage return. Every file a spreadsheet opens (participant lists, the funder's
report, the stand's sheet, the command line's CSV) asks here."""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def runs_as_formula(text: str) -> bool:
    """Whether a spreadsheet would take ``text``, typed in a cell, for a formula."""
    return text.startswith(FORMULA_STARTS)


def neutralised(text: str) -> str:
    """``text`` with an apostrophe before it when a spreadsheet would take it for a formula,
    so that it shows as typed and runs nothing (for CSV, which has no cell types; in an
    XLSX workbook mark such a cell as text instead)."""
    return "'" + text if runs_as_formula(text) else text
