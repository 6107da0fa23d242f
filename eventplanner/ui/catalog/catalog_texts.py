"""The words the catalog manager shows for each kind of record, through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QObject

from eventplanner.ui.catalog.catalog_kinds import CatalogKind
from eventplanner.ui.wording import filled


class CatalogTexts(QObject):
    """Titles, counts and questions for one kind ("Venues", "3 venues", "Delete the venue…")."""

    def __init__(self, kind: CatalogKind, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind

    def _pick(self, venue: str, organisation: str, contact: str, project: str, tag: str) -> str:
        return {
            CatalogKind.VENUE: venue,
            CatalogKind.ORGANISATION: organisation,
            CatalogKind.CONTACT: contact,
            CatalogKind.PROJECT: project,
            CatalogKind.TAG: tag,
        }[self.kind]

    def title(self) -> str:
        return self._pick(self.tr("Venues"), self.tr("Organisations"), self.tr("Contacts"),
                          self.tr("Projects"), self.tr("Tags"))  # fmt: skip

    def search_placeholder(self) -> str:
        return self._pick(self.tr("Search venues"), self.tr("Search organisations"),
                          self.tr("Search contacts"), self.tr("Search projects"),
                          self.tr("Search tags"))  # fmt: skip

    def new_record(self) -> str:
        return self._pick(self.tr("New venue"), self.tr("New organisation"),
                          self.tr("New contact"), self.tr("New project"),
                          self.tr("New tag"))  # fmt: skip

    def nothing_chosen(self) -> str:
        return self._pick(self.tr("Choose a venue on the left, or press New."),
                          self.tr("Choose an organisation on the left, or press New."),
                          self.tr("Choose a contact on the left, or press New."),
                          self.tr("Choose a project on the left, or press New."),
                          self.tr("Choose a tag on the left, or press New."))  # fmt: skip

    def count(self, count: int, search: str) -> str:
        if count == 0 and search:
            return filled(self.tr("Nothing matches “%1”"), search)
        if count == 0:
            return self._pick(self.tr("No venues yet"), self.tr("No organisations yet"),
                              self.tr("No contacts yet"), self.tr("No projects yet"),
                              self.tr("No tags yet"))  # fmt: skip
        if count == 1:
            return self._pick(self.tr("1 venue"), self.tr("1 organisation"),
                              self.tr("1 contact"), self.tr("1 project"),
                              self.tr("1 tag"))  # fmt: skip
        many = self._pick(self.tr("%1 venues"), self.tr("%1 organisations"),
                          self.tr("%1 contacts"), self.tr("%1 projects"),
                          self.tr("%1 tags"))  # fmt: skip
        return filled(many, str(count))

    def delete_question(self, name: str) -> str:
        text = self._pick(self.tr("Delete the venue “%1”?"),
                          self.tr("Delete the organisation “%1”?"),
                          self.tr("Delete the contact “%1”?"),
                          self.tr("Delete the project “%1”?"),
                          self.tr("Delete the tag “%1”?"))  # fmt: skip
        return filled(text, name) + "\n\n" + self.tr("This cannot be undone.")

    def delete_title(self) -> str:
        return self._pick(self.tr("Delete venue"), self.tr("Delete organisation"),
                          self.tr("Delete contact"), self.tr("Delete project"),
                          self.tr("Delete tag"))  # fmt: skip

    def usage(self, count: int) -> str:
        if count == 0:
            return self.tr("Not used by any event")
        if count == 1:
            return self.tr("Used by 1 event")
        return filled(self.tr("Used by %1 events"), str(count))

    def chosen_by_feeds(self, name: str, feeds: tuple[str, ...]) -> str:
        """Why a record feeds choose their events by cannot be deleted, naming the feeds."""
        if len(feeds) == 1:
            return filled(self.tr("“%1” is chosen by the feed “%2”. Change the feed first, or it "
                                  "would publish other events."), name, feeds[0])  # fmt: skip
        quoted = self.tr("“%1”", "one feed's name in a list of feeds")
        listed = ", ".join(filled(quoted, feed) for feed in feeds)
        return filled(self.tr("“%1” is chosen by the feeds %2. Change them first, or they "
                              "would publish other events."), name, listed)  # fmt: skip

    def discard_question(self, name: str) -> str:
        if not name:
            return self.tr("Discard what you typed?")
        return filled(self.tr("Discard your changes to “%1”?"), name)
