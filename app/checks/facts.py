"""Fact lock: every count, amount, percentage, date, duration, measure and name in a card that the
story and the personal notes do not back, with the story's closest fact of the same kind as a hint.

A card's fact is backed only by a story fact of the same kind and meaning: "120 robots" is not
backed by "120 jobs" when the story counts robots too, a year by no count, a house number by no
seat count. Any written form will do ("30%" = "dertig procent", "Sept. 4" = "4 September",
"€2.5m" = "2,5 miljoen euro", "about two-thirds" = "roughly 67%"). Rounding is read the way
people round: a card figure may stand for the story's when it is the story's figure rounded at the
card's own granularity ("about 2,300" for 2,347; "over 2,000" for 2,347; "bijna 2.400"), never a
figure more precise than the story's ("71" for "about 70"). A date part the story does not give
(a year added, another weekday) is flagged. Small numbers in words ("two colleagues") are language,
unless the story counts the same thing ("six teams" where the story has five). A quotation must be
words of the story or notes (app.checks.quotes); a date next to a figure must not be the date of
another event the story gives that figure (app.checks.events).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from app.checks import binding, meanings
from app.checks.binding import Framed
from app.checks.events import Sentence, mismatched_dates, sentences
from app.checks.findings import FACT, Finding
from app.checks.homes import HomeSource, find_homes
from app.checks.names import NAME, PLACE, Name, NameSource, find_names
from app.checks.quotes import Quotation, QuoteSource, find_quotations, same_person, speaker_of
from app.checks.roles import RoleSource, find_roles
from app.checks.titles import TitleSource, said_of
from app.checks.context import FactSpans, clause_words, given_to_another
from app.checks.derived import derived_figures
from app.checks.story_dates import durations_since, relative_years, story_date, with_years
from app.checks.quantities import (
    ABOUT,
    ADDRESS,
    AGE,
    COUNT,
    DATE,
    DURATION,
    FACTOR,
    FREQUENCY,
    HOURS_A_WEEK,
    MEASURE,
    MONEY,
    ORDINAL_UNIT_DAYS,
    OVER,
    DIFFERENCE,
    SHARE_CHANGE,
    CHANGE,
    PERCENT,
    POINTS,
    RATIO,
    SINCE,
    TIME,
    TWELVE_HOUR,
    UNDER,
    Quantity,
    find_quantities,
)
from app.language import detect_language
from models.messages import msg

# How far a figure may be from the story's, as a share of the story's, by how it is hedged:
# "over 100" for 120 is still true, "about 3 million" for 2.5 million is not the same figure.
MAX_SHARE = {"": 0.05, ABOUT: 0.15, OVER: 0.25, UNDER: 0.10}
# Numbers up to this, written in words, are claims only where the story counts the same thing
# with a number this small.
SMALL_NUMBER = 10

_BACKING_KINDS = {COUNT: (COUNT, MONEY, MEASURE, PERCENT, DURATION), FREQUENCY: (FREQUENCY,)}

# A story is prose, not a table, and a post has a handful of facts: past these counts (a pasted
# spreadsheet), facts are not compared, so checks stay a fixed budget on any input.
MAX_SOURCE_FACTS = 1000
MAX_SUMMED_COUNTS = 200  # sums pair every count with every other one
MAX_CARD_FACTS = 100
MAX_NAME_HINTS = 20  # a "did you mean" for each compares it with every name in the story
MAX_DATED_FIGURES = 300  # story figures in sentences with a date, paired with a card's dated figures
TOO_MANY_FACTS = msg("Facts", "Only the first {count} figures and names were checked against the story.").with_args(
    count=MAX_CARD_FACTS
)
TOO_MANY_FACTS_WHY = msg("Facts", "A post with this many is unusual; check the rest yourself.")

_WHY = {
    MONEY: msg(
        "Facts",
        "A wrong amount is the fastest way to lose trust, and unreleased figures may be confidential. "
        "Check it against the story.",
    ),
    DATE: msg("Facts", "A date the story does not give may be wrong. Check it before posting."),
    TIME: msg("Facts", "A time the story does not give may be wrong. Check it before posting."),
    NAME: msg(
        "Facts",
        "The model sometimes invents or mixes up names of people, places, companies and products. "
        "Check it; if it is right, add it to your notes.",
    ),
}
QUOTE = "quote"
QUOTE_MESSAGE = msg("Facts", "These words are not quoted from the story or your notes.")
QUOTE_WHY = msg(
    "Facts",
    "Readers take words in quotation marks as what someone said. If nobody said them, "
    "put them in your own words; if someone did, add the quotation to your notes.",
)
_DEFAULT_WHY = msg(
    "Facts", "A figure the story does not give may be a slip of the model, or not public yet. Check it before posting."
)


@dataclass(frozen=True)
class FactSource:
    """The facts of the story and the personal notes, found once and reused for every card."""

    quantities: tuple[Quantity, ...]
    names: NameSource
    story_language: str = ""
    counted: frozenset[str] = frozenset()  # what the story counts: "job", "customer", "team"
    counted_small: frozenset[str] = frozenset()  # what it counts with a small number: "team", "shift"
    counted_new: frozenset[str] = frozenset()  # what it counts as added: "14 new stores"
    quotes: QuoteSource = QuoteSource(frozenset())
    dated: tuple[Sentence, ...] = ()  # the source's sentences with a date and another figure
    roles: RoleSource = RoleSource(())  # who is what: "financieel directeur Joost van Dam"
    homes: HomeSource = HomeSource(())  # where an organisation is from: "Lausanne-based Sensilab"
    # Small numbers by the words around them: "his team of six will run" (app.checks.facts._aligned).
    aligned: frozenset[tuple[tuple[str, ...], float]] = frozenset()
    framed: tuple[Framed, ...] = ()  # the source's figures with their party and time (app.checks.binding)
    titles: TitleSource = TitleSource(())  # who is what and did what, in any words: "curator Hanna Berg"

    @classmethod
    def of(cls, story: str, notes: str = "") -> FactSource:
        # Both languages' number words: a fact the story has in any form may back the card.
        story_facts = find_quantities(story, "")
        notes_facts = find_quantities(notes, "") if notes.strip() else []
        today = story_date(story_facts)
        since: list[Quantity] = []
        if today is not None:  # a dateline: "31 January" is in 2025, "next year" is 2025
            story_facts = with_years(story_facts, today)
            since = list(durations_since(story_facts[:MAX_SOURCE_FACTS], today))
        story_facts, notes_facts = _with_context(story, story_facts), _with_context(notes, notes_facts)
        texts = [story, notes]
        names = [find_names(text) for text in texts]
        framed = _framed(story, story_facts, names[0], 0) + _framed(notes, notes_facts, names[1], NOTES_GROUPS)
        dated = _dated_sentences(story, story_facts, notes, notes_facts)
        if today is not None:  # not paired with figures: "dit jaar" is a manner of speaking as often
            story_facts += relative_years(story, today)
        quantities = story_facts + notes_facts
        quantities += [q.elided for q in quantities if q.elided is not None]  # "330 tot 345 miljoen": 330 million too
        quantities += [q.range_end for q in quantities if q.range_end is not None]  # "maandag t/m vrijdag"
        # "plaats aan 5.600 fietsen": 5,600 places too (after the sums, which would count them twice).
        capacities = [replace(q, noun=meanings.SEAT) for q in quantities if q.capacity]
        # Every card fact is compared with story facts: bounded, that stays a fixed budget.
        distinct: dict[tuple[str, str, str, float], Quantity] = {}
        for q in reversed(quantities):  # the first of each, with what every one of them is said about
            key = (q.kind, q.text.casefold(), q.noun, q.value)
            known = distinct.get(key)
            distinct[key] = q if known is None else replace(q, context=q.context | known.context)
        quantities = sorted(distinct.values(), key=lambda q: q.start)[:MAX_SOURCE_FACTS]
        counts = [q for q in quantities if q.kind == COUNT and q.noun]
        counted = frozenset(q.noun for q in counts)
        counted_small = frozenset(q.noun for q in counts if q.value <= SMALL_NUMBER)
        counted_new = frozenset(q.noun for q in counts if q.new)
        quantities += _sums(counts[:MAX_SUMMED_COUNTS]) + capacities + since + derived_figures(story, story_facts)
        return cls(
            tuple(quantities), NameSource.of(texts, names), detect_language(story), counted, counted_small, counted_new,
            QuoteSource.of(texts, names), dated, RoleSource.of(texts, names), HomeSource.of(texts, names),
            frozenset(_aligned(story, story_facts) + _aligned(notes, notes_facts)), framed,
            TitleSource.of(texts, names),
        )  # fmt: skip

    @functools.cached_property
    def _by_kind(self) -> dict[str, tuple[Quantity, ...]]:
        kinds = (COUNT, MONEY, PERCENT, DURATION, MEASURE, DATE, TIME, FACTOR, ADDRESS, FREQUENCY)
        return {kind: tuple(q for q in self.quantities if q.kind in _BACKING_KINDS.get(kind, (kind, COUNT))) for kind in kinds}

    @functools.cached_property
    def _framed_by_kind(self) -> dict[str, tuple[Framed, ...]]:
        kinds = {q.fact.kind for q in self.framed}
        return {
            kind: tuple(f for f in self.framed if f.fact.kind in _BACKING_KINDS.get(kind, (kind, COUNT))) for kind in kinds
        }

    def framed_for(self, kind: str) -> tuple[Framed, ...]:
        """The framed story figures that may back a card figure of `kind` (as `candidates`)."""
        return self._framed_by_kind.get(kind, ())

    def candidates(self, kind: str) -> tuple[Quantity, ...]:
        """The story facts that may back a card fact of `kind`: its own kind, and counts (which may
        back money, measures and anniversaries, and be backed by them)."""
        return self._by_kind.get(kind, ())

    def counts_new(self, noun: str) -> bool:
        return any(meanings.agree(noun, known) for known in self.counted_new)

    def counts(self, noun: str, small: bool = False) -> bool:
        return any(meanings.agree(noun, known) for known in (self.counted_small if small else self.counted))


NOTES_GROUPS = 1_000_000  # the notes' sentences are numbered from here: no contrast with the story's
_FRAMED_KINDS = frozenset({COUNT, MONEY, PERCENT, MEASURE, DURATION, DATE})


def _framed(text: str, facts: list[Quantity], names: list[Name], first_group: int) -> tuple[Framed, ...]:
    """The text's figures with their party and time (app.checks.binding)."""
    kept = [q for q in facts[:MAX_SOURCE_FACTS] if q.kind in _FRAMED_KINDS and not q.derived]
    found = binding.frames(text, kept, names, story=True)
    return tuple(Framed(q, replace(frame, group=frame.group + first_group)) for q, frame in zip(kept, found))


