"""The import dialog's table of events: sortable by a click on a column's header (the model
sorts its own rows), columns as wide as what they typically show in this font."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QWidget

from eventplanner.domain.enums import EventKind
from eventplanner.services.importing.import_plan import ImportAction
from eventplanner.ui import labels
from eventplanner.ui.importing.import_model import (
    Column,
    ImportPlanModel,
    action_text,
    repeats_text,
)
from eventplanner.ui.widgets.row_table import read_only_rows

FILE_NAME_SHOWN = 20
"""Characters of a file's name the File column makes room for (the rest is elided; the
summary above the table names each file in full)."""


def plan_table(model: ImportPlanModel, files: Sequence[str], parent: QWidget) -> QTableView:
    """A read-only table over ``model``; the File column only when there are several
    ``files`` (named so)."""
    table = QTableView(parent)
    table.setModel(model)
    metrics = table.fontMetrics()
    read_only_rows(table, int(metrics.height() * 1.7))
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the files' own order
    table.setSortingEnabled(True)
    padding = metrics.averageCharWidth() * 3
    typical = {
        Column.ACTION: [action_text(a) for a in ImportAction],
        Column.TITLE: ["Seminarium med IF Metall: digitali"],
        Column.WHEN: [
            " · ".join(["Wed 28 Oct 2027 09:00–16:30", labels.week_label(43), repeats_text()])
        ],
        Column.KIND: [labels.kind_label(k) for k in EventKind],
        Column.TAGS: ["mässa, robotik"],
        Column.FILE: [name[:FILE_NAME_SHOWN] for name in files],
        Column.LINE: ["12345"],
    }
    for column, texts in typical.items():
        header_text = str(model.headerData(column, Qt.Orientation.Horizontal))
        widest = max(metrics.horizontalAdvance(t) for t in [*texts, header_text])
        table.setColumnWidth(column, widest + padding)
    table.setColumnHidden(Column.FILE, len(files) < 2)
    return table
