"""File → Feeds… and Serve feeds, driven as a person would: add and edit a feed in its form,
publish it, copy its link, give it a new link, serve it and fetch it over loopback.
Each test ends settled: pytest-qt deletes the window before the fixtures end."""

from __future__ import annotations

import http.client
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from eventplanner.domain.enums import EventKind
from eventplanner.domain.feeds import Feed
from eventplanner.domain.filters import EventFilter
from eventplanner.domain.model import Organisation, Tag
from eventplanner.ui.feeds.feed_model import FeedColumn, FeedModel
from eventplanner.ui.feeds.feeds_dialog import FeedsDialog
from eventplanner.ui.window.main_window import MainWindow
from tests.ical.factories import run_ics_check as check_ics
from tests.ui.helpers import settle

Answer = QMessageBox.StandardButton


def open_feeds(qtbot: QtBot, window: MainWindow) -> FeedsDialog:
    window.window_actions.manage_feeds.trigger()
    dialog = window.feeds.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=20_000)
    return dialog


def shown(dialog: FeedsDialog, name: str, column: FeedColumn) -> str:
    row = next(r for r, f in enumerate(dialog.model.feeds()) if f.name == name)
    return str(dialog.model.index(row, column).data())


def serve(qtbot: QtBot, window: MainWindow) -> str:
    window.feeds.serving.port = 0  # any free port: tests run side by side
    with qtbot.waitSignal(window.feeds.serving.started, timeout=20_000) as started:
        window.window_actions.serve_feeds.trigger()
    return str(started.args[0])


def test_the_sample_feeds_are_listed_with_what_they_show(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_feeds(qtbot, window)
    names = [f.name for f in dialog.model.feeds()]
    assert "Mässor 2027" in names
    assert "Trade fair" in shown(dialog, "Mässor 2027", FeedColumn.SHOWS)
    assert shown(dialog, "Mässor 2027", FeedColumn.PUBLISHED) == "Never"
    settle(qtbot, window)


def test_a_feed_added_in_its_form_is_saved_and_published_to_its_folder(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_feeds(qtbot, window)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None
    qtbot.keyClicks(editor.name, "Seminars for members")
    qtbot.keyClicks(editor.calendar_name, "Cluster seminars")
    action = editor.kinds.action_for(EventKind.SEMINAR)
    assert action is not None
    action.trigger()
    qtbot.keyClicks(editor.folder, str(tmp_path))
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(window._planner.feeds_published, timeout=20_000) as published:
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)

    report = published.args[0]
    assert [p.feed.name for p in report.published] == ["Seminars for members"]
    # Its first publication: not "again".
    assert window.statusBar().currentMessage() == "Published: Seminars for members."
    target = tmp_path / "Seminars for members.ics"
    calendar = Calendar.from_ical(target.read_text(encoding="utf-8"))
    assert str(calendar["X-WR-CALNAME"]) == "Cluster seminars"
    workspace = window._planner.workspace
    assert workspace is not None
    uids = {str(e["UID"]) for e in calendar.walk("VEVENT")}
    assert uids
    assert {workspace.events.get_by_uid(uid).kind for uid in uids} == {EventKind.SEMINAR}
    check_ics(target)
    qtbot.waitUntil(
        lambda: shown(dialog, "Seminars for members", FeedColumn.PUBLISHED) != "Never",
        timeout=20_000,
    )
    assert shown(dialog, "Seminars for members", FeedColumn.FOLDER) == str(tmp_path)
    assert dialog.chosen() is not None and dialog.chosen().name == "Seminars for members"
    settle(qtbot, window)


def test_a_refused_feed_keeps_the_form_open_with_the_reason(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_feeds(qtbot, window)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None
    editor.name.setText("Mässor 2027")  # taken by the sample
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.waitUntil(lambda: editor.problem.text() != "", timeout=20_000)
    assert "Mässor 2027" in editor.problem.text()
    assert editor.isVisible()
    assert editor.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    settle(qtbot, window)


def test_editing_a_feed_and_publishing_it_now_shows_the_new_time(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_feeds(qtbot, window)
    assert dialog.select_feed("Mässor 2027")
    assert not dialog.publish_button.isEnabled()  # no folder yet
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None
    assert editor.name.text() == "Mässor 2027"
    qtbot.keyClicks(editor.folder, str(tmp_path))
    with qtbot.waitSignal(window._planner.feeds_published, timeout=20_000):
        qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)  # fmt: skip
    settle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.publish_button.isEnabled(), timeout=20_000)
    target = tmp_path / "Mässor 2027.ics"
    assert target.exists()
    target.unlink()

    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=20_000)
    settle(qtbot, window)
    assert "Published Mässor 2027" in dialog.message.text()
    assert shown(dialog, "Mässor 2027", FeedColumn.PUBLISHED) != "Never"
    check_ics(target)
    settle(qtbot, window)


