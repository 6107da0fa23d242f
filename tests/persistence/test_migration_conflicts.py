"""The conflicts' migration adds the subscribed calendars and the accepted conflicts; a
downgrade of one step drops them, and nothing else. (Written without its number: it is
renumbered when the programme's migration comes before it.)"""

from __future__ import annotations

from sqlalchemy import inspect
from sqlalchemy.engine import URL

from eventplanner.domain.model import Venue
from eventplanner.persistence import migrations
from eventplanner.services.workspace import Workspace

TABLES = {"subscriptions", "accepted_conflicts"}
LATER = {
    "programme_releases", "tasks", "stands", "co_exhibitors", "stand_deadlines",
    "exhibitor_staff", "stand_materials", "shifts", "shift_people", "contact_skills",
    "playbooks", "playbook_tasks", "settings", "own_days_off", "registrations",
    "registration_sessions", "budget_lines", "project_targets", "erased_contacts",
}  # fmt: skip
"""Tables of the migrations after it (0012, 0015 to 0024), which a downgrade to before it
drops too."""


def test_the_conflicts_tables_come_with_the_upgrade_and_go_with_its_downgrade(
    empty_database_url: URL,
) -> None:
    workspace = Workspace.open(empty_database_url)
    try:
        engine = workspace.database.engine
        assert set(inspect(engine).get_table_names()) >= TABLES
        workspace.venues.create(Venue(None, "Aulan"))
        before = set(inspect(engine).get_table_names())
        migrations.downgrade(engine, "0009")  # to before 0010, whatever came after it
        assert set(inspect(engine).get_table_names()) == before - TABLES - LATER
        assert [v.name for v in workspace.venues.list()] == ["Aulan"]
        migrations.upgrade(engine)
        assert set(inspect(engine).get_table_names()) >= TABLES
    finally:
        workspace.close()
