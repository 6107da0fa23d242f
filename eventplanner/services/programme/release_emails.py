"""The e-mail to each person a release affects, in English or Swedish, and as an ``.eml``
file Outlook opens as a draft ready to send (``X-Unsent: 1``): we never send it.

Times are said in the event's zone, the zone named; each change on its own lines:
"Moved: Tue 3 Feb 10:00–10:30 → 11:00–11:30, Stage B", then the session and the person's
role on it. The words are a table of their own here (as ``printing.wording`` has them for
print; the language and the roles' names both take from ``domain.document_words``), as an
e-mail is written in the language chosen for it, not the window's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import formataddr

from eventplanner.domain.document_words import (
    LANGUAGES,
    Language,
    in_language,
    language_index,
    role,
)
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.programme import PersonRole
from eventplanner.domain.programme_releases import (
    ChangeKind,
    PersonChanges,
    Release,
    ReleasedSession,
    SessionChange,
)
from eventplanner.domain.programme_releases import release_title as titled
from eventplanner.domain.timezones import zone

__all__ = [
    "LANGUAGES",
    "Language",
    "PersonEmail",
    "change_lines",
    "checked_language",
    "eml_bytes",
    "eml_file_name",
    "person_email",
    "release_title",
    "word",
]

_WORDS: dict[str, tuple[str, str]] = {
    "subject": (
        "Programme changes: {event} ({release})",
        "Ändrat i programmet: {event} ({release})",
    ),
    "release": ("Release {number} '{name}'", "Version {number} ”{name}”"),
    "numbered": ("Release {number}", "Version {number}"),
    "moved_with_event": ("Moved with the event", "Flyttat med evenemanget"),
    "greeting": ("Hello {name},", "Hej {name}!"),
    "intro": (
        "The programme of {event} has been released as {release}.",
        "Programmet för {event} är nu publicerat som {release}.",
    ),
    "yours": ("What changed for you:", "Det här har ändrats för dig:"),
    "zone": ("Times are in {zone}.", "Tiderna gäller i {zone}."),
    "new": ("New", "Ny"),
    "moved": ("Moved", "Flyttad"),
    "changed": ("Changed", "Ändrad"),
    "cancelled": ("Cancelled", "Inställd"),
    "removed": ("No longer yours", "Inte längre din"),
    "you_are": ("you: {roles}", "du: {roles}"),
    "you_were": ("you were {roles}", "du var {roles}"),
    "what": ("changed: {what}", "ändrat: {what}"),
    "was": ("was {title}", "tidigare {title}"),
    "note": ("Note from the organisers:", "Meddelande från arrangörerna:"),
    "questions": (
        "If anything does not suit you, reply to this e-mail.",
        "Om något inte passar dig, svara på det här mejlet.",
    ),
    "regards": ("Best regards", "Vänliga hälsningar"),
}

_WHAT: dict[str, tuple[str, str]] = {
    "title": ("title", "titel"),
    "kind": ("kind", "typ"),
    "people": ("people", "medverkande"),
    "description": ("description", "beskrivning"),
    "language": ("language", "språk"),
    "stream": ("stream link", "sändningslänk"),
    "time": ("time", "tid"),
    "stage": ("stage", "scen"),
}

_WEEKDAYS = (
    ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    ("mån", "tis", "ons", "tor", "fre", "lör", "sön"),
)
_MONTHS = (
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
)


@dataclass(frozen=True, slots=True)
class PersonEmail:
    """A ready e-mail to one person about a release."""

    to: tuple[str, str]
    """(name, address); the address is "" for a person without one."""
    subject: str
    body: str
    """Plain text, lines separated by "\\n"."""
    contact_id: int = 0
    language: Language = "en"

    @property
    def has_address(self) -> bool:
        return bool(self.to[1].strip())


def checked_language(language: str) -> Language:
    if language == "en":
        return "en"
    if language == "sv":
        return "sv"
    raise ValidationError(
        "language", f"{language!r} is no language of the e-mails; choose en or sv"
    )


def word(key: str, language: Language, **values: object) -> str:
    return in_language(_WORDS[key], language).format(**values)


def release_title(release: Release, language: Language) -> str:
    """ "Release 2 'Final'" / "Version 2 ”Final”"; "Release 2" / "Version 2" when its name
    only says its number (the window's rule: ``domain.programme_releases.release_title``)."""
    number = release.number
    return titled(
        release,
        word("numbered", language, number=number),
        lambda name: word("release", language, number=number, name=name),
        word("moved_with_event", language),
    )


def _day(moment: datetime, language: Language) -> str:
    i = language_index(language)
    return f"{_WEEKDAYS[i][moment.weekday()]} {moment.day} {_MONTHS[i][moment.month - 1]}"


def _span(session: ReleasedSession, time_zone: str, language: Language, *,
          day: bool = True) -> str:  # fmt: skip
    tz = zone(time_zone)
    start, end = session.starts_at.astimezone(tz), session.ends_at.astimezone(tz)
    hours = f"{start:%H:%M}–{end:%H:%M}"
    return f"{_day(start, language)} {hours}" if day else hours


def _where(session: ReleasedSession, time_zone: str, language: Language) -> str:
    text = _span(session, time_zone, language)
    return f"{text}, {session.stage_name}" if session.stage_name else text


def _moved(change: SessionChange, time_zone: str, language: Language) -> str:
    before, after = change.before, change.after
    assert before is not None and after is not None
    tz = zone(time_zone)
    same_day = before.starts_at.astimezone(tz).date() == after.starts_at.astimezone(tz).date()
    if "time" in change.what:
        text = (
            f"{_span(before, time_zone, language)} → "
            f"{_span(after, time_zone, language, day=not same_day)}"
        )
    else:
        text = _span(after, time_zone, language)
    if "stage" in change.what and before.stage_name and after.stage_name:
        return f"{text}, {before.stage_name} → {after.stage_name}"
    return f"{text}, {after.stage_name}" if after.stage_name else text


def _roles(roles: tuple[PersonRole, ...], language: Language) -> str:
    joiner = " and " if language == "en" else " och "
    return joiner.join(role(r, language) for r in roles)


def change_lines(
    person: PersonChanges, change: SessionChange, time_zone: str, language: Language
) -> list[str]:
    """One change as it reads in the e-mail: its kind and when and where, then the session
    with the person's role on it (and what changed)."""
    current = change.current
    roles = person.roles_on(change)
    if person.removed_from(change):
        first = f"{word('removed', language)}: {_where(current, time_zone, language)}"
        detail = f"  {current.title} ({word('you_were', language, roles=_roles(roles, language))})"
        return [first, detail]
    kind = change.change
    if kind is ChangeKind.MOVED:
        when = _moved(change, time_zone, language)
    else:
        when = _where(current, time_zone, language)
    first = f"{word(kind.value, language)}: {when}"
    notes = []
    if roles:
        notes.append(word("you_are", language, roles=_roles(roles, language)))
    if kind is ChangeKind.CHANGED:
        what = ", ".join(in_language(_WHAT[w], language) for w in sorted(change.what))
        notes.append(word("what", language, what=what))
    if "title" in change.what and change.before is not None:
        notes.append(word("was", language, title=change.before.title))
    detail = f"  {current.title}" + (f" ({'; '.join(notes)})" if notes else "")
    return [first, detail]


def person_email(
    person: PersonChanges, release: Release, event_title: str, language: Language
) -> PersonEmail:
    """The e-mail to ``person`` about ``release`` of the event titled ``event_title``."""
    label = release_title(release, language)
    lines = [
        word("greeting", language, name=person.name),
        "",
        word("intro", language, event=event_title, release=label),
        word("zone", language, zone=release.time_zone),
        "",
        word("yours", language),
    ]
    for change in person.changes:
        lines += change_lines(person, change, release.time_zone, language)
    if release.note.strip():
        lines += ["", word("note", language), *release.note.strip().splitlines()]
    lines += ["", word("questions", language), "", word("regards", language)]
    return PersonEmail(
        (person.name, person.email),
        word("subject", language, event=event_title, release=label),
        "\n".join(lines),
        person.contact_id,
        language,
    )


_EML = policy.SMTPUTF8.clone(max_line_length=998)
"""UTF-8 and CRLF, lines up to RFC 5322's limit of 998 octets: a Subject stays on its own
line (folded at 78, a long one began on the next line with a space that Python's parser
and some mail programs read as part of it)."""


def eml_bytes(email: PersonEmail) -> bytes:
    """The e-mail as an ``.eml`` file (UTF-8, CRLF) that Outlook opens as an unsent draft."""
    message = EmailMessage(policy=_EML)
    name, address = email.to
    if address.strip():  # without one, Outlook's draft waits for the coordinator to add it
        message["To"] = formataddr((name, address))
    message["Subject"] = email.subject
    message["X-Unsent"] = "1"
    message.set_content(email.body, charset="utf-8")
    return message.as_bytes()


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def eml_file_name(email: PersonEmail, number: int) -> str:
    """ "01 Ada Lind.eml": numbered (two people may share a name), safe on Windows."""
    name = _UNSAFE.sub(" ", email.to[0]).strip(" .") or "person"
    return f"{number:02d} {name[:80]}.eml"
