"""`eventplanner availability list|add|remove` and `role list`: when a person can or cannot
be there (JSON with ISO 8601 offsets, whole days, other zones), the conflicts it makes seen
by `conflicts`, and who has a role on an event; bad input named, the database unchanged."""

from __future__ import annotations

import json

import pytest

from tests.cli.runner import ok


@pytest.fixture
def days(cli) -> str:  # type: ignore[no-untyped-def]
    """Innovation days with a stage, a keynote by Ada Lind, and two more people."""
    ok(cli, "add", "--title", "Innovationsdagar", "--kind", "innovation day",
       "--start", "2027-01-19 09:00", "--end", "2027-01-21 17:00")  # fmt: skip
    ok(cli, "stage", "add", "Innovationsdagar", "Aulan")
    for name in ("Ada Lind", "Bo Ek", "Cem Kaya"):
        ok(cli, "contact", "add", "--name", name)
    ok(cli, "session", "add", "Innovationsdagar", "--title", "Keynote", "--stage", "Aulan",
       "--start", "2027-01-19 10:00", "--end", "2027-01-19 10:45",
       "--speaker", "Ada Lind")  # fmt: skip
    return "Innovationsdagar"


def periods(cli, contact: str = "Ada Lind", *extra: str) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    found = json.loads(ok(cli, "availability", "list", contact, "--format", "json", *extra))
    assert isinstance(found, list)
    return found


def test_adding_listing_and_removing_periods(cli, days: str) -> None:  # type: ignore[no-untyped-def]
    assert "has said nothing yet" in ok(cli, "availability", "list", "Ada Lind")
    out = ok(cli, "availability", "add", "Ada Lind", "--from", "2027-01-19 08:00",
             "--to", "2027-01-19 12:00", "--unavailable", "--note", "tandläkare")  # fmt: skip
    assert out.strip() == (
        "Added availability 1: 'Ada Lind' cannot be there 2027-01-19 08:00–12:00 (Europe/Stockholm)"
    )
    out = ok(cli, "availability", "add", "2", "--from", "2027-01-20", "--to", "2027-01-21")
    assert "'Bo Ek' can be there 2027-01-20 to 2027-01-21, whole days" in out
    ok(cli, "availability", "add", "Ada Lind", "--from", "2027-01-20T09:00-08:00",
       "--to", "2027-01-20 20:00", "--available", "--tz", "Europe/Stockholm")  # fmt: skip
    first, second = periods(cli)
    assert first == {
        "id": 1, "contact_id": 1, "contact": "Ada Lind", "start": "2027-01-19T08:00:00+01:00",
        "end": "2027-01-19T12:00:00+01:00", "time_zone": "Europe/Stockholm",
        "available": False, "note": "tandläkare",
    }  # fmt: skip
    assert (second["start"], second["available"]) == ("2027-01-20T18:00:00+01:00", True)
    (bo,) = periods(cli, "Bo Ek")
    assert (bo["start"], bo["end"]) == ("2027-01-20T00:00:00+01:00", "2027-01-22T00:00:00+01:00")
    there = periods(cli, "Ada Lind", "--tz", "America/Los_Angeles")
    assert there[0]["start"] == "2027-01-18T23:00:00-08:00"
    table = ok(cli, "availability", "list", "Ada Lind")
    assert "times in Europe/Stockholm" in table
    assert "    1  2027-01-19 08:00–12:00  cannot be there  — tandläkare" in table
    assert ok(cli, "availability", "remove", "1").strip() == "Removed availability 1"
    assert [p["id"] for p in periods(cli)] == [3]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("Ada Lind", "--from", "2027-01-19 12:00", "--to", "2027-01-19 08:00"),
         "end: the availability of 'Ada Lind' ends (2027-01-19 08:00) before it starts "
         "(2027-01-19 12:00)"),
        (("Ada Lind", "--from", "2027-01-19 12:00", "--to", "2027-01-19 12:00"),
         "ends when it starts (2027-01-19 12:00); it needs a length"),
        (("Ada Lind", "--from", "2027-01-21", "--to", "2027-01-20"),
         "--to: the last day (2027-01-20) is before the first (2027-01-21)"),
        (("Ada Lind", "--from", "2027-01-19", "--to", "2027-01-19 12:00"),
         "--from: give both --from and --to as times"),
        (("Ada Lind", "--from", "soon", "--to", "2027-01-19 12:00"),
         "--from: 'soon' is not a date and time"),
        (("Ove", "--from", "2027-01-19 08:00", "--to", "2027-01-19 12:00"),
         "there is no contact called 'Ove'"),
        (("Ada Lind", "--from", "2027-01-19 08:00", "--to", "2027-01-19 12:00",
          "--tz", "Mars/Olympus"),
         "Mars/Olympus"),
        (("Ada Lind", "--from", "2027-03-28 02:30", "--to", "2027-03-28 04:00"),
         "2027-03-28 02:30"),
    ],
)  # fmt: skip
def test_bad_input_names_what_and_where_and_changes_nothing(  # type: ignore[no-untyped-def]
    cli, days: str, args: tuple[str, ...], words: str
) -> None:
    ok(cli, "availability", "add", "Ada Lind", "--from", "2027-01-21 08:00",
       "--to", "2027-01-21 09:00")  # fmt: skip
    before = periods(cli)
    status, out, err = cli("availability", "add", *args)
    assert status == 1 and out == ""
    assert words in err and len(err.strip().splitlines()) == 1
    assert periods(cli) == before