def _with_context(text: str, facts: list[Quantity]) -> list[Quantity]:
    """Dates with the words of their clause: what each is said about (app.checks.context)."""
    spans = FactSpans(text, [(q.start, q.end) for q in facts[:MAX_SOURCE_FACTS]])
    return [
        replace(q, context=clause_words(text, q.start, q.end, spans))
        if q.kind in _CONTEXT_KINDS and n < MAX_SOURCE_FACTS else q
        for n, q in enumerate(facts)
    ]  # fmt: skip


_ALIGN_WORD = re.compile(r"[^\W\d_]+")
_ALIGN_BREAK = re.compile(r"[.!?;:\n]")
ALIGN_MAX = 10  # small numbers: larger ones are claims anyway


def _aligned(text: str, facts: list[Quantity]) -> list[tuple[tuple[str, ...], float]]:
    """Each small count of the text with the words around it, as keys."""
    return [
        (key, fact.value)
        for fact in facts[:MAX_SOURCE_FACTS]
        if fact.kind == COUNT and fact.value <= ALIGN_MAX
        for key in _context_keys(text, fact)
    ]


def _context_keys(text: str, fact: Quantity) -> list[tuple[str, ...]]:
    """Two words before and one after, and one before and two after, within the sentence."""
    before_text = text[max(0, fact.start - 40) : fact.start]
    after_text = text[fact.end : fact.end + 40]
    before_text = _ALIGN_BREAK.split(before_text)[-1]
    after_text = _ALIGN_BREAK.split(after_text)[0]
    before = [w.casefold() for w in _ALIGN_WORD.findall(before_text)][-2:]
    after = [w.casefold() for w in _ALIGN_WORD.findall(after_text)][:2]
    keys = []
    if len(before) == 2 and after:
        keys.append(("<", *before, ">", after[0]))
    if before and len(after) == 2:
        keys.append(("<", before[-1], ">", *after))
    return keys


