"""`eventplanner participant …` and `registration …`: people added and matched by e-mail,
organisations with their number and actor type, registrations to the waitlist when full,
a cancellation that prints whom to tell with a mailto: link, attendance, JSON; bad input
named, the database unchanged."""

from __future__ import annotations

import json

import pytest

from tests.cli.runner import Cli, ok


@pytest.fixture
def seminar(cli: Cli) -> str:
    ok(cli, "add", "--title", "AI i verkstaden", "--kind", "seminar", "--capacity", "2",
       "--visibility", "closed", "--start", "2027-04-20 13:00",
       "--end", "2027-04-20 16:00")  # fmt: skip
    ok(cli, "organisation", "add", "--name", "ABB Robotics", "--org-number", "5560297813",
       "--country", "se", "--size", "large", "--actor-type", "industry")  # fmt: skip
    for name, email in (("Anna Berg", "anna@abb.se"), ("Bo Ek", "bo@mdu.se"),
                        ("Cecilia Lind", "cecilia@ri.se")):  # fmt: skip
        ok(cli, "participant", "add", "--name", name, "--email", email,
           "--organisation", "ABB Robotics", "--title", "Engineer")  # fmt: skip
    return "AI i verkstaden"


def listed(cli: Cli, event: str) -> dict[str, object]:
    found = json.loads(ok(cli, "registration", "list", event, "--format", "json"))
    assert isinstance(found, dict)
    return found


def test_organisations_have_their_identity(cli: Cli, seminar: str) -> None:
    (abb,) = json.loads(ok(cli, "organisation", "list", "--format", "json"))
    assert (abb["org_number"], abb["country"], abb["size"], abb["actor_type"]) == (
        "556029-7813", "SE", "large", "industry")  # fmt: skip
    status, _out, err = cli("organisation", "edit", "ABB Robotics", "--org-number", "556029-7812")
    assert status != 0 and "check digit is 2, but the nine digits before it give 3" in err
    status, _out, err = cli("organisation", "add", "--name", "X", "--actor-type", "farmers")
    assert status != 0 and "unknown value 'farmers'" in err
    shown = json.loads(ok(cli, "show", "1", "--format", "json"))
    assert shown["public"] is False


def test_registering_waitlist_cancel_and_attend(cli: Cli, seminar: str) -> None:
    assert "AI i verkstaden': registered (1 / 2)" in ok(
        cli, "registration", "add", seminar, "ANNA@abb.se", "--needs", "Vegetarian"
    )
    ok(cli, "registration", "add", seminar, "Bo Ek")
    out = ok(cli, "registration", "add", seminar, "3")
    assert (
        "Registered Cecilia Lind for 'AI i verkstaden': on the waitlist (2 / 2, 1 waiting)" in out
    )
    table = ok(cli, "registration", "list", seminar)
    assert table.splitlines()[0] == "AI i verkstaden: 2 / 2, 1 waiting"
    assert "Vegetarian" in table
    out = ok(cli, "registration", "cancel", seminar, "bo@mdu.se")
    assert out.splitlines() == [
        "Cancelled Bo Ek on 'AI i verkstaden' (2 / 2)",
        "Moved up from the waitlist (tell them):",
        "  Cecilia Lind <cecilia@ri.se>",
        "E-mail them: mailto:cecilia@ri.se",
    ]
    assert "Marked as attended: Anna Berg" in ok(
        cli, "registration", "attend", seminar, "Anna Berg"
    )
    found = listed(cli, seminar)
    assert found["counts"] == {"seated": 2, "capacity": 2, "waiting": 0, "attended": 1,
                               "cancelled": 1, "no_shows": 0, "text": "2 / 2"}  # fmt: skip
    people = [(r["name"], r["status"], r["needs"]) for r in found["registrations"]]  # type: ignore[attr-defined]
    assert people == [("Anna Berg", "attended", "Vegetarian"), ("Cecilia Lind", "registered", ""),
                      ("Bo Ek", "cancelled", "")]  # fmt: skip
    participants = json.loads(ok(cli, "participant", "list", "--format", "json"))
    assert [(p["name"], p["registrations"]) for p in participants] == [
        ("Anna Berg", 1), ("Bo Ek", 1), ("Cecilia Lind", 1)]  # fmt: skip


