"""The stand's rules: shares of the area, share or fee, measures within bounds, the open
days read from the phases, and the deadlines as dated items."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.programme import Phase, PhaseKind
from eventplanner.domain.stand import (
    CoExhibitor,
    DeadlineKind,
    ExhibitorStaff,
    Stand,
    StandDeadline,
    StandMaterial,
    co_exhibitor_problems,
    dated_items,
    material_problems,
    open_days,
    staff_problems,
    stand_problems,
)

STO = ZoneInfo("Europe/Stockholm")
UTC = ZoneInfo("UTC")


def messages(problems: list[object]) -> list[str]:
    return [str(p) for p in problems]


def test_a_stand_holds_its_shares() -> None:
    assert stand_problems(Stand(None, 1, area=60.0), shares=60.0) == []
    assert messages(stand_problems(Stand(None, 1, area=50.0), shares=60.0)) == [
        "area: the stand cannot be 50 m²: its co-exhibitors' shares add up to 60 m²; make "
        "their shares smaller first"
    ]
    assert stand_problems(Stand(None, 1), shares=60.0) == []  # area not known yet


@pytest.mark.parametrize("area", [0.0, -1.0, float("nan"), 10_001.0])
def test_a_stand_area_out_of_bounds(area: float) -> None:
    (problem,) = stand_problems(Stand(None, 1, area=area))
    assert problem.field == "area"


def test_shares_may_fill_the_stand_never_more() -> None:
    others = [CoExhibitor(1, 1, 10, area=30.0), CoExhibitor(2, 1, 11, fee=Decimal(5000))]
    fits = CoExhibitor(None, 1, 12, area=30.0)
    assert co_exhibitor_problems(fits, "Robotik", 60.0, others) == []
    too_big = CoExhibitor(None, 1, 12, area=30.5)
    assert messages(co_exhibitor_problems(too_big, "Robotik", 60.0, others)) == [
        "area: the co-exhibitor 'Robotik' cannot have 30.5 m²: the stand is 60 m² and the "
        "other co-exhibitors have 30 m², so 30 m² is left"
    ]
    # Changing one's own share counts the others only.
    grown = CoExhibitor(1, 1, 10, area=60.0)
    assert co_exhibitor_problems(grown, "Robotik", 60.0, others) == []
    # No area known: no sum to hold.
    assert co_exhibitor_problems(too_big, "Robotik", None, others) == []


def test_a_share_or_a_fee_not_both() -> None:
    both = CoExhibitor(None, 1, 10, area=5.0, fee=Decimal(100))
    assert messages(co_exhibitor_problems(both, "Stål", None, [])) == [
        "area: the co-exhibitor 'Stål' has a share of the area or a fixed fee, not both"
    ]


def test_quotas_and_measures() -> None:
    bad = CoExhibitor(None, 1, 10, staff_quota=-1, badge_quota=2000, power_kw=-2.0,
                      floor_m2=0.0, fee=Decimal("-5"))  # fmt: skip
    fields = [p.field for p in co_exhibitor_problems(bad, "Stål", None, [])]
    assert sorted(fields) == ["badges", "fee", "floor", "power", "staff"]


def test_people_and_items_need_names() -> None:
    assert [p.field for p in staff_problems(ExhibitorStaff(None, 1, " "))] == ["name"]
    assert [p.field for p in material_problems(StandMaterial(None, 1, ""))] == ["item"]
    assert [p.field for p in material_problems(StandMaterial(None, 1, "Screen", 0))] == ["quantity"]


def test_open_days_from_the_phases_in_the_events_zone() -> None:
    phases = [
        Phase(2, 1, PhaseKind.OPEN_DAY, datetime(2027, 3, 17, 8, tzinfo=UTC),
              datetime(2027, 3, 17, 15, tzinfo=UTC)),
        Phase(1, 1, PhaseKind.OPEN_DAY, datetime(2027, 3, 16, 8, tzinfo=UTC),
              datetime(2027, 3, 16, 16, tzinfo=UTC), "Första dagen"),
        Phase(3, 1, PhaseKind.BUILD_UP, datetime(2027, 3, 15, 8, tzinfo=UTC),
              datetime(2027, 3, 15, 16, tzinfo=UTC)),
    ]  # fmt: skip
    days = open_days(phases, "Europe/Stockholm")
    assert [(d.day, d.opens.time(), d.closes.time(), d.name) for d in days] == [
        (date(2027, 3, 16), time(9), time(17), "Första dagen"),
        (date(2027, 3, 17), time(9), time(16), ""),
    ]
    assert days[0].opens.tzinfo == STO


def test_deadlines_as_dated_items() -> None:
    deadlines = [
        StandDeadline(3, 1, DeadlineKind.BADGE_REQUESTS, date(2027, 3, 1), due_time=time(12)),
        StandDeadline(1, 1, DeadlineKind.REGISTRATION, date(2026, 11, 1), done=True),
        StandDeadline(2, 1, DeadlineKind.OTHER, date(2027, 3, 1), "Parking passes"),
        StandDeadline(None, 1, DeadlineKind.OTHER, date(2027, 1, 1)),  # not saved: not an item
    ]
    items = dated_items(deadlines)
    assert [(i.deadline_id, i.title, i.done) for i in items] == [
        (1, "Registration", True), (2, "Parking passes", False), (3, "Badge requests", False),
    ]  # fmt: skip
