"""The stand's service on every backend: what it stores and reads back, the change set of
each write, and input refused with a clear message that changes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.model import Organisation
from eventplanner.domain.programme import OrganisationLink, OrganisationRole
from eventplanner.domain.stand import (
    CoExhibitor,
    DeadlineKind,
    ExhibitorStaff,
    ExhibitorState,
    MaterialState,
    Stand,
    StandMaterial,
    StandType,
)
from eventplanner.services.changes import Action, Kind
from eventplanner.services.stand.spreadsheet import SHEETS
from eventplanner.services.workspace import Workspace
from tests.services.stand_world import make_fair


def test_a_stand_with_its_lists_reads_back(workspace: Workspace) -> None:
    fair = make_fair(workspace)
    view = workspace.stand.stand(fair.event_id)
    assert view.stand is not None
    stand = view.stand
    assert (stand.hall, stand.booth, stand.area, stand.stand_type) == (
        "A",
        "A:12",
        60.0,
        StandType.SHARED,
    )
    assert (stand.organiser_name, stand.lead_name) == ("Elmia AB", "Bo Ek")
    assert [(e.organisation_name, e.area, e.fee, e.contact_email) for e in view.co_exhibitors] == [
        ("Robotik i Norr AB", 12.0, None, "ada@robotik.se"),
        ("Stålverket AB", None, Decimal("15000.00"), ""),
    ]
    assert [(d.name, d.due, d.due_time) for d in view.deadlines] == [
        ("Catalogue text", date(2027, 1, 15), None),
        ("Electricity order", date(2027, 2, 1), time(12, 0)),
    ]
    assert [(s.name, s.company) for s in view.staff] == [
        ("Bo Ek", "Klustret"),
        ("Ada Lind", "Robotik i Norr AB"),
    ]
    assert [(m.item, m.quantity, m.state, m.packer_name) for m in view.materials] == [
        ("Roll-up", 2, MaterialState.PACKED, "Bo Ek"),
        ("=Brochures", 300, MaterialState.AT_OFFICE, ""),
    ]


def test_the_cluster_s_people_are_badged_under_the_cluster_not_the_fair(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A fair organised by the fair organiser (as the sample's are): the cluster's own people
    carry the main exhibitor's name (their lead's organisation), never the fair's."""
    fair = make_fair(workspace)
    event = workspace.events.get(fair.event_id)
    draft = replace(event.draft(), organiser_id=fair.organiser_id)
    workspace.events.update(fair.event_id, draft, expected_version=event.version)
    cluster = workspace.organisations.create(Organisation(None, "Automationsklustret"))
    bo = workspace.contacts.get(fair.bo_id)
    workspace.contacts.update(replace(bo, organisation_id=cluster.id))
    view = workspace.stand.stand(fair.event_id)
    assert view.main_exhibitor == "Automationsklustret"
    assert [(s.name, s.company) for s in view.staff] == [
        ("Bo Ek", "Automationsklustret"),
        ("Ada Lind", "Robotik i Norr AB"),
    ]
    from eventplanner.services.stand.spreadsheet import write_workbook

    write_workbook(view, tmp_path / "badges.xlsx")
    book = load_workbook(tmp_path / "badges.xlsx")
    badges = [list(r) for r in book["Badges"].iter_rows(min_row=2, values_only=True)]
    assert badges == [["Bo Ek", "Automationsklustret"], ["Ada Lind", "Robotik i Norr AB"]]


def test_the_main_exhibitor_is_the_event_s_organiser_role_first(workspace: Workspace) -> None:
    """An organisation linked to the event as its organiser names the main exhibitor; the
    fair organiser never does, even linked so; none known leaves the company empty."""
    fair = make_fair(workspace)
    event = workspace.events.get(fair.event_id)
    workspace.events.update(fair.event_id, replace(event.draft(), organiser_id=None),
                            expected_version=event.version)  # fmt: skip
    assert workspace.stand.stand(fair.event_id).staff[0].company == ""
    workspace.programme.add_organisation_role(
        OrganisationLink(None, fair.event_id, fair.organiser_id, OrganisationRole.ORGANISER)
    )
    assert workspace.stand.stand(fair.event_id).staff[0].company == ""
    workspace.programme.add_organisation_role(
        OrganisationLink(None, fair.event_id, fair.steel_id, OrganisationRole.ORGANISER)
    )
    assert workspace.stand.stand(fair.event_id).staff[0].company == "Stålverket AB"


