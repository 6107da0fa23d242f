"""The event texts an ExportService keeps between renders, and each selection's last render.

A feed of 10,000 events is rendered again after every change. Each event's text is kept
under the options it was written with (``KeptTexts``), with the row version it was made
from; and each selection's last render is kept laid out in order (``Arranged``), so that
rendering it again after a few changes replaces those few events in place, and nothing is
done again for every event but comparing their ids and versions.

The ids and versions come from the database as two texts (``Picks``: the numbers joined by
commas, one query, no row made per event). When the ids read as they did last time (the
same events in the same order), the versions are compared as text, split, position by
position, in C: only the changed events' numbers are ever turned into ints.

Not thread-safe: the ExportService calls all of this under its lock.
"""

from __future__ import annotations

import hashlib
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, compress, count
from operator import itemgetter, ne
from typing import NamedTuple

from eventplanner.ical import CalendarLayout, EventText, OutlookWarning

ARRANGED_SELECTIONS = 16
"""Selections whose last render is kept, per set of options (the feeds', and a few exports
chosen by hand); the oldest goes first."""

Picked = tuple[int, int]
"""An event's id and row version: a plain tuple, read and compared in C."""


class Picks:
    """The events a selection picks, in order: their ids and their row versions, each as
    the decimal numbers joined by commas ("12,7,40" and "3,1,2"), as one query gives them."""

    __slots__ = ("_ids", "_versions", "ids_text", "versions_text")

    def __init__(self, ids_text: str, versions_text: str) -> None:
        self.ids_text = ids_text
        self.versions_text = versions_text
        self._ids: list[int] | None = None
        self._versions: list[str] | None = None

    @staticmethod
    def of(picked: Sequence[Picked]) -> Picks:
        """The picks of events read as (id, version) pairs."""
        made = Picks(
            ",".join(str(ident) for ident, _ in picked),
            ",".join(str(version) for _, version in picked),
        )
        made._ids = [ident for ident, _ in picked]
        return made

    def ids(self) -> list[int]:
        if self._ids is None:
            self._ids = list(map(int, self.ids_text.split(","))) if self.ids_text else []
        return self._ids

    def version_texts(self) -> list[str]:
        """Each event's version as text, in order."""
        if self._versions is None:
            self._versions = self.versions_text.split(",") if self.versions_text else []
        return self._versions

    def pairs(self) -> list[Picked]:
        return list(zip(self.ids(), map(int, self.version_texts()), strict=True))


class Kept(NamedTuple):
    """One event's text as made, and what it was made from."""

    refs: tuple[int | None, int | None, int | None]
    """Its venue, project and organiser, whose names the text may show."""
    text: EventText | None
    """None when the options leave the event out (a cancelled one, say)."""
    digest: bytes
    warnings: tuple[OutlookWarning, ...]


_TEXT = itemgetter(1)
_DIGEST = itemgetter(2)
_WARNINGS = itemgetter(3)


