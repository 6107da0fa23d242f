"""An event's registrations counted as the window words them, in English and in Swedish:
in the event editor and the Participants window alike (the domain's text stays English for
the command line)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from eventplanner.domain.registrations import Counts
from eventplanner.ui.events.event_choices import EventChoices
from eventplanner.ui.events.event_form import EventForm
from eventplanner.ui.events.registration_counts import counts_text


def test_counts_in_english() -> None:
    assert counts_text(Counts(48, 60, 5)) == "48 / 60, 5 waiting"
    assert counts_text(Counts(48, None, 0)) == "48"
    assert counts_text(Counts(2, None, 1)) == "2, 1 waiting"
    assert counts_text(Counts(3, 3, 0)) == "3 / 3"


def test_counts_in_swedish(qtbot: QtBot, swedish: object) -> None:
    assert counts_text(Counts(48, 60, 5)) == "48 / 60, 5 väntar"
    form = EventForm(EventChoices())
    qtbot.addWidget(form)
    form.show_registrations(Counts(48, 60, 5))
    assert form.registered.text() == "Anmälda: 48 / 60, 5 väntar"
    assert Counts(48, 60, 5).text == "48 / 60, 5 waiting"  # the command line's own
