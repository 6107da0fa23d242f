"""Changing a playbook a step at a time, as its editor does: a template's title, owner,
deadline or anchor; a template added, taken out or moved; the playbook renamed.

Each step answers with the whole playbook as it would be saved (names, keys and titles
trimmed, ``checked``), or raises the ``PlaybookProblem`` that stops it, naming the template
by its place: a step that would leave the playbook wrong changes nothing.

The texts a template's title and description are edited in are those of one language (the
playbook's, which its tasks are made in); the other language's stay as they are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from eventplanner.domain.deadlines import (
    MAX_AMOUNT,
    DayOff,
    Direction,
    RelativeDeadline,
    Unit,
)
from eventplanner.domain.enums import EventKind
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.playbook_checks import PlaybookProblem, Problem, checked, where
from eventplanner.domain.playbooks import (
    MAX_KEY,
    MAX_NAME,
    Anchor,
    Playbook,
    TaskTemplate,
    may_be_missing,
    needs_ref,
    same_key,
)
from eventplanner.domain.programme import PhaseKind
from eventplanner.domain.stand import DeadlineKind
from eventplanner.domain.tasks import AnchorKind, OwnerRole
from eventplanner.domain.text import name_key

NEW_DEADLINE = RelativeDeadline(2, Unit.WEEKS, Direction.BEFORE, DayOff.EARLIER)
"""A new template's deadline until it is given one: two weeks before the event starts."""


def new_key(title: str, taken: Iterable[str]) -> str:
    """A key for a template titled ``title`` that none of ``taken`` has: its words in
    lower-case ASCII joined by hyphens ("Bjud in utställare" → "bjud-in-utstallare"), with
    "-2", "-3"… when taken."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[: MAX_KEY - 4].strip("-")
    stem = stem or "task"
    used = {k.strip().casefold() for k in taken}
    key, number = stem, 2
    while key in used:
        key = f"{stem}-{number}"
        number += 1
    return key


def free_name(name: str, taken: Iterable[str]) -> str:
    """``name``, else "name (2)", "name (3)"…: the first none of ``taken`` has, whatever
    its case (a playbook's name is one playbook's)."""
    used = {name_key(n) for n in taken}
    candidate, number = name, 2
    while name_key(candidate) in used:
        suffix = f" ({number})"
        candidate = f"{name[: MAX_NAME - len(suffix)]}{suffix}"
        number += 1
    return candidate


def dependents(playbook: Playbook, key: str) -> list[int]:
    """The places of the templates that count from the template ``key``."""
    return [
        index
        for index, t in enumerate(playbook.templates)
        if t.anchor.kind is AnchorKind.TASK and same_key(t.anchor.ref, key)
    ]


def _template(playbook: Playbook, index: int) -> TaskTemplate:
    if not 0 <= index < len(playbook.templates):
        raise IndexError(f"the playbook {playbook.name!r} has no task {index + 1}")
    return playbook.templates[index]


def _with(playbook: Playbook, index: int, template: TaskTemplate) -> Playbook:
    templates = list(playbook.templates)
    templates[index] = template
    return checked(replace(playbook, templates=tuple(templates)))


def with_title(playbook: Playbook, index: int, language: str, title: str) -> Playbook:
    """The template's title in ``language`` (en, sv) is ``title``; never empty: its tasks
    are made in that language."""
    template = _template(playbook, index)
    if not title.strip():
        raise PlaybookProblem(Problem.TITLE_EMPTY, f"{where(template, index)}: title",
                              "a task needs a title", index=index)  # fmt: skip
    if language == "sv":
        return _with(playbook, index, replace(template, title_sv=title.strip()))
    return _with(playbook, index, replace(template, title_en=title.strip()))


def with_description(playbook: Playbook, index: int, language: str, text: str) -> Playbook:
    """The template's description in ``language`` (en, sv) is ``text`` (may be empty)."""
    template = _template(playbook, index)
    if language == "sv":
        return _with(playbook, index, replace(template, description_sv=text.strip()))
    return _with(playbook, index, replace(template, description_en=text.strip()))


def with_owner(playbook: Playbook, index: int, role: OwnerRole) -> Playbook:
    return _with(playbook, index, replace(_template(playbook, index), owner_role=role))