def _changed_small(post: str, fact: Quantity, source: FactSource) -> bool:
    """ "his team of seven will run the move" where the story's team of six will: a small number
    is a claim where the story gives another in the same words."""
    if fact.kind != COUNT or not fact.small or not source.aligned:
        return False
    keys = _context_keys(post, fact)
    same_words = [(key, value) for key, value in source.aligned if key in keys]
    return bool(same_words) and all(value != fact.value for _, value in same_words)


def _dated_sentences(story: str, story_facts: list[Quantity], notes: str, notes_facts: list[Quantity]) -> tuple[Sentence, ...]:
    found = [s for s in sentences(story, story_facts[:MAX_SOURCE_FACTS]) + sentences(notes, notes_facts) if s.dates and s.figures]
    kept, figures = [], 0
    for sentence in found:  # every card figure next to a date is compared with these: a fixed budget
        figures += len(sentence.figures)
        if figures > MAX_DATED_FIGURES:
            break
        kept.append(sentence)
    return tuple(kept)


def _sums(counts: list[Quantity]) -> list[Quantity]:
    """ "1,400 customers" and "600 customers" (after a merger): "2,000 customers" together. Not a
    total and its part ("12.000 plekken in totaal", "waarvan 400 voor bakfietsen"), nor a capacity
    counted twice."""
    counts = [q for q in counts if not q.ordinal and not q.aggregate and not q.capacity]
    sums = []
    for index, first in enumerate(counts):
        for second in counts[index + 1 :]:
            if first.noun == second.noun and first.value != second.value:
                total = first.value + second.value
                sums.append(
                    replace(first, text=f"{first.text} + {second.text}", value=total, step=1.0, written=total, hedge=first.hedge or second.hedge)
                )
    return sums


