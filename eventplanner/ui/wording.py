"""Filling a translated text's placeholders: one way for the whole window.

Every text with a value in it is written with numbered placeholders ("Move “%1” from %2"), so
that a translation may put the values in another order, and filled by ``filled``.
"""

from __future__ import annotations

import re

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
