"""A release's title in its e-mails says a name that only repeats the number once ("Release
2", not "Release 2 'Release 2'"), by the window's rule; the move's release is named in the
e-mail's language; and an ``.eml`` keeps its Subject on the Subject line, read back as
written by Python's e-mail parser under any policy."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy

import pytest

from eventplanner.domain.programme_releases import (
    MOVED_WITH_EVENT,
    PersonChanges,
    Release,
    release_title,
)
from eventplanner.services.programme.release_emails import (
    Language,
    PersonEmail,
    eml_bytes,
    person_email,
)
from eventplanner.services.programme.release_emails import release_title as email_title


def _release(number: int, name: str) -> Release:
    return Release(1, 1, number, name, "", datetime(2027, 1, 5, 9, tzinfo=UTC))


@pytest.mark.parametrize(
    ("name", "language", "expected"),
    [
        ("Release 2", "en", "Release 2"),
        ("Release 2", "sv", "Version 2"),
        ("Version 2", "sv", "Version 2"),
        ("Version 2", "en", "Release 2"),  # suggested by a Swedish window
        ("Final", "en", "Release 2 'Final'"),
        ("Final", "sv", "Version 2 ”Final”"),
        ("Release 3", "en", "Release 2 'Release 3'"),  # another number is a name
        (MOVED_WITH_EVENT, "en", "Release 2 'Moved with the event'"),
        (MOVED_WITH_EVENT, "sv", "Version 2 ”Flyttat med evenemanget”"),
    ],
)
def test_an_emails_release_title_says_a_numbered_name_once(
    name: str, language: Language, expected: str
) -> None:
    assert email_title(_release(2, name), language) == expected


def test_the_subject_and_intro_of_a_default_named_release_name_it_once() -> None:
    written = person_email(PersonChanges(7, "Ada Lind"), _release(2, "Release 2"),
                           "Innovationsdagar", "en")  # fmt: skip
    assert written.subject == "Programme changes: Innovationsdagar (Release 2)"
    assert "released as Release 2." in written.body
    swedish = person_email(PersonChanges(7, "Ada Lind"), _release(2, "Version 2"),
                           "Innovationsdagar", "sv")  # fmt: skip
    assert swedish.subject == "Ändrat i programmet: Innovationsdagar (Version 2)"


def test_one_rule_for_the_window_and_the_emails() -> None:
    def title(release: Release) -> str:
        number = release.number
        return release_title(release, f"Utgåva {number}", lambda n: f"Utgåva {number} «{n}»",
                             "Flyttad")  # fmt: skip

    assert title(_release(4, "Utgåva 4")) == "Utgåva 4"  # as the reader's language says it
    assert title(_release(4, "Release 4")) == title(_release(4, "Version 4")) == "Utgåva 4"
    assert title(_release(4, "  ")) == "Utgåva 4"
    assert title(_release(4, MOVED_WITH_EVENT)) == "Utgåva 4 «Flyttad»"
    assert _release(2, "Release 2").label == "Release 2"
    assert _release(2, "Final").label == "Release 2 'Final'"


@pytest.mark.parametrize("language", ["en", "sv"])
def test_a_long_subject_stays_on_the_subject_line(language: Language) -> None:
    # The longest an event's title and a release's name may be.
    subject = person_email(
        PersonChanges(7, "Ada Lind", "ada@example.se"),
        _release(12, ("Slutgiltigt program för alla scener och dagar " * 4).strip()),
        "Innovationsdagar på Klustret i Kista, med lansering och mässa, " * 3,
        language,
    ).subject
    assert len(subject) > 300
    raw = eml_bytes(PersonEmail(("Ada Lind", "ada@example.se"), subject, "Hej!\nåäö"))

    lines = raw.split(b"\r\n")
    assert f"Subject: {subject}".encode() in lines  # one line, not folded
    assert all(len(line) <= 998 for line in lines)  # RFC 5322's limit
    for parsing in (policy.default, policy.SMTPUTF8):
        parsed = email.message_from_bytes(raw, policy=parsing)
        assert parsed["Subject"] == subject  # no space in front, no line break in it
        assert parsed["X-Unsent"] == "1"
    body = email.message_from_bytes(raw, policy=policy.default).get_body(("plain",))
    assert body is not None and body.get_content().splitlines() == ["Hej!", "åäö"]
