"""Budget lines' rules without a database: conversion to SEK, totals, refusals with clear
messages, and the co-exhibitors' shares worked out from the stand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from eventplanner.domain.budget import (
    AmbiguousAmountError,
    AmountTooLargeError,
    BudgetCategory,
    BudgetLine,
    BudgetTotals,
    ShareBasis,
    checked,
    co_exhibitor_lines,
    cost_per_participant,
    line_problems,
    parse_amount,
    parse_rate,
    to_sek,
    totals,
)
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.stand import CoExhibitor, ExhibitorState

D = Decimal


def line(
    category: BudgetCategory, planned: str, actual: str | None = None, **more: object
) -> BudgetLine:
    return BudgetLine(
        None,
        category,
        D(planned),
        None if actual is None else D(actual),
        event_id=1,
        **more,  # type: ignore[arg-type]
    )


def test_a_foreign_line_converts_at_its_rate_to_the_ore() -> None:
    usd = line(BudgetCategory.TRAVEL, "1234.56", "1000", currency="USD", rate=D("10.45"))
    assert usd.planned_sek == D("12901.15")  # 12901.152 rounded half up
    assert usd.actual_sek == D("10450.00")
    assert to_sek(D("0.05"), D("10.5")) == D("0.53")  # 0.525 half up
    assert line(BudgetCategory.VENUE, "500").planned_sek == D("500.00")


def test_totals_split_costs_and_income_planned_and_actual() -> None:
    lines = [
        line(BudgetCategory.VENUE, "10000", "9500"),
        line(BudgetCategory.CATERING, "4000"),  # nothing spent yet
        line(BudgetCategory.TRAVEL, "100", "120", currency="USD", rate=D("10")),
        line(BudgetCategory.SPONSORSHIP, "5000", "5000"),
        line(BudgetCategory.GRANTS, "3000"),
    ]
    total = totals(lines)
    assert total == BudgetTotals(D("15000.00"), D("8000.00"), D("10700.00"), D("5000.00"), 5)
    assert total.planned_net == D("-7000.00")
    assert total.actual_net == D("-5700.00")
    assert (total + total).planned_costs == D("30000.00")
    assert totals([]) == BudgetTotals()


def test_cost_per_participant_takes_a_count() -> None:
    assert cost_per_participant(D("10000.00"), 3) == D("3333.33")
    assert cost_per_participant(D("10000.00"), 0) is None
    with pytest.raises(ValidationError, match="participants"):
        cost_per_participant(D("1"), -1)


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"planned": D("-5")}, "planned", "negative"),
        ({"actual": D("-0.01")}, "actual", "negative"),
        ({"planned": D("1e12")}, "planned", "more than"),
        ({"currency": "XYZ", "rate": D("1")}, "currency", "'XYZ' is not a currency code"),
        ({"currency": "USD"}, "rate", "needs its rate to SEK"),
        ({"currency": "USD", "rate": D("1045")}, "rate", "far from"),
        ({"currency": "USD", "rate": D("0.0957")}, "rate", "far from"),
        ({"currency": "USD", "rate": D("0")}, "rate", "is not a rate"),
        ({"rate": D("10.45")}, "rate", "a SEK line has no rate"),
        ({"event_id": None}, "owner", "an event or to a project"),
        ({"project_id": 4}, "owner", "an event or to a project"),
        ({"description": "x" * 201}, "description", "200"),
        ({"category": BudgetCategory.CO_EXHIBITOR_SHARES}, "category", "from the stand"),
    ],
)
def test_refusals_name_the_field_and_what_is_wrong(
    changes: dict[str, object], field: str, words: str
) -> None:
    values: dict[str, object] = {
        "id": None,
        "category": BudgetCategory.VENUE,
        "planned": D("100"),
        "event_id": 1,
    }
    values.update(changes)
    bad = BudgetLine(**values)  # type: ignore[arg-type]
    problems = line_problems(bad)
    assert problems, changes
    assert problems[0].field == field
    assert words in problems[0].message
    with pytest.raises(ValidationError):
        checked(bad)


def test_checked_tidies_a_line() -> None:
    tidy = checked(
        BudgetLine(
            None,
            BudgetCategory.TRAVEL,
            D("10"),
            currency=" usd ",
            rate=D("10.45"),
            description=" Flights ",
            event_id=1,
        )
    )
    assert (tidy.currency, tidy.description, tidy.planned) == ("USD", "Flights", D("10.00"))
    sek = checked(BudgetLine(None, BudgetCategory.VENUE, D("1"), rate=D(1), project_id=2))
    assert sek.rate is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1234.50", "1234.50"),
        ("1 234,50", "1234.50"),
        ("12500", "12500.00"),
        ("1\u00a0000", "1000.00"),
        ("-3", "-3.00"),
    ],
)
def test_amounts_as_people_type_them(text: str, value: str) -> None:
    assert parse_amount(text, "planned") == D(value)


@pytest.mark.parametrize("text", ["twelve", "1,2,3", "1.234,50", "1.005", "NaN", ""])
def test_amounts_refused_name_what_was_typed(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_amount(text, "actual")
    assert refused.value.field == "actual"
    assert repr(text) in refused.value.message


def test_rates_as_typed() -> None:
    assert parse_rate("10,45") == D("10.45")
    with pytest.raises(ValidationError, match="'ten' is not a rate"):
        parse_rate("ten")


@pytest.mark.parametrize("text", ["9" * 27, "1e30", "-1e30", "10000000000.01"])
def test_too_large_amounts_are_refused_naming_the_field(text: str) -> None:
    with pytest.raises(AmountTooLargeError) as refused:
        parse_amount(text, "--planned")
    assert refused.value.field == "--planned"
    assert repr(text) in refused.value.message and "more than" in refused.value.message


@pytest.mark.parametrize("amount", [D("9" * 27), D("1e30"), D("-1e30")])
def test_checked_refuses_too_large_amounts_naming_the_field(amount: Decimal) -> None:
    with pytest.raises(ValidationError) as planned:
        checked(line(BudgetCategory.VENUE, str(amount)))
    assert planned.value.field == "planned"
    with pytest.raises(ValidationError) as actual:
        checked(line(BudgetCategory.VENUE, "100", str(amount)))
    assert actual.value.field == "actual"


def test_amounts_in_a_language_with_its_separators() -> None:
    english = {"decimal_point": ".", "group_separator": ","}
    swedish = {"decimal_point": ",", "group_separator": "\u00a0"}
    assert parse_amount("12,500", "planned", **english) == D("12500")
    assert parse_amount("1,234.50", "planned", **english) == D("1234.50")
    assert parse_amount("12,500", "planned", **swedish) == D("12.50")
    assert parse_amount("1\u00a0234,50", "planned", **swedish) == D("1234.50")
    assert parse_amount("1.234,50", "planned", decimal_point=",", group_separator=".") == D(
        "1234.50"
    )
    for unclear in ("1,23", "12,5000", "1,234.5,0"):
        with pytest.raises(AmbiguousAmountError) as refused:
            parse_amount(unclear, "actual", **english)
        assert refused.value.field == "actual" and repr(unclear) in refused.value.message


def test_rates_are_kept_to_six_decimals_as_stored() -> None:
    tidy = checked(line(BudgetCategory.TRAVEL, "10", currency="USD", rate=D("10.123456789")))
    assert tidy.rate == D("10.123457")
    with pytest.raises(ValidationError) as huge:
        parse_rate("1e30")
    assert huge.value.field == "rate"
    with pytest.raises(ValidationError) as refused:
        checked(line(BudgetCategory.TRAVEL, "10", currency="USD", rate=D("1e30")))
    assert refused.value.field == "rate"


def _exhibitor(ident: int, name: str, **more: object) -> CoExhibitor:
    return CoExhibitor(ident, 1, ident, organisation_name=name, **more)  # type: ignore[arg-type]


def test_co_exhibitor_shares_follow_the_stand_fee_and_their_state() -> None:
    fee = line(BudgetCategory.STAND_FEE, "60000", "62000")
    exhibitors = [
        _exhibitor(1, "Robotik i Norr AB", area=12.0, state=ExhibitorState.CONFIRMED),
        _exhibitor(2, "Stålverket AB", fee=D("15000"), state=ExhibitorState.ASKED),
        _exhibitor(3, "Tomt AB", area=None),
    ]
    robotics, steel, empty = co_exhibitor_lines(7, 60.0, exhibitors, [fee])
    assert robotics.description == "Co-exhibitor share: Robotik i Norr AB"
    assert robotics.category is BudgetCategory.CO_EXHIBITOR_SHARES and robotics.is_income
    assert (robotics.planned, robotics.actual) == (D("12000.00"), D("12400.00"))
    assert robotics.share is not None and robotics.share.basis is ShareBasis.AREA
    # Asked, not yet confirmed: planned only.
    assert (steel.planned, steel.actual) == (D("15000.00"), None)
    assert steel.share is not None and steel.share.basis is ShareBasis.FEE
    assert (empty.planned, empty.share and empty.share.basis) == (
        D("0.00"),
        ShareBasis.NO_STAND_FEE,
    )
    assert all(x.derived and x.event_id == 7 for x in (robotics, steel, empty))
    # No stand fee in the budget yet: an area share is nothing, and says why.
    (alone,) = co_exhibitor_lines(7, 60.0, exhibitors[:1], [])
    assert alone.planned == D("0.00")
    assert alone.share is not None and alone.share.basis is ShareBasis.NO_STAND_FEE


def test_a_confirmed_fixed_fee_is_actual_once_the_stand_fee_is() -> None:
    steel = _exhibitor(2, "Stålverket AB", fee=D("15000"), state=ExhibitorState.APPROVED)
    planned_only = line(BudgetCategory.STAND_FEE, "60000")
    (share,) = co_exhibitor_lines(7, 60.0, [steel], [planned_only])
    assert (share.planned, share.actual) == (D("15000.00"), None)
    invoiced = line(BudgetCategory.STAND_FEE, "60000", "61000")
    (share,) = co_exhibitor_lines(7, 60.0, [steel], [invoiced])
    assert (share.planned, share.actual) == (D("15000.00"), D("15000.00"))
    assert share.share is not None and share.share.confirmed
