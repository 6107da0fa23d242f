"""`eventplanner stand …` and `exhibitor …`: a fair's stand, its co-exhibitors, deadlines,
people and materials from a terminal, its spreadsheet, and bad input named with the
database unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from eventplanner.cli import build_parser
from tests.cli.runner import Cli, ok

FAIR = "Elmia Subcontractor"


@pytest.fixture
def fair(cli: Cli) -> str:
    """A three-day fair with open days, its organiser, two member companies and people."""
    ok(cli, "add", "--title", FAIR, "--kind", "trade fair",
       "--start", "2027-03-16 09:00", "--end", "2027-03-18 17:00")  # fmt: skip
    for day in ("16", "17", "18"):
        ok(cli, "phase", "add", FAIR, "--kind", "open day", "--start", f"2027-03-{day} 09:00",
           "--end", f"2027-03-{day} 17:00")  # fmt: skip
    ok(cli, "organisation", "add", "--name", "Elmia AB", "--type", "trade-fair organiser")
    ok(cli, "organisation", "add", "--name", "Robotik i Norr AB")
    ok(cli, "organisation", "add", "--name", "Stålverket AB")
    ok(cli, "contact", "add", "--name", "Ada Lind", "--email", "ada@robotik.se")
    ok(cli, "contact", "add", "--name", "Bo Ek")
    return FAIR


def shown(cli: Cli) -> dict[str, Any]:
    found = json.loads(ok(cli, "stand", "show", FAIR, "--format", "json"))
    assert isinstance(found, dict)
    return found


def test_a_stand_from_the_command_line(cli: Cli, fair: str, tmp_path: Path) -> None:
    assert "No stand yet" in ok(cli, "stand", "show", fair)
    out = ok(cli, "stand", "edit", fair, "--organiser", "Elmia AB", "--hall", "A",
             "--booth", "A:12", "--area", "60", "--type", "shared", "--lead", "Bo Ek")  # fmt: skip
    assert out.strip() == f"Made the stand of {fair!r}: hall A, booth A:12, 60 m², shared"
    out = ok(cli, "exhibitor", "add", fair, "Robotik i Norr AB", "--contact", "Ada Lind",
             "--area", "12,5", "--staff", "3", "--badges", "4", "--brings", "A robot cell",
             "--power", "16", "--floor", "9", "--state", "confirmed")  # fmt: skip
    assert out.strip() == (f"Robotik i Norr AB shares the stand of {fair!r} (12.5 m², confirmed)")
    ok(cli, "exhibitor", "add", fair, "Stålverket AB", "--fee", "15 000")
    ok(cli, "exhibitor", "edit", fair, "Stålverket AB", "--state", "approved")
    ok(cli, "stand", "deadline", "add", fair, "--kind", "catalogue text", "--due", "2027-01-15")
    ok(cli, "stand", "deadline", "add", fair, "--kind", "electricity order", "--due",
       "2027-02-01", "--time", "12:00", "--exhibitor", "Robotik i Norr AB")  # fmt: skip
    ok(cli, "stand", "staff", "add", fair, "Bo Ek", "--contact", "Bo Ek")
    ok(cli, "stand", "staff", "add", fair, "Ada Lind", "--exhibitor", "Robotik i Norr AB")
    ok(cli, "stand", "material", "add", fair, "Roll-up", "--quantity", "2", "--packs", "Bo Ek")
    stand = shown(cli)
    assert stand["stand"] | {"id": 0} == {
        "id": 0, "organiser_id": 1, "organiser": "Elmia AB", "hall": "A", "booth": "A:12",
        "area": 60.0, "type": "shared", "lead_contact_id": 2, "lead": "Bo Ek", "notes": "",
    }  # fmt: skip
    assert [d["day"] for d in stand["open_days"]] == ["2027-03-16", "2027-03-17", "2027-03-18"]
    shares = [(e["organisation"], e["area"], e["fee"], e["state"]) for e in stand["co_exhibitors"]]
    assert shares == [
        ("Robotik i Norr AB", 12.5, None, "confirmed"),
        ("Stålverket AB", None, "15000.00", "approved"),
    ]
    assert [(d["title"], d["due"], d["time"], d["for"]) for d in stand["deadlines"]] == [
        ("Catalogue text", "2027-01-15", None, ""),
        ("Electricity order", "2027-02-01", "12:00", "Robotik i Norr AB"),
    ]
    assert [(s["name"], s["company"]) for s in stand["staff"]] == [
        ("Bo Ek", ""),
        ("Ada Lind", "Robotik i Norr AB"),
    ]
    (item,) = stand["materials"]
    ok(cli, "stand", "material", "edit", fair, str(item["id"]), "--state", "shipped",
       "--ships", "Ada Lind")  # fmt: skip
    assert "2 × Roll-up: shipped  (packs: Bo Ek; ships: Ada Lind)" in ok(
        cli, "stand", "material", "list", fair
    )
    first = stand["deadlines"][0]["id"]
    ok(cli, "stand", "deadline", "done", fair, str(first))
    assert f"{first:>5}  2027-01-15  [x] Catalogue text" in ok(
        cli, "stand", "deadline", "list", fair
    )
    text = ok(cli, "stand", "show", fair)
    assert "Stand: hall A, booth A:12, 60 m², shared" in text
    assert "Tue 2027-03-16 09:00–17:00" in text
    listed = ok(cli, "exhibitor", "list", fair)
    assert "Stålverket AB: 15000.00 SEK, staff 0, badges 0, approved" in listed
    target = tmp_path / "elmia.xlsx"
    ok(cli, "stand", "export", fair, "--xlsx", str(target))
    book = load_workbook(target)
    assert book.sheetnames == ["Co-exhibitors", "Badges", "Orders and deadlines", "Materials"]
    assert book["Badges"]["A3"].value == "Ada Lind"
    # Removing a co-exhibitor takes its own deadline and person with it.
    ok(cli, "exhibitor", "remove", fair, "Robotik i Norr AB")
    after = shown(cli)
    assert [e["organisation"] for e in after["co_exhibitors"]] == ["Stålverket AB"]
    assert [d["title"] for d in after["deadlines"]] == ["Catalogue text"]
    assert [s["name"] for s in after["staff"]] == ["Bo Ek"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("stand", "show", "No such fair"), "no event has the id, UID or title 'No such fair'"),
        (("stand", "edit", FAIR, "--area", "-5"), "area: of the stand must be more than 0 m²"),
        (("stand", "edit", FAIR, "--area", "lots"), "'lots' is not a number of m²"),
        (("stand", "edit", FAIR, "--area", "40"), "shares add up to 50 m²"),
        (("stand", "edit", FAIR, "--organiser", "Nobody AB"), "no organisation called 'Nobody AB'"),
        (("exhibitor", "add", FAIR, "Nobody AB"), "no organisation called 'Nobody AB'"),
        (("exhibitor", "add", FAIR, "Stålverket AB", "--area", "20"), "so 10 m² is left"),
        (("exhibitor", "add", FAIR, "Stålverket AB", "--staff", "many"), "'many' is not a whole"),
        (("exhibitor", "add", FAIR, "Stålverket AB", "--power", "-3"), "more than 0 kW"),
        (("exhibitor", "add", FAIR, "Stålverket AB", "--fee", "tio"), "not an amount of SEK"),
        (("exhibitor", "remove", FAIR, "Stålverket AB"), "'Stålverket AB' does not share"),
        (
            ("stand", "deadline", "add", FAIR, "--kind", "party", "--due", "2027-01-01"),
            "unknown value 'party'",
        ),
        (
            ("stand", "deadline", "add", FAIR, "--kind", "other", "--due", "soon"),
            "'soon' is not a date",
        ),
        (("stand", "deadline", "done", FAIR, "999"), "has no deadline with id 999"),
        (("stand", "material", "add", FAIR, "Screen", "--quantity", "0"), "quantity"),
        (
            ("stand", "material", "add", FAIR, "Screen", "--state", "lost at sea"),
            "unknown value 'lost at sea'",
        ),
        (("stand", "material", "remove", FAIR, "x"), "'x' is not an id"),
    ],
)
def test_bad_input_is_named_and_changes_nothing(
    cli: Cli, fair: str, args: tuple[str, ...], words: str
) -> None:
    ok(cli, "stand", "edit", fair, "--area", "60")
    ok(cli, "exhibitor", "add", fair, "Robotik i Norr AB", "--area", "50")
    before = shown(cli)
    status, out, err = cli(*args)
    assert status == 1 and out == ""
    assert words in err
    assert shown(cli) == before


def test_area_and_fee_are_one_or_the_other(cli: Cli, fair: str) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["exhibitor", "add", fair, "X", "--area", "1", "--fee", "2"])


def test_the_help_says_the_shape() -> None:
    text = build_parser()._subparsers._group_actions[0].choices["stand"].format_help()  # type: ignore[union-attr]
    assert "stand deadline|staff|material ACTION EVENT [ID]" in " ".join(text.split())
