"""Serving a 1,000-event feed to 50 concurrent clients on loopback.

Full GETs (throughput: requests/s and MB/s) and conditional GETs answered 304 (latency
percentiles, on kept connections and on a new connection each, as pollers that come back
an hour later do), each against a floor measured in the same run: the same bytes served by
a bare http.server handler (ThreadingHTTPServer, HTTP/1.1, Content-Length and an exact
If-None-Match comparison, nothing else). The clients run in a process of their own
(http_load.py). Figures are printed; nothing about time is asserted.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import statistics
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import icalendar
import pytest
from benchdata import PROJECTS, VENUES, Catalog, DraftMaker, report

from eventplanner.domain.feeds import FeedDocument
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.feeds.feed_server import FeedServer

EVENTS = 1000
CLIENTS = 50
TOKEN = "bench-feed-token-0123456789abcdef"
PATH = f"/feeds/{TOKEN}.ics"
LOAD = Path(__file__).with_name("http_load.py")

pytestmark = pytest.mark.timeout(1800)


def _feed_body() -> bytes:
    """1,000 events of the benchmark data, built and serialised by icalendar."""
    catalog = Catalog(
        venue_ids=list(range(1, len(VENUES) + 1)),
        venue_zones={n: zone for n, (_, _, zone) in enumerate(VENUES, start=1)},
        project_ids=list(range(1, len(PROJECTS) + 1)),
    )
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Eventplanner//Feed server benchmark//SV")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Personalkalender")
    stamp = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
    for n, draft in enumerate(DraftMaker(catalog, seed=20270301).drafts(EVENTS)):
        event = icalendar.Event()
        event.add("uid", f"bench-{n}@eventplanner.example")
        event.add("dtstamp", stamp)
        event.add("summary", draft.title)
        event.add("description", draft.description)
        timing = draft.timing
        if isinstance(timing, TimedSpan):
            event.add("dtstart", timing.start)
            event.add("dtend", timing.end)
        else:
            event.add("dtstart", timing.first_day)
            event.add("dtend", timing.last_day + timedelta(days=1))  # exclusive
            event.add("x-microsoft-cdo-alldayevent", "TRUE")
        if draft.recurrence is not None:
            event.add("rrule", icalendar.vRecur.from_ical(draft.recurrence.rule))
        event.add("categories", [draft.kind.label, *draft.tags])
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


class _BareHandler(BaseHTTPRequestHandler):
    """The floor: the same bytes with the least a correct HTTP/1.1 answer needs."""

    protocol_version = "HTTP/1.1"
    body = b""
    etag = ""

    def do_GET(self) -> None:
        if self.headers.get("If-None-Match") == self.etag:
            self.send_response(304)
            self.send_header("ETag", self.etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/calendar; charset=utf-8")
        self.send_header("Content-Length", str(len(self.body)))
        self.send_header("ETag", self.etag)
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _BareServer(ThreadingHTTPServer):
    request_queue_size = 128  # as the feed server's: 50 clients connect at once


@contextmanager
def _bare_server(doc: FeedDocument) -> Iterator[tuple[str, int]]:
    handler = type("Handler", (_BareHandler,), {"body": doc.body, "etag": doc.etag})
    server = _BareServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield "127.0.0.1", server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _load(address: tuple[str, int], **settings: Any) -> dict[str, Any]:
    settings = {"host": address[0], "port": address[1], "path": PATH, "clients": CLIENTS,
                "headers": {}, "new_connection": False, **settings}  # fmt: skip
    done = subprocess.run(
        [sys.executable, str(LOAD), json.dumps(settings)],
        capture_output=True, text=True, check=True, timeout=1200,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(done.stdout)
    assert result["wrong"] == [], result["wrong"][:5]  # every answer whole and as expected
    return result


def _percentiles(latencies: list[float]) -> str:
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return f"p50 {cuts[49]:.2f} ms, p90 {cuts[89]:.2f} ms, p99 {cuts[98]:.2f} ms"


def test_serving_a_thousand_event_feed_to_fifty_clients() -> None:
    body = _feed_body()
    doc = FeedDocument(
        body, f'"{hashlib.sha256(body).hexdigest()[:32]}"', datetime(2027, 3, 1, tzinfo=UTC)
    )
    size = len(body)
    print(f"\nFEED SERVER: {EVENTS} events, {size / 1e6:.2f} MB feed, {CLIENTS} clients")
    with (
        FeedServer(lambda token: doc if token == TOKEN else None) as server,
        _bare_server(doc) as bare,
    ):
        ours_address = server.address
        full = {"requests": 10, "rounds": 5, "status": 200, "length": size}
        floor_full = _load(bare, **full)
        ours_full = _load(ours_address, **full)
        requests = CLIENTS * full["requests"]
        for name, result in (("feed server", ours_full), ("bare http.server", floor_full)):
            seconds = statistics.median(result["rounds_ms"]) / 1000
            print(f"  full GETs, {name}: {requests / seconds:,.0f} requests/s, "
                  f"{requests * size / seconds / 1e6:,.0f} MB/s "
                  f"(median round of {requests} GETs)")  # fmt: skip
        report(
            f"full GETs: a round of {CLIENTS} clients × {full['requests']} on kept connections",
            ours_full["rounds_ms"],
            floor=("bare http.server, same bytes", floor_full["rounds_ms"]),
        )

        zipped = _load(
            ours_address, requests=10, rounds=5, status=200, headers={"Accept-Encoding": "gzip"},
            length=len(_gzipped_body(ours_address)),
        )  # fmt: skip
        seconds = statistics.median(zipped["rounds_ms"]) / 1000
        wire = zipped["bytes"] / (requests * 5)
        print(f"  full GETs with gzip, feed server: {requests / seconds:,.0f} requests/s, "
              f"{requests * size / seconds / 1e6:,.0f} MB/s of calendar, "
              f"{size / wire:.1f}× fewer bytes on the wire")  # fmt: skip

        for kept in (True, False):
            conditional = {"requests": 40, "rounds": 3, "status": 304, "length": 0,
                           "headers": {"If-None-Match": doc.etag},
                           "new_connection": not kept}  # fmt: skip
            floor_304 = _load(bare, **conditional)
            ours_304 = _load(ours_address, **conditional)
            how = "kept connections" if kept else "a new connection each"
            n = len(ours_304["latencies_ms"])
            report(
                f"304 latency ({n} conditional GETs by {CLIENTS} clients at once, {how})",
                ours_304["latencies_ms"],
                floor=("bare http.server", floor_304["latencies_ms"]),
                extra=_percentiles(ours_304["latencies_ms"]),
            )
            print(f"    floor percentiles: {_percentiles(floor_304['latencies_ms'])}")
            for name, result in (("feed server", ours_304), ("bare http.server", floor_304)):
                seconds = statistics.median(result["rounds_ms"]) / 1000
                per_round = CLIENTS * conditional["requests"]
                print(f"    {name}: {per_round / seconds:,.0f} 304s/s")


def _gzipped_body(address: tuple[str, int]) -> bytes:
    """The compressed body, as the feed server sends it (to check every client got it whole)."""
    connection = http.client.HTTPConnection(*address, timeout=60)
    try:
        connection.request("GET", PATH, headers={"Accept-Encoding": "gzip"})
        response = connection.getresponse()
        assert response.getheader("Content-Encoding") == "gzip"
        return response.read()
    finally:
        connection.close()
