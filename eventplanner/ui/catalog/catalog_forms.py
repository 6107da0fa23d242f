"""The edit forms of venues, organisations, contacts, projects and tags: every field of each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from eventplanner.domain.enums import ActorType, CompanySize, OrganisationType
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import Contact, Organisation, Project, Tag, Venue
from eventplanner.domain.validation import MAX_CAPACITY
from eventplanner.ui.catalog.catalog_form import CatalogForm, OptionalDate, Record
from eventplanner.ui.labels import organisation_type_label
from eventplanner.ui.qt_dates import day_of
from eventplanner.ui.widgets.catalog_picker import CatalogPicker
from eventplanner.ui.widgets.time_zone_picker import TimeZonePicker
from eventplanner.ui.wording import filled

_NO_LIMIT = -1


def _left(parent: QWidget, widget: QWidget) -> QWidget:
    """``widget`` at its own width, not stretched across the form."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    layout.addStretch(1)
    row.setFocusProxy(widget)
    return row


class VenueForm(CatalogForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Venue(None, ""), parent)
        self.name.setPlaceholderText(self.tr("e.g. Aros Congress Center"))
        self.address = self.line_edit(self.tr("Street and number"))
        self.city = self.line_edit()
        self.country = self.line_edit()
        self.time_zone = TimeZonePicker(self)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(_NO_LIMIT, MAX_CAPACITY)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.capacity.setGroupSeparatorShown(True)
        self.capacity.setSuffix(self.tr(" people"))
        self.capacity.setMinimumWidth(self.capacity.sizeHint().width() + 16)
        self.notes = self.text_area(self.tr("Access, parking, contact on site…"))
        self.add_row(self.tr("&Name:"), "name", self.name)
        self.add_row(self.tr("&Address:"), "address", self.address)
        self.add_row(self.tr("&City:"), "city", self.city)
        self.add_row(self.tr("C&ountry:"), "country", self.country)
        self.add_row(self.tr("Time &zone:"), "time_zone", self.time_zone)
        self.add_row(self.tr("Ca&pacity:"), "capacity", _left(self, self.capacity), self.capacity)
        self.add_row(self.tr("No&tes:"), "notes", self.notes)
        for field, signal in (
            ("name", self.name.textChanged),
            ("address", self.address.textChanged),
            ("city", self.city.textChanged),
            ("country", self.country.textChanged),
            ("time_zone", self.time_zone.time_zone_changed),
            ("capacity", self.capacity.valueChanged),
            ("notes", self.notes.textChanged),
        ):
            self.watch(field, signal)

    def fill(self, record: Venue) -> None:
        self.address.setText(record.address)
        self.city.setText(record.city)
        self.country.setText(record.country)
        self.time_zone.set_time_zone(record.time_zone)
        self.capacity.setValue(_NO_LIMIT if record.capacity is None else record.capacity)
        self.notes.setPlainText(record.notes)

    def values(self, problems: list[ValidationError]) -> dict[str, Any]:
        capacity = self.capacity.value()
        return {
            "address": self.address.text().strip(),
            "city": self.city.text().strip(),
            "country": self.country.text().strip(),
            "time_zone": self.time_zone.time_zone(),
            "capacity": None if capacity == _NO_LIMIT else capacity,
            "notes": self.notes.toPlainText(),
        }


class OrganisationForm(CatalogForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Organisation(None, ""), parent)
        self.name.setPlaceholderText(self.tr("e.g. Mälardalen University"))
        self.type = QComboBox(self)
        for value in OrganisationType:
            self.type.addItem(organisation_type_label(value), value.value)
        self.web_page = self.line_edit("https://")
        # Its identity, for reach counts (issue 16): checked by the domain on save.
        self.org_number = self.line_edit(self.tr("NNNNNN-NNNN"))
        self.country = self.line_edit("SE")
        self.country.setMaxLength(2)
        self.company_size = QComboBox(self)
        self.company_size.addItem(self.tr("(not said)"), "")
        self.company_size.addItem(self.tr("SME"), CompanySize.SME.value)
        self.company_size.addItem(self.tr("Large company"), CompanySize.LARGE.value)
        self.actor_type = QComboBox(self)
        self.actor_type.addItem(self.tr("(not said)"), "")
        for actor in ActorType:
            self.actor_type.addItem(self._actor_label(actor), actor.value)
        self.notes = self.text_area()
        self.add_row(self.tr("&Name:"), "name", self.name)
        self.add_row(self.tr("&Type:"), "type", _left(self, self.type), self.type)
        self.add_row(self.tr("&Actor type:"), "actor_type", _left(self, self.actor_type),
                     self.actor_type)  # fmt: skip
        self.add_row(self.tr("Si&ze:"), "size", _left(self, self.company_size), self.company_size)
        self.add_row(self.tr("Organisation n&umber:"), "org_number", self.org_number)
        self.add_row(self.tr("C&ountry:"), "country", self.country)
        self.add_row(self.tr("&Web page:"), "web_page", self.web_page)
        self.add_row(self.tr("No&tes:"), "notes", self.notes)
        self.watch("name", self.name.textChanged)
        self.watch("type", self.type.currentIndexChanged)
        self.watch("actor_type", self.actor_type.currentIndexChanged)
        self.watch("size", self.company_size.currentIndexChanged)
        self.watch("org_number", self.org_number.textChanged)
        self.watch("country", self.country.textChanged)
        self.watch("web_page", self.web_page.textChanged)
        self.watch("notes", self.notes.textChanged)

    def _actor_label(self, actor: ActorType) -> str:
        labels = {
            ActorType.INDUSTRY: self.tr("Industry"),
            ActorType.ACADEMIA: self.tr("Academia"),
            ActorType.RESEARCH_INSTITUTE: self.tr("Research institute"),
            ActorType.PUBLIC_SECTOR: self.tr("Public sector"),
            ActorType.CIVIL_SOCIETY: self.tr("Civil society"),
            ActorType.OTHER: self.tr("Other"),
        }
        return labels[actor]

    def fill(self, record: Organisation) -> None:
        self.type.setCurrentIndex(self.type.findData(record.type.value))
        self.actor_type.setCurrentIndex(
            self.actor_type.findData(record.actor_type.value if record.actor_type else "")
        )
        self.company_size.setCurrentIndex(
            self.company_size.findData(record.size.value if record.size else "")
        )
        self.org_number.setText(record.org_number)
        self.country.setText(record.country)
        self.web_page.setText(record.web_page)
        self.notes.setPlainText(record.notes)

    def values(self, problems: list[ValidationError]) -> dict[str, Any]:
        actor, size = self.actor_type.currentData(), self.company_size.currentData()
        return {
            "type": OrganisationType(self.type.currentData()),
            "actor_type": ActorType(actor) if actor else None,
            "size": CompanySize(size) if size else None,
            "org_number": self.org_number.text().strip(),
            "country": self.country.text().strip() or "SE",
            "web_page": self.web_page.text().strip(),
            "notes": self.notes.toPlainText(),
        }


