"""A registration list's columns and rows read as people, without a file or a database."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.sheet_columns import (
    SheetField,
    changed_mapping,
    column_letter,
    guess_mapping,
    mapping_problems,
)
from eventplanner.domain.sheet_rows import (
    moment_of,
    neutralised,
    outlook_addresses,
    read_people,
    text_of,
)
from tests.sheet_samples import HEADERS_SV, ROWS_SV

STO = ZoneInfo("Europe/Stockholm")
F = SheetField


def test_swedish_and_english_headers_are_guessed() -> None:
    assert guess_mapping(HEADERS_SV) == (
        F.FIRST_NAME, F.LAST_NAME, F.EMAIL, F.ORGANISATION, F.ORG_NUMBER, F.PHONE, F.TITLE,
        F.NEEDS, F.REGISTERED_AT,
    )  # fmt: skip
    english = ["Timestamp", "Name", "Email Address", "Company", "Dietary requirements *"]
    assert guess_mapping(english) == (F.REGISTERED_AT, F.NAME, F.EMAIL, F.ORGANISATION, F.NEEDS)
    assert guess_mapping(["Namn:", "E-postadress", "Företag", "Favoritfärg"]) == (
        F.NAME, F.EMAIL, F.ORGANISATION, F.IGNORED,
    )  # fmt: skip
    # A second e-mail column is not taken as the person's.
    assert guess_mapping(["Namn", "E-post", "Email"]) == (F.NAME, F.EMAIL, F.IGNORED)


def test_a_mapping_needs_an_e_mail_and_a_name_once_each() -> None:
    assert [e.message for e in mapping_problems((F.NAME,))] == [
        "no column is the e-mail; people are matched by it"
    ]
    assert "no column is the name" in mapping_problems((F.EMAIL,))[0].message
    assert (
        "two columns are chosen as email" in mapping_problems((F.NAME, F.EMAIL, F.EMAIL))[0].message
    )


def test_a_mapping_is_changed_by_header_or_letter() -> None:
    headers = ["Namn", "Mejl", "Övrigt"]
    mapping = guess_mapping(headers)
    changed = changed_mapping(headers, mapping, ["mejl=email", "C=needs"])
    assert changed == (F.NAME, F.EMAIL, F.NEEDS)
    with pytest.raises(ValidationError, match="'Telefon' is not a column of the file"):
        changed_mapping(headers, mapping, ["Telefon=phone"])
    with pytest.raises(ValidationError, match="'colour' is not a field"):
        changed_mapping(headers, mapping, ["Namn=colour"])
    with pytest.raises(ValidationError, match="COLUMN=FIELD"):
        changed_mapping(headers, mapping, ["Namn"])
    assert column_letter(0) == "A" and column_letter(26) == "AA"


def test_rows_become_people_and_duplicates_merge() -> None:
    read = read_people(HEADERS_SV, ROWS_SV, guess_mapping(HEADERS_SV), STO)
    assert read.problems == ()
    assert [p.name for p in read.people] == ["Åsa Öberg", "Per Ärlig", "Lena Nyström"]
    asa = read.people[0]
    assert asa.rows == (2, 5)
    assert read.merged == (asa,)
    assert asa.needs == "vegetarisk"  # the first row's value stays
    assert asa.org_number == "556029-7813"
    assert asa.registered_at == datetime(2027, 3, 1, 8, 15, tzinfo=UTC)
    assert read.people[1].phone == "021-10 13 00"


def test_each_bad_cell_is_named_by_row_and_column() -> None:
    rows = [
        ["Anna", "Berg", "anna(at)x.se", "", "", "", "", "", ""],
        ["", "", "bo@x.se", "", "", "", "", "", ""],
        ["Cia", "Lind", "cia@x.se", "", "556029-7814", "", "", "", "igår"],
        ["", "", "", "", "", "", "", "", ""],
        ["Dan", "Holm", "", "", "", "", "", "", ""],
    ]
    read = read_people(HEADERS_SV, rows, guess_mapping(HEADERS_SV), STO)
    assert [p.text for p in read.problems] == [
        "Row 2, column 'E-post': 'anna(at)x.se' is not an e-mail address",
        "Row 3, column 'Förnamn': the name is empty",
        "Row 4, column 'Organisationsnummer': '556029-7814': the check digit is 4, but the "
        "nine digits before it give 3; check the number for a typing error",
        "Row 4, column 'Registrerad': 'igår' is not a date and time (write it as 2026-03-14 09:30)",
        "Row 6, column 'E-post': the e-mail is empty; people are matched by it",
    ]
    # Each with a code and its values, for a window to word in its language.
    assert [(p.code, p.values) for p in read.problems] == [
        ("not_email", ("anna(at)x.se",)), ("no_name", ()), ("org_number", ("556029-7814",)),
        ("not_moment", ("igår",)), ("no_email", ()),
    ]  # fmt: skip
    assert read.people == ()


def test_a_row_with_cells_past_the_last_header_is_a_problem() -> None:
    headers = ["Förnamn", "Efternamn", "E-post", "Företag", "Kost"]
    rows = [["Anna", "Berg", "anna@x.se", "Volvo", " AB"], ["Bo", "Ek", "bo@x.se", "MDU", ""]]
    read = read_people(headers, rows, guess_mapping(headers), STO, overflowing=[(0, 6)])
    assert [p.text for p in read.problems] == [
        "Row 2: 6 cells under 5 headers (a comma in a value without quotes?)"
    ]
    assert (read.problems[0].code, read.problems[0].values) == ("too_many_cells", ("6", "5"))


def test_an_unmapped_list_and_an_empty_one_are_refused() -> None:
    read = read_people(["Färg"], [["blå"]], (F.IGNORED,), STO)
    assert read.problems[0].text.startswith("Row 1: no column is the e-mail")
    assert [p.code for p in read.problems] == ["no_email_column", "no_name_column"]
    twice = read_people(["A", "B"], [["a", "b"]], (F.EMAIL, F.EMAIL), STO).problems
    assert (twice[0].code, twice[0].values) == ("field_twice", ("email",))
    empty = read_people(["Namn", "E-post"], [], (F.NAME, F.EMAIL), STO)
    assert empty.problems[0].text == "Row 2: the file has no rows under its headers"


def test_registration_times_from_serials_dates_and_text() -> None:
    expected = datetime(2027, 3, 1, 8, 30, tzinfo=UTC)
    assert moment_of(46447.395833333336, STO) == expected  # Excel's serial for 09:30 local
    assert moment_of("46447,395833333336", STO) == expected
    assert moment_of(datetime(2027, 3, 1, 9, 30), STO) == expected
    assert moment_of(date(2027, 3, 1), STO) == datetime(2027, 2, 28, 23, 0, tzinfo=UTC)
    for text in ("2027-03-01 09:30", "2027-03-01T09:30:00", "2027/03/01 09:30", "01/03/2027 09:30",
                 "01.03.2027 09:30", "2027-03-01T08:30:00Z"):  # fmt: skip
        assert moment_of(text, STO) == expected, text
    assert moment_of("", STO) is None and moment_of(None, STO) is None
    with pytest.raises(ValueError):
        moment_of("nästa tisdag", STO)
    with pytest.raises(ValueError):
        moment_of(True, STO)
    with pytest.raises(ValueError):
        moment_of("2027", STO)  # a year, not Excel's serial for a day in 1905


def test_cells_as_text() -> None:
    assert text_of(46701112233.0) == "46701112233"
    assert text_of(1.5) == "1.5"
    assert text_of(None) == ""
    assert text_of(" Åsa ") == "Åsa"
    assert text_of(date(2027, 3, 1)) == "2027-03-01"


def test_outlook_addresses_and_formula_cells() -> None:
    assert outlook_addresses(["a@x.se", " B@x.se", "", "A@X.SE"]) == "a@x.se; B@x.se"
    for text in ("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert neutralised(text) == "'" + text
    assert neutralised("Åsa") == "Åsa" and neutralised("") == ""


def test_a_cell_with_more_than_one_address_is_refused() -> None:
    rows = [["Anna", "", "anna@x.se; bo@x.se", "", "", "", "", "", ""],
            ["Cia", "", "Cia <cia@x.se>", "", "", "", "", "", ""],
            ["Dan", "", "o'neill@x.ie", "", "", "", "", "", ""]]  # fmt: skip
    read = read_people(HEADERS_SV, rows, guess_mapping(HEADERS_SV), STO)
    assert [p.row for p in read.problems] == [2, 3]
    assert [p.email for p in read.people] == ["o'neill@x.ie"]
