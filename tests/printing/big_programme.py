"""A large programme made in memory (no database): ``sessions`` spread over days × stages,
each with one to three speakers from organisations, for the PDF tests and benchmark."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from eventplanner.domain.programme import (
    Confirmation,
    PersonRole,
    ProgrammeEvent,
    RoleLink,
    Session,
    SessionKind,
    Stage,
    Target,
)
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan
from eventplanner.printing.documents import Person, Printable
from eventplanner.services.programme.records import Programme

FIRST_DAY = date(2027, 1, 26)
TOPICS = ("robotar i svetsningen", "digitala tvillingar", "vätgas i stålverket",
          "AI i kvalitetskontrollen", "elektrifierade transporter", "cirkulär design")  # fmt: skip


def big_printable(sessions: int = 500, days: int = 3, stages: int = 6) -> Printable:
    tz = "Europe/Stockholm"
    event = ProgrammeEvent(
        1, "Innovationsdagarna 2027", AllDaySpan(FIRST_DAY, FIRST_DAY + timedelta(days - 1), tz)
    )
    stage_list = tuple(Stage(n + 1, 1, f"Scen {n + 1}", position=n) for n in range(stages))
    people = {n: Person(f"Talare {n:03d}", f"Organisation {n % 40:02d}", f"+46 70-{n:06d}")
              for n in range(1, 301)}  # fmt: skip
    made: list[Session] = []
    links: list[RoleLink] = []
    clocks = {(d, s): datetime(2027, 1, 26 + d, 8, 0, tzinfo=zone(tz))
              for d in range(days) for s in range(stages)}  # fmt: skip
    for n in range(sessions):
        day, stage = (n // stages) % days, n % stages
        start = clocks[(day, stage)]
        length = timedelta(minutes=(20, 30, 45)[n % 3])
        kind = SessionKind.PANEL if n % 7 == 0 else SessionKind.TALK
        title = f"Pass {n + 1:03d}: {TOPICS[n % len(TOPICS)]}"
        made.append(Session(n + 1, 1, title, start, start + length, kind, stage + 1,
                            uid=f"s{n}"))  # fmt: skip
        for k in range(1 + n % 3):
            contact = 1 + (n * 3 + k) % 300
            role = PersonRole.MODERATOR if k == 1 else PersonRole.SPEAKER
            name = people[contact].name
            links.append(RoleLink(len(links) + 1, contact, role, Target.SESSION, n + 1,
                                  Confirmation.CONFIRMED, contact_name=name))  # fmt: skip
        clocks[(day, stage)] = start + length + timedelta(minutes=5)
    made.sort(key=lambda s: (s.start, s.stage_id or 0))
    programme = Programme(event, "event-uid", stage_list, (), tuple(made), (), tuple(links), ())
    return Printable(programme, people)
