"""A playbook as a file to share between coordinators: JSON, versioned.

    {
      "format": "eventplanner-playbook",
      "version": 1,
      "name": "Trade fair with a shared stand",
      "event_kind": "trade_fair",
      "language": "en",
      "description": {"en": "...", "sv": "..."},
      "tasks": [
        {
          "key": "book-stand",
          "title": {"en": "Book the stand", "sv": "Boka monterplats"},
          "description": {"en": "...", "sv": "..."},
          "owner": "coordinator",
          "anchor": {"kind": "event_start"},
          "due": {"amount": 6, "unit": "weeks", "direction": "before", "day_off": "earlier"},
          "fallback": {"amount": 8, "unit": "weeks", "direction": "before"}
        }
      ]
    }

``anchor.kind`` is event_start, event_end, phase, fair_deadline or task, the last three with
``ref`` (a phase's name or kind, a fair deadline's kind, another task's key). ``fallback``
only for a phase or fair deadline an event may lack. JSON because the standard library
reads and writes it, and coordinators' tools (and e-mail) carry it whole.

A file that cannot be read says what is wrong and where: ``tasks[3] ('badges').due.unit``.
A file of a newer version is refused, asking for a newer Eventplanner.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from enum import StrEnum
from typing import Any, TypeVar

from eventplanner.domain.deadlines import DayOff, Direction, RelativeDeadline, Unit
from eventplanner.domain.enums import EventKind
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.playbook_checks import playbook_problems, trimmed
from eventplanner.domain.playbooks import (
    Anchor,
    Playbook,
    TaskTemplate,
)
from eventplanner.domain.tasks import AnchorKind, OwnerRole

FORMAT = "eventplanner-playbook"
VERSION = 1
"""The newest version this Eventplanner reads and the one it writes."""

E = TypeVar("E", bound=StrEnum)


class PlaybookFileError(ValidationError):
    """A playbook file that cannot be read: ``field`` says where (``tasks[3] ('badges').due``)."""


# -- writing -------------------------------------------------------------------------------


def _rule(rule: RelativeDeadline) -> dict[str, Any]:
    return {
        "amount": rule.amount,
        "unit": rule.unit.value,
        "direction": rule.direction.value,
        "day_off": rule.day_off.value,
    }


def _texts(en: str, sv: str) -> dict[str, str]:
    return {k: v for k, v in (("en", en), ("sv", sv)) if v}


def to_document(playbook: Playbook) -> dict[str, Any]:
    """The playbook as the file's JSON value."""
    tasks: list[dict[str, Any]] = []
    for t in playbook.templates:
        task: dict[str, Any] = {"key": t.key, "title": _texts(t.title_en, t.title_sv)}
        description = _texts(t.description_en, t.description_sv)
        if description:
            task["description"] = description
        task["owner"] = t.owner_role.value
        anchor: dict[str, str] = {"kind": t.anchor.kind.value}
        if t.anchor.ref:
            anchor["ref"] = t.anchor.ref
        task["anchor"] = anchor
        task["due"] = _rule(t.rule)
        if t.fallback is not None:
            task["fallback"] = _rule(t.fallback)
        tasks.append(task)
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION, "name": playbook.name}
    if playbook.event_kind is not None:
        document["event_kind"] = playbook.event_kind.value
    document["language"] = playbook.language
    description = _texts(playbook.description_en, playbook.description_sv)
    if description:
        document["description"] = description
    document["tasks"] = tasks
    return document


def dumps(playbook: Playbook) -> str:
    """The file's text: indented JSON, UTF-8 as it is (å, ä, ö unescaped)."""
    return json.dumps(to_document(playbook), ensure_ascii=False, indent=2) + "\n"


# -- reading -------------------------------------------------------------------------------


