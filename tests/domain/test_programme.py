"""The programme's rules: sessions inside their event's days, ends after starts, stages of
the event itself, and messages that say what is wrong and where."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.programme import (
    Availability,
    Block,
    Confirmation,
    OrganisationRole,
    PersonRole,
    Phase,
    PhaseKind,
    ProgrammeEvent,
    Session,
    SessionKind,
    Stage,
    availability_problems,
    block_problems,
    block_reference_problems,
    moved_by,
    parse_choice,
    phase_problems,
    session_problems,
    shifted,
    stage_problems,
    stage_reference_problems,
)
from eventplanner.domain.timing import AllDaySpan, TimedSpan

STO = ZoneInfo("Europe/Stockholm")
LA = ZoneInfo("America/Los_Angeles")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


DAYS = ProgrammeEvent(
    7, "Innovationsdagar", TimedSpan(at(2027, 1, 19, 9), at(2027, 1, 21, 17), "Europe/Stockholm")
)
FAIR = ProgrammeEvent(
    8, "Elmia Automation", AllDaySpan(date(2027, 3, 16), date(2027, 3, 18), "Europe/Stockholm")
)


def session(start: datetime, end: datetime, **fields: object) -> Session:
    values: dict[str, object] = {"title": "Keynote", "kind": SessionKind.KEYNOTE}
    values.update(fields)
    return Session(None, DAYS.id, start=start, end=end, **values)  # type: ignore[arg-type]


def test_a_session_inside_its_event_days_is_fine() -> None:
    assert session_problems(session(at(2027, 1, 19, 9), at(2027, 1, 19, 10)), DAYS) == []
    # The event's days, not its hours: an evening session on the first day is inside.
    assert session_problems(session(at(2027, 1, 19, 19), at(2027, 1, 19, 22)), DAYS) == []
    assert session_problems(session(at(2027, 1, 21, 23), at(2027, 1, 22, 0)), DAYS) == []


def test_a_session_outside_its_event_says_where() -> None:
    (problem,) = session_problems(session(at(2027, 1, 18, 9), at(2027, 1, 18, 10)), DAYS)
    assert problem.field == "start"
    assert "'Keynote'" in problem.message
    assert "2027-01-18 09:00" in problem.message
    assert "'Innovationsdagar' (2027-01-19 to 2027-01-21)" in problem.message
    (late,) = session_problems(session(at(2027, 1, 21, 23), at(2027, 1, 22, 0, 30)), DAYS)
    assert late.field == "end"


def test_all_day_events_take_their_dates_in_the_event_zone() -> None:
    inside = Session(None, FAIR.id, "Invigning", at(2027, 3, 16, 0), at(2027, 3, 16, 1))
    assert session_problems(inside, FAIR) == []
    last = Session(None, FAIR.id, "Stängning", at(2027, 3, 18, 23), at(2027, 3, 19, 0))
    assert session_problems(last, FAIR) == []
    # 23:30 in Los Angeles on the 15th is 08:30 in Stockholm on the 16th: inside.
    abroad = datetime(2027, 3, 15, 23, 30, tzinfo=LA)
    assert (
        session_problems(Session(None, 8, "Call", abroad, abroad + timedelta(hours=1)), FAIR) == []
    )
    before = Session(None, FAIR.id, "Förmöte", at(2027, 3, 15, 23), at(2027, 3, 16, 1))
    (problem,) = session_problems(before, FAIR)
    assert "(2027-03-16 to 2027-03-18)" in problem.message


def test_end_before_start_and_empty_title() -> None:
    (problem,) = session_problems(session(at(2027, 1, 19, 10), at(2027, 1, 19, 9)), DAYS)
    assert problem.field == "end"
    assert problem.message == (
        "the session 'Keynote' ends (2027-01-19 09:00) before it starts (2027-01-19 10:00)"
    )
    (same,) = session_problems(session(at(2027, 1, 19, 10), at(2027, 1, 19, 10)), DAYS)
    assert "needs a length" in same.message
    (empty,) = session_problems(session(at(2027, 1, 19, 9), at(2027, 1, 19, 10), title=" "), DAYS)
    assert (empty.field, empty.message) == ("title", "the session's title must not be empty")


def test_times_that_do_not_exist_or_lack_a_zone() -> None:
    spring = ProgrammeEvent(
        1, "Vår", AllDaySpan(date(2027, 3, 28), date(2027, 3, 28), "Europe/Stockholm")
    )
    gap = Session(None, 1, "Natt", at(2027, 3, 28, 2, 30), at(2027, 3, 28, 4))
    (problem,) = session_problems(gap, spring)
    assert "does not exist in Europe/Stockholm" in problem.message
    naive = Session(None, 1, "Naiv", datetime(2027, 3, 28, 9), datetime(2027, 3, 28, 10))
    (problem,) = session_problems(naive, spring)
    assert problem.field == "start" and "'Naiv'" in problem.message


def test_a_series_has_no_programme() -> None:
    series = ProgrammeEvent(3, "Kurs", DAYS.timing, is_recurring=True)
    problems = session_problems(session(at(2027, 1, 19, 9), at(2027, 1, 19, 10)), series)
    assert problems[0].field == "event" and "'Kurs' is a series" in problems[0].message
    assert stage_problems(Stage(None, 3, "Aulan"), series)[0].field == "event"


def test_stages_and_blocks() -> None:
    assert (
        stage_problems(Stage(None, 7, "Aulan", stream_url="https://stream.example/a"), DAYS) == []
    )
    (problem,) = stage_problems(Stage(None, 7, "Digital", digital=True, stream_url="stream"), DAYS)
    assert problem.field == "stream_url" and "the stage 'Digital'" in problem.message
    assert (
        stage_problems(Stage(None, 7, ""), DAYS)[0].message == "the stage's name must not be empty"
    )
    assert block_problems(Block(None, 7, 1, ""), DAYS)[0].field == "title"


def test_a_stage_must_exist_and_be_the_events_own() -> None:
    mine = Stage(1, 7, "Aulan")
    other = Stage(2, 9, "Hall B")
    where = "the session 'Keynote'"
    assert stage_reference_problems(1, mine, DAYS, where) == []
    assert stage_reference_problems(None, None, DAYS, where) == []
    (missing,) = stage_reference_problems(5, None, DAYS, where)
    assert missing.message == "there is no stage with id 5 (for the session 'Keynote')"
    (foreign,) = stage_reference_problems(2, other, DAYS, where)
    assert "'Hall B' belongs to another event, not to 'Innovationsdagar'" in foreign.message


def test_a_block_must_be_on_the_sessions_stage() -> None:
    block = Block(4, 7, 1, "Förmiddagspass")
    assert block_reference_problems(4, block, DAYS, 1, "s") == []
    assert block_reference_problems(4, block, DAYS, None, "s") == []
    (problem,) = block_reference_problems(4, block, DAYS, 2, "s")
    assert problem.field == "stage"
    assert block_reference_problems(4, None, DAYS, 1, "s")[0].field == "block"
    assert block_reference_problems(4, Block(4, 9, 1, "x"), DAYS, 1, "s")[0].field == "block"


def test_phases_are_public_as_their_kind_says() -> None:
    open_day = Phase(None, 8, PhaseKind.OPEN_DAY, at(2027, 3, 16, 9), at(2027, 3, 16, 17))
    build = Phase(None, 8, PhaseKind.BUILD_UP, at(2027, 3, 14, 8), at(2027, 3, 15, 20))
    assert open_day.is_public and not build.is_public
    assert Phase(
        None, 8, PhaseKind.DINNER, at(2027, 3, 16, 19), at(2027, 3, 16, 23), public=True
    ).is_public
    assert open_day.title == "open day" and build.title == "build-up"
    # Build-up lies before the public days: a phase may lie outside them.
    assert phase_problems(build, FAIR) == []
    backwards = Phase(None, 8, PhaseKind.TEAR_DOWN, at(2027, 3, 19, 9), at(2027, 3, 19, 8))
    (problem,) = phase_problems(backwards, FAIR)
    assert "the tear-down phase ends" in problem.message


def test_availability() -> None:
    fine = Availability(None, 3, at(2027, 1, 19, 8), at(2027, 1, 19, 12), available=False)
    assert availability_problems(fine, "Ada") == []
    wrong = Availability(None, 3, at(2027, 1, 19, 12), at(2027, 1, 19, 8))
    assert "the availability of 'Ada' ends" in availability_problems(wrong, "Ada")[0].message
    # Worded in the zone the times were typed in (UTC without one).
    (utc,) = availability_problems(wrong, "Ada")
    assert "ends (2027-01-19 07:00) before it starts (2027-01-19 11:00)" in utc.message
    (local,) = availability_problems(wrong, "Ada", "Europe/Stockholm")
    assert (local.field, "ends (2027-01-19 08:00) before it starts (2027-01-19 12:00)") == (
        "end",
        local.message[local.message.index("ends") :],
    )


@pytest.mark.parametrize(
    ("enum", "text", "value"),
    [
        (PersonRole, "chair", PersonRole.MODERATOR),
        (PersonRole, "Guest of honour", PersonRole.GUEST_OF_HONOUR),
        (PersonRole, "stream-operator", PersonRole.STREAM_OPERATOR),
        (OrganisationRole, "co-organiser", OrganisationRole.CO_ORGANISER),
        (OrganisationRole, "fair organizer", OrganisationRole.FAIR_ORGANISER),
        (Confirmation, "Confirmed", Confirmation.CONFIRMED),
        (PhaseKind, "build-up", PhaseKind.BUILD_UP),
        (SessionKind, "Lunch", SessionKind.LUNCH),
    ],
)
def test_vocabularies_read_what_people_type(enum: type, text: str, value: object) -> None:
    assert parse_choice(enum, text, "role") == value


def test_an_unknown_choice_lists_the_choices() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_choice(PersonRole, "juggler", "role")
    assert caught.value.field == "role"
    assert (
        "moderator or chair" in caught.value.message and "guest of honour" in caught.value.message
    )
    assert OrganisationRole.CO_ORGANISER.label == "co-organiser"
    assert SessionKind.BREAK.is_pause and not SessionKind.TALK.is_pause


def test_moving_keeps_the_wall_clock_across_daylight_saving() -> None:
    before = at(2027, 3, 27, 9)  # the day before the clocks go forward
    after = shifted(before, 1, "Europe/Stockholm")
    assert (after.hour, after.day) == (9, 28)
    assert after.astimezone(LA) - before.astimezone(LA) == timedelta(hours=23)
    assert moved_by(at(2027, 3, 27, 9), timedelta(days=1, minutes=30), "Europe/Stockholm").hour == 9
