"""What the command-line tests share: the ``cli`` fixture runs ``eventplanner ARGS``
against the test database in Stockholm time (``ok`` in :mod:`tests.cli.runner` insists
that it succeeded)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import URL

from eventplanner.cli import main
from tests.cli.runner import Cli


@pytest.fixture
def cli(
    qapp: QApplication,
    database_url: URL,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Cli:
    """Run ``eventplanner ARGS`` against the test database; returns (status, out, err).
    ``qapp`` first: a command that prints (a PDF) would otherwise make a bare
    QGuiApplication, which the widget tests after it in the same run cannot use."""
    monkeypatch.delenv("EVENTPLANNER_DATABASE_URL", raising=False)
    monkeypatch.setenv("EVENTPLANNER_TIME_ZONE", "Europe/Stockholm")
    target = database_url.render_as_string(hide_password=False)

    def run(*args: str) -> tuple[int, str, str]:
        status = main(["--database", target, *args])
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    return run
