"""`eventplanner participant find|export|forget|retention`: a person found across events,
everything held about them as JSON (stdout or a file) and as a PDF read back, anonymised
(registrations kept) or erased (the first waiting moved up), dry runs that change nothing,
the retention previewed, run and listed; bad input named, the database unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.runner import Cli, ok


@pytest.fixture
def people(cli: Cli) -> str:
    ok(cli, "add", "--title", "Stålseminariet", "--kind", "seminar", "--capacity", "1",
       "--start", "2025-03-11 13:00", "--end", "2025-03-11 16:00")  # fmt: skip
    ok(cli, "add", "--title", "Automation Expo", "--kind", "seminar",
       "--start", "2030-04-20 13:00", "--end", "2030-04-20 16:00")  # fmt: skip
    ok(cli, "organisation", "add", "--name", "ABB Robotics", "--actor-type", "industry")
    for name, email in (("Anna Berg", "anna@abb.se"), ("Bo Ek", "bo@mdu.se"),
                        ("Cecilia Lind", "cecilia@ri.se")):  # fmt: skip
        ok(cli, "participant", "add", "--name", name, "--email", email,
           "--organisation", "ABB Robotics", "--title", "Engineer")  # fmt: skip
    ok(cli, "registration", "add", "Stålseminariet", "anna@abb.se", "--needs", "Vegan")
    ok(cli, "registration", "add", "Stålseminariet", "bo@mdu.se")  # waits
    ok(cli, "registration", "add", "Automation Expo", "cecilia@ri.se")
    ok(cli, "registration", "add", "Stålseminariet", "cecilia@ri.se")  # waits after Bo
    return "anna@abb.se"


def test_find_lists_people_across_events(cli: Cli, people: str) -> None:
    found = json.loads(ok(cli, "participant", "find", "abb", "--format", "json"))
    assert [p["name"] for p in found] == ["Anna Berg", "Bo Ek", "Cecilia Lind"]
    assert "Anna Berg" in ok(cli, "participant", "find", "ANNA")
    assert "Nobody's name" in ok(cli, "participant", "find", "zzz")


def test_export_to_stdout_a_file_and_a_pdf(  # type: ignore[no-untyped-def]
    qapp, cli: Cli, people: str, tmp_path: Path
) -> None:
    """``qapp`` first: the PDF's fonts need an application, which the tests' must be."""
    data = json.loads(ok(cli, "participant", "export", people))
    assert data["person"]["name"] == "Anna Berg"
    assert data["registrations"][0]["needs"] == "Vegan"
    assert data["registrations"][0]["event"]["title"] == "Stålseminariet"
    target = tmp_path / "anna.json"
    ok(cli, "participant", "export", people, "--json", str(target))
    assert json.loads(target.read_text(encoding="utf-8"))["person"]["email"] == "anna@abb.se"
    pdf = tmp_path / "anna.pdf"
    out = ok(cli, "participant", "export", people, "--pdf", str(pdf), "--language", "sv")
    assert out.startswith("Wrote ") and f"about 'Anna Berg' to {pdf}" in out
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Personuppgifter om Anna Berg" in text
    assert "anna@abb.se" in text and "Stålseminariet" in text and "Vegan" in text
    status, _out, err = cli("participant", "export", people, "--pdf", str(tmp_path / "no/x.pdf"))
    assert status != 0 and "cannot write" in err


def test_forget_anonymises_and_keeps_the_registrations(cli: Cli, people: str) -> None:
    out = ok(cli, "participant", "forget", people, "--dry-run")
    assert "Would anonymise 'Anna Berg'" in out and "nothing was changed" in out
    assert json.loads(ok(cli, "participant", "export", people))["person"]["name"] == "Anna Berg"
    assert "Anonymised 'Anna Berg' (id 1)" in ok(cli, "participant", "forget", people)
    data = json.loads(ok(cli, "participant", "export", "1"))
    assert (data["person"]["name"], data["person"]["email"]) == ("Anonymised 1", "")
    assert data["registrations"][0]["status"] == "registered"
    assert data["registrations"][0]["needs"] == ""
    listed = json.loads(ok(cli, "registration", "list", "Stålseminariet", "--format", "json"))
    assert len(listed["registrations"]) == 3


def test_forget_erase_deletes_and_moves_the_first_waiting_up(cli: Cli, people: str) -> None:
    out = ok(cli, "participant", "forget", people, "--erase", "--dry-run")
    assert "Would erase 'Anna Berg'" in out and "1 registration, 1 person" in out
    assert "take them off" not in out  # she holds nothing of the team's
    out = ok(cli, "participant", "forget", people, "--erase")
    assert "Erased 'Anna Berg' (id 1)" in out and "cannot be undone" in out
    assert "Moved up from the waitlist: Bo Ek <bo@mdu.se>" in out
    assert "mailto:bo@mdu.se" in out
    status, _out, err = cli("participant", "export", people)
    assert status != 0 and "anna@abb.se" in err


def test_retention_preview_run_and_list(cli: Cli, people: str) -> None:
    status, _out, err = cli("participant", "retention")
    assert status != 0 and "no retention is set" in err
    out = ok(cli, "participant", "retention", "--months", "12", "--dry-run")
    assert "Would anonymise 2 people (2 registrations): Anna Berg, Bo Ek" in out
    assert "Kept: 1 person with" in out  # Cecilia also registered for the expo in 2030
    assert "Stålseminariet" in ok(cli, "participant", "retention", "--list")
    assert "Retention: 12 months" in ok(cli, "participant", "retention", "--set", "12")
    assert "Anonymised 2 people" in ok(cli, "participant", "retention")
    out = ok(cli, "participant", "retention", "--list")
    assert "Stålseminariet" in out and "1 person" in out  # Cecilia's registration
    status, _out, err = cli("participant", "retention", "--set", "-3")
    assert status != 0 and "not -3" in err
