"""Python's imports in a process that has loaded PySide6, made as cheap as they are without it.

Once PySide6 is loaded, every module imported after it is handed to a hook of PySide's
(``shibokensupport.feature``) that asks whether its source mentions "PySide6", to know
whether ``from __feature__ import snake_case`` could apply to it. It asks through
``inspect.getsource``, which reads the file through ``linecache`` and finds the module's
lines: SQLAlchemy and the database layer, loaded by the thread that opens the database after
the window's first paint, took some 75 ms longer to load in the app than without PySide
(a tenth of their loading), before the database could give its first answer.

``quicken`` gives the hook the same answers the cheap way. Without reading a file where the
answer is known: our layers below the UI never name PySide6 (the import contract "No Qt
below the UI"), nor does the standard library, and an extension module has no source for
``inspect`` to find. Otherwise by searching the file's bytes; anything else (no source file,
one in an archive, a file that cannot be read) is still PySide's to judge. Reading each of
the window's some 90 modules cost its first paint about 4 ms.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from importlib.machinery import EXTENSION_SUFFIXES
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
_QUICK = "_eventplanner_quick"
WITHOUT_QT = ("domain", "persistence", "ical", "services", "cli")
"""Our packages that never name PySide6 (lint-imports holds them to it)."""


def quicken() -> None:
    """Have PySide's import hook look at each new module's source the cheap way (once per
    process; nothing when this PySide has no such hook)."""
    feature = sys.modules.get(FEATURE_MODULE)
    uses_pyside: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or uses_pyside is None or getattr(uses_pyside, _QUICK, False):
        return
    judge = uses_pyside
    without_qt = tuple(f"eventplanner.{package}." for package in WITHOUT_QT)
    without_qt_packages = {name[:-1] for name in without_qt}
    standard = _standard_library()
    extensions = tuple(EXTENSION_SUFFIXES)

    def mentions_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if isinstance(name, str) and (name.startswith(without_qt) or name in without_qt_packages):
            return False
        path = getattr(module, "__file__", None)
        if not isinstance(path, str):
            return judge(module)
        if path.endswith(extensions):
            return False  # inspect finds no source in a compiled extension
        if not path.endswith(".py"):
            return judge(module)
        if _in_standard_library(path, standard):
            return False
        try:
            with io.open_code(path) as source:  # as imports read files: cheaper than Path
                return b"PySide6" in source.read()
        except OSError:
            return judge(module)

    setattr(mentions_pyside, _QUICK, True)
    setattr(feature, "_mod_uses_pyside", mentions_pyside)  # noqa: B010 - a private hook


def _standard_library() -> str:
    """The standard library's folder, with its separator: where ``os`` was loaded from."""
    return os.__file__.rpartition(os.sep)[0] + os.sep


def _in_standard_library(path: str, folder: str) -> bool:
    """Whether ``path`` is a module of the standard library itself, not of a package
    installed inside its folder (some system Pythons keep ``site-packages`` there)."""
    return path.startswith(folder) and not any(
        part in path for part in ("site-packages", "dist-packages")
    )
