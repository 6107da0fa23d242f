"""A stand on the sample's Västerås fair, made through the services, and its window shown
with its own undo stack (``.stack``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtGui import QUndoStack

from eventplanner.domain.stand import (
    CoExhibitor,
    DeadlineKind,
    ExhibitorStaff,
    Stand,
    StandDeadline,
    StandMaterial,
)
from eventplanner.services.workspace import Workspace
from eventplanner.ui.planner import Planner
from eventplanner.ui.stand.stand_window import StandWindow
from tests.ui.helpers import close_unasked

FAIR = "Automationsmässan Västerås 2027"
TODAY = date(2027, 2, 20)
"""The stand window's today: the catalogue text (1 February) is overdue."""


def organisation_id(workspace: Workspace, name: str) -> int:
    return next(o.id for o in workspace.organisations.list() if o.name == name and o.id)


def contact_id(workspace: Workspace, name: str) -> int:
    return next(c.id for c in workspace.contacts.list() if c.name == name and c.id)


def make_stand(workspace: Workspace) -> int:
    """The fair's stand: 60 m² in hall B led by the cluster's Märta Håkansson (so the
    cluster's people are badged under the cluster), ABB with 12 m² and its deadline and
    person, a registration done and a catalogue text overdue, a roll-up (the sample's phases give
    three open days)."""
    event_id = workspace.programme.events_titled(FAIR)[0][0]
    stand = workspace.stand
    for exhibitor in stand.stand(event_id).co_exhibitors:  # the sample's, emptied first
        stand.remove_co_exhibitor(exhibitor.id or 0)
    rest = stand.stand(event_id)  # the stand's own deadlines, people and items
    for deadline in rest.deadlines:
        stand.remove_deadline(deadline.id or 0)
    for person in rest.staff:
        stand.remove_staff(person.id or 0)
    for item in rest.materials:
        stand.remove_material(item.id or 0)
    found = stand.stand(event_id).stand
    assert found is not None
    lead = contact_id(workspace, "Märta Håkansson")
    stand.save_stand(Stand(found.id, event_id, organisation_id(workspace, "Västerås Mässor AB"),
                           "B", "B:12", 60.0, lead_contact_id=lead,
                           version=found.version))  # fmt: skip
    abb = stand.add_co_exhibitor(event_id, CoExhibitor(
        None, 0, organisation_id(workspace, "ABB"), contact_id(workspace, "Annika Söderberg"),
        area=12.0, staff_quota=3, badge_quota=4, brings="a robot cell", power_kw=16.0,
        floor_m2=9.0,
    )).record  # fmt: skip
    stand.add_co_exhibitor(event_id, CoExhibitor(
        None, 0, organisation_id(workspace, "Köpings Automation AB"), fee=Decimal("15000"),
    ))  # fmt: skip
    stand.add_deadline(event_id, StandDeadline(None, 0, DeadlineKind.REGISTRATION,
                                               date(2026, 12, 1), done=True))  # fmt: skip
    stand.add_deadline(event_id, StandDeadline(None, 0, DeadlineKind.CATALOGUE_TEXT,
                                               date(2027, 2, 1)))  # fmt: skip
    stand.add_deadline(event_id, StandDeadline(
        None, 0, DeadlineKind.ELECTRICITY_ORDER, date(2027, 2, 26), co_exhibitor_id=abb.id,
    ))  # fmt: skip
    stand.add_staff(event_id, ExhibitorStaff(None, 0, "Lena Berg", co_exhibitor_id=abb.id))
    stand.add_staff(event_id, ExhibitorStaff(None, 0, "Erik Dahlgren"))
    stand.add_material(event_id, StandMaterial(None, 0, "Roll-up", 2))
    return event_id


@contextmanager
def shown_stand(qtbot, planner: Planner, ask_moves: Any = None) -> Iterator[StandWindow]:  # type: ignore[no-untyped-def]
    """The window on the fair's stand; ``ask_moves``: the question before a deadline's save
    moves tasks (none: it saves without asking)."""
    workspace = planner.workspace
    assert workspace is not None
    event_id = make_stand(workspace)
    stack = QUndoStack()
    made = StandWindow(planner, stack, event_id, today=TODAY, ask_moves=ask_moves)
    made.stack = stack  # type: ignore[attr-defined]  # kept alive beside the window
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.show()
    yield made
    if made.dialog is not None:
        close_unasked(made.dialog)
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    made.close()
    made.deleteLater()
    stack.deleteLater()
