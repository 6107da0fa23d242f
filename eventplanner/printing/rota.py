"""The printed staff rota for the stand's wall (issue 15): a page per day (its shifts with
their times, people and what they require, a shift short of people marked and shaded) and a
page per person (their shifts). Pure Python: sections of items for the page layout, drawn
by ``render`` as the programme's documents are.
"""

from __future__ import annotations

from datetime import date

from eventplanner.domain.document_words import Language, in_language
from eventplanner.domain.page_layout import Item, Line, Section
from eventplanner.domain.rota import Shift, ShiftKind
from eventplanner.printing.documents import Document, Paper
from eventplanner.printing.wording import day
from eventplanner.services.rota.records import Rota

_WORDS: dict[str, tuple[str, str]] = {
    "rota": ("Staff rota", "Bemanningsschema"),
    "person_rota": ("Shifts of {name}", "Pass för {name}"),
    "time": ("Time", "Tid"),
    "day": ("Day", "Dag"),
    "shift": ("Shift", "Pass"),
    "people": ("People", "Personal"),
    "needed": ("Needed", "Behov"),
    "where": ("Where", "Var"),
    "filled": ("{have} of {need}", "{have} av {need}"),
    "missing": ("MISSING {count}", "SAKNAS {count}"),
    "nobody": ("(nobody yet)", "(ingen ännu)"),
    "skills": ("Requires: {skills}", "Kräver: {skills}"),
    "no_shifts": ("No shifts yet.", "Inga pass ännu."),
    "no_person_shifts": ("Not on any shift.", "Inte på något pass."),
    "reason": ("extra: {reason}", "extra: {reason}"),
}
_KINDS: dict[ShiftKind, tuple[str, str]] = {
    ShiftKind.BUILD_UP: ("Build-up", "Uppbyggnad"),
    ShiftKind.OPEN_DAY: ("Open day", "Öppen dag"),
    ShiftKind.TEAR_DOWN: ("Tear-down", "Rivning"),
    ShiftKind.OTHER: ("Other", "Övrigt"),
}


def _word(key: str, language: Language, **values: object) -> str:
    return in_language(_WORDS[key], language).format(**values)


def _time(shift: Shift) -> str:
    end = shift.end.astimezone(shift.start.tzinfo)
    if end.date() == shift.start.date():
        return f"{shift.start:%H:%M}–{end:%H:%M}"
    return f"{shift.start:%H:%M}–{end:%d/%m %H:%M}"


def _title(shift: Shift, language: Language) -> str:
    return shift.title.strip() or in_language(_KINDS[shift.kind], language)


def rota_document(
    rota: Rota,
    *,
    person: int | None = None,
    language: Language = "en",
    paper: Paper = "A4",
) -> Document:
    """Every day's page then every person's; with ``person`` only that person's page."""
    sections: tuple[Section, ...]
    if person is not None:
        name = _name_of(rota, person)
        sections = (_person_section(rota, person, name, language),)
        title = _word("person_rota", language, name=name)
    else:
        sections = _day_sections(rota, language) + tuple(
            _person_section(rota, contact, name, language) for contact, name in _people(rota)
        )
        title = _word("rota", language)
    if not sections:
        sections = (Section("", (), (), note=_word("no_shifts", language)),)
    return Document(rota.event.title, title, sections, paper, False, language)


def _name_of(rota: Rota, contact: int) -> str:
    return next((p.contact_name for p in rota.people if p.contact_id == contact), "")


def _people(rota: Rota) -> list[tuple[int, str]]:
    names = {p.contact_id: p.contact_name for p in rota.people}
    return sorted(names.items(), key=lambda kv: (kv[1].casefold(), kv[0]))


def _day_sections(rota: Rota, language: Language) -> tuple[Section, ...]:
    days: dict[date, list[Shift]] = {}
    for shift in rota.shifts:
        days.setdefault(shift.start.date(), []).append(shift)
    columns = (_word("time", language), _word("shift", language), _word("people", language),
               _word("needed", language))  # fmt: skip
    sections = []
    for when, shifts in sorted(days.items()):
        items: list[Item] = []
        for n, shift in enumerate(shifts):
            people = rota.people_on(shift.id)
            short = shift.needed - len(people)
            names = [
                Line(p.contact_name + (f" ({_word('reason', language, reason=p.reason)})"
                                       if p.reason else ""), "body")
                for p in people
            ] or [Line(_word("nobody", language), "body")]  # fmt: skip
            need = [Line(_word("filled", language, have=len(people), need=shift.needed), "body")]
            if short > 0:
                need.append(Line(_word("missing", language, count=short), "title"))
            what = [Line(_title(shift, language), "title")]
            if shift.skills:
                what.append(Line(_word("skills", language, skills=", ".join(shift.skills)),
                                 "body"))  # fmt: skip
            if shift.notes.strip():
                what.append(Line(shift.notes.strip(), "body"))
            cells = ([Line(_time(shift), "time")], what, names, need)
            items += [
                Item(
                    (shift.start, n), tuple(lines), column, shaded=short > 0, key=(shift.id, column)
                )
                for column, lines in enumerate(cells)
            ]
        sections.append(Section(day(when, language), columns, tuple(items),
                                weights=(1.0, 2.4, 2.4, 1.0), rows=True))  # fmt: skip
    return tuple(sections)


def _person_section(rota: Rota, contact: int, name: str, language: Language) -> Section:
    mine = {p.shift_id for p in rota.people if p.contact_id == contact}
    shifts = [s for s in rota.shifts if s.id in mine]
    columns = (_word("day", language), _word("time", language), _word("shift", language),
               _word("where", language))  # fmt: skip
    items: list[Item] = []
    for n, shift in enumerate(shifts):
        cells = (
            [Line(day(shift.start.date(), language), "body")],
            [Line(_time(shift), "time")],
            [Line(_title(shift, language), "title")]
            + ([Line(shift.notes.strip(), "body")] if shift.notes.strip() else []),
            [Line(rota.location, "body")] if rota.location else [Line("", "body")],
        )
        items += [
            Item((shift.start, n), tuple(lines), column, key=(shift.id, column))
            for column, lines in enumerate(cells)
        ]
    note = "" if items else _word("no_person_shifts", language)
    return Section(name, columns, tuple(items), weights=(1.6, 1.0, 2.2, 2.2), rows=True,
                   note=note)  # fmt: skip
