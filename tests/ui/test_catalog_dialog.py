"""The catalog manager (venues, organisations, contacts, projects, tags), driven as a person
would: searching, picking from the list, typing in the form, pressing Save and Delete."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar as ICalendar
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from eventplanner.domain.feeds import Feed
from eventplanner.domain.filters import EventFilter
from eventplanner.domain.model import Contact, EventDraft, Organisation, Project, Tag, Venue
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace
from eventplanner.ui.catalog.catalog_dialog import CatalogDialog, CatalogKind
from eventplanner.ui.catalog.catalog_model import DETAIL_ROLE, RECORD_ROLE, CatalogListModel
from eventplanner.ui.planner import Planner
from tests.ical.factories import run_ics_check
from tests.ui.helpers import answer_questions

STO = ZoneInfo("Europe/Stockholm")
Answer = QMessageBox.StandardButton


@pytest.fixture
def workspace(planner: Planner) -> Workspace:
    assert planner.workspace is not None
    return planner.workspace


def settle(qtbot: QtBot, planner: Planner) -> None:
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)


@pytest.fixture
def open_catalog(
    qtbot: QtBot, planner: Planner, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[str], CatalogDialog]]:
    def before_close(_dialog: object) -> None:
        # Whatever a test left typed is thrown away without a question box blocking the run.
        settle(qtbot, planner)
        monkeypatch.setattr(QMessageBox, "question", lambda *_args: Answer.Discard)

    def opener(kind: str) -> CatalogDialog:
        dialog = CatalogDialog(planner, kind)
        qtbot.addWidget(dialog, before_close_func=before_close)
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(qtbot, planner)
        return dialog

    yield opener


def names(dialog: CatalogDialog) -> list[str]:
    return [record.name for record in dialog.model.records()]


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(qtbot: QtBot, dialog: CatalogDialog, name: str) -> None:
    row = names(dialog).index(name)
    rect = dialog.list.visualRect(dialog.model.index(row, 0))
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.form.name.text() == name


def seminar(venue_id: int | None, day: int) -> EventDraft:
    start = datetime(2027, 4, day, 13, tzinfo=STO)
    return EventDraft(f"Seminarium {day}", TimedSpan(start, start.replace(hour=16)),
                      venue_id=venue_id)  # fmt: skip


SWEDISH_VENUES = ["Örebro Konserthus", "Aros Congress Center", "Älvsjömässan", "Zenit"]


def test_the_list_in_swedish_order_and_the_search_narrows_it(
    qtbot: QtBot, planner: Planner, workspace: Workspace, open_catalog
) -> None:  # type: ignore[no-untyped-def]
    for name in SWEDISH_VENUES:
        workspace.venues.create(Venue(None, name, city="Västerås"))
    dialog = open_catalog("venue")
    assert dialog.windowTitle() == "Venues"
    assert not dialog.isModal()
    assert names(dialog) == ["Aros Congress Center", "Zenit", "Älvsjömässan", "Örebro Konserthus"]
    assert names(dialog) == [v.name for v in workspace.venues.list()]
    assert dialog.count_label.text() == "4 venues"
    # The first one is shown at once, with its second line in the list.
    assert dialog.form.name.text() == "Aros Congress Center"
    assert dialog.model.index(0, 0).data(DETAIL_ROLE) == "Västerås"

    qtbot.keyClicks(dialog.search, "zen")
    qtbot.waitUntil(lambda: names(dialog) == ["Zenit"], timeout=20_000)
    dialog.search.setText("ÄLV")  # keyClicks types ASCII only
    qtbot.waitUntil(lambda: names(dialog) == ["Älvsjömässan"], timeout=20_000)
    assert dialog.count_label.text() == "1 venue"
    dialog.search.setText("nowhere")
    qtbot.waitUntil(lambda: names(dialog) == [], timeout=20_000)
    assert dialog.count_label.text() == "Nothing matches “nowhere”"
    dialog.search.clear()
    qtbot.waitUntil(lambda: len(names(dialog)) == 4, timeout=20_000)
    # The record shown stays chosen in the list while the search changes.
    assert dialog.list.currentIndex().data(RECORD_ROLE).name == "Aros Congress Center"


def test_creating_a_venue_through_the_form(
    qtbot: QtBot, planner: Planner, workspace: Workspace, open_catalog
) -> None:  # type: ignore[no-untyped-def]
    workspace.venues.create(Venue(None, "Aros Congress Center"))
    dialog = open_catalog("venue")
    click(qtbot, dialog.new_button)
    assert dialog.heading.text() == "New venue"
    assert dialog.form.name.text() == "" and dialog.form.name.hasFocus()
    assert dialog.form.problem_shown("name") == ""  # no red before the first keystroke
    assert not dialog.save_button.isEnabled()

    qtbot.keyClicks(dialog.form.name, "Munktellstaden")
    dialog.form.address.setText("Munktellgatan 3")
    dialog.form.city.setText("Eskilstuna")
    dialog.form.country.setText("Sverige")
    dialog.form.capacity.setValue(450)
    dialog.form.notes.setPlainText("Lastkaj på baksidan.")
    click(qtbot, dialog.save_button)
    assert dialog.status.text() == "Saving…"
    settle(qtbot, planner)

    saved = workspace.venues.find("Munktellstaden")
    assert saved is not None
    assert (saved.address, saved.city, saved.capacity) == ("Munktellgatan 3", "Eskilstuna", 450)
    assert saved.time_zone == "Europe/Stockholm" and saved.notes == "Lastkaj på baksidan."
    assert names(dialog) == ["Aros Congress Center", "Munktellstaden"]
    assert dialog.list.currentIndex().data(RECORD_ROLE) == saved
    assert dialog.heading.text() == "Munktellstaden"
    assert dialog.usage_label.text() == "Not used by any event"
    assert dialog.status.text() == "Saved."
    assert not dialog.is_dirty() and not dialog.save_button.isEnabled()


def test_editing_a_record_and_saving_it_keeps_it_chosen(
    qtbot: QtBot, planner: Planner, workspace: Workspace, open_catalog
) -> None:  # type: ignore[no-untyped-def]
    for name in ("Alfa", "Beta", "Gamma"):
        workspace.tags.create(Tag(None, name))
    dialog = open_catalog("tag")
    choose(qtbot, dialog, "Beta")
    dialog.form.name.setText("Ödla")
    click(qtbot, dialog.save_button)
    settle(qtbot, planner)
    assert names(dialog) == ["Alfa", "Gamma", "Ödla"]
    assert dialog.list.currentIndex().row() == 2
    assert [t.name for t in workspace.tags.list()] == ["Alfa", "Gamma", "Ödla"]


def test_a_venue_renamed_in_its_window_republishes_the_feeds_showing_it(
    qtbot: QtBot, planner: Planner, workspace: Workspace, open_catalog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """OUTLOOK.md 7: SEQUENCE increases with every change that matters to a calendar."""
    aros = workspace.venues.create(Venue(None, "Aros Congress Center", city="Västerås"))
    workspace.events.create(seminar(aros.id, 14))
    feed = workspace.feeds.create(Feed(
        None, "Aros", where=EventFilter(venue_ids=frozenset({aros.id or 0})), folder=str(tmp_path)
    ))  # fmt: skip
    published = workspace.feeds.publish(feed.id or 0).path
    [before] = ICalendar.from_ical(published.read_bytes()).walk("VEVENT")
    dialog = open_catalog("venue")
    dialog.form.name.setText("Aros Kongresscenter")
    with qtbot.waitSignal(planner.feeds_published, timeout=20_000) as done:
        click(qtbot, dialog.save_button)
    settle(qtbot, planner)
    assert [p.feed.name for p in done.args[0].published] == ["Aros"]
    [after] = ICalendar.from_ical(published.read_bytes()).walk("VEVENT")
    assert str(after["LOCATION"]) == "Aros Kongresscenter, Västerås"
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    run_ics_check(published)


def test_an_invalid_email_is_shown_beside_the_field_and_save_is_disabled(
    qtbot: QtBot, planner: Planner, open_catalog
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_catalog("contact")
    assert dialog.count_label.text() == "No contacts yet"
    click(qtbot, dialog.new_button)
    qtbot.keyClicks(dialog.form.name, "Erik Lind")
    qtbot.keyClicks(dialog.form.email, "erik@")
    assert dialog.form.problem_shown("email") == "'erik@' is not an email address"
    assert not dialog.save_button.isEnabled()
    assert dialog.status.text() == "Fix the marked field to save."
    qtbot.keyClicks(dialog.form.email, "example.se")
    assert dialog.form.problem_shown("email") == ""
    assert dialog.save_button.isEnabled()
    click(qtbot, dialog.save_button)
    settle(qtbot, planner)
    assert names(dialog) == ["Erik Lind"]


def test_a_contact_picks_its_organisation(
    qtbot: QtBot, planner: Planner, workspace: Workspace, open_catalog
) -> None:  # type: ignore[no-untyped-def]
    mdu = workspace.organisations.create(Organisation(None, "Mälardalens universitet"))
    dialog = open_catalog("contact")
    click(qtbot, dialog.new_button)
    dialog.form.name.setText("Åsa Öberg")
    dialog.form.picker.combo.setEditText("Mälardalens universitet")
    dialog.form.title.setText("Projektledare")
    click(qtbot, dialog.save_button)
    settle(qtbot, planner)
    [saved] = workspace.contacts.list()
    assert saved.organisation_id == mdu.id and saved.title == "Projektledare"
    # A name that matches no organisation is not quietly dropped.
    dialog.form.picker.combo.setEditText("Ingen sådan")
    assert "No organisation is called “Ingen sådan”" in dialog.form.problem_shown("organisation_id")
    assert not dialog.save_button.isEnabled()


def test_a_project_ending_before_it_starts_is_refused_beside_the_end(
    qtbot: QtBot, planner: Planner, workspace: Workspace, open_catalog
) -> None:  # type: ignore[no-untyped-def]
    workspace.projects.create(Project(None, "Mikrofabriker"))
    dialog = open_catalog("project")
    assert dialog.usage_label.text() == "Not used by any event"
    form = dialog.form
    assert not form.start.check.isChecked() and not form.start.edit.isEnabled()
    form.start.check.click()
    form.start.edit.setDate(QDate(2027, 6, 1))
    form.end.check.click()
    form.end.edit.setDate(QDate(2027, 5, 1))
    assert form.problem_shown("end") == "The project must not end before it starts"
    assert not dialog.save_button.isEnabled()
    form.end.edit.setDate(QDate(2028, 5, 31))
    click(qtbot, dialog.save_button)
    settle(qtbot, planner)
    [saved] = workspace.projects.list()
    assert (saved.start, saved.end) == (date(2027, 6, 1), date(2028, 5, 31))
    assert dialog.model.index(0, 0).data(DETAIL_ROLE) == "2027-06-01 – 2028-05-31"


def test_a_record_changed_by_someone_else_meanwhile_is_a_conflict_and_the_input_stays(
    qtbot: QtBot, planner: Planner, workspace: Workspace, open_catalog
) -> None:  # type: ignore[no-untyped-def]
    aros = workspace.venues.create(Venue(None, "Aros Congress Center", capacity=100))
    dialog = open_catalog("venue")
    assert dialog.form.name.text() == "Aros Congress Center"
    workspace.venues.update(replace(aros, capacity=80))  # another coordinator saves first

    dialog.form.name.setText("Aros Kongress")
    dialog.form.city.setText("Västerås")
    click(qtbot, dialog.save_button)
    settle(qtbot, planner)
    assert "changed by someone else" in dialog.error_banner.text()
    assert dialog.error_banner.text().startswith("The venue 'Aros Congress Center'")
    assert dialog.form.name.text() == "Aros Kongress"
    assert dialog.form.city.text() == "Västerås"
    assert dialog.is_dirty()
    stored = workspace.venues.get(aros.id)  # type: ignore[arg-type]
    assert (stored.name, stored.capacity) == ("Aros Congress Center", 80)

    # Reload shows what the other person saved; the change can then be made again.
    click(qtbot, dialog.reload_button)
    assert dialog.form.capacity.value() == 80
    assert dialog.error_banner.text() == ""
    dialog.form.name.setText("Aros Kongress")
    click(qtbot, dialog.save_button)
    settle(qtbot, planner)
    assert workspace.venues.get(aros.id).name == "Aros Kongress"  # type: ignore[arg-type]
    assert workspace.venues.get(aros.id).capacity == 80  # type: ignore[arg-type]


def test_a_name_the_service_refuses_is_shown_beside_the_name(
    qtbot: QtBot, planner: Planner, workspace: Workspace, open_catalog
) -> None:  # type: ignore[no-untyped-def]
    workspace.tags.create(Tag(None, "mässa"))
    dialog = open_catalog("tag")
    click(qtbot, dialog.new_button)
    dialog.form.name.setText("MÄSSA")
    click(qtbot, dialog.save_button)
    settle(qtbot, planner)
    assert dialog.form.problem_shown("name") == "There is already a tag called 'mässa'"
    assert dialog.form.name.text() == "MÄSSA"
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.form.name, "N")
    assert dialog.form.problem_shown("name") == ""
    assert dialog.save_button.isEnabled()


def test_deleting_a_venue_used_by_events_is_refused_with_the_count(
    qtbot: QtBot,
    planner: Planner,
    workspace: Workspace,
    open_catalog,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    aros = workspace.venues.create(Venue(None, "Aros Congress Center"))
    for day in (14, 15):
        workspace.events.create(seminar(aros.id, day))
    dialog = open_catalog("venue")
    assert dialog.usage_label.text() == "Used by 2 events"
    asked = answer_questions(monkeypatch, Answer.Yes)
    click(qtbot, dialog.delete_button)
    settle(qtbot, planner)
    assert asked == ["Delete the venue “Aros Congress Center”?\n\nThis cannot be undone."]
    assert "is used by 2 events" in dialog.error_banner.text()
    assert workspace.venues.get(aros.id).name == "Aros Congress Center"  # type: ignore[arg-type]
    assert names(dialog) == ["Aros Congress Center"]


@pytest.mark.parametrize(
    ("speak", "said"),
    [
        ("en", "“Hösten” is chosen by the feed “Höstens evenemang”. Change the feed first"),
        ("sv", "”Hösten” väljs av flödet ”Höstens evenemang”. Ändra flödet först"),
    ],
)
def test_deleting_a_tag_a_feed_chooses_is_refused_naming_the_feed(
    qtbot: QtBot,
    planner: Planner,
    workspace: Workspace,
    open_catalog,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    speak: str,
    said: str,
) -> None:
    if speak == "sv":
        request.getfixturevalue("swedish")
    tag = workspace.tags.create(Tag(None, "Hösten"))
    workspace.feeds.create(
        Feed(None, "Höstens evenemang", where=EventFilter(tags=frozenset({"Hösten"})))
    )
    dialog = open_catalog("tag")
    answer_questions(monkeypatch, Answer.Yes)
    click(qtbot, dialog.delete_button)
    settle(qtbot, planner)
    assert dialog.error_banner.text().startswith(said)
    assert workspace.tags.get(tag.id or 0).name == "Hösten"
    assert names(dialog) == ["Hösten"]


def test_deleting_an_unused_venue_after_confirming(
    qtbot: QtBot,
    planner: Planner,
    workspace: Workspace,
    open_catalog,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("Aros Congress Center", "Zenit"):
        workspace.venues.create(Venue(None, name))
    dialog = open_catalog("venue")
    answer_questions(monkeypatch, Answer.No)
    click(qtbot, dialog.delete_button)
    settle(qtbot, planner)
    assert len(workspace.venues.list()) == 2

    answer_questions(monkeypatch, Answer.Yes)
    click(qtbot, dialog.delete_button)
    settle(qtbot, planner)
    assert [v.name for v in workspace.venues.list()] == ["Zenit"]
    assert names(dialog) == ["Zenit"]
    assert dialog.form.name.text() == "Zenit"  # the next one is shown


def test_changing_the_choice_with_unsaved_changes_asks_first(
    qtbot: QtBot,
    planner: Planner,
    workspace: Workspace,
    open_catalog,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("Alfa", "Beta"):
        workspace.organisations.create(Organisation(None, name))
    dialog = open_catalog("organisation")
    dialog.form.web_page.setText("https://alfa.example")
    asked = answer_questions(monkeypatch, Answer.Cancel)
    choose_row = dialog.model.index(1, 0)
    rect = dialog.list.visualRect(choose_row)
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked == ["Discard your changes to “Alfa”?"]
    assert dialog.form.web_page.text() == "https://alfa.example"
    assert dialog.list.currentIndex().row() == 0

    answer_questions(monkeypatch, Answer.Discard)
    choose(qtbot, dialog, "Beta")
    assert dialog.form.web_page.text() == ""


def test_the_list_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model: CatalogListModel[Venue] = CatalogListModel(lambda v: v.city)
    qtmodeltester.check(model)
    model.set_records([Venue(1, "Aros", city="Västerås"), Venue(2, "Örebro Konserthus")])
    qtmodeltester.check(model)
    assert model.row_of(2) == 1 and model.row_of(3) == -1
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Aros\nVästerås"
    model.set_records([])
    qtmodeltester.check(model)


def test_the_dialogs_own_model_passes_the_model_tester(
    qtbot: QtBot, workspace: Workspace, open_catalog, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    mdu = workspace.organisations.create(Organisation(None, "Mälardalens universitet"))
    workspace.contacts.create(Contact(None, "Åsa Öberg", email="asa@example.se", title="Lektor",
                                      organisation_id=mdu.id))  # fmt: skip
    dialog = open_catalog("contact")
    assert dialog.model.index(0, 0).data(DETAIL_ROLE) == "Lektor · asa@example.se"
    qtmodeltester.check(dialog.model)


def test_every_kind_opens(qtbot: QtBot, open_catalog) -> None:  # type: ignore[no-untyped-def]
    for kind in CatalogKind:
        dialog = open_catalog(kind)
        assert dialog.heading.text() == dialog.windowTitle()
        assert not dialog.form.isEnabled()


def test_closing_while_a_save_is_under_way_loses_nothing_and_breaks_nothing(
    qtbot: QtBot,
    planner: Planner,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = CatalogDialog(planner, "tag")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as the main window opens it
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot, planner)
    click(qtbot, dialog.new_button)
    dialog.form.name.setText("lansering")
    click(qtbot, dialog.save_button)
    asked = answer_questions(monkeypatch, Answer.Cancel)
    with qtbot.waitSignal(dialog.destroyed, timeout=20_000):
        dialog.close()
    settle(qtbot, planner)
    assert asked == []  # nothing is lost: the save goes on
    assert [t.name for t in workspace.tags.list()] == ["lansering"]
    planner.change(lambda ws: ws.tags.create(Tag(None, "mässa")))  # announces a change
    settle(qtbot, planner)
    assert len(workspace.tags.list()) == 2


@pytest.mark.parametrize("kind", ["venue", "organisation", "contact", "project", "tag"])
def test_an_empty_window_shows_no_red(qtbot: QtBot, open_catalog, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Nothing to choose, nothing typed: no "must not be empty", no "Fix the marked field"."""
    dialog = open_catalog(kind)
    assert names(dialog) == []
    assert [f for f in dialog.form.fields() if dialog.form.problem_shown(f)] == []
    assert dialog.status.text() == ""
    assert dialog.error_banner.text() == ""
    assert dialog.hint.isVisible()
    click(qtbot, dialog.new_button)  # a new record: still quiet until something is typed
    assert dialog.form.problem_shown("name") == ""
    assert dialog.status.text() == ""


def test_a_contact_s_itinerary_is_asked_for_from_the_button_or_the_list(
    qtbot: QtBot, planner: Planner, workspace: Workspace, open_catalog
) -> None:  # type: ignore[no-untyped-def]
    saved = workspace.contacts.create(Contact(None, "Åsa Lindqvist"))
    venues = open_catalog("venue")
    assert not venues.itinerary_button.isVisible()
    assert venues.itinerary not in venues.list.actions()
    dialog = open_catalog("contact")
    choose(qtbot, dialog, "Åsa Lindqvist")
    assert dialog.itinerary_button.isVisible()
    with qtbot.waitSignal(dialog.itinerary_requested) as asked:
        click(qtbot, dialog.itinerary_button)
    assert asked.args == [saved.id, "Åsa Lindqvist"]
    with qtbot.waitSignal(dialog.itinerary_requested) as asked:
        dialog.itinerary.trigger()  # the list's context menu
    assert asked.args == [saved.id, "Åsa Lindqvist"]
    click(qtbot, dialog.new_button)
    assert not dialog.itinerary_button.isEnabled()  # not saved yet: nothing to show
