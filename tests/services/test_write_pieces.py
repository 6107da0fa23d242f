"""A file written atomically from pieces holds them one after the other: a few, or more
than are joined into one write, of every length, and after a short write."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from eventplanner.services import files
from eventplanner.services.files import write_atomically

PIECES = [f"BEGIN:VEVENT\r\nUID:{n}@x\r\nSUMMARY:Träff {n}\r\nEND:VEVENT\r\n".encode()
          for n in range(2500)]  # fmt: skip


@pytest.mark.parametrize("count", [0, 1, 1023, 1024, 1025, 2500])
def test_pieces_are_written_one_after_the_other(tmp_path: Path, count: int) -> None:
    target = tmp_path / "Allt.ics"
    pieces = [b"", *PIECES[:count], b"\r\n" * 40_000]  # an empty one, and a long one
    write_atomically(target, pieces, what="The feed")
    assert target.read_bytes() == b"".join(pieces)
    assert [p.name for p in tmp_path.iterdir()] == ["Allt.ics"]


class _Short(io.RawIOBase):
    """A file that takes at most 1000 bytes a write."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:  # type: ignore[no-untyped-def,override]
        taken = bytes(b[:1000])
        self.data += taken
        return len(taken)


def test_a_short_write_is_finished() -> None:
    raw = _Short()
    with io.BufferedWriter(raw) as stream:
        files._write_pieces(stream, PIECES)
        stream.flush()
        assert bytes(raw.data) == b"".join(PIECES)
