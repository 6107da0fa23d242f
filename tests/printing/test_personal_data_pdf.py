"""Everything held about a person as a PDF, in English and Swedish, read back with pypdf:
every place a person can be named is there, with what is held in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from eventplanner.printing.personal_data import personal_data_document
from eventplanner.printing.render import write_pdf
from eventplanner.services.workspace import Workspace
from tests.services.personal_data_world import NOW, build_world


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["Personal data held about Anna Berg", "Registrations", "Roles in sessions",
                "Staff rota shifts", "Stand badges", "Tasks owned", "Exported 2026-12-07 13:00"]),
        ("sv", ["Personuppgifter om Anna Berg", "Anmälningar", "Roller i programpunkter",
                "Pass i bemanningsschemat", "Monterbrickor", "Ansvar för uppgifter"]),
    ],
)  # fmt: skip
def test_the_pdf_holds_everything_in_its_language(  # type: ignore[no-untyped-def]
    qapp, workspace: Workspace, tmp_path: Path, language: str, words: list[str]
) -> None:
    world = build_world(workspace)
    held = workspace.personal_data.holdings(world.anna)
    path = tmp_path / "anna.pdf"
    pages = write_pdf(personal_data_document(held, at=NOW, language=language), path)  # type: ignore[arg-type]
    text = _text(path)
    assert pages == len(PdfReader(path).pages)
    for word in [*words, "anna.berg@abb.se", "Stålseminariet", "Automation Expo", "vegan",
                 "Opening keynote", "English", "dentist", "Book the stand", "Roll-up"]:  # fmt: skip
        assert word in text, word


def test_an_anonymised_person_prints_without_their_identity(  # type: ignore[no-untyped-def]
    qapp, workspace: Workspace, tmp_path: Path
) -> None:
    world = build_world(workspace)
    workspace.personal_data.anonymise([world.anna], at=NOW)
    held = workspace.personal_data.holdings(world.anna)
    path = tmp_path / "anon.pdf"
    write_pdf(personal_data_document(held, at=NOW), path)
    text = _text(path)
    assert f"Anonymised {world.anna}" in text
    assert "anna" not in text.casefold() and "vegan" not in text
