"""A session's time line in the printed programme names its kind, but not twice: the
sample's lunches (called "Lunch") printed "12:00–13:00 · Lunch" over "Lunch"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventplanner.printing import documents
from eventplanner.printing.documents import Choice, DocumentKind
from eventplanner.services.workspace import Workspace
from tests.copies import Templates, sqlite_copy

DAYS = "Innovationsdagarna Västerås 2027"


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory, templates: Templates) -> dict[str, list[str]]:
    """Every line of the first day's page of the programme, English and Swedish."""
    path: Path = tmp_path_factory.mktemp("kinds") / "sample.sqlite"
    sqlite_copy(templates, path, "sample_year", date(2026, 11, 18))  # built once: copies.py
    workspace = Workspace.open(path)
    try:
        ((event_id, _),) = workspace.programme.events_titled(DAYS)
        printable = documents.load(workspace, event_id)
    finally:
        workspace.close()
    found: dict[str, list[str]] = {}
    for language in ("en", "sv"):
        choice = Choice(kind=DocumentKind.PROGRAMME, language=language)
        document = documents.document(printable, choice)
        found[language] = [line.text for line in _lines(document)]
    return found


def _lines(document: object) -> list[documents.Line]:
    found: list[documents.Line] = []

    def walk(value: object) -> None:
        if isinstance(value, documents.Line):
            found.append(value)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                walk(getattr(value, name))

    walk(document)
    return found


@pytest.mark.parametrize("language", ["en", "sv"])
def test_a_lunch_called_lunch_is_not_named_twice(
    texts: dict[str, list[str]], language: str
) -> None:
    lines = texts[language]
    assert "12:00–13:00" in lines
    assert not any(line.startswith("12:00–13:00 · ") for line in lines)


def test_other_kinds_are_still_named(texts: dict[str, list[str]]) -> None:
    assert "10:15–11:00 · Workshop" in texts["en"]
    assert "09:00–09:45 · Keynote" in texts["en"]
    assert "09:00–09:45 · Huvudtal" in texts["sv"]
