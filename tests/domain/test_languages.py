"""The language a calendar's own texts are written in."""

from __future__ import annotations

import pytest

from eventplanner.domain.feeds import Feed
from eventplanner.domain.languages import ENGLISH, SWEDISH, feed_language, written_language


@pytest.mark.parametrize(
    ("texts", "language"),
    [(("Mässor 2027",), SWEDISH), (("Personalkalender", "Allt vi planerar"), SWEDISH),
     (("Staff calendar", "Inställt: "), SWEDISH), (("Kurser och seminarier",), SWEDISH),
     (("Trade fairs 2027", "Cancelled: "), ENGLISH), (("", ""), ENGLISH)],
)  # fmt: skip
def test_swedish_by_its_letters_or_its_words(texts: tuple[str, ...], language: str) -> None:
    assert written_language(*texts) == language


def test_a_feed_says_it_with_any_of_its_texts() -> None:
    assert feed_language(Feed(None, "Staff", cancelled_prefix="Inställt: ")) == SWEDISH
    assert feed_language(Feed(None, "Staff", description="Everything we plan")) == ENGLISH
