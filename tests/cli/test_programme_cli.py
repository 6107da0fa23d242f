"""`eventplanner session|stage|phase|role`: an event's programme from a terminal, with JSON
carrying ids, UIDs, times with offsets and the people with roles; bad input gets one line
naming what and where, a non-zero status, and leaves the database as it was."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy.engine import URL

from tests.cli.runner import ok


@pytest.fixture
def days(cli) -> str:
    """The innovation days with two stages and three people; the event's title."""
    ok(cli, "add", "--title", "Innovationsdagar", "--kind", "innovation day",
       "--start", "2027-01-19 09:00", "--end", "2027-01-21 17:00")  # fmt: skip
    ok(cli, "stage", "add", "Innovationsdagar", "Aulan")
    ok(cli, "stage", "add", "1", "Digital", "--digital", "--stream", "https://stream.example/d")
    for name in ("Ada Lind", "Bo Ek", "Cem Kaya"):
        ok(cli, "contact", "add", "--name", name)
    return "Innovationsdagar"


def sessions(cli, event: str = "1") -> list[dict[str, object]]:
    found = json.loads(ok(cli, "session", "list", event, "--format", "json"))
    assert isinstance(found, list)
    return found


def test_add_and_list_sessions_with_people(cli, days: str) -> None:
    out = ok(cli, "session", "add", days, "--title", "Panel: AI i industrin",
             "--start", "2027-01-19 13:00", "--end", "2027-01-19 14:00", "--stage", "Aulan",
             "--kind", "panel", "--moderator", "Ada Lind", "--speaker", "Bo Ek",
             "--speaker", "3")  # fmt: skip
    assert "Added session 'Panel: AI i industrin' (id 1, UID " in out
    ok(cli, "session", "add", days, "--title", "Välkommen", "--start", "2027-01-19T09:00+01:00",
       "--end", "2027-01-19 09:15", "--kind", "keynote", "--stage", "digital")  # fmt: skip
    first, second = sessions(cli)
    assert first["title"] == "Välkommen" and first["start"] == "2027-01-19T09:00:00+01:00"
    stream = "https://stream.example/d"
    assert first["stage"] == {"id": 2, "name": "Digital", "digital": True,
                              "stream_url": stream, "recording_url": ""}  # fmt: skip
    assert str(second["uid"]).endswith("@eventplanner") and second["event_id"] == 1
    assert second["end"] == "2027-01-19T14:00:00+01:00" and second["kind"] == "panel"
    people = [(p["name"], p["role"], p["confirmation"]) for p in second["people"]]  # type: ignore[union-attr]
    assert people == [("Ada Lind", "moderator", "asked"), ("Bo Ek", "speaker", "asked"),
                      ("Cem Kaya", "speaker", "asked")]  # fmt: skip

    table = ok(cli, "session", "list", days, "--tz", "America/Los_Angeles")
    assert "09:00–09:15 (00:00–00:15 America/Los_Angeles)  Välkommen  [keynote]  @ Digital" in table
    assert "Ada Lind (moderator or chair); Bo Ek (speaker)" in table
    rows = list(csv.DictReader(io.StringIO(ok(cli, "session", "list", days, "--format", "csv"))))
    assert [r["title"] for r in rows] == ["Välkommen", "Panel: AI i industrin"]
    assert rows[1]["stage"] == "Aulan"


def test_edit_and_delete_a_session(cli, days: str) -> None:
    ok(cli, "session", "add", days, "--title", "Keynote", "--start", "2027-01-19 10:00",
       "--end", "2027-01-19 10:45", "--stage", "Aulan")  # fmt: skip
    (before,) = sessions(cli)
    out = ok(cli, "session", "edit", "Keynote", "--start", "2027-01-20 11:00", "--stage", "")
    assert f"UID {before['uid']}" in out
    (after,) = sessions(cli)
    assert (after["start"], after["end"]) == (
        "2027-01-20T11:00:00+01:00",
        "2027-01-20T11:45:00+01:00",
    )
    assert after["stage"] is None and after["uid"] == before["uid"]
    ok(cli, "session", "delete", str(before["uid"]))
    assert sessions(cli) == []


