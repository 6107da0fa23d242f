"""What a feed request asks for: the token in its path, and its conditional and encoding headers.

Plain functions over strings, so the feed server's rules (which paths exist, when a 304 is
due, RFC 9110 13.1 and 13.2.2) are tested without a socket.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime

TOKEN_CHARACTERS = "A-Za-z0-9_-"
"""The URL-safe base64 alphabet (``secrets.token_urlsafe``): nothing that needs escaping."""
MIN_TOKEN_LENGTH = 16
MAX_TOKEN_LENGTH = 128

_TOKEN = re.compile(f"[{TOKEN_CHARACTERS}]{{{MIN_TOKEN_LENGTH},{MAX_TOKEN_LENGTH}}}")
# The whole request target, query string included (ignored: some clients add cache-busters).
# Nothing is percent-decoded: a token never needs escaping, so '%' anywhere is a miss, and
# with it every encoded '..' or '/'.
_FEED_TARGET = re.compile(
    f"/feeds/(?P<token>[{TOKEN_CHARACTERS}]{{{MIN_TOKEN_LENGTH},{MAX_TOKEN_LENGTH}}})"
    r"(?:\.ics)?(?:\?[A-Za-z0-9_.~=&-]*)?"
)
# An entity tag as RFC 9110 8.8.3 writes it: optional W/, then a quoted opaque string.
_ENTITY_TAG = re.compile(r'(W/)?"([\x21\x23-\x7e]*)"')
_LIST_ITEM = re.compile(r'\s*(?:W/)?"[\x21\x23-\x7e]*"\s*')


def is_token(text: str) -> bool:
    """True when ``text`` could be a feed token (its characters and length)."""
    return _TOKEN.fullmatch(text) is not None


def feed_token(target: str) -> str | None:
    """The token a request target names (``/feeds/<token>.ics`` or ``/feeds/<token>``), or None."""
    match = _FEED_TARGET.fullmatch(target)
    return match.group("token") if match else None


def is_entity_tag(value: str) -> bool:
    """True when ``value`` is a well-formed entity tag, safe to send as an ETag header."""
    return _ENTITY_TAG.fullmatch(value) is not None


def opaque_tag(entity_tag: str) -> str:
    """The quoted part of an entity tag, which a weak comparison compares (RFC 9110 8.8.3.2)."""
    match = _ENTITY_TAG.fullmatch(entity_tag)
    if match is None:
        raise ValueError(f"not an entity tag: {entity_tag!r}")
    return match.group(2)


def none_match(header_values: Iterable[str], entity_tags: Iterable[str]) -> bool:
    """Whether If-None-Match fields (all of a request's) match any of ``entity_tags``.

    ``*`` matches any current representation; otherwise a list of entity tags, weak or
    strong, compared weakly as RFC 9110 13.1.2 says. A malformed field matches nothing (the
    client then gets the whole feed, which is always safe).
    """
    ours = {opaque_tag(tag) for tag in entity_tags}
    for value in header_values:
        if value.strip() == "*":
            return True
        items = value.split(",")
        if not all(_LIST_ITEM.fullmatch(item) for item in items if item.strip()):
            continue
        for item in items:
            match = _ENTITY_TAG.fullmatch(item.strip())
            if match is not None and match.group(2) in ours:
                return True
    return False


def not_modified_since(header_values: list[str], last_modified: datetime) -> bool:
    """Whether If-Modified-Since says the client's copy is current (RFC 9110 13.1.3).

    Ignored (False) unless there is exactly one field holding a valid HTTP date.
    """
    if len(header_values) != 1:
        return False
    try:
        since = parsedate_to_datetime(header_values[0])
    except (TypeError, ValueError, IndexError):
        return False
    if since.tzinfo is None:  # a date without a zone ("-0000") is UTC in HTTP
        since = since.replace(tzinfo=UTC)
    return whole_seconds(last_modified) <= since


def accepts_gzip(header_values: Iterable[str]) -> bool:
    """Whether Accept-Encoding fields name gzip with a non-zero quality."""
    for value in header_values:
        for item in value.split(","):
            coding, _, parameters = item.partition(";")
            if coding.strip().lower() not in ("gzip", "x-gzip"):
                continue
            quality = 1.0
            name, _, number = parameters.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(number.strip())
                except ValueError:
                    quality = 0.0
            return quality > 0
    return False


def whole_seconds(moment: datetime) -> datetime:
    """``moment`` in UTC without its fraction of a second, as HTTP dates carry it."""
    if moment.tzinfo is None:  # FeedDocument promises UTC; a naive one is read as such
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0)


def http_date(moment: datetime) -> str:
    """``moment`` as an HTTP date (IMF-fixdate: 'Tue, 02 Mar 2027 09:00:00 GMT')."""
    return format_datetime(whole_seconds(moment), usegmt=True)


def variant_tag(entity_tag: str, suffix: str) -> str:
    """The entity tag of another encoding of the same content ('"abc"' → '"abc-gzip"')."""
    match = _ENTITY_TAG.fullmatch(entity_tag)
    if match is None:
        raise ValueError(f"not an entity tag: {entity_tag!r}")
    return f'{match.group(1) or ""}"{match.group(2)}-{suffix}"'