def loads(text: str, *, source: str = "the file") -> Playbook:
    """The playbook a file's text holds, checked (``playbook_problems``); a
    ``PlaybookFileError`` naming where it is wrong otherwise."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PlaybookFileError(
            source, f"not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from exc
    return from_document(data, source=source)


def from_document(data: Any, *, source: str = "the file") -> Playbook:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise PlaybookFileError(source, f'not an Eventplanner playbook (no "format": "{FORMAT}")')
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise PlaybookFileError("version", f"a whole number from 1, not {version!r}")
    if version > VERSION:
        raise PlaybookFileError(
            "version",
            f"{source} is a playbook of version {version}, written by a newer Eventplanner; "
            f"this one reads version {VERSION}: update Eventplanner to import it",
        )
    _known(
        data, {"format", "version", "name", "event_kind", "language", "description", "tasks"}, ""
    )
    kind_text = _text(data, "event_kind", "", required=False)
    event_kind = _enum(EventKind, kind_text, "event_kind") if kind_text else None
    description = _languages(data.get("description"), "description")
    tasks = data.get("tasks")
    if not isinstance(tasks, list):
        raise PlaybookFileError("tasks", "a list of tasks")
    templates = tuple(_template(task, index) for index, task in enumerate(tasks))
    playbook = trimmed(
        Playbook(
            name=_text(data, "name", ""),
            templates=templates,
            event_kind=event_kind,
            description_en=description.get("en", ""),
            description_sv=description.get("sv", ""),
            language=_text(data, "language", "", required=False) or "en",
        )
    )
    problems = playbook_problems(playbook)
    if problems:
        first = problems[0]
        raise PlaybookFileError(first.field, first.message)
    return playbook


def _where(task: Any, index: int) -> str:
    key = task.get("key") if isinstance(task, dict) else None
    return f"tasks[{index}] ({key!r})" if isinstance(key, str) and key else f"tasks[{index}]"


def _template(task: Any, index: int) -> TaskTemplate:
    at = _where(task, index)
    if not isinstance(task, dict):
        raise PlaybookFileError(at, "a task is an object with a key, title, anchor and due")
    _known(task, {"key", "title", "description", "owner", "anchor", "due", "fallback"}, at)
    title = _languages(task.get("title"), f"{at}.title", required=True)
    description = _languages(task.get("description"), f"{at}.description")
    anchor = task.get("anchor", {"kind": AnchorKind.EVENT_START.value})
    if not isinstance(anchor, dict):
        raise PlaybookFileError(f"{at}.anchor", "an object with a kind (and a ref)")
    _known(anchor, {"kind", "ref"}, f"{at}.anchor")
    kind = _enum(AnchorKind, _text(anchor, "kind", f"{at}.anchor"), f"{at}.anchor.kind")
    fallback = task.get("fallback")
    return TaskTemplate(
        key=_text(task, "key", at),
        title_en=title.get("en", ""),
        title_sv=title.get("sv", ""),
        rule=_deadline(task.get("due"), f"{at}.due"),
        anchor=Anchor(kind, _text(anchor, "ref", f"{at}.anchor", required=False)),
        owner_role=_enum(
            OwnerRole, _text(task, "owner", at, required=False) or "coordinator", f"{at}.owner"
        ),
        description_en=description.get("en", ""),
        description_sv=description.get("sv", ""),
        fallback=None if fallback is None else _deadline(fallback, f"{at}.fallback"),
    )


def _deadline(value: Any, at: str) -> RelativeDeadline:
    if not isinstance(value, dict):
        raise PlaybookFileError(
            at, 'an object: {"amount": 10, "unit": "working_days", "direction": "before"}'
        )
    _known(value, {"amount", "unit", "direction", "day_off"}, at)
    amount = value.get("amount")
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise PlaybookFileError(f"{at}.amount", f"a whole number of days or weeks, not {amount!r}")
    unit = _enum(Unit, _text(value, "unit", at), f"{at}.unit")
    direction = _enum(Direction, _text(value, "direction", at), f"{at}.direction")
    day_off = _enum(
        DayOff, _text(value, "day_off", at, required=False) or "earlier", f"{at}.day_off"
    )
    try:
        return RelativeDeadline(amount, unit, direction, day_off)
    except ValidationError as exc:  # out of range: said where
        raise PlaybookFileError(f"{at}.amount", exc.message) from exc


def _text(data: Mapping[str, Any], name: str, at: str, *, required: bool = True) -> str:
    value = data.get(name)
    field = f"{at}.{name}" if at else name
    if value is None:
        if required:
            raise PlaybookFileError(field, "missing")
        return ""
    if not isinstance(value, str):
        raise PlaybookFileError(field, f"a text, not {value!r}")
    return value.strip()


def _languages(value: Any, at: str, *, required: bool = False) -> dict[str, str]:
    """``{"en": ..., "sv": ...}``; a plain text is English."""
    if value is None:
        if required:
            raise PlaybookFileError(at, 'missing: {"en": "...", "sv": "..."}')
        return {}
    if isinstance(value, str):
        return {"en": value.strip()}
    if not isinstance(value, dict):
        raise PlaybookFileError(at, '{"en": "...", "sv": "..."}')
    _known(value, {"en", "sv"}, at)
    texts: dict[str, str] = {}
    for language, text in value.items():
        if not isinstance(text, str):
            raise PlaybookFileError(f"{at}.{language}", f"a text, not {text!r}")
        texts[language] = text.strip()
    if required and not any(texts.values()):
        raise PlaybookFileError(at, "give it in English (en) or Swedish (sv)")
    return texts


def _enum(enum: type[E], text: str, at: str) -> E:
    for member in enum:
        if text in (member.value, member.name.lower()):
            return member
    allowed = ", ".join(m.value for m in enum)
    raise PlaybookFileError(at, f"{text!r} is not one of {allowed}")


def _known(data: Mapping[str, Any], names: set[str], at: str) -> None:
    """A misspelt field is an error, not silently ignored."""
    unknown = sorted(set(data) - names)
    if unknown:
        where = at or "the playbook"
        raise PlaybookFileError(
            at or unknown[0],
            f"{where} has no field {unknown[0]!r} (it has {', '.join(sorted(names))})",
        )
