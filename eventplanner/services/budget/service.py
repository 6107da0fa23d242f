"""An event's and a project's budget: its lines, the co-exhibitors' shares and the totals.

Every write is one transaction and returns its change set (``Written.changes``, or the
``ChangeSet`` itself for a removal), naming the line (``Kind.BUDGET_LINE``): nothing of a
budget is in a calendar, so the event's own row and its feeds are left alone. Refused input
raises ``ValidationError`` and changes nothing.

**Co-exhibitor shares are computed on read**, never stored: each read of an event's budget
works them out from the stand's co-exhibitors and the budget's stand-fee lines as they are
at that moment (``domain.budget.co_exhibitor_lines``). A stored copy would have to be kept
in step by every write of a co-exhibitor, a stand and a stand-fee line, and an import or an
undo that missed one would leave a figure nobody typed and nobody can trace; computed, the
figure is always the one the stand gives, and the window says where it comes from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from eventplanner.domain.budget import (
    BudgetCategory,
    BudgetLine,
    BudgetTotals,
    checked,
    co_exhibitor_lines,
    cost_per_participant,
    totals,
)
from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.text import swedish_sort_key
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import (
    BudgetLineRow,
    CoExhibitorRow,
    EventRow,
    ProjectRow,
    StandRow,
)
from eventplanner.services.budget import stored
from eventplanner.services.change_journal import reported
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.programme.records import Written
from eventplanner.services.registrations.reading import counts_of
from eventplanner.services.stand.reading import Names, co_exhibitor


@dataclass(frozen=True, slots=True)
class EventBudget:
    """An event's budget as read: its typed lines, then the co-exhibitors' shares
    (derived), and the totals of both in SEK."""

    event_id: int
    event_title: str
    project_id: int | None
    lines: tuple[BudgetLine, ...]
    totals: BudgetTotals
    registered: int = 0
    """Seats taken by its registrations (registered, attended, no-show): whom it planned for."""
    attended: int = 0
    """Registrations marked attended: whom it was spent on."""

    @property
    def planned_per_participant(self) -> Decimal | None:
        """Planned costs per seat taken (SEK); None with no one registered."""
        return cost_per_participant(self.totals.planned_costs, self.registered)

    @property
    def actual_per_participant(self) -> Decimal | None:
        """Actual costs per person who attended (SEK); None before anyone is marked attended."""
        return cost_per_participant(self.totals.actual_costs, self.attended)

    @property
    def typed(self) -> tuple[BudgetLine, ...]:
        return tuple(line for line in self.lines if not line.derived)

    @property
    def derived(self) -> tuple[BudgetLine, ...]:
        return tuple(line for line in self.lines if line.derived)

    def cost_per_participant(self, participants: int, *, actual: bool = True) -> Decimal | None:
        """Costs per participant (SEK), actual or planned, for a count given (the command
        line's ``--participants``: people not registered here); None with no participants."""
        costs = self.totals.actual_costs if actual else self.totals.planned_costs
        return cost_per_participant(costs, participants)


@dataclass(frozen=True, slots=True)
class BudgetSummary:
    """Totals over many budgets: what was added up, and how many events' budgets."""

    totals: BudgetTotals
    events: int
    project_lines: int


class BudgetService:
    """Use cases on budgets. Every method is one transaction: all of it or none."""

    def __init__(self, database: Database) -> None:
        self._db = database

    # -- reading ---------------------------------------------------------------------------

    def event_budget(self, event_id: int) -> EventBudget:
        """The event's lines (typed ones in category order, then the co-exhibitors' shares)
        and their totals."""
        with self._db.reading() as session:
            event = _event(session, event_id)
            return _budget_of(session, event)

    def project_lines(self, project_id: int) -> tuple[BudgetLine, ...]:
        """A project's own lines (those on none of its events)."""
        with self._db.reading() as session:
            _project(session, project_id)
            found = session.scalars(
                select(BudgetLineRow).where(BudgetLineRow.project_id == project_id)
            )
            return _in_order([stored.line(r) for r in found])

    def line(self, line_id: int) -> BudgetLine:
        with self._db.reading() as session:
            return stored.line(_get(session, line_id))

    def summary(self, *, project_id: int | None = None, year: int | None = None) -> BudgetSummary:
        """Totals of the events' budgets (co-exhibitors' shares included): of a project's
        events and its own lines, of the events held in a year (by their first day in
        their own time zone), or both: a project's events in a year (its own lines, which
        have no date, then left out)."""
        with self._db.reading() as session:
            query = select(EventRow)
            if project_id is not None:
                _project(session, project_id)
                query = query.where(EventRow.project_id == project_id)
            if year is not None:
                if not 1900 <= year <= 2200:
                    raise ValidationError("year", f"{year} is not a year to add up")
                earliest = datetime(year, 1, 1, tzinfo=ZoneInfo("UTC")) - timedelta(days=2)
                latest = datetime(year + 1, 1, 1, tzinfo=ZoneInfo("UTC")) + timedelta(days=2)
                query = query.where(EventRow.starts_at >= earliest, EventRow.starts_at < latest)
            with_lines = select(BudgetLineRow.event_id).where(BudgetLineRow.event_id.is_not(None))
            with_stand = select(StandRow.event_id)
            query = query.where(EventRow.id.in_(with_lines) | EventRow.id.in_(with_stand))
            events = [e for e in session.scalars(query) if year is None or _year(e) == year]
            total = BudgetTotals()
            counted = 0
            for event in events:
                budget = _budget_of(session, event)
                if budget.lines:
                    total += budget.totals
                    counted += 1
            own = 0
            if project_id is not None and year is None:
                rows = session.scalars(
                    select(BudgetLineRow).where(BudgetLineRow.project_id == project_id)
                )
                mine = [stored.line(r) for r in rows]
                own = len(mine)
                total += totals(mine)
            return BudgetSummary(total, counted, own)

    def events_totals(self, event_ids: Sequence[int]) -> BudgetTotals:
        """The budgets of these events added up (co-exhibitors' shares included, as
        ``event_budget`` has them), read at once: the funder's report's budget."""
        ids = sorted(set(event_ids))
        total = BudgetTotals()
        if not ids:
            return total
        with self._db.reading() as session:
            typed: dict[int, list[BudgetLine]] = {}
            rows = session.scalars(select(BudgetLineRow).where(BudgetLineRow.event_id.in_(ids)))
            for row in rows:
                typed.setdefault(row.event_id or 0, []).append(stored.line(row))
            stands = {
                s.event_id: s
                for s in session.scalars(select(StandRow).where(StandRow.event_id.in_(ids)))
            }
            for event_id in sorted(set(typed) | set(stands)):
                mine = _in_order(typed.get(event_id, []))
                total += totals(mine + _shares(session, event_id, stands.get(event_id), mine))
        return total

    # -- writing ---------------------------------------------------------------------------

    @reported
    def add(self, line: BudgetLine) -> Written[BudgetLine]:
        """A line on an event (``line.event_id``) or a project (``line.project_id``)."""
        line = checked(replace(line, id=None, version=0))
        with self._db.transaction() as session:
            _owner_exists(session, line)
            row = BudgetLineRow(**stored.values(line), version=1)
            session.add(row)
            session.flush()
            return Written(
                stored.line(row), ChangeSet.of(Kind.BUDGET_LINE, Action.CREATED, [row.id])
            )

    @reported
    def edit(self, line: BudgetLine) -> Written[BudgetLine]:
        """Save a line as ``line`` has it (loaded at its version); its owner stays."""
        if line.id is None:
            raise ValidationError("id", "the budget line has not been saved yet")
        with self._db.transaction() as session:
            row = _get(session, line.id, line.version)
            line = checked(replace(line, event_id=row.event_id, project_id=row.project_id))
            for name, value in stored.values(line).items():
                setattr(row, name, value)
            session.flush()
            return Written(
                stored.line(row), ChangeSet.of(Kind.BUDGET_LINE, Action.CHANGED, [row.id])
            )

    @reported
    def remove(self, line_id: int) -> ChangeSet:
        """Take a line off its budget."""
        with self._db.transaction() as session:
            row = _get(session, line_id)
            session.delete(row)
            session.flush()
            return ChangeSet.of(Kind.BUDGET_LINE, Action.DELETED, [line_id])

    @reported
    def put_back(self, line: BudgetLine) -> Written[BudgetLine]:
        """A removed line again, with its id where still free (undo of a removal)."""
        line = checked(line)
        with self._db.transaction() as session:
            _owner_exists(session, line)
            free = line.id is not None and session.get(BudgetLineRow, line.id) is None
            row = BudgetLineRow(**stored.values(line), version=1)
            if free and line.id is not None:
                row.id = line.id
            session.add(row)
            session.flush()
            return Written(
                stored.line(row), ChangeSet.of(Kind.BUDGET_LINE, Action.CREATED, [row.id])
            )


# -- reading helpers -----------------------------------------------------------------------


def _budget_of(session: OrmSession, event: EventRow) -> EventBudget:
    rows = session.scalars(select(BudgetLineRow).where(BudgetLineRow.event_id == event.id))
    typed = _in_order([stored.line(r) for r in rows])
    stand = session.scalars(select(StandRow).where(StandRow.event_id == event.id)).one_or_none()
    lines = typed + _shares(session, event.id, stand, typed)
    counted = counts_of(session, [event.id]).get(event.id)
    seated, attended = (counted.seated, counted.attended) if counted else (0, 0)
    return EventBudget(event.id, event.title, event.project_id, lines, totals(lines),
                       registered=seated, attended=attended)  # fmt: skip


def _shares(
    session: OrmSession, event_id: int, stand: StandRow | None, typed: tuple[BudgetLine, ...]
) -> tuple[BudgetLine, ...]:
    """The co-exhibitors' shares of the event's stand (none without one)."""
    if stand is None:
        return ()
    names = Names(session)
    exhibitors = sorted(
        (co_exhibitor(r, names) for r in session.scalars(
            select(CoExhibitorRow).where(CoExhibitorRow.stand_id == stand.id))),
        key=lambda e: swedish_sort_key(e.organisation_name),
    )  # fmt: skip
    return co_exhibitor_lines(event_id, stand.area, exhibitors, typed)


def _in_order(lines: Sequence[BudgetLine]) -> tuple[BudgetLine, ...]:
    """Costs before income, each in the categories' order, then by id (as typed)."""
    order = {category: index for index, category in enumerate(BudgetCategory)}
    return tuple(sorted(lines, key=lambda x: (x.is_income, order[x.category], x.id or 0)))


def _year(event: EventRow) -> int:
    if event.first_day is not None:
        return event.first_day.year
    return event.starts_at.astimezone(ZoneInfo(event.time_zone)).year


def _event(session: OrmSession, event_id: int) -> EventRow:
    row = session.get(EventRow, event_id)
    if row is None:
        raise NotFoundError(f"there is no event with id {event_id} (it may have been deleted)")
    return row


def _project(session: OrmSession, project_id: int) -> ProjectRow:
    row = session.get(ProjectRow, project_id)
    if row is None:
        raise NotFoundError(f"there is no project with id {project_id} (it may have been deleted)")
    return row


def _owner_exists(session: OrmSession, line: BudgetLine) -> None:
    if line.event_id is not None:
        _event(session, line.event_id)
    if line.project_id is not None:
        _project(session, line.project_id)


def _get(session: OrmSession, line_id: int, expected: int = 0) -> BudgetLineRow:
    row = session.get(BudgetLineRow, line_id)
    if row is None:
        raise NotFoundError(f"there is no budget line with id {line_id} (it may have been removed)")
    if expected and row.version != expected:
        raise ConflictError(
            "the budget line was changed by someone else since you opened it; nothing was "
            "saved. Reload it and make your change again."
        )
    return row
