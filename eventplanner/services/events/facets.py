"""Narrowing a period's events by project, venue and tag, with a count beside each choice.

The sidebar's lists work like a shop's filters: each value's count says how many of the
period's occurrences that choice would show, given what is chosen in the *other* lists, so
choosing a project does not empty the rest of its own list. The period is read once without
these three filters and narrowed here; `EventQueries.occurrences` with the same
`EventFilter` gives the same occurrences (a test holds the two together).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.text import swedish_sort_key

if TYPE_CHECKING:  # queries reads through here; at run time only the filter's fields count
    from eventplanner.domain.filters import EventFilter

K = TypeVar("K", int, str)


@dataclass(frozen=True, slots=True)
class FacetValue:
    """One choice in a list: a project or venue id (None: none set) or a tag's name."""

    key: int | str | None
    name: str
    count: int


class Facets(NamedTuple):
    """The three lists' values. Named tuples, Facets and FacetedOccurrences: as immutable
    and equal as frozen dataclasses, and made in a tenth of the time as the window's
    modules load, before its first paint (1 ms here)."""

    projects: tuple[FacetValue, ...] = ()
    venues: tuple[FacetValue, ...] = ()
    tags: tuple[FacetValue, ...] = ()


class FacetedOccurrences(NamedTuple):
    occurrences: list[Occurrence]
    facets: Facets
    total: int
    """How many the period holds before project, venue and tag are applied."""


NOT_SET = -1
"""In an EventFilter's project or venue ids: the events that have no project / venue."""


def without_facets(where: EventFilter) -> EventFilter:
    """The filter the period is read with: everything but project, venue and tag."""
    return replace(where, project_ids=frozenset(), venue_ids=frozenset(), tags=frozenset())


def narrow(found: list[Occurrence], where: EventFilter) -> FacetedOccurrences:
    """The occurrences of ``found`` that ``where``'s projects, venues and tags allow, with
    the count of every value of each list (``found`` was read with ``without_facets``)."""
    if not (where.project_ids or where.venue_ids or where.tags):
        return _counted(found)
    return _narrowed(found, where)


def _narrowed(found: list[Occurrence], where: EventFilter) -> FacetedOccurrences:
    """``narrow``, one occurrence at a time."""
    wanted_tags = {t.casefold() for t in where.tags}
    project_ids, venue_ids = where.project_ids, where.venue_ids
    projects: Counter[int] = Counter()
    venues: Counter[int] = Counter()
    tags: Counter[str] = Counter()
    project_names: dict[int, str] = {}
    venue_names: dict[int, str] = {}
    tag_names: dict[str, str] = {}
    shown: list[Occurrence] = []
    # Run for every occurrence of a period on each keystroke: no calls that can be spared,
    # and each distinct set of tags folded once (a series' occurrences share theirs).
    folded_tags: dict[tuple[str, ...], dict[str, str]] = {}
    for o in found:
        folded = folded_tags.get(o.tags)
        if folded is None:
            folded = folded_tags[o.tags] = {name.casefold(): name for name in o.tags}
        project = NOT_SET if o.project_id is None else o.project_id
        venue = NOT_SET if o.venue_id is None else o.venue_id
        p = not project_ids or project in project_ids
        v = not venue_ids or venue in venue_ids
        t = not wanted_tags or not wanted_tags.isdisjoint(folded)
        if v and t:
            projects[project] += 1
            if o.project_name is not None:
                project_names[project] = o.project_name
        if p and t:
            venues[venue] += 1
            if o.venue_name is not None:
                venue_names[venue] = o.venue_name
        if p and v:
            for key, name in folded.items():
                tags[key] += 1
                tag_names.setdefault(key, name)
            if t:
                shown.append(o)
    for tag in where.tags:
        tag_names.setdefault(tag.casefold(), tag)
    return FacetedOccurrences(
        occurrences=shown,
        facets=Facets(
            projects=_values(projects, project_names, where.project_ids, none_key=NOT_SET),
            venues=_values(venues, venue_names, where.venue_ids, none_key=NOT_SET),
            tags=_tag_values(tags, tag_names, wanted_tags),
        ),
        total=len(found),
    )


def _counted(found: list[Occurrence]) -> FacetedOccurrences:
    """``narrow`` when nothing is chosen: everything shows, and each list counts it all.
    Counted in C (``Counter`` over ``map``): this is every keystroke of a search. (An
    event's tags differ by more than case, as the services keep them, so each name is
    counted once an occurrence.)"""
    project_ids = list(map(_PROJECT, found))
    venue_ids = list(map(_VENUE, found))
    projects = _none_as(Counter(project_ids))
    venues = _none_as(Counter(venue_ids))
    # Every id is joined to its one name: the last one seen is that name.
    project_names = {
        k: n for k, n in dict(zip(project_ids, map(_PROJECT_NAME, found), strict=True)).items()
        if k is not None and n is not None
    }  # fmt: skip
    venue_names = {
        k: n for k, n in dict(zip(venue_ids, map(_VENUE_NAME, found), strict=True)).items()
        if k is not None and n is not None
    }  # fmt: skip
    tags: Counter[str] = Counter()
    tag_names: dict[str, str] = {}
    for name, times in Counter(chain.from_iterable(map(_TAGS, found))).items():
        folded = name.casefold()
        tags[folded] += times
        tag_names.setdefault(folded, name)
    return FacetedOccurrences(
        occurrences=list(found),
        facets=Facets(
            projects=_values(projects, project_names, (), none_key=NOT_SET),
            venues=_values(venues, venue_names, (), none_key=NOT_SET),
            tags=_tag_values(tags, tag_names, set()),
        ),
        total=len(found),
    )


def _none_as(counts: Counter[int | None]) -> Counter[int]:
    """The count of None (no project, no venue) under NOT_SET, as the lists keep it."""
    if None in counts:
        counts[NOT_SET] += counts.pop(None)
    return counts  # type: ignore[return-value]


_PROJECT = attrgetter("project_id")
_VENUE = attrgetter("venue_id")
_PROJECT_NAME = attrgetter("project_name")
_VENUE_NAME = attrgetter("venue_name")
_TAGS = attrgetter("tags")


def _values(
    counts: Counter[int], names: dict[int, str], chosen: Iterable[int], *, none_key: int
) -> tuple[FacetValue, ...]:
    """Every value with occurrences, and every chosen one (count 0), by name; 'none' last."""
    keys = set(counts) | set(chosen)
    named = sorted((k for k in keys if k != none_key), key=_by_name(names))
    values = [FacetValue(k, names.get(k, ""), counts.get(k, 0)) for k in named]
    if none_key in keys:
        values.append(FacetValue(None, "", counts.get(none_key, 0)))
    return tuple(values)


def _tag_values(
    counts: Counter[str], names: dict[str, str], chosen: set[str]
) -> tuple[FacetValue, ...]:
    keys = sorted(set(counts) | chosen, key=_by_name(names))
    return tuple(FacetValue(names.get(k, k), names.get(k, k), counts.get(k, 0)) for k in keys)


def _by_name(names: dict[K, str]) -> Callable[[K], tuple[object, ...]]:
    def key(k: K) -> tuple[object, ...]:
        return (swedish_sort_key(names.get(k, str(k))), str(k))

    return key
