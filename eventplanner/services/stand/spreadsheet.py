"""The stand's lists as the spreadsheet a fair organiser asks for: one .xlsx with a sheet
each of co-exhibitors, badges, orders and deadlines, and materials.

Each sheet's header row is bold and frozen and its columns as wide as their text (within
bounds). A text that a spreadsheet would take for a formula (``=``, ``+``, ``-``, ``@``) is
kept as text. The file is written whole or not at all (``services.files``).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from eventplanner.domain.formulas import runs_as_formula
from eventplanner.services.files import write_atomically
from eventplanner.services.stand.reading import StandView

Cell = str | int | float | Decimal | date | time | bool | None

SHEETS = ("Co-exhibitors", "Badges", "Orders and deadlines", "Materials")
CO_EXHIBITOR_COLUMNS = (
    "Organisation", "Org. number", "Contact", "E-mail", "Area (m²)", "Fee (SEK)",
    "Staff quota", "Badge quota", "Brings", "Power (kW)", "Floor (m²)", "State",
)  # fmt: skip
BADGE_COLUMNS = ("Name", "Company")
DEADLINE_COLUMNS = ("Due", "Time", "Kind", "Title", "For", "Done", "Notes")
MATERIAL_COLUMNS = (
    "Item", "Quantity", "Where it is", "Packs", "Ships", "Brings back", "Notes",
)  # fmt: skip
_WIDEST = 60


def workbook_bytes(view: StandView) -> bytes:
    """The stand's lists as the bytes of an .xlsx file."""
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    companies = {e.id: e.organisation_name for e in view.co_exhibitors}
    _sheet(book, SHEETS[0], CO_EXHIBITOR_COLUMNS, [
        [e.organisation_name, "", e.contact_name, e.contact_email, e.area, e.fee,
         e.staff_quota, e.badge_quota, e.brings, e.power_kw, e.floor_m2, e.state.label]
        for e in view.co_exhibitors
    ])  # fmt: skip
    _sheet(book, SHEETS[1], BADGE_COLUMNS,
           [[s.name, s.company] for s in view.staff if s.badge])  # fmt: skip
    _sheet(book, SHEETS[2], DEADLINE_COLUMNS, [
        [d.due, d.due_time, d.kind.label, d.name,
         companies.get(d.co_exhibitor_id, "") if d.co_exhibitor_id else "the stand",
         "yes" if d.done else "no", d.notes]
        for d in view.deadlines
    ])  # fmt: skip
    _sheet(book, SHEETS[3], MATERIAL_COLUMNS, [
        [m.item, m.quantity, m.state.label, m.packer_name, m.shipper_name, m.returner_name,
         m.notes]
        for m in view.materials
    ])  # fmt: skip
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_workbook(view: StandView, target: Path) -> None:
    """Write the stand's spreadsheet to ``target`` in one step (PublishError when the
    folder is missing or read-only; the file is then as it was)."""
    write_atomically(target, workbook_bytes(view), what="the stand's spreadsheet",
                     done="written")  # fmt: skip


def _sheet(
    book: Workbook, title: str, columns: Sequence[str], rows: Sequence[Sequence[Cell]]
) -> None:
    sheet: Worksheet = book.create_sheet(title)
    sheet.append(list(columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    widths = [len(c) for c in columns]
    for row in rows:
        sheet.append([_value(v) for v in row])
        for index, value in enumerate(row):
            widths[index] = max(widths[index], len(_shown(value)))
    for row_cells in sheet.iter_rows(min_row=2):
        for cell in row_cells:
            if isinstance(cell.value, str) and runs_as_formula(cell.value):
                cell.data_type = "s"  # text, not a formula
            elif isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(cell.value, time):
                cell.number_format = "hh:mm"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, _WIDEST)


def _value(value: Cell) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _shown(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return "2027-01-19"
    if isinstance(value, time):
        return "09:00"
    return str(value)
