"""File dialogs start in a folder that is there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from eventplanner.ui import folders


def test_the_documents_folder_when_there_is_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _kind: str(tmp_path))
    assert folders.documents_folder() == tmp_path


@pytest.mark.parametrize("location", ["", "/no/such/Documents"])
def test_the_home_folder_when_there_is_no_documents_folder(
    location: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A dialog asked to start in a missing folder offers its name ("Documents") as the file.
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _kind: location)
    assert folders.documents_folder() == Path.home()
