"""No placeholder reaches the screen: every text with values is filled by one helper, in one
pass, and every message of the Swedish catalogue has the placeholders of its English text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from eventplanner.ui.wording import PLACEHOLDER, filled

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "eventplanner" / "ui"
TS = ROOT / "eventplanner" / "resources" / "translations" / "eventplanner_sv.ts"


def catalogue() -> list[tuple[str, str, str | None, str]]:
    """Every (context, source, comment, translation) of the Swedish .ts."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            found.append(
                (
                    context.findtext("name", ""),
                    message.findtext("source", ""),
                    message.findtext("comment"),
                    message.findtext("translation", ""),
                )
            )
    return found


def numbers(text: str) -> list[int]:
    return sorted({int(n) for n in PLACEHOLDER.findall(text)})


def test_filled_puts_each_value_in_its_place_once() -> None:
    assert filled("Move “%1” from %2", "Mässa", "12 feb") == "Move “Mässa” from 12 feb"
    assert filled("%2 (events: %1)", 3, "/tmp/a.ics") == "/tmp/a.ics (events: 3)"
    # A value holding a placeholder is shown as it is, not filled again.
    assert filled("%1 (in Outlook: %2)", "Rabatt 50%2", "Mässor") == (
        "Rabatt 50%2 (in Outlook: Mässor)"
    )
    assert filled("Week %1 · %2–%3", 12, "%3", "28 Mar") == "Week 12 · %3–28 Mar"


def test_no_text_is_filled_by_hand() -> None:
    """`.replace("%1", …)` filled texts one placeholder at a time: a title holding "%2" was
    filled again, and a forgotten call left "%2" on the screen."""
    by_hand = re.compile(r"""\.replace\(\s*["']%\d""")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if by_hand.search(line)
    ]
    assert found == []


def test_every_translation_keeps_the_placeholders_of_its_text() -> None:
    """The Swedish texts have %1…%n exactly where the English ones have, numbered without a
    gap, so filling either with n values leaves nothing behind."""
    wrong = []
    for context, source, _comment, translation in catalogue():
        wanted = numbers(source)
        if wanted != list(range(1, len(wanted) + 1)) or numbers(translation) != wanted:
            wrong.append(f"{context}: {source!r} -> {translation!r}")
    assert wrong == []


def test_no_placeholder_reaches_the_screen_in_swedish(swedish) -> None:  # type: ignore[no-untyped-def]
    """Every message as the Swedish window shows it, filled with as many values as its
    English text has placeholders."""
    left = []
    checked = 0
    for context, source, comment, _translation in catalogue():
        shown = QCoreApplication.translate(context, source, comment)
        values = ["x"] * len(numbers(source))
        if PLACEHOLDER.search(filled(shown, *values)):
            left.append(f"{context}: {shown!r}")
        checked += 1
    assert left == []
    assert checked > 500