def check_facts(post: str, source: FactSource, language: str = "", detected: str | None = None) -> list[Finding]:
    """The post's fact findings. `detected` is the post's own language if already told ("" for
    none): it picks the number words; a post too short to tell gets both (the language it was asked
    in may not be the one it came in: "Six teams took part")."""
    quantities = find_quantities(post, (detect_language(post) if detected is None else detected) or "")
    claims = [q for q in quantities[:MAX_CARD_FACTS] if _is_claim(q, source)]
    findings = [_quantity_finding(q, source) for q in claims]
    flagged_small = {f.start for f in findings if f is not None}
    findings += [  # "his team of seven will run" where the story's team of six will
        Finding(FACT, "warning", msg("Facts", "\u201c{fact}\u201d is not in the story or your notes.").with_args(fact=q.text), _DEFAULT_WHY, q.start, q.end,
                kind=q.kind)  # fmt: skip
        for q in quantities[:MAX_CARD_FACTS] if q.start not in flagged_small and _changed_small(post, q, source)
    ]
    backed = [f is None for f in findings[: len(claims)]]
    findings += _context_findings(post, claims, backed, source)
    # "Dec" in "12 Dec 2026" or "EUR" in "EUR 2.5m" belong to a quantity, not to a name.
    spans = [(q.start, q.end) for q in quantities]
    all_names = find_names(post, language)
    names = [name for name in all_names if not any(s < name.end and name.start < e for s, e in spans)]
    findings += _binding_findings(post, claims, backed, all_names, source, findings)
    findings += [_name_finding(name, source, hint=n < MAX_NAME_HINTS) for n, name in enumerate(names[:MAX_CARD_FACTS])]
    for quotation in itertools.islice(find_quotations(post), MAX_CARD_FACTS):
        if not source.quotes.backs(quotation):
            findings.append(Finding(FACT, "warning", QUOTE_MESSAGE, QUOTE_WHY, quotation.start, quotation.end, kind=QUOTE))
        else:
            findings.append(_speaker_finding(post, quotation, names, source))
    findings += _mismatch_findings(post, quantities[:MAX_CARD_FACTS], source, findings)
    findings += _role_findings(post, names[:MAX_CARD_FACTS], source)
    findings += _title_findings(post, names[:MAX_CARD_FACTS], source, findings)
    found = [(f.start or 0, f.end or 0) for f in findings if f is not None]
    for home in _home_findings(post, names[:MAX_CARD_FACTS], source):
        start, end = home.start or 0, home.end or 0
        if not any(s < end and start < e for s, e in found):  # "Rotherham-based" may be an unknown name already
            findings.append(home)
    if len(quantities) > MAX_CARD_FACTS or len(names) > MAX_CARD_FACTS:
        findings.append(Finding(FACT, "info", TOO_MANY_FACTS, TOO_MANY_FACTS_WHY, kind="not_checked"))
    located = [finding for finding in findings if finding is not None]
    return sorted(located, key=lambda finding: finding.start or 0)


MISMATCH_WHY = msg(
    "Facts",
    "The story gives this figure with another date. A year or month from one event put next to "
    "another is an easy slip; check which date belongs to it.",
)


def _mismatch_findings(
    post: str, quantities: list[Quantity], source: FactSource, found: list[Finding | None]
) -> list[Finding]:
    """A date the story has, but for another event: "412 dagen, in 2018" where the story says 2019."""
    flagged = {(f.start, f.end) for f in found if f is not None}
    checked = [q for q in quantities if (q.start, q.end) not in flagged]

    def pairs_with(known: Quantity, card: Quantity) -> bool:
        return any(backs(k, c, source) for k in _readings(known) for c in _readings(card))

    def anchors(card: Quantity) -> bool:
        return card.kind != ADDRESS and _is_claim(card, source) and not card.small

    return [
        Finding(
            FACT, "warning", msg("Facts", "\u201c{date}\u201d is not the date the story gives for \u201c{figure}\u201d.").with_args(date=m.date.text, figure=m.figure.text),
            MISMATCH_WHY, m.date.start, m.date.end, hint=m.story_date.text, kind=DATE,
        )  # fmt: skip
        for m in mismatched_dates(post, checked, source.dated, pairs_with, anchors)
    ]


