"""File → Serve feeds: the feed server, run in the background on this computer (127.0.0.1).

The server answers on threads of its own; each request's lookup asks the feed service of
the database open now, so it never waits for the GUI thread and never touches a widget.
Starting and stopping run on the planner's writing thread (stopping lets answers under way
finish); quitting stops it at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from eventplanner.domain.feeds import FeedDocument
from eventplanner.ui.planner import Planner, describe

if TYPE_CHECKING:
    from eventplanner.services.feeds.feed_server import FeedServer

LOOPBACK = "127.0.0.1"


class FeedServing(QObject):
    """Starts and stops the feed server; says where it serves."""

    started = Signal(str)  # the server's base address, "http://127.0.0.1:8765"
    stopped = Signal()
    failed = Signal(str)  # why it could not start

    def __init__(self, planner: Planner, port: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._planner = planner
        self.port = port
        self._server: FeedServer | None = None
        self._wanted = False

    @property
    def serving(self) -> bool:
        return self._server is not None

    @property
    def base(self) -> str:
        """ "http://127.0.0.1:8765"; "" while not serving."""
        server = self._server
        if server is None:
            return ""
        host, port = server.address
        return f"http://{host}:{port}"

    def url_for(self, token: str) -> str | None:
        server = self._server
        return None if server is None else server.url_for(token)

    def webcal_url_for(self, token: str) -> str | None:
        server = self._server
        return None if server is None else server.webcal_url_for(token)

    def _lookup(self, token: str) -> FeedDocument | None:
        """On a server thread: the feed of the database open now."""
        workspace = self._planner.workspace
        if workspace is None:
            return None
        return workspace.feeds.document(token)

    def set_serving(self, on: bool) -> None:
        """Start or stop serving, in the background; ``started``/``stopped``/``failed``."""
        self._wanted = on
        if on and self._server is None:
            port = self.port

            def start() -> FeedServer:
                from eventplanner.services.feeds.feed_server import FeedServer

                server = FeedServer(self._lookup, LOOPBACK, port)
                server.start()
                return server

            self._planner.run_outside(start, self._started, self._start_failed)
        elif not on and self._server is not None:
            server, self._server = self._server, None
            self._planner.run_outside(server.stop, lambda _none: self.stopped.emit(),
                                      lambda error: self.stopped.emit())  # fmt: skip

    def _started(self, server: FeedServer) -> None:
        if not self._wanted or self._server is not None:  # switched off while starting
            self._planner.run_outside(server.stop, lambda _none: None, lambda _error: None)
            return
        self._server = server
        self.started.emit(self.base)

    def _start_failed(self, error: Exception) -> None:
        self._wanted = False
        self.failed.emit(describe(error))

    def shutdown(self) -> None:
        """When the app quits: stop serving now."""
        self._wanted = False
        server, self._server = self._server, None
        if server is not None:
            server.stop()
