"""`eventplanner playbook list|show|apply|export|import|copy|delete`: the built-in playbooks,
an event's tasks made from one (each date with why it moved), files shared and refused with
a message saying where; the database unchanged by what is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.runner import Cli, ok

FAIR = "Trade fair with a shared stand"


@pytest.fixture
def fair(cli: Cli) -> str:
    """A fair Thursday 11 to Saturday 13 March 2027, built up on Wednesday 10 March."""
    ok(cli, "add", "--title", "Underhållsmässan", "--kind", "trade fair", "--all-day",
       "--start", "2027-03-11", "--end", "2027-03-13")  # fmt: skip
    ok(cli, "phase", "add", "Underhållsmässan", "--kind", "build-up",
       "--start", "2027-03-10 07:00", "--end", "2027-03-10 18:00")  # fmt: skip
    return "Underhållsmässan"


def test_list_shows_the_built_in_playbooks(cli: Cli) -> None:
    out = ok(cli, "playbook", "list")
    assert out.splitlines()[0].split() == ["NAME", "FOR", "TASKS"]
    line = next(x for x in out.splitlines() if x.startswith(FAIR))
    assert line.split()[-3:] == ["fair", "32", "built-in"]
    listed = json.loads(ok(cli, "playbook", "list", "--format", "json"))
    assert len(listed) == 5
    assert {"name": FAIR, "event_kind": "trade_fair", "language": "en", "tasks": 32,
            "built_in": True, "id": None} in listed  # fmt: skip


def test_show_gives_each_task_and_its_deadline(cli: Cli) -> None:
    out = ok(cli, "playbook", "show", "funded research seminar")
    assert out.startswith("Funded research seminar\nFor: seminar; 17 tasks; language en; built-in")
    assert (
        "reminder: Remind the invited\n    communications; 2 weeks after task 'invitations'" in out
    )
    swedish = ok(cli, "playbook", "show", "Funded research seminar", "--language", "sv")
    assert "reminder: Påminn de inbjudna" in swedish
    data = json.loads(ok(cli, "playbook", "show", FAIR, "--format", "json"))
    assert data["format"] == "eventplanner-playbook" and data["built_in"] is True
    badges = next(t for t in data["tasks"] if t["key"] == "badges")
    assert badges["anchor"] == {"kind": "fair_deadline", "ref": "badge_requests"}


def test_apply_makes_the_tasks_once_and_says_why_dates_moved(cli: Cli, fair: str) -> None:
    dry = ok(cli, "playbook", "apply", FAIR, fair, "--dry-run")
    assert dry.splitlines()[0] == (
        f"{FAIR} → {fair} (event 1): Would make 32 tasks (a dry run: nothing was saved)"
    )
    assert (
        "  2027-03-10 Wed w10  Build the stand  (stand lead; 0 days after phase 'build_up'" in dry
    )
    # Ten weeks before the start is New Year's Eve, which counts as a Sunday.
    assert (
        "  2026-12-30 Wed w53  Order the stand design and graphics  (communications; 10 weeks "
        "before event start; a day off moves it earlier)\n"
        "      2026-12-31 is Nyårsafton: moved to 2026-12-30\n"
    ) in dry
    assert "      2027-04-03 is Saturday: moved to 2027-04-05\n" in dry
    # The fair organiser's deadlines are not entered: counted from the event, and said.
    assert (
        "  2027-02-18 Thu w7   Order exhibitor badges  (stand lead; 2 working days before fair "
        "deadline 'badge_requests' (else 3 weeks before event start))\n"
        "      the fair organiser's deadline 'badge_requests' is not known: counted from the "
        "event's start\n"
    ) in dry
    made = ok(cli, "playbook", "apply", FAIR, fair, "--language", "sv")
    assert made.splitlines()[0] == f"{FAIR} → {fair} (event 1): Made 32 tasks"
    assert "Bygg montern" in made
    again = ok(cli, "playbook", "apply", FAIR, "1")
    assert again.splitlines()[:2] == [
        f"{FAIR} → {fair} (event 1): Made 0 tasks",
        "32 of its 32 tasks the event has already (applied before): left as they are",
    ]


def test_export_change_and_import_a_playbook(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "seminarium.json"
    assert ok(cli, "playbook", "export", "Funded research seminar", str(path)).startswith("Wrote")
    data = json.loads(path.read_text("utf-8"))
    data["name"] = "Seminarium för kommunerna"
    data["tasks"] = data["tasks"][:5]
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    out = ok(cli, "playbook", "import", str(path))
    assert out.strip() == "Imported 'Seminarium för kommunerna' (5 tasks)"
    status, _out, err = cli("playbook", "import", str(path))
    assert status == 1
    assert "a playbook called 'Seminarium för kommunerna' exists already" in err
    assert "(2)" in ok(cli, "playbook", "import", str(path), "--rename")
    listed = json.loads(ok(cli, "playbook", "list", "--format", "json"))
    assert [x["name"] for x in listed if not x["built_in"]] == [
        "Seminarium för kommunerna", "Seminarium för kommunerna (2)"]  # fmt: skip
    assert "Deleted" in ok(cli, "playbook", "delete", "Seminarium för kommunerna (2)")


def test_copy_a_built_in_one_to_change_it(cli: Cli) -> None:
    status, _out, err = cli("playbook", "delete", FAIR)
    assert status == 1 and "is a built-in playbook and cannot be changed; copy it" in err
    assert "yours to change" in ok(cli, "playbook", "copy", FAIR, "Vår monter")
    assert "the team's" in ok(cli, "playbook", "show", "vår monter")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("playbook", "show", "Kräftskiva"), "no playbook is called 'Kräftskiva'; there are: "),
        (("playbook", "apply", FAIR, "Ingen sådan"), "no event has the id, UID or title"),
        (("playbook", "import", "/nowhere/x.json"), "/nowhere/x.json: no such file"),
    ],
)
def test_what_cannot_be_done_is_said(cli: Cli, args: tuple[str, ...], words: str) -> None:
    status, out, err = cli(*args)
    assert status == 1 and out == ""
    assert words in err


def test_a_malformed_file_says_where_and_adds_nothing(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    ok(cli, "playbook", "export", FAIR, str(path))
    data = json.loads(path.read_text("utf-8"))
    data["name"] = "Trasig"
    data["tasks"][2]["due"]["unit"] = "months"
    path.write_text(json.dumps(data), "utf-8")
    status, _out, err = cli("playbook", "import", str(path))
    assert status == 1
    assert err.strip() == (
        "eventplanner: tasks[2] ('invite-co-exhibitors').due.unit: 'months' is not one of "
        "days, weeks, working_days"
    )
    data["version"] = 3
    path.write_text(json.dumps(data), "utf-8")
    status, _out, err = cli("playbook", "import", str(path))
    assert "bad.json is a playbook of version 3, written by a newer Eventplanner" in err
    listed = json.loads(ok(cli, "playbook", "list", "--format", "json"))
    assert all(x["built_in"] for x in listed)


def test_applying_publishes_the_events_deadline_feed(cli: Cli, fair: str, tmp_path: Path) -> None:
    ok(cli, "feed", "add", "--name", "Mässans deadlines", "--tasks", "--event", "1",
       "--folder", str(tmp_path))  # fmt: skip
    out = ok(cli, "playbook", "apply", "Funded research seminar", fair, "--language", "sv")
    assert out.rstrip().endswith(f"Republished the feed 'Mässans deadlines' to {tmp_path}/"
                                 "Mässans deadlines.ics")  # fmt: skip
    text = (tmp_path / "Mässans deadlines.ics").read_text("utf-8")
    assert text.count("BEGIN:VEVENT") == 17
    assert "Bjud in de lokala aktörerna" in text
