"""Text as a Swedish reader expects it: ordered ... x, y, z, å, ä, ö; searched by words.

The search rule lives here, not beside the queries, so that the window can narrow a period
it already holds by what is typed without loading the database layer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

# After z come å, ä, ö (in that order); æ and ø sort with ä and ö, ü with y, é with e.
_LETTERS = str.maketrans(
    {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"}  # "{|}" follow "z" in ASCII
)


@lru_cache(maxsize=8192)  # the same names are sorted on every page and keystroke
def swedish_sort_key(text: str) -> str:
    """A key that sorts names in Swedish alphabetical order, ignoring case and accents."""
    folded = text.casefold().translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_WORD = re.compile(r"\w+", re.UNICODE)


def search_words(query: str) -> list[str]:
    """The searchable words of what a person typed, case-folded (punctuation is ignored)."""
    return list(dict.fromkeys(w.casefold() for w in _WORD.findall(query)))


def searchable(title: str, description: str) -> str:
    """An event's text as a search looks into it."""
    return f"{title} {description}".casefold()


def holds_every_word(text: str, words: Sequence[str]) -> bool:
    """Whether every word (from ``search_words``) is in ``text`` (from ``searchable``), as a
    word or inside one: Swedish compounds, "mäss" finds "Automationsmässan"."""
    return all(word in text for word in words)


def quoted(text: str, limit: int = 24) -> str:
    """A value as a message quotes it, cut short at ``limit`` characters: a hostile rule or
    file can hold megabytes."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


PLACEHOLDER = re.compile(r"%(\d+)")
"""A numbered placeholder, %1 to %99, as Qt's translations write them."""


def filled(template: str, *values: object) -> str:
    """``template`` with %1 replaced by the first value, %2 by the second, and so on.

    In one pass, as QString.arg does: a value that itself holds "%2" (a title, a path) is
    shown as it is, not filled again. A placeholder with no value stays, for the tests that
    scan every text (tests/ui/test_wording.py) to find.
    """

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return PLACEHOLDER.sub(value, template)


def name_key(name: str) -> str:
    """What makes two tag or venue names the same: case and surrounding spaces ignored.

    The database keeps it beside the name, unique, so that two people adding "Robotics"
    and "robotics " at the same moment end up with one tag.
    """
    return name.strip().casefold()
