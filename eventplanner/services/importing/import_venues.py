"""What a LOCATION says: a venue (one per place, however it is spelt), an online meeting's
link, or neither (an e-mail address is someone to write to, not a place).

Outlook and Exchange write rooms as "Room 1", "Room 1 ", "room 1" and "Room 1;" across a
year of meetings, a room mailbox as "Room 2 <room2@example.com>", and a Teams meeting as
"Microsoft Teams Meeting" or its link: none of those variants may make a venue of its own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Meeting services' links are often pasted without their scheme ("teams.microsoft.com/l/…").
# Each host is spelt out, with a bounded subdomain, so no part of the pattern backtracks.
_MEETING_HOSTS = (
    r"teams\.microsoft\.com/|teams\.live\.com/|meet\.google\.com/|"
    r"(?:[\w-]{1,63}\.)?zoom\.us/|(?:[\w-]{1,63}\.)?webex\.com/"
)
_MEETING = re.compile(_MEETING_HOSTS, re.IGNORECASE)
_URL = re.compile(rf"(?:https?://|www\.|{_MEETING_HOSTS})\S+", re.IGNORECASE)
# Words between blanks and the marks that end an address: a run is taken whole, once, so
# reading a LOCATION is linear in it (a pattern spelling out an address's parts tried every
# split of a long word at every start: a 40,000-letter LOCATION took 11 s).
_WORD = re.compile(r"[^\s<>,;]+")
_EDGES = " \t,;:.-–—|/\"'"
_ONLINE = frozenset(
    {
        "microsoft teams meeting",
        "microsoft teams-möte",
        "microsoft teams",
        "teams",
        "teams meeting",
        "teams-möte",
        "zoom",
        "zoom meeting",
        "zoom-möte",
        "google meet",
        "webex",
        "skype meeting",
        "skype-möte",
        "online",
        "digitalt",
        "digital",
    }
)


def venue_key(name: str) -> str:
    """A venue name as compared: the same letters (NFKC), no case, one space between
    words, none around a comma ("Sal 1,plan 4" is "Sal 1, plan 4"), no punctuation at
    either end ("Room 1;" is "room 1")."""
    text = " ".join(unicodedata.normalize("NFKC", name).split())
    text = text.replace(" ,", ",").replace(", ", ",")
    return text.strip(_EDGES).casefold()


@dataclass(frozen=True, slots=True)
class Place:
    """What a LOCATION gives: a venue's name, an online link, and why something was left."""

    venue: str = ""
    online_url: str = ""
    note: str = ""


def place_of(location: str) -> Place:
    """The venue and online link a LOCATION names (its e-mail addresses left out)."""
    text = " ".join(location.split())
    if not text:
        return Place()
    links = [m.group(0).rstrip(".,;)>") for m in _URL.finditer(text)]
    rest = _URL.sub(" ", text)
    rest, emails = _without_emails(rest)
    rest = " ".join(rest.split()).strip(_EDGES)
    online = next((u for u in map(_as_link, links) if u), "")
    if venue_key(rest) in _ONLINE:
        rest = ""
    notes = []
    if emails and not rest:
        notes.append(f"LOCATION {location[:60]!r} is an e-mail address, not a venue; left out")
    if links and not online:
        notes.append(f"LOCATION {location[:60]!r} names a web address that is no link; left out")
    return Place(rest, online, "; ".join(notes))


def _as_link(found: str) -> str:
    """A web address as a link to open: as written when it has its scheme, with https://
    when it is a meeting service's written without one, else nothing (a website's "www."
    address is no meeting to join)."""
    if found.lower().startswith(("http://", "https://")):
        return found
    return f"https://{found}" if _MEETING.match(found) else ""


def _is_email(word: str) -> bool:
    """``name@example.com`` (or ``mailto:`` one): one @, a name before it, and a domain
    with a dot inside."""
    name, at, domain = word.partition("@")
    return bool(name) and bool(at) and "@" not in domain and "." in domain[1:-1]


def _without_emails(text: str) -> tuple[str, list[str]]:
    """``text`` with its e-mail addresses (and the <> around one) taken out, and those."""
    emails: list[str] = []
    kept: list[str] = []
    done = 0
    for match in _WORD.finditer(text):
        if not _is_email(match.group()):
            continue
        emails.append(match.group())
        start, end = match.span()
        if start > done and text[start - 1] == "<":
            start -= 1
        if end < len(text) and text[end] == ">":
            end += 1
        kept += (text[done:start], " ")
        done = end
    kept.append(text[done:])
    return "".join(kept), emails
