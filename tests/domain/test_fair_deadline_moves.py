"""The rule of where tasks counted from the fair organiser's deadlines go when those are
written (``domain.fair_deadline_moves``), without a database."""

from __future__ import annotations

from datetime import date

from eventplanner.domain.deadlines import parse_relative
from eventplanner.domain.fair_deadline_moves import (
    deadlines_after,
    fair_deadline_days,
    fair_deadlines_followed,
    may_move_tasks,
)
from eventplanner.domain.stand import DeadlineKind, StandDeadline
from eventplanner.domain.task_moves import Anchors, TaskPlace
from eventplanner.domain.tasks import AnchorKind, TaskRule
from eventplanner.domain.working_days import WorkingCalendar

SWEDEN = WorkingCalendar()
CATALOGUE = DeadlineKind.CATALOGUE_TEXT
BADGES = DeadlineKind.BADGE_REQUESTS
ANCHORS = Anchors(date(2027, 3, 16), date(2027, 3, 18))


def _deadline(ident: int | None, kind: DeadlineKind, due: date, theirs: int | None = None) -> (
    StandDeadline
):  # fmt: skip
    return StandDeadline(ident, 1, kind, due, co_exhibitor_id=theirs)


def _counted(ident: int, title: str, due: date, text: str) -> TaskPlace:
    rule = TaskRule(AnchorKind.FAIR_DEADLINE, parse_relative(text), anchor_ref=CATALOGUE.value)
    return TaskPlace(ident, title, due, rule)


def test_tasks_count_from_the_earliest_of_the_stand_s_own_deadlines_of_a_kind() -> None:
    deadlines = [
        _deadline(1, CATALOGUE, date(2027, 1, 15)),
        _deadline(2, CATALOGUE, date(2027, 1, 8)),
        _deadline(3, CATALOGUE, date(2027, 1, 4), theirs=7),  # a co-exhibitor's own
        _deadline(4, BADGES, date(2027, 2, 26)),
    ]
    assert fair_deadline_days(deadlines) == {
        CATALOGUE.value: date(2027, 1, 8), BADGES.value: date(2027, 2, 26),
    }  # fmt: skip
    moved = _deadline(2, CATALOGUE, date(2027, 1, 22))
    assert fair_deadline_days(deadlines_after(deadlines, (deadlines[1], moved)))[
        CATALOGUE.value
    ] == date(2027, 1, 15)
    assert BADGES.value not in fair_deadline_days(deadlines_after(deadlines, (deadlines[3], None)))
    added = deadlines_after(deadlines, (None, _deadline(None, BADGES, date(2027, 2, 1))))
    assert fair_deadline_days(added)[BADGES.value] == date(2027, 2, 1)


def test_only_a_change_of_day_kind_or_owner_may_move_tasks() -> None:
    deadline = _deadline(1, CATALOGUE, date(2027, 1, 15))
    assert may_move_tasks((deadline, StandDeadline(1, 1, CATALOGUE, date(2027, 1, 22))))
    assert may_move_tasks((deadline, StandDeadline(1, 1, BADGES, date(2027, 1, 15))))
    assert may_move_tasks((None, deadline)) and may_move_tasks((deadline, None))
    titled = StandDeadline(1, 1, CATALOGUE, date(2027, 1, 15), "Ny titel", done=True)
    assert not may_move_tasks((deadline, titled))
    theirs = _deadline(None, CATALOGUE, date(2027, 1, 2), theirs=7)
    assert not may_move_tasks((None, theirs))


def test_writes_one_after_another_move_the_tasks_step_by_step() -> None:
    text = _counted(1, "Katalogtext", date(2027, 1, 5), "2wd before")
    chained = TaskPlace(2, "Bilder", date(2026, 12, 29),
                        TaskRule(AnchorKind.TASK, parse_relative("1w before"), 1))  # fmt: skip
    other = TaskPlace(3, "Eget datum", date(2027, 1, 1))
    tasks = [text, chained, other]
    january_8 = {CATALOGUE.value: date(2027, 1, 8)}
    january_15 = {CATALOGUE.value: date(2027, 1, 15)}

    # The earliest taken away, then the next: the tasks go to the 15th's count and stay.
    moves = fair_deadlines_followed(tasks, ANCHORS, SWEDEN, [january_8, january_15, {}])
    assert [(m.id, m.before, m.after) for m in moves] == [
        (2, date(2026, 12, 29), date(2027, 1, 5)),
        (1, date(2027, 1, 5), date(2027, 1, 13)),
    ]
    # Somewhere and back again is no move; nothing changed, nothing to count.
    assert fair_deadlines_followed(tasks, ANCHORS, SWEDEN, [january_8, january_15, january_8]) == []
    assert fair_deadlines_followed(tasks, ANCHORS, SWEDEN, [january_8, january_8]) == []
