"""Feed documents and a token store for the feed server's tests (the feed service's stand-in).

The server knows feeds only through ``lookup(token) -> FeedDocument | None``; ``FeedStore``
is such a lookup over a dictionary, thread-safe, counting its calls.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from eventplanner.domain.feeds import FeedDocument

CHANGED = datetime(2027, 3, 1, 9, 0, 0, tzinfo=UTC)


def calendar_text(name: str, events: int = 3, *, salt: str = "") -> str:
    """A small Outlook-correct calendar (a Stockholm VTIMEZONE, timed and all-day events)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Eventplanner tests//Feed server//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{name}",
        "X-PUBLISHED-TTL:PT1H",
        "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Stockholm",
        "BEGIN:DAYLIGHT",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    for n in range(events):
        day = 1 + n % 27
        lines += [
            "BEGIN:VEVENT",
            f"UID:feed-test-{n}{salt}@eventplanner.example",
            "DTSTAMP:20270301T090000Z",
            "LAST-MODIFIED:20270301T090000Z",
            "SEQUENCE:0",
            f"SUMMARY:Seminarium {n}: digitalisering i stålindustrin{salt}",
        ]
        if n % 5 == 4:
            lines += [
                f"DTSTART;VALUE=DATE:202704{day:02d}",
                f"DTEND;VALUE=DATE:202704{day + 1:02d}",
                "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
                "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
                "TRANSP:TRANSPARENT",
            ]
        else:
            lines += [
                f"DTSTART;TZID=Europe/Stockholm:202704{day:02d}T090000",
                f"DTEND;TZID=Europe/Stockholm:202704{day:02d}T113000",
                "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
                "TRANSP:OPAQUE",
            ]
        lines += ["LOCATION:Västerås Congress\\, Västerås", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def document(text: str, changed: datetime = CHANGED) -> FeedDocument:
    """A document as the feed service makes one: a strong ETag from the body's hash."""
    body = text.encode("utf-8")
    return FeedDocument(body, f'"{hashlib.sha256(body).hexdigest()[:32]}"', changed)


def new_token() -> str:
    return secrets.token_urlsafe(32)


class FeedStore:
    """``lookup(token)`` over a dictionary of documents; ``fail`` makes every lookup raise."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.documents: dict[str, FeedDocument] = {}
        self.calls: list[str] = []
        self.before_answer: Callable[[str], None] | None = None

    def add(self, text: str, token: str | None = None) -> tuple[str, FeedDocument]:
        token = token or new_token()
        with self._lock:
            self.documents[token] = document(text)
        return token, self.documents[token]

    def put(self, token: str, doc: FeedDocument) -> None:
        with self._lock:
            self.documents[token] = doc

    def revoke(self, token: str) -> None:
        with self._lock:
            del self.documents[token]

    def __call__(self, token: str) -> FeedDocument | None:
        with self._lock:
            self.calls.append(token)
            found = self.documents.get(token)
            hook = self.before_answer
        if hook is not None:
            hook(token)
        return found
