"""The feed server over real loopback sockets: feeds, conditional requests, many clients.

Misses (404s), path traversal and header injection are in test_feed_server_misses.py;
starting, stopping and refusing hosts and ports in test_feed_server_lifecycle.py.
"""

from __future__ import annotations

import gzip
import hashlib
import http.client
import subprocess
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from eventplanner.domain.feeds import FeedDocument
from eventplanner.services.feeds.feed_server import FeedServer
from tests.feed_documents import CHANGED, FeedStore, calendar_text, document, new_token
from tests.raw_http import fetch, request
from tests.shared_tools import ICS_CHECK


def _connect(server: FeedServer) -> http.client.HTTPConnection:
    host, port = server.address
    return http.client.HTTPConnection(host, port, timeout=30)


def _get(
    connection: http.client.HTTPConnection,
    path: str,
    headers: dict[str, str] | None = None,
    method: str = "GET",
) -> tuple[http.client.HTTPResponse, bytes]:
    connection.request(method, path, headers=headers or {})
    response = connection.getresponse()
    return response, response.read()


def test_a_feed_is_served_with_its_caching_headers(
    feed_server: FeedServer, feed_store: FeedStore
) -> None:
    token, doc = feed_store.add(calendar_text("Mässor 2027"))
    connection = _connect(feed_server)
    try:
        for path in (f"/feeds/{token}.ics", f"/feeds/{token}"):
            response, body = _get(connection, path)
            assert response.status == 200
            assert body == doc.body
            assert response.getheader("Content-Type") == "text/calendar; charset=utf-8"
            assert response.getheader("Content-Length") == str(len(doc.body))
            assert response.getheader("ETag") == doc.etag
            assert response.getheader("Last-Modified") == "Mon, 01 Mar 2027 09:00:00 GMT"
            assert response.getheader("Cache-Control") == "no-cache"
            assert response.getheader("Server") == "Eventplanner"
            assert not response.will_close  # HTTP/1.1 keep-alive: pollers reuse it
    finally:
        connection.close()
    assert feed_store.calls == [token, token]


