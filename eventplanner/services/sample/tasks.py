"""The sample's tasks: every sample event of a kind a shipped playbook suits has it applied
(in Swedish: the coordinators' language), each task given to the person on the team who
holds its role, and the work before the sample's today mostly done: a believable autumn of
work, some of it overdue.

Deterministic for a given today (which tasks are left undone follows their ids), so the
same today gives the same sample.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import bindparam, select, update

from eventplanner.domain.model import EventDraft
from eventplanner.persistence.schema import ContactRow, TaskRow
from eventplanner.services.playbooks.shipped import shipped_playbooks
from eventplanner.services.workspace import Workspace

OWNERS = {
    "coordinator": "Jörgen Öberg",
    "stand lead": "Märta Håkansson",
    "communications": "Åsa Lindqvist",
    "finance": "Åsa Lindqvist",
}
"""Who on the sample's team holds each role."""

LEFT_UNDONE = 7
"""One task in this many due before today is still open: overdue."""
GRACE_DAYS = 2
"""Tasks due this close before today are not done yet either."""
OVERDUE_WINDOW = timedelta(weeks=8)
"""Only work due in these last weeks is left overdue: older work was done long ago."""
PARTS = ("Uppbyggnad:", "Rivning:")
"""A fair's build-up and tear-down, sample events of their own: the fair's playbook is on
the fair, not on them (as the rotas)."""


def add_tasks(workspace: Workspace, drafts: Sequence[EventDraft], ids: Sequence[int],
              today: date) -> int:  # fmt: skip
    """Apply the playbook of each event's kind (``drafts[i]`` stored as ``ids[i]``); give
    the tasks their owners and tick most of those due before ``today`` done. How many
    tasks were made."""
    books = {p.event_kind: p.name for p in shipped_playbooks() if p.event_kind is not None}
    by_book: dict[str, list[int]] = defaultdict(list)
    for draft, ident in zip(drafts, ids, strict=True):
        name = books.get(draft.kind)
        if name is not None and not draft.title.startswith(PARTS):
            by_book[name].append(ident)
    made = 0
    for name, events in by_book.items():
        applied = workspace.playbooks.apply_to_events(name, events, language="sv")
        made += sum(len(a.task_ids) for a in applied)
    _owned_and_done(workspace, today)
    return made


def _owned_and_done(workspace: Workspace, today: date) -> None:
    table = TaskRow.__table__
    with workspace.database.transaction() as session:
        people = dict(session.execute(select(ContactRow.name, ContactRow.id)).all())
        owner_of = {role: people.get(name) for role, name in OWNERS.items()}
        found = session.execute(select(TaskRow.id, TaskRow.owner_role, TaskRow.due_date)).all()
        rows = []
        for ident, role, due in found:
            past = due < today - timedelta(days=GRACE_DAYS)
            left = ident % LEFT_UNDONE == 0 and due >= today - OVERDUE_WINDOW
            done = past and not left
            rows.append({
                "b_id": ident, "b_owner": owner_of.get(role or ""),
                "b_done": datetime.combine(due, time(14), tzinfo=UTC) if done else None,
                "b_by": OWNERS.get(role or "", "") if done else "",
            })  # fmt: skip
        if rows:
            session.connection().execute(
                update(table)  # type: ignore[arg-type]
                .where(table.c.id == bindparam("b_id"))
                .values(
                    owner_contact_id=bindparam("b_owner"),
                    done_at=bindparam("b_done"),
                    done_by=bindparam("b_by"),
                ),
                rows,
            )