def test_removing_what_is_not_there(cli, days: str) -> None:  # type: ignore[no-untyped-def]
    status, _, err = cli("availability", "remove", "42")
    assert status == 1 and "there is no availability with id 42" in err
    status, _, err = cli("availability", "remove", "Ada Lind")
    assert status == 1 and "ID: 'Ada Lind' is not an id" in err


def test_conflicts_report_a_person_booked_when_they_cannot_be_there(cli, days: str) -> None:  # type: ignore[no-untyped-def]
    period = ("--from", "2027-01-19", "--to", "2027-01-21", "--format", "json")
    assert json.loads(ok(cli, "conflicts", *period)) == []
    ok(cli, "availability", "add", "Ada Lind", "--from", "2027-01-19 08:00",
       "--to", "2027-01-19 12:00", "--unavailable", "--note", "tandläkare")  # fmt: skip
    status, out, err = cli("conflicts", *period)
    assert status == 0, err
    (conflict,) = json.loads(out)
    assert conflict["kind"] == "outside-availability" and conflict["people"] == [1]
    assert "Ada Lind" in conflict["message"] and "'Keynote'" in conflict["message"]
    assert "when they cannot be there (tandläkare)" in conflict["message"]
    table = ok(cli, "conflicts", "--from", "2027-01-19", "--to", "2027-01-21")
    assert "outside-availability" in table
    ok(cli, "availability", "remove", "1")
    assert json.loads(ok(cli, "conflicts", *period)) == []


def test_role_list_shows_people_and_organisations(cli, days: str) -> None:  # type: ignore[no-untyped-def]
    ok(cli, "role", "add", "Bo Ek", days, "--role", "host", "--confirmation", "confirmed")
    ok(cli, "organisation", "add", "--name", "Vinnova")
    ok(cli, "role", "add", "--organisation", "Vinnova", days, "--role", "funder",
       "--note", "projekt 2027-01234")  # fmt: skip
    listed = json.loads(ok(cli, "role", "list", days, "--format", "json"))
    assert (listed["event_id"], listed["title"]) == (1, "Innovationsdagar")
    people = [(p["name"], p["role"], p["on"], p["target_title"]) for p in listed["people"]]
    assert people == [("Bo Ek", "host", "event", "Innovationsdagar"),
                      ("Ada Lind", "speaker", "session", "Keynote")]  # fmt: skip
    assert listed["organisations"] == [
        {"id": 1, "organisation_id": 1, "name": "Vinnova", "role": "funder",
         "note": "projekt 2027-01234"},
    ]  # fmt: skip
    table = ok(cli, "role", "list", days)
    assert "Bo Ek  host (confirmed)  on the whole event" in table
    assert "Ada Lind  speaker (asked)  on session 'Keynote'" in table
    assert "Organisations:\n  Vinnova  funder  — projekt 2027-01234" in table
    ok(cli, "add", "--title", "Tom dag", "--start", "2027-02-01 09:00")
    assert ok(cli, "role", "list", "Tom dag").count("none yet") == 2
    status, _, err = cli("role", "list", "Vårmässan")
    assert status == 1 and "no event has the id, UID or title 'Vårmässan'" in err
