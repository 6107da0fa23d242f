"""An answer that may come back after its window has gone (read or written off the GUI
thread, or a signal of the planner's): handed on only while the widget it is for exists."""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec

import shiboken6
from PySide6.QtCore import QObject

P = ParamSpec("P")


def while_alive(owner: QObject, callback: Callable[P, None]) -> Callable[P, None]:
    """``callback``, skipped once ``owner`` (its C++ object) is gone."""

    def call(*args: P.args, **kwargs: P.kwargs) -> None:
        if shiboken6.isValid(owner):
            callback(*args, **kwargs)

    return call
