"""The sample's programmes (issue 14): the January innovation days on two stages in the
studio and the micro-factory and a digital stage, with guests in Silicon Valley; the report
launch's live panel; the Västerås fair's build-up, open days and tear-down; and a speaker
for each seminar of the steel project's series.

No person is in two places at once: each is on one session at a time, and those with a
role on a whole event have none on its sessions.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import EventDraft
from eventplanner.domain.programme import (
    Confirmation,
    OrganisationLink,
    OrganisationRole,
    PersonRole,
    Phase,
    PhaseKind,
    RoleLink,
    Session,
    SessionKind,
    Stage,
    Target,
)
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.services.sample.calendar import LOS_ANGELES, STOCKHOLM, timed
from eventplanner.services.sample.catalog import LIVE, OWN, Catalog
from eventplanner.services.workspace import Workspace

_LA_NOTE = "Gäst i Palo Alto (America/Los_Angeles): {local} lokal tid."

# (day, start, end, stage key, title, kind, ((person, role, note), ...)); stage None: all.
_Person = tuple[str, PersonRole, str]
_Item = tuple[int, str, str, str | None, str, SessionKind, tuple[_Person, ...]]

S, M, P = PersonRole.SPEAKER, PersonRole.MODERATOR, PersonRole.PANELLIST

_INNOVATION_DAYS: Sequence[_Item] = (
    (0, "09:00", "09:45", "scen1", "Invigning: Västerås – där automationen föds",
     SessionKind.KEYNOTE, (("Åsa Lindqvist", S, ""),)),
    (0, "10:00", "10:45", "scen1", "Elektrifiering från Västerås till Skellefteå",
     SessionKind.TALK, (("Elin Marklund", S, ""), ("Åsa Lindqvist", M, ""))),
    (0, "10:00", "10:30", "digital", "Batterier i norr: noden i Skellefteå presenterar sig",
     SessionKind.TALK, (("Erik Dahlgren", S, ""),)),
    (0, "10:15", "11:00", "scen2", "Mikrofabriker: produktion nära kunden",
     SessionKind.WORKSHOP, (("Henrik Åberg", S, ""),)),
    (0, "11:00", "11:45", "scen1", "Panel: kompetens för den automatiserade industrin",
     SessionKind.PANEL, (("Björn Sjöström", M, ""), ("Annika Söderberg", P, ""),
                         ("Göran Karlsson", P, ""), ("Lena Åkesson", P, ""))),
    (0, "11:00", "11:30", "digital", "Frågestund med noden i Skellefteå",
     SessionKind.TALK, (("Elin Marklund", S, ""),)),
    (0, "12:00", "13:00", None, "Lunch", SessionKind.LUNCH, ()),
    (0, "13:00", "13:45", "scen1", "Mälardalens industri i siffror",
     SessionKind.TALK, (("Erik Dahlgren", S, ""),)),
    (0, "13:30", "14:15", "digital", "Mikrofabriken i Kopparlunden: rundtur i direktsändning",
     SessionKind.TALK, (("Henrik Åberg", S, ""),)),
    (0, "14:00", "14:45", "scen1", "Finansiering för innovationsprojekt",
     SessionKind.TALK, (("Sofia Bergström", S, ""),)),
    (0, "14:00", "15:30", "scen2", "Utställning: medlemmarnas demonstratorer",
     SessionKind.EXHIBITION, ()),
    (1, "09:00", "09:45", "scen1", "Dag två: interoperabilitet på riktigt",
     SessionKind.KEYNOTE, (("Per Nyström", S, ""),)),
    (1, "10:00", "10:30", "scen1", "Interoperabilitet: OPC UA och förvaltningsskal",
     SessionKind.TALK, (("Per Nyström", S, ""), ("Åsa Lindqvist", M, ""))),
    (1, "10:00", "10:30", "digital", "Digitala tvillingar i molnet",
     SessionKind.TALK, (("Lena Åkesson", S, ""),)),
    (1, "10:15", "11:00", "scen2", "Workshop: robotceller för små serier",
     SessionKind.WORKSHOP, (("Henrik Åberg", S, ""),)),
    (1, "11:00", "11:45", "scen1", "Pitchtävling: unga bolag inom industriell automation",
     SessionKind.PANEL, (("Åsa Lindqvist", M, ""), ("Sofia Bergström", P, ""),
                         ("Erik Dahlgren", P, ""))),
    (1, "11:00", "11:30", "digital", "Forskarskolan i automation presenterar sig",
     SessionKind.TALK, (("Lena Åkesson", S, ""),)),
    (1, "12:00", "13:00", None, "Lunch", SessionKind.LUNCH, ()),
    (1, "13:00", "13:45", "scen1", "Kommunerna och industrin: vad krävs för att växa?",
     SessionKind.TALK, (("Maria Holmgren", S, ""),)),
    (1, "13:30", "14:15", "digital", "Säker fjärrstyrning av industriella system",
     SessionKind.TALK, (("Per Nyström", S, ""),)),
    (1, "14:00", "14:45", "scen1", "Arbetsmiljö i den automatiserade fabriken",
     SessionKind.TALK, (("Göran Karlsson", S, ""),)),
    (1, "14:00", "15:30", "scen2", "Utställning: robotik och vision",
     SessionKind.EXHIBITION, ()),
    (1, "17:30", "18:15", "digital", "Live från Silicon Valley: svensk automation i Kalifornien",
     SessionKind.PANEL, (("Karl Strömberg", M, _LA_NOTE.format(local="08:30")),
                         ("Priya Raman", P, _LA_NOTE.format(local="08:30")),
                         ("Daniel Okafor", P, _LA_NOTE.format(local="08:30")))),
    (2, "09:00", "10:00", "scen1", "Stålindustrins digitalisering – forskning i praktiken",
     SessionKind.KEYNOTE, (("Lena Åkesson", S, ""),)),
    (2, "10:00", "10:30", "digital", "Investerarnas syn på svensk industriteknik",
     SessionKind.TALK, (("Priya Raman", S, _LA_NOTE.format(local="01:00")),)),
    (2, "10:15", "11:00", "scen2", "Visualisering och digitala tvillingar i VR",
     SessionKind.WORKSHOP, (("Per Nyström", S, ""),)),
    (2, "10:30", "11:15", "scen1", "Från pilot till produktion: tre medlemmar berättar",
     SessionKind.PANEL, (("Åsa Lindqvist", M, ""), ("Henrik Åberg", P, ""),
                         ("Maria Holmgren", P, ""))),
    (2, "11:00", "11:30", "digital", "Startups i Bay Area söker svenska partner",
     SessionKind.TALK, (("Daniel Okafor", S, _LA_NOTE.format(local="02:00")),)),
    (2, "12:00", "13:00", None, "Lunch", SessionKind.LUNCH, ()),
    (2, "13:00", "13:45", "scen1", "Regionens strategi för smart industri",
     SessionKind.TALK, (("Annika Söderberg", S, ""),)),
    (2, "13:00", "14:00", "scen2", "Nätverkande vid demonstratorerna",
     SessionKind.NETWORKING, ()),
    (2, "13:30", "14:00", "digital", "Sammanfattning för tittarna",
     SessionKind.TALK, (("Björn Sjöström", S, ""),)),
    (2, "14:00", "14:45", "scen1", "Avslutning och utdelning av Innovationspriset",
     SessionKind.KEYNOTE, (("Åsa Lindqvist", S, ""), ("Sofia Bergström", S, ""))),
)  # fmt: skip

_LAUNCH: Sequence[_Item] = (
    (0, "09:30", "09:45", "sal", "Välkommen", SessionKind.TALK,
     (("Åsa Lindqvist", S, ""),)),
    (0, "09:45", "10:15", "sal", "Rapportens huvudresultat", SessionKind.KEYNOTE,
     (("Per Nyström", S, ""),)),
    (0, "10:15", "10:30", None, "Paus", SessionKind.BREAK, ()),
    (0, "10:30", "11:30", "sal", "Livepanel: industri, akademi och offentlig sektor",
     SessionKind.PANEL, (("Åsa Lindqvist", M, ""), ("Henrik Åberg", P, "Industrin (ABB)"),
                         ("Lena Åkesson", P, "Akademin"),
                         ("Annika Söderberg", P, "Offentlig sektor"),
                         ("Per Nyström", P, "Forskningsinstituten (RISE)"))),
    (0, "11:30", "12:00", "sal", "Frågor från tittarna och publiken", SessionKind.TALK,
     (("Åsa Lindqvist", M, ""),)),
)  # fmt: skip

_SEMINAR_SPEAKERS: Sequence[tuple[str, str]] = (
    ("gymnasiet", "Per Nyström"),
    ("IF Metall", "Göran Karlsson"),
    ("", "Lena Åkesson"),
)
"""The speaker of each seminar of the steel project's series, by a word of its title."""


