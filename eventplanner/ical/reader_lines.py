"""From the bytes of an .ics file to its components, every property with its line number.

The text is decoded (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252 or
Latin-1 as older Outlook versions write), unfolded (CRLF, LF or CR; a fold is a line break
followed by a space or tab) and split into content lines ``NAME;PARAM=VALUE:value``. A
line that is none of these is kept as a *broken* line beside the property before it, so
the reader can decide whether it matters. BEGIN and END must pair up; a file that ends
inside a component is said to be cut short where it was begun.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from eventplanner.ical.reader_errors import ICalendarError, Where

MAX_FILE_BYTES = 256 * 1024 * 1024
"""Larger files are refused: a calendar that size is not a calendar a person made."""

_NAME = r"[A-Za-z0-9-]+"
_PARAM_VALUE = r'(?:"[^"]*"|[^";:,]*)'
_PARAM = rf";[ \t]*{_NAME}[ \t]*=[ \t]*{_PARAM_VALUE}(?:,{_PARAM_VALUE})*"
_CONTENT_LINE = re.compile(rf"({_NAME})[ \t]*((?:{_PARAM})*)[ \t]*:(.*)", re.DOTALL)
_ONE_PARAM = re.compile(rf";[ \t]*({_NAME})[ \t]*=[ \t]*({_PARAM_VALUE}(?:,{_PARAM_VALUE})*)")
_PARAM_ITEM = re.compile(r'"([^"]*)"|([^",]+)')
_BREAKS = re.compile(r"\r\n|\n|\r")


@dataclass(frozen=True, slots=True)
class Line:
    """One unfolded content line. ``value`` is as written (escapes not yet undone)."""

    number: int
    name: str
    params: dict[str, str]
    value: str

    def param(self, name: str) -> str | None:
        return self.params.get(name)


@dataclass(frozen=True, slots=True)
class BrokenLine:
    """A line that is no content line, and the property it follows (a fold without its
    leading space, most often)."""

    number: int
    text: str
    after: str | None


@dataclass(slots=True)
class Component:
    """BEGIN:NAME ... END:NAME, with the lines of each of its properties."""

    name: str
    line: int
    properties: dict[str, list[Line]] = field(default_factory=dict)
    children: list[Component] = field(default_factory=list)
    broken: list[BrokenLine] = field(default_factory=list)
    cut_short: bool = False
    """The file ended before its END line."""

    def first(self, name: str) -> Line | None:
        found = self.properties.get(name)
        return found[0] if found else None

    def all(self, name: str) -> list[Line]:
        return self.properties.get(name, [])

    def walk(self, name: str) -> Iterator[Component]:
        for child in self.children:
            if child.name == name:
                yield child
            yield from child.walk(name)


def decode(data: bytes) -> str:
    """The file's text: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252/Latin-1."""
    if len(data) > MAX_FILE_BYTES:
        raise ICalendarError(
            f"the file is {len(data) // (1024 * 1024)} MB; at most "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB can be imported"
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ICalendarError(f"the file says it is UTF-16 but is not ({exc.reason})") from None
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise ICalendarError(
                "the file says it is UTF-8 (it begins with a byte-order mark) but is not",
                Where(line),
            ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Not UTF-8: older Outlook writes the Windows code page. Five bytes have no character
    # in Windows-1252; a file holding them is Latin-1.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def parse_line(number: int, text: str) -> Line | None:
    """A content line, or None when ``text`` is not one."""
    match = _CONTENT_LINE.fullmatch(text)
    if match is None:
        return None
    name, params_text, value = match.groups()
    params: dict[str, str] = {}
    if params_text:
        for param in _ONE_PARAM.finditer(params_text):
            items = [q if q or not u else u for q, u in _PARAM_ITEM.findall(param.group(2))]
            params.setdefault(param.group(1).upper(), ",".join(i.strip() for i in items))
    return Line(number, name.upper(), params, value)


def logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfolded lines with the number of the physical line each begins on."""
    number = 0
    pending: list[str] = []
    pending_number = 0
    for number, physical in enumerate(_BREAKS.split(text), start=1):
        if physical[:1] in (" ", "\t") and pending:
            pending.append(physical[1:])
            continue
        if pending:
            yield pending_number, "".join(pending)
        pending = [physical] if physical else []
        pending_number = number
    if pending:
        yield pending_number, "".join(pending)


def _looks_like_calendar(first: str) -> bool:
    return first.strip().upper() == "BEGIN:VCALENDAR"


def components(text: str) -> list[Component]:
    """Every VCALENDAR in the text, as a tree of components.

    Raises ICalendarError naming the line for a file that is not iCalendar, an END that
    closes nothing or the wrong component, binary data, or a file with no calendar in it.
    Components still open when the file ends are marked ``cut_short``.
    """
    calendars: list[Component] = []
    stack: list[Component] = []
    last_name: str | None = None
    seen_any = False
    for number, raw in logical_lines(text):
        if not raw.strip():
            continue
        if not seen_any:
            seen_any = True
            if not _looks_like_calendar(raw):
                raise ICalendarError(
                    f"this is not an iCalendar file: it begins {_excerpt(raw)!r}, "
                    "not BEGIN:VCALENDAR",
                    Where(number),
                )
        if "\x00" in raw:
            raise ICalendarError("the file holds binary data, not calendar text", Where(number))
        line = parse_line(number, raw)
        if line is None:
            if not stack:
                raise ICalendarError(
                    f"{_excerpt(raw)!r} is outside any calendar (after END:VCALENDAR)",
                    Where(number),
                )
            stack[-1].broken.append(BrokenLine(number, raw, last_name))
            continue
        if line.name == "BEGIN":
            name = line.value.strip().upper()
            if not stack and name != "VCALENDAR":
                raise ICalendarError(
                    f"BEGIN:{name} outside a calendar (BEGIN:VCALENDAR expected)", Where(number)
                )
            child = Component(name, number)
            if stack:
                stack[-1].children.append(child)
            else:
                calendars.append(child)
            stack.append(child)
            last_name = None
            continue
        if line.name == "END":
            name = line.value.strip().upper()
            if not stack:
                raise ICalendarError(f"END:{name} closes nothing", Where(number))
            if stack[-1].name != name:
                open_one = stack[-1]
                raise ICalendarError(
                    f"END:{name} where END:{open_one.name} (begun at line {open_one.line}) "
                    "was expected: the file is damaged",
                    Where(number),
                )
            stack.pop()
            last_name = None
            continue
        if not stack:
            raise ICalendarError(
                f"{line.name} is outside any calendar (after END:VCALENDAR)", Where(number)
            )
        stack[-1].properties.setdefault(line.name, []).append(line)
        last_name = line.name
    if not seen_any:
        raise ICalendarError("the file is empty")
    for open_component in stack:
        open_component.cut_short = True
    return calendars


def _excerpt(text: str, limit: int = 40) -> str:
    shown = "".join(ch if ch.isprintable() else "?" for ch in text[:limit])
    return shown + ("…" if len(text) > limit else "")
