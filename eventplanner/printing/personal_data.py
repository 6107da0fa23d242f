"""Everything held about a person, printed for them to read (issue 16, GDPR access
request): who they are to us, then one table per place they are named (their
registrations, roles, shifts, tasks, stand...), each row with its event and what it holds.
Pure Python: sections for the page layout, drawn by ``render`` as the other documents are.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from eventplanner.domain.document_words import Language, in_language
from eventplanner.domain.page_layout import Item, Line, Section
from eventplanner.printing.documents import Document, Paper
from eventplanner.services.personal_data.links import CONTACT_LINKS
from eventplanner.services.personal_data.records import HeldRecord, PersonHoldings

_ZONE = ZoneInfo("Europe/Stockholm")

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Personal data held about {name}", "Personuppgifter om {name}"),
    "document": ("Personal data", "Personuppgifter"),
    "exported": ("Exported {when} from Eventplanner", "Exporterat {when} från Eventplanner"),
    "person": ("The person", "Personen"),
    "field": ("Field", "Uppgift"),
    "value": ("Value", "Värde"),
    "event": ("Event", "Evenemang"),
    "held": ("What is held", "Vad som finns"),
    "none": ("Nothing held here.", "Inget sparat här."),
    "feeds": ("Feeds that follow the person", "Flöden som följer personen"),
    "releases": ("Programme releases naming the person", "Programversioner som nämner personen"),
    "no_event": ("(no event)", "(inget evenemang)"),
    "anonymised": ("Anonymised {when}", "Anonymiserad {when}"),
}

_FIELDS: dict[str, tuple[str, str]] = {
    "name": ("Name", "Namn"),
    "email": ("E-mail", "E-post"),
    "phone": ("Phone", "Telefon"),
    "title": ("Role or title", "Roll eller titel"),
    "organisation": ("Organisation", "Organisation"),
    "anonymised_at": ("Anonymised", "Anonymiserad"),
}

_SECTIONS: dict[str, tuple[str, str]] = {
    "registrations": ("Registrations", "Anmälningar"),
    "event_roles": ("Roles on events", "Roller på evenemang"),
    "block_roles": ("Roles on programme blocks", "Roller i programblock"),
    "session_roles": ("Roles in sessions", "Roller i programpunkter"),
    "shifts": ("Staff rota shifts", "Pass i bemanningsschemat"),
    "skills": ("Skills", "Färdigheter"),
    "availability": ("Availability", "Tillgänglighet"),
    "stand_staff": ("Stand badges", "Monterbrickor"),
    "tasks_owned": ("Tasks owned", "Ansvar för uppgifter"),
    "stands_led": ("Stands led", "Ansvar för montrar"),
    "co_exhibitor_contact": ("Contact of a co-exhibitor", "Kontakt för medutställare"),
    "materials_packed": ("Stand materials packed", "Montermaterial packat"),
    "materials_shipped": ("Stand materials shipped", "Montermaterial skickat"),
    "materials_returned": ("Stand materials returned", "Montermaterial returnerat"),
}

_SHOWN: dict[str, tuple[str, ...]] = {
    # What a person reads of each kind of record (the JSON export holds every column).
    "registrations": ("status", "source", "registered_at", "needs", "priority_reason"),
    "event_roles": ("role", "confirmation", "note"),
    "block_roles": ("role", "confirmation", "note"),
    "session_roles": ("role", "confirmation", "note"),
    "shifts": ("reason",),
    "skills": ("skill",),
    "availability": ("starts_at", "ends_at", "available", "note"),
    "stand_staff": ("name", "badge"),
    "tasks_owned": ("title", "due_date", "done_at"),
    "stands_led": ("hall", "booth"),
    "co_exhibitor_contact": ("state",),
    "materials_packed": ("item", "state"),
    "materials_shipped": ("item", "state"),
    "materials_returned": ("item", "state"),
}


_KEYS: dict[str, tuple[str, str]] = {
    "status": ("status", "status"),
    "source": ("came", "kom via"),
    "registered_at": ("registered", "anmäld"),
    "needs": ("needs", "behov"),
    "priority_reason": ("priority reason", "skäl för förtur"),
    "role": ("role", "roll"),
    "confirmation": ("confirmation", "bekräftelse"),
    "note": ("note", "anteckning"),
    "reason": ("reason", "skäl"),
    "skill": ("skill", "färdighet"),
    "starts_at": ("from", "från"),
    "ends_at": ("until", "till"),
    "available": ("available", "tillgänglig"),
    "name": ("name", "namn"),
    "badge": ("badge", "bricka"),
    "title": ("title", "titel"),
    "due_date": ("due", "senast"),
    "done_at": ("done", "klar"),
    "hall": ("hall", "hall"),
    "booth": ("booth", "monter"),
    "state": ("state", "läge"),
    "item": ("item", "sak"),
}


def _word(key: str, language: Language, **values: object) -> str:
    return in_language(_WORDS[key], language).format(**values)


def _when(text: Any) -> str:
    """An instant as JSON holds it, in Swedish time."""
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return str(text)
    if moment.tzinfo is None:
        return moment.isoformat()
    return moment.astimezone(_ZONE).strftime("%Y-%m-%d %H:%M")


def _shown(key: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "✓" if value else "–"
    if key.endswith("_at") or key in {"starts_at", "ends_at"}:
        return _when(value)
    return str(value).replace("_", " ") if key in {"status", "source", "role"} else str(value)


def _record_lines(record: HeldRecord, language: Language) -> tuple[Line, ...]:
    lines = [Line(record.detail.replace("_", " "), "title")] if record.detail else []
    for key in _SHOWN.get(record.section, ()):
        shown = _shown(key, record.value(key))
        if shown:
            lines.append(Line(f"{in_language(_KEYS[key], language)}: {shown}", "body"))
    return tuple(lines) or (Line("", "body"),)


def personal_data_document(
    held: PersonHoldings, *, at: datetime, language: Language = "en", paper: Paper = "A4"
) -> Document:
    """One table: the person's fields, then a band per place a person can be named with
    its records under it (an empty place says so), the feeds and releases naming them."""
    person = dict(held.person)
    organisation = dict(held.organisation or ())
    fields = [
        (in_language(_FIELDS[key], language), _shown(key, person.get(key)))
        for key in ("name", "email", "phone", "title", "anonymised_at")
    ]
    fields.insert(4, (in_language(_FIELDS["organisation"], language),
                      str(organisation.get("name") or "")))  # fmt: skip
    items: list[Item] = []

    def band(text: str) -> None:
        items.append(Item(len(items), (Line(text, "title"),), None, shaded=True, key=text))

    def row(left: tuple[Line, ...], right: tuple[Line, ...]) -> None:
        slot = len(items)
        items.append(Item(slot, left, 0, key=(slot, 0)))
        items.append(Item(slot, right, 1, key=(slot, 1)))

    band(_word("person", language))
    for label, value in fields:
        if value:
            row((Line(label, "body"),), (Line(value, "body"),))
    for section in dict.fromkeys(link.section for link in CONTACT_LINKS):
        band(in_language(_SECTIONS[section], language))
        records = held.of(section)
        if not records:
            items.append(Item(len(items), (Line(_word("none", language), "body"),), None,
                              key=(section, "none")))  # fmt: skip
        for record in records:
            event = (
                (Line(record.event.title, "title"),
                 Line(f"{record.event.starts_at.astimezone(_ZONE):%Y-%m-%d}", "body"))
                if record.event is not None else (Line(_word("no_event", language), "body"),)
            )  # fmt: skip
            row(event, _record_lines(record, language))
    extra = [(_word("feeds", language), list(held.feeds)),
             (_word("releases", language),
              [f"{r.event_title}: {r.number} {r.name}" for r in held.releases])]  # fmt: skip
    for heading, texts in extra:
        if texts:
            band(heading)
            for text in texts:
                items.append(Item(len(items), (Line(text, "body"),), None, key=(heading, text)))
    stamp = at.astimezone(_ZONE).strftime("%Y-%m-%d %H:%M")
    table = Section(
        _word("exported", language, when=stamp),
        (_word("event", language), _word("held", language)),
        tuple(items), weights=(1.6, 3.0), rows=True,
    )  # fmt: skip
    title = _word("title", language, name=held.name)
    return Document(_word("document", language), title, (table,), paper, False, language)


def export_moment() -> datetime:
    return datetime.now(UTC)
