"""An event's or a project's money: budget lines, their conversion to SEK and the totals.

Plain values and rules; ``services.budget`` stores the lines. Amounts are ``Decimal`` in
the line's currency, to the öre/cent (two places), never floats; a line in a foreign
currency states its rate to SEK (SEK per unit: 10.45 for a US dollar), and every total is in
SEK, each line converted and rounded half up to the öre before it is added, so a total is
the sum of the figures the lines show.

A refusal is a ``ValidationError`` naming the field and what is wrong with it.

**Co-exhibitor shares** are income lines derived from the event's shared stand, never
typed: a co-exhibitor with a fixed fee brings that fee; one with a share of the area brings
that share of the stand's fee (the event's stand-fee cost lines, planned from planned and
actual from actual) as the share is of the stand's area. Their actual amount counts once the
co-exhibitor has confirmed (or the fair organiser approved) and the stand fee has an actual
amount (the fair organiser has invoiced the stand, and the cluster its co-exhibitors); until
then it is planned income only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.stand import CoExhibitor, ExhibitorState

HOME_CURRENCY = "SEK"
CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("10000000000")
RATE_STEP = Decimal("0.000001")
"""A rate's last decimal: the column keeps six (Numeric(14, 6))."""
MAX_RATE = Decimal("99999999")
"""The largest rate the column holds (eight digits before the point); far above any
sensible one, which ``currency_problems`` checks."""
"""10 000 000 000 in a line's currency: more than any event's budget; a typo is caught."""
MAX_TEXT = 200
MAX_NOTE = 4_000

REFERENCE_RATES: dict[str, Decimal] = {
    "USD": Decimal("10.5"), "EUR": Decimal("11.5"), "GBP": Decimal("13.5"),
    "NOK": Decimal("1.0"), "DKK": Decimal("1.55"), "ISK": Decimal("0.08"),
    "CHF": Decimal("12.0"), "JPY": Decimal("0.07"), "CNY": Decimal("1.45"),
    "CAD": Decimal("7.6"), "AUD": Decimal("6.9"), "PLN": Decimal("2.7"),
    "INR": Decimal("0.125"), "KRW": Decimal("0.0075"), "SGD": Decimal("8.0"),
}  # fmt: skip
"""About what a unit of each currency the app knows costs in SEK: a stated rate more than
``RATE_SPREAD`` times off it is refused as absurd (a rate typed upside down, 0.0957 for a
dollar, or with a slipped comma, 1045)."""
RATE_SPREAD = Decimal(4)
CURRENCIES = frozenset({HOME_CURRENCY, *REFERENCE_RATES})


class BudgetCategory(StrEnum):
    """What a line is for: a cost, or income (``is_income``)."""

    VENUE = "venue"
    CATERING = "catering"
    STAND_FEE = "stand_fee"
    TRAVEL = "travel"
    MARKETING = "marketing"
    SPEAKER_FEES = "speaker_fees"
    TECHNOLOGY = "technology"
    OTHER_COSTS = "other_costs"
    SPONSORSHIP = "sponsorship"
    PARTICIPANT_FEES = "participant_fees"
    GRANTS = "grants"
    CO_EXHIBITOR_SHARES = "co_exhibitor_shares"

    @property
    def is_income(self) -> bool:
        return self in INCOME

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


INCOME = frozenset(
    {
        BudgetCategory.SPONSORSHIP,
        BudgetCategory.PARTICIPANT_FEES,
        BudgetCategory.GRANTS,
        BudgetCategory.CO_EXHIBITOR_SHARES,
    }
)
TYPED_CATEGORIES = tuple(c for c in BudgetCategory if c is not BudgetCategory.CO_EXHIBITOR_SHARES)
"""What a person may give a line: co-exhibitor shares come from the stand only."""


class ShareBasis(StrEnum):
    """What a derived co-exhibitor line was worked out from."""

    FEE = "fee"
    """The co-exhibitor's fixed fee."""
    AREA = "area"
    """Its share of the stand's area, of the stand's fee."""
    NO_STAND_FEE = "no_stand_fee"
    """A share of the area, but the budget has no stand fee (or the stand no area) yet."""


@dataclass(frozen=True, slots=True)
class DerivedShare:
    """Where a co-exhibitor's income line comes from, to explain it."""

    co_exhibitor_id: int
    company: str
    basis: ShareBasis
    area: float | None = None
    stand_area: float | None = None
    confirmed: bool = False


