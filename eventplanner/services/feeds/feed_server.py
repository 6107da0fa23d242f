"""The HTTP server that serves feeds to Outlook and other calendar clients.

``FeedServer(lookup)`` answers ``GET``/``HEAD /feeds/<token>.ics`` with the document
``lookup(token)`` returns (``FeedDocument``: body, ETag, Last-Modified), 304 when the client's
copy is current, and one identical 404 for everything else (feed_handler.py). It knows
nothing of the database: the feed service's ``document(token)`` is the usual lookup, and it
is called from the server's connection threads, several at once.

It listens on loopback unless told otherwise, serves each connection on a thread of its own
(at most ``max_connections`` at a time, so a flood cannot exhaust the machine), and never
blocks its caller: ``start()`` returns once the socket listens, ``stop()`` once every thread
has ended.

Slow clients cannot lock subscribers out: a request must arrive whole within
``request_seconds`` of the connection being ready for it (however slowly its bytes trickle in),
and when every connection is taken, a new one takes the place of the connection that has
waited longest for its request (the slowest, or one idle between polls); only connections
busy answering are never cut, and a 503 says so when all of them are.
"""

from __future__ import annotations

import contextlib
import errno
import gzip as gzip_module
import ipaddress
import logging
import os
import socket
import socketserver
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Any

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.feeds import FeedDocument
from eventplanner.services.feeds.feed_handler import FeedRequestHandler
from eventplanner.services.feeds.feed_requests import (
    MAX_TOKEN_LENGTH,
    MIN_TOKEN_LENGTH,
    is_token,
)

logger = logging.getLogger(__name__)

Lookup = Callable[[str], FeedDocument | None]
"""A feed's document by its token; None when no feed has that token (or it was revoked)."""

LOOPBACK_NAMES = ("127.0.0.1", "::1", "localhost")
DEFAULT_MAX_CONNECTIONS = 200
DEFAULT_REQUEST_SECONDS = 30.0
"""How long a connection may take to send a whole request (line and headers), counted from
when it is ready for one: a client sending a byte a minute is cut, not waited for."""
_POLL_SECONDS = 0.05  # how soon serve_forever notices stop(): it sleeps this long at most
_GRACE_SECONDS = 2.0  # stop(): how long answers under way may take to finish
_FORCED_SECONDS = 1.0  # ... and how long threads get after their connections were cut
_GZIP_CACHE_ENTRIES = 32
_BUSY_BODY = b"The feed server is busy; try again shortly.\n"
_BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Content-Length: " + str(len(_BUSY_BODY)).encode() + b"\r\n"
    b"Retry-After: 5\r\n"
    b"Cache-Control: no-store\r\n"
    b"Connection: close\r\n\r\n" + _BUSY_BODY
)