def test_a_changed_event_republishes_the_feeds_it_touches(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    workspace = window._planner.workspace
    assert workspace is not None
    fairs = workspace.feeds.get_by_name("Mässor 2027")
    workspace.feeds.update(replace(fairs, folder=str(tmp_path)), expected_version=fairs.version)
    workspace.feeds.publish_due()
    target = tmp_path / "Mässor 2027.ics"
    before = target.read_text(encoding="utf-8")
    fair = next(e for e in Calendar.from_ical(before).walk("VEVENT"))
    event = workspace.events.get_by_uid(str(fair["UID"]))

    def rename(ws):  # type: ignore[no-untyped-def]
        draft = replace(event.draft(), title="Elmia, nytt namn")
        return ws.events.update(event.id, draft, expected_version=event.version)

    with qtbot.waitSignal(window._planner.feeds_published, timeout=20_000) as published:
        window._planner.change(rename)
    assert [p.feed.name for p in published.args[0].published] == ["Mässor 2027"]
    after = Calendar.from_ical(target.read_text(encoding="utf-8"))
    assert "Elmia, nytt namn" in {str(e["SUMMARY"]) for e in after.walk("VEVENT")}
    assert "Published again: Mässor 2027" in window.statusBar().currentMessage()
    settle(qtbot, window)


def test_copy_link_puts_the_served_url_on_the_clipboard_and_the_server_answers(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_feeds(qtbot, window)
    assert not dialog.copy_http.isEnabled()  # nothing to copy before the server runs
    base = serve(qtbot, window)
    assert urlsplit(base).hostname == "127.0.0.1"
    assert window.feeds.serving_label.text() == f"Serving feeds at {base}"
    assert dialog.select_feed("Mässor 2027")
    qtbot.waitUntil(dialog.copy_http.isEnabled, timeout=5000)

    qtbot.mouseClick(dialog.copy_http, Qt.MouseButton.LeftButton)
    url = QGuiApplication.clipboard().text()
    assert url.startswith(base + "/feeds/") and url.endswith(".ics")
    assert "Subscribe from web" in dialog.message.text()
    qtbot.mouseClick(dialog.copy_webcal, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "webcal" + url.removeprefix("http")

    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=20)
    connection.request("GET", parts.path)
    answer = connection.getresponse()
    body = answer.read()
    connection.close()
    assert answer.status == 200
    assert answer.getheader("Content-Type") == "text/calendar; charset=utf-8"
    assert str(Calendar.from_ical(body)["X-WR-CALNAME"]) == "Mässor 2027"

    with qtbot.waitSignal(window.feeds.serving.stopped, timeout=20_000):
        window.window_actions.serve_feeds.trigger()
    assert not window.feeds.serving.serving
    assert not dialog.copy_http.isEnabled()
    settle(qtbot, window)


def test_a_new_link_is_asked_first_and_the_old_one_stops_working(
    qtbot: QtBot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_feeds(qtbot, window)
    serve(qtbot, window)
    assert dialog.select_feed("Mässor 2027")
    qtbot.waitUntil(lambda: dialog.http_link.text() != "", timeout=5000)
    old = dialog.http_link.text()
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text) or Answer.Yes
    )
    qtbot.mouseClick(dialog.new_link_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.http_link.text() not in ("", old), timeout=20_000)
    assert "stops working" in asked[0]

    parts = urlsplit(old)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=20)
    connection.request("GET", parts.path)
    assert connection.getresponse().status == 404
    connection.close()
    settle(qtbot, window)


def test_the_feed_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = FeedModel("Europe/Stockholm")
    model.set_feeds([Feed(1, "Mässor 2027"), Feed(2, "Personal", include_cancelled=True)])
    qtmodeltester.check(model, force_py=True)
    assert model.index(1, FeedColumn.SHOWS).data() == "Every event · cancelled ones too"
    assert model.index(0, FeedColumn.FOLDER).data() == "(served only)"


def test_a_renamed_tag_is_shown_and_stays_chosen_when_the_feed_is_saved_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    workspace = window._planner.workspace
    assert workspace is not None
    workspace.tags.create(Tag(None, "Höstmöte"))
    made = workspace.feeds.create(
        Feed(None, "Hösten", where=EventFilter(tags=frozenset({"höstmöte"})))
    )
    tag = workspace.tags.find("Höstmöte")
    assert tag is not None
    workspace.tags.update(replace(tag, name="Höstmöten"))
    dialog = open_feeds(qtbot, window)
    assert shown(dialog, "Hösten", FeedColumn.SHOWS) == "Höstmöten"

    assert dialog.select_feed("Hösten")
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None
    assert editor.tags.text() == "Höstmöten"
    qtbot.keyClicks(editor.description, "Allt som sker i host")
    with qtbot.waitSignal(window._planner.changed, timeout=20_000):
        qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)  # fmt: skip
    settle(qtbot, window)
    saved = workspace.feeds.get(made.id or 0)
    assert saved.description == "Allt som sker i host"
    assert saved.where.tag_ids == {tag.id} and saved.where.tags == frozenset()

    # Another tag typed over it is chosen instead, by its id once saved.
    workspace.tags.create(Tag(None, "Vår"))
    dialog.reload()
    settle(qtbot, window)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None
    editor.tags.setText("vår")
    with qtbot.waitSignal(window._planner.changed, timeout=20_000):
        qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)  # fmt: skip
    settle(qtbot, window)
    vår = workspace.tags.find("Vår")
    assert vår is not None
    assert workspace.feeds.get(made.id or 0).where.tag_ids == {vår.id}
    qtbot.waitUntil(lambda: shown(dialog, "Hösten", FeedColumn.SHOWS) == "Vår", timeout=20_000)
    settle(qtbot, window)


