"""One HTTP connection to the feed server: read requests, answer with a feed, a 304 or a miss.

Only GET and HEAD of ``/feeds/<token>.ics`` (or ``/feeds/<token>``) with a token the lookup
knows are answered with a feed. Everything else (an unknown or revoked token, a malformed
one, another path, another method, a request line or header too long, a request that is not
HTTP/1.x) gets the same 404, byte for byte apart from its Date: a client cannot tell a revoked
token from one that never existed or from a wrong path. Nothing from the request is ever
written into a response.
"""

from __future__ import annotations

import enum
import http.client
import io
import logging
import socket
from datetime import datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from typing import Any, Protocol, cast

from eventplanner.domain.feeds import FeedDocument
from eventplanner.services.feeds.feed_requests import (
    accepts_gzip,
    feed_token,
    http_date,
    is_entity_tag,
    none_match,
    not_modified_since,
    variant_tag,
)


class FeedConnections(Protocol):
    """What a request handler needs of the server it answers for (``FeedHTTPServer``)."""

    closing: bool
    gzip: bool

    def lookup(self, token: str) -> FeedDocument | None: ...

    def gzipped(self, token: str, document: FeedDocument) -> bytes: ...

    def waiting_for_request(self, sock: socket.socket) -> None: ...

    def request_received(self, sock: socket.socket) -> bool: ...


logger = logging.getLogger("eventplanner.services.feeds.feed_server")

MAX_REQUEST_LINE = 8192
"""Longer request lines are misses: no feed URL comes near it."""
MAX_HEADER_LINE = 8192
MAX_HEADERS = 100
IDLE_TIMEOUT = 30.0
"""Seconds a connection may stay silent (between or inside requests) before it is closed."""
GZIP_MIN_BYTES = 1024
"""Smaller bodies are sent as they are: compressing them saves nothing worth the work."""
CALENDAR_TYPE = "text/calendar; charset=utf-8"
CACHE_CONTROL = "no-cache"
"""Clients may keep a copy but must ask (conditionally) before showing it again."""

MISS_BODY = b"Not found\n"
FAILURE_BODY = b"The feed cannot be served just now.\n"
_HTTP_VERSIONS = ("HTTP/1.0", "HTTP/1.1")
_LINGER_SECONDS = 1.0
_LINGER_BYTES = 256 * 1024


class _Read(enum.Enum):
    OK = "a request to answer"
    BAD = "a request to answer with the miss"
    GONE = "no request: the client left"


