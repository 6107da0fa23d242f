"""Import holds what a hostile file asks of the planner within limits: 50,000 categories on
one event make a few tags, not 50,000."""

from __future__ import annotations

from sqlalchemy import func, select

from eventplanner.domain.enums import EventKind
from eventplanner.persistence.schema import TagRow
from eventplanner.services.importing.import_mapping import MAX_TAGS
from eventplanner.services.importing.service import ImportAction
from eventplanner.services.workspace import Workspace
from tests.icsfiles import calendar, event


def _tags(workspace: Workspace) -> int:
    with workspace.database.reading() as session:
        return int(session.scalar(select(func.count()).select_from(TagRow)) or 0)


def test_fifty_thousand_categories_make_a_few_tags_and_a_warning(workspace: Workspace) -> None:
    names = ",".join(["Seminarium", *(f"ämne {number}" for number in range(50_000))])
    plan = workspace.imports.plan(calendar(event(f"CATEGORIES:{names}")))
    (planned,) = plan.events
    assert planned.action is ImportAction.NEW and planned.kind is EventKind.SEMINAR
    assert planned.tags == tuple(f"ämne {number}" for number in range(MAX_TAGS))
    assert (
        f"the event has 50,001 categories; the first {MAX_TAGS} became tags, the rest were left out"
    ) in planned.warnings
    workspace.imports.apply(plan)
    assert _tags(workspace) == MAX_TAGS
    assert len(workspace.events.get_by_uid("a@test").tags) == MAX_TAGS


def test_as_many_categories_as_tags_allowed_need_no_warning(workspace: Workspace) -> None:
    names = ",".join(["Mässa", *(f"t{number}" for number in range(MAX_TAGS))])
    (planned,) = workspace.imports.plan(calendar(event(f"CATEGORIES:{names}"))).events
    assert len(planned.tags) == MAX_TAGS
    assert not [w for w in planned.warnings if "categories" in w]