BINDING_WHY = msg(
    "Facts",
    "The story has this figure, but gives it to another party, line or time. A figure moved from one "
    "line of a story to the next is an easy slip; check what it belongs to.",
)
_BINDING_MESSAGES = {
    binding.PARTY: msg("Facts", "The story gives \u201c{text}\u201d to someone or something else."),
    binding.TIME: msg("Facts", "The story gives \u201c{text}\u201d for another time."),
}


def _binding_findings(
    post: str, claims: list[Quantity], backed: list[bool], names: list[Name], source: FactSource,
    found: list[Finding | None],
) -> list[Finding]:  # fmt: skip
    """ "Arla takes 40%" where the story's 40% is FrieslandCampina's; "now 70 beds" where 70 was before."""
    if not source.framed:
        return []
    flagged = [(f.start or 0, f.end or 0) for f in found if f is not None]
    cards = [
        q for q, ok in zip(claims, backed)
        if ok and q.kind in _FRAMED_KINDS and not any(s < q.end and q.start < e for s, e in flagged)
    ]  # fmt: skip
    if not cards:
        return []
    frames = binding.frames(post, cards, names, story=False)

    def pairs(known: Quantity, card: Quantity) -> bool:
        if _far_apart(known, card):
            return False  # a quick no: every card figure is compared with every story figure of its sort
        return any(backs(k, c, source) for k in _readings(known) for c in _readings(card))

    findings = []
    for card, frame in zip(cards, frames):
        if not (frame.party or frame.time):
            continue
        candidates = source.framed_for(card.kind)
        exact = any(f.fact.value == card.value and f.fact.kind == card.kind and pairs(f.fact, card) for f in candidates)
        if not exact and any(q.derived or " + " in q.text for q in source.candidates(card.kind) if backs(q, card, source)):
            continue  # a sum or a ratio of the story's figures: no one clause to bind it to
        found_conflict = binding.conflict(card, frame, candidates, pairs, _same_sort)
        if found_conflict is not None:
            findings.append(
                Finding(
                    FACT, "warning", _BINDING_MESSAGES[found_conflict.reason].with_args(text=card.text), BINDING_WHY,
                    card.start, card.end, hint=found_conflict.rival.fact.text, kind=card.kind,
                )  # fmt: skip
            )
    return findings


def _far_apart(known: Quantity, card: Quantity) -> bool:
    """Two figures of one kind that no rounding brings together: `agree` allows a quarter at most."""
    return (
        known.kind == card.kind
        and known.kind in (COUNT, MONEY, PERCENT, MEASURE)
        and known.elided is None
        and card.elided is None
        and not known.derived
        and known.value != 0
        and abs(card.value - known.value) > 0.5 * abs(known.value)
    )


def _same_sort(known: Quantity, card: Quantity) -> bool:
    """Does `known` state the same sort of thing as the card's figure (a rival it may be confused with)?"""
    if card.kind == DATE:
        return known.kind == DATE and _rival(known, card)
    if known.kind != card.kind or known.unit != card.unit or known.derived:
        return False
    if card.kind == DURATION and known.unit_days != card.unit_days:
        return False  # "a ten-year lease" and "a five-minute walk" are no rivals
    if card.kind == PERCENT and card.change and known.change and card.change != known.change:
        return False
    return not card.noun or not known.noun or meanings.agree(card.noun, known.noun)


CONTEXT_WHY = msg(
    "Facts",
    "The story has this figure, but says it about something else. A figure from one line of a story put "
    "next to another is an easy slip; check what it belongs to.",
)
# Dates only: a figure is restated in other words far more often than a date is given to an event
# (tried on figures too: it flagged true restatements in a third of the posts).
_CONTEXT_KINDS = (DATE,)


def _context_findings(post: str, claims: list[Quantity], backed: list[bool], source: FactSource) -> list[Finding]:
    """ "earnings per share from 2025" where the story's 2025 is the closing and its 2026 the earnings."""
    spans = FactSpans(post, [(q.start, q.end) for q in claims])
    findings = []
    for card, ok in zip(claims, backed):
        if not ok or card.kind not in _CONTEXT_KINDS:
            continue
        known = [k for k in source.candidates(card.kind) if k.kind == card.kind and k.context and not k.derived]
        own = [k for k in known if backs(k, card, source)]
        rivals = [
            k for k in known
            if _rival(k, card) and not backs(k, card, source) and not any(_pair(k, o) for o in own)
        ]  # fmt: skip
        if not own or not rivals:
            continue
        words = clause_words(post, card.start, card.end, spans)
        if given_to_another(words, [k.context for k in own], [k.context for k in rivals]):
            rival = max(rivals, key=lambda k: len(k.context & words))
            findings.append(
                Finding(
                    FACT, "warning", msg("Facts", "The story gives \u201c{text}\u201d for something else.").with_args(text=card.text), CONTEXT_WHY,
                    card.start, card.end, hint=rival.text, kind=card.kind,
                )  # fmt: skip
            )
    return findings


