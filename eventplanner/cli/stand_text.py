"""A stand as the command line shows it: text for a person, JSON for a program (ids,
ISO 8601 dates and times, amounts as strings)."""

from __future__ import annotations

from typing import Any

from eventplanner.services.stand.reading import StandView


def stand_record(view: StandView) -> dict[str, Any]:
    """The stand whole as JSON-ready values."""
    stand = view.stand
    names = {e.id: e.organisation_name for e in view.co_exhibitors}
    return {
        "event_id": view.event_id,
        "event_uid": view.event_uid,
        "title": view.event_title,
        "stand": None if stand is None else {
            "id": stand.id, "organiser_id": stand.organiser_id,
            "organiser": stand.organiser_name, "hall": stand.hall, "booth": stand.booth,
            "area": stand.area, "type": stand.stand_type.value,
            "lead_contact_id": stand.lead_contact_id, "lead": stand.lead_name,
            "notes": stand.notes,
        },
        "open_days": [
            {"day": d.day.isoformat(), "opens": d.opens.isoformat(),
             "closes": d.closes.isoformat(), "name": d.name}
            for d in view.open_days
        ],
        "co_exhibitors": [
            {"id": e.id, "organisation_id": e.organisation_id,
             "organisation": e.organisation_name, "contact_id": e.contact_id,
             "contact": e.contact_name, "email": e.contact_email, "area": e.area,
             "fee": None if e.fee is None else str(e.fee), "staff_quota": e.staff_quota,
             "badge_quota": e.badge_quota, "brings": e.brings, "power_kw": e.power_kw,
             "floor_m2": e.floor_m2, "state": e.state.value, "notes": e.notes}
            for e in view.co_exhibitors
        ],
        "deadlines": [
            {"id": d.id, "kind": d.kind.value, "title": d.name, "due": d.due.isoformat(),
             "time": None if d.due_time is None else d.due_time.isoformat("minutes"),
             "done": d.done, "co_exhibitor_id": d.co_exhibitor_id,
             "for": names.get(d.co_exhibitor_id, "") if d.co_exhibitor_id else "",
             "notes": d.notes}
            for d in view.deadlines
        ],
        "staff": [
            {"id": s.id, "name": s.name, "company": s.company,
             "co_exhibitor_id": s.co_exhibitor_id, "contact_id": s.contact_id,
             "badge": s.badge}
            for s in view.staff
        ],
        "materials": [
            {"id": m.id, "item": m.item, "quantity": m.quantity, "state": m.state.value,
             "packer_id": m.packer_id, "packs": m.packer_name, "shipper_id": m.shipper_id,
             "ships": m.shipper_name, "returner_id": m.returner_id,
             "brings_back": m.returner_name, "notes": m.notes}
            for m in view.materials
        ],
    }  # fmt: skip


def stand_text(view: StandView, *, only: str | None = None) -> str:
    """The stand for a terminal; ``only`` one of its lists (deadlines, staff, materials)."""
    parts = {
        "deadlines": _deadlines(view),
        "staff": _staff(view),
        "materials": _materials(view),
    }
    if only is not None:
        return "\n".join([f"{view.event_title}:", *parts[only]])
    stand = view.stand
    lines = [view.event_title]
    if stand is None:
        lines.append("  No stand yet: make one with `eventplanner stand edit EVENT`.")
    else:
        area = f"{stand.area:g} m²" if stand.area is not None else "area not known"
        lines.append(f"  Stand: hall {stand.hall or '-'}, booth {stand.booth or '-'}, {area}, "
                     f"{stand.stand_type.label}")  # fmt: skip
        lines.append(f"  Fair organiser: {stand.organiser_name or '-'}")
        lines.append(f"  Stand lead: {stand.lead_name or '-'}")
        if stand.notes:
            lines.append(f"  Notes: {stand.notes}")
    lines.append("Open days (from the event's phases):")
    lines += [f"  {d.opens:%a %Y-%m-%d %H:%M}–{d.closes:%H:%M}" for d in view.open_days] or [
        "  none yet (add open-day phases with `eventplanner phase add`)"
    ]
    lines.append("Co-exhibitors:")
    for e in view.co_exhibitors:
        share = f"{e.area:g} m²" if e.area is not None else (
            f"{e.fee} SEK" if e.fee is not None else "no share or fee yet")  # fmt: skip
        lines.append(f"  {e.organisation_name}: {share}, staff {e.staff_quota}, badges "
                     f"{e.badge_quota}, {e.state.label}")  # fmt: skip
    if not view.co_exhibitors:
        lines.append("  none yet")
    for name in ("deadlines", "staff", "materials"):
        lines += parts[name]
    return "\n".join(lines)


def _deadlines(view: StandView) -> list[str]:
    names = {e.id: e.organisation_name for e in view.co_exhibitors}
    lines = ["Deadlines:"]
    for d in view.deadlines:
        at = f" {d.due_time:%H:%M}" if d.due_time else ""
        whose = f" ({names.get(d.co_exhibitor_id, '')})" if d.co_exhibitor_id else ""
        lines.append(f"  {d.id:>5}  {d.due.isoformat()}{at}  [{'x' if d.done else ' '}] "
                     f"{d.name}{whose}")  # fmt: skip
    return lines if view.deadlines else [*lines, "  none yet"]


def _staff(view: StandView) -> list[str]:
    lines = ["People on the stand:"]
    for s in view.staff:
        badge = "" if s.badge else "  (no badge)"
        lines.append(f"  {s.id:>5}  {s.name}, {s.company or 'the cluster'}{badge}")
    return lines if view.staff else [*lines, "  none yet"]


def _materials(view: StandView) -> list[str]:
    lines = ["Materials:"]
    for m in view.materials:
        who = [f"{label} {name}" for label, name in (
            ("packs:", m.packer_name), ("ships:", m.shipper_name),
            ("brings back:", m.returner_name)) if name]  # fmt: skip
        extra = f"  ({'; '.join(who)})" if who else ""
        lines.append(f"  {m.id:>5}  {m.quantity} × {m.item}: {m.state.label}{extra}")
    return lines if view.materials else [*lines, "  none yet"]
