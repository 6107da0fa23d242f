"""`eventplanner registration import|export|emails`: a form's list previewed (--dry-run)
and imported, a column mapped by hand, a malformed list refused with its rows and columns
named and nothing changed; the list exported to XLSX and CSV with formula cells
neutralised; the e-mail addresses for Outlook."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.cli.runner import Cli, ok
from tests.sheet_samples import csv_text, write_csv, write_xlsx


@pytest.fixture
def seminar(cli: Cli) -> str:
    ok(cli, "add", "--title", "AI i verkstaden", "--kind", "seminar", "--capacity", "2",
       "--start", "2027-04-20 13:00", "--end", "2027-04-20 16:00")  # fmt: skip
    return "AI i verkstaden"


def listed(cli: Cli, event: str) -> dict[str, object]:
    found = json.loads(ok(cli, "registration", "list", event, "--format", "json"))
    assert isinstance(found, dict)
    return found


def test_a_list_is_previewed_then_imported(cli: Cli, seminar: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "anmälningar.csv", encoding="cp1252")
    out = ok(cli, "registration", "import", seminar, str(path), "--dry-run")
    assert "Förnamn → first-name" in out
    assert "asa.oberg@abb.se: rows 2, 5 merged into one" in out
    assert "new organisations lack an actor type (set it in the organisation editor" in out
    assert ("Would import into 'AI i verkstaden': 3 new people, 0 matched, 1 duplicate merged, "
            "1 to the waitlist") in out  # fmt: skip
    assert listed(cli, seminar)["registrations"] == []
    out = ok(cli, "registration", "import", seminar, str(path))
    assert "Imported into 'AI i verkstaden'" in out
    found = listed(cli, seminar)
    assert found["counts"]["text"] == "2 / 2, 1 waiting"  # type: ignore[index]
    people = {r["name"]: r for r in found["registrations"]}  # type: ignore[attr-defined]
    assert people["Lena Nyström"]["status"] == "waitlisted"
    assert people["Åsa Öberg"]["source"] == "form_import"
    again = json.loads(ok(cli, "registration", "import", seminar, str(path), "--format", "json"))
    assert (again["already_on_the_list"], again["new_people"], again["imported"]) == (3, 0, True)


def test_a_column_mapped_by_hand(cli: Cli, seminar: str, tmp_path: Path) -> None:
    path = tmp_path / "lista.csv"
    path.write_text("Vem,Adress\nAnna Berg,anna@abb.se\n", encoding="utf-8")
    status, _out, err = cli("registration", "import", seminar, str(path))
    assert status == 1 and "Row 1: no column is the e-mail" in err
    out = ok(cli, "registration", "import", seminar, str(path), "--map", "Vem=name",
             "--map", "B=email", "--format", "json")  # fmt: skip
    found = json.loads(out)
    assert found["registered"] == 1 and found["mapping"][1] == {"column": "Adress",
                                                              "field": "email"}  # fmt: skip
    status, _out, err = cli("registration", "import", seminar, str(path), "--map", "Vem=colour")
    assert status == 1 and "'colour' is not a field" in err


def test_a_malformed_list_is_refused_whole(cli: Cli, seminar: str, tmp_path: Path) -> None:
    path = tmp_path / "fel.csv"
    text = csv_text(";").replace("per@mdu.se", "per(at)mdu.se").replace("2027-03-02", "imorgon")
    path.write_text(text, encoding="utf-8")
    status, out, err = cli("registration", "import", seminar, str(path))
    assert status == 1
    assert "Row 3, column 'E-post': 'per(at)mdu.se' is not an e-mail address" in err
    assert "Row 4, column 'Registrerad': 'imorgon 08:30' is not a date and time" in err
    assert "nothing changed" in err and "Imported" not in out
    assert listed(cli, seminar)["registrations"] == []
    cut = tmp_path / "halv.xlsx"
    cut.write_bytes(write_xlsx(tmp_path / "hel.xlsx").read_bytes()[:900])
    status, _out, err = cli("registration", "import", seminar, str(cut))
    assert status == 1 and "halv.xlsx is not a readable XLSX workbook" in err


def test_export_and_e_mails(cli: Cli, seminar: str, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    source = tmp_path / "lista.csv"
    text = ('Namn;E-post;Företag\n=HYPERLINK("x");evil@x.se;@SUM(1)\n'
            "Bo Ek;bo@mdu.se;MDU\nCia Lind;cia@ri.se;RISE\n")  # fmt: skip
    source.write_text(text, encoding="utf-8")
    ok(cli, "registration", "import", seminar, str(source))
    assert ok(cli, "registration", "emails", seminar).strip() == ("evil@x.se; bo@mdu.se; cia@ri.se")
    assert ok(cli, "registration", "emails", seminar, "--status", "waitlisted").strip() == (
        "cia@ri.se"
    )
    book_path = tmp_path / "ut.xlsx"
    assert "Wrote 3 registrations" in ok(cli, "registration", "export", seminar,
                                         "--xlsx", str(book_path))  # fmt: skip
    sheet = load_workbook(book_path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Waiting", "Name", "E-mail")
    # In the workbook as typed, in cells marked as text (an apostrophe would show in Excel).
    assert rows[1][1] == '=HYPERLINK("x")' and rows[1][3] == "@SUM(1)"
    assert sheet["B2"].data_type == "s" and sheet["D2"].data_type == "s"
    assert rows[3][0] == 1  # the waitlist position, a number
    assert rows[1][5].year == 2026 or rows[1][5].year == 2027  # a date, not text
    csv_path = tmp_path / "ut.csv"
    ok(cli, "registration", "export", seminar, "--csv", str(csv_path))
    data = csv_path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(data[3:].decode()), delimiter=";"))
    assert lines[1][1] == '\'=HYPERLINK("x")'
    ok(cli, "registration", "export", seminar, "--csv", str(csv_path), "--delimiter", "comma")
    assert csv_path.read_bytes()[3:].startswith(b"Waiting,Name")
    status, _out, err = cli("registration", "export", seminar, "--xlsx", str(tmp_path / "x.csv"))
    assert status == 1 and "ends in .xlsx" in err