_ON_THEIR_CLOCK = {
    "Live från Silicon Valley: svensk automation i Kalifornien": ("08:30", "09:15", LOS_ANGELES),
}
"""Sessions booked on a guest's own clock (08:30 in Palo Alto is 17:30 in Stockholm)."""


def add_programmes(workspace: Workspace, drafts: Sequence[EventDraft], ids: Sequence[int],
                   catalog: Catalog) -> int:  # fmt: skip
    """Give the sample's events their programmes; returns how many sessions were made."""
    people = {c.name: c.id or 0 for c in workspace.contacts.list()}
    events = list(zip(drafts, ids, strict=True))
    made = 0
    days = [
        (d, i)
        for d, i in events
        if d.kind is EventKind.INNOVATION_DAY and d.timing.all_day and "preliminärt" not in d.title
    ]
    for draft, ident in days[:1]:
        made += _innovation_days(workspace, draft, ident, people, catalog)
    launches = [(d, i) for d, i in events if d.kind is EventKind.LAUNCH]
    for draft, ident in launches[:1]:
        made += _launch(workspace, draft, ident, people, catalog)
    fairs = [
        (d, i)
        for d, i in events
        if d.kind is EventKind.TRADE_FAIR and d.title.startswith("Automationsmässan Västerås")
    ]
    for draft, ident in fairs[:1]:
        _fair(workspace, draft, ident, people)
    # Released, so that their feeds and printed programmes show them (a draft is published
    # only once released).
    for _draft, ident in [*days[:1], *launches[:1], *fairs[:1]]:
        workspace.releases.release(ident, "Program", "Programmet som det skickas ut.")
    stal = catalog.projects["stal"]
    for draft, ident in events:
        if draft.project_id == stal and draft.kind is EventKind.SEMINAR:
            name = next(n for word, n in _SEMINAR_SPEAKERS if word in draft.title)
            workspace.programme.add_role(
                RoleLink(None, people[name], PersonRole.SPEAKER, Target.EVENT, ident,
                         Confirmation.CONFIRMED)
            )  # fmt: skip
    return made


