"""Applying a playbook to an event: its tasks, made with their relative rule so they move
with the event. (The tasks' table comes with feat/tasks.)"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session


def existing_days(session: Session, playbook: str, event_id: int) -> dict[str, date]:
    """The due days of the tasks the event has from ``playbook``, by template key."""
    return {}
