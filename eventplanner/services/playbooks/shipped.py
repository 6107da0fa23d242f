"""The playbooks shipped with Eventplanner (``resources/playbooks/*.json``): read from the
package, never stored, so each version brings its own; copied to the database to edit."""

from __future__ import annotations

from functools import cache
from importlib import resources

from eventplanner.domain.playbook_files import loads
from eventplanner.domain.playbooks import Playbook


@cache
def shipped_playbooks() -> tuple[Playbook, ...]:
    """Every shipped playbook, in the order of their files' names."""
    folder = resources.files("eventplanner") / "resources" / "playbooks"
    entries = sorted((e for e in folder.iterdir() if e.name.endswith(".json")),
                     key=lambda e: e.name)  # fmt: skip
    return tuple(loads(e.read_text("utf-8"), source=e.name) for e in entries)
