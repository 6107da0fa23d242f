"""The sidebar's project, venue and tag lists: tick to narrow every view, counts beside each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt

from eventplanner.services.events.facets import Facets, FacetValue
from eventplanner.ui.jobs import JobRunner
from eventplanner.ui.planner import Planner
from eventplanner.ui.settings import FilterSettings, Settings
from eventplanner.ui.window.facet_model import FacetModel
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.helpers import TODAY, agenda_titles, settle

FACETS = Facets(
    projects=(FacetValue(3, "Stålbyggarna", 4), FacetValue(None, "", 2)),
    venues=(FacetValue(1, "Västerås Kongress", 5), FacetValue(2, "Elmia", 0)),
    tags=(FacetValue("Mässa", "Mässa", 3),),
)


def test_the_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = FacetModel()
    qtmodeltester.check(model)
    model.set_facets(FACETS)
    qtmodeltester.check(model)
    model.setData(model.index(0, 0, model.index(0, 0)), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    qtmodeltester.check(model)


def test_the_model_shows_names_counts_and_what_is_ticked() -> None:
    model = FacetModel()
    model.set_facets(FACETS)
    projects = model.index(0, 0)
    assert model.data(projects) == "Projects"
    assert model.rowCount(projects) == 2
    assert model.data(model.index(0, 0, projects)) == "Stålbyggarna"
    assert model.data(model.index(0, 1, projects)) == "4"
    assert model.data(model.index(1, 0, projects)) == "No project"
    elmia = model.index(1, 0, model.index(1, 0))
    assert model.data(elmia) == "Elmia"
    assert model.data(elmia, Qt.ItemDataRole.ForegroundRole) is not None  # greyed: 0 here
    model.setData(model.index(1, 0, projects), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    assert model.choice().project_ids == frozenset({-1})
    assert model.data(model.index(0, 1)) == "1 chosen"
    # A value ticked earlier keeps its name when this period holds none of it.
    model.setData(model.index(0, 0, projects), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    model.set_facets(Facets(projects=(FacetValue(3, "", 0), FacetValue(None, "", 0))))
    assert model.data(model.index(0, 0, model.index(0, 0))) == "Stålbyggarna"


def _value_row(window: MainWindow, group: int, name: str) -> QModelIndex:
    model = window.facets.model
    heading = model.index(group, 0)
    for row in range(model.rowCount(heading)):
        index = model.index(row, 0, heading)
        if model.data(index) == name:
            return index
    raise AssertionError(f"{name} not in the list: {_names(window, group)}")


def _names(window: MainWindow, group: int) -> list[str]:
    model = window.facets.model
    heading = model.index(group, 0)
    return [model.data(model.index(r, 0, heading)) for r in range(model.rowCount(heading))]


def _tick_with_space(qtbot, window: MainWindow, index: QModelIndex) -> None:  # type: ignore[no-untyped-def]
    tree = window.facets.tree
    tree.setFocus()
    tree.setCurrentIndex(index)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    settle(qtbot, window)


def test_ticking_a_venue_narrows_every_view_and_counts_follow(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.window_actions.show_agenda.trigger()
    settle(qtbot, window)
    everything = agenda_titles(window)
    venues = _names(window, 1)
    assert len(venues) >= 3, venues
    venue = next(v for v in venues if v != "No venue")
    index = _value_row(window, 1, venue)
    expected = int(window.facets.model.data(index.siblingAtColumn(1)))
    assert 0 < expected < len(everything)

    _tick_with_space(qtbot, window, index)
    titles = agenda_titles(window)
    assert len(titles) == expected
    assert all(
        o.venue_name == venue
        for r in range(window.agenda_model.rowCount())
        if (o := window.agenda_model.occurrence(r)) is not None
    )
    assert window.filter_bar.count_label.text() == f"{expected} of {len(everything)} shown"
    assert window.facets.clear_button.isEnabled()
    # The venue list keeps its other values (a choice does not empty its own list) ...
    assert _names(window, 1) == venues
    # ... while the project counts now count only this venue's events.
    projects = window.facets.model.index(0, 0)
    counted = sum(
        int(window.facets.model.data(window.facets.model.index(r, 1, projects)))
        for r in range(window.facets.model.rowCount(projects))
    )
    assert counted == expected

    window.window_actions.show_month.trigger()
    settle(qtbot, window)
    in_month = [placed.occurrence for placed in window.month._items]
    assert in_month and all(o.venue_name == venue for o in in_month)

    qtbot.mouseClick(window.facets.clear_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    window.window_actions.show_agenda.trigger()
    settle(qtbot, window)
    assert agenda_titles(window) == everything
    assert not window.facets.clear_button.isEnabled()


def test_the_ticks_are_remembered(qtbot, tmp_path: Path, planner_file: Path) -> None:  # type: ignore[no-untyped-def]
    store = QSettings(str(tmp_path / "remembered.ini"), QSettings.Format.IniFormat)

    def open_window() -> MainWindow:
        planner = Planner(JobRunner(workers=2), JobRunner(workers=1))
        made = MainWindow(planner, Settings(store), today=TODAY)
        qtbot.addWidget(made)
        made.show()
        with qtbot.waitSignal(planner.opened, timeout=20_000):
            planner.open(str(planner_file))
        settle(qtbot, made)
        return made

    first = open_window()
    tag = _names(first, 2)[0]
    _tick_with_space(qtbot, first, _value_row(first, 2, tag))
    narrowed = agenda_titles(first)
    first.close()
    first._planner.shutdown()

    again = open_window()
    assert again.sidebar.choice().tags == frozenset({tag.casefold()})
    assert agenda_titles(again) == narrowed
    assert (
        Qt.CheckState(_value_row(again, 2, tag).data(Qt.ItemDataRole.CheckStateRole))
        == Qt.CheckState.Checked
    )
    again._planner.shutdown()


def test_damaged_filter_settings_fall_back_field_by_field(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = QSettings(str(tmp_path / "damaged.ini"), QSettings.Format.IniFormat)
    store.setValue(
        "filters/json",
        '{"projects": null, "kinds": 5, "statuses": ["planned", 7], "include_cancelled": "yes",'
        ' "text": "mässa", "venues": [[true, "x"], [3, "Elmia"], [4]],'
        ' "tags": [["Mässa", "Mässa"], [1, "x"], ["", "tom"]], "database": 12}',
    )
    remembered = Settings(store).filters
    assert remembered.filter_bar().text == ""  # a search stored by an older version: ignored
    assert remembered.kinds == [] and remembered.statuses == ["planned"]
    assert remembered.include_cancelled is True and remembered.database == ""
    assert remembered.ticks() == ({}, {3: "Elmia"}, {"mässa": "Mässa"})
    made = MainWindow(Planner(JobRunner(), JobRunner()), Settings(store), today=TODAY)
    qtbot.addWidget(made)
    assert made.sidebar.choice().venue_ids == frozenset({3})
    store.setValue("filters/json", "[1, 2]")
    assert Settings(store).filters == FilterSettings()


def test_ticks_from_another_database_are_not_applied(
    qtbot, tmp_path: Path, planner_file: Path
) -> None:  # type: ignore[no-untyped-def]
    store = QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)
    Settings(store).filters = FilterSettings(
        venues=[[1, "Elmia"]], tags=[["mässa", "Mässa"]], database="/elsewhere/a.sqlite"
    )
    planner = Planner(JobRunner(workers=2), JobRunner(workers=1))
    made = MainWindow(planner, Settings(store), today=TODAY)
    qtbot.addWidget(made)
    made.show()
    assert made.sidebar.choice().venue_ids == frozenset({1})  # until a database opens
    with qtbot.waitSignal(planner.opened, timeout=20_000):
        planner.open(str(planner_file))
    settle(qtbot, made)
    assert made.sidebar.choice().empty
    assert Settings(store).filters.database == planner.workspace.database.display_name
    planner.shutdown()


def test_new_counts_for_the_same_values_change_in_place(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """The next month, often: the tree keeps its place, nothing is laid out anew."""
    from eventplanner.ui.window.facet_panel import FacetPanel

    panel = FacetPanel(FacetModel())
    qtbot.addWidget(panel)
    model = panel.model
    model.set_facets(FACETS)
    resets: list[object] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(None))
    model.dataChanged.connect(lambda first, last, *_: changed.append((first.row(), last.row())))
    model.set_facets(FACETS)  # the same again: nothing to do
    assert resets == [] and changed == []
    recounted = Facets(
        projects=(FacetValue(3, "Stålbyggarna", 12_345), FacetValue(None, "", 0)),
        venues=FACETS.venues,
        tags=(FacetValue("Mässa", "Mässa", 1),),
    )
    model.set_facets(recounted)
    qtmodeltester.check(model)
    assert resets == [] and changed
    projects = model.index(0, 0)
    assert model.data(model.index(0, 1, projects)) == "12 345"
    assert model.data(model.index(1, 0, projects), Qt.ItemDataRole.ForegroundRole) is not None
    # The count column is as wide as the widest count shown.
    metrics = panel.tree.fontMetrics()
    assert panel.tree.header().sectionSize(1) >= metrics.horizontalAdvance("12 345")
    # Other values: the lists are made anew.
    model.set_facets(Facets(projects=(FacetValue(4, "Gruvautomation", 2),)))
    qtmodeltester.check(model)
    assert resets == [None]
    assert model.data(model.index(0, 0, model.index(0, 0))) == "Gruvautomation"
    assert model.rowCount(model.index(1, 0)) == 0
