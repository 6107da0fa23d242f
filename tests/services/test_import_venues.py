"""One venue per place on import: LOCATION spellings of one room make one venue, an
e-mail address or a meeting link is no venue (the link is the online link, OUTLOOK.md 8:
"LOCATION: the venue name and address on one line; the online link in URL and
DESCRIPTION"), and a LOCATION can be sent to an existing venue."""

from __future__ import annotations

import pytest

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import Venue
from eventplanner.services.importing.import_venues import Place, place_of, venue_key
from eventplanner.services.importing.service import ImportAction, ImportOptions
from eventplanner.services.workspace import Workspace
from tests.icsfiles import calendar, event

SPELLINGS = ["Room 1", "Room 1 ", "room 1", "ROOM 1", "Room  1", "Room 1.", "Room 1\\,",
             "Room 1\\;", "Room\u00a01", " Room 1"]  # fmt: skip
TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting"


def _meetings(locations: list[str], count: int = 200) -> bytes:
    return calendar(
        *(
            event(
                f"LOCATION:{locations[n % len(locations)]}",
                f"DTSTART:20270312T{8 + n % 8:02d}0000Z",
                f"DTEND:20270312T{8 + n % 8:02d}3000Z",
                uid=f"m{n}@test",
                summary=f"Möte {n}",
            )
            for n in range(count)
        )
    )


def _venues(workspace: Workspace) -> list[str]:
    return sorted(v.name for v in workspace.venues.list())


def test_two_hundred_meetings_in_one_room_spelt_ten_ways_make_one_venue(
    workspace: Workspace,
) -> None:
    plan = workspace.imports.plan(_meetings(SPELLINGS))
    assert plan.new_venues == ("Room 1",)
    assert {e.venue for e in plan.events} == {"Room 1"}
    result = workspace.imports.apply(plan)
    assert len(result.created) == 200
    assert _venues(workspace) == ["Room 1"]
    # Imported again, or another file spelling it otherwise: still the one venue.
    again = workspace.imports.plan(_meetings(["room 1;"], 3).replace(b"@test", b"@other"))
    assert again.new_venues == ()
    workspace.imports.apply(again)
    assert _venues(workspace) == ["Room 1"]


def test_an_email_address_or_a_meeting_link_is_no_venue(workspace: Workspace) -> None:
    locations = ["alice@example.com", "mailto:room3@example.com", TEAMS,
                 f"Microsoft Teams Meeting; {TEAMS}", "Microsoft Teams Meeting",
                 "Room 2 <room2@example.com>"]  # fmt: skip
    plan = workspace.imports.plan(_meetings(locations, 6))
    assert plan.new_venues == ("Room 2",)
    events = {e.uid: e for e in plan.events}
    assert events["m0@test"].draft is not None and events["m0@test"].draft.venue_id is None
    assert any("e-mail address, not a venue" in w for w in events["m0@test"].warnings)
    for uid in ("m2@test", "m3@test"):
        draft = events[uid].draft
        assert draft is not None and draft.online_url == TEAMS and events[uid].new_venue is None
    workspace.imports.apply(plan)
    assert _venues(workspace) == ["Room 2"]


def test_a_location_can_go_to_an_existing_venue(workspace: Workspace) -> None:
    hall = workspace.venues.create(Venue(None, "Kongresshallen"))
    assert hall.id is not None
    data = _meetings(["Sal 1, plan 4", "Room 2"], 4)
    plan = workspace.imports.plan(
        data, options=ImportOptions(venue_choices=(("sal 1, plan 4", hall.id),))
    )
    assert plan.new_venues == ("Room 2",)
    assert plan.chosen_venues == (("sal 1, plan 4", "Kongresshallen"),)
    assert [e.venue for e in plan.events] == ["Kongresshallen", "Room 2"] * 2
    workspace.imports.apply(plan)
    assert _venues(workspace) == ["Kongresshallen", "Room 2"]
    with pytest.raises(ValidationError, match="no venue with id 999"):
        workspace.imports.plan(data, options=ImportOptions(venue_choices=(("Room 2", 999),)))


def test_an_update_without_a_venue_in_its_location_keeps_the_venue_it_has(
    workspace: Workspace,
) -> None:
    workspace.imports.apply(workspace.imports.plan(_meetings(["Room 1"], 1)))
    newer = _meetings(["alice@example.com"], 1).replace(b"END:VEVENT", b"SEQUENCE:1\r\nEND:VEVENT")
    plan = workspace.imports.plan(newer)
    assert plan.events[0].action is ImportAction.UPDATED
    workspace.imports.apply(plan)
    assert workspace.events.get_by_uid("m0@test").venue_name == "Room 1"


def test_venue_keys_and_places() -> None:
    assert {venue_key(place_of(s.replace("\\", "")).venue) for s in SPELLINGS} == {"room 1"}
    # Exchange's own "Sal 1, plan 4" and a hand-typed "Sal 1,plan 4" are one place.
    assert venue_key("Sal 1,plan 4") == venue_key("Sal 1 , plan 4") == venue_key("sal 1, plan 4")
    assert place_of("Kongresshallen (sal 2)").venue == "Kongresshallen (sal 2)"
    assert place_of("Elmia, Jönköping").venue == "Elmia, Jönköping"
    assert place_of("www.example.se").venue == ""


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "location",
    ["a" * 1_000_000, "a@" + "a" * 1_000_000, "<" + "x" * 1_000_000, "a@b" * 300_000],
    ids=["a megabyte of letters", "an @ then a megabyte", "an open bracket", "a@b repeated"],
)
def test_a_megabyte_location_is_read_in_linear_time(location: str) -> None:
    """Issue 12, 5: reading is linear in the input. The e-mail pattern tried every split of
    a long word at every start (a 40,000-letter LOCATION took 11 s, a megabyte hours)."""
    place = place_of(location)
    assert place.venue == location


def test_e_mail_addresses_are_taken_out_where_they_stand() -> None:
    assert place_of("Room 2 <room2@example.com>") == Place("Room 2")
    assert place_of("mailto:room3@example.com").venue == ""
    assert place_of("Sal 4, bo@example.com; plan 2").venue == "Sal 4, ; plan 2"
    assert place_of("<bo@example.com>, <li@example.com>").venue == ""
    assert place_of("bo@example").venue == "bo@example"  # no domain: not an address
    assert place_of("@example.com").venue == "@example.com"


def test_a_meeting_link_without_its_scheme_is_the_online_link() -> None:
    """Issue 12, 4: a meeting URL is not a venue, also when pasted without https://."""
    teams = place_of("teams.microsoft.com/l/meetup-join/19%3ameeting_abc")
    assert teams == Place("", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc")
    zoom = place_of("Kongresshallen / us02web.zoom.us/j/123456789")
    assert zoom == Place("Kongresshallen", "https://us02web.zoom.us/j/123456789")
    assert place_of("meet.google.com/abc-defg-hij").online_url.startswith("https://meet.")
    assert place_of("example.com/room").venue == "example.com/room"  # no meeting service


@pytest.mark.timeout(30)
def test_a_megabyte_subdomain_before_a_meeting_host_is_read_in_linear_time() -> None:
    """The meeting hosts' pattern bounds its subdomain: no backtracking over a long word."""
    place = place_of("a" * 1_000_000 + ".zoom.us/j/1")
    assert place.online_url.endswith(".zoom.us/j/1")
    assert len(place.venue) + len(place.online_url) - len("https://") == 1_000_012