@dataclass(frozen=True, slots=True)
class BudgetLine:
    """One line of an event's budget (``event_id``) or of a project's own (``project_id``,
    no event). ``actual`` None: nothing spent or received yet. ``rate``: SEK per unit of
    ``currency``; None for SEK. ``share`` is set on derived co-exhibitor lines only."""

    id: int | None
    category: BudgetCategory
    planned: Decimal
    actual: Decimal | None = None
    description: str = ""
    currency: str = HOME_CURRENCY
    rate: Decimal | None = None
    supplier: str = ""
    note: str = ""
    event_id: int | None = None
    project_id: int | None = None
    version: int = 0
    share: DerivedShare | None = None

    @property
    def derived(self) -> bool:
        return self.share is not None

    @property
    def is_income(self) -> bool:
        return self.category.is_income

    @property
    def planned_sek(self) -> Decimal:
        return to_sek(self.planned, self.rate)

    @property
    def actual_sek(self) -> Decimal | None:
        return None if self.actual is None else to_sek(self.actual, self.rate)

    @property
    def title(self) -> str:
        return self.description or self.category.label.capitalize()


def money(value: Decimal) -> Decimal:
    """``value`` to the öre (cent), half up."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def to_sek(amount: Decimal, rate: Decimal | None) -> Decimal:
    """An amount in SEK: at ``rate`` SEK per unit, or as it is (a SEK amount)."""
    return money(amount if rate is None else amount * rate)


class AmountTooLargeError(ValidationError):
    """An amount typed beyond ``MAX_AMOUNT``."""


class AmbiguousAmountError(ValidationError):
    """An amount whose group separators do not group thousands ("1,23" where a comma
    groups them): it could be meant either way, so it is refused, never guessed."""


def parse_amount(
    text: str,
    field: str,
    *,
    decimal_point: str | None = None,
    group_separator: str | None = None,
) -> Decimal:
    """An amount typed by a person: ``1234.50``, ``1 234,50`` (Swedish), ``12500``; to the
    öre. With the window language's ``decimal_point`` and ``group_separator`` (``.`` and
    ``,`` in English) the text is read as that language writes numbers: ``12,500`` is
    12500 in English and 12.50 in Swedish; a separator that does not group thousands is
    refused as ambiguous. Without them a single comma is the decimal point. Refused:
    anything else, with what was typed named."""
    cleaned = text.strip()
    for space in ("\u00a0", "\u202f", " ", "_"):
        cleaned = cleaned.replace(space, "")
    if decimal_point is None:
        if cleaned.count(",") == 1 and "." not in cleaned:
            cleaned = cleaned.replace(",", ".")
    else:
        cleaned = _delocalised(text, cleaned, field, decimal_point, group_separator or "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(field, f"{text!r} is not an amount (write it as 1234.50)") from None
    if not value.is_finite():
        raise ValidationError(field, f"{text!r} is not an amount (write it as 1234.50)")
    if abs(value) > MAX_AMOUNT:  # before rounding: too many digits cannot be rounded
        raise AmountTooLargeError(field, f"{text!r} is more than {MAX_AMOUNT:,}")
    if value != value.quantize(CENT, rounding=ROUND_HALF_UP):
        raise ValidationError(field, f"{text!r} has more than two decimals")
    return money(value)


def _delocalised(text: str, cleaned: str, field: str, point: str, group: str) -> str:
    """``cleaned`` (spaces gone) with a language's group separators dropped and its
    decimal point a ``.``; a point typed where the language writes a comma is taken as
    one too, unless the language groups with points."""
    if group.strip() and group in cleaned:
        whole, _, fraction = cleaned.partition(point)
        sign = whole[:1] if whole[:1] in "+-" else ""
        groups = whole[len(sign) :].split(group)
        if (
            group in fraction
            or not 1 <= len(groups[0]) <= 3
            or any(len(g) != 3 for g in groups[1:])
        ):
            raise AmbiguousAmountError(
                field, f"{text!r} is ambiguous: {group!r} groups thousands here"
            )
        cleaned = sign + "".join(groups) + (point + fraction if point in cleaned else "")
    if point != ".":
        cleaned = cleaned.replace(point, ".")
    return cleaned


def parse_rate(
    text: str, *, decimal_point: str | None = None, group_separator: str | None = None
) -> Decimal:
    """A rate typed by a person (SEK per unit). With the window language's
    ``decimal_point`` and ``group_separator`` it is read as that language writes numbers,
    as ``parse_amount`` reads amounts: ``1,234`` is 1234 in English and 1.234 in Swedish,
    and a separator that does not group thousands (``10,45`` in English) is refused as
    ambiguous (``AmbiguousAmountError``), never guessed. Without them (the command line) a
    comma is a decimal point. Refused otherwise, with what was typed named."""
    cleaned = text.strip()
    for space in ("\u00a0", "\u202f", " ", "_"):
        cleaned = cleaned.replace(space, "")
    if decimal_point is None:
        cleaned = cleaned.replace(",", ".")
    else:
        cleaned = _delocalised(text, cleaned, "rate", decimal_point, group_separator or "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError("rate", f"{text!r} is not a rate (write it as 10.45)") from None
    if not value.is_finite():
        raise ValidationError("rate", f"{text!r} is not a rate (write it as 10.45)")
    if abs(value) > MAX_RATE:
        raise ValidationError("rate", f"{text!r} is too large for a rate (SEK per 1 unit)")
    return value


def stored_rate(rate: Decimal) -> Decimal:
    """``rate`` as the database keeps it: to six decimals, half up (so what is written is
    what is read back)."""
    return rate.quantize(RATE_STEP, rounding=ROUND_HALF_UP)


def _storable(amount: Decimal) -> bool:
    """An amount rounding can handle: finite and within the limits (others are refused by
    ``line_problems``, never rounded)."""
    return amount.is_finite() and abs(amount) <= MAX_AMOUNT


def normal_currency(code: str) -> str:
    return code.strip().upper()


def line_problems(line: BudgetLine) -> list[ValidationError]:
    """What is wrong with a line a person wrote, each naming its field; empty when none."""
    problems: list[ValidationError] = []
    if line.derived or line.category is BudgetCategory.CO_EXHIBITOR_SHARES:
        problems.append(
            ValidationError(
                "category",
                "co-exhibitor shares come from the stand's co-exhibitors; "
                "change the co-exhibitor or the stand fee instead",
            )
        )
    if (line.event_id is None) == (line.project_id is None):
        problems.append(ValidationError("owner", "a line belongs to an event or to a project"))
    for field, amount in (("planned", line.planned), ("actual", line.actual)):
        if amount is None:
            continue
        if not amount.is_finite():
            problems.append(ValidationError(field, f"{amount} is not an amount"))
        elif amount < 0:
            problems.append(
                ValidationError(field, f"{amount} is negative; put income under an income category")
            )
        elif amount > MAX_AMOUNT:
            problems.append(ValidationError(field, f"{amount} is more than {MAX_AMOUNT:,}"))
    problems += currency_problems(line.currency, line.rate)
    if len(line.description) > MAX_TEXT:
        problems.append(ValidationError("description", f"longer than {MAX_TEXT} characters"))
    if len(line.supplier) > MAX_TEXT:
        problems.append(ValidationError("supplier", f"longer than {MAX_TEXT} characters"))
    if len(line.note) > MAX_NOTE:
        problems.append(ValidationError("note", f"longer than {MAX_NOTE} characters"))
    return problems


def currency_problems(currency: str, rate: Decimal | None) -> list[ValidationError]:
    """A currency the app knows, and a sensible rate to SEK for any but SEK."""
    if currency not in CURRENCIES:
        known = ", ".join(sorted(CURRENCIES))
        unknown = f"{currency!r} is not a currency code known here ({known})"
        return [ValidationError("currency", unknown)]
    if currency == HOME_CURRENCY:
        if rate is not None and rate != 1:
            return [ValidationError("rate", f"a SEK line has no rate (it was given {rate})")]
        return []
    if rate is None:
        needed = f"a line in {currency} needs its rate to SEK (SEK per 1 {currency})"
        return [ValidationError("rate", needed)]
    if not rate.is_finite() or rate <= 0:
        return [ValidationError("rate", f"{rate} is not a rate; give SEK per 1 {currency}")]
    reference = REFERENCE_RATES[currency]
    if not reference / RATE_SPREAD <= rate <= reference * RATE_SPREAD:
        return [
            ValidationError(
                "rate",
                f"{rate} SEK per 1 {currency} is far from about {reference}; "
                f"give SEK per 1 {currency}",
            )
        ]
    return []


def checked(line: BudgetLine) -> BudgetLine:
    """The line made tidy (currency upper case, SEK without a rate, amounts to the öre),
    or the first problem raised."""
    currency = normal_currency(line.currency)
    rate = None if currency == HOME_CURRENCY and line.rate in (None, 1) else line.rate
    if rate is not None and rate.is_finite() and abs(rate) <= MAX_RATE:
        rate = stored_rate(rate)
    actual = line.actual
    tidy = BudgetLine(
        line.id,
        line.category,
        money(line.planned) if _storable(line.planned) else line.planned,
        money(actual) if actual is not None and _storable(actual) else actual,
        line.description.strip(),
        currency,
        rate,
        line.supplier.strip(),
        line.note,
        line.event_id,
        line.project_id,
        line.version,
        line.share,
    )
    for problem in line_problems(tidy):
        raise problem
    return tidy


# -- totals --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BudgetTotals:
    """Costs and income in SEK, planned and actual (lines without an actual add nothing to
    the actual figures)."""

    planned_costs: Decimal = Decimal("0.00")
    planned_income: Decimal = Decimal("0.00")
    actual_costs: Decimal = Decimal("0.00")
    actual_income: Decimal = Decimal("0.00")
    lines: int = 0

    @property
    def planned_net(self) -> Decimal:
        """Income less costs: below zero, the event costs the cluster money."""
        return self.planned_income - self.planned_costs

    @property
    def actual_net(self) -> Decimal:
        return self.actual_income - self.actual_costs

    def __add__(self, other: BudgetTotals) -> BudgetTotals:
        return BudgetTotals(
            self.planned_costs + other.planned_costs,
            self.planned_income + other.planned_income,
            self.actual_costs + other.actual_costs,
            self.actual_income + other.actual_income,
            self.lines + other.lines,
        )


def totals(lines: Iterable[BudgetLine]) -> BudgetTotals:
    """The lines added up in SEK."""
    planned = {False: Decimal("0.00"), True: Decimal("0.00")}
    actual = {False: Decimal("0.00"), True: Decimal("0.00")}
    count = 0
    for line in lines:
        count += 1
        planned[line.is_income] += line.planned_sek
        spent = line.actual_sek
        if spent is not None:
            actual[line.is_income] += spent
    return BudgetTotals(planned[False], planned[True], actual[False], actual[True], count)


def cost_per_participant(costs: Decimal, participants: int) -> Decimal | None:
    """Costs (SEK) per participant, to the öre; None with no participants to share them."""
    if participants < 0:
        raise ValidationError("participants", f"{participants} is not a number of participants")
    if participants == 0:
        return None
    return money(costs / participants)


# -- co-exhibitor shares -------------------------------------------------------------------


def co_exhibitor_lines(
    event_id: int,
    stand_area: float | None,
    exhibitors: Sequence[CoExhibitor],
    lines: Sequence[BudgetLine],
) -> tuple[BudgetLine, ...]:
    """The event's income from its co-exhibitors, one line each (``Co-exhibitor share:
    <company>``), worked out from the stand as it is now (see the module's docstring)."""
    fee_lines = [line for line in lines if line.category is BudgetCategory.STAND_FEE]
    fee_planned = sum((line.planned_sek for line in fee_lines), Decimal("0.00"))
    spent = [line.actual_sek for line in fee_lines if line.actual_sek is not None]
    fee_actual = sum(spent, Decimal("0.00")) if spent else None
    result: list[BudgetLine] = []
    for exhibitor in exhibitors:
        if exhibitor.id is None:
            continue
        confirmed = exhibitor.state in (ExhibitorState.CONFIRMED, ExhibitorState.APPROVED)
        planned: Decimal
        actual: Decimal | None
        if exhibitor.fee is not None:
            basis, planned = ShareBasis.FEE, money(exhibitor.fee)
            actual = None if fee_actual is None else planned
        elif exhibitor.area and stand_area and fee_lines:
            part = Decimal(str(exhibitor.area)) / Decimal(str(stand_area))
            basis, planned = ShareBasis.AREA, money(fee_planned * part)
            actual = None if fee_actual is None else money(fee_actual * part)
        else:
            basis, planned, actual = ShareBasis.NO_STAND_FEE, Decimal("0.00"), None
        share = DerivedShare(
            exhibitor.id,
            exhibitor.organisation_name,
            basis,
            exhibitor.area,
            stand_area,
            confirmed,
        )
        result.append(
            BudgetLine(
                None,
                BudgetCategory.CO_EXHIBITOR_SHARES,
                planned,
                actual if confirmed else None,
                f"Co-exhibitor share: {exhibitor.organisation_name}",
                event_id=event_id,
                share=share,
            )
        )
    return tuple(result)
