"""Where the team's shared tools and test data are: ``../shared`` beside the checkout, as on
every developer's machine, or the workplace's ``/work/shared`` when the checkout is a clone
elsewhere (CI clones main into a folder of its own); ``$EVENTPLANNER_SHARED`` overrides both."""

from __future__ import annotations

import os
from pathlib import Path

_REPO = Path(__file__).resolve().parents[1]


def _shared() -> Path:
    candidates = [Path(p) for p in (os.environ.get("EVENTPLANNER_SHARED"),) if p]
    candidates += [_REPO.parent / "shared", Path("/work/shared")]
    for folder in candidates:
        if (folder / "tools" / "ics-check").exists():
            return folder
    return candidates[0]


SHARED = _shared()
ICS_CHECK = SHARED / "tools" / "ics-check"
TESTDATA_ICS = SHARED / "testdata" / "ics"
