"""Revision 0021 adds the budget lines; a downgrade takes them away and the events stay; an
upgrade brings the table back, empty, and the service works on it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import inspect
from sqlalchemy.engine import URL

from eventplanner.domain.budget import BudgetCategory, BudgetLine
from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence import migrations
from eventplanner.services.workspace import Workspace

START = datetime(2027, 3, 9, 8, tzinfo=UTC)


def test_budget_lines_come_and_go_with_0021(empty_database_url: URL) -> None:
    workspace = Workspace.open(empty_database_url)
    try:
        engine = workspace.database.engine
        assert "budget_lines" in inspect(engine).get_table_names()
        columns = {c["name"] for c in inspect(engine).get_columns("budget_lines")}
        assert {"planned_minor", "actual_minor", "currency", "rate"} <= columns
        event = workspace.events.create(
            EventDraft("Elmia", TimedSpan(START, START + timedelta(hours=8)))
        ).event
        line = BudgetLine(None, BudgetCategory.VENUE, Decimal("12.34"), event_id=event.id)
        workspace.budget.add(line)
        migrations.downgrade(engine, "0020")
        assert "budget_lines" not in inspect(engine).get_table_names()
        migrations.upgrade(engine)
        assert "budget_lines" in inspect(engine).get_table_names()
        assert workspace.events.get(event.id).title == "Elmia"
        assert workspace.budget.event_budget(event.id).lines == ()
        workspace.budget.add(line)
        assert workspace.budget.event_budget(event.id).totals.planned_costs == Decimal("12.34")
    finally:
        workspace.close()