def test_open_days_come_from_the_phases(workspace: Workspace) -> None:
    fair = make_fair(workspace, stand=False)
    view = workspace.stand.stand(fair.event_id)
    assert view.stand is None
    assert [
        (d.day.isoformat(), f"{d.opens:%H:%M}", f"{d.closes:%H:%M}") for d in view.open_days
    ] == [
        ("2027-03-16", "09:00", "17:00"),
        ("2027-03-17", "09:00", "17:00"),
        ("2027-03-18", "09:00", "17:00"),
    ]


def test_deadlines_as_dated_items_for_the_tasks(workspace: Workspace) -> None:
    fair = make_fair(workspace)
    items = workspace.stand.dated_items(fair.event_id)
    assert [(i.due, i.title, i.done, i.co_exhibitor_id is not None) for i in items] == [
        (date(2027, 1, 15), "Catalogue text", False, False),
        (date(2027, 2, 1), "Electricity order", False, True),
    ]


def test_each_write_says_what_it_changed(workspace: Workspace) -> None:
    fair = make_fair(workspace, stand=False)
    first = workspace.stand.add_material(fair.event_id, StandMaterial(None, 0, "Screen"))
    # The first item made the stand too, and the event is named as changed.
    assert first.changes.ids(Kind.STAND, Action.CREATED)
    assert first.changes.ids(Kind.STAND_MATERIAL, Action.CREATED) == {first.record.id}
    assert first.changes.ids(Kind.EVENT, Action.CHANGED) == {fair.event_id}
    moved = workspace.stand.edit_material(replace(first.record, state=MaterialState.SHIPPED))
    assert moved.changes.ids(Kind.STAND_MATERIAL, Action.CHANGED) == {first.record.id}
    assert moved.record.state is MaterialState.SHIPPED
    assert first.record.id is not None
    gone = workspace.stand.remove_material(first.record.id)
    assert gone.ids(Kind.STAND_MATERIAL, Action.DELETED) == {first.record.id}
    assert workspace.stand.stand(fair.event_id).materials == ()


def test_removing_a_co_exhibitor_takes_its_deadlines_and_people(workspace: Workspace) -> None:
    fair = make_fair(workspace)
    view = workspace.stand.stand(fair.event_id)
    robotics = view.co_exhibitors[0]
    assert robotics.id is not None
    changes = workspace.stand.remove_co_exhibitor(robotics.id)
    assert changes.ids(Kind.CO_EXHIBITOR, Action.DELETED) == {robotics.id}
    assert len(changes.ids(Kind.STAND_DEADLINE, Action.DELETED)) == 1
    assert len(changes.ids(Kind.EXHIBITOR_STAFF, Action.DELETED)) == 1
    after = workspace.stand.stand(fair.event_id)
    assert [e.organisation_name for e in after.co_exhibitors] == ["Stålverket AB"]
    assert [d.kind for d in after.deadlines] == [DeadlineKind.CATALOGUE_TEXT]
    assert [s.name for s in after.staff] == ["Bo Ek"]


def test_a_deadline_is_ticked_done(workspace: Workspace) -> None:
    fair = make_fair(workspace)
    first = workspace.stand.stand(fair.event_id).deadlines[0]
    done = workspace.stand.edit_deadline(replace(first, done=True))
    assert done.record.done
    with pytest.raises(ConflictError):  # saved on the version read before
        workspace.stand.edit_deadline(replace(first, notes="late"))


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"area": -5.0}, "area", "must be more than 0 m²"),
        ({"area": 20_000.0}, "area", "at most 10000"),
        ({"area": 10.0}, "area", "shares add up to 12 m²"),
        ({"organiser_id": 9999}, "organisation", "no organisation with id 9999"),
        ({"lead_contact_id": 9999}, "contact", "no contact with id 9999"),
    ],
)
def test_a_stand_refused_changes_nothing(
    workspace: Workspace, change: dict[str, object], field: str, words: str
) -> None:
    fair = make_fair(workspace)
    before = workspace.stand.stand(fair.event_id)
    assert before.stand is not None
    with pytest.raises(ValidationError) as refused:
        workspace.stand.save_stand(replace(before.stand, **change))  # type: ignore[arg-type]
    assert refused.value.field == field
    assert words in str(refused.value)
    assert workspace.stand.stand(fair.event_id) == before


