"""HTTP over a bare socket for the feed server's tests: exact bytes out, exact bytes back.

http.client refuses to send much of what the tests must try (CR/LF in a path, other
versions, absurd lines), and hides the response's exact headers; these helpers do neither.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass


@dataclass(frozen=True)
class RawResponse:
    version: str
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    raw: bytes
    extra: bytes
    """Whatever came after the body (nothing, when the connection carried one answer)."""

    def header(self, name: str) -> str | None:
        values = [v for k, v in self.headers if k.lower() == name.lower()]
        assert len(values) <= 1, f"{name} sent {len(values)} times"
        return values[0] if values else None

    @property
    def names(self) -> set[str]:
        return {k.lower() for k, _ in self.headers}

    def without_date(self) -> tuple[object, ...]:
        """Everything but the Date header, to compare two answers sent at different times."""
        kept = tuple((k, v) for k, v in self.headers if k.lower() != "date")
        return (self.version, self.status, self.reason, kept, self.body)


def request(
    method: str, target: str, headers: dict[str, str] | None = None, version: str = "HTTP/1.1"
) -> bytes:
    """A request's bytes; Host and Connection: close unless ``headers`` says otherwise."""
    fields = {"Host": "127.0.0.1", "Connection": "close", **(headers or {})}
    lines = [f"{method} {target} {version}"] + [f"{k}: {v}" for k, v in fields.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def exchange(address: tuple[str, int], data: bytes, timeout: float = 20.0) -> bytes:
    """Send ``data`` and read until the server closes the connection."""
    with socket.create_connection(address, timeout=timeout) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def parse(raw: bytes, *, head: bool = False) -> RawResponse:
    """One response; its body is what Content-Length says (nothing for 304s or HEAD)."""
    head_part, separator, rest = raw.partition(b"\r\n\r\n")
    assert separator, f"no end of headers in {raw[:200]!r}"
    lines = head_part.decode("latin-1").split("\r\n")
    version, status, reason = lines[0].split(" ", 2)
    headers = []
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        assert colon and name == name.strip(), f"malformed header line {line!r}"
        headers.append((name, value.strip()))
    length = next((int(v) for k, v in headers if k.lower() == "content-length"), 0)
    if head or int(status) == 304:
        length = 0
    assert len(rest) >= length, f"body cut short: {len(rest)} of {length} bytes"
    return RawResponse(
        version, int(status), reason, tuple(headers), rest[:length], raw, rest[length:]
    )


def fetch(address: tuple[str, int], data: bytes, *, head: bool = False) -> RawResponse:
    """``exchange`` then ``parse``: for requests that end their connection."""
    response = parse(exchange(address, data), head=head)
    assert response.extra == b"", f"more than one answer: {response.extra[:200]!r}"
    return response