def test_bad_input_is_named_and_changes_nothing(cli: Cli, seminar: str) -> None:
    ok(cli, "registration", "add", seminar, "Anna Berg")
    before = listed(cli, seminar)
    for args, words in [
        (("registration", "add", seminar, "Anna Berg"), "Anna Berg is already on"),
        (("registration", "add", seminar, "nobody@x.se"), "no person has the id, e-mail or name"),
        (("registration", "add", "No such event", "Bo Ek"), "no event has the id, UID or title"),
        (("registration", "add", seminar, "Bo Ek", "--status", "maybe"), "unknown value 'maybe'"),
        (("registration", "cancel", seminar, "Bo Ek"), "Bo Ek is not registered"),
        (
            ("participant", "add", "--name", "Anna B", "--email", " Anna@ABB.se"),
            "'Anna Berg' (id 1) already has the e-mail",
        ),
    ]:
        status, _out, err = cli(*args)
        assert status != 0 and words in err, (args, err)
    ok(cli, "participant", "add", "--name", "Anna Berg", "--email", "anna.berg@gmail.com")
    status, _out, err = cli("registration", "add", seminar, "anna berg")
    assert status != 0 and "2 people match 'anna berg' (ids 1, 4); give the id or the e-mail" in err
    assert listed(cli, seminar) == before


def test_editing_a_participant(cli: Cli, seminar: str) -> None:
    out = ok(cli, "participant", "edit", "bo@mdu.se", "--phone", "021-10 13 00", "--title", "PhD")
    assert out.strip() == "Changed person 'Bo Ek' (id 2)"
    (bo,) = json.loads(ok(cli, "participant", "list", "bo@mdu", "--format", "json"))
    assert (bo["phone"], bo["title"], bo["organisation"]) == ("021-10 13 00", "PhD", "ABB Robotics")


def test_a_sessions_own_seats(cli: Cli, seminar: str) -> None:
    ok(cli, "session", "add", seminar, "--title", "Labbdemo", "--start", "2027-04-20 14:00",
       "--end", "2027-04-20 15:00", "--capacity", "1")  # fmt: skip
    (session,) = json.loads(ok(cli, "session", "list", seminar, "--format", "json"))
    assert session["capacity"] == 1
    ok(cli, "registration", "add", seminar, "Anna Berg", "--session", str(session["id"]))
    out = ok(cli, "registration", "add", seminar, "Bo Ek", "--session", str(session["id"]))
    assert "on the waitlist (1 / 2, 1 waiting)" in out
    status, _out, err = cli("session", "edit", str(session["id"]), "--capacity", "many")
    assert status != 0 and "'many' is not a whole number" in err
    ok(cli, "session", "edit", str(session["id"]), "--capacity", "")
    (session,) = json.loads(ok(cli, "session", "list", seminar, "--format", "json"))
    assert session["capacity"] is None


def test_fill_after_the_capacity_was_raised(cli: Cli, seminar: str) -> None:
    for person in ("Anna Berg", "Bo Ek", "Cecilia Lind"):
        ok(cli, "registration", "add", seminar, person)
    ok(cli, "edit", "1", "--capacity", "3")
    assert ok(cli, "registration", "fill", seminar).splitlines() == [
        "AI i verkstaden: 3 / 3",
        "Moved up from the waitlist (tell them):",
        "  Cecilia Lind <cecilia@ri.se>",
        "E-mail them: mailto:cecilia@ri.se",
    ]
    assert ok(cli, "registration", "fill", seminar).splitlines()[-1] == (
        "Nobody moved up from the waitlist."
    )