def _first_day(draft: EventDraft) -> date:
    timing = draft.timing
    return timing.first_day if isinstance(timing, AllDaySpan) else timing.start.date()


def _sessions(workspace: Workspace, event_id: int, first: date, items: Sequence[_Item],
              stages: dict[str, int], people: dict[str, int]) -> int:  # fmt: skip
    for offset, start, end, stage, title, kind, persons in items:
        day = first + timedelta(days=offset)
        guest = any("Palo Alto" in note for _, _, note in persons)
        clock = _ON_THEIR_CLOCK.get(title)
        span: TimedSpan = timed(day, *clock) if clock else timed(day, start, end, STOCKHOLM)
        links = [
            RoleLink(None, people[name], role, Target.SESSION, 0, Confirmation.CONFIRMED, note)
            for name, role, note in persons
        ]
        workspace.programme.add_session(
            Session(None, event_id, title, span.start, span.end, kind,
                    stages[stage] if stage else None, language="sv" if not guest else "en"),
            links,
        )  # fmt: skip
    return len(items)


def _innovation_days(workspace: Workspace, draft: EventDraft, event_id: int,
                     people: dict[str, int], catalog: Catalog) -> int:  # fmt: skip
    programme = workspace.programme
    stages = {
        key: programme.add_stage(stage).record.id or 0
        for key, stage in (
            ("scen1", Stage(None, event_id, "Scen 1, studion", False, f"{LIVE}/scen-1",
                            f"{LIVE}/inspelningar/scen-1")),
            ("scen2", Stage(None, event_id, "Scen 2, Mikrofabriken", False)),
            ("digital", Stage(None, event_id, "Digital scen", True, f"{LIVE}/scen-2",
                              f"{LIVE}/inspelningar/scen-2")),
        )
    }  # fmt: skip
    made = _sessions(workspace, event_id, _first_day(draft), _INNOVATION_DAYS, stages, people)
    programme.add_role(RoleLink(None, people["Jörgen Öberg"], PersonRole.STREAM_OPERATOR,
                                Target.EVENT, event_id, Confirmation.CONFIRMED))  # fmt: skip
    partner = OrganisationRole.PARTNER
    for key, role in ((OWN, OrganisationRole.ORGANISER), ("vsp", partner),
                      ("svnode", partner), ("ssc", partner)):  # fmt: skip
        programme.add_organisation_role(
            OrganisationLink(None, event_id, catalog.organisations[key], role)
        )
    return made


