"""Database passwords are never written into the settings: they come from libpq's own
places or are asked for once a run, with a password dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QLineEdit

from eventplanner.domain.errors import PasswordNeededError
from eventplanner.services.workspace import Workspace
from eventplanner.ui.jobs import JobRunner
from eventplanner.ui.planner import Planner
from eventplanner.ui.settings import Settings, without_password
from eventplanner.ui.window.main_window import MainWindow

SERVER = "postgresql+psycopg://anna@db.example:5432/planering"
WITH_PASSWORD = "postgresql+psycopg://anna:hemligt%21@db.example:5432/planering"


def _ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _file_text(tmp_path: Path) -> str:
    return (tmp_path / "settings.ini").read_text(encoding="utf-8")


def test_a_url_is_remembered_without_its_password(tmp_path: Path) -> None:
    settings = Settings(_ini(tmp_path))
    settings.remember_database(WITH_PASSWORD)
    settings.sync()
    assert settings.last_database == SERVER
    assert settings.recent_databases == [SERVER]
    assert "hemligt" not in _file_text(tmp_path)


def test_settings_holding_passwords_are_cleaned_at_the_next_start(tmp_path: Path) -> None:
    old = _ini(tmp_path)  # as an earlier version left them
    old.setValue("database/last", WITH_PASSWORD)
    old.setValue("database/recent", f'["{WITH_PASSWORD}", "{SERVER}", "/home/anna/plan.sqlite"]')
    old.sync()
    assert "hemligt" in _file_text(tmp_path)
    settings = Settings(_ini(tmp_path))
    settings.sync()
    assert "hemligt" not in _file_text(tmp_path)
    assert settings.last_database == SERVER
    assert settings.recent_databases == [SERVER, "/home/anna/plan.sqlite"]


def test_paths_and_urls_without_passwords_are_left_as_they_are() -> None:
    kept = ("/home/anna/plan.sqlite", r"C:\Users\anna\plan.sqlite", SERVER,
            "sqlite:////home/anna/plan.sqlite", "postgresql://db.example/planering")  # fmt: skip
    for target in kept:
        assert without_password(target) == target


class _Server:
    """An opener for a server that wants the password "hemligt!" (an SQLite file stands in
    for the database once the password is right)."""

    def __init__(self, sqlite_file: Path) -> None:
        self.sqlite_file = sqlite_file
        self.passwords: list[str | None] = []

    def __call__(self, target: str | None, password: str | None) -> Workspace:
        self.passwords.append(password)
        if password != "hemligt!":
            raise PasswordNeededError(
                "wants a password", target=str(target), user="anna", refused=password is not None
            )
        return Workspace.open(self.sqlite_file)


@pytest.fixture
def server(tmp_path: Path) -> _Server:
    return _Server(tmp_path / "planering.sqlite")


def test_the_desktop_asks_once_a_run_and_saves_no_password(
    qtbot, tmp_path: Path, server: _Server, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    answers = iter([("fel", True), ("hemligt!", True)])
    asked: list[tuple[str, str, QLineEdit.EchoMode]] = []

    def get_text(_parent, title: str, label: str, echo: QLineEdit.EchoMode, *_a):  # type: ignore[no-untyped-def]
        asked.append((title, label, echo))
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    planner = Planner(JobRunner(workers=2), JobRunner(workers=1), opener=server)
    settings = Settings(_ini(tmp_path))
    window = MainWindow(planner, settings)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(planner.opened, timeout=20_000):
            planner.open(SERVER)
        assert server.passwords == [None, "fel", "hemligt!"]
        assert [(title, echo) for title, _, echo in asked] == [
            ("Database password", QLineEdit.EchoMode.Password)
        ] * 2
        assert asked[0][1] == f"The database server asks for a password to open {SERVER}."
        assert asked[1][1].startswith("The password was not accepted.")
        # Opened again in the same run: the password is not asked for again.
        with qtbot.waitSignal(planner.opened, timeout=20_000):
            planner.open(SERVER)
        assert server.passwords[-1] == "hemligt!"
        assert len(asked) == 2
        qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    finally:
        planner.shutdown()
        window.close()
    settings.sync()
    assert settings.last_database == SERVER
    assert "hemligt" not in _file_text(tmp_path)
