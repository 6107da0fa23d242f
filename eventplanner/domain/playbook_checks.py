"""Checking a playbook: names, titles and keys, anchors on what exists, no circle of tasks
counting from each other; each problem names the task (its key, else its place) and field."""

from __future__ import annotations

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


def where(template: TaskTemplate | None, index: int) -> str:
    """How a problem names a template: by its key if it has one, else its place."""
    if template is not None and template.key:
        return f"task {template.key!r}"
    return f"task {index + 1}"


def playbook_problems(playbook: Playbook) -> list[ValidationError]:
    """Everything wrong with a playbook, each naming the template and field: empty or long
    names and titles, keys missing or twice, anchors on nothing, anchors in a cycle."""
    problems: list[ValidationError] = []
    name = playbook.name.strip()
    if not name:
        problems.append(ValidationError("name", "a playbook needs a name"))
    elif len(name) > MAX_NAME:
        problems.append(ValidationError("name", f"at most {MAX_NAME} characters"))
    if playbook.language not in LANGUAGES:
        problems.append(
            ValidationError("language", f"{playbook.language!r}: use one of {', '.join(LANGUAGES)}")
        )
    if len(playbook.templates) > MAX_TEMPLATES:
        problems.append(ValidationError("tasks", f"at most {MAX_TEMPLATES} tasks in a playbook"))
    seen: dict[str, int] = {}
    for index, template in enumerate(playbook.templates):
        problems += template_problems(template, where(template, index))
        key = template.key.strip().casefold()
        if key in seen:
            problems.append(
                ValidationError(
                    f"{where(template, index)}: key",
                    f"tasks {seen[key] + 1} and {index + 1} both have the key {template.key!r}",
                )
            )
        seen.setdefault(key, index)
    for index, template in enumerate(playbook.templates):
        anchor = template.anchor
        if anchor.kind is AnchorKind.TASK and anchor.ref:
            if same_key(anchor.ref, template.key):
                problems.append(
                    ValidationError(
                        f"{where(template, index)}: anchor", "a task cannot count from itself"
                    )
                )
            elif anchor.ref.strip().casefold() not in seen:
                problems.append(
                    ValidationError(
                        f"{where(template, index)}: anchor",
                        f"no task has the key {anchor.ref!r}",
                    )
                )
    if not problems:
        cycle = _cycle(playbook.templates)
        if cycle:
            chain = " → ".join(repr(k) for k in cycle)
            problems.append(
                ValidationError(
                    f"task {cycle[0]!r}: anchor",
                    f"the tasks count from each other in a circle ({chain}): one of them "
                    "must count from the event",
                )
            )
    return problems


def template_problems(template: TaskTemplate, named: str) -> list[ValidationError]:
    problems: list[ValidationError] = []
    key = template.key
    if not key:
        problems.append(ValidationError(f"{named}: key", "a task needs a key (invitations)"))
    elif len(key) > MAX_KEY or not _KEY.match(key):
        problems.append(
            ValidationError(
                f"{named}: key",
                f"{key!r}: lower-case letters, digits, - and _ (at most {MAX_KEY} characters), "
                "starting with a letter or digit",
            )
        )
    if not template.title_en.strip() and not template.title_sv.strip():
        problems.append(ValidationError(f"{named}: title", "a task needs a title"))
    for language, title in (("en", template.title_en), ("sv", template.title_sv)):
        if len(title.strip()) > MAX_TITLE:
            problems.append(
                ValidationError(f"{named}: title ({language})", f"at most {MAX_TITLE} characters")
            )
    anchor = template.anchor
    if needs_ref(anchor.kind) and not anchor.ref.strip():
        what = {
            AnchorKind.PHASE: "the phase's name or kind (build-up)",
            AnchorKind.FAIR_DEADLINE: "the deadline's kind (catalogue)",
            AnchorKind.TASK: "the other task's key",
        }[anchor.kind]
        problems.append(
            ValidationError(f"{named}: anchor", f"{anchor_label(anchor.kind)} needs {what}")
        )
    if not needs_ref(anchor.kind) and anchor.ref:
        problems.append(
            ValidationError(f"{named}: anchor", f"{anchor_label(anchor.kind)} takes no reference")
        )
    if template.fallback is not None and not may_be_missing(anchor.kind):
        problems.append(
            ValidationError(
                f"{named}: fallback",
                f"only a phase or a fair deadline may be missing; {anchor_label(anchor.kind)} "
                "needs none",
            )
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
