"""Filling a translated text's placeholders: one way for the whole window.

Every text with a value in it is written with numbered placeholders ("Move “%1” from %2"), so
that a translation may put the values in another order, and filled by ``filled`` (the
domain's, which the iCalendar layer's words use too).
"""

from __future__ import annotations

from eventplanner.domain.text import PLACEHOLDER, filled

__all__ = ["PLACEHOLDER", "filled"]
