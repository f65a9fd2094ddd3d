"""Every way the numbers of a story and the notes may be written in digits, for a guard that lets the
model write a number only when the story has it (issue 12, part 3).

`number_forms(story, notes)` reads the story and notes with the fact lock's own reader, so the guard
allows exactly what the fact lock would accept, written in digits:

- integers with and without separators, English and Dutch style: "2347", "2,347", "2.347", "2 347";
- decimals with a point or a comma: "2.5", "2,5"; money with cents: "42.50", "42,50";
- scaled figures both ways: "€2.5 million" gives "2.5", "2,5", "2500000", "2,500,000", "2.500.000";
- roundings the fact lock accepts: "2,300", "2,350", "2,000" for 2,347; "67", "66.7" for two-thirds;
- percentages (the digits; the sign is the guard's business), factors, house numbers;
- durations in other units: "18 months" gives "18", "1.5", "1,5"; "2 weeks" gives "14";
- dates in digits: years "2026", "'26", "26"; months "3", "03"; days "12", "4", "04"; "Q1" gives "1";
- times of day: "7", "07", "19", "7:00", "19:00".

Written-out forms ("seventy") are not listed: the guard steers digit tokens only.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from app.checks.dates import DateParts
from app.checks.quantities import (
    ADDRESS,
    COUNT,
    DATE,
    DURATION,
    FACTOR,
    MEASURE,
    MONEY,
    PERCENT,
    TIME,
    Quantity,
    find_quantities,
)

_SCALES = (1e3, 1e6, 1e9)
_DURATION_UNITS = (1.0, 7.0, 365.25 / 12, 365.25, 1 / 24, 1 / 1440)  # days, weeks, months, years, hours, minutes
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"[\s\u00a0\u202f]")


@dataclass(frozen=True)
class NumberForms:
    forms: frozenset[str]  # whole numbers as they may be written: "2,347", "2.5", "'88"

    @property
    def digit_runs(self) -> frozenset[str]:
        """Every run of digits inside the forms: what a digit-token guard lets through."""
        return frozenset(run for form in self.forms for run in _DIGITS.findall(form))

    def allows(self, written: str) -> bool:
        """May a post contain this number ("2,347", "2 347", "66.7", "'88")?"""
        return _SPACES.sub(" ", written.strip()) in self.forms


def number_forms(story: str, notes: str = "") -> NumberForms:
    forms: set[str] = set()
    for text in (story, notes):
        for quantity in find_quantities(text, ""):
            forms.update(quantity_forms(quantity))
    return NumberForms(frozenset(forms))


def quantity_forms(quantity: Quantity) -> set[str]:
    if quantity.kind == DATE:
        return {form for parts in quantity.dates for form in date_forms(parts)}
    if quantity.kind == TIME:
        hour, minute = divmod(int(quantity.value), 60)
        hours = {hour, hour % 12 or 12}
        return {f"{h}" for h in hours} | {f"{h:02d}" for h in hours} | {f"{h}:{minute:02d}" for h in hours} | {
            f"{h}.{minute:02d}" for h in hours
        }
    figure = quantity.figure
    forms = figure_forms(figure, money=quantity.kind == MONEY)
    if quantity.kind in (COUNT, MONEY, PERCENT, MEASURE):
        for rounded in roundings(figure):
            forms |= figure_forms(rounded)
    if quantity.kind == DURATION and quantity.unit_days:
        for days_per_unit in _DURATION_UNITS:
            converted = quantity.value / days_per_unit
            if 0.5 <= converted <= 1000 and _tidy(converted):
                forms |= figure_forms(round(converted, 2))
    if quantity.kind in (FACTOR, ADDRESS):
        forms |= figure_forms(quantity.value)
    return forms


def figure_forms(value: float, money: bool = False) -> set[str]:
    """ "2347" -> 2347, 2,347, 2.347, 2 347; 2.5 -> 2.5, 2,5; 2_500_000 -> also 2.5, 2,5 (for "million")."""
    forms = _plain_forms(value, money)
    for scale in _SCALES:
        mantissa = value / scale
        if mantissa >= 1 and _tidy(mantissa, places=3):
            forms |= _plain_forms(round(mantissa, 3), money=False)
    return forms


def _plain_forms(value: float, money: bool) -> set[str]:
    if value == int(value):
        whole = int(value)
        forms = {str(whole)}
        if whole >= 1000:
            grouped = f"{whole:,}"
            forms |= {grouped, grouped.replace(",", "."), grouped.replace(",", " ")}
        if money:
            forms |= {f"{whole}.00", f"{whole},00", f"{whole},-"}
        return forms
    text = f"{value:.3f}".rstrip("0")
    whole_text, fraction = text.split(".")
    whole = int(whole_text)
    forms = {f"{whole}.{fraction}", f"{whole},{fraction}"}
    if whole >= 1000:
        grouped = f"{whole:,}"
        forms |= {f"{grouped}.{fraction}", f"{grouped.replace(',', '.')},{fraction}"}
    if money and len(fraction) == 1:
        forms |= {f"{whole}.{fraction}0", f"{whole},{fraction}0"}
    return forms


def roundings(value: float) -> set[float]:
    """The roundings the fact lock accepts for a figure: 2,347 -> 2,000, 2,300, 2,350; 66.67 -> 66.7, 67, 66."""
    found: set[float] = set()
    if value < 20:
        return found  # "about 15" is no rounding of 14
    if value != int(value):
        found |= {round(value), math.floor(value), round(value, 1)}
    digits = int(math.floor(math.log10(value))) + 1 if value >= 1 else 1
    for significant in range(1, min(digits, 3)):
        step = 10.0 ** (digits - significant)
        found |= {r for r in (round(value / step) * step, round(value / (step / 2)) * (step / 2)) if _near(r, value, 0.15)}
        found |= {r for r in (math.floor(value / step) * step,) if _near(r, value, 0.25)}  # "over 2,000"
        found |= {r for r in (math.ceil(value / step) * step,) if _near(r, value, 0.10)}  # "almost 2,400"
    return {r for r in found if r > 0}


def _near(rounded: float, value: float, share: float) -> bool:
    return abs(rounded - value) <= share * value


def date_forms(parts: DateParts) -> set[str]:
    forms: set[str] = set()
    if parts.year is not None:
        forms |= {str(parts.year), f"'{parts.year % 100:02d}", f"{parts.year % 100:02d}"}
    for number in (parts.month, parts.day):
        if number is not None:
            forms |= {str(number), f"{number:02d}"}
    for number in (parts.quarter, parts.half):
        if number is not None:
            forms.add(str(number))
    if None not in (parts.year, parts.month, parts.day):
        y, m, d = parts.year, parts.month, parts.day
        forms |= {f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}",
                  f"{m:02d}/{d:02d}/{y}", f"{d}/{m}/{y}", f"{m}/{d}/{y}", f"{d:02d}.{m:02d}.{y}"}  # fmt: skip
    return forms


def _tidy(value: float, places: int = 1) -> bool:
    """A figure someone would write: 1.5 years, 18 months; not 0.0411 years."""
    return math.isclose(value, round(value, places), abs_tol=1e-9 * max(1.0, value))