def test_the_served_calendar_passes_ics_check(
    feed_server: FeedServer, feed_store: FeedStore, tmp_path: Path
) -> None:
    """The bytes arrive exactly as the feed service made them, Swedish letters and all."""
    if not ICS_CHECK.exists():
        pytest.skip(f"{ICS_CHECK} is not on this machine")
    token, doc = feed_store.add(calendar_text("Öppna evenemang", events=12))
    answer = fetch(feed_server.address, request("GET", f"/feeds/{token}.ics"))
    assert answer.body == doc.body
    served = tmp_path / "served.ics"
    served.write_bytes(answer.body)
    result = subprocess.run(
        [str(ICS_CHECK), str(served)], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_head_sends_the_headers_of_get_and_no_body(
    feed_server: FeedServer, feed_store: FeedStore
) -> None:
    token, doc = feed_store.add(calendar_text("Personalkalender"))
    path = f"/feeds/{token}.ics"
    got = fetch(feed_server.address, request("GET", path))
    head = fetch(feed_server.address, request("HEAD", path), head=True)
    assert head.status == 200
    assert head.extra == b""  # nothing after the headers
    assert head.without_date()[:4] == got.without_date()[:4]
    assert head.header("Content-Length") == str(len(doc.body))


@pytest.mark.parametrize(
    "if_none_match",
    ["{etag}", "W/{etag}", '"older", {etag}', "*", '"a",\t"b" ,W/{etag}'],
)
def test_if_none_match_gives_304(
    feed_server: FeedServer, feed_store: FeedStore, if_none_match: str
) -> None:
    token, doc = feed_store.add(calendar_text("Mässor 2027"))
    answer = fetch(
        feed_server.address,
        request(
            "GET", f"/feeds/{token}.ics", {"If-None-Match": if_none_match.format(etag=doc.etag)}
        ),
    )
    assert answer.status == 304
    assert answer.body == b"" and answer.extra == b""
    assert answer.header("ETag") == doc.etag
    assert answer.header("Last-Modified") == "Mon, 01 Mar 2027 09:00:00 GMT"
    assert answer.header("Cache-Control") == "no-cache"
    assert answer.header("Content-Length") is None


@pytest.mark.parametrize("if_none_match", ['"older"', '"older", W/"other"', "nonsense", '""'])
def test_another_etag_gives_the_feed(
    feed_server: FeedServer, feed_store: FeedStore, if_none_match: str
) -> None:
    token, doc = feed_store.add(calendar_text("Mässor 2027"))
    answer = fetch(
        feed_server.address,
        request("GET", f"/feeds/{token}.ics", {"If-None-Match": if_none_match}),
    )
    assert answer.status == 200
    assert answer.body == doc.body


@pytest.mark.parametrize(
    ("since", "status"),
    [
        ("Mon, 01 Mar 2027 09:00:00 GMT", 304),  # the very second
        ("Tue, 02 Mar 2027 09:00:00 GMT", 304),
        ("Mon, 01 Mar 2027 08:59:59 GMT", 200),
        ("Sunday, 28-Feb-27 09:00:00 GMT", 200),
        ("not a date", 200),
    ],
)
def test_if_modified_since(
    feed_server: FeedServer, feed_store: FeedStore, since: str, status: int
) -> None:
    token, doc = feed_store.add(calendar_text("Mässor 2027"))
    answer = fetch(
        feed_server.address, request("GET", f"/feeds/{token}.ics", {"If-Modified-Since": since})
    )
    assert answer.status == status
    assert answer.body == (doc.body if status == 200 else b"")


def test_if_none_match_wins_over_if_modified_since(
    feed_server: FeedServer, feed_store: FeedStore
) -> None:
    """RFC 9110 13.2.2: with If-None-Match present, If-Modified-Since is not looked at."""
    token, doc = feed_store.add(calendar_text("Mässor 2027"))
    path = f"/feeds/{token}.ics"
    current = "Tue, 02 Mar 2027 09:00:00 GMT"
    old = "Mon, 01 Feb 2027 09:00:00 GMT"
    stale_tag = fetch(
        feed_server.address,
        request("GET", path, {"If-None-Match": '"older"', "If-Modified-Since": current}),
    )
    assert (stale_tag.status, stale_tag.body) == (200, doc.body)
    current_tag = fetch(
        feed_server.address,
        request("GET", path, {"If-None-Match": doc.etag, "If-Modified-Since": old}),
    )
    assert current_tag.status == 304


def test_304s_keep_the_connection_for_the_next_poll(
    feed_server: FeedServer, feed_store: FeedStore
) -> None:
    token, doc = feed_store.add(calendar_text("Mässor 2027"))
    connection = _connect(feed_server)
    try:
        for _ in range(5):
            response, body = _get(connection, f"/feeds/{token}.ics", {"If-None-Match": doc.etag})
            assert (response.status, body) == (304, b"")
            assert not response.will_close
        response, body = _get(connection, f"/feeds/{token}.ics", method="HEAD")
        assert (response.status, body) == (200, b"")
        response, body = _get(connection, f"/feeds/{token}.ics")
        assert body == doc.body
    finally:
        connection.close()
    assert feed_server.connection_count <= 1


def test_gzip_for_clients_that_accept_it(feed_server: FeedServer, feed_store: FeedStore) -> None:
    token, doc = feed_store.add(calendar_text("Mässor 2027", events=40))
    path = f"/feeds/{token}.ics"
    zipped = fetch(feed_server.address, request("GET", path, {"Accept-Encoding": "gzip, br"}))
    assert zipped.status == 200
    assert zipped.header("Content-Encoding") == "gzip"
    assert zipped.header("Vary") == "Accept-Encoding"
    assert len(zipped.body) < len(doc.body) / 3
    assert gzip.decompress(zipped.body) == doc.body
    # Its own ETag (another representation), which revalidates like the plain one.
    assert zipped.header("ETag") not in (None, doc.etag)
    for tag in (zipped.header("ETag"), doc.etag):
        again = fetch(
            feed_server.address,
            request("GET", path, {"Accept-Encoding": "gzip", "If-None-Match": str(tag)}),
        )
        assert again.status == 304
    plain = fetch(feed_server.address, request("GET", path, {"Accept-Encoding": "gzip;q=0"}))
    assert plain.header("Content-Encoding") is None
    assert plain.body == doc.body
    assert plain.header("Vary") == "Accept-Encoding"


def test_gzip_can_be_switched_off(feed_store: FeedStore) -> None:
    token, doc = feed_store.add(calendar_text("Mässor 2027", events=40))
    with FeedServer(feed_store, gzip=False) as server:
        answer = fetch(
            server.address, request("GET", f"/feeds/{token}.ics", {"Accept-Encoding": "gzip"})
        )
    assert answer.header("Content-Encoding") is None
    assert answer.header("Vary") is None
    assert answer.body == doc.body


def test_a_changed_feed_reaches_pollers_with_a_new_etag(
    feed_server: FeedServer, feed_store: FeedStore
) -> None:
    token = new_token()
    path = f"/feeds/{token}.ics"
    versions = [
        document(calendar_text("Mässor 2027", salt=f"-v{n}"), CHANGED + timedelta(hours=n))
        for n in range(4)
    ]
    pollers = [_connect(feed_server) for _ in range(8)]
    seen = ["" for _ in pollers]

    def poll(index: int, version: FeedDocument) -> None:
        connection = pollers[index]
        response, body = _get(
            connection, path, {"If-None-Match": seen[index]} if seen[index] else None
        )
        assert response.status == 200
        assert response.getheader("ETag") == version.etag
        assert response.getheader("Last-Modified") == format_datetime(
            version.last_modified, usegmt=True
        )
        assert body == version.body
        seen[index] = version.etag
        response, body = _get(connection, path, {"If-None-Match": seen[index]})
        assert (response.status, body) == (304, b"")

    try:
        with ThreadPoolExecutor(len(pollers)) as pool:
            for version in versions:
                feed_store.put(token, version)
                list(pool.map(poll, range(len(pollers)), [version] * len(pollers)))
    finally:
        for connection in pollers:
            connection.close()
    assert len({v.etag for v in versions}) == len(versions)


def test_changes_during_polling_never_mix_bodies_and_etags(
    feed_server: FeedServer, feed_store: FeedStore
) -> None:
    """While the feed changes under them, every answer is one whole version, tag and body."""
    token = new_token()
    path = f"/feeds/{token}.ics"
    versions = [document(calendar_text("Mässor 2027", events=30, salt=f"-v{n}")) for n in range(5)]
    by_tag = {v.etag: v.body for v in versions}
    feed_store.put(token, versions[0])
    changes = threading.Event()

    def changer() -> None:
        n = 0
        while not changes.is_set():
            n += 1
            feed_store.put(token, versions[n % len(versions)])

    def client(_: int) -> tuple[int, int]:
        connection = _connect(feed_server)
        tag, full, unchanged = "", 0, 0
        try:
            for _ in range(40):
                response, body = _get(connection, path, {"If-None-Match": tag} if tag else None)
                new_tag = response.getheader("ETag")
                assert new_tag in by_tag
                if response.status == 200:
                    assert body == by_tag[new_tag]
                    full += 1
                else:
                    assert (response.status, body, new_tag) == (304, b"", tag)
                    unchanged += 1
                tag = new_tag
        finally:
            connection.close()
        return full, unchanged

    thread = threading.Thread(target=changer)
    thread.start()
    try:
        with ThreadPoolExecutor(10) as pool:
            counts = list(pool.map(client, range(10)))
    finally:
        changes.set()
        thread.join()
    assert sum(full for full, _ in counts) >= 10


def test_fifty_concurrent_clients_all_get_whole_bodies(
    feed_server: FeedServer, feed_store: FeedStore
) -> None:
    token, doc = feed_store.add(calendar_text("Personalkalender", events=1500))
    assert len(doc.body) > 500_000
    digest = hashlib.sha256(doc.body).hexdigest()
    clients = 50
    start = threading.Barrier(clients)

    def client(n: int) -> tuple[int, str, int]:
        connection = _connect(feed_server)
        try:
            start.wait(timeout=60)
            headers = {"Accept-Encoding": "gzip"} if n % 5 == 0 else None
            response, body = _get(connection, f"/feeds/{token}.ics", headers)
            if response.getheader("Content-Encoding") == "gzip":
                body = gzip.decompress(body)
            return response.status, hashlib.sha256(body).hexdigest(), len(body)
        finally:
            connection.close()

    with ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(client, range(clients)))
    assert results == [(200, digest, len(doc.body))] * clients


def test_a_lookup_that_raises_gives_500_and_the_server_goes_on(feed_store: FeedStore) -> None:
    good, doc = feed_store.add(calendar_text("Mässor 2027"))
    broken = new_token()

    def lookup(token: str) -> FeedDocument | None:
        if token == broken:
            raise RuntimeError("database at /home/planner/secret.sqlite is locked")
        return feed_store(token)

    with FeedServer(lookup) as server:
        for _ in range(3):
            failed = fetch(server.address, request("GET", f"/feeds/{broken}.ics"))
            assert failed.status == 500
            assert b"secret" not in failed.raw and b"locked" not in failed.raw
            assert b"RuntimeError" not in failed.raw
            assert failed.header("Connection") == "close"
            served = fetch(server.address, request("GET", f"/feeds/{good}.ics"))
            assert (served.status, served.body) == (200, doc.body)


def test_a_lookup_returning_something_else_gives_500(feed_store: FeedStore) -> None:
    token = new_token()
    with FeedServer(lambda _: b"BEGIN:VCALENDAR") as server:  # type: ignore[arg-type,return-value]
        answer = fetch(server.address, request("GET", f"/feeds/{token}.ics"))
    assert answer.status == 500
