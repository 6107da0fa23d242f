"""The time zones a file names, each turned into an IANA zone the planner can keep.

In order: an IANA name as it is; a Windows name as Outlook and Exchange write it
("W. Europe Standard Time") through CLDR's windowsZones table, which icalendar ships
(generated from CLDR's windowsZones.xml), or a Windows display name ("(UTC+01:00)
Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna") through that table too
(``windows_names``); a "globally unique" ``/vendor/Europe/Berlin`` by its IANA tail;
otherwise the file's own VTIMEZONE, read with dateutil, and matched to
the IANA zone whose clocks agree with it hour by hour around the years it is used in
(the caller's zone first, so "GMT +0100 (Standard) / GMT +0200 (Daylight)" is
Europe/Stockholm for a Swedish planner). A definition no IANA zone matches is still used
for the instants it gives, shown in the caller's zone, with a warning.
"""

from __future__ import annotations

import io
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from functools import lru_cache

from dateutil import tz as dateutil_tz

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.timezones import zone
from eventplanner.ical.reader_lines import Component, Line
from eventplanner.ical.reader_values import unescape_text
from eventplanner.ical.windows_names import windows_id_of_display_name

_OBSERVANCE_PROPERTIES = ("DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "RRULE", "RDATE", "TZNAME")
_STEP = timedelta(hours=3)
MAX_MATCHED_DEFINITIONS = 8
"""Zones of its own a file may have matched to IANA zones (a match compares clocks over
four years); more are still used for the instants they give. A thousand definitions, all
the same or each different, cost what a thousand events do."""


@dataclass(frozen=True, slots=True)
class Zone:
    """Where a TZID's times are: ``tz`` turns them into instants, ``name`` (IANA) keeps
    them; ``note`` says what was guessed, when something was."""

    name: str
    tz: tzinfo
    note: str | None = None
    unplaced: bool = False
    """Nothing placed the TZID: its times were read in the fallback zone."""


class ZoneProblem(ValueError):
    """A TZID that cannot be placed at all."""


def tzid_key(tzid: str) -> str:
    r"""A TZID as the VTIMEZONE's TZID property and a TZID parameter are both matched:
    each unescaped (the property writes ``Bogota\, Lima``, a quoted parameter ``Bogota,
    Lima``), without quotes, spaces around commas (an unquoted parameter loses them) or
    case."""
    text = unescape_text(tzid.strip()).strip().strip('"').strip()
    return ",".join(" ".join(part.split()) for part in text.split(",")).casefold()


def iana_name(tzid: str) -> str | None:
    """The IANA zone a TZID names directly (as IANA, Windows or ``/vendor/Area/City``)."""
    cleaned = tzid.strip().strip('"').strip()
    for candidate in (cleaned, cleaned.strip("/")):
        if _is_iana(candidate):
            return candidate
    for windows_id in (cleaned, windows_id_of_display_name(cleaned)):
        windows = _windows_to_olson().get(windows_id) if windows_id else None
        if windows is not None and _is_iana(windows):
            return windows
    if cleaned.startswith("/"):
        parts = cleaned.strip("/").split("/")
        for start in range(1, len(parts)):
            tail = "/".join(parts[start:])
            if _is_iana(tail):
                return tail
    return None


@lru_cache(maxsize=1024)
def _is_iana(name: str) -> bool:
    if not name or "\\" in name or ".." in name:
        return False
    try:
        zone(name)
    except ValidationError:
        return False
    return True


class ZoneBook:
    """The zones of one file: its VTIMEZONEs, and the caller's zone for the rest."""

    def __init__(self, calendars: list[Component], *, fallback: str) -> None:
        self.fallback = fallback
        # The definitions (by their text) matched to IANA zones, and what each became.
        self._matching: dict[str, tuple[tzinfo, str | None]] = {}
        self._definitions: dict[str, Component] = {}
        for calendar in calendars:
            for definition in calendar.walk("VTIMEZONE"):
                tzid = definition.first("TZID")
                if tzid is not None and tzid.value.strip():
                    self._definitions.setdefault(tzid_key(tzid.value), definition)
        self._resolved: dict[str, Zone] = {}
        self.unmatched: dict[str, str] = {}
        """TZIDs read in the fallback zone because nothing places them, with why."""

    def resolve(self, tzid: str, year: int) -> Zone:
        """The zone of ``tzid``; ``year`` is where its events are, for matching rules.

        Raises ZoneProblem when the file defines the zone in a way that places no time.
        """
        key = tzid_key(tzid)
        found = self._resolved.get(key)
        if found is None:
            found = self._resolve(unescape_text(tzid.strip()).strip().strip('"'), year)
            self._resolved[key] = found
            if found.unplaced and found.note is not None:
                self.unmatched[key] = found.note
        return found

    def _resolve(self, tzid: str, year: int) -> Zone:
        named = iana_name(tzid)
        if named is not None:
            return Zone(named, zone(named))
        definition = self._definitions.get(tzid_key(tzid))
        if definition is None:
            return Zone(
                self.fallback,
                zone(self.fallback),
                f"the time zone {tzid!r} is neither known nor defined in the file; its times "
                f"were read as {self.fallback} times",
                unplaced=True,
            )
        text = _definition_text(definition, tzid, year)
        read = self._matching.get(text)
        match = read is not None or len(self._matching) < MAX_MATCHED_DEFINITIONS
        if read is None:
            read = _read_definition(text, year, self.fallback, tzid, definition.line,
                                    match=match)  # fmt: skip
            if match:
                self._matching[text] = read
        custom, matched = read
        if matched is not None:
            return Zone(matched, zone(matched))
        why = (
            "keeps no IANA zone's clocks"
            if match
            else f"was not matched to an IANA zone (the file defines more than "
            f"{MAX_MATCHED_DEFINITIONS} zones of its own)"
        )
        return Zone(
            self.fallback,
            custom,
            f"the time zone {tzid!r} defined in the file {why}; its times were kept as "
            f"instants and shown in {self.fallback}",
        )


def _line_text(line: Line) -> str:
    params = "".join(f";{k}={v}" for k, v in line.params.items() if k in ("VALUE", "TZID"))
    return f"{line.name}{params}:{line.value}"


def _onset(observance: Component, year: int) -> list[str]:
    """The observance's DTSTART, moved up to a few years before ``year`` when an endless
    RRULE repeats it: dateutil walks a rule from its start on every conversion, and
    Outlook's zones start in 1601. The rule gives the same changes from there on."""
    lines = [_line_text(line) for line in observance.all("DTSTART")]
    rules = observance.all("RRULE")
    if len(lines) != 1 or not rules or "COUNT" in rules[0].value.upper():
        return lines
    value = observance.all("DTSTART")[0].value.strip()
    later = max(1971, min(year, 2100) - 3)
    if len(value) >= 8 and value[:4].isdigit() and int(value[:4]) < later and value[4:8] != "0229":
        return [f"DTSTART:{later:04d}{value[4:]}"]
    return lines


def _definition_text(definition: Component, tzid: str, year: int) -> str:
    """The VTIMEZONE as dateutil reads it: its observances, under a neutral name."""
    observances = [c for c in definition.children if c.name in ("STANDARD", "DAYLIGHT")]
    if not observances:
        raise ZoneProblem(
            f"the time zone {tzid!r} is defined (line {definition.line}) without any STANDARD "
            "or DAYLIGHT part, so its times cannot be placed"
        )
    lines = ["BEGIN:VTIMEZONE", "TZID:custom"]
    for observance in observances:
        lines.append(f"BEGIN:{observance.name}")
        lines += _onset(observance, year)
        for name in _OBSERVANCE_PROPERTIES[1:]:
            lines.extend(_line_text(line) for line in observance.all(name))
        lines.append(f"END:{observance.name}")
    lines.append("END:VTIMEZONE")
    return "\r\n".join(lines) + "\r\n"


class _Unreadable(ValueError):
    """dateutil cannot read a definition; the message says why."""


def _read_definition(
    text: str, year: int, preferred: str, tzid: str, line: int, *, match: bool = True
) -> tuple[tzinfo, str | None]:
    """The zone a definition describes, and (``match``) the IANA zone keeping the same
    clocks, if any; raises ZoneProblem naming the TZID and line when it cannot be read."""
    try:
        return _definition(text, _window(year), preferred, match)
    except _Unreadable as exc:
        shown = tzid if len(tzid) <= 60 else tzid[:59] + "…"
        raise ZoneProblem(
            f"the time zone {shown!r} defined at line {line} cannot be read ({exc})"
        ) from None


@lru_cache(maxsize=256)
def _definition(text: str, first: int, preferred: str, match: bool) -> tuple[tzinfo, str | None]:
    """Kept by the definition's text alone (not its TZID or line): matching takes a while,
    and the same definition comes again, under other names (each file from the same
    Exchange server, each event of some files)."""
    try:
        found: tzinfo = dateutil_tz.tzical(io.StringIO(text)).get()
        datetime(2000, 1, 1, tzinfo=UTC).astimezone(found)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        reason = str(exc)
        raise _Unreadable(reason if len(reason) <= 80 else reason[:79] + "…") from None
    return found, _matching_zone(found, first, preferred) if match else None


def _window(year: int) -> int:
    """The first year of the four compared around ``year``."""
    return max(1971, min(year, 2100) - 1)


@lru_cache(maxsize=8)
def _instants(first: int) -> tuple[datetime, ...]:
    """Every three hours of the four years from ``first`` (a ``_window``)."""
    start = datetime(first, 1, 1, tzinfo=UTC)
    end = datetime(first + 4, 1, 1, tzinfo=UTC)
    found = []
    moment = start
    while moment < end:
        found.append(moment)
        moment += _STEP
    return tuple(found)


def _probes(first: int) -> tuple[datetime, ...]:
    instants = _instants(first)
    return instants[:: max(1, len(instants) // 16)]


@lru_cache(maxsize=8)
def _by_probes(first: int) -> dict[tuple[timedelta | None, ...], tuple[str, ...]]:
    """The candidate zones by their offsets at the probes: a definition is compared with
    the few zones that agree with it there, not with each of hundreds."""
    found: dict[tuple[timedelta | None, ...], list[str]] = {}
    probes = _probes(first)
    for name in _candidates():
        candidate = zone(name)
        found.setdefault(tuple(m.astimezone(candidate).utcoffset() for m in probes), []).append(
            name
        )
    return {offsets: tuple(names) for offsets, names in found.items()}


@lru_cache(maxsize=1)
def _windows_to_olson() -> dict[str, str]:
    """CLDR's Windows zone names, from icalendar: loaded when a file is read, not with the
    services (icalendar's package costs the database's opening tens of milliseconds)."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return WINDOWS_TO_OLSON


def _candidates() -> tuple[str, ...]:
    # The zones CLDR names for Windows zones come first: they are the canonical city of
    # each rule set (Europe/Berlin rather than Arctic/Longyearbyen).
    primary = sorted({z for z in _windows_to_olson().values() if _is_iana(z)})
    others = sorted(z for z in zoneinfo.available_timezones() if z not in set(primary))
    return tuple(primary + [z for z in others if _is_iana(z)])


def _matching_zone(custom: tzinfo, first: int, preferred: str) -> str | None:
    """The IANA zone whose clocks agree with ``custom`` every three hours of the four
    years from ``first``: ``preferred`` when it does, else the first candidate that does."""
    probes = _probes(first)
    wanted = tuple(m.astimezone(custom).utcoffset() for m in probes)
    alike = _by_probes(first).get(wanted, ())
    callers = zone(preferred)
    if tuple(m.astimezone(callers).utcoffset() for m in probes) == wanted:
        alike = (preferred, *(name for name in alike if name != preferred))
    if not alike:
        return None
    instants = _instants(first)
    everywhere = [m.astimezone(custom).utcoffset() for m in instants]
    for name in alike:
        candidate = zone(name)
        if [m.astimezone(candidate).utcoffset() for m in instants] == everywhere:
            return name
    return None
