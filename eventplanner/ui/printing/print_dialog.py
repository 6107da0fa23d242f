"""Print programme…: which document (the programme, the crew's run sheet, a stage's door
sheet, a person's run sheet), on what paper and in which language, then Qt's print preview
(print it, or print it to a PDF, from there).

What is printed is the programme as last released, as subscribers see it; "Print the draft"
prints the programme being edited instead, "Draft" on each page. A programme never released
prints only as a draft, and the dialog says so."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.programme_releases import Release, release_title
from eventplanner.domain.text import filled
from eventplanner.printing import documents
from eventplanner.printing.documents import Choice, DocumentKind, Printable
from eventplanner.printing.render import paint
from eventplanner.services.workspace import Workspace
from eventplanner.ui.planner import Planner

_PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}

Loaded = tuple[Release | None, Printable | None]


def _load(workspace: Workspace, event_id: int, draft: bool) -> Loaded:
    """The latest release and what is printed: the release, or the draft when asked for
    (nothing to print when never released and the draft was not asked for)."""
    latest = workspace.releases.latest(event_id)
    if latest is None and not draft:
        return None, None
    return latest, documents.load(workspace, event_id, draft=draft)


class PrintDialog(QDialog):
    """The choices for one event's printed programme, and its preview."""

    def __init__(self, planner: Planner, event_id: int, title: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(filled(self.tr("Print programme: %1"), title))
        self._planner = planner
        self._event_id = event_id
        self.printable: Printable | None = None
        self.preview: QPrintPreviewDialog | None = None

        self.document = QComboBox()
        self.document.addItem(self.tr("Programme (a day a page, stages side by side)"),
                              DocumentKind.PROGRAMME)  # fmt: skip
        self.document.addItem(self.tr("Run sheet for the crew"), DocumentKind.RUN_SHEET)
        self.document.addItem(self.tr("Door sheet for a stage"), DocumentKind.DOOR_SHEET)
        self.document.addItem(self.tr("A person's own run sheet"), DocumentKind.PERSON)
        self.stage = QComboBox()
        self.person = QComboBox()
        self.paper = QComboBox()
        for paper in documents.PAPERS:
            self.paper.addItem(paper, paper)
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Swedish"), "sv")
        if QLocale().language() is QLocale.Language.Swedish:
            self.language.setCurrentIndex(1)
        self.draft = QCheckBox(self.tr("Print the dra&ft (“Draft” on each page)"))
        self.draft.setToolTip(
            self.tr("The programme as being edited, not as last released to subscribers")
        )
        self.draft.toggled.connect(lambda _on: self.reload())
        self.status = QLabel(self.tr("Reading the programme…"))
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Document:"), self.document)
        form.addRow(self.tr("&Stage:"), self.stage)
        form.addRow(self.tr("P&erson:"), self.person)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.draft)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.preview_button.setDefault(True)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.show_preview)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.document.currentIndexChanged.connect(self._enable)
        self._enable()
        self.reload()

    def reload(self) -> None:
        """Read the release (or the draft, when ticked) in the background."""
        event_id, draft = self._event_id, self.draft.isChecked()
        self.printable = None
        self.status.setText(self.tr("Reading the programme…"))
        self._enable()
        self._planner.read(lambda ws: _load(ws, event_id, draft), self._loaded,
                           key=f"print-{id(self)}", on_error=self._failed)  # fmt: skip

    def _loaded(self, loaded: Loaded) -> None:
        latest, printable = loaded
        self.printable = printable
        chosen = {chooser: chooser.currentData() for chooser in (self.stage, self.person)}
        for chooser in chosen:
            chooser.clear()
        if printable is None:
            self.status.setText(
                self.tr("This programme is not released yet, so subscribers see none of it."
                        " Tick “Print the draft” to print it as it is, marked “Draft”.")
            )  # fmt: skip
            self._enable()
            return
        programme = printable.programme
        for stage in programme.stages:
            self.stage.addItem(stage.name, stage.id)
        for ident, person in sorted(printable.people.items(), key=lambda p: p[1].name):
            self.person.addItem(person.name, ident)
        for chooser, before in chosen.items():  # the same stage or person as before, if there
            chooser.setCurrentIndex(max(0, chooser.findData(before)))
        count = len(programme.sessions)
        if printable.draft or latest is None:
            what = self.tr("The draft, “Draft” on each page.")
        else:
            number = latest.number
            title = release_title(
                latest,
                filled(self.tr("Release %1"), number),
                lambda name: filled(self.tr("Release %1 “%2”"), number, name),
                self.tr("Moved with the event"),
            )
            what = filled(self.tr("As released: %1."), title)
        self.status.setText(
            f"{what} " + filled(self.tr("Sessions: %1. Stages: %2."), count, len(programme.stages))
            if count
            else self.tr("This event's programme has no sessions yet: add them first.")
        )
        self._enable()

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.preview_button.setEnabled(False)

    def _enable(self) -> None:
        kind = DocumentKind(self.document.currentData())
        self.stage.setEnabled(kind is DocumentKind.DOOR_SHEET)
        self.person.setEnabled(kind is DocumentKind.PERSON)
        ready = self.printable is not None and (
            (kind is not DocumentKind.DOOR_SHEET or self.stage.count() > 0)
            and (kind is not DocumentKind.PERSON or self.person.count() > 0)
        )
        self.preview_button.setEnabled(ready)

    def choice(self) -> Choice:
        kind = DocumentKind(self.document.currentData())
        return Choice(
            kind, self.paper.currentData(), self.language.currentData(),
            self.stage.currentData() if kind is DocumentKind.DOOR_SHEET else None,
            self.person.currentData() if kind is DocumentKind.PERSON else None,
        )  # fmt: skip

    def show_preview(self) -> QPrintPreviewDialog | None:
        """Qt's print preview of the chosen document, drawn as the PDF is."""
        if self.printable is None:
            return None
        document = documents.document(self.printable, self.choice())
        printer = QPrinter()
        printer.setDocName(f"{document.event} – {document.title}")
        orientation = (
            QPageLayout.Orientation.Landscape if document.landscape
            else QPageLayout.Orientation.Portrait
        )  # fmt: skip
        printer.setFullPage(True)
        printer.setPageLayout(
            QPageLayout(QPageSize(_PAGE_SIZES[document.paper]), orientation,
                        QMarginsF(0, 0, 0, 0))
        )  # fmt: skip

        def draw(target: QPrinter) -> None:
            painter = QPainter(target)
            try:
                paint(painter, target, document, target.newPage)
            finally:
                painter.end()

        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle(self.windowTitle())
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.paintRequested.connect(draw)
        preview.resize(900, 760)
        self.preview = preview
        self._printer = printer  # the preview draws on it while open
        preview.open()
        return preview