def _pair(a: Quantity, b: Quantity) -> bool:
    """ "between March 2023 and January 2024": two dates of one event, a few characters apart."""
    return 0 <= b.start - a.end <= PAIR_GAP or 0 <= a.start - b.end <= PAIR_GAP


PAIR_GAP = 15


def _rival(known: Quantity, card: Quantity) -> bool:
    """Is `known` another figure of the same sort as the card's: a date stating the same parts, a
    figure of the same unit and thing counted?"""
    if card.kind == DATE:
        stated = {name for parts in card.dates for name, value in vars(parts).items() if value is not None}
        return bool(stated) and any(
            all(getattr(parts, name) is not None for name in stated) for parts in known.dates
        )
    return known.unit == card.unit and (not known.noun or not card.noun or known.noun == card.noun)


SPEAKER_WHY = msg("Facts", "Words put in the wrong mouth are a misquote. Check who said them in the story.")


def _speaker_finding(post: str, quotation: Quotation, names: list[Name], source: FactSource) -> Finding | None:
    """ "Die onzekerheid zijn we nu kwijt," zegt wethouder Zwinkels - where the owner said it."""
    speaker = speaker_of(post, quotation, names)
    saying = source.quotes.speaker(quotation) if speaker is not None else None
    if speaker is None or saying is None or same_person(speaker.parts, saying.speaker):
        return None
    return Finding(
        FACT, "warning", msg("Facts", "In the story, {speaker} says this, not {other}.").with_args(speaker=saying.name, other=speaker.text), SPEAKER_WHY,
        speaker.start, speaker.end, hint=saying.name, kind=QUOTE,
    )  # fmt: skip


HOME_WHY = msg("Facts", "The story has this place, but not as where this organisation is from. Check it before posting.")


def _home_findings(post: str, names: list[Name], source: FactSource) -> list[Finding]:
    """ "Boston-based Sensilab" where the story's Sensilab is from Lausanne and has an office in Boston."""
    if not source.homes.homes:
        return []
    findings = []
    for card in find_homes(post, names):
        known = source.homes.contradicts(card)
        if known is not None:
            findings.append(
                Finding(
                    FACT, "warning", msg("Facts", "The story does not say it is based in \u201c{place}\u201d.").with_args(place=post[card.start : card.end]),
                    HOME_WHY, card.start, card.end, hint=known.place.title(), kind=PLACE,
                )  # fmt: skip
            )
    return findings


ROLE = "role"
ROLE_WHY = msg(
    "Facts", "Names and titles of the story mixed up are easy to miss and embarrassing in public. Check who is what."
)


def _role_findings(post: str, names: list[Name], source: FactSource) -> list[Finding]:
    """ "Burgemeester Lien Vandenberghe" where the story's Lien Vandenberghe is a schepen."""
    if not source.roles.roles:
        return []
    findings = []
    for card in find_roles(post, names):
        known = source.roles.conflict(card)
        if known is not None:
            findings.append(
                Finding(
                    FACT, "warning", msg("Facts", "The story does not call {name} \u201c{title}\u201d.").with_args(name=card.name, title=card.title), ROLE_WHY,
                    card.start, card.end, hint=f"{known.name}, {known.title}", kind=ROLE,
                )  # fmt: skip
            )
    return findings


def _title_findings(post: str, names: list[Name], source: FactSource, found: list[Finding | None]) -> list[Finding]:
    """ "Museum director Hanna Berg" where the story's Hanna Berg is its curator; "Sam Ng chairs the
    board" where the story's chair is Ruth Eze."""
    if not source.titles.said:
        return []
    taken = [(f.start, f.end) for f in found if f is not None and f.kind == ROLE and f.start is not None and f.end is not None]
    findings = []
    for card in said_of(post, names):
        if any(s < card.end and card.start < e for s, e in taken):
            continue
        known = source.titles.conflict(card)
        if known is not None:
            said = post[card.start : card.end]
            message = (
                msg("Facts", "The story does not call {name} \u201c{said}\u201d.")
                if card.title
                else msg("Facts", "The story does not say this of {name}: \u201c{said}\u201d.")
            )
            findings.append(
                Finding(
                    FACT, "warning", message.with_args(name=card.name, said=said),
                    ROLE_WHY, card.start, card.end, hint=known.text, kind=ROLE,
                )  # fmt: skip
            )
            taken.append((card.start, card.end))
    return findings


def _readings(fact: Quantity) -> tuple[Quantity, ...]:
    return (fact,) if fact.elided is None else (fact, fact.elided)


