"""Data cannot drive the terminal, and CSV cells cannot run as spreadsheet formulas."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

import pytest
from sqlalchemy.engine import URL

from eventplanner.cli import main
from eventplanner.cli.output import spreadsheet_cell, terminal_text

ESC_TITLE = "Kick-off\x1b[2J\x1b]0;owned\x07\x9b31m\u202eevil"
Run = Callable[..., tuple[int, str, str]]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def run(
    database_url: URL, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Run:
    """``eventplanner ARGS`` with stdout and stderr a terminal (``tty=True``) or captured."""
    monkeypatch.delenv("EVENTPLANNER_DATABASE_URL", raising=False)
    monkeypatch.setenv("EVENTPLANNER_TIME_ZONE", "Europe/Stockholm")
    target = database_url.render_as_string(hide_password=False)

    def run(*args: str, tty: bool = False) -> tuple[int, str, str]:
        if not tty:
            status = main(["--database", target, *args])
            captured = capsys.readouterr()
            return status, captured.out, captured.err
        out, err = _Terminal(), _Terminal()
        monkeypatch.setattr("sys.stdout", out)
        monkeypatch.setattr("sys.stderr", err)
        status = main(["--database", target, *args])
        return status, out.getvalue(), err.getvalue()

    return run


def _add(run: Run, title: str) -> None:
    status, _, err = run(
        "add", f"--title={title}", "--kind", "seminar",
        "--start", "2027-03-01 13:00", "--end", "2027-03-01 14:00",
    )  # fmt: skip
    assert status == 0, err


def _assert_inert(text: str) -> None:
    for character in ("\x1b", "\x07", "\r", "\x9b", "\u202e"):
        assert character not in text


def test_control_characters_are_written_out() -> None:
    assert terminal_text("a\x1b[31mb\tc\nd\x7f\u2066") == "a\\x1b[31mb\tc\nd\\x7f\\u2066"


def test_an_escape_sequence_in_a_title_does_not_reach_the_terminal(run: Run) -> None:
    _add(run, ESC_TITLE)
    for args in (
        ("list", "--from", "2027-03-01", "--to", "2027-03-02"),
        ("list", "--from", "2027-03-01", "--to", "2027-03-02", "--format", "csv"),
        ("list", "--from", "2027-03-01", "--to", "2027-03-02", "--format", "json"),
        ("show", "1"),
        ("cancel", "1"),
    ):
        status, out, err = run(*args, tty=True)
        assert status == 0, err
        _assert_inert(out + err)
        assert "Kick-off\\x1b[2J" in out or "Kick-off\\u001b[2J" in out  # JSON's own escape


def test_tables_and_texts_are_escaped_in_pipes_too(run: Run) -> None:
    _add(run, ESC_TITLE)
    listed = run("list", "--from", "2027-03-01", "--to", "2027-03-02")[1]
    shown = run("show", "1")[1]
    for out in (listed, shown):
        _assert_inert(out)
        assert "\\x1b]0;owned\\x07" in out


def test_json_in_a_pipe_keeps_the_title_exact(run: Run) -> None:
    _add(run, ESC_TITLE)
    out = run("list", "--from", "2027-03-01", "--to", "2027-03-02", "--format", "json")[1]
    assert json.loads(out)[0]["title"] == ESC_TITLE


@pytest.mark.parametrize("title", ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)"])
def test_csv_cells_that_would_be_formulas_are_quoted(run: Run, title: str) -> None:
    _add(run, title)
    out = run("list", "--from", "2027-03-01", "--to", "2027-03-02", "--format", "csv")[1]
    row = next(csv.DictReader(io.StringIO(out)))
    assert row["title"] == "'" + title
    assert row["event_id"] == "1"  # numbers stay numbers


def test_ordinary_cells_are_left_alone() -> None:
    assert spreadsheet_cell("Kick-off = start") == "Kick-off = start"
    assert spreadsheet_cell(-3) == -3


def test_a_cell_beginning_with_a_tab_is_quoted() -> None:
    assert spreadsheet_cell("\t=1+2") == "'\t=1+2"
