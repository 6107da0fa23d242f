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

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"<?(?:mailto:)?[^\s<>@,;]+@[^\s<>@,;]+\.[^\s<>@,;]+>?", re.IGNORECASE)
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
    words, no punctuation at either end ("Room 1;" is "room 1")."""
    text = " ".join(unicodedata.normalize("NFKC", name).split())
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
    emails = _EMAIL.findall(rest)
    rest = " ".join(_EMAIL.sub(" ", rest).split()).strip(_EDGES)
    online = next((u for u in links if u.lower().startswith(("http://", "https://"))), "")
    if venue_key(rest) in _ONLINE:
        rest = ""
    notes = []
    if emails and not rest:
        notes.append(f"LOCATION {location[:60]!r} is an e-mail address, not a venue; left out")
    if links and not online:
        notes.append(f"LOCATION {location[:60]!r} names a web address that is no link; left out")
    return Place(rest, online, "; ".join(notes))
