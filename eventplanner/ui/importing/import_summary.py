"""What the import dialog says above its table: how many events of each file are new,
updated, unchanged or skipped, where they go (the project, the kinds), which venues are
made, and the files' own warnings. Text only; the dialog shows it."""

from __future__ import annotations

from collections import Counter
from html import escape

from PySide6.QtCore import QCoreApplication

from eventplanner.services.importing.import_plan import ImportAction
from eventplanner.ui import labels
from eventplanner.ui.importing.import_request import ImportPreview
from eventplanner.ui.wording import filled

translate = QCoreApplication.translate

WARNINGS_SHOWN = 6
"""File warnings listed above the table; the rest are counted."""
VENUES_SHOWN = 4
"""New venues named above the table; the rest are counted (and listed in its tooltip)."""


def counts_html(preview: ImportPreview) -> str:
    """A small table: a row per file (and the total, for several) of what import does."""
    heads = [
        translate("ImportSummary", "File"),
        translate("ImportSummary", "New"),
        translate("ImportSummary", "Updated"),
        translate("ImportSummary", "Unchanged"),
        translate("ImportSummary", "Skipped"),
    ]
    rows = [[escape(name), *(str(plan.count(a)) for a in ImportAction)]
            for name, plan in zip(preview.names, preview.plans, strict=True)]  # fmt: skip
    if len(rows) > 1:
        total = [str(preview.count(a)) for a in ImportAction]
        rows.append([f"<b>{escape(translate('ImportSummary', 'In total'))}</b>",
                     *(f"<b>{n}</b>" for n in total)])  # fmt: skip
    cell = '<td style="padding: 1px 10px 1px 0px;" align="{}">{}</td>'
    head = "".join(cell.format("left" if i == 0 else "right", f"<b>{escape(h)}</b>")
                   for i, h in enumerate(heads))  # fmt: skip
    body = "".join(
        "<tr>" + "".join(cell.format("left" if i == 0 else "right", v)
                         for i, v in enumerate(row)) + "</tr>"
        for row in rows
    )  # fmt: skip
    return f'<table cellspacing="0">{"<tr>" + head + "</tr>"}{body}</table>'


def mapping_lines(preview: ImportPreview) -> tuple[list[str], str]:
    """Where the events go (the project, the kinds), the venues made, the calendars' names;
    and every venue made, for a tooltip when there are too many to list."""
    plans = preview.plans
    project = next((p.project_name for p in plans if p.project_name), None)
    lines = [
        filled(translate("ImportSummary", "Project: %1"), project)
        if project
        else translate("ImportSummary", "Project: none")
    ]
    kinds = Counter(
        e.kind for p in plans for e in p.events if e.action.writes and e.kind is not None
    )
    if kinds:
        shown = " · ".join(
            f"{labels.kind_label(kind)} {count}" for kind, count in kinds.most_common()
        )
        lines.append(
            filled(
                translate("ImportSummary", "Kinds (from the categories, else %1): %2"),
                labels.kind_label(preview.options.kind),
                shown,
            )
        )
    venues = [v for p in plans for v in p.new_venues]
    if venues:
        listed = ", ".join(venues[:VENUES_SHOWN])
        if len(venues) > VENUES_SHOWN:
            listed += " " + filled(
                translate("ImportSummary", "and %1 more"), str(len(venues) - VENUES_SHOWN)
            )
        lines.append(
            filled(translate("ImportSummary", "New venues (%1): %2"), str(len(venues)), listed)
        )
    calendars = [(n, p.calendar_name) for n, p in zip(preview.names, plans, strict=True)
                 if p.calendar_name]  # fmt: skip
    if len(plans) == 1 and calendars:
        lines.append(filled(translate("ImportSummary", "Calendar: %1"), calendars[0][1]))
    elif calendars:
        named = ", ".join(f"{calendar} ({name})" for name, calendar in calendars)
        lines.append(filled(translate("ImportSummary", "Calendars: %1"), named))
    return lines, "\n".join(venues)


def file_warnings(preview: ImportPreview) -> str:
    """The files' own warnings (not those of one event), a few, then how many more."""
    found = [
        f"{name}: {warning}"
        for name, plan in zip(preview.names, preview.plans, strict=True)
        for warning in plan.warnings
    ]
    if not found:
        return ""
    lines = [f"• {w}" for w in found[:WARNINGS_SHOWN]]
    if len(found) > WARNINGS_SHOWN:
        lines.append(
            filled(translate("ImportSummary", "…and %1 more."), str(len(found) - WARNINGS_SHOWN))
        )
    return "\n".join(lines)
