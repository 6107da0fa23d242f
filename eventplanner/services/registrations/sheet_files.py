"""Reading a registration list from a file: a CSV file (comma, semicolon or tab, sniffed;
UTF-8 with or without a byte-order mark, else Windows-1252 as Excel in Sweden saves it) or
an XLSX workbook's first sheet, read with python-calamine (about ten times faster than
openpyxl's read-only mode on 10,000 rows, and the same values once a cell is read:
tests/benchmarks/test_bench_registration_import.py). No database."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.sheet_rows import Cell, text_of

MAX_BYTES = 50 * 1024 * 1024
"""A registration list is small; a file larger than this is not one."""


@dataclass(frozen=True, slots=True)
class Sheet:
    """A list as read: its headers (the first row) and the rows under them; how it was
    read (``encoding`` and ``delimiter`` of a CSV file, "" for a workbook)."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    encoding: str = ""
    delimiter: str = ""
    first_row: int = 2
    """The spreadsheet's number of the first row under the headers."""
    overflowing: tuple[tuple[int, int], ...] = ()
    """The rows (by their place in ``rows``) with a cell past the last header, each with
    its number of cells up to its last filled one: not read (a comma in a value written
    without quotes splits it), a problem."""


def read_sheet(path: Path) -> Sheet:
    """The list in the file at ``path``, by its type (.csv or .txt, .xlsx or .xlsm); a
    ValidationError naming the file says why it cannot be read."""
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ValidationError("file", f"{path.name}: cannot be read ({error.strerror})") from None
    if size > MAX_BYTES:
        raise ValidationError("file", f"{path.name} is {size // 1_000_000} MB; a registration "
                              "list is far smaller")  # fmt: skip
    if suffix in {".csv", ".txt"}:
        return csv_sheet(path.name, path.read_bytes())
    if suffix in {".xlsx", ".xlsm"}:
        return xlsx_sheet(path)
    raise ValidationError(
        "file", f"{path.name}: read a .csv or .xlsx file (save the list as one from Excel)"
    )


def decoded(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and its encoding: UTF-8 (with or without a byte-order mark),
    else Windows-1252, which Excel in Sweden uses for "CSV (semikolonavgränsad)"."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as error:
        raise ValidationError(
            "file", f"byte {error.start + 1} is neither UTF-8 nor Windows-1252 text; "
            "save the list as CSV UTF-8 from Excel"
        ) from None  # fmt: skip


def sniffed_delimiter(text: str) -> str:
    """The delimiter of a CSV text: the one of ; , or tab that splits the header line into
    the most columns (a semicolon wins a tie, as Excel in Sweden writes it)."""
    first = text.split("\n", 1)[0]
    counts = {d: len(next(csv.reader([first], delimiter=d), [])) for d in (";", ",", "\t")}
    best = max(counts.values())
    return next(d for d in (";", ",", "\t") if counts[d] == best)


def csv_sheet(name: str, data: bytes) -> Sheet:
    """A CSV file's list (its text decoded and its delimiter sniffed)."""
    try:
        text, encoding = decoded(data)
    except ValidationError as error:
        raise ValidationError("file", f"{name}: {error.message}") from None
    if "\x00" in text:
        raise ValidationError("file", f"{name} is not a text file (it holds NUL characters)")
    first, _end, rest = text.partition("\n")
    said = first.strip()
    skipped = 0
    if said.lower().startswith("sep=") and len(said) == 5:
        # Excel's own hint on the first line ("sep=;"): the delimiter, not a row of the list.
        delimiter, text, skipped = said[4], rest, 1
    else:
        delimiter = sniffed_delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as error:
        raise ValidationError("file", f"{name}: not readable as CSV ({error})") from None
    read = _sheet(name, rows, encoding, delimiter)
    return replace(read, first_row=read.first_row + skipped)


def xlsx_sheet(path: Path) -> Sheet:
    """An XLSX workbook's first sheet."""
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        if not book.sheet_names:
            raise ValidationError("file", f"{path.name} has no sheets")
        rows = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except (CalamineError, OSError, ValueError) as error:
        raise ValidationError(
            "file", f"{path.name} is not a readable XLSX workbook (damaged or cut short?): "
            f"{str(error).splitlines()[0] if str(error) else type(error).__name__}"
        ) from None  # fmt: skip
    return _sheet(path.name, rows, "", "")


def _sheet(name: str, rows: Sequence[Sequence[Cell]], encoding: str, delimiter: str) -> Sheet:
    found = [tuple(r) for r in rows]
    skipped = 0
    while found and all(text_of(c) == "" for c in found[0]):
        found.pop(0)  # blank lines above the headers
        skipped += 1
    if not found:
        raise ValidationError("file", f"{name} is empty: no headers, no rows")
    headers = tuple(text_of(c) for c in found[0])
    width = len(headers)
    while width and not headers[width - 1]:
        width -= 1
    body = tuple(tuple(r[:width]) + (None,) * (width - len(r[:width])) for r in found[1:])
    overflowing = tuple(
        (offset, cells) for offset, cells in enumerate(_filled_width(r) for r in found[1:])
        if cells > width
    )  # fmt: skip
    return Sheet(name, headers[:width], body, encoding, delimiter, skipped + 2, overflowing)


def _filled_width(row: Sequence[Cell]) -> int:
    """The number of cells of ``row`` up to its last one with something in it."""
    width = len(row)
    while width and text_of(row[width - 1]) == "":
        width -= 1
    return width
