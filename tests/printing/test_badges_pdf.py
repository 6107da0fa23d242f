"""Name badges and the attendance sheet read back: eight badges a page, one for each person
registered or arrived (not the waiting, cancelled or no-shows), each name once; the QR code
drawn module for module as segno made it for ``EP-P<person id>``; the sheet in Swedish and
English with a column to sign."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor

from eventplanner.domain.checkin import badge_code, door_row
from eventplanner.domain.registrations import RegistrationStatus as S
from eventplanner.printing.badges import (
    badge_cell,
    badges_image,
    qr_matrix,
    qr_square,
    write_badges,
    write_sheet,
)
from eventplanner.services.registrations.attendance import DoorList

STATUSES = (S.REGISTERED, S.ATTENDED, S.REGISTERED, S.WAITLISTED, S.CANCELLED, S.NO_SHOW)


def listed(count: int) -> DoorList:
    rows = tuple(
        door_row(n, 100 + n, f"Deltagare Nummer{n}", f"Företag {n} AB", f"p{n}@x.se",
                 STATUSES[n % len(STATUSES)])
        for n in range(count)
    )  # fmt: skip
    return DoorList(7, "Seminarium om stål", rows)


def text_of(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_eight_badges_a_page_one_a_person(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    people = listed(18)  # 9 registered or arrived
    target = tmp_path / "badges.pdf"
    assert write_badges(people, target) == 9
    pages = text_of(target)
    assert len(pages) == 2
    whole = " ".join(pages)
    printed = [r for r in people.rows if r.status in {S.REGISTERED, S.ATTENDED}]
    for row in people.rows:
        wanted = 1 if row in printed else 0
        assert whole.count(f"Nummer{row.registration_id} ") == wanted, row.name
        assert whole.count(badge_code(row.contact_id)) == wanted
    assert pages[0].count("Seminarium om stål") == 8


def test_the_qr_code_is_drawn_as_segno_made_it(qapp) -> None:  # type: ignore[no-untyped-def]
    people = listed(1)
    dpi = 300.0
    image = badges_image(people, dpi)
    matrix = qr_matrix(badge_code(100))
    assert len(matrix) == 21  # version 1: "EP-P100" fits
    square = qr_square(badge_cell(0))
    module = square.width() / (len(matrix) + 8)
    scale = dpi / 72
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            px = (square.left() + (x + 4.5) * module) * scale
            py = (square.top() + (y + 4.5) * module) * scale
            seen = QColor(image.pixel(round(px), round(py))).lightness()
            assert (seen < 128) == bool(dark), (x, y)


@pytest.mark.parametrize(("language", "words"), [
    ("en", ("Attendance sheet", "Name", "Organisation", "Signature")),
    ("sv", ("Närvarolista", "Namn", "Organisation", "Signatur")),
])  # fmt: skip
def test_the_attendance_sheet(qapp, tmp_path: Path, language: str, words: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "sheet.pdf"
    assert write_sheet(listed(60), target, language) >= 1  # type: ignore[arg-type]
    whole = " ".join(text_of(target))
    assert all(word in whole for word in words)
    assert whole.count("Deltagare Nummer") == 30
    empty = tmp_path / "empty.pdf"
    write_sheet(listed(0), empty, language)  # type: ignore[arg-type]
    assert ("Nobody is registered." if language == "en" else "Ingen är anmäld.") in text_of(empty)[
        0
    ]
