"""The sample's staff rotas (issue 15): each trade fair's shared stand staffed over its
build-up (the day before), its open days in two shifts (08:30–13:00 and 13:00–17:30, as
its description says) and its tear-down (the day after), by the cluster's staff and ABB's
demo operator; the skills they have and the shifts require.

Past fairs were fully staffed. The next fair is still being planned: its last afternoon is
one short, its opening shift asks for German that no one on it has, and a researcher
joins one afternoon beyond the need, with a reason: the window's warnings have something
to say. Nobody works more than eight hours a day or two places at once otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import EventDraft
from eventplanner.domain.rota import Shift, ShiftKind
from eventplanner.domain.timing import AllDaySpan
from eventplanner.services.sample.calendar import timed
from eventplanner.services.workspace import Workspace

SKILLS: Sequence[tuple[str, tuple[str, ...]]] = (
    ("Märta Håkansson", ("tyska", "engelska", "monteransvarig")),
    ("Åsa Lindqvist", ("engelska",)),
    ("Jörgen Öberg", ("engelska", "truckkort")),
    ("Björn Sjöström", ("demooperatör",)),
    ("Henrik Åberg", ("demooperatör", "engelska")),
    ("Per Nyström", ("demooperatör",)),
)

# Each open day: (morning, afternoon), each two people, one of them a demo operator.
_DAYS: Sequence[tuple[tuple[str, str], tuple[str, str]]] = (
    (("Henrik Åberg", "Märta Håkansson"), ("Björn Sjöström", "Jörgen Öberg")),
    (("Björn Sjöström", "Åsa Lindqvist"), ("Henrik Åberg", "Märta Håkansson")),
    (("Henrik Åberg", "Jörgen Öberg"), ("Björn Sjöström", "Åsa Lindqvist")),
)
_BUILD_UP = ("Jörgen Öberg", "Märta Håkansson", "Henrik Åberg")
_TEAR_DOWN = ("Björn Sjöström", "Jörgen Öberg")
EXTRA_REASON = "Visar interoperabilitetsdemon med RISE på eftermiddagen"


def add_rotas(
    workspace: Workspace, drafts: Sequence[EventDraft], ids: Sequence[int], today: date
) -> int:
    """Give the contacts their skills and every trade fair its rota; how many shifts."""
    people = {c.name: c.id or 0 for c in workspace.contacts.list()}
    for name, skills in SKILLS:
        for skill in skills:
            workspace.rota.add_skill(people[name], skill)
    fairs = [
        (draft, ident)
        for draft, ident in zip(drafts, ids, strict=True)
        if draft.kind is EventKind.TRADE_FAIR
        and isinstance(draft.timing, AllDaySpan)
        and not draft.title.startswith(("Uppbyggnad:", "Rivning:"))
    ]
    upcoming = min((_first(d) for d, _i in fairs if _first(d) > today), default=None)
    made = 0
    for draft, ident in fairs:
        made += _rota(workspace, draft, ident, people, planning=_first(draft) == upcoming)
    return made


def _first(draft: EventDraft) -> date:
    assert isinstance(draft.timing, AllDaySpan)
    return draft.timing.first_day


def _rota(workspace: Workspace, draft: EventDraft, event_id: int, people: dict[str, int],
          *, planning: bool) -> int:  # fmt: skip
    timing = draft.timing
    assert isinstance(timing, AllDaySpan)
    first, last = timing.first_day, timing.last_day
    rota = workspace.rota

    def shift(kind: ShiftKind, title: str, day: date, hours: tuple[str, str], needed: int,
              skills: tuple[str, ...] = ()) -> int:  # fmt: skip
        span = timed(day, *hours)
        made = rota.add_shift(Shift(None, event_id, kind, title, span.start, span.end, needed,
                                    skills)).record  # fmt: skip
        return made.id or 0

    def staff(shift_id: int, names: Sequence[str]) -> None:
        for name in names:
            rota.assign(shift_id, people[name])

    count = 0
    build = shift(ShiftKind.BUILD_UP, "Uppbyggnad", first - timedelta(days=1),
                  ("08:00", "16:00"), 3, ("truckkort",))  # fmt: skip
    staff(build, _BUILD_UP)
    count += 1
    days = min((last - first).days + 1, len(_DAYS))
    for n in range(days):
        day = first + timedelta(days=n)
        morning_people, afternoon_people = _DAYS[n]
        opening = n == 0 and planning
        morning = shift(ShiftKind.OPEN_DAY, f"Dag {n + 1}, förmiddag", day, ("08:30", "13:00"),
                        2, ("demooperatör", "tyska") if opening else ("demooperatör",))  # fmt: skip
        afternoon = shift(ShiftKind.OPEN_DAY, f"Dag {n + 1}, eftermiddag", day,
                          ("13:00", "17:30"), 2, ("demooperatör",))  # fmt: skip
        if opening:  # German asked for, and Märta, who speaks it, not on the shift yet
            morning_people = ("Henrik Åberg", "Åsa Lindqvist")
            afternoon_people = ("Björn Sjöström", "Jörgen Öberg")
        staff(morning, morning_people)
        last_afternoon = n == days - 1 and planning
        staff(afternoon, afternoon_people[:1] if last_afternoon else afternoon_people)
        if planning and n == 1:
            rota.assign(afternoon, people["Per Nyström"], EXTRA_REASON)
        count += 2
    tear = shift(ShiftKind.TEAR_DOWN, "Rivning", last + timedelta(days=1), ("08:00", "13:00"), 2)
    staff(tear, _TEAR_DOWN)
    return count + 1