@pytest.mark.parametrize(
    ("exhibitor", "words"),
    [
        ({"area": 10.0, "fee": Decimal(100)}, "a share of the area or a fixed fee, not both"),
        ({"area": 50.0}, "the stand is 60 m² and the other co-exhibitors have 12 m², so 48 m²"),
        ({"area": -1.0}, "must be more than 0 m²"),
        ({"fee": Decimal(-1)}, "must be 0 to"),
        ({"staff_quota": -2}, "must be 0 to 1000"),
        ({"power_kw": 0.0}, "must be more than 0 kW"),
        ({"organisation_id": 9999}, "no organisation with id 9999"),
        ({"contact_id": 9999}, "no contact with id 9999"),
    ],
)
def test_a_co_exhibitor_refused_changes_nothing(
    workspace: Workspace, exhibitor: dict[str, object], words: str
) -> None:
    fair = make_fair(workspace)
    before = workspace.stand.stand(fair.event_id)
    values: dict[str, object] = {"organisation_id": fair.organiser_id, **exhibitor}
    with pytest.raises(ValidationError, match=words):
        workspace.stand.add_co_exhibitor(fair.event_id, CoExhibitor(None, 0, **values))  # type: ignore[arg-type]
    assert workspace.stand.stand(fair.event_id) == before


def test_an_organisation_shares_a_stand_once(workspace: Workspace) -> None:
    fair = make_fair(workspace)
    with pytest.raises(ValidationError, match="'Stålverket AB' shares the stand already"):
        workspace.stand.add_co_exhibitor(fair.event_id, CoExhibitor(None, 0, fair.steel_id))


def test_an_organisation_sharing_a_stand_is_in_use(workspace: Workspace) -> None:
    fair = make_fair(workspace)
    with pytest.raises(ValidationError, match="used by 1 event"):
        workspace.organisations.delete(fair.steel_id)


def test_a_deleted_contact_leaves_the_stand_without_them(workspace: Workspace) -> None:
    fair = make_fair(workspace)
    workspace.contacts.delete(fair.bo_id)
    view = workspace.stand.stand(fair.event_id)
    assert view.stand is not None and view.stand.lead_contact_id is None
    assert next((s.name, s.contact_id) for s in view.staff) == ("Bo Ek", None)


def test_unknown_records(workspace: Workspace) -> None:
    fair = make_fair(workspace)
    with pytest.raises(NotFoundError, match="no event with id 9999"):
        workspace.stand.stand(9999)
    with pytest.raises(NotFoundError, match="no item with id 9999"):
        workspace.stand.remove_material(9999)
    with pytest.raises(ValidationError, match="no co-exhibitor with id 9999 on this stand"):
        workspace.stand.add_staff(fair.event_id, ExhibitorStaff(None, 0, "Cai", 9999))
    with pytest.raises(ValidationError, match="needs a name"):
        workspace.stand.add_staff(fair.event_id, ExhibitorStaff(None, 0, "  "))
    with pytest.raises(ValidationError, match="quantity"):
        workspace.stand.add_material(fair.event_id, StandMaterial(None, 0, "Screen", 0))
    with pytest.raises(ValidationError, match="has a stand already"):
        workspace.stand.save_stand(Stand(None, fair.event_id))


