"""The printed staff rota read back with pypdf (issue 15): a page per day with its shifts,
times, people and a shift short of people marked; a page per person with their shifts; in
English and Swedish; nothing clipped; and `eventplanner rota EVENT --pdf`."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdf
import pytest
from PySide6.QtGui import QImage

from eventplanner.cli import main
from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import Contact, EventDraft, Venue
from eventplanner.domain.rota import Shift, ShiftKind
from eventplanner.domain.timing import AllDaySpan
from eventplanner.printing.render import page_image, pages_for, write_pdf
from eventplanner.printing.rota import rota_document
from eventplanner.services.rota.records import Rota
from eventplanner.services.workspace import Workspace

STO = ZoneInfo("Europe/Stockholm")


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pages_of(path: Path) -> list[str]:
    return [flat(page.extract_text()) for page in pypdf.PdfReader(path).pages]


def at(day: int, hour: int) -> datetime:
    return datetime(2027, 3, day, hour, tzinfo=STO)


@pytest.fixture
def fair(tmp_path: Path) -> tuple[Path, Rota]:
    path = tmp_path / "fair.sqlite"
    workspace = Workspace.open(path)
    try:
        venue = workspace.venues.create(Venue(None, "Elmiamässan", city="Jönköping"))
        event = workspace.events.create(
            EventDraft("Elmia Subcontractor", AllDaySpan(date(2027, 3, 9), date(2027, 3, 10),
                       "Europe/Stockholm"), kind=EventKind.TRADE_FAIR, venue_id=venue.id)
        ).event.id or 0  # fmt: skip
        ada = workspace.contacts.create(Contact(None, "Ada Lind")).id or 0
        bo = workspace.contacts.create(Contact(None, "Bo Ek")).id or 0
        rota = workspace.rota
        add = rota.add_shift
        one = add(Shift(None, event, ShiftKind.OPEN_DAY, "Förmiddag", at(9, 9), at(9, 13), 2,
                        ("Tyska",))).record.id or 0  # fmt: skip
        two = add(Shift(None, event, ShiftKind.OPEN_DAY, "Eftermiddag", at(9, 13), at(9, 17),
                        1)).record.id or 0  # fmt: skip
        three = add(Shift(None, event, ShiftKind.TEAR_DOWN, "", at(10, 17), at(10, 20), 1))
        rota.assign(one, ada)
        rota.assign(two, bo)
        rota.assign(three.record.id or 0, ada)
        return path, rota.rota(event)
    finally:
        workspace.close()


def test_a_page_per_day_then_a_page_per_person(
    qapp, fair: tuple[Path, Rota], tmp_path: Path
) -> None:
    _, rota = fair
    target = tmp_path / "rota.pdf"
    count = write_pdf(rota_document(rota), target)
    pages = pages_of(target)
    assert count == len(pages) == 4
    tuesday, wednesday, ada, bo = pages
    assert "Staff rota · Tuesday 9 March 2027" in tuesday
    assert "09:00–13:00 Förmiddag Requires: Tyska Ada Lind 1 of 2 MISSING 1" in tuesday
    assert "13:00–17:00 Eftermiddag Bo Ek 1 of 1" in tuesday
    assert "MISSING" not in tuesday.split("Eftermiddag")[1]
    assert "17:00–20:00 Tear-down Ada Lind 1 of 1" in wednesday
    assert "Staff rota · Ada Lind" in ada
    assert "Förmiddag" in ada and "Tear-down" in ada and "Eftermiddag" not in ada
    assert "Elmiamässan, Jönköping" in ada
    assert "Eftermiddag" in bo and "Förmiddag" not in bo


def test_one_persons_rota_in_swedish_and_nothing_clipped(
    qapp, fair: tuple[Path, Rota], tmp_path: Path
) -> None:
    _, rota = fair
    ada = next(p.contact_id for p in rota.people if p.contact_name == "Ada Lind")
    document = rota_document(rota, person=ada, language="sv")
    target = tmp_path / "ada.pdf"
    assert write_pdf(document, target) == 1
    (page,) = pages_of(target)
    assert "Pass för Ada Lind" in page
    assert "tisdag 9 mars 2027" in page and "Rivning" in page
    image = page_image(rota_document(rota), 1, dpi=60)
    assert isinstance(image, QImage) and not image.isNull()
    boxes = [box for page in pages_for(rota_document(rota), image) for box in page.boxes]
    assert boxes and not any(box.clipped for box in boxes)
    width, height = image.width() / 60 * 72, image.height() / 60 * 72
    assert all(box.x + box.width <= width and box.y + box.height <= height for box in boxes)


def test_the_command_line_prints_the_rota(qapp, fair: tuple[Path, Rota], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    database, _ = fair
    target = tmp_path / "wall.pdf"
    status = main(["--database", str(database), "rota", "Elmia Subcontractor", "--pdf",
                   str(target)])  # fmt: skip
    assert status == 0
    assert "(4 pages): Staff rota" in capsys.readouterr().out
    status = main(["--database", str(database), "rota", "Elmia Subcontractor", "--pdf",
                   str(tmp_path / "bo.pdf"), "--person", "Bo Ek", "--language", "sv"])  # fmt: skip
    assert status == 0
    assert len(pages_of(tmp_path / "bo.pdf")) == 1
    main(["--database", str(database), "contact", "add", "--name", "Cai Berg"])
    capsys.readouterr()
    status = main(["--database", str(database), "rota", "Elmia Subcontractor", "--pdf",
                   str(tmp_path / "cai.pdf"), "--person", "Cai Berg"])  # fmt: skip
    assert status != 0
    assert "Cai Berg is on no shift of 'Elmia Subcontractor'" in capsys.readouterr().err
    assert not (tmp_path / "cai.pdf").exists()
