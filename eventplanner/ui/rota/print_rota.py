"""Print rota…: the printed rota of the service (``printing.rota``), a page per day and per
person, or one person's page, in English or Swedish, saved as a PDF for the stand's wall."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from eventplanner.printing import documents
from eventplanner.services.rota.records import Rota
from eventplanner.ui.widgets.notices import FieldError
from eventplanner.ui.wording import filled


class PrintRotaDialog(QDialog):
    def __init__(self, rota: Rota, person: int | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.rota = rota
        self.setWindowTitle(filled(self.tr("Print rota: %1"), rota.event.title))
        self.whole = QRadioButton(self.tr("&Every day and every person (a page each)"))
        self.one = QRadioButton(self.tr("&One person's shifts:"))
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.one)
        self.person = QComboBox()
        names = {p.contact_id: p.contact_name for p in rota.people}
        for contact, name in sorted(names.items(), key=lambda kv: kv[1].casefold()):
            self.person.addItem(name, contact)
        self.one.setEnabled(bool(names))
        self.person.setEnabled(False)
        self.one.toggled.connect(self.person.setEnabled)
        if person is not None and person in names:
            self.one.setChecked(True)
            self.person.setCurrentIndex(self.person.findData(person))
        else:
            self.whole.setChecked(True)
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Swedish"), "sv")
        if QLocale().language() is QLocale.Language.Swedish:
            self.language.setCurrentIndex(1)
        self.paper = QComboBox()
        for paper in documents.PAPERS:
            self.paper.addItem(paper, paper)
        form = QFormLayout()
        form.addRow(self.whole)
        form.addRow(self.one, self.person)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Paper:"), self.paper)
        self.problem = FieldError()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save PDF…"))
        buttons.accepted.connect(self._ask_file)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.problem)
        box.addWidget(buttons)
        self.written: tuple[Path, int] | None = None

    def chosen_person(self) -> int | None:
        return self.person.currentData() if self.one.isChecked() else None

    def _ask_file(self) -> None:
        name = filled(self.tr("Rota %1.pdf"), self.rota.event.title).replace("/", "-")
        path, _kind = QFileDialog.getSaveFileName(self, self.tr("Save the rota as PDF"), name,
                                                  self.tr("PDF (*.pdf)"))  # fmt: skip
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the chosen pages to ``path``; a failure is shown and the dialog stays."""
        from eventplanner.printing.render import write_pdf
        from eventplanner.printing.rota import rota_document

        document = rota_document(self.rota, person=self.chosen_person(),
                                 language=self.language.currentData(),
                                 paper=self.paper.currentData())  # fmt: skip
        try:
            pages = write_pdf(document, path)
        except OSError as exc:
            self.problem.show_message(filled(self.tr("Cannot write %1: %2"), path,
                                             exc.strerror or exc))  # fmt: skip
            return False
        self.written = (path, pages)
        self.accept()
        return True
