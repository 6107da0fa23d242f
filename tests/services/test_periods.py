"""A period read once, narrowed by text and sidebar choices in memory: the same answers as
asking the database each time (on SQLite and PostgreSQL), on the sample year."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import product

import pytest

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.services.events import facets
from eventplanner.services.events.facets import NOT_SET
from eventplanner.services.events.periods import base_of, narrow
from eventplanner.services.workspace import Workspace

TODAY = date(2026, 11, 18)
pytestmark = pytest.mark.database_copy("sample_year", TODAY)  # built once a run: tests/copies.py
QUARTER = TimeWindow.days(date(2026, 11, 1), date(2027, 1, 31), "Europe/Stockholm")
TEXTS = ["", "mäss", "MÄSS", "e", "in", "digital", "kurs automation", "ingenting sådant"]


@pytest.fixture
def sample(workspace: Workspace) -> Workspace:
    """A copy of the sample year (``pytestmark``), opened."""
    return workspace


def _choices(sample: Workspace) -> list[EventFilter]:
    everything = sample.queries.faceted(QUARTER, EventFilter())
    project = next(int(v.key) for v in everything.facets.projects if v.key is not None)
    venue = next(int(v.key) for v in everything.facets.venues if v.key is not None)
    tag = str(everything.facets.tags[0].key)
    return [
        EventFilter(text=text, project_ids=projects, venue_ids=venues, tags=tags)
        for text, projects, venues, tags in product(
            TEXTS,
            [frozenset(), frozenset({project}), frozenset({NOT_SET})],
            [frozenset(), frozenset({venue, NOT_SET})],
            [frozenset(), frozenset({tag.upper()})],
        )
    ]


def test_narrowing_a_period_answers_as_the_database_does(sample: Workspace) -> None:
    period = sample.queries.period(QUARTER, EventFilter(), texts=True)
    assert period.texts is not None and period.occurrences
    for where in _choices(sample):
        assert narrow(period, where) == sample.queries.faceted(QUARTER, where), where


@pytest.mark.parametrize(
    "base",
    [
        EventFilter(kinds=frozenset({EventKind.COURSE, EventKind.TRADE_FAIR})),
        EventFilter(statuses=frozenset({EventStatus.CONFIRMED})),
        EventFilter(include_cancelled=False),
    ],
)
def test_a_period_is_read_with_the_kinds_and_statuses_of_its_filter(
    sample: Workspace, base: EventFilter
) -> None:
    period = sample.queries.period(QUARTER, replace(base, text="mäss"), texts=True)
    assert period.where == base  # the text is left to narrowing
    for text in TEXTS:
        where = replace(base, text=text)
        assert narrow(period, where) == sample.queries.faceted(QUARTER, where), where


def test_a_period_answers_only_the_filter_it_was_read_with(sample: Workspace) -> None:
    period = sample.queries.period(QUARTER, EventFilter())
    assert period.texts is None
    assert period.answers(EventFilter(project_ids=frozenset({1})))
    assert period.answers(EventFilter(text="  ?! "))  # no words: nothing to read
    assert not period.answers(EventFilter(text="mäss"))  # its texts were not read
    assert not period.answers(EventFilter(kinds=frozenset({EventKind.COURSE})))
    with pytest.raises(ValueError):
        narrow(period, EventFilter(text="mäss"))
    with_texts = sample.queries.with_texts(period)
    assert with_texts.occurrences is period.occurrences
    assert with_texts.answers(EventFilter(text="mäss"))
    assert sample.queries.with_texts(with_texts) is with_texts


def test_texts_are_read_as_they_are_now(sample: Workspace) -> None:
    period = sample.queries.period(QUARTER, EventFilter())
    event = next(o for o in period.occurrences if o.recurrence_id is None)
    stored = sample.events.get(event.event_id)
    sample.events.update(event.event_id, replace(stored.draft(), description="Zebrafink"),
                         expected_version=stored.version)  # fmt: skip
    found = narrow(sample.queries.with_texts(period), EventFilter(text="zebrafink"))
    assert [o.event_id for o in found.occurrences] == [event.event_id]


def test_the_base_of_a_filter_keeps_all_but_text_and_sidebar() -> None:
    where = EventFilter(
        text="mäss", kinds=frozenset({EventKind.COURSE}), statuses=frozenset({EventStatus.DRAFT}),
        project_ids=frozenset({1}), venue_ids=frozenset({2}), organiser_ids=frozenset({3}),
        tags=frozenset({"x"}), include_cancelled=False, exclude_event_ids=frozenset({4}),
    )  # fmt: skip
    assert base_of(where) == EventFilter(
        kinds=where.kinds, statuses=where.statuses, organiser_ids=where.organiser_ids,
        include_cancelled=False, exclude_event_ids=where.exclude_event_ids,
    )  # fmt: skip


def test_counting_with_nothing_chosen_agrees_with_counting_one_by_one(sample: Workspace) -> None:
    found = sample.queries.occurrences(QUARTER)
    assert found
    assert facets._counted(found) == facets._narrowed(found, EventFilter())
    assert facets._counted([]) == facets._narrowed([], EventFilter())


def test_an_empty_period_narrows_to_nothing(sample: Workspace) -> None:
    empty = TimeWindow.days(date(2031, 7, 1), date(2031, 7, 31), "Europe/Stockholm")
    period = sample.queries.period(empty, EventFilter(), texts=True)
    assert list(period.occurrences) == [] and period.texts == {}
    assert narrow(period, EventFilter(text="mäss")) == sample.queries.faceted(
        empty, EventFilter(text="mäss")
    )
