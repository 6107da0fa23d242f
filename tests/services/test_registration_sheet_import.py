"""Registrations imported from spreadsheets, on SQLite and PostgreSQL: the files read (CSV
in every encoding and delimiter Excel writes, XLSX with dates), the preview that says what
the import will do, the import itself (all of it or nothing), and its undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from eventplanner.domain.enums import ActorType
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import Contact, EventDraft
from eventplanner.domain.registrations import RegistrationSource, RegistrationStatus
from eventplanner.domain.sheet_columns import SheetField, guess_mapping
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence.schema import ContactRow, OrganisationRow, RegistrationRow
from eventplanner.services.changes import Kind
from eventplanner.services.registrations.sheet_files import csv_sheet, read_sheet
from eventplanner.services.registrations.sheet_records import SheetRefused
from eventplanner.services.workspace import Workspace
from tests.services.registration_world import START, make_seminar
from tests.sheet_samples import (
    HEADERS_SV,
    csv_text,
    write_csv,
    write_truncated_xlsx,
    write_xlsx,
)


def counted(workspace: Workspace) -> tuple[int, int, int]:
    with workspace.database.reading() as session:
        return tuple(  # type: ignore[return-value]
            int(session.scalar(select(func.count()).select_from(t)) or 0)
            for t in (ContactRow, OrganisationRow, RegistrationRow)
        )


@pytest.mark.parametrize(
    ("delimiter", "encoding", "bom"),
    [(";", "utf-8", False), (",", "utf-8", True), (";", "cp1252", False), ("\t", "utf-8", True)],
)
def test_csv_files_are_read_whatever_excel_saved(
    tmp_path: Path, delimiter: str, encoding: str, bom: bool
) -> None:
    sheet = read_sheet(write_csv(tmp_path / "lista.csv", delimiter=delimiter,
                                 encoding=encoding, bom=bom))  # fmt: skip
    assert sheet.headers == tuple(HEADERS_SV)
    assert sheet.rows[0][:2] == ("Åsa", "Öberg")
    assert sheet.delimiter == delimiter
    assert sheet.encoding == ("utf-8-sig" if bom else encoding)


def test_xlsx_reads_as_the_csv_does(tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    from eventplanner.domain.sheet_rows import read_people

    book = read_sheet(write_xlsx(tmp_path / "lista.xlsx"))
    text = read_sheet(write_csv(tmp_path / "lista.csv"))
    zone = ZoneInfo("Europe/Stockholm")
    mapping = guess_mapping(book.headers)
    assert read_people(book.headers, book.rows, mapping, zone) == read_people(
        text.headers, text.rows, mapping, zone
    )


def test_files_that_cannot_be_read_are_named(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "hel.xlsx")
    with pytest.raises(ValidationError, match=r"halv\.xlsx is not a readable XLSX workbook"):
        read_sheet(write_truncated_xlsx(tmp_path / "halv.xlsx", whole))
    (tmp_path / "lista.ods").write_bytes(b"x")
    with pytest.raises(ValidationError, match=r"read a \.csv or \.xlsx file"):
        read_sheet(tmp_path / "lista.ods")
    with pytest.raises(ValidationError, match="is empty"):
        csv_sheet("tom.csv", b"\r\n\r\n")
    with pytest.raises(ValidationError, match="not readable as CSV"):
        csv_sheet("trasig.csv", b'Namn;E-post\n"Anna;a@x.se\n')
    with pytest.raises(ValidationError, match="cannot be read"):
        read_sheet(tmp_path / "saknas.csv")


def test_the_preview_says_what_the_import_does(workspace: Workspace, tmp_path: Path) -> None:
    seminar = make_seminar(workspace, capacity=3)
    workspace.registrations.register(seminar.event_id, seminar.people[1])
    # Per is known already (another e-mail case); Bo is registered; the seminar has 2 free.
    workspace.contacts.create(Contact(None, "Per Ärlig", "PER@mdu.se"))
    sheet = read_sheet(write_csv(tmp_path / "lista.csv"))
    mapping = guess_mapping(sheet.headers)
    before = counted(workspace)
    preview = workspace.registration_imports.preview(seminar.event_id, sheet, mapping)
    assert counted(workspace) == before
    assert preview.problems == ()
    assert (preview.new_people, preview.matched_people, len(preview.merged)) == (2, 1, 1)
    assert (preview.registered, preview.waitlisted) == (2, 1)
    assert preview.summary == "2 new people, 1 matched, 1 duplicate merged, 1 to the waitlist"
    # ABB is known by its number; Nyföretag is new (Per's organisation stays his own).
    assert preview.new_organisations == ("Nyföretag AB",)

    written = workspace.registration_imports.import_sheet(seminar.event_id, sheet, mapping)
    assert written.preview == preview
    listed = workspace.registrations.registrations(seminar.event_id)
    by_name = {line.name: line.registration for line in listed.lines}
    assert by_name["Åsa Öberg"].status is RegistrationStatus.REGISTERED
    assert by_name["Åsa Öberg"].source is RegistrationSource.FORM_IMPORT
    assert by_name["Åsa Öberg"].needs == "vegetarisk"
    assert by_name["Per Ärlig"].status is RegistrationStatus.REGISTERED
    assert by_name["Lena Nyström"].status is RegistrationStatus.WAITLISTED
    assert listed.counts.text == "3 / 3, 1 waiting"
    asa = workspace.people.matching("asa.oberg@abb.se")[0]
    abb = workspace.organisations.get(asa.organisation_id or 0)
    assert abb.name == "ABB Robotics"
    assert written.changes.created[Kind.REGISTRATION] == set(written.registrations.created)
    assert len(written.changes.created[Kind.CONTACT]) == 2
    assert len(written.changes.created[Kind.ORGANISATION]) == 1
    assert seminar.event_id in written.changes.ids(Kind.EVENT)

    undone = workspace.registration_imports.undo(written)
    assert counted(workspace) == before
    assert len(undone.changes.deleted[Kind.CONTACT]) == 2
    assert workspace.registrations.registrations(seminar.event_id).counts.text == "1 / 3"


def test_a_malformed_list_changes_nothing(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=None)
    text = csv_text(";").replace("per@mdu.se", "per(at)mdu.se")
    sheet = csv_sheet("lista.csv", text.encode())
    before = counted(workspace)
    preview = workspace.registration_imports.preview(
        seminar.event_id, sheet, guess_mapping(sheet.headers)
    )
    assert [p.text for p in preview.problems] == [
        "Row 3, column 'E-post': 'per(at)mdu.se' is not an e-mail address"
    ]
    with pytest.raises(SheetRefused) as refused:
        workspace.registration_imports.import_sheet(
            seminar.event_id, sheet, guess_mapping(sheet.headers)
        )
    assert "Row 3, column 'E-post'" in str(refused.value)
    assert "nothing changed" in str(refused.value)
    assert counted(workspace) == before


def test_a_comma_in_a_value_without_quotes_refuses_the_list(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=None)
    sheet = csv_sheet("lista.csv", b"F\xc3\xb6rnamn,Efternamn,E-post,F\xc3\xb6retag,Kost\n"
                      b"Anna,Berg,anna@x.se,Volvo, AB,vegan\nBo,Ek,bo@x.se,MDU,,,\n")  # fmt: skip
    # Empty cells past the last header (Excel writes them) are no problem.
    assert sheet.overflowing == ((0, 6),)
    before = counted(workspace)
    preview = workspace.registration_imports.preview(
        seminar.event_id, sheet, guess_mapping(sheet.headers)
    )
    assert [p.text for p in preview.problems] == [
        "Row 2: 6 cells under 5 headers (a comma in a value without quotes?)"
    ]
    with pytest.raises(SheetRefused, match="Row 2: 6 cells under 5 headers"):
        workspace.registration_imports.import_sheet(
            seminar.event_id, sheet, guess_mapping(sheet.headers)
        )
    assert counted(workspace) == before


def test_new_organisations_are_swedish_only_by_number_and_lack_an_actor_type(
    workspace: Workspace,
) -> None:
    seminar = make_seminar(workspace, capacity=None)
    sheet = csv_sheet("lista.csv", b"Namn;E-post;Organisation;Orgnr\n"
                      b"Ny Person;ny@x.se;Nya AB;802002-4702\n"
                      b"Andra Person;andra@x.se;Fjordtech AS;\n")  # fmt: skip
    mapping = guess_mapping(sheet.headers)
    preview = workspace.registration_imports.preview(seminar.event_id, sheet, mapping)
    assert preview.actor_note == (
        "2 new organisations lack an actor type (set it in the organisation editor for the "
        "funder's report)"
    )
    written = workspace.registration_imports.import_sheet(seminar.event_id, sheet, mapping)
    made = {workspace.organisations.get(i).name: i for i, _v in written.made_organisations}
    with workspace.database.reading() as session:
        rows = {
            r.name: r for r in session.scalars(select(OrganisationRow)) if r.id in made.values()
        }
        assert (rows["Nya AB"].country, rows["Nya AB"].actor_type) == ("SE", None)
        assert rows["Fjordtech AS"].country == ""
    # Its actor type set in the editor, its country still not given.
    fjordtech = workspace.organisations.get(made["Fjordtech AS"])
    saved = workspace.organisations.update(replace(fjordtech, actor_type=ActorType.INDUSTRY))
    assert (saved.actor_type, saved.country) == (ActorType.INDUSTRY, "")


def test_people_already_on_the_event_are_left_and_a_changed_mapping_counts(
    workspace: Workspace,
) -> None:
    seminar = make_seminar(workspace, capacity=None)
    sheet = csv_sheet("lista.csv", b"Namn;Adress;Kommentar\nAnna Berg;anna.berg@abb.se;gluten\n"
                      b"Ny Person;ny@x.se;\n")  # fmt: skip
    imports = workspace.registration_imports
    assert imports.preview(seminar.event_id, sheet, guess_mapping(sheet.headers)).problems
    mapping = (SheetField.NAME, SheetField.EMAIL, SheetField.NEEDS)
    first = imports.import_sheet(seminar.event_id, sheet, mapping)
    assert (first.preview.matched_people, first.preview.new_people) == (1, 1)
    again = imports.preview(seminar.event_id, sheet, mapping)
    assert again.already == 2 and again.registered == 0
    assert again.summary == "0 new people, 2 matched, 2 already on the list, 0 to the waitlist"


def test_the_undo_keeps_a_person_used_since(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=None)
    other = workspace.events.create(
        EventDraft("Andra", TimedSpan(START, START + timedelta(hours=1)))
    ).event
    sheet = csv_sheet("lista.csv", b"Namn,E-post,Organisation\nNy Person,ny@x.se,Nya AB\n")
    written = workspace.registration_imports.import_sheet(
        seminar.event_id, sheet, guess_mapping(sheet.headers)
    )
    made = written.made_people[0]
    workspace.registrations.register(other.id, made.id or 0)
    workspace.registration_imports.undo(written)
    assert workspace.contacts.get(made.id or 0).name == "Ny Person"
    assert workspace.registrations.registrations(seminar.event_id).counts.seated == 0
    # Its organisation stays with the person who still belongs to it.
    assert workspace.organisations.get(made.organisation_id or 0).name == "Nya AB"


def test_a_redo_brings_the_people_and_organisations_back_under_their_ids(
    workspace: Workspace,
) -> None:
    seminar = make_seminar(workspace, capacity=None)
    sheet = csv_sheet("lista.csv", b"Namn,E-post,Organisation\nNy Person,ny@x.se,Nya AB\n"
                      b"Andra Person,andra@x.se,\n")  # fmt: skip
    imports = workspace.registration_imports
    mapping = guess_mapping(sheet.headers)
    first = imports.import_sheet(seminar.event_id, sheet, mapping)
    imports.undo(first)
    again = imports.import_sheet(seminar.event_id, sheet, mapping, again=first)
    assert [p.id for p in again.made_people] == [p.id for p in first.made_people]
    assert again.made_organisations == first.made_organisations
    person = workspace.contacts.get(first.made_people[0].id or 0)
    assert workspace.organisations.get(person.organisation_id or 0).name == "Nya AB"
    # New ones after the redo are numbered past them.
    other = workspace.contacts.create(Contact(None, "Tredje", "tredje@x.se"))
    assert (other.id or 0) > max(p.id or 0 for p in again.made_people)


def test_excels_sep_line_and_an_organisation_known_by_name_only(workspace: Workspace) -> None:
    from eventplanner.domain.model import Organisation

    sheet = csv_sheet("lista.csv", b"sep=,\nNamn,E-post,F\xc3\xb6retag,Orgnr\n"
                      b"Ny Person,ny@x.se,robotdalen,802002-4702\nBo,bo@x.se;bad,,\n")  # fmt: skip
    assert (sheet.delimiter, sheet.first_row) == (",", 3)
    seminar = make_seminar(workspace, capacity=None)
    robotdalen = workspace.organisations.create(Organisation(None, "Robotdalen"))
    preview = workspace.registration_imports.preview(
        seminar.event_id, sheet, guess_mapping(sheet.headers)
    )
    # Row numbers as Excel shows them, the sep= line counted.
    assert [p.text for p in preview.problems] == [
        "Row 4, column 'E-post': 'bo@x.se;bad' is not an e-mail address"
    ]
    fixed = csv_sheet("lista.csv", b"Namn,E-post,F\xc3\xb6retag,Orgnr\n"
                      b"Ny Person,ny@x.se,robotdalen,8020024702\n")  # fmt: skip
    written = workspace.registration_imports.import_sheet(
        seminar.event_id, fixed, guess_mapping(fixed.headers)
    )
    assert written.made_organisations == ()
    assert written.made_people[0].organisation_id == robotdalen.id


def test_the_undo_asks_about_many_people_as_about_one(workspace: Workspace) -> None:
    """``contacts_in_use`` (the import's undo, thousands at once) keeps whom
    ``contact_in_use`` (one at a time) keeps."""
    from eventplanner.persistence.schema import EventPersonRow
    from eventplanner.services.catalog.usage import contact_in_use, contacts_in_use

    seminar = make_seminar(workspace, capacity=None)
    free = workspace.contacts.create(Contact(None, "Fri", "fri@x.se")).id or 0
    workspace.registrations.register(seminar.event_id, seminar.people[0])
    with workspace.database.transaction() as session:
        session.add(EventPersonRow(event_id=seminar.event_id, contact_id=seminar.people[1],
                                   role="host", version=1))  # fmt: skip
    ids = [*seminar.people, free]
    with workspace.database.reading() as session:
        one_by_one = {i for i in ids if contact_in_use(session, i)}
        assert contacts_in_use(session, ids) == one_by_one == set(seminar.people[:2])
