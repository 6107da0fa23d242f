"""Everything but a feed gets one identical 404; nothing from a request reaches a response.

Over real loopback sockets, with the exact bytes a careless or hostile client might send.
"""

from __future__ import annotations

import http.client
import socket

import pytest

from eventplanner.domain.feeds import FeedDocument
from eventplanner.services.feeds.feed_server import FeedServer
from tests.feed_documents import CHANGED, FeedStore, calendar_text, new_token
from tests.raw_http import RawResponse, exchange, fetch, parse, request

MARK = "zq7injected"  # a word no answer of ours contains: if it comes back, it was echoed


def _misses(token: str, revoked: str) -> dict[str, bytes]:
    """Requests that must all be answered with the same 404, by what they try."""
    path = f"/feeds/{token}.ics"
    many_headers = {f"X-{n}": "1" for n in range(150)}
    return {
        "unknown token": request("GET", f"/feeds/{new_token()}.ics"),
        "revoked token": request("GET", f"/feeds/{revoked}.ics"),
        "unknown token, HEAD": request("HEAD", f"/feeds/{new_token()}.ics"),
        "token too short": request("GET", f"/feeds/{token[:15]}.ics"),
        "token too long": request("GET", f"/feeds/{token * 4}.ics"),
        "token with a dot": request("GET", f"/feeds/{token[:10]}.{token[10:]}.ics"),
        "token, other case of suffix": request("GET", f"/feeds/{token}.ICS"),
        "root": request("GET", "/"),
        "feeds folder": request("GET", "/feeds/"),
        "another file": request("GET", "/favicon.ico"),
        "etc passwd": request("GET", "/../../etc/passwd"),
        "dot dot": request("GET", f"/feeds/../feeds/{token}.ics"),
        "dot dot after": request("GET", f"{path}/../{token}.ics"),
        "encoded dot dot": request("GET", f"/feeds/%2e%2e/feeds/{token}.ics"),
        "encoded slash": request("GET", f"/feeds%2f{token}.ics"),
        "encoded token": request("GET", "/feeds/%" + token.encode().hex()[:2] + f"{token}.ics"),
        "double slash": request("GET", f"//feeds/{token}.ics"),
        "backslash": request("GET", f"/feeds\\{token}.ics"),
        "absolute form": request("GET", f"http://127.0.0.1{path}"),
        "POST": request("POST", path, {"Content-Length": "5"}) + b"hello",
        "PUT": request("PUT", path, {"Content-Length": "0"}),
        "DELETE": request("DELETE", path),
        "OPTIONS": request("OPTIONS", path),
        "TRACE": request("TRACE", path, {"X-Trace": MARK}),
        "CONNECT": request("CONNECT", "127.0.0.1:443"),
        "lower-case get": request("get", path),
        "HTTP/0.9": f"GET {path}\r\n".encode(),
        "HTTP/2.0": request("GET", path, version="HTTP/2.0"),
        "HTTP/1.2": request("GET", path, version="HTTP/1.2"),
        "no version": f"GET {path} \r\n\r\n".encode(),
        "two spaces": f"GET  {path} HTTP/1.1\r\n\r\n".encode(),
        "tab": f"GET\t{path}\tHTTP/1.1\r\n\r\n".encode(),
        "request line of 100,000 bytes": request("GET", "/feeds/" + "a" * 100_000 + ".ics"),
        "header line of 70,000 bytes": request("GET", path, {"X-Long": "b" * 70_000}),
        "150 headers": request("GET", path, many_headers),
        "garbage": b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(256)),
        "only a line end": b"\r\n",
        "CR LF in the path": f"GET {path}\r\nSet-Cookie: {MARK}=1 HTTP/1.1\r\n\r\n".encode(),
        "CR alone in the path": f"GET {path}\rSet-Cookie: {MARK} HTTP/1.1\r\n\r\n".encode(),
        "encoded CR LF in the path": request("GET", f"{path}%0d%0aSet-Cookie:%20{MARK}"),
        "NUL in the path": request("GET", f"{path}\x00{MARK}"),
        "Latin-1 in the path": f"GET /feeds/{MARK}åäö{token} HTTP/1.1\r\n\r\n".encode("latin-1"),
    }


def test_every_miss_gets_the_same_404(feed_server: FeedServer, feed_store: FeedStore) -> None:
    token, _ = feed_store.add(calendar_text("Mässor 2027"))
    revoked, _ = feed_store.add(calendar_text("Gammal"))
    feed_store.revoke(revoked)
    answers: dict[str, RawResponse] = {}
    for name, data in _misses(token, revoked).items():
        answers[name] = fetch(feed_server.address, data, head=data.startswith(b"HEAD "))
    first = answers["unknown token"]
    assert first.status == 404
    assert first.body == b"Not found\n"
    assert first.header("Connection") == "close"
    assert first.names == {
        "server", "date", "content-type", "content-length", "cache-control", "connection",
    }  # fmt: skip
    head = answers.pop("unknown token, HEAD")
    assert head.without_date()[:4] == first.without_date()[:4]  # HEAD: the headers, no body
    for name, answer in answers.items():
        assert answer.without_date() == first.without_date(), name
        assert MARK.encode() not in answer.raw, name
    # And the feed itself is served: the misses above missed for their own reasons.
    assert fetch(feed_server.address, request("GET", f"/feeds/{token}.ics")).status == 200