def test_the_spreadsheet_reads_back(workspace: Workspace, tmp_path: Path) -> None:
    fair = make_fair(workspace)
    view = workspace.stand.stand(fair.event_id)
    steel = view.co_exhibitors[1]
    workspace.stand.edit_co_exhibitor(replace(steel, state=ExhibitorState.APPROVED))
    workspace.stand.add_staff(fair.event_id, ExhibitorStaff(None, 0, "No Badge", badge=False))
    target = tmp_path / "elmia.xlsx"
    from eventplanner.services.stand.spreadsheet import write_workbook

    write_workbook(workspace.stand.stand(fair.event_id), target)
    book = load_workbook(target)
    assert tuple(book.sheetnames) == SHEETS
    exhibitors = book["Co-exhibitors"]
    rows = [list(r) for r in exhibitors.iter_rows(values_only=True)]
    assert rows[0][:6] == [
        "Organisation",
        "Org. number",
        "Contact",
        "E-mail",
        "Area (m²)",
        "Fee (SEK)",
    ]
    assert rows[1] == [
        "Robotik i Norr AB",
        None,
        "Ada Lind",
        "ada@robotik.se",
        12,
        None,
        3,
        4,
        "A robot cell",
        16,
        9,
        "asked",
    ]
    assert rows[2][0] == "Stålverket AB" and rows[2][5] == 15000 and rows[2][11] == "approved"
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.b for cell in sheet[1])
        assert sheet.column_dimensions["A"].width >= len(str(sheet["A1"].value))
    badges = [list(r) for r in book["Badges"].iter_rows(min_row=2, values_only=True)]
    assert badges == [["Bo Ek", "Klustret"], ["Ada Lind", "Robotik i Norr AB"]]
    orders = [list(r) for r in book["Orders and deadlines"].iter_rows(min_row=2, values_only=True)]
    assert [(r[0].date(), r[2], r[4]) for r in orders] == [  # type: ignore[union-attr]
        (date(2027, 1, 15), "catalogue text", "the stand"),
        (date(2027, 2, 1), "electricity order", "Robotik i Norr AB"),
    ]
    materials = book["Materials"]
    assert materials["A3"].value == "=Brochures" and materials["A3"].data_type == "s"


def test_a_co_exhibitor_s_badges_stay_within_its_badge_quota(workspace: Workspace) -> None:
    """Robotik i Norr may name 4 people for badges (Ada is one): a fifth is refused, saying
    who has them, and changes nothing; one without a badge is welcome; the quota cannot be
    made smaller than the badges named; a co-exhibitor with no badges gives none."""
    fair = make_fair(workspace)
    view = workspace.stand.stand(fair.event_id)
    robotics, steel = view.co_exhibitors
    for name in ("Cai Berg", "Dan Ek", "Eva Ström"):
        workspace.stand.add_staff(fair.event_id, ExhibitorStaff(None, 0, name, robotics.id))
    with pytest.raises(ValidationError, match=(
        r"badge: 'Robotik i Norr AB' has a badge quota of 4 and all 4 are named \(Ada Lind, "
        r"Cai Berg, Dan Ek, Eva Ström\); add 'Fia Nord' without a badge, or raise 'Robotik i "
        r"Norr AB''s badge quota first"
    )):  # fmt: skip
        workspace.stand.add_staff(fair.event_id, ExhibitorStaff(None, 0, "Fia Nord", robotics.id))
    assert len(workspace.stand.stand(fair.event_id).staff) == 5  # Bo Ek, Ada and three
    workspace.stand.add_staff(
        fair.event_id, ExhibitorStaff(None, 0, "Fia Nord", robotics.id, badge=False)
    )
    workspace.stand.add_staff(fair.event_id, ExhibitorStaff(None, 0, "Gus Ek"))  # the cluster's
    with pytest.raises(ValidationError, match=(
        r"badges: the badge quota of 'Robotik i Norr AB' cannot be 3: 4 of its people have "
        r"badges \(Ada Lind, Cai Berg, Dan Ek, Eva Ström\); take badges away first"
    )):  # fmt: skip
        workspace.stand.edit_co_exhibitor(replace(robotics, badge_quota=3))
    assert workspace.stand.stand(fair.event_id).co_exhibitors[0].badge_quota == 4
    workspace.stand.edit_co_exhibitor(replace(robotics, badge_quota=5, staff_quota=1))
    with pytest.raises(ValidationError, match="'Stålverket AB' has a badge quota of 0 and no "
                       "badge to give; add 'Hans Stål' without a badge"):  # fmt: skip
        workspace.stand.add_staff(fair.event_id, ExhibitorStaff(None, 0, "Hans Stål", steel.id))
