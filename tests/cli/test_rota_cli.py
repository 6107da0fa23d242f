"""`eventplanner shift ...`, `skill ...` and `feed add --rota`: an event's staff rota from a
terminal (issue 15): a template, shifts added, listed with warnings (JSON with the coverage
grid), scoped edits that say how many shifts they change, assignments that need a reason
beyond the need, a person's rota feed; bad input named, the database unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.runner import ok

FAIR = "Elmia Subcontractor"


@pytest.fixture
def fair(cli) -> str:  # type: ignore[no-untyped-def]
    ok(cli, "venue", "add", "--name", "Elmiamässan", "--city", "Jönköping")
    ok(cli, "add", "--title", FAIR, "--kind", "trade fair", "--all-day",
       "--start", "2027-03-09", "--end", "2027-03-11", "--venue", "Elmiamässan")  # fmt: skip
    for name in ("Ada Lind", "Bo Ek"):
        ok(cli, "contact", "add", "--name", name)
    return FAIR


def rota(cli, *extra: str) -> dict:  # type: ignore[no-untyped-def, type-arg]
    found = json.loads(ok(cli, "shift", "list", FAIR, "--format", "json", *extra))
    assert isinstance(found, dict)
    return found


def test_a_rota_from_a_template_listed_with_its_warnings(cli, fair: str) -> None:  # type: ignore[no-untyped-def]
    out = ok(cli, "shift", "template", fair, "--first-day", "2027-03-09", "--days", "3",
             "--shifts-per-day", "2", "--people", "2", "--hours", "09:00-17:00",
             "--build-up", "2027-03-08", "08:00-16:00", "4",
             "--tear-down", "2027-03-11", "17:00-20:00")  # fmt: skip
    assert out.strip() == f"Added 8 shifts to {FAIR!r}"
    found = rota(cli)
    titles = [s["title"] for s in found["shifts"]]
    assert titles[0] == "Build-up" and titles[-1] == "Tear-down"
    assert [s["needed"] for s in found["shifts"]] == [4, 2, 2, 2, 2, 2, 2, 2]
    assert found["shifts"][1]["start"] == "2027-03-09T09:00:00+01:00"
    assert {w["kind"] for w in found["warnings"]} == {"below-need"}
    day = found["coverage"][1]
    assert day["day"] == "2027-03-09" and day["hours"][0] == "09:00"
    assert day["totals"][0] == {"needed": 2, "assigned": 0, "coverage": "under"}
    table = ok(cli, "shift", "list", fair)
    assert "8 warnings:" in table and "has 0 of the 2 people it needs" in table


def test_assigning_editing_and_deleting(cli, fair: str) -> None:  # type: ignore[no-untyped-def]
    ok(cli, "shift", "add", fair, "--start", "2027-03-09 09:00", "--end", "2027-03-09 13:00",
       "--title", "Förmiddag", "--skill", "German")  # fmt: skip
    ok(cli, "shift", "add", fair, "--start", "2027-03-10 09:00", "--end", "2027-03-10 13:00",
       "--title", "Förmiddag", "--kind", "open day")  # fmt: skip
    assert ok(cli, "shift", "assign", "1", "Ada Lind").strip() == "Put Ada Lind on shift 1"
    status, _, err = cli("shift", "assign", "1", "Bo Ek")
    assert status != 0
    assert "already has the 1 person it needs; give a reason to put Bo Ek on it" in err
    ok(cli, "shift", "assign", "1", "Bo Ek", "--reason", "Robot demo")
    people = rota(cli)["shifts"][0]["people"]
    assert [(p["name"], p["reason"]) for p in people] == [("Ada Lind", ""), ("Bo Ek", "Robot demo")]
    kinds = {w["kind"] for w in rota(cli)["warnings"]}
    assert "missing-skill" in kinds
    ok(cli, "skill", "add", "Bo Ek", "german")
    assert ok(cli, "skill", "list", "Bo Ek").strip() == "Bo Ek: german"
    assert "missing-skill" not in {w["kind"] for w in rota(cli)["warnings"]}

    dry = ok(cli, "shift", "edit", "1", "--start", "08:00", "--scope", "all", "--dry-run")
    assert "would change 2 shifts (ids 1, 2); nothing was changed" in dry
    assert rota(cli)["shifts"][0]["start"] == "2027-03-09T09:00:00+01:00"
    out = ok(cli, "shift", "edit", "1", "--start", "08:00", "--needed", "3", "--scope", "all")
    assert "Changing 2 shifts (all)" in out
    starts = [(s["start"], s["needed"], s["sequence"]) for s in rota(cli)["shifts"]]
    assert starts == [("2027-03-09T08:00:00+01:00", 3, 1), ("2027-03-10T08:00:00+01:00", 3, 1)]

    ok(cli, "shift", "unassign", "1", "Bo Ek")
    assert ok(cli, "shift", "delete", "2").strip() == "Deleted shift 'Förmiddag' (id 2)"
    assert len(rota(cli)["shifts"]) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("shift", "add", FAIR, "--start", "2027-03-09 13:00", "--end", "2027-03-09 09:00"),
            "before it starts",
        ),
        (
            (
                "shift",
                "add",
                FAIR,
                "--start",
                "2027-03-09 09:00",
                "--end",
                "2027-03-09 13:00",
                "--kind",
                "lunch",
            ),
            "unknown value 'lunch'",
        ),
        (
            (
                "shift",
                "add",
                FAIR,
                "--start",
                "2027-03-09 09:00",
                "--end",
                "2027-03-09 13:00",
                "--needed",
                "0",
            ),
            "needs 0 people",
        ),
        (
            (
                "shift",
                "template",
                FAIR,
                "--first-day",
                "2027-03-09",
                "--days",
                "3",
                "--shifts-per-day",
                "4",
                "--people",
                "2",
            ),
            "4 shifts a day; give 1 to 3",
        ),
        (
            (
                "shift",
                "template",
                FAIR,
                "--first-day",
                "2027-03-09",
                "--days",
                "1",
                "--shifts-per-day",
                "1",
                "--people",
                "2",
                "--hours",
                "17-9",
            ),
            "not hours like",
        ),
        (
            (
                "shift",
                "template",
                FAIR,
                "--first-day",
                "2027-03-09",
                "--days",
                "1",
                "--shifts-per-day",
                "1",
                "--people",
                "2",
                "--build-up",
                "2027-03-08",
            ),
            "give its day, hours and people",
        ),
        (("shift", "edit", "99", "--title", "x"), "no shift with id 99"),
        (("shift", "edit", "abc", "--title", "x"), "'abc' is not a shift's id"),
        (("shift", "assign", "1", "Nobody"), "no contact called 'Nobody'"),
        (("skill", "remove", "Ada Lind", "Welsh"), "Ada Lind has no skill 'Welsh'"),
        (("shift", "list", "No such fair"), "no event has the id, UID or title"),
    ],
)
def test_bad_input_is_named_and_changes_nothing(cli, fair: str, args: tuple[str, ...],  # type: ignore[no-untyped-def]
                                                message: str) -> None:  # fmt: skip
    ok(cli, "shift", "add", fair, "--start", "2027-03-09 09:00", "--end", "2027-03-09 13:00")
    status, _, err = cli(*args)
    assert status != 0
    assert message in err
    assert len(rota(cli)["shifts"]) == 1


def test_a_persons_rota_feed_is_published_again_when_a_shift_changes(  # type: ignore[no-untyped-def]
    cli, fair: str, tmp_path: Path
) -> None:
    ok(cli, "shift", "add", fair, "--start", "2027-03-09 09:00", "--end", "2027-03-09 13:00",
       "--title", "Förmiddag")  # fmt: skip
    ok(cli, "shift", "assign", "1", "Ada Lind")
    out = ok(cli, "feed", "add", "--name", "Adas pass", "--rota", "Ada Lind", "--event", fair,
             "--folder", str(tmp_path))  # fmt: skip
    assert "Published it to" in out
    shown = json.loads(ok(cli, "feed", "show", "Adas pass", "--format", "json"))
    assert shown["rota"] == "Ada Lind"
    text = (tmp_path / "Adas pass.ics").read_text(encoding="utf-8")
    assert "SUMMARY:Elmia Subcontractor: Förmiddag" in text and "SEQUENCE:0" in text
    again = ok(cli, "shift", "edit", "1", "--start", "08:30")
    assert "Republished the feed 'Adas pass'" in again
    text = (tmp_path / "Adas pass.ics").read_text(encoding="utf-8")
    assert "SEQUENCE:1" in text and "DTSTART;TZID=Europe/Stockholm:20270309T083000" in text


def test_a_co_exhibitor_s_quotas_from_the_command_line(cli, fair: str) -> None:  # type: ignore[no-untyped-def]
    """A co-exhibitor's person beyond its staff quota at once asks for a reason (`--reason`);
    a badge beyond its badge quota is refused; each says why and changes nothing."""
    ok(cli, "organisation", "add", "--name", "Robotik i Norr AB")
    ok(cli, "exhibitor", "add", fair, "Robotik i Norr AB", "--staff", "1", "--badges", "1")
    ok(cli, "stand", "staff", "add", fair, "Ada Lind", "--exhibitor", "Robotik i Norr AB",
       "--contact", "Ada Lind")  # fmt: skip
    status, _, err = cli("stand", "staff", "add", fair, "Bo Ek", "--exhibitor",
                         "Robotik i Norr AB", "--contact", "Bo Ek")  # fmt: skip
    assert status != 0
    assert "'Robotik i Norr AB' has a badge quota of 1 and all 1 are named (Ada Lind)" in err
    ok(cli, "stand", "staff", "add", fair, "Bo Ek", "--exhibitor", "Robotik i Norr AB",
       "--contact", "Bo Ek", "--no-badge")  # fmt: skip
    ok(cli, "shift", "add", fair, "--start", "2027-03-09 09:00", "--end", "2027-03-09 13:00",
       "--title", "Förmiddag", "--needed", "2")  # fmt: skip
    ok(cli, "shift", "assign", "1", "Ada Lind")
    status, _, err = cli("shift", "assign", "1", "Bo Ek")
    assert status != 0
    assert ("'Robotik i Norr AB' may have 1 person on the stand at once (its staff quota) and "
            "would have 2 with Bo Ek on 'Förmiddag'; give a reason") in err  # fmt: skip
    assert [p["name"] for p in rota(cli)["shifts"][0]["people"]] == ["Ada Lind"]
    ok(cli, "shift", "assign", "1", "Bo Ek", "--reason", "Robot demo")
