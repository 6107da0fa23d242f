"""The rows of a registration list read as people: each cell checked (a problem names its
row as the spreadsheet numbers it and its column by its header), the name put together
from first and last names, the registration's time from an Excel date serial or a date as
text, and a person met twice in the file (the same e-mail, any case) merged into one.
Plain rules, no files and no database."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.formulas import neutralised as neutralised
from eventplanner.domain.organisation_numbers import org_number
from eventplanner.domain.registrations import MAX_NEEDS
from eventplanner.domain.sheet_columns import SheetField, column_label, mapping_faults
from eventplanner.domain.validation import email_key

Cell = str | int | float | bool | datetime | date | time | timedelta | None
"""A cell as a reader gives it: text from a CSV file, typed values from an XLSX file."""

# Stricter than a form's own check: a list's cell with "a@x.se; b@y.se" or "Anna <a@x.se>"
# holds more than one address, or a name, and must be fixed in the file.
_NOT_IN_ADDRESS = '@\\s;,<>()\\[\\]"'  # an apostrophe may be in one: o'neill@x.ie
_EMAIL = re.compile(rf"^[^{_NOT_IN_ADDRESS}]+@[^{_NOT_IN_ADDRESS}]+\.[^{_NOT_IN_ADDRESS}.]+$")
_LIMITS = {SheetField.NAME: 200, SheetField.ORGANISATION: 200, SheetField.PHONE: 60,
           SheetField.TITLE: 200, SheetField.NEEDS: MAX_NEEDS,
           SheetField.EMAIL: 320}  # fmt: skip
_EXCEL_EPOCH = datetime(1899, 12, 30)  # noqa: DTZ001 - serials count days in local time
_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M",
    "%Y-%m-%d", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d",
    "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%d.%m.%Y %H:%M", "%d.%m.%Y",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class RowProblem:
    """What is wrong in one cell (or one row, ``column`` ""), as the spreadsheet shows it:
    row 2 is the first under the headers."""

    row: int
    column: str
    message: str
    """In English (the command line's words)."""
    code: str = ""
    """What is wrong, for a window to word it in its language: "too_long", "no_name",
    "no_email", "not_email", "org_number", "not_moment", "no_rows", "too_many_cells",
    "email_twice", "field_twice", "no_email_column", "no_name_column" ("" for none)."""
    values: tuple[str, ...] = ()
    """The code's values (the text found, the numbers), in the order of its sentence."""

    @property
    def text(self) -> str:
        """ "Row 14, column 'E-post': 'anna(at)x.se' is not an e-mail address"."""
        if not self.column:
            return f"Row {self.row}: {self.message}"
        return f"Row {self.row}, column {self.column!r}: {self.message}"


@dataclass(frozen=True, slots=True)
class SheetPerson:
    """A person from a row (or several rows merged): ``rows`` as the spreadsheet numbers
    them, ``registered_at`` in UTC (None: not in the file)."""

    rows: tuple[int, ...]
    name: str
    email: str
    phone: str = ""
    organisation: str = ""
    org_number: str = ""
    title: str = ""
    needs: str = ""
    registered_at: datetime | None = None

    @property
    def key(self) -> str:
        return email_key(self.email)


@dataclass(frozen=True, slots=True)
class SheetPeople:
    """A list read: the people in the order they came, the problems, and the e-mails met
    on more than one row (each with its rows, merged into one person)."""

    people: tuple[SheetPerson, ...]
    problems: tuple[RowProblem, ...]
    merged: tuple[SheetPerson, ...]


def text_of(cell: Cell) -> str:
    """A cell as text: a whole number without ".0" (a phone number Excel stored as a
    number), a date as ISO."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime | date | time):
        return cell.isoformat(sep=" ") if isinstance(cell, datetime) else cell.isoformat()
    return str(cell).strip()


def moment_of(cell: Cell, zone: ZoneInfo) -> datetime | None:
    """A registration's time in UTC: an XLSX date, an Excel date serial (a number, or a
    number as text), or a date (and time) as text, in ``zone`` when it has none. None for an
    empty cell; ValueError for one that is no time."""
    if cell is None or cell == "":
        return None
    if isinstance(cell, bool | time | timedelta):
        raise ValueError
    if isinstance(cell, int | float):
        return _aware(_EXCEL_EPOCH + timedelta(days=float(cell)), zone)
    if isinstance(cell, datetime):
        return _aware(cell, zone) if cell.tzinfo is None else cell.astimezone(UTC)
    if isinstance(cell, date):
        return _aware(datetime.combine(cell, time()), zone)
    text = cell.strip()
    try:
        return _aware(_EXCEL_EPOCH + timedelta(days=float(text.replace(",", "."))), zone)
    except ValueError:
        pass
    try:
        found = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        found = None
    if found is not None:
        return _aware(found, zone) if found.tzinfo is None else found.astimezone(UTC)
    for form in _DATE_FORMATS:
        try:
            return _aware(datetime.strptime(text, form), zone)  # noqa: DTZ007 - zone given after
        except ValueError:
            continue
    raise ValueError


def _aware(moment: datetime, zone: ZoneInfo) -> datetime:
    # No one registered before 1990: a number that gives such a date (a year typed, a
    # count) is not a time of registration.
    if not 1990 <= moment.year <= 2200:
        raise ValueError
    return moment.replace(microsecond=0, tzinfo=zone).astimezone(UTC)


def read_people(
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    mapping: Sequence[SheetField],
    zone: ZoneInfo,
    *,
    first_row: int = 2,
    overflowing: Sequence[tuple[int, int]] = (),
) -> SheetPeople:
    """The people of ``rows`` under ``headers``, each column read as ``mapping`` says;
    every problem found (the mapping's first, as row 1); empty rows are skipped. Rows with
    the same e-mail (any case) are one person: the first row's values, empty ones filled
    from the later rows, registered at the earliest time. ``overflowing``: the rows (by
    their place in ``rows``) with more cells than headers, each with its number of cells;
    each a problem."""
    problems = [RowProblem(1, "", message, code, values)
                for code, values, message in mapping_faults(mapping)]  # fmt: skip
    if problems:
        return SheetPeople((), tuple(problems), ())
    columns: dict[SheetField, int] = {
        field: i for i, field in enumerate(mapping) if field is not SheetField.IGNORED
    }
    found: dict[str, SheetPerson] = {}
    for offset, cells in overflowing:
        problems.append(
            RowProblem(first_row + offset, "", f"{cells} cells under {len(headers)} headers "
                       "(a comma in a value without quotes?)", "too_many_cells",
                       (str(cells), str(len(headers))))
        )  # fmt: skip
    for offset, row in enumerate(rows):
        number = first_row + offset
        if all(text_of(c) == "" for c in row):
            continue
        person, wrong = _person(headers, row, columns, number, zone)
        problems.extend(wrong)
        if person is None:
            continue
        earlier = found.get(person.key)
        found[person.key] = person if earlier is None else _merged(earlier, person)
    merged = tuple(p for p in found.values() if len(p.rows) > 1)
    if not found and not problems:
        problems.append(
            RowProblem(first_row, "", "the file has no rows under its headers", "no_rows")
        )
    return SheetPeople(tuple(found.values()), tuple(problems), merged)


def _person(
    headers: Sequence[str],
    row: Sequence[Cell],
    columns: dict[SheetField, int],
    number: int,
    zone: ZoneInfo,
) -> tuple[SheetPerson | None, list[RowProblem]]:
    problems: list[RowProblem] = []

    def cell(field: SheetField) -> Cell:
        index = columns.get(field)
        return row[index] if index is not None and index < len(row) else None

    def label(field: SheetField) -> str:
        return column_label(headers, columns[field])

    def text(field: SheetField) -> str:
        value = text_of(cell(field))
        limit = _LIMITS.get(field)
        if limit is not None and len(value) > limit:
            too_long = f"is {len(value)} characters long; at most {limit}"
            problems.append(RowProblem(number, label(field), too_long, "too_long",
                                       (str(len(value)), str(limit))))  # fmt: skip
        return value

    name = text(SheetField.NAME)
    if not name:
        name = " ".join(p for p in (text(SheetField.FIRST_NAME), text(SheetField.LAST_NAME)) if p)
    if not name:
        where = SheetField.NAME if SheetField.NAME in columns else SheetField.FIRST_NAME
        problems.append(RowProblem(number, label(where), "the name is empty", "no_name"))
    email = text(SheetField.EMAIL)
    if not email:
        problems.append(RowProblem(number, label(SheetField.EMAIL),
                                   "the e-mail is empty; people are matched by it",
                                   "no_email"))  # fmt: skip
    elif not _EMAIL.match(email):
        problems.append(
            RowProblem(
                number,
                label(SheetField.EMAIL),
                f"{email!r} is not an e-mail address",
                "not_email",
                (email,),
            )
        )
    number_text = text(SheetField.ORG_NUMBER) if SheetField.ORG_NUMBER in columns else ""
    try:
        identity = org_number(number_text)
    except ValidationError as error:
        problems.append(RowProblem(number, label(SheetField.ORG_NUMBER), error.message,
                                   "org_number", (number_text,)))  # fmt: skip
        identity = ""
    moment = None
    if SheetField.REGISTERED_AT in columns:
        raw = cell(SheetField.REGISTERED_AT)
        try:
            moment = moment_of(raw, zone)
        except (ValueError, OverflowError):
            problems.append(RowProblem(number, label(SheetField.REGISTERED_AT),
                                       f"{text_of(raw)!r} is not a date and time "
                                       "(write it as 2026-03-14 09:30)",
                                       "not_moment", (text_of(raw),)))  # fmt: skip
    person = SheetPerson(
        (number,), name, email, text(SheetField.PHONE), text(SheetField.ORGANISATION),
        identity, text(SheetField.TITLE), text(SheetField.NEEDS), moment,
    )  # fmt: skip
    return (None if problems else person), problems


def _merged(first: SheetPerson, later: SheetPerson) -> SheetPerson:
    def pick(a: str, b: str) -> str:
        return a or b

    moments = [m for m in (first.registered_at, later.registered_at) if m is not None]
    return SheetPerson(
        first.rows + later.rows,
        pick(first.name, later.name),
        first.email,
        pick(first.phone, later.phone),
        pick(first.organisation, later.organisation),
        pick(first.org_number, later.org_number),
        pick(first.title, later.title),
        pick(first.needs, later.needs),
        min(moments) if moments else None,
    )


def outlook_addresses(addresses: Sequence[str]) -> str:
    """E-mail addresses as Outlook's To field takes them: separated by "; ", each once
    (any case), in their order; empty ones left out."""
    seen: set[str] = set()
    kept = []
    for address in addresses:
        key = email_key(address)
        if key and key not in seen:
            seen.add(key)
            kept.append(address.strip())
    return "; ".join(kept)
