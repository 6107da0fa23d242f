"""Where each printed item goes: which page, and where on it (pure geometry, no Qt).

A printed programme, door sheet or run sheet is a list of sections (a day, say), each with
columns (stages, or a table's columns) and items (a session, or a table's cell). Items that
share a slot (a start time, a table row) start level with each other; an item starts below
whatever went before it in its columns. An item is never split across a page break: a slot
that does not fit starts the section's next page, which repeats the section's heading. The
sizes are in points; ``Measure`` tells how tall a text is at a width (the renderer measures
with its fonts, tests with arithmetic).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

Measure = Callable[[str, str, float], float]
"""(text, style, width) -> height of the text wrapped at that width, in points."""


@dataclass(frozen=True, slots=True)
class Line:
    """A paragraph of an item, in a named style ("title", "time", "body"...)."""

    text: str
    style: str


@dataclass(frozen=True, slots=True)
class Item:
    """One box: a session in the programme, a cell of a run sheet's row."""

    slot: Any
    """Items of one slot start level; slots are printed in their sort order."""
    lines: tuple[Line, ...]
    column: int | None = None
    """Its column; None spans them all (a lunch for every stage)."""
    until: Any = None
    """The box reaches down to the first slot at or after this one on its page (a long
    session beside short ones), when given."""
    shaded: bool = False
    key: Hashable = None
    """What it prints (a session's id), for tests and for telling parts apart."""


@dataclass(frozen=True, slots=True)
class Section:
    """A run of pages under one heading (a day), with its columns."""

    heading: str
    columns: tuple[str, ...]
    items: tuple[Item, ...]
    weights: tuple[float, ...] = ()
    """Relative column widths; equal when empty."""
    rows: bool = False
    """A table: every slot starts below everything before it, in every column."""
    note: str = ""
    """A paragraph under the column headers on the section's first page (a crew list)."""


@dataclass(frozen=True, slots=True)
class PageSpec:
    width: float
    height: float
    margin: float = 36.0
    header: float = 44.0
    """The page's header: event, document, day, page n of m."""
    column_header: float = 20.0
    gap: float = 4.0
    padding: float = 4.0


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    item: Item
    clipped: bool = False
    """Taller than a whole page: cut at the page's foot (nothing real is this long)."""


@dataclass(frozen=True, slots=True)
class Page:
    section: Section
    part: int
    """1 for a section's first page, 2 for where it continues, ..."""
    columns: tuple[tuple[float, float], ...]
    """Each column's x and width."""
    boxes: tuple[Box, ...]
    note_height: float = 0.0
    top: float = 0.0
    """Where the boxes start (below the headers and the note)."""


@dataclass
class _Open:
    boxes: list[Box] = field(default_factory=list)
    slot_tops: list[tuple[Any, float]] = field(default_factory=list)


def column_spans(section: Section, spec: PageSpec) -> tuple[tuple[float, float], ...]:
    count = max(1, len(section.columns))
    weights = section.weights if len(section.weights) == count else (1.0,) * count
    room = spec.width - 2 * spec.margin - spec.gap * (count - 1)
    total = sum(weights)
    spans: list[tuple[float, float]] = []
    x = spec.margin
    for weight in weights:
        width = room * weight / total
        spans.append((x, width))
        x += width + spec.gap
    return tuple(spans)


def item_height(item: Item, width: float, spec: PageSpec, measure: Measure) -> float:
    inner = max(1.0, width - 2 * spec.padding)
    return sum(measure(line.text, line.style, inner) for line in item.lines) + 2 * spec.padding


def lay_out(sections: Sequence[Section], spec: PageSpec, measure: Measure) -> list[Page]:
    """Every section's items on pages, none split across a page break."""
    pages: list[Page] = []
    for section in sections:
        pages.extend(_section_pages(section, spec, measure))
    return pages