def _is_claim(fact: Quantity, source: FactSource) -> bool:
    if not fact.checkable:
        return False
    if fact.noun in meanings.LIST_NOUNS and not source.counts(fact.noun):
        return False  # "3 things I love about v5": the post's own list, unless the story counts them
    # "six teams" where the story has five teams is a claim; "two colleagues" beside 850 employees is not.
    return not fact.small or (bool(fact.noun) and source.counts(fact.noun, small=True))


def _quantity_finding(fact: Quantity, source: FactSource) -> Finding | None:
    if _backed(fact, source):
        return None
    if fact.elided is not None and fact.elided.kind != PERCENT:
        fact = fact.elided  # "van 131 naar 96 dagen": 131 is a number of days
    nearest = nearest_quantity(fact, source.quantities)
    return Finding(
        FACT,
        "warning",
        msg("Facts", "\u201c{fact}\u201d is not in the story or your notes.").with_args(fact=fact.text),
        _WHY.get(fact.kind, _DEFAULT_WHY),
        fact.start,
        fact.end,
        hint=nearest.text if nearest else "",
        kind=fact.kind,
    )


def _backed(fact: Quantity, source: FactSource) -> bool:
    if fact.kind == DATE and fact.noun:  # "1829 aanvragen" where the story has "1.829 aanvragen": a count
        count = replace(fact, kind=COUNT, value=float(fact.text), dates=())
        if any(backs(known, count, source) for known in source.candidates(COUNT) if known.kind == COUNT):
            return True
    readings = _readings(fact)
    backed = any(backs(known, reading, source) for reading in readings for known in source.candidates(reading.kind))
    return backed and (fact.range_end is None or _backed(fact.range_end, source))


def _name_finding(found: Name, source: FactSource, *, hint: bool = True) -> Finding | None:
    name = source.names.unknown(found)
    if name is None:
        return None
    return Finding(
        FACT,
        "warning",
        msg("Facts", "\u201c{name}\u201d is not named in the story or your notes.").with_args(name=name.text),
        _WHY[NAME],
        name.start,
        name.end,
        hint=source.names.nearest(name) if hint else "",
        kind=name.kind or NAME,
    )


def backs(known: Quantity, card: Quantity, source: FactSource | None = None) -> bool:
    """Does the story's `known` fact back the card's `card` fact (same kind, same meaning, same figure)?"""
    if known.derived == SINCE:  # the time from the story's date to another of its dates
        return card.kind == DURATION and _within_precision(card, known)
    if known.derived == RATIO:  # "ruim anderhalf keer zoveel" for 95 and 61 million
        return card.kind == FACTOR and agree(card, known)
    if known.derived == SHARE_CHANGE:  # "about a quarter more" for 3,915 (3,120)
        return card.kind == PERCENT and card.unit == "%" and card.change == CHANGE and agree(card, known)
    if known.derived == DIFFERENCE:  # "35 more than in 2022" for 412 (377)
        return card.comparative and card.kind == known.kind and card.unit == known.unit and agree(card, known)
    if card.kind == DATE or known.kind == DATE:
        return card.kind == known.kind and any(c.backed_by(k) for c in card.dates for k in known.dates)
    if card.kind == TIME or known.kind == TIME:
        if card.kind != known.kind:
            return False
        if TWELVE_HOUR in (card.unit, known.unit):  # "5 uur" may be 5:00 or 17:00; "17.00" is not "05.00"
            return card.value % 720 == known.value % 720
        return card.value == known.value
    if card.kind == ADDRESS or known.kind == ADDRESS:
        return card.kind == known.kind and card.value == known.value
    if card.kind == FREQUENCY or known.kind == FREQUENCY:  # "24/7" in the story: "seven days a week" too
        return card.kind == known.kind and card.value in (known.value, 7 if known.value == HOURS_A_WEEK else -1)
    if card.kind == FACTOR or known.kind == FACTOR:
        return card.kind == known.kind and card.value == known.value
    if card.kind == COUNT:
        return _count_backed(known, card, source)
    if known.kind == COUNT:
        if _anniversary(known, card):
            return True
        # "2.5 million" in the story backs "€2.5 million" in the card; a bare "70" backs no percentage.
        if card.kind == PERCENT and card.unit == POINTS and known.noun == meanings.POINT:
            return agree(card, known)
        return (
            card.kind in (MONEY, MEASURE)
            and not known.noun
            and (known.scaled or known.value >= 1000)
            and agree(card, known)
        )
    if card.kind != known.kind:
        return False
    if card.kind in (MONEY, MEASURE, PERCENT) and card.unit and known.unit and card.unit != known.unit:
        return False  # another currency or dimension; percentage points are no per cent
    if card.change and known.change and card.change != known.change:
        return False  # "about half of our passengers" is not "fell by almost half"
    return agree(card, known)


