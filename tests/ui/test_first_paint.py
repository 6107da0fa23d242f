"""Work a window's first frame does not need runs right after that frame, never before it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from eventplanner.ui.first_paint import after_first_paint


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen.append(watched.objectName())
        return False


def _window(qtbot) -> tuple[QWidget, QLabel, _Paints]:  # type: ignore[no-untyped-def]
    window = QWidget()
    window.setObjectName("window")
    label = QLabel("A child painted in the same frame", window)
    label.setObjectName("child")
    QVBoxLayout(window).addWidget(label)
    qtbot.addWidget(window)
    paints = _Paints()
    window.installEventFilter(paints)
    label.installEventFilter(paints)
    return window, label, paints


def test_it_runs_once_the_whole_first_frame_is_painted(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _label, paints = _window(qtbot)
    ran: list[list[str]] = []
    after_first_paint(window, lambda: ran.append(list(paints.seen)), fallback_ms=5_000)
    qtbot.wait(50)  # not shown: nothing painted, nothing run, no timer running out
    assert ran == []
    window.show()
    qtbot.waitUntil(lambda: bool(ran))
    assert ran == [["window", "child"]]  # the window and its children, then the work
    window.update()
    qtbot.wait(50)
    assert len(ran) == 1  # once


def test_a_slow_first_frame_still_comes_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Without a fallback nothing but the paint starts the work, however long it takes."""
    window, _label, paints = _window(qtbot)
    ran: list[list[str]] = []
    after_first_paint(window, lambda: ran.append(list(paints.seen)))
    window.setUpdatesEnabled(False)  # shown, but not painted for a while
    window.show()
    qtbot.wait(300)
    assert ran == []
    window.setUpdatesEnabled(True)
    qtbot.waitUntil(lambda: bool(ran))
    assert ran[0][:1] == ["window"]


def test_a_window_never_painted_gets_its_work_done_after_the_fallback(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _label, paints = _window(qtbot)
    ran: list[int] = []
    after_first_paint(window, lambda: ran.append(len(paints.seen)), fallback_ms=100)
    window.setUpdatesEnabled(False)
    window.show()
    qtbot.waitUntil(lambda: bool(ran), timeout=2_000)
    assert ran == [0]
