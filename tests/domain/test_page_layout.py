"""The printed page layout: every item once, none split across a page break or past a
page's foot, none over another in its column, slots level and in order."""

from __future__ import annotations

import itertools
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from eventplanner.domain.page_layout import Item, Line, Page, PageSpec, Section, lay_out

SPEC = PageSpec(400.0, 300.0, margin=20.0, header=30.0, column_header=16.0, gap=4.0,
                padding=3.0)  # fmt: skip
TOP = SPEC.margin + SPEC.header + SPEC.column_header
FOOT = SPEC.height - SPEC.margin


def measure(text: str, style: str, width: float) -> float:
    """10 points a line, 5 points a character."""
    per_line = max(1, int(width // 5))
    return 10.0 * sum(max(1, math.ceil(len(p) / per_line)) for p in text.split("\n"))


def item(slot: int, column: int | None, lines: int = 1, until: int | None = None,
         key: object = None) -> Item:  # fmt: skip
    return Item(slot, tuple(Line("x", "body") for _ in range(lines)), column, until=until,
                key=key if key is not None else (slot, column))  # fmt: skip


def check(pages: list[Page], items: list[Item]) -> None:
    placed = [b.item.key for p in pages for b in p.boxes]
    assert sorted(map(repr, placed)) == sorted(repr(i.key) for i in items)
    for page in pages:
        for box in page.boxes:
            assert box.y >= page.top - 0.01 and box.y + box.height <= FOOT + 0.01
        for a in page.boxes:
            for b in page.boxes:
                if a is b:
                    continue
                side_by_side = a.x + a.width <= b.x + 0.01 or b.x + b.width <= a.x + 0.01
                apart = a.y + a.height <= b.y + 0.01 or b.y + b.height <= a.y + 0.01
                assert side_by_side or apart, (a, b)
        firsts: dict[object, float] = {}
        for box in page.boxes:
            firsts[box.item.slot] = min(box.y, firsts.get(box.item.slot, box.y))
        assert list(firsts.values()) == sorted(firsts.values())


def test_a_slot_that_does_not_fit_starts_the_next_page_whole() -> None:
    items = [item(n, n % 2, lines=3, key=n) for n in range(12)]
    section = Section("Tuesday", ("Scen 1", "Scen 2"), tuple(items))
    pages = lay_out([section], SPEC, measure)
    check(pages, items)
    assert len(pages) > 1 and [p.part for p in pages] == list(range(1, len(pages) + 1))
    assert all(p.section is section for p in pages)
    # Each page is filled before the next starts: what opens a page would not fit before.
    for before, after in itertools.pairwise(pages):
        lowest = max(b.y + b.height for b in before.boxes)
        first = min(after.boxes, key=lambda b: b.y)
        assert lowest + SPEC.gap + first.height > FOOT


def test_items_beside_each_other_start_level_and_a_span_goes_across() -> None:
    items = [item(1, 0, 2), item(1, 1, 5), item(2, 0), item(3, None)]
    pages = lay_out([Section("", ("A", "B"), tuple(items))], SPEC, measure)
    (page,) = pages
    boxes = {b.item.key: b for b in page.boxes}
    assert boxes[(1, 0)].y == boxes[(1, 1)].y == TOP
    # Slot 2 in column A starts under A's first item, not under B's taller one.
    assert boxes[(2, 0)].y == boxes[(1, 0)].y + boxes[(1, 0)].height + SPEC.gap
    lunch = boxes[(3, None)]
    assert lunch.x == SPEC.margin and lunch.width == SPEC.width - 2 * SPEC.margin
    assert lunch.y >= boxes[(1, 1)].y + boxes[(1, 1)].height


def test_a_table_starts_each_row_below_the_whole_row_before() -> None:
    items = [item(1, 0), item(1, 1, 4), item(2, 0)]
    (page,) = lay_out([Section("", ("A", "B"), tuple(items), rows=True)], SPEC, measure)
    boxes = {b.item.key: b for b in page.boxes}
    assert boxes[(2, 0)].y == boxes[(1, 1)].y + boxes[(1, 1)].height + SPEC.gap
    assert boxes[(1, 0)].height == boxes[(1, 1)].height  # a row's cells are as tall


def test_a_long_item_reaches_down_to_when_it_ends() -> None:
    items = [item(1, 0, until=3), item(1, 1), item(2, 1), item(3, 0), item(3, 1)]
    (page,) = lay_out([Section("", ("A", "B"), tuple(items))], SPEC, measure)
    boxes = {b.item.key: b for b in page.boxes}
    assert boxes[(1, 0)].y + boxes[(1, 0)].height == boxes[(3, 0)].y - SPEC.gap
    check([page], items)


def test_a_note_and_an_empty_section_get_a_page() -> None:
    (page,) = lay_out([Section("", ("A",), (), note="Nothing yet.")], SPEC, measure)
    assert page.boxes == () and page.note_height > 0


def test_an_item_taller_than_a_page_is_cut_at_its_foot() -> None:
    items = [item(1, 0), item(2, 0, lines=40)]
    pages = lay_out([Section("", ("A",), tuple(items))], SPEC, measure)
    assert len(pages) == 2 and pages[1].boxes[0].clipped
    assert pages[1].boxes[0].y + pages[1].boxes[0].height <= FOOT


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 30),
            st.one_of(st.none(), st.integers(0, 3)),
            st.integers(1, 6),
            st.integers(0, 5),
        ),
        max_size=40,
    ),
    st.booleans(),
)
def test_any_programme_is_laid_out_whole(
    raw: list[tuple[int, int | None, int, int]], rows: bool
) -> None:
    items = [
        item(slot, column, lines, until=slot + extra if extra else None, key=n)
        for n, (slot, column, lines, extra) in enumerate(raw)
    ]
    pages = lay_out([Section("", ("A", "B", "C", "D"), tuple(items), rows=rows)], SPEC, measure)
    check(pages, items)


def test_a_slot_taller_than_a_page_goes_on_over_the_next() -> None:
    """Found by the property above: six items of one slot, stacked, are taller than a page;
    those that do not fit start the next page instead of falling past the first's foot."""
    raw = [(0, None, 1, 0), (0, None, 1, 0), (0, None, 5, 0), (0, None, 5, 0), (0, None, 5, 0),
           (0, None, 1, 0)]  # fmt: skip
    items = [item(slot, column, lines, key=n) for n, (slot, column, lines, _) in enumerate(raw)]
    pages = lay_out([Section("", ("A", "B", "C", "D"), tuple(items))], SPEC, measure)
    check(pages, items)
    assert len(pages) == 2 and not any(b.clipped for p in pages for b in p.boxes)
