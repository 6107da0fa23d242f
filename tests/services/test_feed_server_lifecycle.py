"""Starting and stopping the feed server, the hosts and ports it accepts, its URLs."""

from __future__ import annotations

import http.client
import socket
import threading
import time

import pytest

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.feeds import FeedDocument
from eventplanner.services.feeds.feed_server import FeedServer, is_loopback
from tests.feed_documents import FeedStore, calendar_text, new_token
from tests.raw_http import exchange, fetch, parse, request


def _wait_for(condition: threading.Event) -> None:
    assert condition.wait(timeout=30), "the server never got there"


def _wait_for_connections(server: FeedServer, count: int) -> None:
    """Until the server has accepted ``count`` connections (a queued one is not yet its)."""
    for _ in range(3000):
        if server.connection_count == count:
            return
        time.sleep(0.01)
    raise AssertionError(f"{server.connection_count} connections, not {count}")


@pytest.mark.timeout(60)
def test_stop_ends_idle_and_waiting_connections(feed_store: FeedStore) -> None:
    token, doc = feed_store.add(calendar_text("Mässor 2027"))
    server = FeedServer(feed_store)
    server.start()
    address = server.address
    idle = []
    for _ in range(5):  # keep-alive connections between two polls
        connection = http.client.HTTPConnection(*address, timeout=30)
        connection.request("GET", f"/feeds/{token}.ics")
        assert connection.getresponse().read() == doc.body
        idle.append(connection)
    half = socket.create_connection(address, timeout=30)  # a request never finished
    half.sendall(b"GET /feeds/" + token.encode() + b".ics HTTP/1.1\r\nHost: x\r\n")
    silent = socket.create_connection(address, timeout=30)  # connected, nothing sent
    _wait_for_connections(server, 7)
    try:
        server.stop()
        assert not server.serving
        assert server.connection_count == 0
        for sock in (half, silent):
            assert sock.recv(100) == b""  # closed by the server
        for connection in idle:
            assert connection.sock is not None
            assert connection.sock.recv(100) == b""
        with pytest.raises(OSError):
            socket.create_connection(address, timeout=5).close()
    finally:
        for connection in idle:
            connection.close()
        half.close()
        silent.close()
    server.stop()  # again: nothing happens


@pytest.mark.timeout(60)
def test_stop_lets_an_answer_under_way_finish(feed_store: FeedStore) -> None:
    token, doc = feed_store.add(calendar_text("Mässor 2027"))
    looking = threading.Event()
    release = threading.Event()

    def slow(_: str) -> None:
        looking.set()
        assert release.wait(timeout=30)

    feed_store.before_answer = slow
    server = FeedServer(feed_store)
    server.start()
    answers: list[bytes] = []
    client = threading.Thread(
        target=lambda: answers.append(
            exchange(server.address, request("GET", f"/feeds/{token}.ics"))
        )
    )
    client.start()
    _wait_for(looking)
    stopping = threading.Thread(target=server.stop)
    stopping.start()
    release.set()
    stopping.join()
    client.join()
    answer = parse(answers[0])
    assert (answer.status, answer.body) == (200, doc.body)
    assert answer.header("Connection") == "close"
    assert server.connection_count == 0


def test_a_stopped_server_starts_again(feed_store: FeedStore) -> None:
    token, doc = feed_store.add(calendar_text("Mässor 2027"))
    server = FeedServer(feed_store)
    for _ in range(2):
        with server:
            assert server.serving
            assert fetch(server.address, request("GET", f"/feeds/{token}.ics")).body == doc.body
        assert not server.serving
    with pytest.raises(RuntimeError, match="not running"):
        server.address  # noqa: B018


def test_starting_twice_is_refused(feed_server: FeedServer) -> None:
    with pytest.raises(RuntimeError, match="already running"):
        feed_server.start()


def test_a_port_in_use_is_named(feed_server: FeedServer, feed_store: FeedStore) -> None:
    port = feed_server.address[1]
    second = FeedServer(feed_store, port=port)
    with pytest.raises(ValidationError, match=f"port {port} on 127.0.0.1 is already in use") as e:
        second.start()
    assert e.value.field == "port"
    assert not second.serving


@pytest.mark.parametrize("host", ["0.0.0.0", "", "::", "192.0.2.10", "example.org", "10.0.0.1"])
def test_hosts_other_computers_reach_are_refused(feed_store: FeedStore, host: str) -> None:
    with pytest.raises(ValidationError, match="other computers") as refused:
        FeedServer(feed_store, host=host)
    assert refused.value.field == "host"
    assert "--allow-remote" in str(refused.value)
    FeedServer(feed_store, host=host, allow_remote=True)  # when the user says so


@pytest.mark.parametrize("host", ["127.0.0.1", "::1", "localhost", "LOCALHOST", "127.0.0.2"])
def test_loopback_hosts_need_no_permission(feed_store: FeedStore, host: str) -> None:
    assert is_loopback(host)
    FeedServer(feed_store, host=host)


@pytest.mark.parametrize("port", [-1, 65536, "8080", True, 8080.0])
def test_impossible_ports_are_refused(feed_store: FeedStore, port: object) -> None:
    with pytest.raises(ValidationError, match="0 to 65535"):
        FeedServer(feed_store, port=port)  # type: ignore[arg-type]


def test_urls_name_the_feed(feed_store: FeedStore) -> None:
    token, doc = feed_store.add(calendar_text("Mässor 2027"))
    with FeedServer(feed_store, host="localhost") as server:
        port = server.address[1]
        assert server.address[0] == "127.0.0.1"
        assert server.url_for(token) == f"http://localhost:{port}/feeds/{token}.ics"
        assert server.webcal_url_for(token) == f"webcal://localhost:{port}/feeds/{token}.ics"
        connection = http.client.HTTPConnection("localhost", port, timeout=30)
        try:
            connection.request(
                "GET", server.url_for(token).removeprefix(f"http://localhost:{port}")
            )
            assert connection.getresponse().read() == doc.body
        finally:
            connection.close()
        for bad in ("short", "a" * 20 + "/../x", "a" * 20 + "\r\n"):
            with pytest.raises(ValidationError, match="feed token"):
                server.url_for(bad)


def test_ipv6_urls_bracket_the_address(feed_store: FeedStore) -> None:
    server = FeedServer(feed_store, host="::1")
    try:
        server.start()
    except ValidationError:
        pytest.skip("this machine has no IPv6 loopback")
    try:
        token, doc = feed_store.add(calendar_text("Mässor 2027"))
        port = server.address[1]
        assert server.url_for(token) == f"http://[::1]:{port}/feeds/{token}.ics"
        assert fetch(server.address, request("GET", f"/feeds/{token}.ics")).body == doc.body
    finally:
        server.stop()


def test_urls_need_a_running_server(feed_store: FeedStore) -> None:
    with pytest.raises(RuntimeError, match="start"):
        FeedServer(feed_store).url_for(new_token())


def test_a_lookup_must_be_callable() -> None:
    with pytest.raises(TypeError, match="callable"):
        FeedServer({"token": FeedDocument})  # type: ignore[arg-type]
