"""Ordering text as a Swedish reader expects: ... x, y, z, å, ä, ö."""

from __future__ import annotations

import unicodedata

# After z come å, ä, ö (in that order); æ and ø sort with ä and ö, ü with y, é with e.
_LETTERS = str.maketrans(
    {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"}  # "{|}" follow "z" in ASCII
)


def swedish_sort_key(text: str) -> str:
    """A key that sorts names in Swedish alphabetical order, ignoring case and accents."""
    folded = text.casefold().translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
