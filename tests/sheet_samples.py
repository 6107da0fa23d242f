"""Registration lists as web forms and Excel write them, for the import's tests: CSV with
commas or semicolons, with or without a byte-order mark, in Windows-1252; XLSX with Excel
dates; a malformed list and a workbook cut short."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

HEADERS_SV = ["Förnamn", "Efternamn", "E-post", "Organisation", "Organisationsnummer",
              "Telefon", "Titel/Roll", "Kost/Allergier", "Registrerad"]  # fmt: skip
ROWS_SV = [
    ["Åsa", "Öberg", "asa.oberg@abb.se", "ABB Robotics", "556029-7813", "+46 70 111 22 33",
     "Ingenjör", "vegetarisk", "2027-03-01 09:15"],
    ["Per", "Ärlig", "per@mdu.se", "Mälardalens universitet", "", "021-10 13 00",
     "Lektor", "", "2027-03-01 10:00"],
    ["Lena", "Nyström", "lena@nyföretag.se", "Nyföretag AB", "", "", "VD", "nötter",
     "2027-03-02 08:30"],
    ["Åsa", "Öberg", "ASA.OBERG@abb.se", "", "", "", "", "laktos", "2027-03-03 12:00"],
]  # fmt: skip


def csv_text(delimiter: str = ";") -> str:
    lines = [HEADERS_SV, *ROWS_SV]
    return "\r\n".join(delimiter.join(cells) for cells in lines) + "\r\n"


def write_csv(
    path: Path, *, delimiter: str = ";", encoding: str = "utf-8", bom: bool = False
) -> Path:
    data = csv_text(delimiter).encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_xlsx(path: Path, rows: int = 0, *, headers: list[str] | None = None) -> Path:
    """A workbook with the Swedish list, or ``rows`` generated rows, "Registrerad" as real
    Excel dates."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(headers or HEADERS_SV)
    if rows == 0:
        for row in ROWS_SV:
            sheet.append([*row[:-1], datetime.fromisoformat(row[-1])])
    else:
        for i in range(rows):
            sheet.append(generated_row(i))
    for cell in sheet["I"][1:]:
        cell.number_format = "yyyy-mm-dd hh:mm"
    book.save(path)
    return path


def generated_row(i: int) -> list[object]:
    when = datetime(2027, 1, 1, 8, i % 60)
    return [f"Person{i}", "Testsson", f"person{i}@example.se", f"Företag {i % 300}", "",
            4670000000 + i, "Ingenjör", "", when]  # fmt: skip


def write_truncated_xlsx(path: Path, whole: Path) -> Path:
    data = whole.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path
