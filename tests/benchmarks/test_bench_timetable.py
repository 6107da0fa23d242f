"""The timetable while a block is dragged: 500 sessions on 6 stages over 3 days, one drag
step (a mouse move, the block's new place worked out, and the frame painted).

The view shows a day at a time (about 167 of the 500 sessions, the day's breaks shaded
across every stage). Measured three times: the step with the whole day's frame painted
again (``repaint``: a scroll or an expose), the step as the window does it, painting only
what changed (``update`` of the old and new place, then the event loop), and the step with
the view made a pixel wider or narrower first, so that nothing painted before can be kept
(a resize; the view's font or palette changed). The floor is the same QWidget, as large,
repainting 500 plain rectangles (resized the same way for the third).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from benchdata import measure, report
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import EventDraft
from eventplanner.domain.programme import Session, SessionKind, Stage, Target
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan
from eventplanner.services.workspace import Workspace
from eventplanner.ui.programme.programme_texts import people_text
from eventplanner.ui.programme.timetable_layout import day_layout
from eventplanner.ui.programme.timetable_view import PER_MINUTE, TimetableView

GOAL_MS = 16.0
FIRST = date(2027, 1, 26)
SESSIONS, STAGES, DAYS = 500, 6, 3

pytestmark = pytest.mark.timeout(1800)


def _build(path: Path) -> tuple[Workspace, int]:
    workspace = Workspace.open(path)
    timing = AllDaySpan(FIRST, FIRST + timedelta(days=DAYS - 1), "Europe/Stockholm")
    event = workspace.events.create(
        EventDraft("Innovationsdagarna (benchmark)", timing, EventKind.INNOVATION_DAY)
    ).event
    service = workspace.programme
    stages = [service.add_stage(Stage(None, event.id, f"Scen {n + 1}", position=n)).record
              for n in range(STAGES)]  # fmt: skip
    tz = zone("Europe/Stockholm")
    per_column = -(-SESSIONS // (STAGES * DAYS))  # 28: 08:00 on, 20 minutes each
    made = 0
    for day in range(DAYS):
        for stage in stages:
            for n in range(per_column):
                if made == SESSIONS:
                    break
                start = datetime(2027, 1, 26 + day, 8, 0, tzinfo=tz) + timedelta(minutes=20 * n)
                kind = SessionKind.BREAK if n == 6 else SessionKind.TALK
                service.add_session(Session(None, event.id, f"Session {made + 1}: om "
                                            "digitala tvillingar i fabriken", start,
                                            start + timedelta(minutes=20), kind,
                                            stage.id))  # fmt: skip
                made += 1
    return workspace, event.id


class PlainRectangles(QWidget):
    """The floor: 500 plain rectangles, painted whole."""

    def __init__(self, rects: list[QRectF]) -> None:
        super().__init__()
        self._rects = rects

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("white"))
        painter.setPen(QColor("#2f6db5"))
        painter.setBrush(QColor("#d0dff0"))
        for rect in self._rects:
            painter.drawRect(rect)
        painter.end()


def _move(view: QWidget, point: QPoint) -> None:
    QApplication.sendEvent(view, QMouseEvent(
        QEvent.Type.MouseMove, QPointF(point), QPointF(view.mapToGlobal(point)),
        Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    ))  # fmt: skip


def test_drag_step_to_its_painted_frame(qapp: QApplication, tmp_path: Path) -> None:
    workspace, event_id = _build(tmp_path / "timetable.sqlite")
    try:
        programme = workspace.programme.programme(event_id)
    finally:
        workspace.close()
    assert len(programme.sessions) == SESSIONS
    people = {s.id or 0: people_text([(p.contact_name, p.role)
                                      for p in programme.people_on(Target.SESSION, s.id or 0)])
              for s in programme.sessions}  # fmt: skip
    layout = day_layout(FIRST, programme.sessions, programme.stages, "No stage")
    view = TimetableView()
    view.set_day(layout, programme.event.time_zone, people)
    view.resize(1240, view.sizeHint().height())
    view.show()
    qapp.processEvents()
    placed = layout.placed[40]
    assert placed.session.id is not None
    start = view.rect_of(placed.session.id).center().toPoint()
    QApplication.sendEvent(view, QMouseEvent(
        QEvent.Type.MouseButtonPress, QPointF(start), QPointF(view.mapToGlobal(start)),
        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    ))  # fmt: skip
    _move(view, start + QPoint(0, 20))  # the drag has started
    step = [0]

    def target() -> QPoint:
        step[0] += 1
        offset = (step[0] % 24) * round(5 * PER_MINUTE)  # a new 5-minute slot each step
        column = step[0] % STAGES
        return QPoint(int(view.block_rect(column, 0, 5).center().x()), start.y() + offset)

    def whole_frame() -> None:
        _move(view, target())
        view.repaint()

    def as_the_window_does() -> None:
        _move(view, target())
        qapp.processEvents()

    height = view.height()

    def after_a_resize() -> None:
        view.resize(1240 + step[0] % 2, height)
        _move(view, target())
        view.repaint()

    whole_ms = measure(whole_frame, repeats=60, warmup=5)
    partial_ms = measure(as_the_window_does, repeats=60, warmup=5)
    resized_ms = measure(after_a_resize, repeats=60, warmup=5)
    view.close()
    rects = []
    width = (1240 - 52) / STAGES
    for n in range(SESSIONS):
        column, row = n % STAGES, (n // STAGES) % 28
        rects.append(QRectF(52 + column * width, 30 + row * 24, width - 5, 22))
    floor_view = PlainRectangles(rects)
    floor_view.resize(view.size())
    floor_view.show()
    qapp.processEvents()
    floor_ms = measure(floor_view.repaint, repeats=60, warmup=5)
    resizes = [0]

    def floor_resized() -> None:
        resizes[0] += 1
        floor_view.resize(1240 + resizes[0] % 2, height)
        floor_view.repaint()

    floor_resized_ms = measure(floor_resized, repeats=60, warmup=5)
    floor_view.close()
    floor_view.deleteLater()
    view.deleteLater()
    qapp.processEvents()
    print(f"\nTIMETABLE {SESSIONS} sessions on {STAGES} stages over {DAYS} days; the day "
          f"shown holds {len(layout.placed)}, view {view.width()}×{view.height()} px")  # fmt: skip
    floor = ("the same QWidget repainting 500 plain rectangles", floor_ms)
    report("drag step, whole day's frame repainted", whole_ms, floor=floor, goal_ms=GOAL_MS)
    report("drag step, changed region painted (as the window does)", partial_ms, floor=floor,
           goal_ms=GOAL_MS)  # fmt: skip
    report("drag step after a resize, whole frame painted with nothing kept", resized_ms,
           floor=("the same QWidget resized and repainting 500 plain rectangles",
                  floor_resized_ms), goal_ms=GOAL_MS)  # fmt: skip
