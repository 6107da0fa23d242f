"""A file written atomically from pieces holds them one after the other: with ``os.writev``
a thousand at a time, after a short write, and without ``writev`` (Windows)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventplanner.services.files import write_atomically

PIECES = [f"BEGIN:VEVENT\r\nUID:{n}@x\r\nSUMMARY:Träff {n}\r\nEND:VEVENT\r\n".encode()
          for n in range(2500)]  # fmt: skip


def test_pieces_are_written_one_after_the_other(tmp_path: Path) -> None:
    target = tmp_path / "Allt.ics"
    write_atomically(target, PIECES, what="The feed")
    assert target.read_bytes() == b"".join(PIECES)
    assert [p.name for p in tmp_path.iterdir()] == ["Allt.ics"]


@pytest.mark.skipif(not hasattr(os, "writev"), reason="no os.writev here (Windows)")
def test_a_short_write_is_finished_plainly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.writev

    def short(descriptor: int, buffers: list[bytes]) -> int:
        return real(descriptor, buffers[: len(buffers) // 3])

    monkeypatch.setattr(os, "writev", short)
    target = tmp_path / "Allt.ics"
    write_atomically(target, PIECES, what="The feed")
    assert target.read_bytes() == b"".join(PIECES)


def test_without_writev_the_pieces_go_through_the_stream(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(os, "writev", raising=False)
    target = tmp_path / "Allt.ics"
    write_atomically(target, PIECES, what="The feed")
    assert target.read_bytes() == b"".join(PIECES)
