"""What each printed document holds, as sections of items for the page layout.

The programme (a day per page, stages side by side), a door sheet for one stage, the crew's
run sheet (minute by minute: who is on stage, changeovers, microphones and stream cues,
phone numbers) and one person's own run sheet. Pure Python: the renderer measures, places
(``eventplanner.domain.page_layout``) and draws them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Literal

from eventplanner.domain.errors import NotFoundError
from eventplanner.domain.page_layout import Item, Line, Section
from eventplanner.domain.programme import (
    Confirmation,
    PersonRole,
    RoleLink,
    Session,
    Stage,
    Target,
)
from eventplanner.printing import wording
from eventplanner.printing.wording import Language
from eventplanner.services.programme.records import Programme
from eventplanner.services.workspace import Workspace

Paper = Literal["A4", "A3"]
PAPERS: tuple[Paper, ...] = ("A4", "A3")

_ON_STAGE = (PersonRole.SPEAKER, PersonRole.MODERATOR, PersonRole.PANELLIST, PersonRole.HOST,
             PersonRole.GUEST_OF_HONOUR)  # fmt: skip
"""Roles that speak, so need a microphone."""
_CHANGEOVER = timedelta(minutes=30)
"""A longer gap between two sessions on a stage is a pause, not a changeover."""
_CREW = (PersonRole.TECHNICIAN, PersonRole.STREAM_OPERATOR, PersonRole.STAFF, PersonRole.HOST)


class DocumentKind(StrEnum):
    PROGRAMME = "programme"
    RUN_SHEET = "run_sheet"
    DOOR_SHEET = "door_sheet"
    PERSON = "person"


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    organisation: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class Printable:
    """An event's programme with what print needs of its people."""

    programme: Programme
    people: Mapping[int, Person] = field(default_factory=dict)
    draft: bool = False
    """The draft, not the latest release: each page says so."""
    _roles: dict[tuple[Target, int], list[RoleLink]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        for link in self.programme.people:  # once, not a scan of every role per session
            self._roles.setdefault((link.target, link.target_id), []).append(link)

    def roles_on(self, target: Target, ident: int) -> list[RoleLink]:
        return self._roles.get((target, ident), [])


@dataclass(frozen=True, slots=True)
class Choice:
    """Which document, on what paper, in which language."""

    kind: DocumentKind = DocumentKind.PROGRAMME
    paper: Paper = "A4"
    language: Language = "en"
    stage_id: int | None = None
    """The door sheet's stage."""
    contact_id: int | None = None
    """Whose run sheet."""


@dataclass(frozen=True, slots=True)
class Document:
    event: str
    title: str
    sections: tuple[Section, ...]
    paper: Paper
    landscape: bool
    language: Language
    draft: bool = False
    """Printed from the draft: "Draft" on each page."""


def load(workspace: Workspace, event_id: int, *, draft: bool = False) -> Printable:
    """The event's programme as last released (``draft``: as being edited) and the names,
    organisations and phone numbers of its people. ``NotReleasedError`` when it was never
    released and the draft was not asked for."""
    programme = workspace.releases.publishable(event_id, draft=draft)
    wanted = {p.contact_id for p in programme.people}
    organisations = {o.id: o.name for o in workspace.organisations.list()}
    people = {
        c.id: Person(c.name, organisations.get(c.organisation_id, ""), c.phone)
        for c in workspace.contacts.list()
        if c.id in wanted and c.id is not None
    }
    return Printable(programme, people, draft)


def document(printable: Printable, choice: Choice) -> Document:
    """The sections of the chosen document (marked "Draft" when printed from the draft);
    an unknown stage or person is refused."""
    made = _document(printable, choice)
    return replace(made, draft=printable.draft)


def _document(printable: Printable, choice: Choice) -> Document:
    programme = printable.programme
    language = choice.language
    if choice.kind is DocumentKind.RUN_SHEET:
        sections = _run_sheet(printable, language)
        return Document(programme.event.title, wording.word("run_sheet", language), sections,
                        choice.paper, True, language)  # fmt: skip
    if choice.kind is DocumentKind.DOOR_SHEET:
        stage = programme.stage(choice.stage_id)
        if stage is None:
            raise NotFoundError(f"{programme.event.title!r} has no stage {choice.stage_id}")
        title = f"{wording.word('door_sheet', language)}: {stage.name}"
        return Document(programme.event.title, title, _door_sheet(printable, stage, language),
                        choice.paper, False, language)  # fmt: skip
    if choice.kind is DocumentKind.PERSON:
        person = printable.people.get(choice.contact_id or -1)
        if person is None:
            raise NotFoundError(
                f"contact {choice.contact_id} has no role in {programme.event.title!r}"
            )
        title = wording.word("person_sheet", language, name=person.name)
        sections = _person_sheet(printable, choice.contact_id or 0, language)
        return Document(programme.event.title, title, sections, choice.paper, False, language)
    sections = _programme(printable, language)
    widest = max((len(s.columns) for s in sections), default=1)
    return Document(programme.event.title, wording.word("programme", language), sections,
                    choice.paper, widest > 3, language)  # fmt: skip


# -- the pieces ------------------------------------------------------------------------------


def _days(sessions: Iterable[Session]) -> dict[date, list[Session]]:
    days: dict[date, list[Session]] = {}
    for s in sessions:
        days.setdefault(s.start.date(), []).append(s)
    return dict(sorted(days.items()))


def _span(session: Session) -> str:
    return f"{session.start:%H:%M}–{session.end:%H:%M}"


def _attending(printable: Printable, session: Session) -> list[RoleLink]:
    return [
        p
        for p in printable.roles_on(Target.SESSION, session.id or 0)
        if p.confirmation is not Confirmation.DECLINED
    ]


def _name(printable: Printable, link: RoleLink, *, phone: bool = False) -> str:
    person = printable.people.get(link.contact_id, Person(link.contact_name))
    text = person.name or link.contact_name
    if person.organisation:
        text += f", {person.organisation}"
    if phone and person.phone:
        text += f", {person.phone}"
    return text


def _people_lines(
    printable: Printable, session: Session, language: Language, style: str
) -> list[Line]:
    lines = []
    for link in _attending(printable, session):
        text = _name(printable, link)
        if link.role is not PersonRole.SPEAKER:
            text += f" ({wording.role(link.role, language)})"
        lines.append(Line(text, style))
    return lines


def _time_line(session: Session, language: Language, style: str) -> Line:
    text = _span(session)
    if session.kind.value != "talk":
        text += f" · {wording.kind(session.kind, language)}"
    return Line(text, style)


def _event_days(printable: Printable, language: Language) -> str:
    event = printable.programme.event
    first = wording.day(event.first_day, language)
    if event.first_day == event.last_day:
        return first
    return f"{first} – {wording.day(event.last_day, language)}"


def _no_sessions(language: Language) -> tuple[Section, ...]:
    note = wording.word("no_sessions", language)
    return (Section("", (wording.word("all_stages", language),), (), note=note),)


def _programme(printable: Printable, language: Language) -> tuple[Section, ...]:
    programme = printable.programme
    sections = []
    for day, sessions in _days(programme.sessions).items():
        stages = [st for st in programme.stages if any(s.stage_id == st.id for s in sessions)]
        where = {st.id: n for n, st in enumerate(stages)}
        columns = tuple(st.name for st in stages) or (wording.word("all_stages", language),)
        items = tuple(
            Item(
                s.start,
                (
                    _time_line(s, language, "time"),
                    Line(s.title, "title"),
                    *_people_lines(printable, s, language, "body"),
                ),
                where.get(s.stage_id) if s.stage_id is not None else None,
                until=s.end,
                shaded=s.kind.is_pause,
                key=s.id,
            )
            for s in sessions
        )
        sections.append(Section(wording.day(day, language), columns, items))
    return tuple(sections) or _no_sessions(language)


def _door_sheet(printable: Printable, stage: Stage, language: Language) -> tuple[Section, ...]:
    sessions = [s for s in printable.programme.sessions if s.stage_id == stage.id]
    sections = []
    for day, on_day in _days(sessions).items():
        items = tuple(
            Item(
                s.start,
                (
                    _time_line(s, language, "door_time"),
                    Line(s.title, "door_title"),
                    *_people_lines(printable, s, language, "door_body"),
                ),
                0,
                shaded=s.kind.is_pause,
                key=s.id,
            )
            for s in on_day
        )
        sections.append(Section(wording.day(day, language), (stage.name,), items))
    return tuple(sections) or _no_sessions(language)


def _cues(printable: Printable, session: Session, stage: Stage | None,
          language: Language) -> list[Line]:  # fmt: skip
    cues = []
    speaking = [p for p in _attending(printable, session) if p.role in _ON_STAGE]
    if speaking:
        cues.append(Line(wording.word("mics", language, count=len(speaking)), "body"))
    if stage is not None and stage.stream_url and not session.kind.is_pause:
        cues.append(Line(wording.word("stream", language, url=stage.stream_url), "body"))
    cues.extend(Line(line.strip(), "body") for line in session.description.splitlines()
                if line.strip())  # fmt: skip
    for link in _attending(printable, session):
        if link.note.strip():
            cues.append(Line(f"{_name(printable, link)}: {link.note.strip()}", "body"))
    return cues


def _run_sheet(printable: Printable, language: Language) -> tuple[Section, ...]:
    programme = printable.programme
    order = {st.id: n for n, st in enumerate(programme.stages)}
    crew = [
        f"{_name(printable, p, phone=True)} ({wording.role(p.role, language)})"
        for p in printable.roles_on(Target.EVENT, programme.event.id)
        if p.role in _CREW and p.confirmation is not Confirmation.DECLINED
    ]
    note = wording.word("crew", language, people="; ".join(crew)) if crew else ""
    columns = (wording.word("time", language), wording.word("stage", language),
               wording.word("on_stage", language), wording.word("cues", language))  # fmt: skip
    sections = []
    for day, sessions in _days(programme.sessions).items():
        items: list[Item] = []
        last: dict[int | None, Session] = {}
        for n, s in enumerate(sessions):
            stage = programme.stage(s.stage_id)
            where = stage.name if stage else wording.word("all_stages", language)
            previous = last.get(s.stage_id)
            if previous is not None and previous.end <= s.start <= previous.end + _CHANGEOVER:
                minutes = int((s.start - previous.end).total_seconds() // 60)
                key = (previous.end, 0, order.get(s.stage_id, -1), n)
                change = wording.word("changeover", language, minutes=minutes)
                items += _row(key, s.id, (
                    [Line(f"{previous.end:%H:%M}–{s.start:%H:%M}", "body")],
                    [Line(where, "body")],
                    [Line(f"{change}: {previous.title} → {s.title}", "body")], [],
                ), shaded=True)  # fmt: skip
            last[s.stage_id] = s
            who = [
                Line(f"{_name(printable, p, phone=True)} ({wording.role(p.role, language)})",
                     "body")
                for p in _attending(printable, s)
            ]  # fmt: skip
            key = (s.start, 1, order.get(s.stage_id, -1), n)
            items += _row(key, s.id, (
                [Line(_span(s), "time")], [Line(where, "body")],
                [Line(s.title, "title"), *who], _cues(printable, s, stage, language),
            ), shaded=s.kind.is_pause)  # fmt: skip
        sections.append(
            Section(wording.day(day, language), columns, tuple(items),
                    weights=(0.8, 1.1, 3.2, 2.6), rows=True, note=note)
        )  # fmt: skip
    return tuple(sections) or _no_sessions(language)


def _row(
    key: tuple[datetime, int] | tuple[datetime, int, int, int],
    ident: int | None,
    cells: tuple[list[Line], ...],
    *,
    shaded: bool,
) -> list[Item]:
    return [
        Item(key, tuple(lines), n, shaded=shaded, key=(ident, n)) for n, lines in enumerate(cells)
    ]


def _person_sheet(printable: Printable, contact_id: int,
                  language: Language) -> tuple[Section, ...]:  # fmt: skip
    programme = printable.programme
    roles = {p.target_id: p for p in programme.people if p.target is Target.SESSION
             and p.contact_id == contact_id}  # fmt: skip
    block_roles = {p.target_id: p for p in programme.people if p.target is Target.BLOCK
                   and p.contact_id == contact_id}  # fmt: skip
    mine = [s for s in programme.sessions if s.id in roles or s.block_id in block_roles]
    event_roles = [
        wording.role(p.role, language) for p in printable.roles_on(Target.EVENT, programme.event.id)
        if p.contact_id == contact_id
    ]  # fmt: skip
    note = (
        f"{wording.word('role', language)} ({wording.word('whole_event', language)}): "
        + ", ".join(event_roles)
        if event_roles
        else ""
    )
    columns = (wording.word("time", language), wording.word("stage", language),
               wording.word("what", language), wording.word("role", language))  # fmt: skip
    items: list[Item] = []
    for n, s in enumerate(mine):
        stage = programme.stage(s.stage_id)
        link = roles.get(s.id or 0) or block_roles[s.block_id or 0]
        others = [
            Line(_name(printable, p, phone=True), "body")
            for p in _attending(printable, s)
            if p.contact_id != contact_id
        ]
        role = (f"{wording.role(link.role, language)}, "
                f"{wording.confirmation(link.confirmation, language)}")  # fmt: skip
        items += _row((s.start, n), s.id, (
            [Line(wording.day(s.start.date(), language), "body"), Line(_span(s), "time")],
            [Line(stage.name if stage else wording.word("all_stages", language), "body")],
            [Line(s.title, "title"), *others], [Line(role, "body")],
        ), shaded=False)  # fmt: skip
    sections = (
        [Section(_event_days(printable, language), columns, tuple(items),
                 weights=(1.2, 1.2, 3.2, 1.4), rows=True, note=note)]
        if items
        else []
    )  # fmt: skip
    return tuple(sections) or (
        Section("", columns, (), note=note or wording.word("no_sessions", language)),
    )
