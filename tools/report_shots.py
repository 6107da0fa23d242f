"""The Reports view's screenshots (``tools/screenshots.py --reports``): the steel project's
report over the sample's own participants and registrations.

reports.png is View → Reports… on the steel project, the seminars' attendance clicked (the
people behind it listed beside); report_page.png the first page of its PDF, drawn by the
painting code that writes the PDF, in Swedish."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from eventplanner.services.workspace import Workspace

STEEL = "Stålindustrins digitalisering"


def steel_project(workspace: Workspace) -> int:
    return next(p.id or 0 for p in workspace.projects.list() if p.name.startswith(STEEL))


def report_shots(window, later, project: int, out: Path) -> None:  # type: ignore[no-untyped-def]
    shown = []

    def open_reports() -> None:
        made = window.commands.show_reports()
        made.resize(1240, 820)
        made.choose_project(project)
        shown.append(made)

    def click_attended() -> None:
        made = shown[0]
        model = made.models["events"]
        row = next((r for r in range(model.rowCount()) if model.index(r, 0).data() == "Seminar"),
                   0)  # fmt: skip
        made.views["events"].clicked.emit(model.index(row, 6))

    def page() -> None:
        from eventplanner.printing.report import report_page_image

        report = shown[0].report
        today = date.today()  # noqa: DTZ011 - the sample is built around the local today
        report_page_image(report, "sv", today, 1, dpi=110).save(str(out / "report_page.png"))

    later(open_reports)
    later(click_attended)
    later(lambda: shown[0].grab().save(str(out / "reports.png")))
    later(page)
