"""What the Tasks view lists (``task_rows``, ``task_list``), without a window: headings in
order, each with its tasks in date order; a heading with nothing kept left out; Show done;
every word of the filter in the title, owner or event, in any case; and a keystroke that
narrows the filter finds what a fresh listing finds."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime

import pytest

from eventplanner.domain.tasks import Task
from eventplanner.services.tasks.counts import TaskCounts
from eventplanner.services.tasks.task_list import (
    Grouping,
    TaskList,
    TaskLister,
    heading_row,
    words_of,
)
from eventplanner.services.tasks.task_rows import TaskRows, search_key, task_rows

TODAY = date(2027, 3, 10)  # a Wednesday
DONE = datetime(2027, 2, 1, tzinfo=UTC)


def task(ident: int, title: str, due: date, **more: object) -> Task:
    return Task(id=ident, uid=f"{ident}@t", title=title, due_date=due, **more)  # type: ignore[arg-type]


def rows() -> TaskRows:
    anna = {"owner_contact_id": 1, "owner_name": "Anna"}
    elmia = {"event_id": 7, "event_title": "Elmia"}
    return task_rows(
        [
            task(4, "Rapport", date(2027, 4, 1), **anna),
            task(1, "Beställ el", date(2027, 3, 1), **anna, **elmia),
            task(2, "Katalogtext", TODAY, owner_contact_id=2, owner_name="Björn", **elmia),
            task(3, "Badgar", date(2027, 3, 14)),
            task(5, "Inbjudan", date(2027, 2, 1), done_at=DONE, **elmia),
            task(6, "Åtgärdslista", date(2027, 3, 11), event_id=8, event_title="Almedalen"),
        ],
        TODAY,
    )


def shown(listed: TaskList, found: TaskRows) -> list[str]:
    """Each row as the view shows it: "# key (n)" for a heading, a task's title."""
    lines = []
    for at in listed.rows:
        if at < 0:
            lines.append(f"# {listed.sections[~at].key or '-'} ({listed.shown[~at]})")
        else:
            lines.append(found.tasks[at].title)
    return lines


def test_rows_as_read_are_in_date_order_with_their_keys_groups_and_counts() -> None:
    found = rows()
    assert [t.id for t in found.tasks] == [5, 1, 2, 6, 3, 4]
    assert found.keys[1] == search_key(found.tasks[1]) == "beställ el\nanna\nelmia"
    assert found.positions == {5: 0, 1: 1, 2: 2, 6: 3, 3: 4, 4: 5}
    assert [(s.key, s.rows) for s in found.by_due] == [
        ("overdue", (1,)), ("today", (2,)), ("this week", (3, 4)), ("later", (5,)),
        ("done", (0,)),
    ]  # fmt: skip
    assert [(s.title, s.rows, s.open_rows) for s in found.by_event] == [
        ("Almedalen", (3,), (3,)), ("Elmia", (0, 1, 2), (1, 2)), ("", (4, 5), (4, 5)),
    ]  # fmt: skip
    assert [s.title for s in found.by_owner] == ["Anna", "Björn", ""]
    assert found.counts == TaskCounts(open=5, overdue=1, today=1, this_week=2, done=1)


def test_headings_and_their_tasks_in_one_list() -> None:
    found = rows()
    lister = TaskLister(found)
    listed = lister.listed(Grouping.DUE, (), show_done=False)
    assert shown(listed, found) == [
        "# overdue (1)", "Beställ el", "# today (1)", "Katalogtext",
        "# this week (2)", "Åtgärdslista", "Badgar", "# later (1)", "Rapport",
    ]  # fmt: skip
    assert listed.rows[0] == heading_row(0) and listed.task_count() == 5
    with_done = lister.listed(Grouping.DUE, (), show_done=True)
    assert shown(with_done, found)[-2:] == ["# done (1)", "Inbjudan"]
    by_owner = lister.listed(Grouping.OWNER, (), show_done=True)
    assert shown(by_owner, found) == [
        "# 1 (2)", "Beställ el", "Rapport", "# 2 (1)", "Katalogtext",
        "# - (3)", "Inbjudan", "Åtgärdslista", "Badgar",
    ]  # fmt: skip


def test_every_word_in_title_owner_or_event_in_any_case() -> None:
    found = rows()
    lister = TaskLister(found)
    assert shown(lister.listed(Grouping.EVENT, words_of("ELM"), False), found) == [
        "# 7 (2)", "Beställ el", "Katalogtext"
    ]  # fmt: skip
    assert shown(lister.listed(Grouping.EVENT, words_of("  anna   rapport "), False), found) == [
        "# - (1)", "Rapport"
    ]  # fmt: skip
    assert shown(lister.listed(Grouping.EVENT, words_of("åtgärd"), False), found) == [
        "# 8 (1)", "Åtgärdslista"
    ]  # fmt: skip
    nothing = lister.listed(Grouping.EVENT, words_of("inbjudan"), show_done=False)
    assert nothing.rows == [] and nothing.task_count() == 0  # done, so hidden: no heading
    assert shown(lister.listed(Grouping.EVENT, words_of("inbjudan"), True), found) == [
        "# 7 (1)", "Inbjudan"
    ]  # fmt: skip


@pytest.mark.parametrize("by", list(Grouping))
def test_a_narrowing_keystroke_finds_what_a_fresh_listing_finds(by: Grouping) -> None:
    """Typed on, deleted back, words added and replaced, Show done on and off: each listing
    made after the one before equals one made from nothing."""
    found = rows()
    typed = ["e", "el", "ell", "el", "e l", "e la", "e lat", "e", "a", "an", "anna r",
             "anna ra", "nna ra", "", "k", "ka t", "ka", "b", "ba"]  # fmt: skip
    lister = TaskLister(found)
    for text, show_done in zip(typed, itertools.cycle([False, False, True]), strict=False):
        words = words_of(text)
        assert lister.listed(by, words, show_done) == TaskLister(found).listed(
            by, words, show_done
        ), (text, show_done)
