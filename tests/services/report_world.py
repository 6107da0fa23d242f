"""A research project's year with hand-counted figures, for the funder's report's tests.

Counted by hand (period 2021-01-01 to 2021-12-31):
- seminars: the March seminar (3 h) and the three weekly September ones (2 h each): 4 held,
  all public, 9 hours; a fair of two days, closed, no hours; the June seminar is cancelled,
  one in December 2020 is before the period, one belongs to another project.
- workshop (closed, 2.5 h): 1 held.
- registrations on the events held: March: Anna, Bo attended; Cilla registered; Dan no-show;
  Eva cancelled. Workshop: Anna, Fia, Gus attended; Eva registered. September series: Cilla
  attended. So 6 attended, 1+1 registered, 1 no-show, 1 cancelled; seats 9 (5 seminars, 4
  workshop).
- people holding a seat: Anna, Bo, Cilla, Dan, Eva, Fia, Gus = 7; attended: Anna, Bo, Cilla,
  Fia, Gus = 5; organisations attended: ABB (Anna, Bo), Svets (Cilla), Fin Oy (Fia) = 3
  (Gus has none).
- the March seminar has two sessions, Dan speaks at both: 2 sessions, 1 speaker.
- budget: the March seminar's venue 3 000 planned, 2 500 actual; the project's own marketing
  1 000 and 1 000 (the project runs 2021, so a report over the year counts its own lines):
  costs 4 000 planned (444.44 a seat of 9), 3 500 actual (583.33 an
  attendance of 6).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from eventplanner.domain.budget import BudgetCategory, BudgetLine
from eventplanner.domain.enums import (
    ActorType,
    CompanySize,
    EventKind,
    EventStatus,
    OrganisationType,
)
from eventplanner.domain.model import Contact, EventDraft, Organisation, Project
from eventplanner.domain.programme import PersonRole, RoleLink, Session, Target
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.domain.reports import ProjectTarget, TargetKind
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.services.workspace import Workspace

STO = ZoneInfo("Europe/Stockholm")
FIRST = date(2021, 1, 1)
LAST = date(2021, 12, 31)
A, R, N, C = (RegistrationStatus.ATTENDED, RegistrationStatus.REGISTERED,
              RegistrationStatus.NO_SHOW, RegistrationStatus.CANCELLED)  # fmt: skip


@dataclass(frozen=True)
class ReportWorld:
    project_id: int
    other_project_id: int
    people: dict[str, int]
    events: dict[str, int]
    organisations: dict[str, int]


def _at(day: date, hour: float) -> datetime:
    return datetime(day.year, day.month, day.day, int(hour), int(hour % 1 * 60), tzinfo=STO)


def build_report_world(workspace: Workspace) -> ReportWorld:
    org = workspace.organisations.create
    funder = org(Organisation(None, "Energimyndigheten", OrganisationType.FUNDER))
    orgs = {
        "abb": org(Organisation(None, "ABB", OrganisationType.MEMBER_COMPANY,
                                org_number="556677-8899", size=CompanySize.LARGE,
                                actor_type=ActorType.INDUSTRY)),
        "svets": org(Organisation(None, "Svets AB", OrganisationType.MEMBER_COMPANY,
                                  org_number="556012-3456", size=CompanySize.SME,
                                  actor_type=ActorType.INDUSTRY)),
        "mdu": org(Organisation(None, "MDU", OrganisationType.UNIVERSITY_OR_INSTITUTE,
                                actor_type=ActorType.ACADEMIA)),
        "kommun": org(Organisation(None, "Västerås stad", OrganisationType.PUBLIC_SECTOR,
                                   org_number="212000-0043",
                                   actor_type=ActorType.PUBLIC_SECTOR)),
        "fin": org(Organisation(None, "Fin Oy", OrganisationType.PARTNER, country="FI",
                                size=CompanySize.SME, actor_type=ActorType.INDUSTRY)),
    }  # fmt: skip
    project = workspace.projects.create(
        Project(None, "Stålet digitalt", funder_id=funder.id, start=FIRST, end=LAST)
    )
    other = workspace.projects.create(Project(None, "Mikrofabriker"))
    placed = {"Anna": "abb", "Bo": "abb", "Cilla": "svets", "Dan": "mdu", "Eva": "kommun",
              "Fia": "fin", "Gus": None}  # fmt: skip
    people = {
        name: workspace.contacts.create(
            Contact(None, f"{name} Testsson", f"{name.lower()}@example.se",
                    organisation_id=None if o is None else orgs[o].id)
        ).id or 0
        for name, o in placed.items()
    }  # fmt: skip

    def event(title: str, kind: EventKind, day: date, start: float, end: float, *,
              public: bool = True, project: int | None = None,
              status: EventStatus = EventStatus.CONFIRMED,
              recurrence: str | None = None) -> int:  # fmt: skip
        draft = EventDraft(
            title, TimedSpan(_at(day, start), _at(day, end)), kind=kind, status=status,
            project_id=project if project is not None else project_of, public=public,
            recurrence=None if recurrence is None else Recurrence(recurrence),
        )  # fmt: skip
        return workspace.events.create(draft).event.id

    project_of = project.id
    events = {
        "march": event("Stål och AI", EventKind.SEMINAR, date(2021, 3, 10), 13, 16),
        "workshop": event("Verkstad", EventKind.WORKSHOP, date(2021, 5, 5), 9, 11.5,
                          public=False),
        "september": event("Höstserien", EventKind.SEMINAR, date(2021, 9, 1), 10, 12,
                           recurrence="FREQ=WEEKLY;COUNT=3"),
        "cancelled": event("Inställt", EventKind.SEMINAR, date(2021, 6, 1), 10, 12,
                           status=EventStatus.CANCELLED),
        "before": event("Förra året", EventKind.SEMINAR, date(2020, 12, 1), 10, 12),
        "other": event("Annat projekt", EventKind.SEMINAR, date(2021, 4, 1), 10, 12,
                       project=other.id),
    }  # fmt: skip
    fair = EventDraft("Mässan", AllDaySpan(date(2021, 10, 12), date(2021, 10, 13)),
                      kind=EventKind.TRADE_FAIR, project_id=project.id, public=False)  # fmt: skip
    events["fair"] = workspace.events.create(fair).event.id
    registrations = {
        "march": {"Anna": A, "Bo": A, "Cilla": R, "Dan": N, "Eva": C},
        "workshop": {"Anna": A, "Fia": A, "Gus": A, "Eva": R},
        "september": {"Cilla": A},
        "cancelled": {"Bo": A},
        "before": {"Eva": A},
        "other": {"Eva": A, "Dan": A},
    }
    for key, statuses in registrations.items():
        for name, status in statuses.items():
            first = R if status is C else status
            workspace.registrations.register(events[key], people[name], status=first)
            if status is C:
                workspace.registrations.cancel(events[key], people[name])
    march = _at(date(2021, 3, 10), 13)
    for n in range(2):
        start = march + timedelta(hours=n)
        workspace.programme.add_session(
            Session(None, events["march"], f"Föredrag {n + 1}", start, start + timedelta(hours=1)),
            [RoleLink(None, people["Dan"], PersonRole.SPEAKER, Target.SESSION, 0),
             RoleLink(None, people["Eva"], PersonRole.MODERATOR, Target.SESSION, 0)],
        )  # fmt: skip
    workspace.budget.add(BudgetLine(None, BudgetCategory.VENUE, Decimal(3000), Decimal(2500),
                                    event_id=events["march"]))  # fmt: skip
    workspace.budget.add(BudgetLine(None, BudgetCategory.MARKETING, Decimal(1000),
                                    Decimal(1000), project_id=project.id))  # fmt: skip
    for name, kind, amount, event_kind in (
        ("Seminarier", TargetKind.EVENTS_HELD, 10, EventKind.SEMINAR),
        ("Deltagare", TargetKind.PARTICIPANTS, 300, None),
        ("Företag", TargetKind.COMPANIES, 40, None),
    ):
        workspace.targets.add(ProjectTarget(None, project.id or 0, name, kind, amount, event_kind))
    return ReportWorld(project.id or 0, other.id or 0, people, events,
                       {k: v.id or 0 for k, v in orgs.items()})  # fmt: skip