def is_loopback(host: str) -> bool:
    """True when ``host`` can be reached only from this computer."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class FeedServer:
    """Serves feeds over HTTP on background threads; see the module's docstring."""

    def __init__(
        self,
        lookup: Lookup,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        allow_remote: bool = False,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        gzip: bool = True,
        request_seconds: float = DEFAULT_REQUEST_SECONDS,
    ) -> None:
        """Check the arguments; nothing listens until ``start()``.

        ``port`` 0 takes any free port (``address`` then says which). A ``host`` other
        computers can reach (anything but 127.0.0.1, ::1 or localhost) is refused unless
        ``allow_remote``: feed URLs are secrets, and a loopback server keeps them on this
        machine. ``gzip`` compresses bodies for clients that accept it. ``request_seconds``
        bounds how long a client may take to send a request.
        """
        if not callable(lookup):
            raise TypeError("lookup must be callable: token -> FeedDocument | None")
        if not isinstance(host, str):
            raise ValidationError("host", f"expected an address or host name, not {host!r}")
        if not allow_remote and not is_loopback(host):
            raise ValidationError(
                "host",
                f"{host or 'every interface'} can be reached from other computers, and feed "
                "URLs are meant to stay secret; serve on 127.0.0.1, ::1 or localhost, or allow "
                "remote clients explicitly (--allow-remote)",
            )
        if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
            raise ValidationError("port", f"expected a number from 0 to 65535, not {port!r}")
        if max_connections < 1:
            raise ValidationError("max_connections", "at least one connection must be allowed")
        if not request_seconds > 0:
            raise ValidationError("request_seconds", "a request must be given some time")
        self._lookup = lookup
        self._host = host
        self._port = port
        self._max_connections = max_connections
        self._gzip = gzip
        self._request_seconds = request_seconds
        self._lock = threading.Lock()
        self._server: FeedHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- running ---------------------------------------------------------------------------

    def start(self) -> None:
        """Listen and serve on background threads; returns once the socket is listening.

        Raises ValidationError naming the port when it is in use (or not allowed), or the
        host when it is not an address of this computer.
        """
        with self._lock:
            if self._server is not None:
                raise RuntimeError("the feed server is already running")
            family, bind_host = _bind_address(self._host)
            try:
                server = FeedHTTPServer(
                    (bind_host, self._port),
                    family,
                    self._lookup,
                    gzip=self._gzip,
                    max_connections=self._max_connections,
                    request_seconds=self._request_seconds,
                )
            except OSError as exc:
                raise _bind_error(exc, self._host, self._port) from exc
            thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": _POLL_SECONDS},
                name=f"feed-server:{server.server_address[1]}",
                daemon=True,
            )
            thread.start()
            self._server, self._thread = server, thread
        logger.debug("feed server listening on %s port %d", *self.address)

    def stop(self) -> None:
        """Stop accepting, let answers under way finish briefly, close every connection.

        Returns once the server's threads have ended (a lookup stuck for longer than the
        grace period is left to finish on its own daemon thread). Idempotent.
        """
        with self._lock:
            server, thread = self._server, self._thread
            self._server = self._thread = None
        if server is None or thread is None:
            return
        server.closing = True
        server.shutdown()
        thread.join()
        server.server_close()
        server.end_connections(_GRACE_SECONDS, _FORCED_SECONDS)
        logger.debug("feed server stopped")

    def __enter__(self) -> FeedServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # -- where -----------------------------------------------------------------------------

    @property
    def serving(self) -> bool:
        """True between ``start()`` and ``stop()``."""
        return self._server is not None

    @property
    def address(self) -> tuple[str, int]:
        """The host and port the server listens on (the real port when 0 was asked for)."""
        server = self._server
        if server is None:
            raise RuntimeError("the feed server is not running; start() it first")
        host, port = server.server_address[:2]
        return str(host), int(port)

    @property
    def connection_count(self) -> int:
        """How many client connections are open now."""
        server = self._server
        return 0 if server is None else server.connection_count

    @property
    def idle_count(self) -> int:
        """How many of them wait for a request (those a new client may cut to make room)."""
        server = self._server
        return 0 if server is None else server.idle_count

    def url_for(self, token: str) -> str:
        """The feed's http URL: ``http://host:port/feeds/<token>.ics``."""
        return f"http://{self._authority()}/feeds/{_checked_token(token)}.ics"

    def webcal_url_for(self, token: str) -> str:
        """The same URL with the webcal scheme, which calendar apps open as a subscription."""
        return f"webcal://{self._authority()}/feeds/{_checked_token(token)}.ics"

    def _authority(self) -> str:
        host = self._host
        if host in ("", "0.0.0.0", "::"):  # every interface: others reach it by our name
            host = socket.gethostname()
        if ":" in host:
            host = f"[{host}]"
        return f"{host}:{self.address[1]}"


