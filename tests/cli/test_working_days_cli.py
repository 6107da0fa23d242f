"""The database's working days from a terminal (`workdays settings`), counted in by
`workdays add|between|list|due` and every task; `task recompute` after a change; the tasks a
repeating event's occurrence or a fair deadline moves, said as `edit` of an event says them;
bad input named, nothing changed."""

from __future__ import annotations

import json

from tests.cli.runner import Cli, ok


def test_settings_are_shown_changed_and_counted_in(cli: Cli) -> None:
    assert ok(cli, "workdays", "settings").splitlines()[1:] == [
        "  bridge days (Klämdag): working days",
        "  own days off: none",
    ]
    out = ok(cli, "workdays", "settings", "--bridge-days", "on",
             "--add-day-off", "2027-06-04", "--name", "Personaldag")  # fmt: skip
    assert out.splitlines()[1:4] == [
        "  bridge days (Klämdag): days off",
        "  own days off:",
        "    2027-06-04 Fri  Personaldag",
    ]
    assert "Saved. Deadlines counted from now on count in these working days" in out
    ok(cli, "workdays", "settings", "--add-day-off", "2027-12-27")
    record = json.loads(ok(cli, "workdays", "settings", "--format", "json"))
    assert record["bridge_days_off"] is True
    assert record["own_days_off"] == [
        {"date": "2027-06-04", "weekday": "Fri", "name": "Personaldag"},
        {"date": "2027-12-27", "weekday": "Mon", "name": ""},
    ]
    assert "Nothing changed" in ok(cli, "workdays", "settings", "--bridge-days", "on")

    # The counting commands count in them.
    assert ok(cli, "workdays", "add", "2027-06-03", "1").splitlines()[:3] == [
        "2027-06-07 Mon: 1 working day after 2027-06-03",
        "skipped:",
        "  2027-06-04 Fri  Personaldag",
    ]
    listed = ok(cli, "workdays", "list", "2027")
    assert "2027-05-07 Fri  Klämdag" in listed
    assert "2027-12-27 Mon  own day off" in listed
    due = json.loads(ok(cli, "workdays", "due", "2027-06-08", "4d before", "--format", "json"))
    assert (due["date"], due["reason"]) == (
        "2027-06-03", "2027-06-04 is Personaldag: moved to 2027-06-03"
    )  # fmt: skip

    ok(cli, "workdays", "settings", "--bridge-days", "off", "--remove-day-off", "2027-06-04",
       "--remove-day-off", "2027-12-27")  # fmt: skip
    assert ok(cli, "workdays", "add", "2027-06-03", "1").startswith("2027-06-04 Fri")


def test_bad_settings_are_refused_and_change_nothing(cli: Cli) -> None:
    ok(cli, "workdays", "settings", "--add-day-off", "2027-06-04", "--name", "Personaldag")
    before = ok(cli, "workdays", "settings", "--format", "json")
    for args, message in (
        (("--remove-day-off", "2027-06-05"), "2027-06-05 is not one of the organisation's own"),
        (("--name", "Fest"), "--name: give it with --add-day-off"),
        (("--add-day-off", "2027-13-01"), "--add-day-off"),
        (("--bridge-days", "on", "--add-day-off", "2027-06-07", "--remove-day-off",
          "2027-06-07"), "both added and removed"),
    ):  # fmt: skip
        status, _out, err = cli("workdays", "settings", *args)
        assert status == 1 and message in err, (args, err)
    assert ok(cli, "workdays", "settings", "--format", "json") == before


def test_recompute_moves_open_tasks_into_the_new_working_days(cli: Cli) -> None:
    ok(cli, "add", "--title", "Elmia", "--kind", "trade fair", "--all-day",
       "--start", "2027-06-08", "--end", "2027-06-09")  # fmt: skip
    ok(cli, "task", "add", "--title", "Tryckfiler", "--event", "1", "--due", "2wd before start")
    ok(cli, "task", "add", "--title", "Fast", "--event", "1", "--due", "2wd before start",
       "--pinned")  # fmt: skip
    out = ok(cli, "workdays", "settings", "--add-day-off", "2027-06-04", "--name", "Personaldag")
    assert "task recompute --dry-run" in out
    assert "due 2027-06-03" in ok(
        cli, "task", "add", "--title", "Ny", "--event", "1", "--due", "2wd before start"
    )  # a new task counts in the new days at once; the others keep theirs
    dry = ok(cli, "task", "recompute", "--dry-run")
    assert dry.splitlines() == [
        "Would move 1 task in the database's working days:",
        "      1  Tryckfiler: 2027-06-04 → 2027-06-03",
    ]
    assert json.loads(ok(cli, "task", "list", "--format", "json"))[2]["due_date"] == "2027-06-04"
    assert ok(cli, "task", "recompute").splitlines()[0] == (
        "Moved 1 task in the database's working days:"
    )
    assert "No open task moves" in ok(cli, "task", "recompute")


def test_an_occurrence_moved_says_which_tasks_moved(cli: Cli) -> None:
    ok(cli, "add", "--title", "Intraprenörskap", "--kind", "course",
       "--start", "2027-03-01 18:00", "--end", "2027-03-01 20:00",
       "--repeat", "FREQ=WEEKLY;COUNT=8")  # fmt: skip
    ok(cli, "task", "add", "--title", "Kursinbjudan", "--event", "1", "--due", "3wd before start")
    out = ok(cli, "edit", "1", "--occurrence", "2027-03-01 18:00",
             "--start", "2027-03-03 18:00", "--end", "2027-03-03 20:00")  # fmt: skip
    assert "Moved 1 task with the event:" in out
    assert "Kursinbjudan: 2027-02-24 → 2027-02-26" in out
    quiet = ok(cli, "edit", "1", "--occurrence", "2027-03-15 18:00", "--start", "2027-03-16 18:00",
               "--end", "2027-03-16 20:00")  # fmt: skip
    assert "Moved" not in quiet


def test_a_fair_deadline_edited_says_which_tasks_moved(cli: Cli) -> None:
    ok(cli, "add", "--title", "Elmia", "--kind", "trade fair", "--start", "2027-03-16 09:00",
       "--end", "2027-03-18 17:00")  # fmt: skip
    out = ok(cli, "stand", "deadline", "add", "Elmia", "--kind", "catalogue text",
             "--due", "2027-01-15")  # fmt: skip
    ident = out.split()[2].rstrip(":")
    out = ok(cli, "task", "add", "--title", "Katalogtext", "--event", "1",
             "--due", "2wd before fair:catalogue_text")  # fmt: skip
    assert "due 2027-01-13" in out
    out = ok(cli, "stand", "deadline", "edit", "Elmia", ident, "--due", "2027-01-29")
    assert out.splitlines() == [
        f"Changed deadline {ident}: Catalogue text by 2027-01-29",
        "Moved 1 task with the deadline:",
        "      1  Katalogtext: 2027-01-13 → 2027-01-27",
    ]
    status, _out, err = cli("stand", "deadline", "edit", "Elmia", ident, "--due", "soon")
    assert status == 1 and "--due" in err
    status, _out, err = cli("task", "add", "--title", "X", "--event", "1",
                            "--due", "2wd before fair:catalog")  # fmt: skip
    assert status == 1 and "'catalog' is not a kind of fair deadline" in err
