"""A period read once and narrowed many times: by what is typed and what the sidebar ticks.

`EventQueries.period` reads a window's occurrences with a filter's kinds, statuses and
cancelled choice, and (when asked) the searchable text of their events. Whatever is then
typed or ticked is answered from that alone by `narrow`, which gives what
`EventQueries.faceted` would (a test holds the two together on SQLite and PostgreSQL): the
window answers a keystroke, or a month it read ahead, without asking the database again.

No database layer here, so the window can hold periods before SQLAlchemy has loaded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.text import search_words
from eventplanner.services.events import facets


def base_of(where: EventFilter) -> EventFilter:
    """The part of ``where`` a period is read with: all but its text and its projects,
    venues and tags, which are applied to the period afterwards."""
    return replace(facets.without_facets(where), text="")


@dataclass(frozen=True, slots=True, eq=False)
class Period:
    """The occurrences of ``window`` under ``where`` (a ``base_of``), in start order."""

    window: TimeWindow
    where: EventFilter
    occurrences: Sequence[Occurrence]
    texts: Mapping[int, str] | None = None
    """Each event's text as a search looks into it (``domain.text.searchable``), by id;
    None when it was not read: then only a filter without words can be answered."""

    def answers(self, where: EventFilter) -> bool:
        """Whether ``narrow(self, where)`` can be given from what was read."""
        return base_of(where) == self.where and (
            self.texts is not None or not search_words(where.text)
        )


def narrow(period: Period, where: EventFilter) -> facets.FacetedOccurrences:
    """What ``EventQueries.faceted(period.window, where)`` gives, from the period alone."""
    if not period.answers(where):
        raise ValueError("the period was read with another filter, or without its texts")
    found = list(period.occurrences)
    words = search_words(where.text)
    if words:
        texts = period.texts
        assert texts is not None  # answers() said so
        matching = _holding(texts, words)
        found = [o for o in found if o.event_id in matching]
    return facets.narrow(found, where)


def _holding(texts: Mapping[int, str], words: Sequence[str]) -> set[int]:
    """The events whose text holds every word (``domain.text.holds_every_word``), a word at
    a time over those left: a keystroke looks through a quarter's 3,000 texts."""
    left = list(texts.items())
    for word in words:
        left = [(i, t) for i, t in left if word in t]
    return {i for i, _ in left}
