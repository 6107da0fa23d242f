"""`eventplanner task list|add|edit|done|delete`, and `edit` moving an event's tasks with it
(saying which, from → to); bad input named, the database unchanged."""

from __future__ import annotations

import json

import pytest

from tests.cli.runner import ok


@pytest.fixture
def fair(cli) -> str:  # type: ignore[no-untyped-def]
    """A trade fair 5–7 July 2027 (midsummer eve 25 June lies before it) and Anna."""
    ok(cli, "add", "--title", "Elmia", "--kind", "trade fair", "--all-day",
       "--start", "2027-07-05", "--end", "2027-07-07")  # fmt: skip
    ok(cli, "contact", "add", "--name", "Anna Berg")
    return "1"


def tasks(cli, *extra: str) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    found = json.loads(ok(cli, "task", "list", "--format", "json", *extra))
    assert isinstance(found, list)
    return found


def test_add_list_done_edit_delete(cli, fair: str) -> None:  # type: ignore[no-untyped-def]
    out = ok(cli, "task", "add", "--title", "Monterritning", "--event", fair,
             "--owner", "Anna Berg", "--due", "3wd before start")  # fmt: skip
    assert out.strip() == (
        "Added task 1 'Monterritning' on 'Elmia', due 2027-06-30 (3 working days before the "
        "event's start)"
    )
    out = ok(
        cli, "task", "add", "--title", "Tryckfiler", "--event", fair, "--due", "10d before start"
    )
    assert "due 2027-06-24" in out and "why: 2027-06-25 is Midsommarafton" in out
    ok(cli, "task", "add", "--title", "Årsplan", "--due", "2027-06-01", "--time", "09:30",
       "--role", "finance", "--notes", "budget")  # fmt: skip

    listed = tasks(cli, "--today", "2027-06-10")
    assert [(t["id"], t["due_date"], t["overdue"]) for t in listed] == [
        (3, "2027-06-01", True), (2, "2027-06-24", False), (1, "2027-06-30", False)
    ]  # fmt: skip
    assert listed[0]["due_time"] == "09:30" and listed[0]["owner_role"] == "finance"
    assert listed[2]["rule"] == {
        "anchor": "event_start", "anchor_id": None, "deadline": "3wd before", "day_off": "earlier"
    }  # fmt: skip
    assert [t["id"] for t in tasks(cli, "--owner", "Anna Berg")] == [1]
    assert [t["id"] for t in tasks(cli, "--event", fair)] == [2, 1]
    assert [t["id"] for t in tasks(cli, "--overdue", "--today", "2027-06-10")] == [3]
    assert [t["id"] for t in tasks(cli, "--within", "14", "--today", "2027-06-10")] == [3, 2]
    table = ok(cli, "task", "list", "--today", "2027-06-10")
    assert "OVERDUE" in table and "why: 2027-06-25 is Midsommarafton" in table

    assert ok(cli, "task", "done", "3", "--by", "Anna").strip() == "Task 3 'Årsplan' is done"
    assert [t["id"] for t in tasks(cli, "--done")] == [3]
    assert [t["id"] for t in tasks(cli, "--open")] == [2, 1]
    ok(cli, "task", "done", "3", "--undo")
    assert [t["id"] for t in tasks(cli, "--done")] == []

    out = ok(cli, "task", "edit", "1", "--due", "2027-06-29", "--pinned", "--no-owner")
    assert "due 2027-06-29" in out
    edited = tasks(cli, "--event", fair)[1]
    assert (edited["rule"], edited["pinned"], edited["owner"]) == (None, True, None)
    assert ok(cli, "task", "delete", "1").strip() == "Deleted task 1 'Monterritning'"
    assert [t["id"] for t in tasks(cli)] == [3, 2]