class _WithOrganisations(CatalogForm):
    """A form with one organisation picker (a contact's employer, a project's funder)."""

    picker: CatalogPicker
    picker_field: str

    def set_organisations(self, items: Sequence[tuple[int, str]]) -> None:
        self._loading = True  # the choices changed, not the record
        try:
            self.picker.set_items(items)
        finally:
            self._loading = False

    def picked(self, problems: list[ValidationError]) -> int | None:
        typed = self.picker.unmatched_text()
        if typed:
            message = self.tr("No organisation is called “%1”: pick one from the list")
            problems.append(ValidationError(self.picker_field, filled(message, typed)))
        return self.picker.current_id()


class ContactForm(_WithOrganisations):
    picker_field = "organisation_id"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Contact(None, ""), parent)
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.email = self.line_edit(self.tr("name@example.se"))
        self.phone = self.line_edit(self.tr("+46 …"))
        self.picker = CatalogPicker(self.tr("No organisation"), parent=self)
        self.title = self.line_edit(self.tr("e.g. Project manager"))
        self.add_row(self.tr("&Name:"), "name", self.name)
        self.add_row(self.tr("&Email:"), "email", self.email)
        self.add_row(self.tr("&Phone:"), "phone", self.phone)
        self.add_row(self.tr("O&rganisation:"), "organisation_id", self.picker)
        self.add_row(self.tr("&Title:"), "title", self.title)
        self.watch("name", self.name.textChanged)
        self.watch("email", self.email.textChanged)
        self.watch("phone", self.phone.textChanged)
        self.watch("organisation_id", self.picker.selection_changed)
        self.watch("title", self.title.textChanged)

    def fill(self, record: Contact) -> None:
        self.email.setText(record.email)
        self.phone.setText(record.phone)
        self.picker.set_current_id(record.organisation_id)
        self.title.setText(record.title)

    def values(self, problems: list[ValidationError]) -> dict[str, Any]:
        return {
            "email": self.email.text().strip(),
            "phone": self.phone.text().strip(),
            "organisation_id": self.picked(problems),
            "title": self.title.text().strip(),
        }


class ProjectForm(_WithOrganisations):
    picker_field = "funder_id"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Project(None, ""), parent)
        self.name.setPlaceholderText(self.tr("e.g. Microfactories"))
        self.picker = CatalogPicker(self.tr("No funder"), parent=self)
        self.start = OptionalDate(self.tr("The project has a start date"), self)
        self.end = OptionalDate(self.tr("The project has an end date"), self)
        self.description = self.text_area(height=160)
        self.add_row(self.tr("&Name:"), "name", self.name)
        self.add_row(self.tr("&Funder:"), "funder_id", self.picker)
        self.add_row(self.tr("&Starts:"), "start", self.start.row, self.start.check)
        self.add_row(self.tr("&Ends:"), "end", self.end.row, self.end.check)
        self.add_row(self.tr("&Description:"), "description", self.description)
        self.watch("name", self.name.textChanged)
        self.watch("funder_id", self.picker.selection_changed)
        for field, optional in (("start", self.start), ("end", self.end)):
            self.watch(field, optional.check.toggled)
            self.watch(field, optional.edit.dateChanged)
        self.watch("description", self.description.textChanged)

    def fill(self, record: Project) -> None:
        self.picker.set_current_id(record.funder_id)
        today = day_of(QDate.currentDate())
        self.start.set_value(record.start, today)
        self.end.set_value(record.end, record.start or today)
        self.description.setPlainText(record.description)

    def values(self, problems: list[ValidationError]) -> dict[str, Any]:
        return {
            "funder_id": self.picked(problems),
            "start": self.start.value(),
            "end": self.end.value(),
            "description": self.description.toPlainText(),
        }


class TagForm(CatalogForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Tag(None, ""), parent)
        self.name.setPlaceholderText(self.tr("e.g. members"))
        self.add_row(self.tr("&Name:"), "name", self.name)
        self.watch("name", self.name.textChanged)


FORMS: dict[type[Record], Callable[[], CatalogForm]] = {
    Venue: VenueForm,
    Organisation: OrganisationForm,
    Contact: ContactForm,
    Project: ProjectForm,
    Tag: TagForm,
}