def test_stages_phases_and_roles(cli, days: str) -> None:
    stages = json.loads(ok(cli, "stage", "list", days, "--format", "json"))
    assert [s["name"] for s in stages] == ["Aulan", "Digital"]
    listed = ok(cli, "stage", "list", days)
    assert "Digital  [digital]  stream: https://stream.example/d" in listed
    ok(cli, "phase", "add", days, "--kind", "rehearsal", "--start", "2027-01-18 15:00",
       "--end", "2027-01-18 17:00")  # fmt: skip
    (phase,) = json.loads(ok(cli, "phase", "list", days, "--format", "json"))
    assert (phase["kind"], phase["public"], phase["start"]) == (
        "rehearsal",
        False,
        "2027-01-18T15:00:00+01:00",
    )
    ok(cli, "session", "add", days, "--title", "Keynote", "--start", "2027-01-19 10:00",
       "--end", "2027-01-19 10:45")  # fmt: skip
    out = ok(cli, "role", "add", "Cem Kaya", "--session", "Keynote", "--role", "speaker",
             "--confirmation", "confirmed")  # fmt: skip
    assert out.strip() == "'Cem Kaya' is speaker on the session 'Keynote' (confirmed)"
    assert "host on 'Innovationsdagar'" in ok(
        cli, "role", "add", "Ada Lind", days, "--role", "host"
    )
    ok(cli, "organisation", "add", "--name", "Vinnova")
    assert "sponsor of" in ok(cli, "role", "add", "--organisation", "Vinnova", days,
                              "--role", "sponsor")  # fmt: skip
    (keynote,) = sessions(cli)
    assert keynote["people"][0]["confirmation"] == "confirmed"  # type: ignore[index]
    ok(cli, "role", "remove", "Cem Kaya", "--session", "Keynote")
    ok(cli, "role", "remove", "Ada Lind", days)
    ok(cli, "role", "remove", "--organisation", "Vinnova", days)
    (keynote,) = sessions(cli)
    assert keynote["people"] == []
    status, _, err = cli("role", "remove", "Ada Lind", days)
    assert status == 1 and "'Ada Lind' has no such role on 'Innovationsdagar'" in err


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--start", "2027-01-22 09:00", "--end", "2027-01-22 10:00"),
         "start: the session 'Keynote' (2027-01-22 09:00 to 2027-01-22 10:00) lies outside "
         "the days of its event 'Innovationsdagar' (2027-01-19 to 2027-01-21)"),
        (("--start", "2027-01-19 10:00", "--end", "2027-01-19 09:00"),
         "end: the session 'Keynote' ends (2027-01-19 09:00) before it starts"),
        (("--start", "2027-01-19 10:00", "--end", "2027-01-19 11:00", "--stage", "Hall C"),
         "--stage: 'Innovationsdagar' has no stage 'Hall C' (its stages: 'Aulan', 'Digital')"),
        (("--start", "2027-01-19 10:00", "--end", "2027-01-19 11:00", "--speaker", "Ove"),
         "there is no contact called 'Ove'"),
        (("--start", "2027-01-19 10:00", "--end", "2027-01-19 11:00", "--kind", "sermon"),
         "--kind: unknown value 'sermon'"),
        (("--start", "tomorrow", "--end", "2027-01-19 11:00"),
         "--start: 'tomorrow' is not a date and time"),
    ],
)  # fmt: skip
def test_bad_input_names_what_and_where_and_changes_nothing(
    cli, days: str, args: tuple[str, ...], words: str
) -> None:
    before = ok(cli, "session", "list", days, "--format", "json")
    show = ok(cli, "show", "1", "--format", "json")
    status, out, err = cli("session", "add", days, "--title", "Keynote", *args)
    assert status == 1 and out == ""
    assert words in err and len(err.strip().splitlines()) == 1
    assert ok(cli, "session", "list", days, "--format", "json") == before
    assert ok(cli, "show", "1", "--format", "json") == show  # SEQUENCE unchanged too


def test_unknown_events_and_sessions(cli, days: str) -> None:
    status, _, err = cli("session", "list", "Vårmässan")
    assert status == 1 and "no event has the id, UID or title 'Vårmässan'" in err
    status, _, err = cli("session", "delete", "999")
    assert status == 1 and "there is no session with id 999" in err
    ok(cli, "add", "--title", "Innovationsdagar", "--start", "2027-05-01 09:00")
    status, _, err = cli("stage", "list", days)
    assert status == 1 and "2 events are called 'Innovationsdagar' (ids 1, 2)" in err
    status, _, err = cli("role", "add", "Ada Lind", "--role", "host")
    assert status == 1 and "give the person and the event" in err


