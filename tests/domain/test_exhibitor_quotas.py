"""A co-exhibitor's quotas: people at once on the stand counted per moment (a person in two
overlapping shifts once), badges named against the badge quota."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from eventplanner.domain.exhibitor_quotas import (
    StaffQuota,
    badge_problems,
    most_at_once,
    staff_quota_excess,
)
from eventplanner.domain.rota import Shift, ShiftKind, ShiftPerson
from eventplanner.domain.stand import CoExhibitor, ExhibitorStaff

STO = ZoneInfo("Europe/Stockholm")


def at(hour: int) -> datetime:
    return datetime(2027, 3, 9, hour, tzinfo=STO)


def test_most_at_once_counts_a_person_once_and_only_those_there_together() -> None:
    assert most_at_once([]) == 0
    ada = [(at(9), at(13)), (at(12), at(15))]  # two overlapping shifts: one person
    bo = [(at(13), at(17))]
    cai = [(at(9), at(10))]
    assert most_at_once([ada]) == 1
    assert most_at_once([ada, bo, cai]) == 2  # Ada and Bo 13-15, Ada and Cai 9-10
    assert most_at_once([cai, bo]) == 1  # one after the other


def test_the_staff_quota_is_of_the_company_s_people_only() -> None:
    shifts = [
        Shift(1, 7, ShiftKind.OPEN_DAY, "Morgon", at(9), at(13), 3),
        Shift(2, 7, ShiftKind.OPEN_DAY, "Kväll", at(13), at(17), 3),
    ]
    people = [ShiftPerson(None, 1, 10), ShiftPerson(None, 1, 99)]  # 99: the cluster's
    quota = StaffQuota(3, "ABB", 1, frozenset({10, 11}))
    excess = staff_quota_excess(shifts[0], 11, shifts, people, [quota])
    assert excess is not None and (excess.at_once, excess.quota) == (2, 1)
    assert (
        excess.note
        == "'ABB' may have 1 person on the stand at once (its staff quota) and would have 2"
    )
    assert staff_quota_excess(shifts[1], 11, shifts, people, [quota]) is None
    assert staff_quota_excess(shifts[0], 98, shifts, people, [quota]) is None


def test_badges_named_against_the_quota() -> None:
    abb = CoExhibitor(3, 1, 5, badge_quota=1)
    staff = [ExhibitorStaff(1, 1, "Ada", 3), ExhibitorStaff(2, 1, "Bo", 3, badge=False)]
    assert badge_problems(abb, "ABB", staff) == []
    assert badge_problems(abb, "ABB", staff, ExhibitorStaff(None, 1, "Cai", 3, badge=False)) == []
    assert badge_problems(abb, "ABB", staff, ExhibitorStaff(None, 1, "Cai", None)) == []
    (problem,) = badge_problems(abb, "ABB", staff, ExhibitorStaff(None, 1, "Cai", 3))
    assert problem.field == "badge" and "all 1 are named (Ada)" in problem.message
    (smaller,) = badge_problems(CoExhibitor(3, 1, 5, badge_quota=0), "ABB", staff)
    assert smaller.message == (
        "the badge quota of 'ABB' cannot be 0: 1 of its people has a badge (Ada); take badges "
        "away first"
    )