def test_a_revoked_token_looks_like_one_that_never_existed(
    feed_server: FeedServer, feed_store: FeedStore
) -> None:
    token, _ = feed_store.add(calendar_text("Personalkalender"))
    before = fetch(feed_server.address, request("GET", f"/feeds/{token}.ics"))
    assert before.status == 200
    feed_store.revoke(token)
    after = fetch(feed_server.address, request("GET", f"/feeds/{token}.ics"))
    never = fetch(feed_server.address, request("GET", f"/feeds/{new_token()}.ics"))
    assert after.status == 404
    assert after.without_date() == never.without_date()


def test_lookup_sees_only_well_formed_tokens(
    feed_server: FeedServer, feed_store: FeedStore
) -> None:
    token, _ = feed_store.add(calendar_text("Öppna evenemang"))
    for data in _misses(token, new_token()).values():
        exchange(feed_server.address, data)
    assert feed_store.calls, "the unknown and revoked tokens were looked up"
    assert all(
        len(t) >= 16 and t.replace("-", "").replace("_", "").isalnum() for t in feed_store.calls
    )
    assert all(t.isascii() for t in feed_store.calls)


def test_request_headers_are_never_echoed(feed_server: FeedServer, feed_store: FeedStore) -> None:
    token, doc = feed_store.add(calendar_text("Spridningsseminarier"))
    path = f"/feeds/{token}.ics"
    sneaky = {
        "If-None-Match": f'"{MARK}"',
        "Accept-Encoding": f"{MARK}, gzip;q={MARK}",
        "If-Modified-Since": f"{MARK}\tSet-Cookie: {MARK}",
        "X-Forwarded-Host": MARK,
        "Origin": f"http://{MARK}.example",
        "Cookie": f"{MARK}=1",
    }
    answer = fetch(feed_server.address, request("GET", path, sneaky))
    assert answer.status == 200
    assert answer.body == doc.body
    assert MARK.encode() not in answer.raw
    assert "set-cookie" not in answer.names
    # A header with a bare CR in its value cannot split our answer either.
    data = request("GET", path).replace(
        b"\r\n\r\n", f"\r\nX-A: 1\rSet-Cookie: {MARK}\r\n\r\n".encode()
    )
    answer = fetch(feed_server.address, data)
    assert MARK.encode() not in answer.raw
    assert "set-cookie" not in answer.names


def test_a_document_with_unsafe_headers_is_not_sent(feed_store: FeedStore) -> None:
    """A lookup whose ETag would split the response gets a 500, never that header."""
    token = new_token()
    feed_store.put(token, FeedDocument(b"BEGIN:VCALENDAR", f'"x"\r\nSet-Cookie: {MARK}', CHANGED))
    with FeedServer(feed_store) as server:
        answer = fetch(server.address, request("GET", f"/feeds/{token}.ics"))
    assert answer.status == 500
    assert MARK.encode() not in answer.raw


def test_a_miss_ends_the_connection(feed_server: FeedServer, feed_store: FeedStore) -> None:
    """After a miss nothing more is read: a second request cannot ride on the first."""
    token, _ = feed_store.add(calendar_text("Mässor 2027"))
    smuggled = request("GET", "/nothing", {"Connection": "keep-alive"}) + request(
        "GET", f"/feeds/{token}.ics"
    )
    raw = exchange(feed_server.address, smuggled)
    answer = parse(raw)
    assert answer.status == 404
    assert answer.extra == b""


def test_http_client_sees_a_plain_404(feed_server: FeedServer) -> None:
    host, port = feed_server.address
    connection = http.client.HTTPConnection(host, port, timeout=10)
    try:
        connection.request("GET", f"/feeds/{new_token()}.ics")
        response = connection.getresponse()
        assert (response.status, response.read()) == (404, b"Not found\n")
        assert response.will_close
    finally:
        connection.close()


@pytest.mark.parametrize("size", [8_000, 9_000])
def test_long_request_lines_near_the_limit(
    feed_server: FeedServer, feed_store: FeedStore, size: int
) -> None:
    """Up to the limit a long target is judged like any other; past it, the same miss."""
    token, _ = feed_store.add(calendar_text("Mässor 2027"))
    query = "?" + "q" * (size - len(f"GET /feeds/{token}.ics? HTTP/1.1\r\n"))
    answer = fetch(feed_server.address, request("GET", f"/feeds/{token}.ics{query}"))
    assert answer.status == (200 if size <= 8192 else 404)


def test_a_client_that_sends_nothing_and_leaves(feed_server: FeedServer) -> None:
    with socket.create_connection(feed_server.address, timeout=10) as sock:
        sock.shutdown(socket.SHUT_WR)
        assert sock.recv(100) == b""
