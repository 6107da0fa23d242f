"""Bringing a settings file written by an older version forward, one version at a time.

Like Picard's ``config_upgrade.py``: every change to what the settings file holds (a key
renamed, a value's form changed, a setting dropped) is a step from version n to n + 1 in
``STEPS``, and ``VERSION`` follows from them. A file at version 3 is brought to 5 by the steps
3 → 4 and 4 → 5, each written as soon as it is done. A file from a newer version is left as
it is: the settings this version knows are read from it as far as they make sense.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from PySide6.QtCore import QSettings

logger = logging.getLogger(__name__)

VERSION_KEY = "version"
FIRST_VERSION = 1
"""The version of the first settings files. A file without a version is a new one (every
version wrote it), or made by hand: read as the first."""


def _forget_the_search(store: QSettings) -> None:
    """1 → 2: the filter bar's search text is no longer remembered; take it out of the
    stored filters (``text`` in ``filters/json``), which version 1 still wrote."""
    stored = store.value("filters/json")
    if not isinstance(stored, str):
        return
    try:
        data = json.loads(stored)
    except ValueError:
        return  # damaged: read as defaults, left for the next save to replace
    if isinstance(data, dict) and "text" in data:
        del data["text"]
        store.setValue("filters/json", json.dumps(data, ensure_ascii=False))


STEPS: dict[int, Callable[[QSettings], None]] = {
    1: _forget_the_search,
}
"""Each step by the version it upgrades from: ``STEPS[n]`` turns a file of version n into
one of version n + 1. Add the next one as ``STEPS[VERSION]``."""

VERSION = FIRST_VERSION + len(STEPS)
"""The version this code writes."""


def stored_version(store: QSettings) -> int:
    """The version the file says it is (0 when it says none, or something unreadable)."""
    try:
        return int(str(store.value(VERSION_KEY, 0)))
    except (TypeError, ValueError):
        return 0


def upgrade(store: QSettings) -> int:
    """Bring ``store`` to ``VERSION`` step by step; the version it is at afterwards.

    A file from a newer version is not touched (logged): an older Eventplanner started once
    must not undo what the newer one wrote."""
    version = stored_version(store)
    if version > VERSION:
        logger.warning(
            "Settings file %s is from a newer Eventplanner (settings version %d, this one "
            "knows %d): left as it is, read as far as this version understands it",
            store.fileName(),
            version,
            VERSION,
        )
        return version
    for step in range(max(version, FIRST_VERSION), VERSION):
        STEPS[step](store)
        store.setValue(VERSION_KEY, step + 1)
        logger.info("Settings file %s upgraded to version %d", store.fileName(), step + 1)
    return VERSION
