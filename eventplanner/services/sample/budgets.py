"""Budgets for a few of the sample's events: every trade fair (its stand fee, so the
co-exhibitors' shares of the area come out as income beside their fixed fees, and travel,
marketing and catering), the steel project's company seminar (with a speaker from the
Silicon Valley node paid in US dollars), the mingle in Palo Alto (the venue in dollars), and
the steel project's own grant from its funder.

Events already held have their actual amounts too (a little off the plan, as they are);
those ahead have only what was planned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from eventplanner.domain.budget import BudgetCategory, BudgetLine
from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.services.sample.catalog import Catalog
from eventplanner.services.workspace import Workspace

USD_RATE = Decimal("10.45")
"""SEK per US dollar, as the sample's budgets state it."""
STAND_FEE_PER_M2 = 1_850
"""SEK per m² of a shared stand at the sample's fairs."""


@dataclass(frozen=True, slots=True)
class _Line:
    category: BudgetCategory
    planned: int
    description: str = ""
    actual_share: str = "1"
    """Of the planned, what was spent (or received) once the event was held."""
    currency: str = "SEK"
    supplier: str = ""


_FAIR_LINES: Sequence[_Line] = (
    _Line(BudgetCategory.TRAVEL, 18_000, "Resor och hotell för monterpersonalen", "1.08"),
    _Line(BudgetCategory.MARKETING, 12_000, "Inbjudningar och annonser i mässkatalogen", "0.94"),
    _Line(BudgetCategory.CATERING, 6_500, "Kaffe och frukt i montern", "1.12"),
    _Line(BudgetCategory.TECHNOLOGY, 9_000, "El, nätverk och skärmhyra", "1"),
)
_SEMINAR = "Seminarium för företag: så lyckades stålverken med sensordata"
_SEMINAR_LINES: Sequence[_Line] = (
    _Line(BudgetCategory.VENUE, 8_000, "Lokalhyra Folkets hus", "1", supplier="Folkets hus"),
    _Line(BudgetCategory.CATERING, 9_500, "Lunch och fika för 100", "0.91"),
    _Line(
        BudgetCategory.SPEAKER_FEES, 1_500, "Talare från affärsnoden i Silicon Valley", "1", "USD"
    ),
    _Line(BudgetCategory.TRAVEL, 1_200, "Talarens resa från San Francisco", "1.1", "USD"),
    _Line(BudgetCategory.PARTICIPANT_FEES, 6_000, "Deltagaravgifter, 60 × 100 kr", "0.85"),
)
_MINGLE = "Mingel i Palo Alto"
_MINGLE_LINES: Sequence[_Line] = (
    _Line(BudgetCategory.VENUE, 900, "Lokal och dryck", "1.05", "USD"),
    _Line(BudgetCategory.SPONSORSHIP, 20_000, "Sponsring från medlemsföretag", "1"),
)
_GRANT = _Line(BudgetCategory.GRANTS, 1_200_000, "Projektbidrag från Vinnova", "0.5")


def add_budgets(
    workspace: Workspace, drafts: Sequence[EventDraft], ids: Sequence[int], catalog: Catalog,
    today: date,
) -> int:  # fmt: skip
    """Give the sample's fairs, the steel seminar and the Palo Alto mingle their budgets,
    and the steel project its grant; returns how many lines."""
    made = 0
    for draft, ident in zip(drafts, ids, strict=True):
        held = _last_day(draft) < today
        if draft.kind is EventKind.TRADE_FAIR:
            area = _stand_area(workspace, ident)
            if area is None:
                continue  # build-up and tear-down: no stand, no budget of their own
            fee = _Line(BudgetCategory.STAND_FEE, int(area * STAND_FEE_PER_M2),
                        "Monterhyra, delad monter", "1", supplier="Mässarrangören")  # fmt: skip
            made += _add(workspace, (fee, *_FAIR_LINES), held, event_id=ident)
        elif draft.title.startswith(_SEMINAR):
            made += _add(workspace, _SEMINAR_LINES, held, event_id=ident)
        elif draft.title.startswith(_MINGLE):
            made += _add(workspace, _MINGLE_LINES, held, event_id=ident)
    project = catalog.projects.get("stal")
    if project is not None:
        made += _add(workspace, (_GRANT,), True, project_id=project)
    return made


def _add(
    workspace: Workspace,
    lines: Sequence[_Line],
    held: bool,
    *,
    event_id: int | None = None,
    project_id: int | None = None,
) -> int:
    for line in lines:
        planned = Decimal(line.planned)
        actual = (planned * Decimal(line.actual_share)).quantize(Decimal("0.01")) if held else None
        workspace.budget.add(
            BudgetLine(
                None,
                line.category,
                planned,
                actual,
                line.description,
                line.currency,
                USD_RATE if line.currency == "USD" else None,
                line.supplier,
                event_id=event_id,
                project_id=project_id,
            )
        )
    return len(lines)


def _stand_area(workspace: Workspace, event_id: int) -> float | None:
    stand = workspace.stand.stand(event_id).stand
    return None if stand is None else stand.area


def _last_day(draft: EventDraft) -> date:
    timing = draft.timing
    if isinstance(timing, AllDaySpan):
        return timing.last_day
    assert isinstance(timing, TimedSpan)
    return timing.end.date()
