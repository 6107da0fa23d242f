"""`eventplanner checkin EVENT` fed from stdin as a terminal at the door: letters to
numbered matches, a number or a single match marks attended, a scanned badge, a walk-in,
undo; `checkin --no-shows [--dry-run]`; `registration attend` with several people and a
list; badges and the attendance sheet as PDFs read back; bad input named, nothing changed."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from eventplanner.domain.checkin import badge_code
from eventplanner.printing.badges import qr_matrix
from tests.cli.runner import Cli, ok

PEOPLE = (("Anna Berg", "anna@abb.se"), ("Anders Åberg", "anders@abb.se"),
          ("Bo Ek", "bo@mdu.se"), ("Cecilia Lind", "cecilia@ri.se"))  # fmt: skip


@pytest.fixture
def seminar(cli: Cli) -> str:
    ok(cli, "add", "--title", "AI i verkstaden", "--kind", "seminar", "--start",
       "2027-04-20 13:00", "--end", "2027-04-20 16:00")  # fmt: skip
    ok(cli, "organisation", "add", "--name", "ABB Robotics")
    ok(cli, "organisation", "add", "--name", "SKF")
    for name, email in PEOPLE:
        ok(cli, "participant", "add", "--name", name, "--email", email,
           "--organisation", "ABB Robotics")  # fmt: skip
        ok(cli, "registration", "add", "AI i verkstaden", email)
    return "AI i verkstaden"


def statuses(cli: Cli, event: str) -> dict[str, str]:
    found = json.loads(ok(cli, "registration", "list", event, "--format", "json"))
    return {r["name"]: r["status"] for r in found["registrations"]}


def person_id(cli: Cli, email: str) -> int:
    (found,) = json.loads(ok(cli, "participant", "list", email, "--format", "json"))
    return int(found["id"])


def at_the_door(cli: Cli, monkeypatch: pytest.MonkeyPatch, event: str, typed: str) -> str:
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    return ok(cli, "checkin", event)


def test_the_door_from_a_terminal(cli: Cli, seminar: str, monkeypatch: pytest.MonkeyPatch) -> None:
    bo = person_id(cli, "bo@mdu.se")
    typed = "\n".join([
        "an",  # two: numbered
        "2",  # the second of them
        "cec",  # one: marked at once
        "cec",  # again: already
        badge_code(bo),  # the scanner types the badge's code and Enter
        "+ Frida Nord <frida@skf.se> | SKF",  # a walk-in
        "u",  # the walk-in undone
        "zz",
        "q",
    ]) + "\n"  # fmt: skip
    out = at_the_door(cli, monkeypatch, seminar, typed)
    assert "Arrived 0 of 4 expected." in out
    assert re.search(r"1  Anders Åberg \(ABB Robotics\) <anders@abb.se>", out)
    assert re.search(r"2  Anna Berg \(ABB Robotics\) <anna@abb.se>", out)
    assert "Arrived: Anna Berg" in out and "Arrived: Cecilia Lind" in out
    assert "Cecilia Lind has arrived already." in out
    assert "Arrived: Bo Ek" in out
    assert "Walk-in arrived: Frida Nord" in out
    assert "Arrived 4 of 5 expected." in out
    assert "Undone: Frida Nord arrived" in out
    assert "Nobody matches 'zz'" in out
    assert out.rstrip().endswith("Arrived 3 of 4 expected.")
    assert statuses(cli, seminar) == {"Anna Berg": "attended", "Anders Åberg": "registered",
                                      "Bo Ek": "attended", "Cecilia Lind": "attended"}  # fmt: skip
    assert json.loads(ok(cli, "participant", "list", "frida", "--format", "json")) == []


def test_a_walk_in_with_an_unknown_organisation_is_refused(
    cli: Cli, seminar: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = at_the_door(cli, monkeypatch, seminar, "+ Frida Nord <frida@x.se> | Nowhere AB\n+\n")
    assert "error:" in out and "Nowhere AB" in out
    assert "A walk-in: '+ Name <e-mail> | Organisation'" in out
    assert "Frida Nord" not in statuses(cli, seminar)


def test_the_rest_marked_no_shows(cli: Cli, seminar: str) -> None:
    ok(cli, "registration", "attend", seminar, "anna@abb.se", "bo@mdu.se")
    dry = ok(cli, "checkin", seminar, "--no-shows", "--dry-run")
    assert "Would mark 2 no-shows" in dry and "Anders Åberg" in dry and "Cecilia Lind" in dry
    assert statuses(cli, seminar)["Cecilia Lind"] == "registered"
    done = ok(cli, "checkin", seminar, "--no-shows")
    assert "Marked 2 no-shows" in done
    assert statuses(cli, seminar) == {"Anna Berg": "attended", "Anders Åberg": "no_show",
                                      "Bo Ek": "attended", "Cecilia Lind": "no_show"}  # fmt: skip
    status, _out, err = cli("checkin", seminar, "--dry-run")
    assert status != 0 and "goes with --no-shows" in err


def test_attend_many_from_a_list(cli: Cli, seminar: str, tmp_path: Path) -> None:
    paper = tmp_path / "list.txt"
    paper.write_text("anna@abb.se\n\nBo Ek\n", "utf-8")
    out = ok(cli, "registration", "attend", seminar, "cecilia@ri.se", "--list", str(paper))
    assert "Marked as attended: Anna Berg, Bo Ek, Cecilia Lind" in out
    again = ok(cli, "registration", "attend", seminar, "Anna Berg", "Anders Åberg")
    assert "Marked as attended: Anders Åberg" in again
    assert "Attended already: Anna Berg" in again
    ok(cli, "participant", "add", "--name", "Eva Strand", "--email", "eva@x.se")
    ok(cli, "checkin", seminar, "--no-shows")  # nobody left
    status, _out, err = cli("registration", "attend", seminar, "bo@mdu.se", "eva@x.se")
    assert status != 0 and "Eva Strand is not registered" in err
    status, _out, err = cli("registration", "attend", seminar)
    assert status != 0 and "name at least one person" in err


def test_badges_and_the_attendance_sheet(qapp, cli: Cli, seminar: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """``qapp`` first: the command would make a bare QGuiApplication, which the Qt tests
    after it in the same run cannot use."""
    ok(cli, "participant", "add", "--name", "Eva Strand", "--email", "eva@x.se")
    ok(cli, "registration", "add", seminar, "eva@x.se")
    ok(cli, "registration", "cancel", seminar, "eva@x.se")  # cancelled: no badge
    badges = tmp_path / "badges.pdf"
    assert "4 badges" in ok(cli, "registration", "badges", seminar, "--pdf", str(badges))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(badges).pages)
    for name, email in PEOPLE:
        assert text.count(name) == 1
        code = badge_code(person_id(cli, email))
        assert code in text
        assert len(qr_matrix(code)) == 21  # a version 1 QR code, module rows made
    assert "Eva Strand" not in text
    sheet = tmp_path / "sheet.pdf"
    out = ok(cli, "registration", "sheet", seminar, "--pdf", str(sheet), "--language", "sv")
    assert "attendance sheet, 1 page" in out
    text = " ".join(PdfReader(sheet).pages[0].extract_text().split())
    assert "Närvarolista" in text and "Signatur" in text and "Anders Åberg" in text
    status, _out, err = cli("registration", "badges", seminar, "--pdf",
                            str(tmp_path / "missing" / "b.pdf"))  # fmt: skip
    assert status != 0 and "cannot write" in err
