"""``eventplanner serve``: the feeds over HTTP, each at its link, until Ctrl+C.

The feed store is anything with ``list()`` and ``document(token)`` (the feed service,
``Workspace.feeds``): this module wires it to a FeedServer and says how to subscribe.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import Protocol, TextIO

from eventplanner.cli.output import terminal_text
from eventplanner.domain.feeds import DEFAULT_PORT, Feed, FeedDocument
from eventplanner.services.feeds.feed_server import FeedServer, is_loopback


class FeedSource(Protocol):
    """What the serve command needs of the feed store."""

    def list(self) -> list[Feed]: ...

    def document(self, token: str) -> FeedDocument | None: ...


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``serve`` and its options."""
    serve_parser = commands.add_parser(
        "serve",
        help="serve the feeds over HTTP for Outlook and other calendars",
        description="Serve every feed at a link of its own until Ctrl+C. Subscribe to a "
        "link in Outlook with Add calendar → Subscribe from web: only a subscription "
        "receives updates. By default only this computer can reach the links.",
    )
    serve_parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="the address to listen on (default 127.0.0.1: this computer only)",
    )
    serve_parser.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"the port (default {DEFAULT_PORT}; 0: any free port, a new one each start)",
    )
    serve_parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a --host other computers can reach (anyone with a link can then read it)",
    )


def serve(
    source: FeedSource,
    host: str,
    port: int,
    *,
    allow_remote: bool = False,
    out: TextIO | None = None,
    wait: Callable[[FeedServer], None] | None = None,
) -> int:
    """Serve ``source``'s feeds, print their links and how to subscribe, stop on Ctrl+C.

    ``wait`` runs while the server serves (by default: until KeyboardInterrupt).
    """
    out = out or sys.stdout
    server = FeedServer(source.document, host, port, allow_remote=allow_remote)
    server.start()
    try:
        _print_links(server, source.list(), host, out)
        (wait or _until_interrupted)(server)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    print("Stopped; the links answer again when `eventplanner serve` runs.", file=out)
    return 0


def _print_links(server: FeedServer, feeds: list[Feed], host: str, out: TextIO) -> None:
    shown = [feed for feed in feeds if feed.token]
    listening_host, listening_port = server.address
    print(f"Serving {len(shown)} feed(s) on {listening_host} port {listening_port}.", file=out)
    for feed in shown:
        print(f"\n{terminal_text(feed.shown_name)}", file=out)
        print(f"  {server.url_for(feed.token)}", file=out)
        print(f"  {server.webcal_url_for(feed.token)}", file=out)
    if not shown:
        print("There are no feeds yet: add one with `eventplanner feed add`.", file=out)
    print(
        "\nIn Outlook choose Add calendar → Subscribe from web and paste a link. Importing "
        "the file instead makes a copy that never receives updates.",
        file=out,
    )
    if is_loopback(host):
        print(
            "Only this computer can open these links; for colleagues, publish the feed to "
            "a shared folder (eventplanner feed publish), or serve with --host and "
            "--allow-remote.",
            file=out,
        )
    print("Serving until Ctrl+C.", file=out, flush=True)


def _until_interrupted(server: FeedServer) -> None:
    while True:  # time.sleep is interrupted by Ctrl+C on every platform
        time.sleep(3600)
