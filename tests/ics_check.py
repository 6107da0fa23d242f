"""Running ../shared/tools/ics-check (independent parsers, Outlook rules) on files tests wrote."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

# The tool lives beside the repository: /work/shared/tools next to /work/main (or a worktree).
TOOL = Path(__file__).resolve().parents[1].parent / "shared" / "tools" / "ics-check"


def check_ics(*files: Path) -> str:
    """ics-check's report on ``files``; the test fails when any file fails."""
    if not TOOL.exists():
        pytest.skip(f"ics-check is not installed at {TOOL}")
    done = subprocess.run(
        [str(TOOL), *(str(f) for f in files)], capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, f"ics-check failed:\n{done.stdout}\n{done.stderr}"
    assert done.stdout.count("verdict: PASS") == len(files), done.stdout
    return done.stdout
