"""The report's pure rules: a target checked, what its actual figure is, its progress."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from eventplanner.domain.enums import EventKind
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.reports import (
    KindLine,
    ProjectReport,
    ProjectTarget,
    ReachLine,
    TargetKind,
    TargetProgress,
    checked_target,
    target_actual,
)

REPORT = ProjectReport(
    1, "Stålet", "Vinnova", date(2027, 1, 1), date(2027, 12, 31),
    kinds=(KindLine("seminar", 4, 3, 1, Decimal("9"), 4, 50, 40),
           KindLine("workshop", 2, 0, 2, Decimal("5.5"), 2, 20, 18)),
    people=30, organisations=12,
    by_actor=(ReachLine("industry", 20, 9), ReachLine("academia", 10, 3)),
    by_size=(ReachLine("sme", 12, 7), ReachLine("large", 8, 2)),
    sessions=6, speakers=4, industry_smes=6,
)  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "event_kind", "actual"),
    [
        (TargetKind.EVENTS_HELD, EventKind.SEMINAR, 4),
        (TargetKind.EVENTS_HELD, None, 6),
        (TargetKind.CLOSED_EVENTS, None, 3),
        (TargetKind.HOURS, None, Decimal("14.5")),
        (TargetKind.REGISTRATIONS, EventKind.WORKSHOP, 20),
        (TargetKind.PARTICIPANTS, None, 58),
        (TargetKind.UNIQUE_PEOPLE, None, 30),
        (TargetKind.ORGANISATIONS, None, 12),
        (TargetKind.COMPANIES, None, 9),
        (TargetKind.SMES, None, 6),
        (TargetKind.SPEAKERS, None, 4),
    ],
)
def test_a_targets_actual(kind: TargetKind, event_kind: EventKind | None, actual: Decimal) -> None:
    target = ProjectTarget(None, 1, "T", kind, 10, event_kind)
    assert target_actual(REPORT, target) == actual


def test_progress_in_whole_per_cent_past_100() -> None:
    target = ProjectTarget(None, 1, "T", TargetKind.EVENTS_HELD, 3)
    assert TargetProgress(target, Decimal(2)).percent == 66
    assert TargetProgress(target, Decimal(6)).percent == 200


def test_a_target_is_checked() -> None:
    assert checked_target(ProjectTarget(None, 1, " SMF ", TargetKind.SMES, 5)).name == "SMF"
    with pytest.raises(ValidationError) as refused:
        checked_target(ProjectTarget(None, 1, "SMF", TargetKind.SMES, 10_000_001))
    assert refused.value.field == "amount"
