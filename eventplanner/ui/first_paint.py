"""Work a window's first frame does not need, done once that frame has been painted.

A window's first paint arrives at the window itself before its children, which are painted
in the same go: ``then`` runs from the event loop right after, once the whole frame is on
the screen. The filter watches the window alone, not the application: a filter there has
every event of every object pass through Python, and PySide make the enums of each class it
meets on the way (tens of milliseconds before the first paint).

Only a paint counts, not a timer: a slow first frame (a loaded machine, a profiler) would
otherwise see the timer fire first and lay out, in that frame, what was meant to wait for
it. ``fallback_ms`` is for work that must happen even if the window is never painted (shown
minimised, or hidden on a screen that never exposes it): it runs that long after the window
was shown, if no paint came first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None], fallback_ms: int | None) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        self._fallback_ms = fallback_ms
        window.installEventFilter(self)
        if fallback_ms is not None and window.isVisible():
            QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._then is not None:
            kind = event.type()
            if kind == QEvent.Type.Paint:
                QTimer.singleShot(0, self, self._fire)  # once this frame is painted
            elif kind == QEvent.Type.Show and self._fallback_ms is not None:
                QTimer.singleShot(self._fallback_ms, self, self._fire)
        return False

    def _fire(self) -> None:
        if self._then is not None:
            then, self._then = self._then, None
            self._window.removeEventFilter(self)
            then()


def after_first_paint(
    window: QWidget, then: Callable[[], None], *, fallback_ms: int | None = None
) -> None:
    """Call ``then`` once, right after the first paint of ``window`` (or ``fallback_ms``
    after it was shown, if it has not been painted by then)."""
    _FirstPaint(window, then, fallback_ms)
