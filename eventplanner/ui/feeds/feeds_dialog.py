"""File → Feeds…: the feeds of the open database, their links, and publishing them.

A feed is a named, saved filter published as a calendar: as a file in a folder, and over
HTTP while "Serve feeds" is on. Everything is read and saved through the Planner, off the
GUI thread; after a saved change the planner publishes the feeds it touched, and the list
shows the new publish time when that is done. A slow "Publish now" shows its progress; its
Cancel leaves the file published before as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.feeds import Feed
from eventplanner.domain.model import Contact, Organisation, Project, Tag, Venue
from eventplanner.services.changes import ChangeSet, Kind
from eventplanner.ui.feeds.feed_editor import FeedCatalog, FeedEditor
from eventplanner.ui.feeds.feed_model import FeedColumn, FeedModel
from eventplanner.ui.feeds.feed_serving import FeedServing
from eventplanner.ui.jobs import JobProgress
from eventplanner.ui.planner import Planner
from eventplanner.ui.widgets.job_progress import ProgressWindow
from eventplanner.ui.widgets.notices import Banner, WrappedLabel
from eventplanner.ui.widgets.row_table import read_only_rows
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.feeds.service import Publication, PublishReport
    from eventplanner.services.workspace import Workspace

T = TypeVar("T")


@dataclass(frozen=True)
class _Listed:
    feeds: list[Feed]
    projects: list[Project]
    venues: list[Venue]
    tags: list[Tag]
    organisations: list[Organisation]
    contacts: list[Contact] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)


def _list(workspace: Workspace) -> _Listed:
    return _Listed(
        workspace.feeds.list(),
        workspace.projects.list(),
        workspace.venues.list(),
        workspace.tags.list(),
        workspace.organisations.list(),
        workspace.contacts.list(),
        workspace.programme.stage_names(),
    )


class FeedsDialog(QDialog):
    """The feeds, one a row; the chosen one's links and commands below."""

    def __init__(
        self,
        planner: Planner,
        serving: FeedServing,
        display_zone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._serving = serving
        self._display_zone = display_zone
        self._key = f"feeds:{id(self)}"
        self._catalog = FeedCatalog()
        self.editor: FeedEditor | None = None
        self._wanted: int | None = None  # the feed to select once listed (just saved)
        self.job: JobProgress | None = None  # while publishing from here
        self._job_window: ProgressWindow | None = None
        self.setWindowTitle(self.tr("Feeds"))
        self.setObjectName("FeedsDialog")

        self.model = FeedModel(display_zone, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        read_only_rows(self.table, int(self.fontMetrics().height() * 1.7), single=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FeedColumn.SHOWS, QHeaderView.ResizeMode.Stretch)
        average = self.fontMetrics().averageCharWidth()
        self.table.setColumnWidth(FeedColumn.NAME, average * 26)
        self.table.setColumnWidth(FeedColumn.FOLDER, average * 30)
        self.table.setColumnWidth(FeedColumn.PUBLISHED, average * 20)

        self.new_button = QPushButton(self.tr("New feed…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.publish_button = QPushButton(self.tr("Publish now"), self)
        self.preview_button = QPushButton(self.tr("Preview in Outlook's eyes…"), self)
        commands = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            commands.addWidget(button)
        commands.addStretch(1)
        commands.addWidget(self.publish_button)
        commands.addWidget(self.preview_button)

        self.http_link = QLineEdit(self)
        self.webcal_link = QLineEdit(self)
        for link in (self.http_link, self.webcal_link):
            link.setReadOnly(True)
        self.copy_http = QPushButton(self.tr("Copy link"), self)
        self.copy_webcal = QPushButton(self.tr("Copy webcal link"), self)
        self.new_link_button = QPushButton(self.tr("New link…"), self)
        links = QGridLayout()
        links.addWidget(QLabel(self.tr("Link:"), self), 0, 0)
        links.addWidget(self.http_link, 0, 1)
        links.addWidget(self.copy_http, 0, 2)
        links.addWidget(QLabel(self.tr("Webcal:"), self), 1, 0)
        links.addWidget(self.webcal_link, 1, 1)
        links.addWidget(self.copy_webcal, 1, 2)
        links.addWidget(self.new_link_button, 0, 3)
        links.setColumnStretch(1, 1)
        self.serving_note = WrappedLabel("", self)
        self.advice = WrappedLabel(
            self.tr(
                "In Outlook choose Add calendar → Subscribe from web and paste the link (or "
                "the published file's OneDrive or SharePoint link). Do not import the file: "
                "only a subscription receives the updates."
            ),
            self,
        )
        self.message = WrappedLabel("", self)
        self.problem = Banner("error", self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(commands)
        layout.addWidget(self.problem)
        layout.addWidget(self.message)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addLayout(links)
        layout.addWidget(self.serving_note)
        layout.addWidget(self.advice)
        self.resize(average * 150, self.fontMetrics().height() * 30)
        self._connect()
        self._chosen_changed()
        self.reload()

    def _connect(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen_changed())
        self.table.doubleClicked.connect(lambda _index: self.edit_feed())
        self.new_button.clicked.connect(self.new_feed)
        self.edit_button.clicked.connect(self.edit_feed)
        self.delete_button.clicked.connect(self.delete_feed)
        self.publish_button.clicked.connect(self.publish)
        self.preview_button.clicked.connect(self.preview)
        self.copy_http.clicked.connect(lambda: self._copy(self.http_link.text()))
        self.copy_webcal.clicked.connect(lambda: self._copy(self.webcal_link.text()))
        self.new_link_button.clicked.connect(self.new_link)
        self._serving.started.connect(self._alive(lambda _base: self._chosen_changed()))
        self._serving.stopped.connect(self._alive(lambda: self._chosen_changed()))
        self._planner.feeds_published.connect(self._alive(self._published))
        self._planner.opened.connect(self._alive(lambda _name: self.reload()))
        self._planner.changed.connect(self._alive(self._saved_elsewhere))

    def _alive(self, callback: Callable[..., None]) -> Callable[..., None]:
        def call(*args: object) -> None:
            if shiboken6.isValid(self):
                callback(*args)

        return call

    # -- the list ----------------------------------------------------------------------------

    def reload(self) -> None:
        self._planner.read(_list, self._alive(self._listed), key=self._key, after_changes=True)

    def _saved_elsewhere(self, changes: ChangeSet) -> None:
        """A feed, or a record a feed's filter names, was saved (by another window or
        another coordinator): list them again."""
        if changes.touches(Kind.FEED, Kind.VENUE, Kind.PROJECT, Kind.TAG, Kind.ORGANISATION,
                           Kind.STAGE):  # fmt: skip
            self.reload()

    def _listed(self, listed: _Listed) -> None:
        chosen = self.chosen()
        self._catalog = FeedCatalog(tuple(listed.projects), tuple(listed.venues),
                                    tuple(listed.tags), tuple(listed.organisations),
                                    tuple(listed.contacts), tuple(listed.stages))  # fmt: skip
        self.model.set_feeds(
            listed.feeds,
            {p.id: p.name for p in listed.projects if p.id is not None},
            {v.id: v.name for v in listed.venues if v.id is not None},
            {t.id: t.name for t in listed.tags if t.id is not None},
            {o.id: o.name for o in listed.organisations if o.id is not None},
        )
        wanted = self._wanted if self._wanted is not None else chosen.id if chosen else None
        self._wanted = None
        row = self.model.row_of(wanted)
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._chosen_changed()

    def chosen(self) -> Feed | None:
        index = self.table.currentIndex()
        return self.model.feed(index.row()) if index.isValid() else None

    def select_feed(self, name: str) -> bool:
        for row, feed in enumerate(self.model.feeds()):
            if feed.name == name:
                self.table.selectRow(row)
                return True
        return False

    def _chosen_changed(self) -> None:
        feed = self.chosen()
        for button in (self.edit_button, self.delete_button, self.preview_button):
            button.setEnabled(feed is not None)
        self.publish_button.setEnabled(feed is not None and bool(feed.folder) and self.job is None)
        self.new_link_button.setEnabled(feed is not None)
        http = self._serving.url_for(feed.token) if feed is not None and feed.token else None
        webcal = (
            self._serving.webcal_url_for(feed.token) if feed is not None and feed.token else None
        )
        self.http_link.setText(http or "")
        self.webcal_link.setText(webcal or "")
        self.copy_http.setEnabled(http is not None)
        self.copy_webcal.setEnabled(webcal is not None)
        if self._serving.serving:
            self.serving_note.setText(
                filled(self.tr("Serving feeds at %1 on this computer."), self._serving.base)
            )
        else:
            self.serving_note.setText(
                self.tr("Turn on File → Serve feeds for links Outlook can subscribe to.")
            )

    # -- changes -----------------------------------------------------------------------------

    def new_feed(self) -> None:
        self._open_editor(None)

    def edit_feed(self) -> None:
        feed = self.chosen()
        if feed is not None:
            self._open_editor(feed)

    def _open_editor(self, feed: Feed | None) -> None:
        editor = FeedEditor(self._catalog, feed, self.tr("Cancelled: "), self)
        editor.submitted.connect(lambda made: self._save(editor, made))
        editor.finished.connect(lambda _result: self._editor_closed(editor))
        self.editor = editor
        editor.open()

    def _editor_closed(self, editor: FeedEditor) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()

    def _save(self, editor: FeedEditor, feed: Feed) -> None:
        def work(workspace: Workspace) -> Feed:
            if feed.id is None:
                return workspace.feeds.create(feed)
            return workspace.feeds.update(feed, expected_version=feed.version)

        def saved(made: Feed) -> None:
            if shiboken6.isValid(editor):
                editor.saved()
            self.message.setText(filled(self.tr("Saved the feed %1."), made.name))
            self._wanted = made.id
            self.reload()

        def refused(message: str) -> None:
            if shiboken6.isValid(editor):
                editor.show_error(message)

        self._planner.change(work, self._alive(saved), self._alive(refused))

    def delete_feed(self) -> None:
        feed = self.chosen()
        if feed is None or feed.id is None:
            return
        ident, version = feed.id, feed.version
        self._confirmed_change(
            self.tr("Delete the feed?"),
            filled(
                self.tr(
                    "Delete the feed %1? Its link stops working; a file already published in "
                    "its folder stays there."
                ),
                feed.name,
            ),
            lambda ws: ws.feeds.delete(ident, expected_version=version),
            filled(self.tr("Deleted the feed %1."), feed.name),
        )

    def new_link(self) -> None:
        feed = self.chosen()
        if feed is None or feed.id is None:
            return
        ident, version = feed.id, feed.version
        self._confirmed_change(
            self.tr("Make a new link?"),
            filled(
                self.tr(
                    "Give %1 a new link? The old link stops working at once: everyone subscribed "
                    "to it must subscribe to the new one."
                ),
                feed.name,
            ),
            lambda ws: ws.feeds.new_token(ident, expected_version=version),
            filled(self.tr("The feed %1 has a new link."), feed.name),
        )

    def _confirmed_change(
        self, title: str, question: str, work: Callable[[Workspace], object], done: str
    ) -> None:
        """Ask ``question``; on Yes, make the change and then say ``done``."""
        answer = QMessageBox.question(
            self, title, question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return

        def changed(_result: object) -> None:
            self._say(done)
            self.reload()

        self._planner.change(work, self._alive(changed), self._alive(self._refused))

    def publish(self) -> None:
        """Write the chosen feed's file now (on the writing thread, after pending saves)."""
        feed = self.chosen()
        if feed is None or feed.id is None:
            return
        ident = feed.id
        self.problem.show_message(None)
        # Parented to the planner: publishing goes on when this window is closed.
        progress = JobProgress(self._planner)
        self.job = progress
        self._job_window = ProgressWindow(
            progress, filled(self.tr("Publishing %1…"), feed.name), self
        )
        self._chosen_changed()
        self._planner.read(
            lambda ws: ws.feeds.publish(ident, progress=progress),
            progress.then(self._alive(self._published_one)),
            after_changes=True,
            on_error=progress.then(self._alive(self._publish_refused)),
        )

    def _publish_ended(self) -> None:
        if self._job_window is not None:
            self._job_window.finish()
        self.job = self._job_window = None
        self._chosen_changed()

    def _published_one(self, publication: Publication) -> None:
        self._publish_ended()
        self._say(
            filled(self.tr("Published %1 to %2."), publication.feed.name, str(publication.path))
        )
        self.reload()

    def _publish_refused(self, message: str) -> None:
        job = self.job
        self._publish_ended()
        if job is not None and job.cancelled():
            self._say(self.tr("Publishing cancelled: the published file was left as it was."))
            return
        self._refused(message)

    def _published(self, report: PublishReport) -> None:
        """The planner republished feeds after a change: show the new times."""
        lines = [
            filled(self.tr("Published %1 to %2."), p.feed.name, str(p.path))
            for p in report.published
        ]
        self._say(" ".join(lines))
        self.problem.show_message("\n".join(f.message for f in report.failed) or None)
        self.reload()

    def preview(self) -> None:
        from eventplanner.ui.preview.preview_dialog import PreviewDialog

        feed = self.chosen()
        if feed is None or feed.id is None:
            return
        ident = feed.id
        dialog = PreviewDialog(
            self._planner,
            lambda ws: ws.feeds.render(ident).body.decode("utf-8"),
            feed.shown_name,
            self._display_zone,
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_dialog = dialog
        dialog.open()

    # -- helpers -----------------------------------------------------------------------------

    def _copy(self, text: str) -> None:
        if text:
            QGuiApplication.clipboard().setText(text)
            self._say(
                filled(
                    self.tr(
                        "Copied %1. In Outlook: Add calendar → Subscribe from web, and paste it."
                    ),
                    text,
                )
            )

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _refused(self, message: str) -> None:
        self.problem.show_message(message[:1].upper() + message[1:])
