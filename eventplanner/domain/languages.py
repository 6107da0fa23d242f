"""Which language a coordinator wrote a calendar's own texts in (English or Swedish).

A feed or an export may be set to a language (``Feed.language``); set to automatic (""),
its name, description and the prefix of its cancelled events say it ("Mässor 2027",
"Inställt: "). What the calendar adds by itself (the kinds as categories) then speaks that
language.
"""

from __future__ import annotations

import re

from eventplanner.domain.feeds import Feed

ENGLISH = "en"
SWEDISH = "sv"
AUTOMATIC = ""
"""No language chosen: told from the calendar's own texts."""
LANGUAGES = (AUTOMATIC, SWEDISH, ENGLISH)
"""The settings a feed's or an export's language may have."""

_SWEDISH_LETTERS = re.compile(r"[åäöÅÄÖ]")
# Short words common in Swedish titles and never English words.
_SWEDISH_WORDS = frozenset(
    {"och", "för", "med", "till", "från", "inställt", "inställd", "alla", "vår", "våra",
     "kalender", "personalkalender", "evenemang", "möten", "seminarier", "mässor", "kurser"}
)  # fmt: skip


def written_language(*texts: str) -> str:
    """``SWEDISH`` when any of ``texts`` is Swedish by its letters (å, ä, ö) or its words,
    else ``ENGLISH``."""
    for text in texts:
        if _SWEDISH_LETTERS.search(text):
            return SWEDISH
        if any(word in _SWEDISH_WORDS for word in re.findall(r"\w+", text.casefold())):
            return SWEDISH
    return ENGLISH


def chosen_language(setting: str, *texts: str) -> str:
    """``setting`` when it names a language, else (automatic) what ``texts`` are written in."""
    if setting in (SWEDISH, ENGLISH):
        return setting
    return written_language(*texts)


def feed_language(feed: Feed) -> str:
    """The language a feed is written in: its setting, or when automatic its calendar's
    name, its own name, its description and its cancelled events' prefix say it."""
    return chosen_language(
        feed.language, feed.calendar_name, feed.name, feed.description, feed.cancelled_prefix
    )
