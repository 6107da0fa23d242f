"""Checking a playbook: names, titles and keys, anchors on what exists, no circle of tasks
counting from each other; each problem names the task (its key, else its place) and field.

Each problem is a ``PlaybookProblem``: a ``ValidationError`` (its field and English message,
as the command line and the files say it) that also says what is wrong as data (``code``,
the template's place ``index`` and the ``values`` its message names), so a window can word
it in its own language.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import replace

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.playbooks import (
    LANGUAGES,
    MAX_KEY,
    MAX_NAME,
    MAX_TEMPLATES,
    MAX_TITLE,
    Anchor,
    Playbook,
    TaskTemplate,
    anchor_label,
    may_be_missing,
    needs_ref,
    same_key,
)
from eventplanner.domain.tasks import AnchorKind

_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


class Problem(enum.StrEnum):
    """What is wrong with a playbook (``PlaybookProblem.code``)."""

    NAME_EMPTY = "name_empty"
    NAME_LONG = "name_long"
    LANGUAGE = "language"
    TOO_MANY = "too_many"
    KEY_MISSING = "key_missing"
    KEY_BAD = "key_bad"
    KEY_TWICE = "key_twice"
    TITLE_EMPTY = "title_empty"
    TITLE_LONG = "title_long"
    REF_MISSING = "ref_missing"
    REF_NOT_TAKEN = "ref_not_taken"
    FALLBACK = "fallback"
    SELF_ANCHOR = "self_anchor"
    UNKNOWN_TASK = "unknown_task"
    CYCLE = "cycle"
    AMOUNT = "amount"
    """A deadline's amount out of range for its unit (``values``: the most, the unit)."""
    COUNTED_FROM = "counted_from"
    """A template others count from cannot go (``values``: their keys)."""


class PlaybookProblem(ValidationError):
    """A problem with a playbook, as a ``ValidationError`` (``field``, ``message``) and as
    data: its ``code``, the place of the template it is about (``index``; None: the
    playbook's own fields) and the ``values`` the message names (a key, a number, a chain
    of keys)."""

    def __init__(
        self,
        code: Problem,
        field: str,
        message: str,
        *,
        index: int | None = None,
        values: tuple[str, ...] = (),
    ) -> None:
        super().__init__(field, message)
        self.code = code
        self.index = index
        self.values = values


def where(template: TaskTemplate | None, index: int) -> str:
    """How a problem names a template: by its key if it has one, else its place."""
    if template is not None and template.key:
        return f"task {template.key!r}"
    return f"task {index + 1}"


def playbook_problems(playbook: Playbook) -> list[PlaybookProblem]:
    """Everything wrong with a playbook, each naming the template and field: empty or long
    names and titles, keys missing or twice, anchors on nothing, anchors in a cycle."""
    problems: list[PlaybookProblem] = []
    name = playbook.name.strip()
    if not name:
        problems.append(PlaybookProblem(Problem.NAME_EMPTY, "name", "a playbook needs a name"))
    elif len(name) > MAX_NAME:
        problems.append(
            PlaybookProblem(Problem.NAME_LONG, "name", f"at most {MAX_NAME} characters",
                            values=(str(MAX_NAME),))
        )  # fmt: skip
    if playbook.language not in LANGUAGES:
        problems.append(
            PlaybookProblem(
                Problem.LANGUAGE,
                "language",
                f"{playbook.language!r}: use one of {', '.join(LANGUAGES)}",
                values=(playbook.language,),
            )
        )
    if len(playbook.templates) > MAX_TEMPLATES:
        problems.append(
            PlaybookProblem(Problem.TOO_MANY, "tasks",
                            f"at most {MAX_TEMPLATES} tasks in a playbook",
                            values=(str(MAX_TEMPLATES),))
        )  # fmt: skip
    seen: dict[str, int] = {}
    for index, template in enumerate(playbook.templates):
        problems += _template_problems(template, where(template, index), index)
        key = template.key.strip().casefold()
        if key in seen:
            problems.append(
                PlaybookProblem(
                    Problem.KEY_TWICE,
                    f"{where(template, index)}: key",
                    f"tasks {seen[key] + 1} and {index + 1} both have the key {template.key!r}",
                    index=index,
                    values=(template.key, str(seen[key])),
                )
            )
        seen.setdefault(key, index)
    for index, template in enumerate(playbook.templates):
        anchor = template.anchor
        if anchor.kind is AnchorKind.TASK and anchor.ref:
            if same_key(anchor.ref, template.key):
                problems.append(
                    PlaybookProblem(
                        Problem.SELF_ANCHOR,
                        f"{where(template, index)}: anchor",
                        "a task cannot count from itself",
                        index=index,
                    )
                )
            elif anchor.ref.strip().casefold() not in seen:
                problems.append(
                    PlaybookProblem(
                        Problem.UNKNOWN_TASK,
                        f"{where(template, index)}: anchor",
                        f"no task has the key {anchor.ref!r}",
                        index=index,
                        values=(anchor.ref,),
                    )
                )
    if not problems:
        cycle = _cycle(playbook.templates)
        if cycle:
            chain = " → ".join(repr(k) for k in cycle)
            first = next(i for i, t in enumerate(playbook.templates) if t.key == cycle[0])
            problems.append(
                PlaybookProblem(
                    Problem.CYCLE,
                    f"task {cycle[0]!r}: anchor",
                    f"the tasks count from each other in a circle ({chain}): one of them "
                    "must count from the event",
                    index=first,
                    values=tuple(cycle),
                )
            )
    return problems


