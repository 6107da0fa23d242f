"""``eventplanner serve``: links printed, feeds served while it runs, a clean stop on Ctrl+C.

Driven with a stand-in feed store (``list()`` and ``document(token)``, the feed service's
shape), so the command's own behaviour is tested apart from the database.
"""

from __future__ import annotations

import argparse
import http.client
import io
import re
import socket

import pytest

from eventplanner.cli.serve_command import DEFAULT_PORT, add_parser, serve
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.feeds import Feed, FeedDocument
from eventplanner.services.feeds.feed_server import FeedServer
from tests.feed_documents import calendar_text, document, new_token


class _Feeds:
    def __init__(self, feeds: dict[Feed, FeedDocument]) -> None:
        self._feeds = feeds

    def list(self) -> list[Feed]:
        return list(self._feeds)

    def document(self, token: str) -> FeedDocument | None:
        return next((doc for feed, doc in self._feeds.items() if feed.token == token), None)


def _get(url: str) -> bytes:
    match = re.fullmatch(r"http://([^:/]+):(\d+)(/.*)", url)
    assert match, url
    connection = http.client.HTTPConnection(match[1], int(match[2]), timeout=30)
    try:
        connection.request("GET", match[3])
        response = connection.getresponse()
        assert response.status == 200
        return response.read()
    finally:
        connection.close()


def test_serve_prints_each_feed_link_and_serves_it_until_ctrl_c() -> None:
    fairs = Feed(id=1, name="Mässor 2027", calendar_name="Mässor", token=new_token())
    staff = Feed(id=2, name="Personalkalender", token=new_token())
    docs = {fairs: document(calendar_text("Mässor")), staff: document(calendar_text("Personal"))}
    out = io.StringIO()
    seen: dict[str, bytes] = {}
    address: list[tuple[str, int]] = []

    def while_serving(server: FeedServer) -> None:
        address.append(server.address)
        for url in re.findall(r"http://\S+", out.getvalue()):
            seen[url] = _get(url)
        raise KeyboardInterrupt  # the person presses Ctrl+C

    status = serve(_Feeds(docs), "127.0.0.1", 0, out=out, wait=while_serving)
    assert status == 0
    text = out.getvalue()
    port = address[0][1]
    for feed, doc in docs.items():
        url = f"http://127.0.0.1:{port}/feeds/{feed.token}.ics"
        assert seen[url] == doc.body
        assert f"webcal://127.0.0.1:{port}/feeds/{feed.token}.ics" in text
    assert "\nMässor\n" in text and "\nPersonalkalender\n" in text  # calendar names
    assert "Subscribe from web" in text
    assert "never receives updates" in text
    assert "Only this computer" in text
    assert text.rstrip().endswith("runs.")  # said it stopped
    with pytest.raises(OSError):  # and it did
        socket.create_connection(address[0], timeout=5).close()


def test_serve_says_when_there_are_no_feeds() -> None:
    out = io.StringIO()
    serve(_Feeds({}), "127.0.0.1", 0, out=out, wait=lambda server: None)
    assert "no feeds yet" in out.getvalue()


def test_serve_refuses_a_remote_host_without_permission() -> None:
    with pytest.raises(ValidationError, match="--allow-remote"):
        serve(_Feeds({}), "0.0.0.0", 0, out=io.StringIO(), wait=lambda server: None)


def test_serve_names_a_port_in_use() -> None:
    with FeedServer(lambda token: None) as other:
        port = other.address[1]
        with pytest.raises(ValidationError, match=f"port {port} .* already in use"):
            serve(_Feeds({}), "127.0.0.1", port, out=io.StringIO())


def test_serve_options() -> None:
    parser = argparse.ArgumentParser(prog="eventplanner")
    add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["serve"])
    assert (args.host, args.port, args.allow_remote) == ("127.0.0.1", DEFAULT_PORT, False)
    args = parser.parse_args(["serve", "--host", "0.0.0.0", "--port", "0", "--allow-remote"])
    assert (args.host, args.port, args.allow_remote) == ("0.0.0.0", 0, True)


def test_serve_listens_where_the_window_serves_feeds(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`eventplanner serve` and the window's File → Serve feeds give the same links: a feed
    subscribed to from one still answers when the other serves it."""
    from PySide6.QtCore import QSettings

    from eventplanner.ui.settings import Settings

    parser = argparse.ArgumentParser(prog="eventplanner")
    add_parser(parser.add_subparsers(dest="command"))
    fresh = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert parser.parse_args(["serve"]).port == fresh.feed_port
