"""What changed between two releases of a programme, and who it affects."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from eventplanner.domain.programme import PersonRole, PhaseKind, SessionKind
from eventplanner.domain.programme_releases import (
    ChangeKind,
    Release,
    ReleasedPerson,
    ReleasedPhase,
    ReleasedSession,
    affected_people,
    diff_programmes,
    language_hint,
    next_sequence,
    release_name_problems,
)

STO = ZoneInfo("Europe/Stockholm")
ADA = ReleasedPerson(1, "Ada Lind", PersonRole.SPEAKER)
BO = ReleasedPerson(2, "Bo Ek", PersonRole.MODERATOR)
CY = ReleasedPerson(3, "Cy Berg", PersonRole.PANELLIST)


def at(hour: int, minute: int = 0, day: int = 19) -> datetime:
    return datetime(2027, 1, day, hour, minute, tzinfo=STO)


def session(uid: str, title: str, start: datetime, minutes: int = 30, **fields: object
            ) -> ReleasedSession:  # fmt: skip
    values: dict[str, object] = {"stage_name": "Aulan"}
    values.update(fields)
    return ReleasedSession(uid, title, SessionKind.TALK, start, start + timedelta(minutes=minutes),
                           **values)  # type: ignore[arg-type]  # fmt: skip


def release(*sessions: ReleasedSession, phases: tuple[ReleasedPhase, ...] = ()) -> Release:
    return Release(1, 7, 1, "Första", "", datetime(2026, 12, 1, tzinfo=UTC), sessions, phases,
                   "Europe/Stockholm")  # fmt: skip


def test_nothing_released_yet_makes_every_session_new_in_time_order() -> None:
    diff = diff_programmes(None, [session("b", "Panel", at(11)), session("a", "Intro", at(9))])
    assert [c.title for c in diff.changes] == ["Intro", "Panel"]
    assert all(c.change is ChangeKind.NEW and c.before is None for c in diff.changes)
    assert len(diff.new) == 2 and not diff.is_empty
    assert diff.summary() == "2 new"


def test_moved_changed_cancelled_and_unchanged_sessions() -> None:
    before = release(
        session("a", "Intro", at(9), people=(ADA,)),
        session("b", "Panel", at(10), people=(BO, CY)),
        session("c", "Workshop", at(13), people=(ADA,)),
        session("d", "Lunch", at(12)),
    )
    after = [
        session("a", "Intro", at(9, 15), people=(ADA,)),  # moved in time
        session("b", "Panel: the future", at(10), people=(BO,)),  # retitled, Cy taken off
        session("d", "Lunch", at(12)),  # as it was
        session("e", "Keynote", at(8)),  # new
    ]
    diff = diff_programmes(before, after)
    kinds = {c.uid: c.change for c in diff.changes}
    assert kinds == {"a": ChangeKind.MOVED, "b": ChangeKind.CHANGED, "c": ChangeKind.CANCELLED,
                     "e": ChangeKind.NEW}  # fmt: skip
    assert [c.uid for c in diff.changes] == ["e", "a", "b", "c"]
    (panel,) = diff.changed
    assert panel.what == {"title", "people"}
    (moved,) = diff.moved
    assert moved.what == {"time"} and moved.before is not None and moved.before.starts_at == at(9)
    (gone,) = diff.cancelled
    assert gone.after is None and gone.title == "Workshop"
    assert diff.summary() == "1 new, 1 moved, 1 changed, 1 cancelled"


def test_another_stage_is_a_move_and_a_stream_link_a_change() -> None:
    before = release(session("a", "Intro", at(9)), session("b", "Talk", at(10)))
    after = [session("a", "Intro", at(9), stage_name="Scen B"),
             session("b", "Talk", at(10), stream_url="https://stream.example/b")]  # fmt: skip
    diff = diff_programmes(before, after)
    assert [(c.change, c.what) for c in diff.changes] == [
        (ChangeKind.MOVED, frozenset({"stage"})),
        (ChangeKind.CHANGED, frozenset({"stream"})),
    ]


def test_the_same_programme_is_no_change_whatever_the_zone_its_times_are_said_in() -> None:
    before = release(session("a", "Intro", at(9), people=(ADA, BO)))
    after = [session("a", "Intro", at(9).astimezone(UTC), people=(BO, ADA))]
    assert diff_programmes(before, after).is_empty


def test_phases_count_as_changes() -> None:
    phase = ReleasedPhase("phase-1-x", PhaseKind.BUILD_UP, "", at(7), at(8), False)
    before = release(session("a", "Intro", at(9)), phases=(phase,))
    later = ReleasedPhase("phase-1-x", PhaseKind.BUILD_UP, "", at(6), at(8), False)
    diff = diff_programmes(before, [session("a", "Intro", at(9))], [later])
    assert not diff.is_empty and not diff.changes
    assert diff.phase_changes[0].change is ChangeKind.MOVED
    assert diff_programmes(before, [session("a", "Intro", at(9))]).is_empty  # phases not asked


def test_people_affected_before_or_after_in_any_role_sorted_by_name() -> None:
    before = release(
        session("b", "Panel", at(10), people=(BO, CY)),
        session("c", "Workshop", at(13), people=(ADA,)),
    )
    after = [session("b", "Panel", at(11), people=(BO,), language="sv"),
             session("f", "Fika", at(15))]  # fmt: skip
    people = affected_people(diff_programmes(before, after), {2: "bo@example.se"})
    assert [p.name for p in people] == ["Ada Lind", "Bo Ek", "Cy Berg"]
    ada, bo, cy = people
    assert [c.change for c in ada.changes] == [ChangeKind.CANCELLED]
    assert bo.email == "bo@example.se" and bo.language == "sv"
    assert bo.roles_on(bo.changes[0]) == (PersonRole.MODERATOR,)
    assert cy.removed_from(cy.changes[0]) and cy.roles_on(cy.changes[0]) == (PersonRole.PANELLIST,)
    assert not bo.removed_from(bo.changes[0])


def test_sequence_starts_at_zero_and_rises_only_with_a_change() -> None:
    first = session("a", "Intro", at(9), sequence=3)
    assert next_sequence(None, first) == 0
    assert next_sequence(first, session("a", "Intro", at(9))) == 3
    assert next_sequence(first, session("a", "Intro", at(10))) == 4


def test_language_hint_only_when_the_sessions_agree() -> None:
    assert language_hint(["sv", "", "svenska"]) == "sv"
    assert language_hint(["en", "sv"]) is None
    assert language_hint(["", ""]) is None
    assert language_hint(["de"]) is None


def test_a_release_needs_a_name_on_one_line() -> None:
    assert [p.field for p in release_name_problems("  ", "")] == ["name"]
    assert "single line" in release_name_problems("a\nb", "")[0].message
    assert release_name_problems("Final", "") == []
    assert [p.field for p in release_name_problems("Final", "x" * 10_001)] == ["note"]
