"""Narrowing a period by project, venue and tag, with counts: on the sample year."""

from __future__ import annotations

from collections import Counter
from datetime import date
from itertools import product

import pytest

from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.services.events.facets import NOT_SET, FacetValue
from eventplanner.services.workspace import Workspace

TODAY = date(2026, 11, 18)
pytestmark = pytest.mark.database_copy("sample_year", TODAY)  # built once a run: tests/copies.py
YEAR = TimeWindow.days(date(2026, 8, 1), date(2027, 12, 31), "Europe/Stockholm")


@pytest.fixture
def sample(workspace: Workspace) -> Workspace:
    """A copy of the sample year (``pytestmark``), opened."""
    return workspace


def _ids(values: tuple[FacetValue, ...]) -> list[int]:
    return [NOT_SET if v.key is None else int(v.key) for v in values]


def test_faceted_shows_what_the_query_itself_would(sample: Workspace) -> None:
    everything = sample.queries.faceted(YEAR, EventFilter())
    projects = _ids(everything.facets.projects)[:3]
    venues = _ids(everything.facets.venues)[:3]
    tags = [str(v.key) for v in everything.facets.tags][:3]
    assert NOT_SET in _ids(everything.facets.projects)  # the sample has events without one
    assert len(projects) == len(venues) == len(tags) == 3
    choices = product(
        [frozenset(), frozenset(projects[:1]), frozenset({NOT_SET}), frozenset(projects)],
        [frozenset(), frozenset(venues[1:2]), frozenset({NOT_SET, venues[0]})],
        [frozenset(), frozenset(tags[:1]), frozenset(t.upper() for t in tags[1:])],
    )
    for project_ids, venue_ids, chosen_tags in choices:
        where = EventFilter(project_ids=project_ids, venue_ids=venue_ids, tags=chosen_tags)
        narrowed = sample.queries.faceted(YEAR, where)
        queried = sample.queries.occurrences(YEAR, where)
        assert narrowed.occurrences == queried, where
        assert narrowed.total == len(everything.occurrences)


def test_each_count_is_what_choosing_that_value_would_show(sample: Workspace) -> None:
    first_tag = str(sample.queries.faceted(YEAR, EventFilter()).facets.tags[0].key)
    where = EventFilter(tags=frozenset({first_tag}))
    result = sample.queries.faceted(YEAR, where)
    for value in result.facets.projects:
        key = NOT_SET if value.key is None else int(value.key)
        also = EventFilter(tags=where.tags, project_ids=frozenset({key}))
        assert value.count == len(sample.queries.occurrences(YEAR, also)), value
    # The tag list ignores its own choice: choosing a tag does not empty the others.
    unfiltered = sample.queries.faceted(YEAR, EventFilter())
    assert result.facets.tags == unfiltered.facets.tags
    assert len([v for v in result.facets.tags if v.count > 0]) > 1


def test_counts_add_up_and_names_come_in_swedish_order(sample: Workspace) -> None:
    result = sample.queries.faceted(YEAR, EventFilter())
    assert sum(v.count for v in result.facets.projects) == len(result.occurrences)
    assert sum(v.count for v in result.facets.venues) == len(result.occurrences)
    tagged = Counter(t.casefold() for o in result.occurrences for t in set(o.tags))
    assert {str(v.key).casefold(): v.count for v in result.facets.tags} == tagged
    named = [v.name for v in result.facets.venues if v.key is not None]
    assert named and all(named)
    assert result.facets.venues[-1].key is None  # "no venue" comes last


def test_a_chosen_value_with_nothing_in_the_period_stays_in_its_list(sample: Workspace) -> None:
    empty = TimeWindow.days(date(2030, 7, 1), date(2030, 7, 31), "Europe/Stockholm")
    project = sample.projects.list()[0]
    assert project.id is not None
    where = EventFilter(project_ids=frozenset({project.id}), tags=frozenset({"Mässa"}))
    result = sample.queries.faceted(empty, where)
    assert result.occurrences == []
    assert result.facets.projects == (FacetValue(project.id, "", 0),)
    assert result.facets.tags == (FacetValue("Mässa", "Mässa", 0),)
