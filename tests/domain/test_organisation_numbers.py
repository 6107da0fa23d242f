"""Swedish organisation numbers: ten digits with a Luhn check digit, read with or without
the hyphen or as twelve digits starting 16; a wrong one says what is wrong."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import Organisation
from eventplanner.domain.organisation_numbers import country_code, luhn_digit, org_number
from eventplanner.domain.validation import organisation_problems, tidy_organisation

# Real, published numbers: Volvo AB, ABB AB, Mälardalens universitet (Mälardalen University).
VOLVO, ABB, MDU = "556012-5790", "556029-7813", "202100-4789"


@pytest.mark.parametrize("number", [VOLVO, ABB, MDU])
def test_known_numbers_pass_their_check_digit(number: str) -> None:
    assert org_number(number) == number
    assert luhn_digit(number.replace("-", "")[:9]) == int(number[-1])


@pytest.mark.parametrize(
    "typed", ["5560125790", " 556012-5790 ", "16556012-5790", "165560125790", "556012 5790"]
)
def test_every_way_of_writing_it_gives_one_form(typed: str) -> None:
    assert org_number(typed) == VOLVO


def test_none_is_empty() -> None:
    assert org_number("  ") == ""


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("556012-5791", "the check digit is 1, but the nine digits before it give 0"),
        ("556012-579", "has 9 digits; an organisation number has ten"),
        ("abc", "is not an organisation number"),
        ("175560125790", "starts with 16"),
    ],
)
def test_a_wrong_number_says_what_is_wrong(typed: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words) as raised:
        org_number(typed)
    assert raised.value.field == "org-number"


def test_country_codes() -> None:
    assert country_code(" se ") == "SE"
    with pytest.raises(ValidationError, match="two letters"):
        country_code("Sweden")


def test_an_organisation_is_checked_and_tidied() -> None:
    wrong = Organisation(None, "Volvo", org_number="556012-5791", country="Sverige")
    assert [p.field for p in organisation_problems(wrong)] == ["org_number", "country"]
    right = Organisation(None, "Volvo", org_number="5560125790", country="se")
    assert organisation_problems(right) == []
    tidy = tidy_organisation(right)
    assert (tidy.org_number, tidy.country) == (VOLVO, "SE")
    # One made by an import without a Swedish number has no country: edited, it stays so.
    unknown = Organisation(None, "Fjordtech AS", country="")
    assert organisation_problems(unknown) == []
    assert tidy_organisation(unknown).country == ""


def test_the_swedish_form_is_checked_only_in_sweden() -> None:
    norwegian = Organisation(None, "Equinor", org_number="  NO 923 609 016  MVA ", country="no")
    assert organisation_problems(norwegian) == []
    assert tidy_organisation(norwegian).org_number == "NO 923 609 016 MVA"
    german = Organisation(None, "Siemens", org_number="HRB 6684", country="DE")
    assert tidy_organisation(german).org_number == "HRB 6684"
    # In Sweden (and where the country is not yet a code) the number is checked as Swedish.
    assert [p.field for p in organisation_problems(replace(german, country="SE"))] == ["org_number"]
    too_long = Organisation(None, "Long GmbH", org_number="X" * 41, country="DE")
    (problem,) = organisation_problems(too_long)
    assert problem.field == "org_number" and "at most 40" in str(problem)
