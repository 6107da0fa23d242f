"""A co-exhibitor's quotas on a shared stand (issue 15): its badge quota and its staff quota.

**Badges.** The badge quota is how many of its people the co-exhibitor may name for a badge
(the fair organiser's exhibitor badges the cluster shares out). A person named for a badge
beyond it is refused, and so is a quota made smaller than the badges already named; people
without a badge do not count.

**Staff.** The staff quota is how many of its people may work the stand at once (a shared
stand has room for so many). Putting one of them on a shift that would have more of the
company's people on the stand at some moment than its quota is the rota's rule for a shift
filled beyond its need: it takes a reason (why one more), and is refused without one. The
company's people are those named for it on the stand, and the contacts who work for it.

Plain values and checks; ``services.stand`` and ``services.rota`` enforce them, the windows
check them as the coordinator types.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.rota import Shift, ShiftPerson
from eventplanner.domain.stand import CoExhibitor, ExhibitorStaff

# -- badges -----------------------------------------------------------------------------------


def badged(exhibitor_id: int | None, staff: Iterable[ExhibitorStaff]) -> list[ExhibitorStaff]:
    """The co-exhibitor's people named for a badge."""
    return [s for s in staff if s.co_exhibitor_id == exhibitor_id and s.badge]


def _people(count: int) -> str:
    return f"{count} {'person' if count == 1 else 'people'}"


def badge_problems(
    exhibitor: CoExhibitor, name: str, staff: Sequence[ExhibitorStaff],
    adding: ExhibitorStaff | None = None,
) -> list[ValidationError]:  # fmt: skip
    """``exhibitor`` (called ``name``) with the stand's ``staff``, and ``adding`` one more
    when given: more people with badges than its badge quota is a problem."""
    have = [s for s in badged(exhibitor.id, staff) if adding is None or s.id != adding.id]
    quota = exhibitor.badge_quota
    if adding is not None:
        if not adding.badge or adding.co_exhibitor_id != exhibitor.id or len(have) < quota:
            return []
        named = ", ".join(s.name for s in have)
        return [ValidationError(
            "badge",
            f"{name!r} has a badge quota of {quota} and "
            + (f"all {quota} are named ({named})" if have else "no badge to give")
            + f"; add {adding.name!r} without a badge, or raise {name!r}'s badge quota first",
        )]  # fmt: skip
    if len(have) <= quota:
        return []
    named = ", ".join(s.name for s in have)
    return [ValidationError(
        "badges",
        f"the badge quota of {name!r} cannot be {quota}: {len(have)} of its people "
        f"{'has a badge' if len(have) == 1 else 'have badges'} ({named}); take badges away "
        "first",
    )]  # fmt: skip


# -- staff at once ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StaffQuota:
    """A co-exhibitor's staff quota on an event's stand and who its people are."""

    co_exhibitor_id: int
    company: str
    quota: int
    contact_ids: frozenset[int]


@dataclass(frozen=True, slots=True)
class QuotaExcess:
    """Putting a person on a shift would have ``at_once`` of ``company``'s people on the
    stand at some moment, more than its ``quota``."""

    company: str
    quota: int
    at_once: int

    @property
    def note(self) -> str:
        return (
            f"{self.company!r} may have {_people(self.quota)} on the stand at once (its staff "
            f"quota) and would have {self.at_once}"
        )


def staff_quota_excess(
    shift: Shift,
    contact_id: int,
    shifts: Sequence[Shift],
    people: Sequence[ShiftPerson],
    quotas: Sequence[StaffQuota],
) -> QuotaExcess | None:
    """What putting ``contact_id`` on ``shift`` does to its company's staff quota, given
    the event's ``shifts`` and the ``people`` on them; None when within it (or the person
    is of no co-exhibitor)."""
    quota = next((q for q in quotas if contact_id in q.contact_ids), None)
    if quota is None or shift.id is None:
        return None
    spans: dict[int, list[tuple[datetime, datetime]]] = {contact_id: [(shift.start, shift.end)]}
    by_id = {s.id: s for s in shifts if s.id is not None}
    for person in people:
        other = by_id.get(person.shift_id)
        if other is None or person.contact_id not in quota.contact_ids:
            continue
        start, end = max(other.start, shift.start), min(other.end, shift.end)
        if start < end:
            spans.setdefault(person.contact_id, []).append((start, end))
    at_once = most_at_once(spans.values())
    return QuotaExcess(quota.company, quota.quota, at_once) if at_once > quota.quota else None


def most_at_once(spans: Iterable[Sequence[tuple[datetime, datetime]]]) -> int:
    """The most people there at one moment, each person given by their spans (overlapping
    spans of one person count once)."""
    people = [list(s) for s in spans]
    moments = sorted({t for person in people for span in person for t in span})
    most = 0
    for start, end in pairwise(moments):
        there = sum(1 for person in people if any(a <= start and end <= b for a, b in person))
        most = max(most, there)
    return most
