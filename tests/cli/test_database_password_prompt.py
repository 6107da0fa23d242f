"""The command line asks for a database password on the terminal only; from a pipe it says
where to put the password instead."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from eventplanner.cli import commands, main, opening
from eventplanner.domain.errors import PasswordNeededError
from eventplanner.services.workspace import Workspace

SERVER = "postgresql+psycopg://anna@db.example:5432/planering"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def passwords(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Workspace.open as a server that wants "hemligt" would answer; the passwords tried."""
    tried: list[str | None] = []
    real_open = Workspace.open

    def open_(target: object = None, *, password: str | None = None) -> Workspace:
        tried.append(password)
        if password != "hemligt":
            raise PasswordNeededError(
                f"The server of {target} asks for the password of anna.",
                target=str(target), user="anna", refused=password is not None,
            )  # fmt: skip
        return real_open(tmp_path / "planering.sqlite")

    monkeypatch.setattr(commands.Workspace, "open", open_)
    return tried


def test_on_a_terminal_the_password_is_asked_for(
    passwords: list[str | None], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter(["fel", "hemligt"])
    prompts: list[str] = []
    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr(
        opening.getpass, "getpass", lambda prompt: prompts.append(prompt) or next(answers)
    )
    assert main(["--database", SERVER, "list", "--all"]) == 0
    assert passwords == [None, "fel", "hemligt"]
    assert prompts == ["Password of anna: "] * 2
    assert "asks for the password of anna" in capsys.readouterr().err


def test_from_a_pipe_it_says_where_the_password_goes(
    passwords: list[str | None], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("hemligt\n"))
    monkeypatch.setattr(opening.getpass, "getpass", pytest.fail)
    assert main(["--database", SERVER, "list", "--all"]) == 1
    assert passwords == [None]
    assert "Give it in PGPASSWORD or ~/.pgpass" in capsys.readouterr().err
