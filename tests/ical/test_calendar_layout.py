"""A calendar laid out in pieces (``CalendarLayout``) is the calendar's text, byte for byte:
with events of one VEVENT, of several (a series and its changed occurrences) and of none,
laid out at once or replaced one at a time."""

from __future__ import annotations

from datetime import timedelta

from eventplanner.ical import (
    CalendarInfo,
    CalendarLayout,
    EventText,
    calendar_data,
    calendar_text,
    event_text,
    layout_pieces,
)
from tests.ical.factories import STAMP
from tests.ical.golden_events import GOLDEN

INFO = CalendarInfo(name="Mässor, kurser; allt", description="Klustrets\nkalender",
                    refresh=timedelta(hours=1))  # fmt: skip


def _texts() -> list[EventText]:
    texts = [
        text
        for golden in GOLDEN.values()
        for event, place in golden.events
        if (text := event_text(event, place, golden.options)) is not None
    ]
    # An event whose every occurrence was struck out writes nothing at all.
    return [*texts, EventText("", frozenset())]


def test_the_golden_events_laid_out_are_their_calendar_text() -> None:
    texts = _texts()
    assert any(len(t.pieces) > 2 for t in texts) and any(len(t.pieces) == 1 for t in texts)
    expected = calendar_text(texts, INFO, stamp=STAMP).encode()
    assert calendar_data(texts, INFO, stamp=STAMP) == expected
    pieces = layout_pieces(CalendarLayout(texts), INFO, stamp=STAMP)
    assert b"".join(pieces) == expected
    assert pieces.size == len(expected)


def test_events_replaced_one_at_a_time_give_what_laying_them_out_anew_gives() -> None:
    texts = _texts()
    rotated = texts[1:] + texts[:1]  # every place gets another event, of another shape
    layout = CalendarLayout(texts)
    for index, event in enumerate(rotated):
        layout = layout.replaced({index: event})
        now = rotated[: index + 1] + texts[index + 1 :]
        assert layout.zones == CalendarLayout(now).zones
        pieces = layout_pieces(layout, INFO, stamp=STAMP)
        assert b"".join(pieces) == calendar_text(now, INFO, stamp=STAMP).encode(), index
        assert pieces.size == len(b"".join(pieces)), index


def test_a_layout_is_never_changed_by_what_is_made_from_it() -> None:
    texts = _texts()
    layout = CalendarLayout(texts)
    before = b"".join(layout_pieces(layout, INFO, stamp=STAMP))
    layout.replaced({0: texts[-1]})
    layout_pieces(layout, INFO, stamp=STAMP + timedelta(days=1))
    assert b"".join(layout_pieces(layout, INFO, stamp=STAMP)) == before