class FeedRequestHandler(BaseHTTPRequestHandler):
    """Answers the requests of one connection (keep-alive on HTTP/1.1)."""

    protocol_version = "HTTP/1.1"
    server_version = "Eventplanner"
    timeout = IDLE_TIMEOUT
    disable_nagle_algorithm = True  # headers and body are separate writes; do not delay the body

    @property
    def feeds(self) -> FeedConnections:
        return cast("FeedConnections", self.server)

    def handle_one_request(self) -> None:
        """Read one request and answer it; misses and failures end the connection."""
        try:
            self.feeds.waiting_for_request(self.connection)
            read = self._read_request()
            if not self.feeds.request_received(self.connection):
                read = _Read.GONE  # cut while it was coming: too slow, or room was needed
            if read is _Read.GONE:
                self.close_connection = True
                return
            token = feed_token(self.path) if read is _Read.OK else None
            if token is None or self.command not in ("GET", "HEAD"):
                self._answer_miss()
                return
            self._answer_feed(token)
            self.wfile.flush()
        except TimeoutError:
            logger.debug("feed connection from %s timed out", self.client_address[0])
            self.close_connection = True
        except OSError as exc:  # the client went away, or stop() ended the connection
            logger.debug("feed connection from %s ended: %s", self.client_address[0], exc)
            self.close_connection = True

    def _read_request(self) -> _Read:
        """Read the request line and headers into command, path and headers."""
        # A miss is answered as HTTP/1.1 whatever was asked, so every miss looks the same.
        self.request_version = "HTTP/1.1"
        self.close_connection = True
        self.command = ""
        self.requestline = ""
        self.path = ""
        line = self.rfile.readline(MAX_REQUEST_LINE + 1)
        if len(line) > MAX_REQUEST_LINE:
            return _Read.BAD
        if not line.endswith(b"\n"):  # the connection ended, before or inside the line
            return _Read.GONE
        self.raw_requestline = line
        self.requestline = line.decode("iso-8859-1").rstrip("\r\n")
        words = self.requestline.split(" ")
        if len(words) != 3 or words[2] not in _HTTP_VERSIONS:
            return _Read.BAD
        block = self._read_header_block()
        if not isinstance(block, bytes):
            return block
        self.headers = http.client.parse_headers(io.BytesIO(block), _class=self.MessageClass)
        self.command, self.path, version = words
        if version == "HTTP/1.1":
            self.close_connection = self.headers.get("Connection", "").lower() == "close"
        # A body on a GET would have to be read past to reach the next request: just close.
        length = self.headers.get("Content-Length", "0").strip()
        if length != "0" or self.headers.get("Transfer-Encoding") or self.feeds.closing:
            self.close_connection = True
        return _Read.OK

    def _read_header_block(self) -> bytes | _Read:
        """The header lines up to the empty line that ends them (which must come)."""
        lines: list[bytes] = []
        while True:
            line = self.rfile.readline(MAX_HEADER_LINE + 1)
            if len(line) > MAX_HEADER_LINE or len(lines) > MAX_HEADERS:
                return _Read.BAD
            if not line.endswith(b"\n"):  # ended before the headers did: not a request
                return _Read.GONE
            if line in (b"\r\n", b"\n"):
                return b"".join(lines) + b"\r\n"
            lines.append(line)

    def _answer_feed(self, token: str) -> None:
        try:
            document = self.feeds.lookup(token)
        except Exception:  # a failing store must not take the server down, nor say why
            logger.debug("feed lookup failed", exc_info=True)
            self._answer_failure()
            return
        if document is None:
            self._answer_miss()
            return
        if not isinstance(document, FeedDocument) or not _servable(document):
            logger.debug("feed lookup returned an unusable document: %r", type(document))
            self._answer_failure()
            return
        gzip = self.feeds.gzip and len(document.body) >= GZIP_MIN_BYTES
        zipped = gzip and accepts_gzip(self.headers.get_all("Accept-Encoding", []))
        gzip_tag = variant_tag(document.etag, "gzip")
        tags = (document.etag, gzip_tag)
        if_none_match = self.headers.get_all("If-None-Match", [])
        if if_none_match:  # it alone decides when present (RFC 9110 13.2.2)
            unchanged = none_match(if_none_match, tags)
        else:
            since = self.headers.get_all("If-Modified-Since", [])
            unchanged = not_modified_since(since, document.last_modified)
        self.send_response(HTTPStatus.NOT_MODIFIED if unchanged else HTTPStatus.OK)
        self.send_header("ETag", gzip_tag if zipped else document.etag)
        self.send_header("Last-Modified", http_date(document.last_modified))
        self.send_header("Cache-Control", CACHE_CONTROL)
        if gzip:
            self.send_header("Vary", "Accept-Encoding")
        if unchanged:
            self._end_headers()
            return
        body = self.feeds.gzipped(token, document) if zipped else document.body
        self.send_header("Content-Type", CALENDAR_TYPE)
        if zipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self._end_headers()
        if self.command == "GET":
            self.wfile.write(body)

    def _end_headers(self) -> None:
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()

    def _answer_miss(self) -> None:
        self._answer_fixed(HTTPStatus.NOT_FOUND, MISS_BODY)

    def _answer_failure(self) -> None:
        self._answer_fixed(HTTPStatus.INTERNAL_SERVER_ERROR, FAILURE_BODY)

    def _answer_fixed(self, status: HTTPStatus, body: bytes) -> None:
        """The same status line, headers and body whatever the request was; then close."""
        self.request_version = "HTTP/1.1"
        self.close_connection = True
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self._linger()

    def _linger(self) -> None:
        """Read what the client still sends before closing, so it receives the answer.

        Closing a socket with unread input resets the connection, and a reset can reach the
        client before it has read the response (Apache's "lingering close").
        """
        try:
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(_LINGER_SECONDS)
            left = _LINGER_BYTES
            while left > 0:
                chunk = self.connection.recv(min(left, 65536))
                if not chunk:
                    break
                left -= len(chunk)
        except OSError:
            pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Whatever the standard handler would refuse with, we answer with the one miss."""
        self._answer_miss()

    def version_string(self) -> str:
        return self.server_version  # no Python version in the Server header

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("feed request from %s: %s", self.client_address[0], format % args)


def _servable(document: FeedDocument) -> bool:
    """A document whose headers can be sent as they are (no CR/LF, a well-formed ETag)."""
    return (
        isinstance(document.body, bytes)
        and isinstance(document.etag, str)
        and is_entity_tag(document.etag)
        and isinstance(document.last_modified, datetime)
    )