def template_problems(template: TaskTemplate, named: str) -> list[PlaybookProblem]:
    """What is wrong with one template on its own, each problem's field after ``named``."""
    return _template_problems(template, named, None)


def _template_problems(
    template: TaskTemplate, named: str, index: int | None
) -> list[PlaybookProblem]:
    problems: list[PlaybookProblem] = []

    def problem(code: Problem, field: str, message: str, *values: str) -> None:
        problems.append(
            PlaybookProblem(code, f"{named}: {field}", message, index=index, values=values)
        )

    key = template.key
    if not key:
        problem(Problem.KEY_MISSING, "key", "a task needs a key (invitations)")
    elif len(key) > MAX_KEY or not _KEY.match(key):
        problem(
            Problem.KEY_BAD,
            "key",
            f"{key!r}: lower-case letters, digits, - and _ (at most {MAX_KEY} characters), "
            "starting with a letter or digit",
            key,
        )
    if not template.title_en.strip() and not template.title_sv.strip():
        problem(Problem.TITLE_EMPTY, "title", "a task needs a title")
    for language, title in (("en", template.title_en), ("sv", template.title_sv)):
        if len(title.strip()) > MAX_TITLE:
            problem(Problem.TITLE_LONG, f"title ({language})", f"at most {MAX_TITLE} characters",
                    language, str(MAX_TITLE))  # fmt: skip
    anchor = template.anchor
    if needs_ref(anchor.kind) and not anchor.ref.strip():
        what = {
            AnchorKind.PHASE: "the phase's name or kind (build-up)",
            AnchorKind.FAIR_DEADLINE: "the deadline's kind (catalogue)",
            AnchorKind.TASK: "the other task's key",
        }[anchor.kind]
        problem(Problem.REF_MISSING, "anchor", f"{anchor_label(anchor.kind)} needs {what}",
                anchor.kind.value)  # fmt: skip
    if not needs_ref(anchor.kind) and anchor.ref:
        problem(Problem.REF_NOT_TAKEN, "anchor",
                f"{anchor_label(anchor.kind)} takes no reference", anchor.kind.value)  # fmt: skip
    if template.fallback is not None and not may_be_missing(anchor.kind):
        problem(
            Problem.FALLBACK,
            "fallback",
            f"only a phase or a fair deadline may be missing; {anchor_label(anchor.kind)} "
            "needs none",
            anchor.kind.value,
        )
    return problems


def checked(playbook: Playbook) -> Playbook:
    """The playbook, names and keys trimmed, if it has no problem; else the first problem
    raised (``playbook_problems`` has them all)."""
    playbook = trimmed(playbook)
    problems = playbook_problems(playbook)
    if problems:
        raise problems[0]
    return playbook


def trimmed(playbook: Playbook) -> Playbook:
    return replace(
        playbook,
        name=playbook.name.strip(),
        templates=tuple(
            replace(
                t,
                key=t.key.strip(),
                title_en=t.title_en.strip(),
                title_sv=t.title_sv.strip(),
                anchor=Anchor(t.anchor.kind, t.anchor.ref.strip()),
            )
            for t in playbook.templates
        ),
    )


def _cycle(templates: Sequence[TaskTemplate]) -> list[str]:
    """The keys of a circle of task anchors (the first again at the end), or []."""
    after = {
        t.key.casefold(): t.anchor.ref.strip().casefold()
        for t in templates
        if t.anchor.kind is AnchorKind.TASK
    }
    names = {t.key.casefold(): t.key for t in templates}
    for start in after:
        path: list[str] = []
        at: str | None = start
        while at is not None and at not in path:
            path.append(at)
            at = after.get(at)
        if at is not None:
            circle = path[path.index(at) :]
            return [names[k] for k in [*circle, at]]
    return []
