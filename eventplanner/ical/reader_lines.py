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
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from eventplanner.ical.reader_errors import ICalendarError, Where

MAX_FILE_BYTES = 256 * 1024 * 1024
"""Larger files are refused: a calendar that size is not a calendar a person made."""
MAX_DEPTH = 16
"""Components nested deeper are refused (a calendar's alarm in an event is three deep):
the tree is walked by recursion, and ten thousand BEGIN lines in a row made no calendar."""

# Scanned by hand, one character after another (``parse_line``): a regular expression for
# the parameters backtracked, so that a long line of spaces took minutes to refuse.
_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")
_BLANKS = " \t"
_UNQUOTED_ENDS = re.compile(r'[";:,]')
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


_CHUNK = 1024 * 1024


def _too_large(size: int, limit: int) -> ICalendarError:
    megabytes = f"{size // (1024 * 1024)} MB" if size >= 1024 * 1024 else f"{size:,} bytes"
    return ICalendarError(
        f"the file is {megabytes} or more; at most {limit // (1024 * 1024)} MB can be imported"
    )


def read_limited(stream: BinaryIO, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``stream``, read a megabyte at a time; ICalendarError as soon as they
    pass ``limit``, so that a 2 GB file (or an endless stream) is never read whole first."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > limit:
            raise _too_large(total, limit)
        chunks.append(chunk)


def read_file(path: Path, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the file at ``path`` for import: one larger than ``limit`` is refused
    by its size before anything is read, and while reading when it grows (or is no
    regular file, a pipe say). OSError as ``open`` raises it."""
    with path.open("rb") as stream:
        size = os.fstat(stream.fileno()).st_size
        if size > limit:
            raise _too_large(size, limit)
        return read_limited(stream, limit=limit)


def decode(data: bytes) -> str:
    """The file's text: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252/Latin-1."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data), MAX_FILE_BYTES)
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
    """A content line, or None when ``text`` is not one.

    ``NAME *(;PARAM=VALUE*(,VALUE)) :value`` (RFC 5545 3.1), with blanks allowed around the
    parameters' names and values. A parameter's values are quoted or run to the next
    ``";:,``; each is stripped and empty unquoted ones dropped; the first of a name wins.
    Every character is looked at once or twice, whatever the line holds.
    """
    end = len(text)
    at = _name_end(text, 0)
    if at == 0:
        return None
    name = text[:at]
    at = _after_blanks(text, at)
    params: dict[str, str] = {}
    while at < end and text[at] == ";":
        start = _after_blanks(text, at + 1)
        at = _name_end(text, start)
        if at == start:
            return None
        param = text[start:at].upper()
        at = _after_blanks(text, at)
        if at >= end or text[at] != "=":
            return None
        at = _after_blanks(text, at + 1)
        items: list[str] = []
        while True:
            if at < end and text[at] == '"':
                close = text.find('"', at + 1)
                if close < 0:
                    return None
                items.append(text[at + 1 : close].strip())
                at = close + 1
            else:
                found = _UNQUOTED_ENDS.search(text, at)
                stop = found.start() if found is not None else end
                item = text[at:stop]
                if item:
                    items.append(item.strip())
                at = stop
            if at < end and text[at] == ",":
                at += 1
                continue
            break
        params.setdefault(param, ",".join(items))
    at = _after_blanks(text, at)
    if at >= end or text[at] != ":":
        return None
    return Line(number, name.upper(), params, text[at + 1 :])


def _name_end(text: str, at: int) -> int:
    end = len(text)
    while at < end and text[at] in _NAME_CHARS:
        at += 1
    return at


def _after_blanks(text: str, at: int) -> int:
    end = len(text)
    while at < end and text[at] in _BLANKS:
        at += 1
    return at


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
                    f"BEGIN:{_excerpt(name)} outside a calendar (BEGIN:VCALENDAR expected)",
                    Where(number),
                )
            if len(stack) >= MAX_DEPTH:
                raise ICalendarError(
                    f"BEGIN:{_excerpt(name)} is nested more than {MAX_DEPTH} components deep "
                    "(BEGIN inside BEGIN): the file is damaged",
                    Where(number),
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
                raise ICalendarError(f"END:{_excerpt(name)} closes nothing", Where(number))
            if stack[-1].name != name:
                open_one = stack[-1]
                raise ICalendarError(
                    f"END:{_excerpt(name)} where END:{_excerpt(open_one.name)} (begun at line "
                    f"{open_one.line}) was expected: the file is damaged",
                    Where(number),
                )
            stack.pop()
            last_name = None
            continue
        if not stack:
            raise ICalendarError(
                f"{_excerpt(line.name)} is outside any calendar (after END:VCALENDAR)",
                Where(number),
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
