"""The fair organiser's deadlines of an event's stand by kind: what a playbook's tasks
counted from "the catalogue text's deadline" are counted from."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eventplanner.persistence.schema import StandDeadlineRow, StandRow


def fair_deadline_dates(session: Session, event_id: int) -> dict[str, date]:
    """The stand's own deadlines (not a co-exhibitor's) of ``event_id`` by kind, the
    earliest of each kind; none for an event without a stand."""
    found = session.execute(
        select(StandDeadlineRow.kind, func.min(StandDeadlineRow.due_date))
        .join(StandRow, StandRow.id == StandDeadlineRow.stand_id)
        .where(StandRow.event_id == event_id, StandDeadlineRow.co_exhibitor_id.is_(None))
        .group_by(StandDeadlineRow.kind)
    )
    return {row[0]: row[1] for row in found}
