"""An error on the command line is one line; ``--debug`` adds its traceback; the log keeps it."""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventplanner import app, cli
from eventplanner.app import logs
from eventplanner.cli import commands
from eventplanner.domain.errors import EventplannerError


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(folder))
    monkeypatch.delenv(cli.DEBUG_ENV, raising=False)
    return folder


def broken(args: argparse.Namespace) -> int:
    raise ZeroDivisionError("a bug in the listing")


def refused(args: argparse.Namespace) -> int:
    raise EventplannerError("no event has the id or UID '7'")


def test_a_bug_is_one_line_naming_the_log_and_the_log_holds_the_traceback(
    log_dir: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(commands, "run", broken)
    database = str(tmp_path / "planering.sqlite")
    assert app.main(["--database", database, "list"]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "ZeroDivisionError: a bug in the listing" in err and "--debug" in err
    log_file = log_dir / logs.FILE_NAME
    assert str(log_file) in err
    written = log_file.read_text(encoding="utf-8")
    assert "(command list)" in written and "list failed" in written
    assert "Traceback (most recent call last)" in written
    assert 'raise ZeroDivisionError("a bug in the listing")' in written
    assert database not in written  # the arguments are not logged (a URL may hold a password)
    assert not [h for h in logging.getLogger().handlers if isinstance(h, logs.RotatingLog)]


def test_debug_prints_the_traceback_of_a_bug(log_dir: Path, tmp_path: Path, capsys,
                                             monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    monkeypatch.setattr(commands, "run", broken)
    database = str(tmp_path / "planering.sqlite")
    assert app.main(["--debug", "--database", database, "list"]) == 70
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err
    assert 'raise ZeroDivisionError("a bug in the listing")' in err
    assert err.rstrip().splitlines()[-1].startswith("eventplanner: unexpected error")


def test_the_debug_variable_is_the_same_as_the_option(log_dir: Path, tmp_path: Path, capsys,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    monkeypatch.setattr(commands, "run", broken)
    monkeypatch.setenv(cli.DEBUG_ENV, "1")
    assert cli.main(["--database", str(tmp_path / "p.sqlite"), "list"]) == 70
    assert "Traceback (most recent call last)" in capsys.readouterr().err


def test_a_refusal_is_one_line_and_with_debug_its_traceback_too(
    log_dir: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(commands, "run", refused)
    database = str(tmp_path / "planering.sqlite")
    assert app.main(["--database", database, "show", "7"]) == 1
    assert capsys.readouterr().err == "eventplanner: no event has the id or UID '7'\n"
    assert app.main(["--debug", "--database", database, "show", "7"]) == 1
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err
    assert err.endswith("eventplanner: no event has the id or UID '7'\n")
    assert "show refused: no event has the id or UID '7'" in (log_dir / logs.FILE_NAME).read_text(
        encoding="utf-8"
    )


def test_the_log_rotates(log_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    for _ in range(40):
        with logs.logging_to_file("test"):
            logs.logger.info("x" * 100)
    names = sorted(p.name for p in log_dir.iterdir())
    assert names == [logs.FILE_NAME, *(f"{logs.FILE_NAME}.{n}" for n in range(1, logs.BACKUPS + 1))]
    assert all(p.stat().st_size <= 2_000 for p in log_dir.iterdir())


def test_debug_logs_in_detail(log_dir: Path) -> None:
    with logs.logging_to_file("test", debug=True):
        logging.getLogger("eventplanner.cli").debug("a detail")
    with logs.logging_to_file("test"):
        logging.getLogger("eventplanner.cli").debug("another detail")
    written = (log_dir / logs.FILE_NAME).read_text(encoding="utf-8")
    assert "a detail" in written and "another detail" not in written


def test_a_folder_that_cannot_be_made_means_no_log_not_a_failure(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("")
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(a_file / "logs"))
    with logs.logging_to_file("test") as log_file:
        assert log_file is None
    assert "no log file" in capsys.readouterr().err


def test_the_default_folder_is_the_platforms_user_log_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import platformdirs

    monkeypatch.delenv(logs.LOG_DIR_ENV, raising=False)
    assert logs.log_folder() == platformdirs.user_log_path("Eventplanner", appauthor=False)


def test_a_separate_process_logs_into_the_folder_it_is_given(tmp_path: Path) -> None:
    folder = tmp_path / "elsewhere"
    result = subprocess.run(
        [sys.executable, "-m", "eventplanner", "--database", str(tmp_path / "p.sqlite"),
         "db", "info"],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, logs.LOG_DIR_ENV: str(folder)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "(command db)" in (folder / logs.FILE_NAME).read_text(encoding="utf-8")
