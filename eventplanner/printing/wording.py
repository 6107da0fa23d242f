"""The printed documents' words in English and Swedish.

A document is printed in the language chosen for it (a Swedish programme from an English
window, say), not in the window's, so its words are a table of their own here rather than
the window's translation.
"""

from __future__ import annotations

from datetime import date

from eventplanner.domain.document_words import (
    LANGUAGES,
    Language,
    in_language,
    language_index,
    role,
)
from eventplanner.domain.programme import Confirmation, SessionKind

__all__ = ["LANGUAGES", "Language", "confirmation", "day", "kind", "role", "word"]

_WORDS: dict[str, tuple[str, str]] = {
    "programme": ("Programme", "Program"),
    "run_sheet": ("Run sheet", "Körschema"),
    "door_sheet": ("Door sheet", "Dörrskylt"),
    "person_sheet": ("Run sheet for {name}", "Körschema för {name}"),
    "page": ("Page {n} of {m}", "Sida {n} av {m}"),
    "draft_page": ("Draft · Page {n} of {m}", "Utkast · Sida {n} av {m}"),
    "draft": ("Draft", "Utkast"),
    "continued": ("{day} (continued)", "{day} (forts.)"),
    "time": ("Time", "Tid"),
    "stage": ("Stage", "Scen"),
    "on_stage": ("On stage", "På scen"),
    "cues": ("Cues", "Signaler"),
    "what": ("What", "Vad"),
    "role": ("Role", "Roll"),
    "all_stages": ("All stages", "Alla scener"),
    "no_sessions": ("No sessions yet.", "Inga programpunkter ännu."),
    "changeover": ("Changeover, {minutes} min", "Byte, {minutes} min"),
    "mics": ("Microphones: {count}", "Mikrofoner: {count}"),
    "stream": ("Stream live: {url}", "Sändning live: {url}"),
    "crew": ("Crew: {people}", "Personal: {people}"),
    "whole_event": ("the whole event", "hela evenemanget"),
}

_KINDS: dict[SessionKind, tuple[str, str]] = {
    SessionKind.KEYNOTE: ("Keynote", "Huvudtal"),
    SessionKind.TALK: ("Talk", "Föredrag"),
    SessionKind.PANEL: ("Panel", "Panel"),
    SessionKind.WORKSHOP: ("Workshop", "Workshop"),
    SessionKind.BREAK: ("Break", "Paus"),
    SessionKind.LUNCH: ("Lunch", "Lunch"),
    SessionKind.NETWORKING: ("Networking", "Mingel"),
    SessionKind.EXHIBITION: ("Exhibition", "Utställning"),
    SessionKind.OTHER: ("Other", "Övrigt"),
}

_CONFIRMATIONS: dict[Confirmation, tuple[str, str]] = {
    Confirmation.ASKED: ("asked", "tillfrågad"),
    Confirmation.CONFIRMED: ("confirmed", "bekräftad"),
    Confirmation.DECLINED: ("declined", "tackat nej"),
}

_WEEKDAYS = (
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
)
_MONTHS = (
    ("January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"),
    ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
     "oktober", "november", "december"),
)  # fmt: skip


def word(key: str, language: Language, **values: object) -> str:
    return in_language(_WORDS[key], language).format(**values)


def kind(value: SessionKind, language: Language) -> str:
    return in_language(_KINDS[value], language)


def confirmation(value: Confirmation, language: Language) -> str:
    return in_language(_CONFIRMATIONS[value], language)


def day(value: date, language: Language) -> str:
    """ "Tuesday 19 January 2027", "tisdag 19 januari 2027"."""
    n = language_index(language)
    weekday = _WEEKDAYS[n][value.weekday()]
    return f"{weekday} {value.day} {_MONTHS[n][value.month - 1]} {value.year}"