def test_moving_an_event_moves_its_tasks_and_says_which(cli, fair: str) -> None:  # type: ignore[no-untyped-def]
    ok(cli, "task", "add", "--title", "Monterritning", "--event", fair, "--due", "3wd before start")
    ok(cli, "task", "add", "--title", "Hotell", "--event", fair, "--due", "2027-06-01")
    ok(cli, "task", "add", "--title", "Fast", "--event", fair, "--due", "1w before start",
       "--pinned")  # fmt: skip
    out = ok(cli, "edit", fair, "--start", "2027-06-28", "--end", "2027-06-30")
    assert "Moved 2 tasks with the event:" in out
    assert "Monterritning: 2027-06-30 → 2027-06-22" in out
    assert "Hotell: 2027-06-01 → 2027-05-25" in out
    assert [(t["title"], t["due_date"]) for t in tasks(cli)] == [
        ("Hotell", "2027-05-25"), ("Monterritning", "2027-06-22"), ("Fast", "2027-06-28")
    ]  # fmt: skip
    # A change that moves nothing says nothing of tasks.
    assert "task" not in ok(cli, "edit", fair, "--title", "Elmia 2027")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("add", "--title", "X", "--due", "someday"), "--due: 'someday' is neither a date"),
        (("add", "--title", "X", "--due", "10xd before start"), "'xd' is not a unit"),
        (("add", "--title", "X", "--due", "2027-02-30"), "not a real date"),
        (("add", "--title", "X", "--due", "1wd before start"), "needs the task's event"),
        (("add", "--title", " ", "--due", "2027-05-01"), "a task needs a title"),
        (("add", "--title", "X", "--due", "2027-05-01", "--time", "25:00"), "not a time"),
        (("add", "--title", "X", "--due", "2027-05-01", "--role", "boss"), "'boss' is not one"),
        (("add", "--title", "X", "--due", "2027-05-01", "--owner", "Nobody"), "no contact"),
        (("add", "--title", "X", "--due", "2027-05-01", "--event", "99"), "event 99"),
        (("add", "--title", "X", "--event", "1", "--due", "1d after task:9"), "no task 9"),
        (("done", "abc"), "'abc' is not a task's id"),
        (("done", "42"), "no task 42"),
        (("list", "--within", "-1"), "give 0 to 3650 days"),
    ],
)
def test_bad_input_is_named_and_changes_nothing(  # type: ignore[no-untyped-def]
    cli, fair: str, args: tuple[str, ...], message: str
) -> None:
    status, _out, err = cli("task", *args)
    assert status != 0 and message in err, err
    assert tasks(cli) == []


def test_a_deadline_feed_is_published_again_when_tasks_change(  # type: ignore[no-untyped-def]
    cli, fair: str, tmp_path
) -> None:
    ok(cli, "task", "add", "--title", "Katalogtext", "--event", fair, "--owner", "Anna Berg",
       "--due", "2w before start")  # fmt: skip
    out = ok(cli, "feed", "add", "--name", "Annas deadlines", "--tasks", "--owner", "Anna Berg",
             "--folder", str(tmp_path))  # fmt: skip
    path = tmp_path / "Annas deadlines.ics"
    assert "Published it to" in out
    assert "SUMMARY:Deadline: Katalogtext" in path.read_bytes().decode()
    shown = ok(cli, "feed", "show", "Annas deadlines")
    assert "the open tasks of Anna Berg, as all-day deadlines" in shown
    assert "the open tasks of Anna Berg" in ok(cli, "feed", "list")
    out = ok(cli, "task", "add", "--title", "Monterritning", "--event", fair,
             "--owner", "Anna Berg", "--due", "3wd before start")  # fmt: skip
    assert "Republished the feed 'Annas deadlines'" in out
    assert "SUMMARY:Deadline: Monterritning" in path.read_bytes().decode()
    ok(cli, "task", "done", "2")
    assert "Monterritning" not in path.read_bytes().decode()
    # Moving the event republishes its tasks' new dates.
    out = ok(cli, "edit", fair, "--start", "2027-07-12", "--end", "2027-07-14")
    assert "Republished the feed 'Annas deadlines'" in out
    assert "DTSTART;VALUE=DATE:20270628" in path.read_bytes().decode()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--tasks",), "say whose tasks: --owner CONTACT or --event EVENT"),
        (("--owner", "Anna Berg"), "give --tasks too"),
        (("--tasks", "--event", "77"), "event 77 does not exist"),
    ],
)
def test_deadline_feed_mistakes_are_named(  # type: ignore[no-untyped-def]
    cli, fair: str, args: tuple[str, ...], message: str
) -> None:
    status, _out, err = cli("feed", "add", "--name", "Deadlines", *args)
    assert status != 0 and message in err, err
    assert ok(cli, "feed", "list", "--format", "json").strip() == "[]"