@dataclass(slots=True)
class Arranged:
    """A selection's last render: its events in order, as texts and as laid out."""

    ids: list[int]
    versions: dict[int, int]
    """The row version each event's text was made from."""
    version_texts: list[str]
    """The same versions as text, in the order of ``ids`` ("" for a text dropped)."""
    entries: list[Kept]
    positions: dict[int, int]
    """Each event's place in ``ids`` (and ``entries``)."""
    shown: dict[int, int]
    """The place in ``texts`` of each event the options do not leave out."""
    digests: bytearray
    """Each entry's digest, one after the other."""
    texts: tuple[EventText, ...]
    warnings: tuple[OutlookWarning, ...]
    layout: CalendarLayout
    ids_text: str | None = None
    """The ``Picks.ids_text`` it was arranged from, when it holds every event picked."""
    versions_text: str | None = None
    """``version_texts`` joined by commas, as ``Picks.versions_text``; None once a text
    was dropped (or when not known)."""

    @staticmethod
    def made(ids: list[int], versions: Mapping[int, int], kept: Mapping[int, Kept]) -> Arranged:
        entries = list(map(kept.__getitem__, ids))
        shown_entries = [entry for entry in entries if entry[1] is not None]
        texts = tuple(map(_TEXT, shown_entries))
        shown_ids = [i for i, entry in zip(ids, entries, strict=True) if entry[1] is not None]
        made_from = list(map(versions.__getitem__, ids))
        return Arranged(
            ids=ids,
            versions=dict(zip(ids, made_from, strict=True)),
            version_texts=list(map(str, made_from)),
            entries=entries,
            positions=dict(zip(ids, range(len(ids)), strict=True)),
            shown=dict(zip(shown_ids, range(len(shown_ids)), strict=True)),
            digests=bytearray(b"".join(map(_DIGEST, entries))),
            texts=texts,
            warnings=tuple(chain.from_iterable(map(_WARNINGS, shown_entries))),
            layout=CalendarLayout(texts),
        )

    def replaced(self, changed: Iterable[Picked], kept: Mapping[int, Kept]) -> bool:
        """Put in the new texts of the ``changed`` events, which are all in it already;
        False (and nothing changed) if one of them is now left out or shown instead."""
        found = [(ident, version, self.positions[ident], kept[ident]) for ident, version in changed]
        if any((self.entries[at][1] is None) != (new[1] is None) for _, _, at, new in found):
            return False
        texts = list(self.texts)
        in_layout: dict[int, EventText] = {}
        warned = False
        for ident, version, at, new in found:
            warned = warned or bool(self.entries[at][3] or new[3])
            self.entries[at] = new
            self.versions[ident] = version
            self.version_texts[at] = str(version)
            self.digests[16 * at : 16 * at + 16] = new[2]
            if new[1] is not None:
                place = self.shown[ident]
                texts[place] = in_layout[place] = new[1]
        self.texts = tuple(texts)
        if warned:
            shown = [entry for entry in self.entries if entry[1] is not None]
            self.warnings = tuple(chain.from_iterable(map(_WARNINGS, shown)))
        self.layout = self.layout.replaced(in_layout)
        return True

    def digest(self, prefix: bytes) -> str:
        whole = hashlib.sha256(prefix)
        whole.update(self.digests)
        return whole.hexdigest()


class KeptTexts:
    """The event texts made under one set of options, by event id, with the row version
    each was made from (any save of an event raises its version), and the last render of
    the selections rendered under these options."""

    __slots__ = ("arranged", "entries", "versions")

    def __init__(self) -> None:
        self.entries: dict[int, Kept] = {}
        self.versions: dict[int, int] = {}
        self.arranged: dict[Hashable, Arranged] = {}

    def put(self, ident: int, version: int, entry: Kept) -> None:
        self.entries[ident] = entry
        self.versions[ident] = version

    def drop(self, ident: int) -> None:
        """Forget the event's text: the next render makes it anew."""
        self.entries.pop(ident, None)
        self.versions.pop(ident, None)
        for arranged in self.arranged.values():
            if arranged.versions.pop(ident, None) is not None:
                arranged.version_texts[arranged.positions[ident]] = ""
                arranged.versions_text = None

    def stale(self, selection: Hashable, picks: Picks) -> list[Picked]:
        """The picked events whose texts the selection's last render does not hold as
        they are now (all of them, if it was not rendered before)."""
        arranged = self.arranged.get(selection)
        if arranged is not None and arranged.ids_text == picks.ids_text:
            # The same events in the same order: their versions compared as text, in place.
            if arranged.versions_text == picks.versions_text:
                return []
            now, ids = picks.version_texts(), arranged.ids
            changed = compress(count(), map(ne, now, arranged.version_texts))
            return [(ids[at], int(now[at])) for at in changed]
        versions = arranged.versions if arranged is not None else self.versions
        return list(set(picks.pairs()).difference(versions.items()))

    def arrange(self, selection: Hashable, picks: Picks, stale: list[Picked]) -> Arranged:
        """The selection's render now: its last one with the ``stale`` events' new texts
        put in, when the same events are picked in the same order; else made anew."""
        entries = self.entries
        arranged = self.arranged.pop(selection, None)
        fresh = [p for p in stale if p[0] in entries]
        if (
            arranged is not None
            and arranged.ids_text == picks.ids_text
            and len(fresh) == len(stale)
            and arranged.replaced(fresh, entries)
        ):
            # Every position whose version read otherwise was stale, and is made anew.
            arranged.versions_text = picks.versions_text
        else:
            ids = list(filter(entries.__contains__, picks.ids()))
            if arranged is None or arranged.ids != ids or not arranged.replaced(fresh, entries):
                arranged = Arranged.made(ids, self.versions, entries)
            whole = len(ids) == len(picks.ids())
            arranged.ids_text = picks.ids_text if whole else None
            arranged.versions_text = ",".join(arranged.version_texts)
        self.arranged[selection] = arranged  # the newest last
        while len(self.arranged) > ARRANGED_SELECTIONS:
            del self.arranged[next(iter(self.arranged))]
        return arranged
