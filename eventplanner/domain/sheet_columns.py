"""The columns of a registration list from a web form or an Excel sheet: which field each
holds, guessed from its header (Swedish or English, as forms and people write them) and
changeable by the coordinator. Plain rules, no files and no database."""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from eventplanner.domain.errors import ValidationError


class SheetField(StrEnum):
    """What a column of a registration list holds."""

    IGNORED = "ignored"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    NAME = "name"
    EMAIL = "email"
    ORGANISATION = "organisation"
    ORG_NUMBER = "org_number"
    PHONE = "phone"
    TITLE = "title"
    NEEDS = "needs"
    REGISTERED_AT = "registered_at"

    @property
    def label(self) -> str:
        return self.value.replace("_", "-")


# fmt: off
_HEADERS: dict[SheetField, tuple[str, ...]] = {
    SheetField.FIRST_NAME: ("förnamn", "first name", "firstname", "given name", "fornamn"),
    SheetField.LAST_NAME: ("efternamn", "last name", "lastname", "surname", "family name"),
    SheetField.NAME: (
        "namn",
        "name",
        "full name",
        "fullständigt namn",
        "för- och efternamn",
        "deltagare",
        "participant",
        "your name",
        "ditt namn",
    ),
    SheetField.EMAIL: (
        "e-post",
        "e-postadress",
        "epost",
        "epostadress",
        "email",
        "e-mail",
        "email address",
        "e-mail address",
        "mejl",
        "mejladress",
        "mail",
        "din e-postadress",
        "your email",
    ),
    SheetField.ORGANISATION: (
        "organisation",
        "organization",
        "företag",
        "company",
        "organisation/företag",
        "företag/organisation",
        "arbetsgivare",
        "employer",
        "affiliation",
        "företagsnamn",
    ),
    SheetField.ORG_NUMBER: (
        "organisationsnummer",
        "orgnr",
        "org nr",
        "org.nr",
        "org-nr",
        "org. nr",
        "organisation number",
        "organization number",
        "company registration number",
        "registration number",
    ),
    SheetField.PHONE: (
        "telefon",
        "telefonnummer",
        "mobil",
        "mobilnummer",
        "phone",
        "phone number",
        "mobile",
        "telephone",
        "tel",
    ),
    SheetField.TITLE: (
        "titel",
        "roll",
        "titel/roll",
        "roll/titel",
        "befattning",
        "title",
        "role",
        "job title",
        "position",
        "yrkesroll",
    ),
    SheetField.NEEDS: (
        "kost",
        "allergier",
        "kost/allergier",
        "specialkost",
        "matpreferenser",
        "kostpreferenser",
        "allergier/specialkost",
        "dietary",
        "dietary requirements",
        "dietary needs",
        "allergies",
        "food preferences",
        "särskilda behov",
        "special needs",
        "access needs",
    ),
    SheetField.REGISTERED_AT: (
        "registrerad",
        "registrerad den",
        "tidsstämpel",
        "tidstämpel",
        "timestamp",
        "registered",
        "registered at",
        "anmäld",
        "anmälningsdatum",
        "datum",
        "date",
        "submitted",
        "submitted at",
        "created",
    ),
}
_BY_HEADER = {header: field for field, headers in _HEADERS.items() for header in headers}
_NOISE = re.compile(r"[\s:*?]+")


def header_key(header: str) -> str:
    """A header as it is looked up: lower case, spaces run together, no colon, asterisk
    (a required field on a form) or question mark around it."""
    return _NOISE.sub(" ", header.casefold()).strip()


def guess_field(header: str) -> SheetField:
    """The field a column's header names; IGNORED for one not known."""
    return _BY_HEADER.get(header_key(header), SheetField.IGNORED)


def guess_mapping(headers: Sequence[str]) -> tuple[SheetField, ...]:
    """Each column's field guessed from its header; a field goes to its first column only
    (a second "E-post" column, say a colleague's, is ignored until chosen)."""
    taken: set[SheetField] = set()
    mapping = []
    for header in headers:
        field = guess_field(header)
        if field in taken:
            field = SheetField.IGNORED
        if field is not SheetField.IGNORED:
            taken.add(field)
        mapping.append(field)
    return tuple(mapping)


def column_label(headers: Sequence[str], index: int) -> str:
    """A column as a message names it: its header, else its letter as Excel shows it."""
    header = headers[index].strip() if index < len(headers) else ""
    return header or f"column {column_letter(index)}"


def column_letter(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def mapping_faults(mapping: Sequence[SheetField]) -> list[tuple[str, tuple[str, ...], str]]:
    """What a mapping lacks or holds twice, each as a code, its values and the English
    sentence: an e-mail column (people are matched by it), a name (a name column, or a
    first-name column) and no field on two columns."""
    faults: list[tuple[str, tuple[str, ...], str]] = []
    chosen = [f for f in mapping if f is not SheetField.IGNORED]
    for field in sorted({f for f in chosen if chosen.count(f) > 1}):
        faults.append(("field_twice", (field.value,), f"two columns are chosen as {field.label}"))
    if SheetField.EMAIL not in chosen:
        faults.append(("no_email_column", (), "no column is the e-mail; people are matched by it"))
    if SheetField.NAME not in chosen and SheetField.FIRST_NAME not in chosen:
        faults.append(("no_name_column", (), "no column is the name or the first name"))
    return faults


def mapping_problems(mapping: Sequence[SheetField]) -> list[ValidationError]:
    """``mapping_faults`` as errors (their English sentences)."""
    return [ValidationError("mapping", message) for _c, _v, message in mapping_faults(mapping)]


def changed_mapping(
    headers: Sequence[str], mapping: Sequence[SheetField], changes: Sequence[str]
) -> tuple[SheetField, ...]:
    """``mapping`` with each of ``changes`` ("COLUMN=FIELD", the column by its header or
    letter, the field by its name, "ignored" for none) applied; a ValidationError names one
    that does not fit."""
    result = list(mapping)
    keys = [header_key(h) for h in headers]
    for change in changes:
        column, sep, field_text = change.partition("=")
        if not sep:
            raise ValidationError("--map", f"{change!r}: write COLUMN=FIELD, e.g. 'Mejl=email'")
        wanted = header_key(column)
        if wanted in keys:
            index = keys.index(wanted)
        elif column.strip().isalpha() and column.strip().isupper():
            index = sum((ord(c) - 64) * 26**i for i, c in enumerate(reversed(column.strip()))) - 1
        else:
            index = -1
        if not 0 <= index < len(headers):
            known = ", ".join(repr(h) for h in headers)
            raise ValidationError("--map", f"{column!r} is not a column of the file ({known})")
        name = field_text.strip().lower().replace("-", "_")
        try:
            result[index] = SheetField(name)
        except ValueError:
            fields = ", ".join(f.value for f in SheetField)
            raise ValidationError(
                "--map", f"{field_text!r} is not a field; choose one of {fields}"
            ) from None
    return tuple(result)
