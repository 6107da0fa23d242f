"""A release's e-mail to each person it affects: the list of people, the chosen one's
subject and body, and what to do with them: copy one, save all as .eml files for Outlook to
open as drafts (``X-Unsent``: nothing is sent by us), or open one in the mail program
(a mailto: link, when its text fits one). In English or Swedish, apart from the window's
language: a coordinator writes to each guest in theirs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.services.programme.release_emails import PersonEmail
from eventplanner.ui.planner import Planner
from eventplanner.ui.programme.release_email_model import EmailColumn, ReleaseEmailModel
from eventplanner.ui.widgets.alive import while_alive
from eventplanner.ui.widgets.notices import Banner, WrappedLabel
from eventplanner.ui.widgets.row_table import read_only_rows
from eventplanner.ui.wording import filled

MAILTO_LIMIT = 2000
"""The longest mailto: link handed to the mail program: Windows and Outlook cut longer ones
(about 2,048 characters), which would open a truncated e-mail."""


def mailto_url(email: PersonEmail) -> QUrl:
    """The mailto: link of ``email``: its address, subject and body, percent-encoded
    (RFC 6068: line breaks as CRLF)."""
    body = email.body.replace("\r\n", "\n").replace("\n", "\r\n")
    text = (f"mailto:{quote(email.to[1], safe='@')}?subject={quote(email.subject, safe='')}"
            f"&body={quote(body, safe='')}")  # fmt: skip
    return QUrl.fromEncoded(text.encode("ascii"), QUrl.ParsingMode.StrictMode)


def fits_mailto(email: PersonEmail) -> bool:
    """Whether ``email`` goes whole into a mailto: link a mail program takes."""
    if not email.to[1]:
        return False
    return (
        len(mailto_url(email).toString(QUrl.ComponentFormattingOption.FullyEncoded)) <= MAILTO_LIMIT
    )


def copied_text(email: PersonEmail) -> str:
    """What Copy puts on the clipboard: the addressee, the subject and the body."""
    name, address = email.to
    to = f"{name} <{address}>" if address else name
    return f"{to}\n{email.subject}\n\n{email.body}"


class ReleaseEmailsView(QWidget):
    """The e-mails of one release, read off the GUI thread when it is shown."""

    loaded = Signal()
    """The e-mails are shown (after each read)."""
    saved = Signal(list)
    """The .eml files were written: their paths."""

    def __init__(self, planner: Planner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._planner = planner
        self._event_id: int | None = None
        self._release_id: int | None = None
        self._key = f"release-emails-{id(self)}"
        self.emails: tuple[PersonEmail, ...] | None = None

        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Swedish"), "sv")
        if QLocale().language() is QLocale.Language.Swedish:
            self.language.setCurrentIndex(1)
        self.language.currentIndexChanged.connect(lambda _i: self.reload())
        self.summary = WrappedLabel("")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("&Language:")))
        top.itemAt(top.count() - 1).widget().setBuddy(self.language)  # type: ignore[union-attr]
        top.addWidget(self.language)

        self.model = ReleaseEmailModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        read_only_rows(self.table, int(self.fontMetrics().height() * 1.7), single=True)
        self.table.horizontalHeader().setSectionResizeMode(
            EmailColumn.ADDRESS, QHeaderView.ResizeMode.Stretch
        )
        self.table.setColumnWidth(EmailColumn.TO, self.fontMetrics().averageCharWidth() * 22)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_chosen())

        self.to = QLineEdit()
        self.subject = QLineEdit()
        for field in (self.to, self.subject):
            field.setReadOnly(True)
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        letter = QWidget()
        form = QFormLayout(letter)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("To:"), self.to)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.body)

        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(letter)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("The chosen e-mail's addressee, subject and text"))
        self.save_button = QPushButton(self.tr("&Save as e-mails…"))
        self.save_button.setToolTip(
            self.tr("One .eml file per person into a folder: Outlook opens each as a draft"
                    " ready to send")
        )  # fmt: skip
        self.open_button = QPushButton(self.tr("&Open in mail program"))
        self.copy_button.clicked.connect(self.copy_chosen)
        self.save_button.clicked.connect(lambda: self.ask_save())
        self.open_button.clicked.connect(self.open_chosen)
        self.problem = Banner("error", self)
        self.notice = WrappedLabel("")
        commands = QHBoxLayout()
        commands.addWidget(self.notice, 1)
        commands.addWidget(self.copy_button)
        commands.addWidget(self.open_button)
        commands.addWidget(self.save_button)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(split, 1)
        box.addWidget(self.problem)
        box.addLayout(commands)
        self._enable()

    # -- reading -----------------------------------------------------------------------------

    def show_release(self, event_id: int, release_id: int) -> None:
        """Show the e-mails of the release ``release_id`` of the event ``event_id``."""
        self._event_id, self._release_id = event_id, release_id
        self.reload()

    def reload(self) -> None:
        event_id, release_id = self._event_id, self._release_id
        if event_id is None or release_id is None:
            return
        language = self.language.currentData()
        self.problem.show_message(None)
        self._planner.read(
            lambda ws: ws.releases.emails(event_id, release_id, language),
            while_alive(self, self._read),
            key=self._key,
            after_changes=True,
            on_error=while_alive(self, self.problem.show_message),
        )

    def _read(self, emails: Sequence[PersonEmail]) -> None:
        chosen = self.chosen()
        self.emails = tuple(emails)
        self.model.set_emails(self.emails)
        if not self.emails:
            self.summary.setText(self.tr("Nobody is affected by this release: no e-mails."))
        elif len(self.emails) == 1:
            self.summary.setText(self.tr("An e-mail to the one person affected:"))
        else:
            self.summary.setText(
                filled(self.tr("An e-mail to each of the %1 people affected:"), len(self.emails))
            )
        row = 0
        if chosen is not None:
            row = next((r for r, e in enumerate(self.emails) if e.to == chosen.to), 0)
        if self.emails:
            self.table.selectRow(row)
        self._show_chosen()
        self.loaded.emit()

    # -- the chosen e-mail -------------------------------------------------------------------

    def chosen(self) -> PersonEmail | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def choose(self, row: int) -> None:
        self.table.selectRow(row)
        self._show_chosen()

    def _show_chosen(self) -> None:
        email = self.chosen()
        if email is None:
            for field in (self.to, self.subject):
                field.clear()
            self.body.clear()
        else:
            name, address = email.to
            self.to.setText(f"{name} <{address}>" if address else name)
            self.to.setCursorPosition(0)
            self.subject.setText(email.subject)
            self.subject.setCursorPosition(0)
            self.body.setPlainText(email.body)
        self._enable()

    def _enable(self) -> None:
        email = self.chosen()
        self.copy_button.setEnabled(email is not None)
        self.save_button.setEnabled(bool(self.emails))
        fits = email is not None and fits_mailto(email)
        self.open_button.setEnabled(fits)
        if email is not None and not email.to[1]:
            tip = self.tr("This person has no e-mail address: copy the text instead")
        elif email is not None and not fits:
            tip = self.tr("Too long for a mailto: link: save as e-mails, or copy the text")
        else:
            tip = self.tr("A new e-mail in the mail program, with this subject and text")
        self.open_button.setToolTip(tip)

    def copy_chosen(self) -> None:
        email = self.chosen()
        if email is not None:
            QGuiApplication.clipboard().setText(copied_text(email))
            self.notice.setText(filled(self.tr("Copied the e-mail to %1."), email.to[0]))

    def open_chosen(self) -> bool:
        email = self.chosen()
        if email is None or not fits_mailto(email):
            return False
        opened = QDesktopServices.openUrl(mailto_url(email))
        if not opened:
            self.problem.show_message(
                self.tr("No mail program opened the e-mail: save as e-mails, or copy the text.")
            )
        return opened

    # -- saving ------------------------------------------------------------------------------

    def ask_save(self, folder: str | None = None) -> None:
        """Write one .eml per person into ``folder`` (asked for when None), off the GUI
        thread; ``saved`` then says where."""
        emails = self.emails
        if not emails:
            return
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Save the e-mails into a folder")
            )
            if not folder:
                return
        target = Path(folder)
        event_id, release_id = self._event_id, self._release_id
        language = self.language.currentData()
        if event_id is None or release_id is None:
            return
        self.save_button.setEnabled(False)
        self.problem.show_message(None)
        self.notice.setText(self.tr("Saving the e-mails…"))
        self._planner.read(
            lambda ws: ws.releases.write_emails(event_id, release_id, language, target),
            while_alive(self, self._saved),
            on_error=while_alive(self, self._not_saved),
        )

    def _saved(self, paths: Sequence[Path]) -> None:
        self._enable()
        if len(paths) == 1:
            text = self.tr("Saved the e-mail in %1: open it in Outlook to send it.")
            self.notice.setText(filled(text, paths[0].parent))
        elif paths:
            text = self.tr("Saved %1 e-mails in %2: open each in Outlook to send it.")
            self.notice.setText(filled(text, len(paths), paths[0].parent))
        self.saved.emit([str(p) for p in paths])

    def _not_saved(self, message: str) -> None:
        self._enable()
        self.notice.setText("")
        self.problem.show_message(message)
