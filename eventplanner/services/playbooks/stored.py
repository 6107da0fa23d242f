"""A playbook's rows and its domain value, each way."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.deadlines import DayOff, Direction, RelativeDeadline, Unit
from eventplanner.domain.enums import EventKind
from eventplanner.domain.playbooks import Anchor, Playbook, TaskTemplate
from eventplanner.domain.tasks import AnchorKind, OwnerRole
from eventplanner.persistence.schema import PlaybookRow, PlaybookTaskRow


def playbook_of(row: PlaybookRow, tasks: list[PlaybookTaskRow]) -> Playbook:
    return Playbook(
        name=row.name,
        templates=tuple(_template(t) for t in sorted(tasks, key=lambda t: t.position)),
        event_kind=EventKind(row.event_kind) if row.event_kind else None,
        description_en=row.description_en,
        description_sv=row.description_sv,
        language=row.language,
    )


def tasks_of(session: Session, playbook_id: int) -> list[PlaybookTaskRow]:
    return list(
        session.scalars(
            select(PlaybookTaskRow)
            .where(PlaybookTaskRow.playbook_id == playbook_id)
            .order_by(PlaybookTaskRow.position)
        )
    )


def playbook_values(playbook: Playbook, now: datetime) -> dict[str, Any]:
    return {
        "name": playbook.name,
        "event_kind": playbook.event_kind.value if playbook.event_kind else None,
        "description_en": playbook.description_en,
        "description_sv": playbook.description_sv,
        "language": playbook.language,
        "modified_at": now,
    }


def task_values(playbook_id: int, position: int, t: TaskTemplate) -> dict[str, Any]:
    fallback = t.fallback
    return {
        "playbook_id": playbook_id, "position": position, "key": t.key,
        "title_en": t.title_en, "title_sv": t.title_sv,
        "description_en": t.description_en, "description_sv": t.description_sv,
        "owner_role": t.owner_role.value, "anchor_kind": t.anchor.kind.value,
        "anchor_ref": t.anchor.ref, "amount": t.rule.amount, "unit": t.rule.unit.value,
        "direction": t.rule.direction.value, "day_off": t.rule.day_off.value,
        "fallback_amount": fallback.amount if fallback else None,
        "fallback_unit": fallback.unit.value if fallback else None,
        "fallback_direction": fallback.direction.value if fallback else None,
        "fallback_day_off": fallback.day_off.value if fallback else None,
    }  # fmt: skip


def _template(row: PlaybookTaskRow) -> TaskTemplate:
    fallback = None
    if row.fallback_amount is not None:
        fallback = RelativeDeadline(
            row.fallback_amount,
            Unit(row.fallback_unit or Unit.DAYS),
            Direction(row.fallback_direction or Direction.BEFORE),
            DayOff(row.fallback_day_off or DayOff.EARLIER),
        )
    return TaskTemplate(
        key=row.key,
        title_en=row.title_en,
        title_sv=row.title_sv,
        rule=RelativeDeadline(
            row.amount, Unit(row.unit), Direction(row.direction), DayOff(row.day_off)
        ),
        anchor=Anchor(AnchorKind(row.anchor_kind), row.anchor_ref),
        owner_role=OwnerRole(row.owner_role),
        description_en=row.description_en,
        description_sv=row.description_sv,
        fallback=fallback,
    )
