"""A calendar's events laid out as pieces of bytes, to be stamped and written again and again.

A feed of 10,000 events is published again after every change. Its events' texts are kept
(``EventText.pieces``, encoded once); here they are laid out three pieces to an event: the
text up to its DTSTAMP, the DTSTAMP line, the rest. Publishing puts the time in the DTSTAMP
slots and writes the pieces one after the other (``pieces``), and after a change only the
changed events' slots are replaced (``replaced``): nothing is done again for every event.
The layout keeps count of its bytes as well, so that the pieces come with their size
(``Pieces.size``) without their lengths being added up at every publication.

The mark (``DTSTAMP_LINE``) never spans two events, each of which begins BEGIN:VEVENT, so
stamping each event's pieces gives what replacing the marks in the joined text gives:
``b"".join(layout.pieces(info, stamp=stamp))`` is ``calendar_text(...).encode()``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain
from operator import attrgetter, itemgetter

from eventplanner.ical.values import EventText

_PIECES = attrgetter("pieces")
_ZONES = attrgetter("zones")
_FIRST = itemgetter(0)
_LAST = itemgetter(-1)


class Pieces(list[bytes]):
    """Pieces of bytes to be written one after the other, and how many bytes they hold."""

    __slots__ = ("size",)

    def __init__(self, pieces: list[bytes], size: int) -> None:
        super().__init__(pieces)
        self.size = size
        """``len(b"".join(self))``."""


def _weight(parts: Sequence[bytes]) -> tuple[int, int]:
    """An event's bytes but its DTSTAMP lines, and how many DTSTAMP lines it has."""
    return sum(map(len, parts)), len(parts) - 1


class CalendarLayout:
    """The pieces of some events in order; immutable (``replaced`` makes another)."""

    __slots__ = ("_irregular", "_size", "_slots", "_stamps", "_zone_counts", "_zone_sets", "zones")

    def __init__(self, events: Sequence[EventText]) -> None:
        cut = list(map(_PIECES, events))
        # Set out a slice at a time: with 10,000 events, a loop in Python would cost more
        # than all the rest of a publication.
        slots: list[bytes] = [b""] * (3 * len(cut))
        slots[0::3] = map(_FIRST, cut)
        slots[2::3] = map(_LAST, cut)
        self._slots = slots
        self._irregular = {i: parts for i, parts in enumerate(cut) if len(parts) != 2}
        # The events of two parts, counted from their slots; the others from their parts.
        size, stamps = sum(map(len, slots)), len(cut)
        for index, parts in self._irregular.items():
            bytes_, lines = _weight(parts)
            size += bytes_ - len(slots[3 * index]) - len(slots[3 * index + 2])
            stamps += lines - 1
        self._size, self._stamps = size, stamps
        self._zone_sets = list(map(_ZONES, events))
        self._zone_counts = Counter(chain.from_iterable(self._zone_sets))
        self.zones: frozenset[str] = frozenset(self._zone_counts)
        """The TZIDs the events use."""

    def __len__(self) -> int:
        return len(self._zone_sets)

    def replaced(self, changed: Mapping[int, EventText]) -> CalendarLayout:
        """This layout with the events at the given positions replaced."""
        made = CalendarLayout.__new__(CalendarLayout)
        made._slots = slots = list(self._slots)
        made._irregular = irregular = dict(self._irregular)
        made._zone_sets = zone_sets = list(self._zone_sets)
        made._zone_counts = counts = self._zone_counts.copy()
        size, stamps = self._size, self._stamps
        for index, event in changed.items():
            parts = event.pieces
            was = irregular.pop(index, None) or (slots[3 * index], slots[3 * index + 2])
            bytes_, lines = _weight(was)
            size, stamps = size - bytes_, stamps - lines
            bytes_, lines = _weight(parts)
            size, stamps = size + bytes_, stamps + lines
            slots[3 * index] = parts[0]
            slots[3 * index + 2] = parts[-1]
            if len(parts) != 2:
                irregular[index] = parts
            counts.subtract(zone_sets[index])
            counts.update(event.zones)
            zone_sets[index] = event.zones
        made.zones = frozenset(name for name, count in counts.items() if count > 0)
        made._size, made._stamps = size, stamps
        return made

    def pieces(self, *, head: bytes, end: bytes, line: bytes) -> Pieces:
        """``head``, the events with ``line`` as their DTSTAMP lines, ``end``."""
        pieces = [head, *self._slots, end]
        pieces[2:-1:3] = [line] * len(self._zone_sets)
        for index, parts in self._irregular.items():
            # Several VEVENTs (a series and its changed occurrences), each with a DTSTAMP,
            # or none at all (every occurrence struck out).
            at = 3 * index + 2
            if len(parts) == 1:
                pieces[at] = pieces[at + 1] = b""
            else:
                pieces[at] = line + b"".join(p + line for p in parts[1:-1])
        size = len(head) + self._size + self._stamps * len(line) + len(end)
        return Pieces(pieces, size)
