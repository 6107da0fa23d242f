"""A strip over the views telling that an event just saved is not among what they show,
with a link that shows it (the window turns to its date)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from eventplanner.domain.occurrence import Occurrence
from eventplanner.ui.text import days_text, first_day
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.domain.model import Event
    from eventplanner.ui.exporting.export_request import ShownPeriod
    from eventplanner.ui.views.shown_match import Target


class SavedNotice(QFrame):
    """Hidden until an event ``expect``-ed is missing from what the views load next (or
    until ``announce``); its link emits ``show_requested`` with that event, × hides it."""

    show_requested = Signal(object)  # the Target of the event saved

    def __init__(
        self,
        display_zone: Callable[[], str],
        shown: Callable[[], ShownPeriod],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._zone = display_zone
        self._shown = shown
        self._expected: Event | None = None  # saved: is it shown after the next load?
        self._target: Target | None = None  # where the link turns to
        self.setObjectName("savedNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setObjectName("savedNoticeText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.linkActivated.connect(self._link)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close this notice"))
        self.close_button.setAccessibleName(self.tr("Close this notice"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        spacing = self.fontMetrics().averageCharWidth()
        layout.setContentsMargins(spacing, spacing // 2, spacing // 2, spacing // 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def expect(self, event: Event) -> None:
        """An event was saved from the editor: once the views have read again, tell if they
        do not show it."""
        self._expected = event

    def views_loaded(self, shown: Sequence[Occurrence]) -> None:
        """The views show ``shown``: tell where the event expected is, if it is not there."""
        event, self._expected = self._expected, None
        if event is None:
            return
        if event.id is None or any(o.uid == event.uid for o in shown):
            self.hide()
            return
        zone = self._zone()
        day = first_day(event.timing, zone)
        period = self._shown()
        if period.first_day <= day <= period.last_day:
            self._target = None
            self.announce(
                filled(self.tr("“%1” was saved, but the filters hide it."), event.title), None
            )
            return
        from eventplanner.ui.views.shown_match import Target  # with the first save

        self._target = Target(event.id, event.timing)
        text = self.tr("“%1” was saved on %2, outside the period shown.")
        self.announce(filled(text, event.title, days_text(day, day)), self.tr("Show it"))

    def announce(self, text: str, link: str | None) -> None:
        """Show ``text`` (plain), followed by ``link`` as a link when given."""
        import html  # with its table of entities, when a notice is first shown

        shown = html.escape(text, quote=False)
        if link:
            shown += f' <a href="show">{html.escape(link, quote=False)}</a>'
        self.label.setText(shown)
        self.show()

    def text(self) -> str:
        """What the notice says, as plain text ("" when hidden)."""
        if self.isHidden():
            return ""
        import html

        plain = self.label.text().replace('<a href="show">', "").replace("</a>", "")
        return html.unescape(plain)

    def _link(self, _href: str) -> None:
        self.hide()
        if self._target is not None:
            self.show_requested.emit(self._target)
