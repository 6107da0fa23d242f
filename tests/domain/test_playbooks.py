"""Playbooks: checking templates, and planning an event's tasks from them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from eventplanner.domain.deadlines import DayOff, Direction, RelativeDeadline, Unit
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.playbook_checks import checked, playbook_problems
from eventplanner.domain.playbooks import (
    EVENT_START,
    Anchor,
    EventFacts,
    PhaseFact,
    Playbook,
    TaskTemplate,
    describe_deadline,
    in_anchor_order,
    phase_named,
    plan,
)
from eventplanner.domain.tasks import AnchorKind, OwnerRole
from eventplanner.domain.working_days import WorkingCalendar

CALENDAR = WorkingCalendar()
KEEP = DayOff.KEEP
# A fair Tuesday 9 to Thursday 11 March 2027, built up on Monday 8 March.
FAIR = EventFacts(
    date(2027, 3, 9),
    date(2027, 3, 11),
    phases=(
        PhaseFact("Open day 2", "open_day", date(2027, 3, 10)),
        PhaseFact("Build-up", "build_up", date(2027, 3, 8)),
        PhaseFact("Open day 1", "open_day", date(2027, 3, 9)),
    ),
    fair_deadlines={"catalogue_text": date(2027, 1, 15)},
)


def rule(
    amount: int,
    unit: Unit = Unit.DAYS,
    direction: Direction = Direction.BEFORE,
    day_off: DayOff = DayOff.EARLIER,
) -> RelativeDeadline:
    return RelativeDeadline(amount, unit, direction, day_off)


def template(key: str, anchor: Anchor = EVENT_START, **kw: object) -> TaskTemplate:
    values: dict[str, object] = {"rule": rule(7), "title_en": key.title(), "title_sv": ""}
    values.update(kw)
    return TaskTemplate(key=key, anchor=anchor, **values)  # type: ignore[arg-type]


def book(*templates: TaskTemplate) -> Playbook:
    return Playbook("Fair", templates)


def test_tasks_counted_from_the_event_phases_and_the_fair_organiser() -> None:
    planned = plan(
        book(
            template("start", rule=rule(14)),
            template(
                "end",
                Anchor(AnchorKind.EVENT_END),
                rule=rule(3, Unit.DAYS, Direction.AFTER, DayOff.LATER),
            ),
            template("build", Anchor(AnchorKind.PHASE, "build-up"), rule=rule(1, Unit.WEEKS)),
            template(
                "open", Anchor(AnchorKind.PHASE, "open day"), rule=rule(0, day_off=DayOff.KEEP)
            ),
            template("catalogue", Anchor(AnchorKind.FAIR_DEADLINE, "catalogue text"), rule=rule(2)),
        ),
        FAIR,
        CALENDAR,
    )
    days = {p.template.key: p.due.day for p in planned}
    assert days == {
        "start": date(2027, 2, 23),
        "end": date(2027, 3, 15),  # Sunday 14 March moves later, to Monday
        "build": date(2027, 3, 1),
        "open": date(2027, 3, 9),  # the earliest open day, whatever their order
        "catalogue": date(2027, 1, 13),
    }
    moved = next(p for p in planned if p.template.key == "end")
    assert moved.due.moved_from == date(2027, 3, 14)
    assert moved.reasons and "2027-03-14" in moved.reasons[0]


def test_a_phase_is_found_by_its_name_before_its_kind() -> None:
    phases = (
        PhaseFact("Rehearsal", "other", date(2027, 1, 5)),
        PhaseFact("Soundcheck", "rehearsal", date(2027, 1, 4)),
    )
    assert phase_named(phases, "rehearsal") == phases[0]
    assert phase_named(phases, "Soundcheck") == phases[1]
    assert phase_named(phases, "tear-down") is None


def test_a_task_counts_from_the_computed_day_of_another_listed_after_it() -> None:
    playbook = book(
        template(
            "reminder",
            Anchor(AnchorKind.TASK, "invitations"),
            rule=rule(2, Unit.WEEKS, Direction.AFTER),
        ),
        template("invitations", rule=rule(5, Unit.WEEKS)),
    )
    planned = plan(playbook, FAIR, CALENDAR)
    assert [p.template.key for p in planned] == ["invitations", "reminder"]
    assert planned[0].due.day == date(2027, 2, 2)
    assert planned[1].anchor_day == date(2027, 2, 2)
    assert planned[1].due.day == date(2027, 2, 16)


def test_a_task_made_already_is_counted_from_as_it_stands() -> None:
    playbook = book(
        template("invitations", rule=rule(5, Unit.WEEKS)),
        template(
            "reminder",
            Anchor(AnchorKind.TASK, "invitations"),
            rule=rule(1, Unit.WEEKS, Direction.AFTER),
        ),
    )
    planned = plan(playbook, FAIR, CALENDAR, known={"invitations": date(2027, 2, 8)})
    assert planned[1].due.day == date(2027, 2, 15)


def test_working_days_skip_the_weekend() -> None:
    planned = plan(book(template("a", rule=rule(3, Unit.WORKING_DAYS))), FAIR, CALENDAR)
    assert planned[0].due.day == date(2027, 3, 4)  # Tue 9 March: Mon 8, Fri 5, Thu 4


def test_a_missing_anchor_uses_the_fallback_from_the_event_and_says_so() -> None:
    playbook = book(
        template(
            "badges",
            Anchor(AnchorKind.FAIR_DEADLINE, "badges"),
            rule=rule(2),
            fallback=rule(3, Unit.WEEKS),
        ),
        template(
            "return",
            Anchor(AnchorKind.PHASE, "tear-down"),
            rule=rule(5, Unit.DAYS, Direction.AFTER),
        ),
    )
    badges, back = plan(playbook, FAIR, CALENDAR)
    assert badges.due.day == date(2027, 2, 16)
    assert "deadline 'badges' is not known" in badges.note
    assert back.anchor_day == FAIR.last_day  # after a missing phase: from the event's end
    assert "no phase 'tear-down'" in back.note and "end" in back.note
    assert back.counted_from == Anchor(AnchorKind.EVENT_END)
    assert badges.counted_from == Anchor(AnchorKind.EVENT_START)
    assert badges.rule == rule(3, Unit.WEEKS)


@pytest.mark.parametrize(
    ("templates", "field", "words"),
    [
        ((template("a"), template("a")), "task 'a': key", "both have the key"),
        ((template("Bad key"),), "task 'Bad key': key", "lower-case"),
        ((template(""),), "task 1: key", "needs a key"),
        ((template("a", title_en=""),), "task 'a': title", "needs a title"),
        ((template("a", Anchor(AnchorKind.TASK, "zz")),), "task 'a': anchor", "no task has"),
        ((template("a", Anchor(AnchorKind.TASK, "a")),), "task 'a': anchor", "itself"),
        ((template("a", Anchor(AnchorKind.PHASE)),), "task 'a': anchor", "phase needs"),
        ((template("a", Anchor(AnchorKind.EVENT_END, "x")),), "task 'a': anchor", "no reference"),
        ((template("a", fallback=rule(1)),), "task 'a': fallback", "needs none"),
    ],
)
def test_problems_name_the_task_and_the_field(
    templates: tuple[TaskTemplate, ...], field: str, words: str
) -> None:
    problems = playbook_problems(book(*templates))
    assert problems, "a problem was expected"
    assert problems[0].field == field
    assert words in problems[0].message


def test_a_cycle_of_anchors_is_refused_naming_it() -> None:
    playbook = book(
        template("a", Anchor(AnchorKind.TASK, "c")),
        template("b", Anchor(AnchorKind.TASK, "a")),
        template("c", Anchor(AnchorKind.TASK, "b")),
        template("d"),
    )
    with pytest.raises(ValidationError) as caught:
        checked(playbook)
    assert "circle" in caught.value.message
    assert "'a' → 'c' → 'b' → 'a'" in caught.value.message
    with pytest.raises(ValidationError):
        list(in_anchor_order(playbook.templates))


def test_names_and_languages_are_checked() -> None:
    problems = playbook_problems(replace(book(template("a")), name=" ", language="de"))
    assert [p.field for p in problems] == ["name", "language"]


def test_checked_trims_and_titles_fall_back_between_languages() -> None:
    playbook = checked(Playbook(" Fair ", (template(" a ", title_en=" ", title_sv=" Boka "),)))
    assert playbook.name == "Fair"
    only = playbook.templates[0]
    assert only.key == "a"
    assert only.title("en") == only.title("sv") == "Boka"
    assert only.owner_role is OwnerRole.COORDINATOR


def test_a_deadline_is_described_as_a_coordinator_says_it() -> None:
    badges = template(
        "badges",
        Anchor(AnchorKind.FAIR_DEADLINE, "badges"),
        rule=rule(2, Unit.WORKING_DAYS),
        fallback=rule(3, Unit.WEEKS),
    )
    assert describe_deadline(badges) == (
        "2 working days before fair deadline 'badges' (else 3 weeks before event start)"
    )
    one = template("a", rule=rule(1, Unit.DAYS, Direction.AFTER, DayOff.LATER))
    assert describe_deadline(one) == "1 day after event start; a day off moves it later"
