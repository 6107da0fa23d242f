"""Which time zone the window shows times in (events keep their own zones)."""

from __future__ import annotations

import zoneinfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QInputDialog, QWidget

translate = QCoreApplication.translate


def ask_display_zone(parent: QWidget | None, current: str) -> str | None:
    zones = sorted(
        z for z in zoneinfo.available_timezones() if "/" in z and not z.startswith("Etc")
    )
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(translate("DisplayZone", "Display time zone"))
    dialog.setLabelText(
        translate(
            "DisplayZone",
            "Show times in this zone. Events keep their own zone; one in another zone\n"
            "also shows its local time.",
        )
    )
    dialog.setComboBoxItems(zones)
    dialog.setComboBoxEditable(True)
    dialog.setTextValue(current)
    combo = dialog.findChild(QComboBox)
    if combo is not None:
        completer = QCompleter(zones, combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        combo.setCompleter(completer)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    chosen = dialog.textValue().strip()
    return chosen if chosen in zones else None