class FeedHTTPServer(socketserver.TCPServer):
    """The listening socket and its connection threads (what FeedRequestHandler sees)."""

    # SO_REUSEADDR lets a restarted server bind while old connections linger in TIME_WAIT;
    # on Windows it would let two programs share a port, so there we ask for exclusivity.
    allow_reuse_address = os.name != "nt"
    request_queue_size = 128  # 50 clients connecting at once must not overflow the backlog

    def __init__(
        self,
        address: tuple[str, int],
        family: socket.AddressFamily,
        lookup: Lookup,
        *,
        gzip: bool,
        max_connections: int,
        request_seconds: float = DEFAULT_REQUEST_SECONDS,
    ) -> None:
        self.address_family = family
        self.lookup = lookup
        self.gzip = gzip
        self.closing = False
        self._max_connections = max_connections
        self._request_seconds = request_seconds
        self._lock = threading.Lock()
        self._connections: dict[socket.socket, threading.Thread] = {}
        # Connections waiting for (the rest of) a request, by when they began to wait;
        # connections cut to make room, until their threads have ended.
        self._waiting: dict[socket.socket, float] = {}
        self._cut: set[socket.socket] = set()
        self._gzipped: OrderedDict[tuple[str, str, int], bytes] = OrderedDict()
        super().__init__(address, FeedRequestHandler)

    def server_bind(self) -> None:
        if os.name == "nt" and hasattr(socket, "SO_EXCLUSIVEADDRUSE"):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        super().server_bind()

    @property
    def connection_count(self) -> int:
        with self._lock:
            return len(self._connections)

    @property
    def idle_count(self) -> int:
        with self._lock:
            return len(self._waiting)

    def process_request(self, request: Any, client_address: Any) -> None:
        """Serve the connection on a thread of its own, or refuse it when too many are open.

        At the limit, the connection that has waited longest for its request is cut to make
        room; only when every connection is busy answering is the new one refused.
        """
        with self._lock:
            busy = self.closing or not self._make_room()
            if not busy:
                self._waiting[request] = time.monotonic()
                thread = threading.Thread(
                    target=self._serve_connection,
                    args=(request, client_address),
                    name="feed-connection",
                    daemon=True,
                )
                self._connections[request] = thread
        if busy:
            self._refuse(request)
            return
        thread.start()

    def _serve_connection(self, request: socket.socket, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)
            with self._lock:
                self._connections.pop(request, None)
                self._waiting.pop(request, None)
                self._cut.discard(request)

    def _make_room(self) -> bool:
        """True when one more connection may be served (the lock is held)."""
        if len(self._connections) - len(self._cut) < self._max_connections:
            # Cut connections end at once; until they have, they still hold a thread.
            return len(self._connections) < 2 * self._max_connections
        if not self._waiting:
            return False
        oldest = min(self._waiting, key=self._waiting.__getitem__)
        self._cut_connection(oldest)
        return len(self._connections) < 2 * self._max_connections

    def _cut_connection(self, sock: socket.socket) -> None:
        """End a connection waiting for its request (the lock is held); its thread sees the end."""
        del self._waiting[sock]
        self._cut.add(sock)
        _shutdown(sock, socket.SHUT_RDWR)

    def waiting_for_request(self, sock: socket.socket) -> None:
        """The connection's thread waits for a request from now on."""
        with self._lock:
            if sock in self._connections and sock not in self._cut:
                self._waiting[sock] = time.monotonic()

    def request_received(self, sock: socket.socket) -> bool:
        """The connection's request is in; False when the connection was cut meanwhile."""
        with self._lock:
            self._waiting.pop(sock, None)
            return sock not in self._cut

    def service_actions(self) -> None:
        """Cut the connections whose request has not come whole in time (between polls)."""
        late = time.monotonic() - self._request_seconds
        with self._lock:
            for sock in [s for s, since in self._waiting.items() if since <= late]:
                self._cut_connection(sock)

    def _refuse(self, request: socket.socket) -> None:
        try:
            request.settimeout(1.0)
            request.sendall(_BUSY)
        except OSError:
            pass
        self.shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # socketserver prints a traceback to stderr; a client gone mid-answer is not news.
        logger.debug("feed connection from %s failed", client_address, exc_info=True)

    def end_connections(self, grace: float, forced: float) -> None:
        """End every connection: idle ones at once, answers under way within ``grace``."""
        with self._lock:
            connections = dict(self._connections)
        # Closing the reading side ends idle keep-alive connections (their read sees the
        # end) and lets an answer being written finish; then the connection closes.
        for sock in connections:
            _shutdown(sock, socket.SHUT_RD)
        left = _join_all(connections.values(), grace)
        for sock, thread in connections.items():
            if thread in left:
                _shutdown(sock, socket.SHUT_RDWR)
        left = _join_all(left, forced)
        if left:
            logger.debug("%d feed connection threads still busy after stop()", len(left))

    def gzipped(self, token: str, document: FeedDocument) -> bytes:
        """The document's body compressed, kept for the next client asking for the same one."""
        key = (token, document.etag, len(document.body))
        with self._lock:
            cached = self._gzipped.get(key)
            if cached is not None:
                self._gzipped.move_to_end(key)
                return cached
        # mtime=0: the same body always compresses to the same bytes.
        compressed = gzip_module.compress(document.body, compresslevel=6, mtime=0)
        with self._lock:
            self._gzipped[key] = compressed
            while len(self._gzipped) > _GZIP_CACHE_ENTRIES:
                self._gzipped.popitem(last=False)
        return compressed


def _bind_address(host: str) -> tuple[socket.AddressFamily, str]:
    """The address family and address to bind for ``host``."""
    if host.lower() == "localhost":  # one socket, on the address every client tries
        return socket.AF_INET, "127.0.0.1"
    if host == "":
        return socket.AF_INET, "0.0.0.0"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise ValidationError("host", f"{host} is not a known host name or address") from exc
        family, _, _, _, sockaddr = infos[0]
        return socket.AddressFamily(family), str(sockaddr[0])
    return (socket.AF_INET6 if address.version == 6 else socket.AF_INET), host


def _bind_error(exc: OSError, host: str, port: int) -> ValidationError:
    if exc.errno == errno.EADDRINUSE:
        return ValidationError(
            "port",
            f"port {port} on {host} is already in use by another program (or another "
            "Eventplanner); choose another port, or 0 for any free one",
        )
    if exc.errno == errno.EACCES:
        return ValidationError(
            "port",
            f"port {port} on {host} is not allowed for this user; choose a port above 1023, "
            "or 0 for any free one",
        )
    if exc.errno == errno.EADDRNOTAVAIL:
        return ValidationError("host", f"{host} is not an address of this computer")
    return ValidationError("host", f"cannot listen on {host} port {port}: {exc.strerror or exc}")


def _checked_token(token: str) -> str:
    if not isinstance(token, str) or not is_token(token):
        raise ValidationError(
            "token",
            f"a feed token is {MIN_TOKEN_LENGTH} to {MAX_TOKEN_LENGTH} letters, digits, '-' or '_'",
        )
    return token


def _shutdown(sock: socket.socket, how: int) -> None:
    with contextlib.suppress(OSError):  # already closed by its own thread
        sock.shutdown(how)


def _join_all(threads: Iterable[threading.Thread], seconds: float) -> list[threading.Thread]:
    """Join ``threads`` within ``seconds`` in all; the ones still alive."""
    deadline = time.monotonic() + seconds
    left = []
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
        if thread.is_alive():
            left.append(thread)
    return left
