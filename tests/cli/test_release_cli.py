"""`eventplanner programme EVENT --release NAME [--note] [--emails DIR]`, `--releases` and
`--changes` (issue 14): JSON with ids, UIDs, ISO 8601 times with offsets and people with
their roles; a release held by a conflict, or with nothing changed, exits 1 and says why."""

from __future__ import annotations

import email
import json
from email import policy
from pathlib import Path

import pytest

from tests.cli.runner import ok


@pytest.fixture
def days(cli) -> str:
    ok(cli, "add", "--title", "Innovationsdagar", "--kind", "innovation day",
       "--start", "2027-01-19 09:00", "--end", "2027-01-20 17:00")  # fmt: skip
    ok(cli, "stage", "add", "1", "Aulan")
    ok(cli, "stage", "add", "1", "Scen B")
    ok(cli, "contact", "add", "--name", "Ada Lind", "--email", "ada@example.se")
    ok(cli, "contact", "add", "--name", "Bo Ek")
    ok(cli, "session", "add", "1", "--title", "Öppning", "--stage", "Aulan",
       "--start", "2027-01-19 09:00", "--end", "2027-01-19 09:30",
       "--speaker", "Ada Lind")  # fmt: skip
    ok(cli, "session", "add", "1", "--title", "Panel", "--stage", "Aulan",
       "--start", "2027-01-19 10:00", "--end", "2027-01-19 11:00",
       "--moderator", "Bo Ek", "--panellist", "Ada Lind")  # fmt: skip
    return "Innovationsdagar"


def test_changes_before_the_first_release_and_releasing(cli, days: str) -> None:
    plan = json.loads(ok(cli, "programme", days, "--changes", "--format", "json"))
    assert plan["latest"] is None and plan["next_number"] == 1 and plan["can_release"]
    new = plan["changes"]["sessions"]
    assert [(c["title"], c["change"]) for c in new] == [("Öppning", "new"), ("Panel", "new")]
    opening = new[0]["after"]
    assert opening["start"] == "2027-01-19T09:00:00+01:00" and opening["uid"].endswith(
        "@eventplanner"
    )
    assert opening["people"] == [{"contact_id": 1, "name": "Ada Lind", "role": "speaker"}]
    assert [(p["name"], p["email"]) for p in plan["people"]] == [
        ("Ada Lind", "ada@example.se"), ("Bo Ek", ""),
    ]  # fmt: skip
    out = ok(cli, "programme", days, "--release", "Första", "--note", "Preliminärt")
    assert "Released Release 1 'Första': 2 new" in out
    assert "New: Öppning, Tue 19 Jan 09:00–09:30, Aulan" in out
    assert "Ada Lind <ada@example.se>: 2 changes" in out and "Bo Ek (no e-mail address)" in out
    listed = json.loads(ok(cli, "programme", days, "--releases", "--format", "json"))
    assert [(r["number"], r["name"], r["note"], r["session_count"]) for r in listed] == [
        (1, "Första", "Preliminärt", 2)
    ]
    assert listed[0]["released_at"].endswith("+00:00")
    table = ok(cli, "programme", days, "--releases")
    assert "  1  " in table and "Första" in table and "(2 sessions)" in table


def test_nothing_changed_and_an_empty_name_exit_1(cli, days: str) -> None:
    ok(cli, "programme", days, "--release", "Första")
    status, _, err = cli("programme", days, "--release", "Andra")
    assert status == 1 and "nothing changed since Release 1 'Första'" in err
    status, _, err = cli("programme", days, "--release", " ")
    assert status == 1 and "needs a name" in err
    assert len(json.loads(ok(cli, "programme", days, "--releases", "--format", "json"))) == 1
    status, _, err = cli("programme", days, "--releases", "--note", "x")
    assert status == 1 and "--note" in err


def test_a_holding_conflict_is_listed_and_refuses_until_accepted(cli, days: str) -> None:
    ok(cli, "session", "add", "1", "--title", "Workshop", "--stage", "Aulan",
       "--start", "2027-01-19 10:30", "--end", "2027-01-19 11:30")  # fmt: skip
    plan = json.loads(ok(cli, "programme", days, "--changes", "--format", "json"))
    (holding,) = plan["holding"]
    assert holding["kind"] == "stage-double-booked" and not plan["can_release"]
    assert "Held by 1 conflict" in ok(cli, "programme", days, "--changes")
    status, _, err = cli("programme", days, "--release", "Final")
    assert status == 1 and holding["key"] in err and "conflicts accept KEY" in err
    assert json.loads(ok(cli, "programme", days, "--releases", "--format", "json")) == []
    ok(cli, "conflicts", "--from", "2027-01-19", "--to", "2027-01-20", "accept",
       holding["key"], "--reason", "workshop in the panel's room on purpose")  # fmt: skip
    assert "Released Release 1 'Final'" in ok(cli, "programme", days, "--release", "Final")


def test_a_moved_session_and_emails_for_outlook(cli, days: str, tmp_path: Path) -> None:
    ok(cli, "programme", days, "--release", "Första")
    ok(cli, "session", "edit", "Panel", "--start", "2027-01-19 11:00", "--end",
       "2027-01-19 12:00", "--stage", "Scen B")  # fmt: skip
    changes = ok(cli, "programme", days, "--changes")
    assert "Draft against Release 1 'Första': 1 moved" in changes
    assert "Moved: Panel, Tue 19 Jan 10:00–11:00, Aulan → Tue 19 Jan 11:00–12:00, Scen B" in (
        changes
    )
    out = json.loads(ok(cli, "programme", days, "--release", "Slutligt", "--emails",
                        str(tmp_path), "--language", "sv", "--format", "json"))  # fmt: skip
    assert out["number"] == 2 and out["changes"]["summary"] == "1 moved"
    (moved,) = out["changes"]["sessions"]
    assert moved["before"]["start"] == "2027-01-19T10:00:00+01:00"
    assert moved["after"]["start"] == "2027-01-19T11:00:00+01:00"
    assert moved["after"]["sequence"] == 1 and moved["what"] == ["stage", "time"]
    assert [p["name"] for p in out["people"]] == ["Ada Lind", "Bo Ek"]
    assert out["people"][1]["changes"][0]["roles"] == ["moderator"]
    paths = [Path(p) for p in out["emails"]]
    assert [p.name for p in paths] == ["01 Ada Lind.eml", "02 Bo Ek.eml"]
    message = email.message_from_bytes(paths[0].read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"] == "Ada Lind <ada@example.se>"
    assert message["Subject"] == "Ändrat i programmet: Innovationsdagar (Version 2 ”Slutligt”)"
    body = message.get_body(("plain",))
    assert body is not None
    lines = body.get_content().splitlines()  # type: ignore[attr-defined]
    assert "Flyttad: tis 19 jan 10:00–11:00 → 11:00–12:00, Aulan → Scen B" in lines
    assert "  Panel (du: paneldeltagare)" in lines
    status, _, err = cli("programme", days, "--release", "X", "--emails", "/no/such/folder")
    assert status == 1 and "/no/such/folder is not a folder that exists" in err


def test_emails_go_with_a_release_only(cli, days: str, tmp_path: Path) -> None:
    status, _, err = cli("programme", days, "--changes", "--emails", str(tmp_path))
    assert status == 1 and "--emails" in err and "--release" in err
