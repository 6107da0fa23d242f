"""An event's stages in the app: the rooms at its venue and its digital stages, with their
stream and recording links; added, changed and deleted here (before, only the command line
could), each saved at once in the background and undoable, a refusal shown with nothing
changed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from eventplanner.domain.programme import Stage
from eventplanner.ui.planner import Planner
from eventplanner.ui.programme.setting_undo import SettingChange, Submit
from eventplanner.ui.wording import filled


class StagesDialog(QDialog):
    """The stages of the event ``event_id``; ``set_stages`` with each programme read."""

    written = Signal()  # a write was answered (saved or refused)

    def __init__(
        self,
        planner: Planner,
        event_id: int,
        title: str,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._submit = submit
        self._event_id = event_id
        self._stages: tuple[Stage, ...] = ()
        self._choose: int | None = None  # a stage just added, chosen once it is read
        self._shown: tuple[int | None, int] | None = None  # the stage in the fields
        self.setWindowTitle(filled(self.tr("Stages: %1"), title))
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda _new, _old: self._chosen())
        self.name = QLineEdit()
        self.digital = QCheckBox(self.tr("A digital stage (streamed only)"))
        self.stream = QLineEdit()
        self.stream.setPlaceholderText("https://")
        self.recording = QLineEdit()
        self.recording.setPlaceholderText("https://")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.digital)
        form.addRow(self.tr("S&tream:"), self.stream)
        form.addRow(self.tr("&Recording:"), self.recording)
        self.new_button = QPushButton(self.tr("Ne&w"))
        self.new_button.setToolTip(self.tr("Clear the fields for a new stage"))
        self.new_button.clicked.connect(self._new)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Only a stage no session or block is on"))
        self.delete_button.clicked.connect(self.delete)
        row = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828")
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(row)
        right.addWidget(self.message)
        right.addStretch(1)
        sides = QHBoxLayout()
        sides.addWidget(self.list, 2)
        sides.addLayout(right, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(sides, 1)
        box.addWidget(buttons)
        self.resize(740, 300)
        self._new()

    def set_stages(self, stages: Sequence[Stage]) -> None:
        """The event's stages as now read; the chosen one stays chosen."""
        chosen = self.chosen()
        wanted = self._choose if self._choose is not None else (chosen.id if chosen else None)
        self._choose = None
        self._stages = tuple(stages)
        self.list.blockSignals(True)
        self.list.clear()
        for stage in self._stages:
            kind = self.tr("digital") if stage.digital else self.tr("room")
            item = QListWidgetItem(f"{stage.name} ({kind})")
            item.setData(Qt.ItemDataRole.UserRole, stage.id)
            self.list.addItem(item)
            if wanted is not None and stage.id == wanted:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self._shown is not None and self.list.currentItem() is None:
            self._new()  # the stage in the fields is gone (deleted)
            return
        self._chosen()

    def chosen(self) -> Stage | None:
        item = self.list.currentItem()
        if item is None:
            return None
        ident = item.data(Qt.ItemDataRole.UserRole)
        return next((s for s in self._stages if s.id == ident), None)

    def _chosen(self) -> None:
        """The chosen stage in the fields; what is typed stays while it is the same stage
        as stored (a refused save, or another's change elsewhere, keeps the typing)."""
        stage = self.chosen()
        self.delete_button.setEnabled(stage is not None)
        if stage is None or self._shown == (stage.id, stage.version):
            return
        self._shown = (stage.id, stage.version)
        self.name.setText(stage.name)
        self.digital.setChecked(stage.digital)
        self.stream.setText(stage.stream_url)
        self.recording.setText(stage.recording_url)
        self.message.clear()

    def _new(self) -> None:
        self.list.setCurrentRow(-1)  # none chosen: a new one
        self._shown = None
        for field in (self.name, self.stream, self.recording):
            field.clear()
        self.digital.setChecked(False)
        self.delete_button.setEnabled(False)
        self.message.clear()
        self.name.setFocus()

    def save(self) -> None:
        """Add the stage typed (none chosen) or change the chosen one."""
        stage = self.chosen()
        typed = Stage(None, self._event_id, self.name.text().strip(), self.digital.isChecked(),
                      self.stream.text().strip(), self.recording.text().strip())  # fmt: skip
        if stage is None:
            self._write(SettingChange(self._planner, None, typed))
        else:
            changed = replace(
                stage, name=typed.name, digital=typed.digital,
                stream_url=typed.stream_url, recording_url=typed.recording_url,
            )  # fmt: skip
            self._write(SettingChange(self._planner, stage, changed))

    def delete(self) -> None:
        stage = self.chosen()
        if stage is None or stage.id is None:
            return
        self._write(SettingChange(self._planner, stage, None))

    def _write(self, command: SettingChange) -> None:
        """Saved in the background and put in the undo history once saved."""
        self.message.clear()
        self._submit(command, self._done, self._refused)

    def _done(self, result: object) -> None:
        if isValid(self):
            record = result  # what the change saved
            if isinstance(record, Stage) and self.chosen() is None:
                self._choose = record.id
            self.written.emit()

    def _refused(self, message: str) -> None:
        if isValid(self):
            self.message.setText(message)
            self.written.emit()