def _count_backed(known: Quantity, card: Quantity, source: FactSource | None) -> bool:
    if known.kind == PERCENT and known.unit == POINTS and card.noun == meanings.POINT:
        return agree(card, known)  # "up 6.7 points" for "a rise of 6.7 percentage points"
    if known.kind in (MONEY, MEASURE, PERCENT):
        # "a 2.5 million investment" in the card, "€2.5 million" in the story.
        return (card.scaled or card.value >= 1000) and not card.noun and agree(card, known)
    if known.kind == DURATION:
        return _anniversary(card, known)
    if known.kind != COUNT or not agree(card, known):
        return False
    if card.new and not known.new and source is not None and source.counts_new(card.noun):
        return False  # "38 new stores" where the story has 38 stores and 14 new ones
    if not card.noun or not known.noun or meanings.backs(known.noun, card.noun):
        return True
    # Another noun: fine when the story counts nothing of the card's kind ("120 new colleagues" for
    # "120 jobs"), a mix-up when it does ("120 robots" when the story has 14 robots and 120 jobs).
    return source is not None and not source.counts(card.noun)


def _anniversary(count: Quantity, duration: Quantity) -> bool:
    """ "our 25th anniversary" = "25 years": a jubilee counted in years; "de 1.000e dag" = "1.000 dagen"."""
    if count.kind != COUNT or duration.kind != DURATION:
        return False
    days = 365.25 if count.noun in ("anniversary", AGE) else ORDINAL_UNIT_DAYS.get(count.noun) if count.ordinal else None
    return days is not None and math.isclose(count.value * days, duration.value)


def agree(card: Quantity, known: Quantity) -> bool:
    """Is the card's figure the story's, written at the card's own precision?"""
    p, s = card.value, known.value
    if math.isclose(p, s, rel_tol=1e-9, abs_tol=1e-9):
        return {card.hedge, known.hedge} != {OVER, UNDER}
    step = granularity(card)
    difference = p - s
    share = abs(difference) / abs(s) if s else math.inf
    if card.hedge == OVER:  # "over 2,000" for 2,347: the story's figure lies above, within one step
        within = 0 < -difference < step
    elif card.hedge == UNDER:  # "bijna 2.400" for 2,347
        within = 0 < difference < step
    else:
        within = abs(difference) <= step / 2 * (1 + 1e-9)
    limit = MAX_SHARE[card.hedge]
    if known.hedge == ABOUT and not known.in_words:
        # "about 900" is rounded already: "about 1,000" rounds it again, 11 % off.
        limit = min(limit, MAX_SHARE[""])
    return within and share <= limit + 1e-9


def _within_precision(card: Quantity, known: Quantity) -> bool:
    """ "in three weeks" for 23 days: the card's figure is the known one at the card's own precision."""
    step, difference = granularity(card), card.value - known.value
    if card.hedge == OVER:
        return 0 <= -difference < step
    if card.hedge == UNDER:
        return 0 <= difference < step
    return abs(difference) <= step / 2 * (1 + 1e-9)


def granularity(fact: Quantity) -> float:
    """The step the figure was written at: 100 for "2,300", 10 for "about 70", 5 for "ongeveer 65"."""
    step = fact.step
    if fact.kind == PERCENT and fact.in_words and fact.step == 2.0:  # a fraction in words
        return 10.0 if fact.hedge in (OVER, UNDER) else 5.0 if fact.hedge else 2.0
    if fact.hedge and step == 1.0 and fact.value == int(fact.value) and 20 <= fact.value < 100:
        whole = int(fact.value)
        return 10.0 if whole % 10 == 0 else 5.0 if whole % 5 == 0 else 1.0
    return step


def nearest_quantity(card: Quantity, known: Iterable[Quantity]) -> Quantity | None:
    """The story's fact of the same kind closest to the card's: the same unit and thing counted first."""
    same_kind = [k for k in known if k.kind == card.kind and not k.derived]
    if not same_kind:
        return None
    if card.kind == DATE:
        return min(same_kind, key=lambda k: min(c.distance(s) for c in card.dates for s in k.dates))
    closest = [k for k in same_kind if k.unit == card.unit] or same_kind
    if card.kind == COUNT and card.noun:
        closest = [k for k in closest if k.noun and meanings.agree(k.noun, card.noun)] or closest
    return min(closest, key=lambda k: _value_distance(card.value, k.value))


def _value_distance(a: float, b: float) -> float:
    if a > 0 and b > 0:
        return abs(math.log(a / b))
    return abs(a - b) + 1e6  # zero or negative: rank after every positive pair
