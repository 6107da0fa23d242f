"""The door's search rules: badge codes, folding, matching best first, and narrowing
among those shown giving what a fresh search gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventplanner.domain.checkin import (
    badge_code,
    badge_person,
    door_counts,
    door_row,
    folded,
    matching,
    narrowed,
)
from eventplanner.domain.registrations import RegistrationStatus as S

ROWS = [
    door_row(1, 11, "Anna Berg", "ABB Robotics", "anna@abb.se", S.REGISTERED),
    door_row(2, 12, "Åsa Öberg", "Mälardalens universitet", "asa@mdu.se", S.ATTENDED),
    door_row(3, 13, "Johan Annersten", "SKF", "johan@skf.se", S.WAITLISTED),
    door_row(4, 14, "Bo Ek", "Annex AB", "bo@annex.se", S.NO_SHOW),
    door_row(5, 15, "Karin Lind", "", "karin@ri.se", S.CANCELLED),
]


def test_badge_codes() -> None:
    assert badge_code(42) == "EP-P42"
    assert badge_person(" ep-p42 \n") == 42
    assert badge_person("EP-P") is None and badge_person("EP-P42x") is None
    assert [r.name for r in matching(ROWS, "EP-P13")] == ["Johan Annersten"]
    assert matching(ROWS, "EP-P99") == []


def test_folding_and_best_first() -> None:
    assert folded("Åsa Öberg") == "asa oberg"
    assert [r.name for r in matching(ROWS, "asa")] == ["Åsa Öberg"]
    assert [r.name for r in matching(ROWS, "malardalen")] == ["Åsa Öberg"]
    # A name starting so comes first; then the others in the list's order.
    assert [r.name for r in matching(ROWS, "ann")] == [
        "Anna Berg", "Johan Annersten", "Bo Ek"
    ]  # fmt: skip
    assert [r.name for r in matching(ROWS, "ann skf")] == ["Johan Annersten"]
    assert len(matching(ROWS, "  ")) == 5
    assert door_counts(ROWS) == (1, 3)


def test_narrowing() -> None:
    assert narrowed("an", "ann") and narrowed("an", "an b")
    assert not narrowed("", "a") and not narrowed("ann", "an") and not narrowed("EP-P1", "EP-P12")


@given(st.text(alphabet="anbeokjs ", max_size=4), st.text(alphabet="anbeokjs ", max_size=3))
def test_narrowing_gives_what_a_fresh_search_gives(before: str, more: str) -> None:
    after = before + more
    if not narrowed(before, after):
        return
    shown = matching(ROWS, before)
    among = sorted(shown, key=ROWS.index)
    assert matching(among, after) == matching(ROWS, after)
