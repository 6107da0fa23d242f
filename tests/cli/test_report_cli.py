"""`eventplanner report` and `eventplanner target …`: the figures as JSON and as a table, the
PDF read back with pypdf and the workbook with openpyxl, in English and Swedish; targets
added, changed and removed; bad input named with nothing changed."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from eventplanner.services.workspace import Workspace
from tests.cli.runner import Cli, ok
from tests.services.report_world import ReportWorld, build_report_world

PERIOD = ("--from", "2021-01-01", "--to", "2021-12-31")


@pytest.fixture
def world(workspace: Workspace) -> ReportWorld:
    return build_report_world(workspace)


def test_the_report_as_json(cli: Cli, world: ReportWorld) -> None:
    record = json.loads(ok(cli, "report", "--project", "Stålet digitalt", *PERIOD,
                           "--format", "json"))  # fmt: skip
    assert record["funder"] == "Energimyndigheten"
    assert record["events"]["held"] == 6
    assert (record["events"]["public"], record["events"]["closed"]) == (4, 2)
    assert record["events"]["hours"] == 11.5
    assert record["participations"] == {
        "registered": 9, "attended": 6,
        "by_status": {"attended": 6, "cancelled": 1, "no_show": 1, "registered": 2},
    }  # fmt: skip
    reach = record["reach"]
    assert (reach["people"], reach["organisations"], reach["people_registered"]) == (5, 3, 7)
    assert {"value": "sme", "people": 2, "organisations": 2} in reach["by_size"]
    assert record["programme"] == {"sessions": 2, "speakers": 1}
    assert record["budget"]["actual_per_participant"] == "583.33"
    assert [(t["name"], t["actual"], t["progress"]) for t in record["targets"]] == [
        ("Seminarier", 4, 40),
        ("Deltagare", 6, 2),
        ("Företag", 3, 7),
    ]


def test_a_report_short_of_the_whole_run_leaves_the_projects_own_lines_out(
    cli: Cli, world: ReportWorld, tmp_path: Path
) -> None:
    half = ("--from", "2021-01-01", "--to", "2021-06-30")
    record = json.loads(ok(cli, "report", "--project", "Stålet digitalt", *half,
                           "--format", "json"))  # fmt: skip
    assert record["budget"]["planned_costs"] == "3000.00"
    assert record["budget"]["own_lines_left_out"] == {"planned_costs": "1000.00",
                                                      "actual_costs": "1000.00"}  # fmt: skip
    whole = json.loads(ok(cli, "report", "--project", "Stålet digitalt", *PERIOD,
                          "--format", "json"))  # fmt: skip
    assert whole["budget"]["own_lines_left_out"] is None
    text = ok(cli, "report", "--project", "Stålet digitalt", *half)
    assert "Project's own costs, not counted (only over its whole run)" in text
    pdf = tmp_path / "half.pdf"
    ok(cli, "report", "--project", "Stålet digitalt", *half, "--pdf", str(pdf), "--language", "sv")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Projektets egna kostnader, ej medräknade" in text


def test_the_report_as_a_table_in_swedish(cli: Cli, world: ReportWorld) -> None:
    text = ok(cli, "report", "--project", str(world.project_id), *PERIOD, "--language", "sv")
    assert "Rapport till finansiären: Stålet digitalt" in text
    assert "Räckvidd per aktörstyp" in text
    assert "Näringsliv" in text
    assert "11,5" in text and "11.5" not in text  # the hours, with a decimal comma


def test_pdf_and_workbook_in_both_languages(cli: Cli, world: ReportWorld, tmp_path: Path) -> None:
    for language, title, seminar in (("en", "Report to the funder", "Seminar"),
                                     ("sv", "Rapport till finansiären", "Seminarium")):  # fmt: skip
        pdf, xlsx = tmp_path / f"r-{language}.pdf", tmp_path / f"r-{language}.xlsx"
        out = ok(cli, "report", "--project", "Stålet digitalt", *PERIOD, "--pdf", str(pdf),
                 "--xlsx", str(xlsx), "--language", language)  # fmt: skip
        assert f"wrote {pdf}" in out and f"wrote {xlsx}" in out
        reader = PdfReader(pdf)
        text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
        assert title in text and "Stålet digitalt" in text and "Energimyndigheten" in text
        assert seminar in text and "2021-01-01" in text
        assert reader.pages[0].mediabox.width == pytest.approx(595, abs=1)
        book = load_workbook(xlsx)
        assert len(book.sheetnames) == 10
        events = book.worksheets[2]
        assert events.cell(1, 1).font.bold
        rows = {row[0]: row for row in events.iter_rows(min_row=2, values_only=True)}
        assert rows[seminar][1:4] == (4, 4, 0)
        assert isinstance(rows[seminar][1], int)
        assert events.column_dimensions["A"].width > 8
        budget = book.worksheets[-2]
        values = list(budget.iter_rows(min_row=2, values_only=True))
        assert Decimal(str(values[0][1])) == 4000
        assert Decimal(str(values[3][2])) == Decimal("583.33")


def test_targets_from_the_command_line(cli: Cli, world: ReportWorld) -> None:
    listed = json.loads(ok(cli, "target", "list", "--project", "Stålet digitalt",
                           "--format", "json"))  # fmt: skip
    assert [t["name"] for t in listed] == ["Seminarier", "Deltagare", "Företag"]
    out = ok(
        cli,
        "target",
        "add",
        "--project",
        "Stålet digitalt",
        "--name",
        "SMF",
        "--kind",
        "smes",
        "--amount",
        "20",
        "--from",
        "2021-01-01",
        "--to",
        "2021-12-31",
    )
    assert "Added target" in out and "SMF: 20 smes" in out
    added = json.loads(ok(cli, "target", "list", "--project", "Stålet digitalt",
                          "--format", "json"))[-1]  # fmt: skip
    ok(cli, "target", "edit", str(added["id"]), "--amount", "4")
    record = json.loads(ok(cli, "report", "--project", "Stålet digitalt", *PERIOD,
                           "--format", "json"))  # fmt: skip
    assert (record["targets"][-1]["actual"], record["targets"][-1]["progress"]) == (2, 50)
    assert "Removed target" in ok(cli, "target", "remove", str(added["id"]))


def test_bad_input_is_named_and_changes_nothing(cli: Cli, world: ReportWorld) -> None:
    status, _, err = cli("target", "add", "--project", "Stålet digitalt", "--name", "X",
                         "--kind", "smes", "--amount", "0")  # fmt: skip
    assert status != 0 and "amount" in err
    status, _, err = cli("target", "add", "--project", "Stålet digitalt", "--name", "X",
                         "--kind", "smiles", "--amount", "3")  # fmt: skip
    assert status != 0 and "--kind" in err and "smes" in err
    status, _, err = cli("target", "add", "--project", "Stålet digitalt", "--name", "X",
                         "--kind", "smes", "--amount", "3", "--event-kind", "seminar")  # fmt: skip
    assert status != 0 and "event kind" in err
    status, _, err = cli("report", "--project", "Stålet digitalt", "--from", "2021-12-31",
                         "--to", "2021-01-01")  # fmt: skip
    assert status != 0 and "before it starts" in err
    # With no --from, a project without dates of its own has no period to report.
    status, _, err = cli("report", "--project", "Mikrofabriker")
    assert status != 0 and "--from" in err
    listed = json.loads(ok(cli, "target", "list", "--project", "Stålet digitalt",
                           "--format", "json"))  # fmt: skip
    assert len(listed) == 3


def test_the_report_tables_as_csv_for_excel(cli: Cli, world: ReportWorld, tmp_path: Path) -> None:
    """Issue 16: the report tables export to CSV as Excel opens it (UTF-8 with a byte-order
    mark, semicolons, a decimal comma in Swedish), each table under its title."""
    target = tmp_path / "rapport.csv"
    out = ok(cli, "report", "--project", "Stålet digitalt", *PERIOD, "--csv", str(target),
             "--language", "sv")  # fmt: skip
    assert f"wrote {target}" in out
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8")), delimiter=";"))
    assert rows[0] == ["Rapport till finansiären"]
    assert ["Projekt", "Stålet digitalt"] in rows
    seminar = next(r for r in rows if r and r[0] == "Seminarium")
    assert seminar[1:4] == ["4", "4", "0"]
    assert any("583,33" in row for row in rows)  # cost per participant, a decimal comma
    assert sum(1 for r in rows if not r) >= 8  # a blank line before each table
