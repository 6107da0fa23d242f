"""Content lines as RFC 5545 3.1 and 3.3.11 want them: escaped text, 75-octet folds, CRLF.

Written by hand rather than through icalendar's ``to_ical``: a feed of 10,000 events is
rebuilt often, and the library's serialiser is six times slower (../shared/STYLE.md).
"""

from __future__ import annotations

import re

CRLF = "\r\n"
LIMIT = 75
"""Octets on one physical line, not counting the CRLF (RFC 5545 3.1)."""

# Control characters other than HTAB are not allowed in TEXT values (RFC 5545 3.3.11); a
# stray one pasted from a word processor would make strict parsers (libical) refuse the file.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPECIAL = re.compile(r"[\\;,\r\n\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PARAM_UNSAFE = re.compile(r'[:;,"\x00-\x1f\x7f]')
_URI_UNSAFE = re.compile(r"[\x00-\x20\x7f\"<>\\^`{|}]")


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon, comma and newlines escaped; controls dropped."""
    if not _SPECIAL.search(value):
        return value  # most titles and names: nothing to do
    value = _CONTROLS.sub("", value)
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def unescape_text(value: str) -> str:
    """The inverse of :func:`escape_text` (for the preview and tests)."""
    if "\\" not in value:
        return value
    out: list[str] = []
    chars = iter(value)
    for ch in chars:
        if ch != "\\":
            out.append(ch)
            continue
        following = next(chars, "")
        out.append("\n" if following in ("n", "N") else following)
    return "".join(out)


def param_value(value: str) -> str:
    """A parameter value, quoted when it holds ``:``, ``;`` or ``,`` (RFC 5545 3.2)."""
    if not _PARAM_UNSAFE.search(value):
        return value
    # DQUOTE and controls cannot appear even quoted: drop them rather than break the line.
    cleaned = re.sub(r'["\x00-\x1f\x7f]', "", value)
    return f'"{cleaned}"'


def uri_value(value: str) -> str:
    """A URI value (URL): never escaped as TEXT, but spaces and controls percent-encoded so
    the value stays one valid line."""
    value = value.strip()
    if not _URI_UNSAFE.search(value):
        return value
    return _URI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), value)


def fold(line: str) -> str:
    """One content line folded at 75 octets, never inside a UTF-8 character and never next
    to a space, CRLF-ended."""
    if len(line) <= LIMIT and (line.isascii() or len(line.encode()) <= LIMIT):
        return line + CRLF
    raw = line.encode()
    pieces: list[bytes] = []
    start = 0
    room = LIMIT
    while len(raw) - start > room:
        cut = _cut(raw, start, start + room)
        pieces.append(raw[start:cut])
        start = cut
        room = LIMIT - 1  # continuation lines begin with the folding space
    pieces.append(raw[start:])
    return b"\r\n ".join(pieces).decode() + CRLF


_BLANK = b" \t"


def _cut(raw: bytes, start: int, cut: int) -> int:
    """Where to fold at or before ``cut``: not inside a character, and with no space on
    either side (a reader that trims lines, or strips a continuation line's indent beyond
    the folding space, would drop it). Back at most a third of the line; a run of spaces
    that long is cut as it falls."""
    plain = cut
    while raw[plain] & 0xC0 == 0x80:  # a continuation byte: back to where its character began
        plain -= 1
    found = plain
    floor = cut - LIMIT // 3
    while found > floor and (
        raw[found] & 0xC0 == 0x80 or raw[found] in _BLANK or raw[found - 1] in _BLANK
    ):
        found -= 1
    return found if found > floor and found > start else plain


def unfold(text: str) -> str:
    """Folded lines joined again (RFC 5545 3.1), CRLF or bare LF."""
    return re.sub(r"\r?\n[ \t]", "", text)


def text_line(name: str, value: str) -> str:
    """``NAME:escaped value``, folded."""
    return fold(f"{name}:{escape_text(value)}")
