"""`eventplanner conflicts` and `eventplanner calendar`: the seeded conflicts listed as a
table and as JSON (exit status 0), accepted with a reason; calendars subscribed, listed,
refreshed and removed; bad input refused with one line and nothing changed."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from eventplanner.persistence.database import Database
from eventplanner.services.workspace import Workspace
from tests.services.conflict_world import CALENDAR, REGION_ICS, Seeded, seed


@pytest.fixture
def seeded(database_url: URL, tmp_path: Path) -> Seeded:
    workspace = Workspace(Database.open(database_url))
    try:
        return seed(workspace, tmp_path)
    finally:
        workspace.close()


YEAR = ("--from", "2027-01-01", "--to", "2027-12-31")


def test_the_conflicts_of_a_period_as_json(cli, seeded: Seeded) -> None:
    status, out, err = cli("conflicts", *YEAR, "--format", "json")
    assert status == 0, err
    found = json.loads(out)
    assert [(c["kind"], c["start"][:10]) for c in found] == [
        (kind.value, day.isoformat()) for kind, _titles, day in seeded.expected
    ]
    eve = next(c for c in found if c["kind"] == "eve")
    assert eve["severity"] == "warn" and eve["holds"] is False and eve["accepted"] is None
    assert eve["start"] == "2027-06-25T00:00:00+02:00"
    assert eve["end"] == "2027-06-26T00:00:00+02:00"
    assert eve["message"].startswith("'Midsommarmingel' is on Midsommarafton")
    assert [e["event_id"] for e in eve["events"]] == [seeded.ids["Midsommarmingel"]]
    assert eve["events"][0]["uid"]
    venue = next(c for c in found if c["kind"] == "venue-double-booked")
    assert venue["severity"] == "hold" and venue["holds"] is True
    assert venue["start"] == "2027-02-16T15:00:00+01:00"
    assert venue["end"] == "2027-02-16T16:00:00+01:00"
    assert {e["title"] for e in venue["events"]} == {"Kursträff", "Seminarium"}
    assert next(e for e in venue["events"] if e["title"] == "Kursträff")["recurrence_id"]
    clash = next(c for c in found if c["kind"] == "subscribed-clash")
    (theirs,) = clash["subscribed"]
    assert theirs["calendar"] == CALENDAR and theirs["uid"] == "region-1@example.org"
    assert theirs["start"] == "2027-09-15T09:00:00+02:00"


def test_the_table_names_each_conflict_and_accepting_one_is_kept(cli, seeded: Seeded) -> None:
    status, out, err = cli("conflicts", *YEAR)
    assert status == 0, err
    assert "12 conflicts (2 holding, 0 accepted)" in out
    assert "Kristi himmelsfärdsdag" in out and "bridge-day" in out
    line = next(li for li in out.splitlines() if "Rapportlansering" in li)
    key = line.split()[0]
    assert re.fullmatch(r"[0-9a-f]{12}", key)
    status, out, err = cli("conflicts", "accept", key, "--reason", "Två salar")
    assert status == 0, err
    assert f"Accepted {key}: Aros Congress Center is booked twice" in out
    out = cli("conflicts", *YEAR)[1]
    assert "12 conflicts (1 holding, 1 accepted)" in out
    assert f"{key} accepted: Två salar" in out
    found = json.loads(cli("conflicts", *YEAR, "--format", "json")[1])
    accepted = next(c for c in found if c["key"] == key)
    assert accepted["accepted"]["reason"] == "Två salar" and accepted["holds"] is False
    assert cli("conflicts", "withdraw", key)[0] == 0
    assert "(2 holding, 0 accepted)" in cli("conflicts", *YEAR)[1]
    # Looked for in a period of its own.
    april = ("--from", "2027-04-01", "--to", "2027-04-30")
    assert cli("conflicts", *april, "accept", key, "--reason", "Två salar")[0] == 0
    status, _out, err = cli("conflicts", "--from", "2027-05-01", "accept", key, "--reason", "x")
    assert status == 1 and f"no conflict has the key '{key}'" in err


def test_bad_input_is_refused_with_one_line_and_nothing_changed(cli, seeded: Seeded) -> None:
    status, out, err = cli("conflicts", "--from", "2027-03-01", "--to", "2027-02-01")
    assert (status, out) == (1, "")
    assert err == "eventplanner: --to: the last day must not be before the first\n"
    found = json.loads(cli("conflicts", *YEAR, "--format", "json")[1])
    key = found[0]["key"]
    status, _out, err = cli("conflicts", "accept", key, "0123456789ab", "--reason", "x")
    assert status == 1 and "no conflict has the key '0123456789ab'" in err
    status, _out, err = cli("conflicts", "accept", key, "--reason", " ")
    assert status == 1 and "reason" in err
    assert "(2 holding, 0 accepted)" in cli("conflicts", *YEAR)[1]  # the first not accepted


def test_calendars_are_subscribed_listed_refreshed_and_removed(cli, tmp_path: Path) -> None:
    region = tmp_path / "region.ics"
    region.write_text(REGION_ICS, encoding="utf-8")
    status, out, err = cli("calendar", "subscribe", str(region), "--name", "Regionen")
    assert status == 0, err
    assert out == f"Subscribed to 'Regionen': 3 events from {region}\n"
    listed = json.loads(cli("calendar", "list", "--format", "json")[1])
    assert [(c["name"], c["events"], c["failure"]) for c in listed] == [("Regionen", 3, None)]
    region.unlink()
    status, out, err = cli("calendar", "refresh")
    assert status == 1
    assert "the last refresh failed" in err and "No such file" in err
    listed = json.loads(cli("calendar", "list", "--format", "json")[1])
    assert listed[0]["events"] == 3 and "No such file" in listed[0]["failure"]
    region.write_text(REGION_ICS, encoding="utf-8")
    status, out, err = cli("calendar", "refresh", "Regionen")
    assert status == 0, err
    assert "Regionen: 3 events" in out
    assert cli("calendar", "remove", "regionen") == (0, "No longer subscribed to 'Regionen'\n", "")
    assert "No subscribed calendars" in cli("calendar", "list")[1]


def test_unreadable_calendars_are_refused_and_nothing_saved(cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.ics"
    bad.write_text("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Halv", encoding="utf-8")
    status, out, err = cli("calendar", "subscribe", str(bad), "--name", "Trasig")
    assert (status, out) == (1, "")
    assert err == "eventplanner: the calendar 'Trasig' is cut short (no END:VCALENDAR)\n"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"https://127.0.0.1:{port}/region.ics"
    status, out, err = cli("calendar", "subscribe", url, "--name", "Nere")
    assert status == 1 and f"could not be read from {url}" in err
    status, _out, err = cli("calendar", "subscribe", str(tmp_path / "none.ics"), "--name", "X")
    assert status == 1 and "No such file" in err
    status, _out, err = cli("calendar", "remove", "X")
    assert status == 1 and "no subscribed calendar is called 'X'" in err
    assert json.loads(cli("calendar", "list", "--format", "json")[1]) == []
