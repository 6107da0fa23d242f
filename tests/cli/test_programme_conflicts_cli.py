"""`eventplanner conflicts` lists the programme's conflicts too (sessions and people by id,
each worded), with the margins given on the command line."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from tests.services.programme_conflict_world import Seeded

pytestmark = pytest.mark.database_copy("programme_conflicts")  # seeded once: tests/copies.py
PERIOD = ("--from", "2027-09-01", "--to", "2027-11-30")


@pytest.fixture
def seeded(made: object) -> Seeded:
    """The known conflicts of the seeded world the test's database is a copy of."""
    assert isinstance(made, Seeded)
    return made


def test_the_programme_s_conflicts_as_json_and_as_a_table(cli, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    status, out, err = cli("conflicts", *PERIOD, "--format", "json")
    assert status == 0, err
    found = json.loads(out)
    assert Counter(c["kind"] for c in found) == {
        "person-double-booked": 10, "outside-availability": 10, "role-declined": 10,
        "stage-double-booked": 10, "session-outside-event": 10,
    }  # fmt: skip
    person = next(c for c in found if c["kind"] == "person-double-booked")
    assert person["severity"] == "hold" and person["holds"] is True
    assert len(person["sessions"]) == 2 and len(person["people"]) == 1
    assert person["message"].startswith("Anna 1 is booked twice at the same time: 'Öppning v1'")
    status, out, err = cli("conflicts", *PERIOD)
    assert status == 0, err
    assert "Anna 1 is booked twice" in out and "Cia 1 declined to be moderator" in out


def test_margins_from_the_command_line(cli, seeded: Seeded) -> None:  # type: ignore[no-untyped-def]
    status, out, err = cli("conflicts", *PERIOD, "--format", "json", "--changeover", "11",
                           "--travel", "61")  # fmt: skip
    assert status == 0, err
    assert len(json.loads(out)) == 70  # Bo's changeover and journey of exactly the margins
    status, out, err = cli("conflicts", *PERIOD, "--travel", "-5")
    assert status != 0 and "--travel" in err and out == ""
