"""The language a calendar's own texts are written in."""

from __future__ import annotations

import pytest

from eventplanner.domain.feed_rules import feed_problems
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


@pytest.mark.parametrize(
    ("setting", "swedish_feed", "english_feed"),
    [("", SWEDISH, ENGLISH), ("sv", SWEDISH, SWEDISH), ("en", ENGLISH, ENGLISH)],
)
def test_a_feed_set_to_a_language_speaks_it_whatever_its_texts(
    setting: str, swedish_feed: str, english_feed: str
) -> None:
    """Automatic ("") tells it from the texts; Swedish or English is that, whatever they say."""
    assert feed_language(Feed(None, "Mässor 2027", language=setting)) == swedish_feed
    assert feed_language(Feed(None, "Trade fairs 2027", language=setting)) == english_feed


def test_a_feed_is_automatic_unless_set() -> None:
    assert Feed(None, "Mässor 2027").language == ""


@pytest.mark.parametrize("setting", ["", "sv", "en"])
def test_each_language_setting_is_a_valid_feed(setting: str) -> None:
    assert feed_problems(Feed(None, "Mässor 2027", language=setting)) == []


@pytest.mark.parametrize("setting", ["de", "SV", "auto", "swedish", " "])
def test_an_unknown_language_is_refused_naming_the_field(setting: str) -> None:
    problems = feed_problems(Feed(None, "Mässor 2027", language=setting))
    assert [p.field for p in problems] == ["language"]
    assert repr(setting) in str(problems[0])
