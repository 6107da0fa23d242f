"""`eventplanner budget …`: an event's lines and totals from a terminal, a USD line at its
rate, a fair's co-exhibitors' shares listed as income, totals per project and year, and bad
input named with nothing changed."""

from __future__ import annotations

import json

import pytest

from tests.cli.runner import Cli, ok


def _event_id(cli: Cli, title: str) -> str:
    for record in json.loads(ok(cli, "list", "--from", "2027-01-01", "--to", "2028-12-31",
                                "--format", "json")):  # fmt: skip
        if record["title"] == title:
            return str(record["event_id"] if "event_id" in record else record["id"])
    raise AssertionError(title)


@pytest.fixture
def seminar(cli: Cli) -> str:
    ok(cli, "project", "add", "--name", "AI-projektet")
    ok(cli, "add", "--title", "AI seminar", "--start", "2027-04-08 09:00",
       "--project", "AI-projektet")  # fmt: skip
    return _event_id(cli, "AI seminar")


def test_lines_and_totals(cli: Cli, seminar: str) -> None:
    out = ok(cli, "budget", "add", seminar, "--category", "travel", "--planned", "800",
             "--actual", "750", "--currency", "USD", "--rate", "10,45",
             "--description", "Flights, Silicon Valley node")  # fmt: skip
    assert "800.00 / 750.00 USD @ 10.45 = 8 360.00 / 7 837.50 SEK" in out
    ok(cli, "budget", "add", seminar, "--category", "catering", "--planned", "4 500,50")
    ok(cli, "budget", "add", seminar, "--category", "participant fees", "--planned", "6000")
    listed = json.loads(ok(cli, "budget", "list", seminar, "--format", "json"))
    assert [x["category"] for x in listed["lines"]] == ["catering", "travel", "participant_fees"]
    assert listed["totals"]["planned"] == {"costs": "12860.50", "income": "6000.00",
                                           "net": "-6860.50"}  # fmt: skip
    catering = listed["lines"][0]["id"]
    ok(cli, "budget", "edit", str(catering), "--actual", "4400")
    text = ok(cli, "budget", "list", seminar)
    assert "Catering: 4 500.50 / 4 400.00 SEK" in text
    assert "  costs         12 860.50       12 237.50" in text
    per = json.loads(ok(cli, "budget", "list", seminar, "--participants", "40",
                        "--format", "json"))["cost_per_participant"]  # fmt: skip
    assert per == {"participants": 40, "planned": "321.51", "actual": "305.94"}
    assert "costs per participant (0): — planned, — actual (SEK)" in ok(
        cli, "budget", "list", seminar, "--participants", "0"
    )
    ok(cli, "budget", "add", "--project", "AI-projektet", "--category", "grants",
       "--planned", "100000", "--actual", "50000")  # fmt: skip
    totals = json.loads(ok(cli, "budget", "totals", "--project", "AI-projektet",
                           "--format", "json"))  # fmt: skip
    assert (totals["events"], totals["project_lines"]) == (1, 1)
    assert totals["totals"]["actual"]["net"] == "37762.50"
    year = ok(cli, "budget", "totals", "--year", "2027")
    assert year.splitlines()[0] == "Totals of the events of 2027: 1 event with a budget"
    assert "Removed line" in ok(cli, "budget", "remove", str(catering))
    after = json.loads(ok(cli, "budget", "list", seminar, "--format", "json"))
    assert len(after["lines"]) == 2


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--category", "food", "--planned", "1"), "'food' is not one of venue"),
        (("--category", "venue", "--planned", "-3"), "negative"),
        (("--category", "venue", "--planned", "lots"), "'lots' is not an amount"),
        (("--category", "travel", "--planned", "1", "--currency", "USD"), "needs its rate"),
        (("--category", "travel", "--planned", "1", "--currency", "USD", "--rate", "1045"),
         "far from"),
        (("--category", "travel", "--planned", "1", "--currency", "XXX", "--rate", "1"),
         "'XXX' is not a currency code"),
        (("--category", "co-exhibitor shares", "--planned", "1"), "come from the stand"),
    ],
)  # fmt: skip
def test_bad_input_is_named_and_changes_nothing(
    cli: Cli, seminar: str, args: tuple[str, ...], words: str
) -> None:
    status, _out, err = cli("budget", "add", seminar, *args)
    assert status != 0
    assert words in err
    listed = json.loads(ok(cli, "budget", "list", seminar, "--format", "json"))
    assert listed["lines"] == []


