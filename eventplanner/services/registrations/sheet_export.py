"""An event's participant list (and attendance: each one's status) written as a CSV file
Excel opens, or as an XLSX workbook with dates as dates and numbers as numbers.

CSV: UTF-8 with a byte-order mark (without one Excel reads UTF-8 as Windows-1252, and
"Åsa" turns into "Ã…sa"), separated by semicolons by default: Excel in Sweden (decimal
comma) takes the semicolon as its list separator, so a file opened with a double click
lands in columns only when it is split by semicolons; ``delimiter=","`` for tools that want
commas (``services.excel_csv``). Text that a spreadsheet would take as a formula gets an
apostrophe before it in a CSV file (``neutralised``); in a workbook it is kept as it is, in a
cell marked as text. The statuses and sources are written in the words given (the window's
language), else in English.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.formulas import neutralised, runs_as_formula
from eventplanner.domain.registrations import RegistrationSource, RegistrationStatus
from eventplanner.domain.sheet_rows import outlook_addresses
from eventplanner.persistence.database import Database
from eventplanner.services.excel_csv import CsvCell, excel_csv_bytes
from eventplanner.services.files import write_atomically
from eventplanner.services.registrations.reading import counts_of, lines_of, records_of
from eventplanner.services.registrations.records import EventRegistrations
from eventplanner.services.registrations.writing import event_row, rows_of_event

HEADERS = ("Waiting", "Name", "E-mail", "Organisation", "Status", "Registered", "Source",
           "Needs")  # fmt: skip
_PHONE_LIKE = re.compile(r"^\+?[\d\s\-()]+$")
DELIMITERS = {";": ";", ",": ",", "semicolon": ";", "comma": ",", "tab": "\t"}
Labels = Mapping[RegistrationStatus | RegistrationSource, str]
"""The words for statuses and sources; one missing is written as its English label."""


def safe(text: str) -> str:
    """``text`` as a cell that runs nothing: ``neutralised``, except a phone number such as
    "+46 70-123 45 67" (digits only: no formula can hide in it, and an apostrophe would spoil
    it)."""
    return text if _PHONE_LIKE.match(text) else neutralised(text)


def table_of(
    listed: EventRegistrations, zone: ZoneInfo, labels: Labels | None = None
) -> list[tuple[int | None, str, str, str, str, datetime, str, str]]:
    """The list's rows: the waitlist position, name, e-mail, organisation, status, the time
    of registration in the event's zone (without a zone, as spreadsheets keep times), how
    it came, and the needs."""
    words = labels or {}

    def said(value: RegistrationStatus | RegistrationSource) -> str:
        return words.get(value) or value.label

    return [
        (line.waitlist_position, line.name, line.email, line.organisation,
         said(line.registration.status),
         line.registration.registered_at.astimezone(zone).replace(tzinfo=None),
         said(line.registration.source), line.registration.needs)
        for line in listed.lines
    ]  # fmt: skip


def delimiter_named(text: str) -> str:
    """The delimiter named by ``text`` (";", ",", "semicolon", "comma" or "tab")."""
    found = DELIMITERS.get(text.strip().lower()) if text.strip() else None
    if found is None:
        raise ValidationError("--delimiter", f"{text!r}: choose semicolon, comma or tab")
    return found


def csv_bytes(
    listed: EventRegistrations,
    zone: ZoneInfo,
    *,
    delimiter: str = ";",
    headers: Sequence[str] = HEADERS,
    labels: Labels | None = None,
) -> bytes:
    """The list as CSV for Excel (``excel_csv_bytes``), phone numbers left as they are."""
    rows: list[Sequence[CsvCell]] = [list(headers)]
    for row in table_of(listed, zone, labels):
        position, *texts, when, source, needs = row
        rows.append([position, *(str(t) for t in texts), when.strftime("%Y-%m-%d %H:%M"),
                     source, needs])  # fmt: skip
    return excel_csv_bytes(rows, delimiter=delimiter, text=safe)


def xlsx_bytes(
    listed: EventRegistrations,
    zone: ZoneInfo,
    *,
    headers: Sequence[str] = HEADERS,
    labels: Labels | None = None,
) -> bytes:
    """The list as an XLSX workbook (one sheet): the waitlist position a number, the time
    of registration a date Excel sorts and filters as one."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=listed.event_title[:31].translate(_SHEET_NAME) or "List")

    def text(value: str) -> object:
        # Kept as it is, in a cell marked as text: an apostrophe would show in Excel.
        if not runs_as_formula(value):
            return value
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell

    sheet.append([text(h) for h in headers])
    for row in table_of(listed, zone, labels):
        position, *texts, when, source, needs = row
        moment = WriteOnlyCell(sheet, value=when)
        moment.number_format = "yyyy-mm-dd hh:mm"
        cells: list[object] = [position, *(text(str(t)) for t in texts), moment, text(source),
                               text(needs)]  # fmt: skip
        sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


_SHEET_NAME = str.maketrans(dict.fromkeys("[]:*?/\\", "-"))


def write_list(
    listed: EventRegistrations,
    zone: ZoneInfo,
    path: Path,
    *,
    delimiter: str = ";",
    headers: Sequence[str] = HEADERS,
    labels: Labels | None = None,
) -> int:
    """Write the list to ``path``, XLSX or CSV by its suffix (in one step: a file being
    written is never left half-done); the number of rows written."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        data = xlsx_bytes(listed, zone, headers=headers, labels=labels)
    elif suffix in {".csv", ".txt"}:
        data = csv_bytes(listed, zone, delimiter=delimiter, headers=headers, labels=labels)
    else:
        raise ValidationError("file", f"{path.name}: write a .csv or an .xlsx file")
    write_atomically(path, data, what=f"the list {path.name}", done="written")
    return len(listed.lines)


class RegistrationLists:
    """An event's participant list out of the database: to a file, or its e-mail addresses
    for Outlook's To field."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def listed(self, event_id: int) -> tuple[EventRegistrations, ZoneInfo]:
        """The event's registrations (as ``RegistrationService.registrations``) and its
        time zone."""
        with self._db.reading() as session:
            event = event_row(session, event_id)
            found = rows_of_event(session, event_id)
            listed = EventRegistrations(
                event_id, event.title, counts_of(session, [event_id])[event_id],
                tuple(lines_of(session, records_of(session, found))),
            )  # fmt: skip
            return listed, ZoneInfo(event.time_zone)

    def export(
        self,
        event_id: int,
        path: Path,
        *,
        delimiter: str = ";",
        headers: Sequence[str] = HEADERS,
        labels: Labels | None = None,
    ) -> int:
        """Write the event's list to ``path`` (XLSX or CSV by its suffix); the rows written."""
        listed, zone = self.listed(event_id)
        return write_list(listed, zone, path, delimiter=delimiter, headers=headers,
                          labels=labels)  # fmt: skip

    def emails(self, event_id: int, statuses: Sequence[RegistrationStatus] = ()) -> str:
        """The e-mail addresses of the event's registrations (those with ``statuses``, all
        but the cancelled when none are given), as Outlook's To field takes them."""
        listed, _zone = self.listed(event_id)
        wanted = set(statuses) or set(RegistrationStatus) - {RegistrationStatus.CANCELLED}
        return outlook_addresses(
            [line.email for line in listed.lines if line.registration.status in wanted]
        )