def test_stages_and_phases_are_changed_and_deleted(cli, days: str) -> None:
    """Before, a stage or a phase could only be added from a terminal."""
    out = ok(cli, "stage", "edit", days, "digital", "--name", "Digitala scenen",
             "--recording-url", "https://play.example/d", "--room")  # fmt: skip
    assert out.strip() == "Changed stage 'Digitala scenen' (id 2) of 'Innovationsdagar'"
    (_, digital) = json.loads(ok(cli, "stage", "list", days, "--format", "json"))
    assert (digital["name"], digital["digital"], digital["stream_url"],
            digital["recording_url"]) == ("Digitala scenen", False, "https://stream.example/d",
                                          "https://play.example/d")  # fmt: skip
    listed = ok(cli, "stage", "list", days)
    assert ("Digitala scenen  [room]  stream: https://stream.example/d  "
            "recording: https://play.example/d") in listed  # fmt: skip
    ok(cli, "stage", "edit", days, "2", "--stream-url", "", "--digital")
    (_, digital) = json.loads(ok(cli, "stage", "list", days, "--format", "json"))
    assert (digital["digital"], digital["stream_url"]) == (True, "")
    status, _, err = cli("stage", "edit", days, "2", "--name", " AULAN")
    assert status == 1 and "already has a stage named 'Aulan'" in err
    status, _, err = cli("stage", "edit", days, "Hall C", "--name", "Hall D")
    assert status == 1 and "has no stage 'Hall C' (its stages: 'Aulan', 'Digitala scenen')" in err
    status, _, err = cli("stage", "edit", days, "Aulan")
    assert status == 1 and "nothing to change" in err
    with pytest.raises(SystemExit):  # argparse: one or the other
        cli("stage", "edit", days, "Aulan", "--digital", "--room")
    ok(cli, "session", "add", days, "--title", "Keynote", "--start", "2027-01-19 10:00",
       "--end", "2027-01-19 10:45", "--stage", "Aulan")  # fmt: skip
    status, _, err = cli("stage", "delete", days, "Aulan")
    assert status == 1 and "the stage 'Aulan' has 1 session on it" in err
    out = ok(cli, "stage", "delete", days, "digitala scenen")
    assert out.strip() == "Deleted stage 'Digitala scenen' (id 2) of 'Innovationsdagar'"
    stages = json.loads(ok(cli, "stage", "list", days, "--format", "json"))
    assert [s["name"] for s in stages] == ["Aulan"]

    ok(cli, "phase", "add", days, "--kind", "rehearsal", "--start", "2027-01-18 15:00",
       "--end", "2027-01-18 17:00")  # fmt: skip
    out = ok(cli, "phase", "edit", days, "Rehearsal", "--start", "2027-01-18 16:00",
             "--name", "Genrep", "--public", "yes")  # fmt: skip
    assert out.strip() == "Changed phase 'Genrep' (id 1) of 'Innovationsdagar'"
    (phase,) = json.loads(ok(cli, "phase", "list", days, "--format", "json"))
    assert (phase["name"], phase["public"], phase["start"], phase["end"]) == (
        "Genrep",
        True,
        "2027-01-18T16:00:00+01:00",
        "2027-01-18T18:00:00+01:00",
    )  # fmt: skip (the length kept)
    ok(cli, "phase", "edit", days, "1", "--kind", "dinner", "--public", "default",
       "--end", "2027-01-18 20:00")  # fmt: skip
    (phase,) = json.loads(ok(cli, "phase", "list", days, "--format", "json"))
    assert (phase["kind"], phase["public"], phase["end"]) == (
        "dinner", False, "2027-01-18T20:00:00+01:00"
    )  # fmt: skip
    status, _, err = cli("phase", "edit", days, "genrep", "--end", "2027-01-18 15:00")
    assert status == 1 and "end" in err
    assert json.loads(ok(cli, "phase", "list", days, "--format", "json")) == [phase]
    status, _, err = cli("phase", "delete", days, "Lunch")
    assert status == 1 and "has no phase 'Lunch' (its phases: 'Genrep' (id 1))" in err
    assert ok(cli, "phase", "delete", days, "GENREP").strip() == (
        "Deleted phase 'Genrep' (id 1) of 'Innovationsdagar'"
    )
    assert json.loads(ok(cli, "phase", "list", days, "--format", "json")) == []


def test_a_stage_name_two_stages_share_is_not_guessed(cli, days: str, database_url: URL) -> None:
    """`--stage NAME` silently picked the first of two stages of one name (saved before such
    pairs were refused); now it asks for the id, and the id still works."""
    from eventplanner.persistence.schema import StageRow
    from eventplanner.services.workspace import Workspace

    workspace = Workspace.open(database_url.render_as_string(hide_password=False))
    try:
        with workspace.database.transaction() as session:
            session.add(StageRow(event_id=1, name="aulan", digital=False, stream_url="",
                                 recording_url="", position=5, version=1))  # fmt: skip
    finally:
        workspace.close()
    status, _, err = cli("session", "add", days, "--title", "Keynote", "--stage", "Aulan",
                         "--start", "2027-01-19 10:00", "--end", "2027-01-19 10:45")  # fmt: skip
    assert status == 1 and "has 2 stages called 'Aulan' (ids 1, 3); give the id" in err
    ok(cli, "session", "add", days, "--title", "Keynote", "--start", "2027-01-19 10:00",
       "--end", "2027-01-19 10:45", "--stage", "3")  # fmt: skip
    ok(cli, "stage", "edit", days, "3", "--name", "Aulan, läktaren")
    ok(cli, "session", "edit", "Keynote", "--stage", "Aulan")
