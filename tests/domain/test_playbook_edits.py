"""A playbook changed a step at a time, as its editor does: each step answers with the
whole playbook checked, or raises the problem (as data a window words) and changes nothing."""

from __future__ import annotations

import pytest

from eventplanner.domain.deadlines import DayOff, Direction, RelativeDeadline, Unit
from eventplanner.domain.playbook_checks import PlaybookProblem, Problem, playbook_problems
from eventplanner.domain.playbook_edits import (
    NEW_DEADLINE,
    dependents,
    free_name,
    moved,
    new_key,
    renamed,
    with_anchor,
    with_deadline,
    with_description,
    with_owner,
    with_template_added,
    with_title,
    without_template,
)
from eventplanner.domain.playbooks import Anchor, Playbook, TaskTemplate
from eventplanner.domain.tasks import AnchorKind, OwnerRole

WEEKS = RelativeDeadline(4, Unit.WEEKS, Direction.BEFORE, DayOff.EARLIER)


def book() -> Playbook:
    return Playbook(
        "Nätverksträff",
        (
            TaskTemplate("invitations", "Send invitations", "Skicka inbjudningar", WEEKS),
            TaskTemplate("reminder", "Remind", "Påminn", WEEKS,
                         anchor=Anchor(AnchorKind.TASK, "invitations")),
            TaskTemplate("rigging", "Rig the room", "", WEEKS,
                         anchor=Anchor(AnchorKind.PHASE, "build_up"),
                         fallback=RelativeDeadline(1, Unit.WEEKS, Direction.BEFORE)),
        ),
    )  # fmt: skip


def problem(error: pytest.ExceptionInfo[PlaybookProblem]) -> tuple[Problem, int | None]:
    return error.value.code, error.value.index


def test_new_keys_are_the_title_s_words_in_ascii_and_free() -> None:
    assert new_key("Bjud in utställare!", []) == "bjud-in-utstallare"
    assert new_key("Bjud in utställare", ["bjud-in-utstallare", "Bjud-in-utstallare-2"]) == (
        "bjud-in-utstallare-3"
    )
    assert new_key("–––", []) == "task"
    assert len(new_key("ö" * 300, [])) <= 60


def test_titles_and_descriptions_are_edited_in_one_language() -> None:
    changed = with_title(book(), 2, "sv", "  Rigga lokalen ")
    assert changed.templates[2].title_sv == "Rigga lokalen"
    assert changed.templates[2].title_en == "Rig the room"
    with pytest.raises(PlaybookProblem) as error:
        with_title(book(), 1, "en", "   ")
    assert problem(error) == (Problem.TITLE_EMPTY, 1)
    described = with_description(book(), 0, "en", "Both lists ")
    assert described.templates[0].description_en == "Both lists"
    assert with_owner(book(), 0, OwnerRole.FINANCE).templates[0].owner_role is OwnerRole.FINANCE


def test_a_deadline_s_parts_and_its_range() -> None:
    changed = with_deadline(book(), 0, amount=10, unit=Unit.WORKING_DAYS,
                            direction=Direction.AFTER, day_off=DayOff.LATER)  # fmt: skip
    assert changed.templates[0].rule == RelativeDeadline(
        10, Unit.WORKING_DAYS, Direction.AFTER, DayOff.LATER
    )
    far = with_deadline(book(), 0, unit=Unit.DAYS, amount=3000)
    with pytest.raises(PlaybookProblem) as error:
        with_deadline(far, 0, unit=Unit.WEEKS)
    assert problem(error) == (Problem.AMOUNT, 0)
    assert error.value.values == ("520", "weeks", "3000")


def test_anchors_take_a_reference_where_they_need_one() -> None:
    to_task = with_anchor(book(), 2, AnchorKind.TASK)
    assert to_task.templates[2].anchor == Anchor(AnchorKind.TASK, "reminder")  # the one above
    assert to_task.templates[2].fallback is None  # a task is never missing
    to_fair = with_anchor(book(), 0, AnchorKind.FAIR_DEADLINE)
    assert to_fair.templates[0].anchor == Anchor(AnchorKind.FAIR_DEADLINE, "registration")
    phase = with_anchor(book(), 2, AnchorKind.PHASE, "Rehearsal")
    assert phase.templates[2].fallback is not None  # kept: a phase may be missing
    assert with_anchor(book(), 1, AnchorKind.EVENT_END).templates[1].anchor.ref == ""
    with pytest.raises(PlaybookProblem) as error:
        with_anchor(book(), 1, AnchorKind.TASK, "reminder")
    assert problem(error) == (Problem.SELF_ANCHOR, 1)
    with pytest.raises(PlaybookProblem) as error:
        with_anchor(book(), 1, AnchorKind.TASK, "nothing")
    assert problem(error) == (Problem.UNKNOWN_TASK, 1)
    assert error.value.values == ("nothing",)
    with pytest.raises(PlaybookProblem) as error:
        with_anchor(book(), 0, AnchorKind.TASK, "reminder")
    assert problem(error) == (Problem.CYCLE, 0)
    assert error.value.values == ("invitations", "reminder", "invitations")
    with pytest.raises(PlaybookProblem) as error:
        with_anchor(book(), 2, AnchorKind.PHASE, " ")
    assert problem(error) == (Problem.REF_MISSING, 2)
    alone = Playbook("Ensam", (book().templates[0],))
    with pytest.raises(PlaybookProblem) as error:
        with_anchor(alone, 0, AnchorKind.TASK)
    assert problem(error) == (Problem.REF_MISSING, 0)


def test_templates_added_removed_and_moved() -> None:
    added = with_template_added(book(), "Boka lokal", "sv", at=1)
    made = added.templates[1]
    assert (made.key, made.title_sv, made.title_en, made.rule) == (
        "boka-lokal", "Boka lokal", "", NEW_DEADLINE
    )  # fmt: skip
    with pytest.raises(PlaybookProblem) as error:
        with_template_added(book(), " ", "sv")
    assert problem(error) == (Problem.TITLE_EMPTY, 3)
    assert dependents(book(), "INVITATIONS") == [1]
    with pytest.raises(PlaybookProblem) as error:
        without_template(book(), 0)
    assert problem(error) == (Problem.COUNTED_FROM, 0)
    assert error.value.values == ("reminder",)
    assert [t.key for t in without_template(book(), 1).templates] == ["invitations", "rigging"]
    assert [t.key for t in moved(book(), 2, 0).templates] == ["rigging", "invitations", "reminder"]
    assert [t.key for t in moved(book(), 0, 9).templates] == ["reminder", "rigging", "invitations"]


def test_a_rename_is_checked() -> None:
    assert renamed(book(), "  Träff ").name == "Träff"
    with pytest.raises(PlaybookProblem) as error:
        renamed(book(), "")
    assert problem(error) == (Problem.NAME_EMPTY, None)


def test_problems_carry_their_code_place_and_values() -> None:
    twice = Playbook("x", (book().templates[0], book().templates[0]))
    [found] = playbook_problems(twice)
    assert (found.code, found.index, found.values) == (Problem.KEY_TWICE, 1, ("invitations", "0"))
    assert found.field == "task 'invitations': key"


def test_a_free_name_is_numbered_whatever_the_case() -> None:
    assert free_name("Träff", ["Möte"]) == "Träff"
    assert free_name("Träff", ["TRÄFF ", "träff (2)"]) == "Träff (3)"
    long_name = "x" * 200
    assert free_name(long_name, [long_name]) == "x" * 196 + " (2)"
