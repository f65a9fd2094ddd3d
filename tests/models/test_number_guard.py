"""The number guard's rules (models/engine/number_guard.py), table-driven: which texts a model may
write given the story's numbers. The real-engine tests are in test_number_guard_engine.py."""

from __future__ import annotations

import pytest

from app.number_forms import number_forms
from models.engine.number_guard import AllowedNumbers, is_allowed, normalise_form, numbers_in

STORY = (
    "On 12 March 2026 our plant in Delft opened with 2,347 panels a day and a budget of €2,5 miljoen. "
    "Revenue grew 30%. The doors open at 7:00."
)
NOTES = "I joined in 2019 and lead 14 welders."
ALLOWED = AllowedNumbers(number_forms(STORY, NOTES).forms)


def writes(text: str, allowed: AllowedNumbers = ALLOWED) -> bool:
    """May a model write `text` (to its end, the last number finished)?"""
    after = allowed.advance("", text)
    return after is not None and allowed.can_end(after)


@pytest.mark.parametrize(
    "text",
    [
        "We opened on 12 March 2026.", "In 2026, we opened.", "12/03/2026", "2026-03-12", "12-03-2026",
        # separators of thousands and decimals, English and Dutch
        "2,347 panels", "2.347 panelen", "2 347", "2\u00a0347", "€2.5 million", "€2,5 miljoen", "2,500,000",
        # roundings the fact lock accepts
        "about 2,300 panels", "over 2,000",
        "30% growth", "at 7:00", "at 7", "'26", "since 2019, 14 welders",
        # two numbers parted by a loose separator or a word
        "2019-2026", "2019–2026", "12 2026", "12 and 14",
        # punctuation after a number is no part of it
        "12.", "2026, then", "14: all of them", "12 - 14",
        "no numbers at all",
    ],
)  # fmt: skip
def test_allowed_texts(text: str) -> None:
    assert writes(text)


@pytest.mark.parametrize(
    "text",
    [
        "13", "2027", "17", "120", "2,348", "2.346", "2 346", "2.6", "2,6 miljoen", "31%", "8:00", "7:30",
        "12.5", "12,5",  # a decimal point always joins: 12.5 is no 12
        "2019-2027", "'27", "COVID-21", "5th", "３１",  # full-width digits count as digits
    ],
)  # fmt: skip
def test_invented_numbers(text: str) -> None:
    assert not writes(text)


@pytest.mark.parametrize(
    ("written", "open_number"),
    [("1", "1"), ("2,3", "2,3"), ("2,", "2,"), ("2 3", "2 3"), ("20", "20"), ("In 2026", "2026"), ("In 2026,", "2026,")],
)
def test_a_number_being_written_stays_open(written: str, open_number: str) -> None:
    assert ALLOWED.advance("", written) == open_number


@pytest.mark.parametrize(
    ("open_number", "may_end"),
    [("2,50", False), ("12", True), ("2,34", False), ("2,347", True), ("2,", True), ("20", False), ("201", False), ("", True)],
)
def test_a_number_may_end_only_when_it_is_whole(open_number: str, may_end: bool) -> None:
    assert ALLOWED.can_end(open_number) is may_end


def test_the_state_carries_over_between_tokens() -> None:
    """Token by token the same as in one piece: "2" "," "347" and "20" "26"."""
    state = ALLOWED.advance("", "about 2")
    assert state == "2"
    state = ALLOWED.advance(state, ",")
    assert state == "2,"
    assert ALLOWED.advance(state, "348") is None
    assert ALLOWED.advance(state, "347") == "2,347"
    assert ALLOWED.advance(ALLOWED.advance("", "20") or "", "27") is None


def test_a_story_without_numbers_allows_no_digit() -> None:
    nothing = AllowedNumbers(number_forms("Our team opened a plant in Delft.").forms)
    assert writes("We opened a plant.", nothing)
    for digit in "0123456789":
        assert nothing.advance("", digit) is None


def test_years_and_days_of_dates_are_allowed_on_their_own() -> None:
    dates = AllowedNumbers(number_forms("Het nieuwe pand opent op vrijdag 4 september 2026.").forms)
    for text in ("4 september", "04-09-2026", "2026", "september 2026", "4/9/2026"):
        assert writes(text, dates), text
    assert not writes("5 september", dates)
    assert not writes("2025", dates)


def test_dutch_decimals_and_thousands() -> None:
    dutch = AllowedNumbers(number_forms("De omzet steeg met 3,5 procent tot 12.400 euro.").forms)
    for text in ("3,5 procent", "3.5%", "12.400 euro", "12,400", "12 400"):
        assert writes(text, dutch), text
    for text in ("3,6", "35", "12.600", "12,7"):
        assert not writes(text, dutch), text


def test_the_storys_own_digits_are_allowed_where_the_fact_lock_reads_no_fact() -> None:
    literal = AllowedNumbers(number_forms("Our COVID-19 team moved to Windows 11 and a B2B shop.").forms)
    assert writes("COVID-19, Windows 11 and B2B", literal)
    assert not writes("Windows 12", literal)


@pytest.mark.parametrize(
    ("form", "normalised"),
    [("'88", "88"), ("2\u00a0347", "2 347"), ("42,-", "42"), ("2019–2026", "2019-2026"), ("Q1", ""), ("", "")],
)
def test_forms_are_compared_normalised(form: str, normalised: str) -> None:
    assert normalise_form(form) == normalised


@pytest.mark.parametrize(
    ("text", "numbers", "invented"),
    [
        ("We grew 30% to 2,347 panels in 2026.", ["30", "2,347", "2026"], []),
        ("From 2019-2027, 13 of us.", ["2019-2027", "13"], ["2019-2027", "13"]),
        ("On 12 March, 12.5 tonnes.", ["12", "12.5"], ["12.5"]),
    ],
)
def test_counting_the_numbers_of_a_post(text: str, numbers: list[str], invented: list[str]) -> None:
    assert numbers_in(text) == numbers
    assert [n for n in numbers_in(text) if not is_allowed(n, ALLOWED)] == invented


def test_the_mask_on_a_logits_row() -> None:
    """Outside a number only the digit tokens no allowed form starts with are masked; inside an
    unfinished one, everything but the tokens that continue it."""
    import numpy as np

    from models.engine.native.number_mask import NumberGuard, NumberRules, NumberVocabulary

    words = ["the", "1", "2", "3", ",", " ", "12", " people"]
    digits = tuple(i for i, w in enumerate(words) if any(c.isdigit() for c in w))
    vocabulary = NumberVocabulary(len(words), {i: words[i] for i in (*digits, 4, 5)}, digits, (4, 5))
    guard = NumberGuard(NumberRules(vocabulary, AllowedNumbers(["12", "2,3"])))

    def masked() -> list[str]:
        row = np.zeros(len(words), dtype=np.float32)
        guard.apply(row)
        return [w for w, value in zip(words, row, strict=True) if value == -np.inf]

    assert masked() == ["3"]  # "1", "2" and "12" may start a number
    guard.accept(1)  # "1": must become 12
    assert masked() == [w for w in words if w != "2"]
    guard.accept(2)
    assert guard.open_number == "12" and masked() == ["1", "2", "3", "12"]  # "," and " " may be punctuation
    guard.accept(7)  # " people" ends it
    assert guard.open_number == "" and masked() == ["3"]
