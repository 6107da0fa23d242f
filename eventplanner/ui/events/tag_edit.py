"""Tags typed as a comma-separated list, with the tag being typed completed from known ones."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


def split_tags(text: str) -> tuple[str, ...]:
    """The tags in ``text``, trimmed, without empties or repeats (the first spelling wins)."""
    seen: set[str] = set()
    tags: list[str] = []
    for part in text.split(","):
        tag = part.strip()
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tuple(tags)


def join_tags(tags: Iterable[str]) -> str:
    return ", ".join(tags)


class TagEdit(QLineEdit):
    """A line edit for "fair, industry, members" that completes the tag under the cursor."""

    def __init__(self, known: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStringListModel(sorted(known, key=str.casefold), self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.setWidget(self)
        # PySide6's stubs have no indexing of a signal by its overload's argument type.
        self._completer.activated[str].connect(self._insert)  # type: ignore[index]
        self.textEdited.connect(self._complete)

    def tags(self) -> tuple[str, ...]:
        return split_tags(self.text())

    def set_tags(self, tags: Iterable[str]) -> None:
        self.setText(join_tags(tags))

    def _token_bounds(self) -> tuple[int, int]:
        """Where the tag under the cursor starts and ends in the text."""
        text, cursor = self.text(), self.cursorPosition()
        start = text.rfind(",", 0, cursor) + 1
        end = text.find(",", cursor)
        return start, len(text) if end < 0 else end

    def _complete(self, _text: str) -> None:
        start, _end = self._token_bounds()
        prefix = self.text()[start : self.cursorPosition()].strip()
        taken = {t.casefold() for t in self.tags()}
        if not prefix or (prefix.casefold() in taken and self._exact(prefix)):
            self._hide_popup()
            return
        self._completer.setCompletionPrefix(prefix)
        if self._completer.completionCount() > 0:
            self._completer.complete()
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        popup = self._completer.popup()  # (made when first asked for)
        assert popup is not None
        popup.hide()

    def _exact(self, prefix: str) -> bool:
        folded = prefix.casefold()
        return any(tag.casefold() == folded for tag in self._model.stringList())

    def _insert(self, completion: str) -> None:
        start, end = self._token_bounds()
        text = self.text()
        before = text[:start].rstrip()
        head = f"{before} " if before else ""
        after = text[end:].lstrip(",").strip()
        tail = f", {after}" if after else ", "
        self.setText(f"{head}{completion}{tail}")
        self.setCursorPosition(len(head) + len(completion) + 2)
