"""The rule of where an event's tasks go when it moves (``domain.task_moves``), and the
Tasks view's groups (``domain.tasks``), without a database."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.deadlines import DayOff, parse_relative
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.task_moves import Anchors, TaskPlace, followed, last_day_of
from eventplanner.domain.tasks import (
    AnchorKind,
    DueGroup,
    Task,
    TaskRule,
    checked_rule,
    checked_title,
    due_group,
    grouped_by_due,
)
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.domain.working_days import WorkingCalendar

SWEDEN = WorkingCalendar()


def _rule(text: str, anchor: AnchorKind = AnchorKind.EVENT_START, anchor_id: int | None = None,
          day_off: DayOff = DayOff.EARLIER) -> TaskRule:  # fmt: skip
    return TaskRule(anchor, parse_relative(text, day_off), anchor_id)


def test_working_days_are_counted_across_midsummer_and_christmas() -> None:
    tasks = [
        TaskPlace(1, "Före midsommar", date(2027, 6, 30), _rule("3wd before")),
        TaskPlace(2, "Före jul", date(2027, 12, 20), _rule("5wd before", AnchorKind.EVENT_END)),
    ]
    # Moved to start on Monday 28 June and end on Monday 3 January 2028.
    moves = followed(tasks, Anchors(date(2027, 6, 28), date(2028, 1, 3)), SWEDEN, days=-7)
    assert [(m.id, m.after) for m in moves] == [
        (1, date(2027, 6, 22)),  # 25 June, midsummer eve, is no working day
        (2, date(2027, 12, 23)),  # 24 and 31 December are eves off, 27–30 count
    ]


def test_a_day_off_rule_says_where_and_why() -> None:
    earlier = TaskPlace(1, "Tidigare", date(2027, 6, 28), _rule("10d before"))
    later = TaskPlace(2, "Senare", date(2027, 6, 28), _rule("10d before", day_off=DayOff.LATER))
    kept = TaskPlace(3, "Kvar", date(2027, 6, 28), _rule("10d before", day_off=DayOff.KEEP))
    moves = followed([earlier, later, kept], Anchors(date(2027, 7, 5), date(2027, 7, 5)),
                     SWEDEN, days=-7)  # fmt: skip
    by_id = {m.id: m for m in moves}
    assert by_id[1].after == date(2027, 6, 24) and "Midsommarafton" in (by_id[1].reason or "")
    assert by_id[2].after == date(2027, 6, 28)  # the same date, but now with a reason
    assert by_id[3].after == date(2027, 6, 25) and by_id[3].reason is None


def test_done_pinned_and_fair_deadline_tasks_stay_own_dates_shift() -> None:
    fair = TaskRule(AnchorKind.FAIR_DEADLINE, parse_relative("1w before"), anchor_ref="katalog")
    tasks = [
        TaskPlace(1, "Klar", date(2027, 6, 1), _rule("1w before"), follows=False),
        TaskPlace(2, "Mässans", date(2027, 6, 1), fair),
        TaskPlace(3, "Eget datum", date(2027, 6, 1)),
    ]
    moves = followed(tasks, Anchors(date(2027, 7, 12), date(2027, 7, 14)), SWEDEN, days=7)
    assert [(m.id, m.before, m.after) for m in moves] == [(3, date(2027, 6, 1), date(2027, 6, 8))]


def test_tasks_follow_phases_and_other_tasks_and_a_circle_stays() -> None:
    tasks = [
        TaskPlace(1, "Frakt", date(2027, 8, 30), _rule("1w before", AnchorKind.PHASE, 9)),
        TaskPlace(2, "Påminn", date(2027, 8, 26), _rule("2wd before", AnchorKind.TASK, 1)),
        TaskPlace(3, "Efter klar", date(2027, 5, 3), _rule("1d after", AnchorKind.TASK, 4)),
        TaskPlace(4, "Klar", date(2027, 5, 2), None, follows=False),
        TaskPlace(5, "A", date(2027, 5, 10), _rule("1d after", AnchorKind.TASK, 6)),
        TaskPlace(6, "B", date(2027, 5, 9), _rule("1d before", AnchorKind.TASK, 5)),
        TaskPlace(7, "Efter cirkeln", date(2027, 5, 20), _rule("1d after", AnchorKind.TASK, 6)),
    ]
    anchors = Anchors(date(2027, 9, 14), date(2027, 9, 16), phases={9: date(2027, 9, 13)})
    moves = followed(tasks, anchors, SWEDEN, days=7)
    assert [(m.id, m.after) for m in moves] == [
        (7, date(2027, 5, 10)), (2, date(2027, 9, 2)), (1, date(2027, 9, 6))
    ]  # fmt: skip


def test_last_day_of_an_event() -> None:
    sto = ZoneInfo("Europe/Stockholm")
    assert last_day_of(AllDaySpan(date(2027, 3, 12), date(2027, 3, 14), "Europe/Stockholm")) == (
        date(2027, 3, 14)
    )
    ends_at_midnight = TimedSpan(
        datetime(2027, 3, 12, 9, tzinfo=sto),
        datetime(2027, 3, 13, 0, tzinfo=sto),
        "Europe/Stockholm",
    )
    assert last_day_of(ends_at_midnight) == date(2027, 3, 12)


def test_titles_and_rules_are_checked() -> None:
    assert checked_title("  Boka   lokal ") == "Boka lokal"
    with pytest.raises(ValidationError, match="needs a title"):
        checked_title(" \t")
    with pytest.raises(ValidationError, match="at most 200 characters, not 201"):
        checked_title("x" * 201)
    with pytest.raises(ValidationError, match="needs the task's event"):
        checked_rule(_rule("1w before"), None)
    with pytest.raises(ValidationError, match="the phase needs which"):
        checked_rule(_rule("1w before", AnchorKind.PHASE), 1)
    assert _rule("10wd before").describe() == "10 working days before the event's start"


def test_groups_seen_from_a_day() -> None:
    today = date(2027, 3, 10)  # a Wednesday; its week ends on Sunday 14 March

    def task(ident: int, due: date, done: bool = False) -> Task:
        done_at = datetime(2027, 3, 1, tzinfo=UTC) if done else None
        return Task(ident, f"u{ident}", f"T{ident}", due, done_at=done_at)

    tasks = [task(1, date(2027, 3, 15)), task(2, date(2027, 3, 14)), task(3, today),
             task(4, date(2027, 3, 9)), task(5, date(2027, 3, 1), done=True)]  # fmt: skip
    assert [due_group(t, today) for t in tasks] == [
        DueGroup.LATER, DueGroup.THIS_WEEK, DueGroup.TODAY, DueGroup.OVERDUE, DueGroup.DONE
    ]  # fmt: skip
    timed = Task(6, "u6", "Med tid", today, due_time=time(9, 0))
    groups = grouped_by_due([*tasks, timed], today)
    assert [t.id for t in groups[DueGroup.TODAY]] == [6, 3]  # a time before the whole day
    assert list(groups) == list(DueGroup)


def test_fair_deadlines_count_and_a_recount_picks_its_tasks() -> None:
    fair = TaskRule(AnchorKind.FAIR_DEADLINE, parse_relative("2wd before"), anchor_ref="katalog")
    tasks = [
        TaskPlace(1, "Katalogtext", date(2027, 1, 13), fair),
        TaskPlace(2, "Bilder", date(2027, 1, 6), _rule("1w before", AnchorKind.TASK, 1)),
        TaskPlace(3, "Start", date(2027, 2, 1), _rule("6wd before")),
        TaskPlace(4, "Eget", date(2027, 1, 4)),
    ]
    anchors = Anchors(date(2027, 3, 16), date(2027, 3, 18),
                      fair_deadlines={"katalog": date(2027, 1, 29)})  # fmt: skip
    picked = followed(tasks, anchors, SWEDEN, days=0,
                      recount=lambda rule: rule.anchor is AnchorKind.FAIR_DEADLINE)  # fmt: skip
    # The deadline's task and the one counted from it; not the one from the start, though
    # counting it again would move it too (its stored date is not the rule's).
    assert [(m.id, m.before, m.after) for m in picked] == [
        (2, date(2027, 1, 6), date(2027, 1, 20)), (1, date(2027, 1, 13), date(2027, 1, 27))
    ]  # fmt: skip
    assert picked[0].reason_before is None
    everything = followed(tasks, anchors, SWEDEN, days=0)
    assert {m.id for m in everything} == {1, 2, 3}