@pytest.mark.parametrize("planned", ["9" * 27, "1e30"])
def test_too_large_an_amount_is_refused_naming_the_option(
    cli: Cli, seminar: str, planned: str
) -> None:
    status, _out, err = cli("budget", "add", seminar, "--category", "venue", "--planned", planned)
    assert status != 0
    assert "--planned" in err and "is more than" in err and "Traceback" not in err
    listed = json.loads(ok(cli, "budget", "list", seminar, "--format", "json"))
    assert listed["lines"] == []


def test_a_new_currency_needs_its_rate(cli: Cli, seminar: str) -> None:
    ok(cli, "budget", "add", seminar, "--category", "travel", "--planned", "800",
       "--currency", "USD", "--rate", "10.45")  # fmt: skip
    (line,) = json.loads(ok(cli, "budget", "list", seminar, "--format", "json"))["lines"]
    status, _out, err = cli("budget", "edit", str(line["id"]), "--currency", "EUR")
    assert status != 0
    assert "--rate" in err and "from USD to EUR" in err
    (same,) = json.loads(ok(cli, "budget", "list", seminar, "--format", "json"))["lines"]
    assert same == line
    ok(cli, "budget", "edit", str(line["id"]), "--currency", "usd", "--planned", "900")
    ok(cli, "budget", "edit", str(line["id"]), "--currency", "EUR", "--rate", "11.2")
    (euro,) = json.loads(ok(cli, "budget", "list", seminar, "--format", "json"))["lines"]
    assert (euro["currency"], euro["rate"], euro["planned"]) == ("EUR", "11.2", "900.00")
    ok(cli, "budget", "edit", str(line["id"]), "--currency", "SEK")
    (sek,) = json.loads(ok(cli, "budget", "list", seminar, "--format", "json"))["lines"]
    assert (sek["currency"], sek["rate"]) == ("SEK", None)


def test_a_fairs_co_exhibitors_are_income(cli: Cli) -> None:
    ok(cli, "add", "--title", "Elmia", "--kind", "trade fair",
       "--start", "2027-03-16 09:00", "--end", "2027-03-18 17:00")  # fmt: skip
    ok(cli, "organisation", "add", "--name", "Robotik i Norr AB")
    ok(cli, "organisation", "add", "--name", "Stålverket AB")
    ok(cli, "stand", "edit", "Elmia", "--area", "60")
    ok(cli, "exhibitor", "add", "Elmia", "Robotik i Norr AB", "--area", "12",
       "--state", "confirmed")  # fmt: skip
    ok(cli, "exhibitor", "add", "Elmia", "Stålverket AB", "--fee", "15 000")
    fair = _event_id(cli, "Elmia")
    ok(cli, "budget", "add", fair, "--category", "stand fee", "--planned", "90000",
       "--actual", "90000")  # fmt: skip
    listed = json.loads(ok(cli, "budget", "list", fair, "--format", "json"))
    shares = [x for x in listed["lines"] if x["derived"]]
    assert [(x["description"], x["planned"], x["actual"]) for x in shares] == [
        ("Co-exhibitor share: Robotik i Norr AB", "18000.00", "18000.00"),
        ("Co-exhibitor share: Stålverket AB", "15000.00", None),
    ]
    assert listed["totals"]["planned"]["income"] == "33000.00"
    text = ok(cli, "budget", "list", fair)
    assert "[12 of 60 m² of the stand fee]" in text
    assert "[fixed fee]  [not confirmed: planned only]" in text


def test_costs_per_participant_from_the_events_registrations(cli: Cli, seminar: str) -> None:
    ok(cli, "budget", "add", seminar, "--category", "venue", "--planned", "3000",
       "--actual", "3300")  # fmt: skip
    assert "per participant" not in ok(cli, "budget", "list", seminar)  # no one registered yet
    for name in ("Anna Berg", "Olof Ek", "Sara Lind"):
        email = name.lower().replace(" ", ".") + "@example.se"
        ok(cli, "participant", "add", "--name", name, "--email", email)
        ok(cli, "registration", "add", seminar, email)
    out = ok(cli, "budget", "list", seminar)
    assert "costs per participant: 1 000.00 planned (3 registered), no one marked attended" in out
    ok(cli, "registration", "attend", seminar, "anna.berg@example.se")
    ok(cli, "registration", "attend", seminar, "olof.ek@example.se")
    listed = json.loads(ok(cli, "budget", "list", seminar, "--format", "json"))
    assert listed["cost_per_participant"] == {
        "registered": 3, "planned": "1000.00", "attended": 2, "actual": "1650.00",
    }  # fmt: skip
