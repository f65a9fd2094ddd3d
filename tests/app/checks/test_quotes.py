"""Fact lock: a quotation in a post must be words of the story or the notes; scare quotes and titles are none."""

from __future__ import annotations

import pytest

from app.checks.facts import QUOTE, FactSource, check_facts
from app.checks.quotes import find_quotations

STORY_EN = (
    '"Safety comes before everything else. We are sorry, and we will make this right for every\n'
    'customer," said Helen Marsh. Quality director Tomás Reyes: "We traced the fault to a hinge."'
)
STORY_NL = (
    "\u201eWe hebben mensen nodig die nieuwsgierig zijn en met hun handen willen werken. Een diploma kun je "
    "hier halen,\u201d zegt hr-directeur Youssef El Amrani."
)
NOTES = "Helen told our team: we will call every customer back within a day."
SOURCES = {"en": FactSource.of(STORY_EN, NOTES), "nl": FactSource.of(STORY_NL)}


def quotes_flagged(post: str, language: str) -> list[str]:
    return [post[f.start : f.end] for f in check_facts(post, SOURCES[language], language) if f.kind == QUOTE]


@pytest.mark.parametrize(
    ("language", "post"),
    [
        ("en", 'As Helen Marsh put it: "We are sorry, and we will make this right for every customer."'),
        ("en", '"Safety comes before everything else" \u2014 couldn\u2019t agree more.'),  # cut short
        ("en", "\u201cWe traced the fault to a hinge,\u201d says Tomás."),  # curly marks
        ("en", "Tomás: \u2018We traced the fault to a hinge.\u2019 Good work."),  # British single marks
        ("en", "Helen: 'We are sorry, and we will make this right.'"),
        ("en", '"We will call every customer back within a day," Helen told us.'),  # from the notes
        ("en", '"Safety comes before everything. We are sorry, we will make this right for every customer."'),
        ("en", 'Our "family" grew. A real "game-changer" for the team.'),  # scare quotes
        ("en", 'I just read "The Lean Startup And The Art Of Shipping" again.'),  # a title
        ("nl", "Youssef zegt het goed: \u201eEen diploma kun je hier halen.\u201d"),
        ("nl", "\u201cWe hebben mensen nodig die nieuwsgierig zijn\u201d, aldus Youssef."),
        ("nl", "Open van 5 uur 's ochtends tot 1 uur 's nachts, en 't is gratis. Zei hij 'ja'? Ja."),
        ("nl", "Onze \u201cbuddy\u201d staat klaar."),
    ],
)
def test_a_quotation_from_the_story_or_notes_is_not_flagged(language: str, post: str) -> None:
    assert quotes_flagged(post, language) == []


@pytest.mark.parametrize(
    ("language", "post", "flag"),
    [
        ("en", 'Helen Marsh: "No customer was seriously hurt, thanks to our fast action."',
         "No customer was seriously hurt, thanks to our fast action."),
        ("en", "\u201cThis is the most important recall in our history,\u201d said Helen.",
         "This is the most important recall in our history,"),
        ("en", "Tomás put it simply: \u2018The supplier let us down badly.\u2019",
         "The supplier let us down badly."),
        ("en", "Helen: 'We will replace every kettle within a week.' Proud.",
         "We will replace every kettle within a week."),
        ("nl", "El Amrani: \u201eBinnen een jaar verdien je hier meer dan in de zorg.\u201d",
         "Binnen een jaar verdien je hier meer dan in de zorg."),
        ("nl", "\u00ab Wij zijn de beste werkgever van Brabant \u00bb, zegt Youssef.",
         "Wij zijn de beste werkgever van Brabant"),
        ("nl", '"Een diploma is hier helemaal niet nodig," zegt Youssef.',
         "Een diploma is hier helemaal niet nodig,"),
    ],
)  # fmt: skip
def test_an_invented_quotation_is_flagged(language: str, post: str, flag: str) -> None:
    assert quotes_flagged(post, language) == [flag]


def test_a_quotation_may_run_over_a_line_break_but_not_over_an_empty_line() -> None:
    assert [q.text for q in find_quotations('"We will make\nthis right for all of you"')] == [
        "We will make\nthis right for all of you"
    ]
    assert list(find_quotations('"We will make\n\nthis right for all of you"')) == []


def test_an_apostrophe_does_not_end_a_single_quoted_quotation() -> None:
    assert [q.text for q in find_quotations("She said: \u2018We\u2019re proud of every single one of you.\u2019")] == [
        "We\u2019re proud of every single one of you."
    ]
