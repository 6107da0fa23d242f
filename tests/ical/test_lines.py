"""Escaping and folding (OUTLOOK.md 1): property tests over any text, Swedish above all."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import icalendar
from hypothesis import given
from hypothesis import strategies as st

from eventplanner.ical import CalendarInfo, export_calendar
from eventplanner.ical.lines import escape_text, fold, param_value, unescape_text, unfold, uri_value
from tests.ical.factories import STAMP, make_event, run_ics_check

_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("åäöÅÄÖ,;\\:\n\r\t é€😀\"'"),
        st.characters(blacklist_categories=("Cs",)),
    ),
    max_size=400,
)
_CONTROLS = {chr(c) for c in range(32) if c not in (9, 10, 13)} | {"\x7f"}


@given(_TEXT)
def test_folded_lines_hold_at_most_75_octets_and_never_split_a_character(value: str) -> None:
    """OUTLOOK.md 1: lines folded at 75 octets, never inside a multi-byte character, CRLF."""
    line = "DESCRIPTION:" + escape_text(value)
    folded = fold(line)
    assert folded.endswith("\r\n")
    physical = folded.removesuffix("\r\n").split("\r\n")
    for number, part in enumerate(physical):
        raw = part.encode()
        assert len(raw) <= 75
        assert number == 0 or part.startswith(" ")
        part.encode().decode()  # each line is whole UTF-8 on its own
    assert unfold(folded).removesuffix("\r\n") == line


@given(_TEXT)
def test_escaped_text_reads_back_as_written(value: str) -> None:
    """OUTLOOK.md 1: backslash, semicolon, comma and newlines escaped; controls, which
    TEXT cannot hold, dropped; icalendar reads the rest back unchanged."""
    escaped = escape_text(value)
    assert "\n" not in escaped and "\r" not in escaped
    expected = "".join(ch for ch in value if ch not in _CONTROLS)
    expected = expected.replace("\r\n", "\n").replace("\r", "\n")
    assert unescape_text(escaped) == expected
    component = icalendar.Event.from_ical(
        "BEGIN:VEVENT\r\n" + fold("SUMMARY:" + escaped) + "END:VEVENT\r\n"
    )
    assert str(component["SUMMARY"]) == expected


def test_swedish_text_is_folded_between_characters() -> None:
    """OUTLOOK.md 1: å, ä and ö are two bytes; a fold never cuts one."""
    folded = fold("SUMMARY:" + "å" * 100)
    lines = folded.encode().split(b"\r\n")[:-1]
    assert [len(x) for x in lines] == [74, 75, 61]  # 8 + 33*2; then " " + 37*2; " " + 30*2
    assert all(line[1] < 0x80 or line[1] > 0xBF for line in lines[1:])


def test_ascii_lines_fill_each_line() -> None:
    """RFC 5545 3.1 as OUTLOOK.md 1 repeats it: 75 octets, then a space and 74 more."""
    folded = fold("X" * 200)
    assert [len(x) for x in folded.split("\r\n")[:-1]] == [75, 75, 52]


def test_parameter_values_are_quoted_only_when_they_must_be() -> None:
    """RFC 5545 3.2: a parameter value holding ':' ';' or ',' is quoted."""
    assert param_value("Europe/Stockholm") == "Europe/Stockholm"
    assert param_value("Zone: A, B") == '"Zone: A, B"'


def test_uri_values_keep_one_line() -> None:
    """OUTLOOK.md 8: the online link in URL, never escaped as text but kept to one line."""
    assert (
        uri_value("https://teams.example.se/m/1?a=b,c;d") == "https://teams.example.se/m/1?a=b,c;d"
    )
    assert uri_value(" https://x.se/a b\n") == "https://x.se/a%20b"


@given(st.text(alphabet=st.sampled_from("ab åä\t"), min_size=60, max_size=300))
def test_no_fold_falls_next_to_a_space(value: str) -> None:
    """OUTLOOK.md 1: a reader that trims each line, or strips a continuation line's indent
    beyond the folding space, would drop a space a fold put at a line's end or start; so
    folds fall between two other characters, unless the third of a line before the fold has
    no two other characters side by side ("ä ä ä ä…": a fold there cannot avoid a blank)."""
    line = "DESCRIPTION:" + value
    folded = fold(line)
    assert unfold(folded).removesuffix("\r\n") == line
    physical = folded.removesuffix("\r\n").split("\r\n")
    for before, after in itertools.pairwise(physical):
        beside = (before[-1:], after[1:2])
        if " " in beside or "\t" in beside:
            # The fold looks back 25 octets: at least 12 of these characters (2 octets at most).
            window = before[-11:] + after[1:2]
            assert not re.search(r"[^ \t]{2}", window), (before, after)


def test_a_description_with_folds_beside_spaces_reads_back_whole(tmp_path: Path) -> None:
    """OUTLOOK.md 1: every parser of ics-check reads the text back with all its spaces."""
    text = " ".join(["Stålindustrins digitalisering"] * 3 + ["ord"] * 40)
    event = make_event(description=text, title="Mässa " + "x" * 61 + " y")
    calendar = export_calendar([(event, None)], CalendarInfo("Mässor"), stamp=STAMP)
    physical = calendar.split("\r\n")
    assert not [line for line in physical if line.endswith(" ") or line.startswith("  ")]
    parsed = icalendar.Calendar.from_ical(calendar).walk("VEVENT")[0]
    assert str(parsed["DESCRIPTION"]) == text
    path = tmp_path / "spaces.ics"
    path.write_bytes(calendar.encode())
    run_ics_check(path)
