"""The filter bar's search asked of every date, not only the period shown: its results are
listed under the filter bar, and choosing one asks the window to jump there."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget
from shiboken6 import isValid

from eventplanner.domain.occurrence import Occurrence
from eventplanner.ui.planner import Planner

if TYPE_CHECKING:  # a table view costs the first paint: made at the first search
    from eventplanner.ui.window.search_results import SearchResults

SEARCH_LIMIT = 200
"""The most events the search across all dates lists."""


class SearchEverywhere(QObject):
    """Runs the search text on the whole database (off the GUI thread) and shows the
    results in a list it puts into ``layout`` after ``below``."""

    jump_requested = Signal(object)  # the Occurrence chosen in the results

    def __init__(
        self,
        planner: Planner,
        text: Callable[[], str],
        display_zone: Callable[[], str],
        layout: QVBoxLayout,
        below: QWidget,
    ) -> None:
        super().__init__(below)
        self._planner = planner
        self._text = text
        self._zone = display_zone
        self._layout = layout
        self._below = below
        self._results: SearchResults | None = None

    @property
    def results(self) -> SearchResults:
        """The list of results (made now, if not yet)."""
        if self._results is None:
            from eventplanner.ui.window.search_results import SearchResults

            self._results = SearchResults(self._zone(), self._below.parentWidget())
            self._results.chosen.connect(self.jump_requested)
            self._layout.insertWidget(self._layout.indexOf(self._below) + 1, self._results)
        return self._results

    def search(self, _changes: object = None) -> None:
        """Search again (the text, the data or the display zone changed)."""
        text = self._text()
        if not text or self._planner.workspace is None:
            if self._results is not None:
                self._results.clear()
            return

        def found(results: list[Occurrence]) -> None:
            if isValid(self) and self._text() == text:
                more = len(results) > SEARCH_LIMIT
                self.results.show_results(text, results[:SEARCH_LIMIT], self._zone(), more=more)

        self._planner.read(
            lambda ws: ws.queries.search(text, limit=SEARCH_LIMIT + 1), found, key="search"
        )