def _launch(workspace: Workspace, draft: EventDraft, event_id: int, people: dict[str, int],
            catalog: Catalog) -> int:  # fmt: skip
    programme = workspace.programme
    slug = "rapportlansering"
    hall = programme.add_stage(
        Stage(None, event_id, "Wallenbergsalen", False, f"{LIVE}/{slug}",
              f"{LIVE}/inspelningar/{slug}")
    ).record  # fmt: skip
    made = _sessions(workspace, event_id, _first_day(draft), _LAUNCH, {"sal": hall.id or 0},
                     people)  # fmt: skip
    programme.add_role(RoleLink(None, people["Jörgen Öberg"], PersonRole.STREAM_OPERATOR,
                                Target.EVENT, event_id, Confirmation.CONFIRMED))  # fmt: skip
    for key, role in ((OWN, OrganisationRole.ORGANISER), ("rise", OrganisationRole.CO_ORGANISER),
                      ("kth", OrganisationRole.CO_ORGANISER)):  # fmt: skip
        programme.add_organisation_role(
            OrganisationLink(None, event_id, catalog.organisations[key], role)
        )
    return made


def _fair(workspace: Workspace, draft: EventDraft, event_id: int, people: dict[str, int]) -> None:
    programme = workspace.programme
    timing = draft.timing
    assert isinstance(timing, AllDaySpan)
    first, last = timing.first_day, timing.last_day
    build = timed(first - timedelta(days=1), "07:00", "20:00")
    phases = [Phase(None, event_id, PhaseKind.BUILD_UP, build.start, build.end, "Uppbyggnad")]
    day = first
    while day <= last:
        hours = timed(day, "09:00", "17:00")
        phases.append(Phase(None, event_id, PhaseKind.OPEN_DAY, hours.start, hours.end,
                            "Öppet för besökare"))  # fmt: skip
        day += timedelta(days=1)
    tear = timed(last + timedelta(days=1), "08:00", "13:00")
    phases.append(Phase(None, event_id, PhaseKind.TEAR_DOWN, tear.start, tear.end, "Rivning"))
    for phase in phases:
        programme.add_phase(phase)
    programme.add_role(RoleLink(None, people["Märta Håkansson"], PersonRole.STAFF,
                                Target.EVENT, event_id, Confirmation.CONFIRMED,
                                "Ansvarig för montern"))  # fmt: skip
