"""`eventplanner block` and `session add|edit --block`: a chaired group of sessions on one
stage, made, filled, moved to another day with its sessions, and deleted; before these a
block could be made nowhere (neither here nor in the app), so none could be moved."""

from __future__ import annotations

import json

import pytest

from tests.cli.runner import ok


@pytest.fixture
def days(cli) -> str:
    ok(cli, "add", "--title", "Innovationsdagar", "--kind", "innovation day",
       "--start", "2027-01-19 09:00", "--end", "2027-01-21 17:00")  # fmt: skip
    ok(cli, "stage", "add", "Innovationsdagar", "Aulan")
    ok(cli, "stage", "add", "Innovationsdagar", "Digital", "--digital")
    ok(cli, "contact", "add", "--name", "Ada Lind")
    for title, start, end in (("Öppning", "09:00", "09:30"), ("Robotar", "09:40", "10:10")):
        ok(cli, "session", "add", "Innovationsdagar", "--title", title, "--stage", "Aulan",
           "--start", f"2027-01-19 {start}", "--end", f"2027-01-19 {end}")  # fmt: skip
    return "Innovationsdagar"


def blocks(cli, event: str) -> list[dict[str, object]]:
    found = json.loads(ok(cli, "block", "list", event, "--format", "json"))
    assert isinstance(found, list)
    return found


def test_a_block_is_made_filled_moved_to_another_day_and_deleted(cli, days: str) -> None:
    assert "has no blocks yet" in ok(cli, "block", "list", days)
    out = ok(cli, "block", "add", days, "--title", "Automation", "--stage", "Aulan")
    assert "Added block 'Automation' (id 1)" in out
    ok(cli, "session", "edit", "Öppning", "--block", "Automation")
    ok(cli, "session", "edit", "Robotar", "--block", "1")
    ok(cli, "session", "add", days, "--title", "Frågor", "--block", "Automation",
       "--start", "2027-01-19 10:15", "--end", "2027-01-19 10:30")  # fmt: skip
    (block,) = blocks(cli, days)
    assert block["stage"] == {"id": 1, "name": "Aulan"}
    sessions = block["sessions"]
    assert isinstance(sessions, list)
    assert [s["title"] for s in sessions] == ["Öppning", "Robotar", "Frågor"]
    assert "Automation  @ Aulan  2027-01-19 09:00–10:30  (3 sessions)" in ok(
        cli, "block", "list", days
    )

    ok(cli, "block", "move", days, "Automation", "--start", "2027-01-21 13:00")
    (block,) = blocks(cli, days)
    moved = block["sessions"]
    assert isinstance(moved, list)
    assert [(s["start"], s["end"]) for s in moved] == [
        ("2027-01-21T13:00:00+01:00", "2027-01-21T13:30:00+01:00"),
        ("2027-01-21T13:40:00+01:00", "2027-01-21T14:10:00+01:00"),
        ("2027-01-21T14:15:00+01:00", "2027-01-21T14:30:00+01:00"),
    ]  # fmt: skip
    listed = json.loads(ok(cli, "session", "list", days, "--format", "json"))
    assert {s["block"]["title"] for s in listed if s["block"]} == {"Automation"}

    ok(cli, "session", "edit", "Frågor", "--block", "")
    assert len(blocks(cli, days)[0]["sessions"]) == 2  # type: ignore[arg-type]
    assert "(its sessions stay)" in ok(cli, "block", "delete", days, "1")
    assert blocks(cli, days) == []
    assert len(json.loads(ok(cli, "session", "list", days, "--format", "json"))) == 3


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("block", "add", "Innovationsdagar", "--title", "A", "--stage", "Hall C"),
         "--stage: 'Innovationsdagar' has no stage 'Hall C'"),
        (("block", "add", "Innovationsdagar", "--title", "A", "--stage", ""),
         "--stage: a block is on a stage"),
        (("block", "add", "Innovationsdagar", "--title", " ", "--stage", "Aulan"),
         "title: the block's title must not be empty"),
        (("session", "edit", "Öppning", "--block", "Okänt"),
         "--block: 'Innovationsdagar' has no block 'Okänt' (its blocks: 'Automation', 'Tom')"),
        (("session", "edit", "Öppning", "--block", "Automation", "--stage", "Digital"),
         "--stage: the block 'Automation' is on the stage 'Aulan'"),
        (("block", "move", "Innovationsdagar", "Automation", "--start", "2027-01-22 09:00"),
         "lies outside the days of its event 'Innovationsdagar'"),
        (("block", "move", "Innovationsdagar", "Tom", "--start", "2027-01-20 09:00"),
         "the block 'Tom' has no sessions to move"),
        (("block", "delete", "Innovationsdagar", "9"),
         "block: 'Innovationsdagar' has no block '9'"),
    ],
)  # fmt: skip
def test_bad_block_input_names_what_and_changes_nothing(
    cli, days: str, args: tuple[str, ...], words: str
) -> None:
    ok(cli, "block", "add", days, "--title", "Automation", "--stage", "Aulan")
    ok(cli, "block", "add", days, "--title", "Tom", "--stage", "Aulan")
    ok(cli, "session", "edit", "Robotar", "--block", "Automation")
    before = (ok(cli, "block", "list", days, "--format", "json"),
              ok(cli, "session", "list", days, "--format", "json"))  # fmt: skip
    status, out, err = cli(*args)
    assert (status, out) == (1, "")
    assert words in err and len(err.strip().splitlines()) == 1
    assert (ok(cli, "block", "list", days, "--format", "json"),
            ok(cli, "session", "list", days, "--format", "json")) == before  # fmt: skip
