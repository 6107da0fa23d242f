"""An event's list as CSV and XLSX, without a database: the byte-order mark and the
delimiter Excel in Sweden expects, dates as dates and numbers as numbers, and text that a
spreadsheet would run as a formula neutralised (a phone number left as it is)."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.registrations import (
    Counts,
    Registration,
    RegistrationSource,
    RegistrationStatus,
)
from eventplanner.services.registrations.records import EventRegistrations, RegistrationLine
from eventplanner.services.registrations.sheet_export import (
    csv_bytes,
    delimiter_named,
    safe,
    xlsx_bytes,
)

STO = ZoneInfo("Europe/Stockholm")


def listed() -> EventRegistrations:
    def line(ident: int, name: str, email: str, organisation: str, status: RegistrationStatus,
             needs: str = "", place: int | None = None) -> RegistrationLine:  # fmt: skip
        registration = Registration(
            ident, 1, ident, status, datetime(2027, 3, 1, 8, ident, tzinfo=UTC),
            RegistrationSource.FORM_IMPORT, needs=needs,
        )  # fmt: skip
        return RegistrationLine(registration, name, email, organisation, place)

    return EventRegistrations(1, "AI i verkstaden: del 1/2", Counts(2, 2, 1), (
        line(1, "Åsa Öberg", "asa@abb.se", "ABB", RegistrationStatus.ATTENDED, "vegetarisk"),
        line(2, "=cmd|' /C calc'!A0", "x@x.se", "+46 70-123 45 67", RegistrationStatus.NO_SHOW,
             "\tgömd"),
        line(3, "Bo Ek", "bo@x.se", "@MDU", RegistrationStatus.WAITLISTED, "-glutenfri", 1),
    ))  # fmt: skip


def test_cells_that_would_run_are_neutralised() -> None:
    assert safe("=1+1") == "'=1+1" and safe("\rx") == "'\rx" and safe("-x") == "'-x"
    assert safe("+46 70-123 45 67") == "+46 70-123 45 67"
    assert safe("-5") == "-5"  # a number, no formula in it
    assert safe("Åsa") == "Åsa"


def test_csv_opens_in_excel() -> None:
    data = csv_bytes(listed(), STO)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))
    assert rows[0] == ["Waiting", "Name", "E-mail", "Organisation", "Status", "Registered",
                       "Source", "Needs"]  # fmt: skip
    assert rows[1] == ["", "Åsa Öberg", "asa@abb.se", "ABB", "attended", "2027-03-01 09:01",
                       "form import", "vegetarisk"]  # fmt: skip
    assert rows[2][1] == "'=cmd|' /C calc'!A0" and rows[2][3] == "+46 70-123 45 67"
    assert rows[2][7] == "'\tgömd"
    assert rows[3][0] == "1" and rows[3][3] == "'@MDU" and rows[3][7] == "'-glutenfri"
    assert b"\r\n" in data
    commas = csv_bytes(listed(), STO, delimiter=",")
    assert commas[3:].startswith(b"Waiting,Name,")


def test_xlsx_has_dates_and_numbers() -> None:
    from openpyxl import load_workbook

    headers = ["Kö", "Namn", "E-post", "Org", "Status", "Anmäld", "Källa", "Behov"]
    book = load_workbook(io.BytesIO(xlsx_bytes(listed(), STO, headers=headers)))
    sheet = book.active
    assert sheet is not None
    assert sheet.title == "AI i verkstaden- del 1-2"
    assert sheet["A1"].value == "Kö"
    assert sheet["F2"].value == datetime(2027, 3, 1, 9, 1)
    assert sheet["F2"].is_date
    assert sheet["A4"].value == 1
    # As typed, in a cell marked as text: no apostrophe shows, no formula runs.
    assert sheet["B3"].value == "=cmd|' /C calc'!A0"
    assert sheet["B3"].data_type == "s"
    assert sheet["D4"].value == "@MDU" and sheet["H4"].value == "-glutenfri"
    assert sheet["D3"].value == "+46 70-123 45 67"
    data = xlsx_bytes(listed(), STO, headers=headers)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in xml and "'=cmd" not in xml


def test_statuses_and_sources_in_the_words_given() -> None:
    from openpyxl import load_workbook

    labels = {RegistrationStatus.NO_SHOW: "uteblev", RegistrationSource.FORM_IMPORT: "formulär"}
    rows = list(csv.reader(io.StringIO(csv_bytes(listed(), STO, labels=labels)[3:].decode(),
                                       newline=""), delimiter=";"))  # fmt: skip
    assert (rows[2][4], rows[2][6]) == ("uteblev", "formulär")
    assert rows[1][4] == "attended"  # a status not given: its English label
    book = load_workbook(io.BytesIO(xlsx_bytes(listed(), STO, labels=labels)))
    sheet = book.active
    assert sheet is not None
    assert (sheet["E3"].value, sheet["G3"].value) == ("uteblev", "formulär")


def test_delimiters_by_name() -> None:
    assert [delimiter_named(t) for t in ("semicolon", ",", "Comma", "tab")] == [";", ",", ",", "\t"]
    with pytest.raises(ValidationError, match="choose semicolon, comma or tab"):
        delimiter_named("pipe")
