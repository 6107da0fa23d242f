"""Budget lines as stored: a row made into the domain's value and back (minor units)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from eventplanner.domain.budget import CENT, BudgetCategory, BudgetLine
from eventplanner.persistence.schema import BudgetLineRow


def minor(amount: Decimal) -> int:
    """An amount to the öre as whole öre (cents)."""
    return int((amount / CENT).to_integral_value())


def major(units: int) -> Decimal:
    return (Decimal(units) * CENT).quantize(CENT)


def line(row: BudgetLineRow) -> BudgetLine:
    return BudgetLine(
        row.id,
        BudgetCategory(row.category),
        major(row.planned_minor),
        None if row.actual_minor is None else major(row.actual_minor),
        row.description,
        row.currency,
        None if row.rate is None else Decimal(row.rate).normalize(),
        row.supplier,
        row.note,
        row.event_id,
        row.project_id,
        row.version,
    )


def values(budget_line: BudgetLine) -> dict[str, Any]:
    """The columns a (checked) line is stored as, its owner among them."""
    return {
        "event_id": budget_line.event_id,
        "project_id": budget_line.project_id,
        "category": budget_line.category.value,
        "description": budget_line.description,
        "planned_minor": minor(budget_line.planned),
        "actual_minor": None if budget_line.actual is None else minor(budget_line.actual),
        "currency": budget_line.currency,
        "rate": budget_line.rate,
        "supplier": budget_line.supplier,
        "note": budget_line.note,
    }
