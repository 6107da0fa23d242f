"""Revision 0015 makes the tasks table and the feeds' choice of tasks: a 0014 database's
feeds upgrade to feeds of events ("{}"), tasks are stored and read back (dates, times, UTC
instants), and a downgrade takes both away again."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import inspect
from sqlalchemy.engine import URL, Engine

from eventplanner.domain.deadlines import parse_relative
from eventplanner.domain.feeds import Feed, FeedTasks
from eventplanner.domain.model import Contact, EventDraft
from eventplanner.domain.tasks import AnchorKind, TaskDraft, TaskRule
from eventplanner.domain.timing import AllDaySpan
from eventplanner.persistence import migrations
from eventplanner.persistence.database import create_database_engine
from eventplanner.services.workspace import Workspace


def _state(engine: Engine) -> tuple[bool, set[str]]:
    found = inspect(engine)
    feeds = {c["name"] for c in found.get_columns("feeds")}
    return "tasks" in found.get_table_names(), feeds


def test_a_0014_database_upgrades_and_downgrades(empty_database_url: URL) -> None:
    workspace = Workspace.open(empty_database_url)
    try:
        workspace.feeds.create(Feed(id=None, name="Mässor 2027"))
        migrations.downgrade(workspace.database.engine, "0014")
    finally:
        workspace.close()
    engine = create_database_engine(empty_database_url)
    try:
        assert migrations.state(engine).current == "0014"
        has_tasks, feed_columns = _state(engine)
        assert not has_tasks and "tasks_json" not in feed_columns
    finally:
        engine.dispose()

    workspace = Workspace.open(empty_database_url)
    try:
        assert migrations.state(workspace.database.engine).current == migrations.head()
        assert workspace.feeds.get_by_name("Mässor 2027").tasks == FeedTasks()
        anna = workspace.contacts.create(Contact(None, "Anna Berg")).id
        event = workspace.events.create(
            EventDraft("Elmia", AllDaySpan(date(2027, 7, 5), date(2027, 7, 7), "Europe/Stockholm"))
        ).event.id
        counted = workspace.tasks.add(
            TaskDraft("Monterritning", event_id=event, owner_contact_id=anna, due_time=time(9, 30),
                      rule=TaskRule(AnchorKind.EVENT_START, parse_relative("3wd before"))),
        ).task  # fmt: skip
        done_at = datetime(2027, 6, 1, 14, 5, tzinfo=UTC)
        workspace.tasks.mark_done(counted.id, by="Anna", at=done_at)
        back = workspace.tasks.get(counted.id)
        assert (back.due_date, back.due_time, back.done_at, back.owner_name) == (
            date(2027, 6, 30), time(9, 30), done_at, "Anna Berg"
        )  # fmt: skip
        assert back.rule == counted.rule
        workspace.feeds.create(Feed(None, "Annas", tasks=FeedTasks(owner_id=anna)))
        assert workspace.feeds.get_by_name("Annas").tasks == FeedTasks(owner_id=anna)
        migrations.downgrade(workspace.database.engine, "0014")
        has_tasks, feed_columns = _state(workspace.database.engine)
        assert not has_tasks and "tasks_json" not in feed_columns
    finally:
        workspace.close()
