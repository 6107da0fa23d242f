"""Python's imports in a process that has loaded PySide6, made as cheap as they are without it.

Once PySide6 is loaded, every module imported after it is handed to a hook of PySide's
(``shibokensupport.feature``) that asks whether its source mentions "PySide6", to know
whether ``from __feature__ import snake_case`` could apply to it. It asks through
``inspect.getsource``, which reads the file through ``linecache`` and finds the module's
lines: SQLAlchemy and the database layer, loaded by the thread that opens the database after
the window's first paint, took some 75 ms longer to load in the app than without PySide
(a tenth of their loading), before the database could give its first answer.

``quicken`` gives the hook the same answer by searching the file's bytes; anything else (no
source file, one in an archive, a file that cannot be read) is still PySide's to judge.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
_QUICK = "_eventplanner_quick"


def quicken() -> None:
    """Have PySide's import hook look at each new module's source the cheap way (once per
    process; nothing when this PySide has no such hook)."""
    feature = sys.modules.get(FEATURE_MODULE)
    uses_pyside: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or uses_pyside is None or getattr(uses_pyside, _QUICK, False):
        return
    judge = uses_pyside

    def mentions_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return judge(module)
        try:
            return b"PySide6" in Path(path).read_bytes()
        except OSError:
            return judge(module)

    setattr(mentions_pyside, _QUICK, True)
    setattr(feature, "_mod_uses_pyside", mentions_pyside)  # noqa: B010 - a private hook
