"""Slow clients cannot lock subscribers out of the feed server.

A client that sends a byte now and then must not hold a connection for ever, and a crowd of
them must not take every connection: a subscriber polling among them is still served.
"""

from __future__ import annotations

import contextlib
import http.client
import select
import socket
import threading
import time
from collections.abc import Callable

import pytest

from eventplanner.services.feeds.feed_server import DEFAULT_MAX_CONNECTIONS, FeedServer
from tests.feed_documents import FeedStore, calendar_text
from tests.raw_http import exchange, parse, request


def _closed_by_server(sock: socket.socket, wait: float) -> bool:
    """True when the server has ended the connection (EOF or reset) within ``wait``."""
    readable, _, _ = select.select([sock], [], [], wait)
    if not readable:
        return False
    try:
        return sock.recv(4096) == b""
    except OSError:
        return True


def _wait_for_connections(server: FeedServer, at_least: int) -> None:
    for _ in range(3000):
        if server.connection_count >= at_least:
            return
        time.sleep(0.01)
    raise AssertionError(f"{server.connection_count} connections, not {at_least}")


@pytest.mark.timeout(120)
def test_300_slow_clients_do_not_keep_a_subscriber_out(feed_store: FeedStore) -> None:
    token, doc = feed_store.add(calendar_text("Mässor 2027"))
    slow: list[socket.socket] = []
    with FeedServer(feed_store) as server:
        try:
            for _ in range(300):  # each begins a request it never finishes
                sock = socket.create_connection(server.address, timeout=30)
                sock.sendall(b"G")
                slow.append(sock)
            _wait_for_connections(server, DEFAULT_MAX_CONNECTIONS)
            for round_ in range(3):  # the slow ones go on trickling; a subscriber polls
                for sock in slow:
                    with contextlib.suppress(OSError):  # cut to make room: as it should be
                        sock.sendall(b"ET /"[round_ : round_ + 1])
                # The bound is this exchange's own timeout: served, not queued behind them.
                answer = parse(exchange(server.address, request("GET", f"/feeds/{token}.ics")))
                assert (answer.status, answer.body) == (200, doc.body)
            assert server.connection_count <= 2 * DEFAULT_MAX_CONNECTIONS
        finally:
            for sock in slow:
                sock.close()


@pytest.mark.timeout(60)
def test_a_client_trickling_a_request_is_cut_off(feed_store: FeedStore) -> None:
    with (
        FeedServer(feed_store, request_seconds=0.5) as server,
        socket.create_connection(server.address, timeout=30) as sock,
    ):
        sock.sendall(b"GET /feeds/x.ics HTTP/1.1\r\nX-Slow: ")
        # A byte every 0.05 s keeps any idle timeout at bay; the request as a whole may
        # still take no longer than request_seconds.
        for _ in range(400):  # 20 s in all: far longer than half a second
            if _closed_by_server(sock, 0.05):
                break
            with contextlib.suppress(OSError):
                sock.sendall(b"a")
        else:
            raise AssertionError("a client sending a byte at a time was never cut off")


@pytest.mark.timeout(60)
def test_a_request_sent_in_time_is_answered(feed_store: FeedStore) -> None:
    token, doc = feed_store.add(calendar_text("Mässor 2027"))
    with FeedServer(feed_store, request_seconds=30) as server:
        with socket.create_connection(server.address, timeout=30) as sock:
            for byte in request("GET", f"/feeds/{token}.ics"):
                sock.sendall(bytes([byte]))
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        answer = parse(b"".join(chunks))
        assert (answer.status, answer.body) == (200, doc.body)


@pytest.mark.timeout(60)
def test_idle_connections_give_way_to_a_new_subscriber(feed_store: FeedStore) -> None:
    token, doc = feed_store.add(calendar_text("Mässor 2027"))
    with FeedServer(feed_store, max_connections=2) as server:
        held: list[http.client.HTTPConnection] = []
        try:
            for waiting in (1, 2):  # keep-alive connections between two polls
                connection = http.client.HTTPConnection(*server.address, timeout=30)
                held.append(connection)
                connection.request("GET", f"/feeds/{token}.ics")
                assert connection.getresponse().read() == doc.body
                # Its thread waits for the next request only once the answer is out, and
                # the client may read the answer before that: so that the first held is
                # the longest idle, each is idle before the next comes (a wait, no time).
                _wait_until(lambda n=waiting: server.idle_count == n)
            answer = parse(exchange(server.address, request("GET", f"/feeds/{token}.ics")))
            assert (answer.status, answer.body) == (200, doc.body)
            assert held[0].sock is not None
            assert _closed_by_server(held[0].sock, 30)  # the longest idle made room
        finally:
            for connection in held:
                connection.close()


def _wait_until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 30
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert condition()


@pytest.mark.timeout(60)
def test_connections_all_busy_answering_turn_a_new_one_away(feed_store: FeedStore) -> None:
    token, doc = feed_store.add(calendar_text("Mässor 2027"))
    answering = threading.Semaphore(0)
    release = threading.Event()

    def slow(_: str) -> None:
        answering.release()
        assert release.wait(timeout=30)

    feed_store.before_answer = slow
    with FeedServer(feed_store, max_connections=2) as server:
        answers: list[bytes] = []
        clients = [
            threading.Thread(
                target=lambda: answers.append(
                    exchange(server.address, request("GET", f"/feeds/{token}.ics"))
                )
            )
            for _ in range(2)
        ]
        for client in clients:
            client.start()
        for _ in range(2):
            assert answering.acquire(timeout=30)
        busy = parse(exchange(server.address, request("GET", f"/feeds/{token}.ics")))
        assert busy.status == 503
        assert busy.header("Retry-After") == "5"
        release.set()
        for client in clients:
            client.join()
        assert [parse(a).body for a in answers] == [doc.body, doc.body]