def with_deadline(
    playbook: Playbook,
    index: int,
    *,
    amount: int | None = None,
    unit: Unit | None = None,
    direction: Direction | None = None,
    day_off: DayOff | None = None,
) -> Playbook:
    """The template's deadline with the parts given changed (an amount too far for its
    unit is a problem: ``Problem.AMOUNT``, naming the most and the unit)."""
    template = _template(playbook, index)
    rule = template.rule
    chosen_unit = unit if unit is not None else rule.unit
    chosen_amount = amount if amount is not None else rule.amount
    try:
        new_rule = RelativeDeadline(
            chosen_amount,
            chosen_unit,
            direction if direction is not None else rule.direction,
            day_off if day_off is not None else rule.day_off,
        )
    except ValidationError as exc:
        raise PlaybookProblem(
            Problem.AMOUNT,
            f"{where(template, index)}: deadline",
            exc.message,
            index=index,
            values=(str(MAX_AMOUNT[chosen_unit]), chosen_unit.value, str(chosen_amount)),
        ) from exc
    return _with(playbook, index, replace(template, rule=new_rule))


def default_ref(playbook: Playbook, index: int, kind: AnchorKind) -> str:
    """What a template counting from ``kind`` counts from until chosen: the build-up
    phase, the fair organiser's registration deadline, the task above it (else the first
    other task; "" when there is none)."""
    if kind is AnchorKind.PHASE:
        return PhaseKind.BUILD_UP.value
    if kind is AnchorKind.FAIR_DEADLINE:
        return DeadlineKind.REGISTRATION.value
    if kind is AnchorKind.TASK:
        others = [i for i in range(len(playbook.templates)) if i != index]
        above = [i for i in others if i < index]
        chosen = above[-1] if above else (others[0] if others else None)
        return "" if chosen is None else playbook.templates[chosen].key
    return ""


def with_anchor(
    playbook: Playbook, index: int, kind: AnchorKind, ref: str | None = None
) -> Playbook:
    """The template counts from ``kind`` (``ref``: which phase, fair deadline or task; by
    default ``default_ref``). Its fallback stays only for a phase or a fair deadline, which
    an event may lack."""
    template = _template(playbook, index)
    if not needs_ref(kind):
        ref = ""
    elif ref is None:
        ref = template.anchor.ref if template.anchor.kind is kind else ""
        ref = ref or default_ref(playbook, index, kind)
    fallback = template.fallback if may_be_missing(kind) else None
    return _with(playbook, index, replace(template, anchor=Anchor(kind, ref), fallback=fallback))


def with_template_added(
    playbook: Playbook, title: str, language: str, *, at: int | None = None
) -> Playbook:
    """A new template titled ``title`` (in ``language``) at place ``at`` (default last),
    due ``NEW_DEADLINE``, the coordinator's."""
    if not title.strip():
        index = len(playbook.templates) if at is None else at
        raise PlaybookProblem(Problem.TITLE_EMPTY, f"task {index + 1}: title",
                              "a task needs a title", index=index)  # fmt: skip
    key = new_key(title, (t.key for t in playbook.templates))
    made = TaskTemplate(
        key=key,
        title_en="" if language == "sv" else title.strip(),
        title_sv=title.strip() if language == "sv" else "",
        rule=NEW_DEADLINE,
        owner_role=OwnerRole.COORDINATOR,
    )
    templates = list(playbook.templates)
    templates.insert(len(templates) if at is None else at, made)
    return checked(replace(playbook, templates=tuple(templates)))


def without_template(playbook: Playbook, index: int) -> Playbook:
    """The playbook without the template at ``index``; refused while others count from it
    (``Problem.COUNTED_FROM``, naming their keys)."""
    template = _template(playbook, index)
    counting = dependents(playbook, template.key)
    if counting:
        keys = tuple(playbook.templates[i].key for i in counting)
        raise PlaybookProblem(
            Problem.COUNTED_FROM,
            f"{where(template, index)}",
            f"{', '.join(repr(k) for k in keys)} count from it: have them count from "
            "something else first",
            index=index,
            values=keys,
        )
    templates = [t for i, t in enumerate(playbook.templates) if i != index]
    return checked(replace(playbook, templates=tuple(templates)))


def moved(playbook: Playbook, index: int, to: int) -> Playbook:
    """The template at ``index`` moved to place ``to`` (the others keep their order)."""
    template = _template(playbook, index)
    templates = [t for i, t in enumerate(playbook.templates) if i != index]
    templates.insert(max(0, min(to, len(templates))), template)
    return checked(replace(playbook, templates=tuple(templates)))


def renamed(playbook: Playbook, name: str) -> Playbook:
    return checked(replace(playbook, name=name))


def with_language(playbook: Playbook, language: str) -> Playbook:
    """The language its tasks are made in (and its editor edits)."""
    return checked(replace(playbook, language=language))


def with_event_kind(playbook: Playbook, kind: EventKind | None) -> Playbook:
    return checked(replace(playbook, event_kind=kind))


def with_playbook_description(playbook: Playbook, language: str, text: str) -> Playbook:
    if language == "sv":
        return checked(replace(playbook, description_sv=text.strip()))
    return checked(replace(playbook, description_en=text.strip()))