def _section_pages(section: Section, spec: PageSpec, measure: Measure) -> list[Page]:
    spans = column_spans(section, spec)
    count = len(spans)
    top = spec.margin + spec.header + spec.column_header
    foot = spec.height - spec.margin
    note_height = (
        measure(section.note, "body", spec.width - 2 * spec.margin) + spec.gap
        if section.note
        else 0.0
    )
    slots: dict[Any, list[Item]] = {}
    for item in section.items:
        slots.setdefault(item.slot, []).append(item)
    pages: list[Page] = []
    current = _Open()
    first_top = top + note_height
    page_top = first_top
    bottoms = [page_top] * count
    last = page_top

    def close() -> None:
        pages.append(
            Page(
                section, len(pages) + 1, spans, _stretched(current, spec),
                note_height if not pages else 0.0, first_top if not pages else top,
            )
        )  # fmt: skip

    for slot in sorted(slots):
        group = slots[slot]
        sized = [(item, _columns(item, count), _width(item, spans)) for item in group]
        heights = [item_height(item, width, spec, measure) for item, _, width in sized]
        used = set().union(*(cols for _, cols, _ in sized))
        over = range(count) if section.rows else used
        y = max([last, *(bottoms[c] for c in over)])
        tops = _stacked(sized, heights, y, bottoms, spec.gap)
        if max(t + h for t, h in zip(tops, heights, strict=True)) > foot and current.boxes:
            close()
            current = _Open()
            page_top = top
            bottoms = [page_top] * count
            last = page_top
            y = page_top
            tops = _stacked(sized, heights, y, bottoms, spec.gap)
        current.slot_tops.append((slot, y))
        if section.rows:  # a table's row: every cell as tall as the tallest
            row_foot = max(t + h for t, h in zip(tops, heights, strict=True))
            heights = [
                h if any(cols & later for _, later, _ in sized[n + 1 :]) else row_foot - t
                for n, ((_, cols, _), t, h) in enumerate(zip(sized, tops, heights, strict=True))
            ]
        start = 0  # the first of the slot's items on the page being filled
        n = 0
        while n < len(sized):
            item, cols, width = sized[n]
            height, at = heights[n], tops[n]
            if at + height > foot and n > start:
                # A slot taller than a page goes on over the next: what does not fit below
                # its first items starts that page, rather than falling past this one's foot.
                close()
                current = _Open()
                bottoms = [top] * count
                y = top
                tops[n:] = _stacked(sized[n:], heights[n:], y, bottoms, spec.gap)
                current.slot_tops.append((slot, y))
                start = n
                continue
            clipped = at + height > foot
            height = max(0.0, min(height, foot - at))
            x = spans[min(cols)][0]
            current.boxes.append(Box(x, at, width, height, item, clipped))
            for c in cols:
                bottoms[c] = max(bottoms[c], at + height + spec.gap)
            n += 1
        last = y
    if current.boxes or not pages:
        close()
    return pages


def _stacked(
    sized: list[tuple[Item, set[int], float]],
    heights: list[float],
    y: float,
    bottoms: list[float],
    gap: float,
) -> list[float]:
    """The tops of one slot's items: level, unless two share a column (two sessions on one
    stage at once), when the later goes below."""
    local = list(bottoms)
    tops: list[float] = []
    for (_, cols, _), height in zip(sized, heights, strict=True):
        at = max([y, *(local[c] for c in cols)]) if tops else y
        tops.append(at)
        for c in cols:
            local[c] = at + height + gap
    return tops


def _columns(item: Item, count: int) -> set[int]:
    if item.column is None:
        return set(range(count))
    return {min(max(item.column, 0), count - 1)}


def _width(item: Item, spans: tuple[tuple[float, float], ...]) -> float:
    if item.column is None:
        return spans[-1][0] + spans[-1][1] - spans[0][0]
    _x, width = spans[min(max(item.column, 0), len(spans) - 1)]
    return width


def _stretched(page: _Open, spec: PageSpec) -> tuple[Box, ...]:
    """Long items reach down to the slot they last until, short of whatever comes next in
    their columns."""
    out: list[Box] = []
    for box in page.boxes:
        until = box.item.until
        if until is None or box.clipped:
            out.append(box)
            continue
        target = next((y for slot, y in page.slot_tops if slot >= until), None)
        if target is None:
            out.append(box)
            continue
        below = [other.y for other in page.boxes if other.y > box.y and _overlaps(other, box)]
        bottom = min([target, *below]) - spec.gap
        if bottom > box.y + box.height:
            out.append(Box(box.x, box.y, box.width, bottom - box.y, box.item, box.clipped))
        else:
            out.append(box)
    return tuple(out)


def _overlaps(a: Box, b: Box) -> bool:
    return a.x < b.x + b.width - 0.01 and b.x < a.x + a.width - 0.01
