"""`eventplanner stand deadline add|edit|remove … --dry-run` says which tasks counted from
the fair organiser's deadline would move, from → to, and writes nothing; the write after it
moves just those."""

from __future__ import annotations

import json

from tests.cli.runner import Cli, ok


def _due_dates(cli: Cli) -> list[str]:
    return [t["due_date"] for t in json.loads(ok(cli, "task", "list", "--format", "json"))]


def test_a_dry_run_lists_the_moves_the_write_then_makes(cli: Cli) -> None:
    ok(cli, "add", "--title", "Elmia", "--kind", "trade fair", "--start", "2027-03-16 09:00",
       "--end", "2027-03-18 17:00")  # fmt: skip
    out = ok(cli, "stand", "deadline", "add", "Elmia", "--kind", "catalogue text",
             "--due", "2027-01-15")  # fmt: skip
    ident = out.split()[2].rstrip(":")
    ok(cli, "task", "add", "--title", "Katalogtext", "--event", "1",
       "--due", "2wd before fair:catalogue_text")  # fmt: skip

    dry = ok(cli, "stand", "deadline", "edit", "Elmia", ident, "--due", "2027-01-29", "--dry-run")
    assert dry.splitlines() == [
        "Would change the deadline Catalogue text by 2027-01-29 (a dry run: nothing was saved)",
        "Would move 1 task with the deadline:",
        "      1  Katalogtext: 2027-01-13 → 2027-01-27",
    ]
    assert _due_dates(cli) == ["2027-01-13"]
    assert "2027-01-15" in ok(cli, "stand", "deadline", "list", "Elmia")
    wrote = ok(cli, "stand", "deadline", "edit", "Elmia", ident, "--due", "2027-01-29")
    assert wrote.splitlines()[1:] == ["Moved 1 task with the deadline:", dry.splitlines()[2]]
    assert _due_dates(cli) == ["2027-01-27"]

    earlier = ok(cli, "stand", "deadline", "add", "Elmia", "--kind", "catalogue text",
                 "--due", "2027-01-08", "--dry-run")  # fmt: skip
    assert "Katalogtext: 2027-01-27 → 2027-01-05" in earlier
    removed = ok(cli, "stand", "deadline", "remove", "Elmia", ident, "--dry-run")
    assert removed.splitlines() == [
        "Would remove the deadline Catalogue text by 2027-01-29 (a dry run: nothing was saved)",
        "No task would move.",
    ]
    assert len(json.loads(ok(cli, "stand", "deadline", "list", "Elmia", "--format", "json"))) == 1
    status, _out, err = cli("stand", "deadline", "add", "Elmia", "--kind", "catalogue text",
                            "--due", "2027-01-08", "--title", "x" * 201, "--dry-run")  # fmt: skip
    assert status == 1 and "title" in err
