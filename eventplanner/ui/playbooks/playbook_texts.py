"""How the playbook editor words a playbook's values, its deadlines (the preview: "10
working days before the event's start") and its problems, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.deadlines import DayOff, Direction, RelativeDeadline, Unit
from eventplanner.domain.playbook_checks import PlaybookProblem, Problem
from eventplanner.domain.playbooks import Playbook, TaskTemplate, may_be_missing
from eventplanner.domain.programme import PhaseKind
from eventplanner.domain.stand import DeadlineKind
from eventplanner.domain.tasks import AnchorKind, OwnerRole
from eventplanner.ui.programme.programme_texts import phase_kind_label
from eventplanner.ui.stand.stand_texts import deadline_kind_label
from eventplanner.ui.wording import filled

# Every text is spelled out in a translate("PlaybookTexts", "…") call: lupdate collects only
# literal texts in calls named tr or translate.
translate = QCoreApplication.translate

LANGUAGE_CHOICES = ("en", "sv")


def language_label(language: str) -> str:
    return {
        "en": translate("PlaybookTexts", "English"),
        "sv": translate("PlaybookTexts", "Swedish"),
    }.get(language, language)


def owner_label(role: OwnerRole) -> str:
    return {
        OwnerRole.COORDINATOR: translate("PlaybookTexts", "Coordinator"),
        OwnerRole.COMMUNICATIONS: translate("PlaybookTexts", "Communications"),
        OwnerRole.FINANCE: translate("PlaybookTexts", "Finance"),
        OwnerRole.STAND_LEAD: translate("PlaybookTexts", "Stand lead"),
    }[role]


def unit_label(unit: Unit) -> str:
    return {
        Unit.DAYS: translate("PlaybookTexts", "days"),
        Unit.WEEKS: translate("PlaybookTexts", "weeks"),
        Unit.WORKING_DAYS: translate("PlaybookTexts", "working days"),
    }[unit]


def direction_label(direction: Direction) -> str:
    return {
        Direction.BEFORE: translate("PlaybookTexts", "before"),
        Direction.AFTER: translate("PlaybookTexts", "after"),
    }[direction]


def day_off_label(day_off: DayOff) -> str:
    """What the day-off rule does, as its column offers it."""
    return {
        DayOff.EARLIER: translate("PlaybookTexts", "Move earlier"),
        DayOff.LATER: translate("PlaybookTexts", "Move later"),
        DayOff.KEEP: translate("PlaybookTexts", "Keep"),
    }[day_off]


def anchor_label(kind: AnchorKind) -> str:
    return {
        AnchorKind.EVENT_START: translate("PlaybookTexts", "Event start"),
        AnchorKind.EVENT_END: translate("PlaybookTexts", "Event end"),
        AnchorKind.PHASE: translate("PlaybookTexts", "Phase"),
        AnchorKind.FAIR_DEADLINE: translate("PlaybookTexts", "Fair deadline"),
        AnchorKind.TASK: translate("PlaybookTexts", "Another task"),
    }[kind]


def _kind_key(text: str) -> str:
    return text.strip().casefold().replace("-", "_").replace(" ", "_")


def phase_of(ref: str) -> PhaseKind | None:
    """The phase kind ``ref`` names ("build-up", "build_up"), or None (a phase's name)."""
    return next((k for k in PhaseKind if k.value == _kind_key(ref)), None)


def deadline_of(ref: str) -> DeadlineKind | None:
    """The fair deadline's kind ``ref`` names ("catalogue text"), or None."""
    return next((k for k in DeadlineKind if k.value == _kind_key(ref)), None)


def title_of(playbook: Playbook, key: str) -> str | None:
    template = playbook.template(key.strip())
    return None if template is None else template.title(playbook.language)


def ref_label(playbook: Playbook, template: TaskTemplate) -> str:
    """Which phase, fair deadline or task the template counts from, as its column shows it
    ("" for the event's start or end)."""
    anchor = template.anchor
    if anchor.kind is AnchorKind.PHASE:
        phase = phase_of(anchor.ref)
        return phase_kind_label(phase) if phase is not None else anchor.ref
    if anchor.kind is AnchorKind.FAIR_DEADLINE:
        kind = deadline_of(anchor.ref)
        return deadline_kind_label(kind) if kind is not None else anchor.ref
    if anchor.kind is AnchorKind.TASK:
        return title_of(playbook, anchor.ref) or anchor.ref
    return ""


def _amount(rule: RelativeDeadline) -> str:
    one = rule.amount == 1
    words = {
        Unit.DAYS: translate("PlaybookTexts", "1 day")
        if one
        else translate("PlaybookTexts", "%1 days"),
        Unit.WEEKS: translate("PlaybookTexts", "1 week")
        if one
        else translate("PlaybookTexts", "%1 weeks"),
        Unit.WORKING_DAYS: translate("PlaybookTexts", "1 working day")
        if one
        else translate("PlaybookTexts", "%1 working days"),
    }
    return filled(words[rule.unit], rule.amount)


def rule_words(rule: RelativeDeadline, anchor: str) -> str:
    """ "10 working days before the event's start"; "the day of …" for none."""
    if rule.amount == 0:
        return filled(translate("PlaybookTexts", "the day of %1"), anchor)
    text = (
        translate("PlaybookTexts", "%1 before %2")
        if rule.direction is Direction.BEFORE
        else translate("PlaybookTexts", "%1 after %2")
    )
    return filled(text, _amount(rule), anchor)


def _anchor_words(playbook: Playbook, template: TaskTemplate) -> str:
    anchor = template.anchor
    if anchor.kind is AnchorKind.EVENT_START:
        return translate("PlaybookTexts", "the event's start")
    if anchor.kind is AnchorKind.EVENT_END:
        return translate("PlaybookTexts", "the event's end")
    which = ref_label(playbook, template)
    if anchor.kind is AnchorKind.PHASE:
        return filled(translate("PlaybookTexts", "the phase “%1”"), which)
    if anchor.kind is AnchorKind.FAIR_DEADLINE:
        return filled(translate("PlaybookTexts", "the fair organiser's deadline “%1”"), which)
    return filled(translate("PlaybookTexts", "“%1”"), which)


def moves_off_a_day_off(rule: RelativeDeadline) -> bool:
    """A day off moves the date (counted in working days, it lands on one by itself)."""
    return rule.day_off is not DayOff.KEEP and (
        rule.unit is not Unit.WORKING_DAYS or rule.amount == 0
    )


def deadline_words(playbook: Playbook, template: TaskTemplate) -> str:
    """The preview of a template's deadline: "5 working days before the fair organiser's
    deadline “registration” (without it: 20 weeks before the start)": an event may lack
    the phase or the deadline (not entered yet), and is then counted from its start or end."""
    rule = template.rule
    text = rule_words(rule, _anchor_words(playbook, template))
    if moves_off_a_day_off(rule):
        text = filled(
            translate("PlaybookTexts", "%1; a day off moves it earlier")
            if rule.day_off is DayOff.EARLIER
            else translate("PlaybookTexts", "%1; a day off moves it later"),
            text,
        )
    if may_be_missing(template.anchor.kind):
        fallback = template.fallback or rule
        end = (
            translate("PlaybookTexts", "the start")
            if fallback.direction is Direction.BEFORE
            else translate("PlaybookTexts", "the end")
        )
        text = filled(
            translate("PlaybookTexts", "%1 (without it: %2)"),
            text,
            rule_words(fallback, end),
        )
    return text


# -- problems ---------------------------------------------------------------------------------


def _titles(playbook: Playbook, keys: tuple[str, ...]) -> str:
    return " → ".join(filled(translate("PlaybookTexts", "“%1”"), title_of(playbook, k) or k)
                      for k in keys)  # fmt: skip


def _ref_missing(kind: str) -> str:
    if kind == AnchorKind.PHASE.value:
        return translate("PlaybookTexts", "Say which phase it counts from.")
    if kind == AnchorKind.FAIR_DEADLINE.value:
        return translate("PlaybookTexts", "Say which of the fair organiser's deadlines it "
                                          "counts from.")  # fmt: skip
    return translate("PlaybookTexts", "It can only count from another task once the playbook "
                                      "has one: add that task first.")  # fmt: skip


def problem_sentence(problem: PlaybookProblem, playbook: Playbook) -> str:
    """What is wrong, in a sentence of the window's language."""
    code, values = problem.code, problem.values
    first = values[0] if values else ""
    if code is Problem.NAME_EMPTY:
        return translate("PlaybookTexts", "A playbook needs a name.")
    if code is Problem.NAME_LONG:
        return filled(translate("PlaybookTexts", "A playbook's name has at most %1 characters."),
                      first)  # fmt: skip
    if code is Problem.LANGUAGE:
        return filled(translate("PlaybookTexts", "“%1” is not a language of playbooks: use "
                                                 "English or Swedish."), first)  # fmt: skip
    if code is Problem.TOO_MANY:
        return filled(translate("PlaybookTexts", "A playbook has at most %1 tasks."), first)
    if code is Problem.KEY_MISSING:
        return translate("PlaybookTexts", "A task needs a key.")
    if code is Problem.KEY_BAD:
        return filled(translate("PlaybookTexts", "The key “%1” may hold only lower-case letters, "
                                                 "digits, - and _."), first)  # fmt: skip
    if code is Problem.KEY_TWICE:
        return filled(translate("PlaybookTexts", "Another task has the key “%1”."), first)
    if code is Problem.TITLE_EMPTY:
        return translate("PlaybookTexts", "A task needs a title.")
    if code is Problem.TITLE_LONG:
        return filled(translate("PlaybookTexts", "A title has at most %1 characters."),
                      values[1] if len(values) > 1 else "")  # fmt: skip
    if code is Problem.REF_MISSING:
        return _ref_missing(first)
    if code is Problem.REF_NOT_TAKEN:
        return translate("PlaybookTexts", "The event's start or end needs no phase, deadline "
                                          "or task.")  # fmt: skip
    if code is Problem.FALLBACK:
        return translate("PlaybookTexts", "Only a task counted from a phase or a fair "
                                          "deadline needs a date to fall back on.")  # fmt: skip
    if code is Problem.SELF_ANCHOR:
        return translate("PlaybookTexts", "A task cannot count from itself.")
    if code is Problem.UNKNOWN_TASK:
        return filled(translate("PlaybookTexts", "It counts from “%1”, which is not a task of "
                                                 "this playbook."), first)  # fmt: skip
    if code is Problem.CYCLE:
        return filled(translate("PlaybookTexts", "The tasks would count from each other in a "
                                                 "circle (%1): one of them must count from the "
                                                 "event."), _titles(playbook, values))  # fmt: skip
    if code is Problem.AMOUNT:
        return filled(translate("PlaybookTexts", "%1 is too far: at most %2 %3 (about ten "
                                                 "years)."),
                      values[2], first, unit_label(Unit(values[1])))  # fmt: skip
    if code is Problem.COUNTED_FROM:
        return filled(translate("PlaybookTexts", "%1 counts from it: have it count from "
                                                 "something else first.")
                      if len(values) == 1
                      else translate("PlaybookTexts", "%1 count from it: have them count from "
                                                      "something else first."),
                      _titles(playbook, values).replace(" → ", ", "))  # fmt: skip
    return problem.message


def problem_text(problem: PlaybookProblem, playbook: Playbook) -> str:
    """The problem with the task it is about named ("Task 3 “Remind”: A task cannot count
    from itself."); the playbook's own problems on their own."""
    sentence = problem_sentence(problem, playbook)
    index = problem.index
    if index is None or not 0 <= index < len(playbook.templates):
        return sentence
    title = playbook.templates[index].title(playbook.language)
    return filled(translate("PlaybookTexts", "Task %1 “%2”: %3"), index + 1, title, sentence)