def test_a_feed_choosing_an_organisation_shows_it_and_lets_it_go(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A feed may choose organisers (``feed add --organiser``): the window names them (it said
    "Every event"), and the editor can untick one, so that deleting it is no longer refused."""
    workspace = window._planner.workspace
    assert workspace is not None
    made = workspace.organisations.create(Organisation(None, "Robotföreningen"))
    assert made.id is not None
    feed = workspace.feeds.create(
        Feed(None, "Robotar", where=EventFilter(organiser_ids=frozenset({made.id})))
    )
    workspace.organisations.update(replace(made, name="Robotförbundet"))
    dialog = open_feeds(qtbot, window)
    assert shown(dialog, "Robotar", FeedColumn.SHOWS) == "Robotförbundet"

    assert dialog.select_feed("Robotar")
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None
    assert editor.organisers.labels() == ["Robotförbundet"]
    action = editor.organisers.action_for(made.id)
    assert action is not None
    action.trigger()  # untick it, as a click in the menu does
    with qtbot.waitSignal(window._planner.changed, timeout=20_000):
        qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)  # fmt: skip
    settle(qtbot, window)
    assert workspace.feeds.get(feed.id or 0).where.organiser_ids == frozenset()
    qtbot.waitUntil(
        lambda: shown(dialog, "Robotar", FeedColumn.SHOWS) == "Every event", timeout=20_000
    )
    workspace.organisations.delete(made.id)
    settle(qtbot, window)


def _categories(path: Path) -> set[str]:
    """The first category of each event (its kind, in the calendar's language)."""
    calendar = Calendar.from_ical(path.read_text(encoding="utf-8"))
    return {str(e["CATEGORIES"].cats[0]) for e in calendar.walk("VEVENT")}


def test_a_swedish_feed_set_to_english_in_its_form_publishes_english_categories(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_feeds(qtbot, window)
    assert dialog.select_feed("Mässor 2027")
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None
    assert editor.language.currentText() == "Automatic, from the feed's name"
    assert [editor.language.itemText(i) for i in range(editor.language.count())] == [
        "Automatic, from the feed's name", "Swedish", "English",
    ]  # fmt: skip
    editor.language.setFocus()
    qtbot.keyClicks(editor.language, "E")  # a closed list picks the item typed
    assert editor.language.currentText() == "English"
    assert editor.is_edited()
    qtbot.keyClicks(editor.folder, str(tmp_path))
    with qtbot.waitSignal(window._planner.feeds_published, timeout=20_000):
        qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)  # fmt: skip
    settle(qtbot, window)
    target = tmp_path / "Mässor 2027.ics"
    assert _categories(target) == {"trade fair"}
    check_ics(target)
    workspace = window._planner.workspace
    assert workspace is not None
    assert workspace.feeds.get_by_name("Mässor 2027").language == "en"

    # Opened again, the form shows it; back to automatic, the categories are Swedish.
    qtbot.waitUntil(lambda: dialog.edit_button.isEnabled(), timeout=20_000)
    assert dialog.select_feed("Mässor 2027")
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.language.currentText() == "English", timeout=20_000)
    assert not editor.is_edited()
    editor.language.setFocus()
    qtbot.keyClicks(editor.language, "A")
    assert editor.language.currentText() == "Automatic, from the feed's name"
    with qtbot.waitSignal(window._planner.feeds_published, timeout=20_000):
        qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)  # fmt: skip
    settle(qtbot, window)
    assert _categories(target) == {"Mässa"}
    assert workspace.feeds.get_by_name("Mässor 2027").language == ""
    settle(qtbot, window)


def test_the_feed_form_shows_each_language_setting_and_gives_it_back(qtbot: QtBot) -> None:
    from eventplanner.ui.feeds.feed_editor import FeedCatalog, FeedEditor

    for setting, text in (("", "Automatic, from the feed's name"), ("sv", "Swedish"),
                          ("en", "English")):  # fmt: skip
        editor = FeedEditor(FeedCatalog(), Feed(1, "Trade fairs", language=setting, version=1))
        qtbot.addWidget(editor)
        assert editor.language.currentText() == text
        assert editor.feed().language == setting
        assert not editor.is_edited()
    new = FeedEditor(FeedCatalog())
    qtbot.addWidget(new)
    assert new.feed().language == ""  # a new feed: automatic
