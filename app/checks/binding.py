"""What a figure or date is said of: its party and its time, read from its clause.

Every figure of "Arla takes 60% of the joint venture and FrieslandCampina 40%" is in the story, and
so is every word of "Arla takes 40%"; a reader still sees the swap. So do "the ward now has 70 beds"
for "capacity rose to 95 beds, up from 70", "last year's profit was €2.1 million" for "€2.1 million
this year, after €1.4 million last year", and "the tunnel opens on 12 May" for "the bridge opened on
12 May; the tunnel follows on 3 June". A careful reader binds each figure to

- its *party*: who or what it is said of - the names in its clause, and the words that open the
  clause up to the figure (its subject: "the Antwerp site", "each truck", "South");
- its *time*: before, now or later - "up from", "last year", "vorig jaar", "eerder" (before);
  "rose to", "now", "this year", "nu" or a present-tense "has"/"heeft" (now); "will", "next year",
  "volgend jaar" (later).

Figures of one sentence (or one list) that state the same sort of thing (a count of the same noun,
money in one currency, a date of the same parts) are the story's contrast: what sets each apart from
the others is its own party words, and its time. A post's figure is flagged only when it takes the
parts that set another figure apart and none of its own: the name of the other party ("Arla takes
40%": Arla sets the 60% apart), the other figure's subject ("each truck carries 1,000 pallets": the
1,000 is the fleet's), or the other figure's time (the story's "70" is before, its "95" now, and the
post says "now has 70"). Words both figures share, a party the post leaves out, a tense the post
does not use: all pass, so a restatement in other words is never flagged for its wording alone.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from app.checks.context import Clauses, FactSpans
from app.checks.events import sentence_spans
from app.checks.meanings import fold, meaning
from app.checks.names import Name
from app.checks.quantities import COUNT, Quantity
from app.language import DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS

BEFORE, NOW, LATER = "before", "now", "later"
STEM = 5  # as app.checks.context: "sites" = "site", "verduurzaamd" = "verduurzamen"
MIN_WORD = 3
CLAUSE_REACH = 250  # app.checks.context reads a clause at most 200 characters either side of its fact

# Verbs of a change: "from 70 to 95" tells a before and a now only in a clause that has one.
_CHANGE_WORDS = frozenset(
    """rose risen rises rising grew grown grows growing fell fallen falls falling dropped drops increased increases
    decreased decreases declined jumped climbed went gone up down expanded shrank steeg stijgt gestegen groeide
    groeit gegroeid daalde daalt gedaald ging gaat nam toegenomen afgenomen uitgebreid breidde""".split()
)
# Right before the figure: what it was ("up from 70", "instead of 70").
_BEFORE_FIGURE = re.compile(
    r"\b(?:(?:up|down|rising|falling|growing|grown|risen|fallen|increasing|decreasing)[\s\u00a0]+from|"
    r"instead[\s\u00a0]+of|in[\s\u00a0]+plaats[\s\u00a0]+van)"
    r"[\s\u00a0]+(?:(?:about|around|some|roughly|nearly|almost|just|ongeveer|zo['’]n|bijna|ruim|circa|"
    r"the|de|het|a|an|een)[\s\u00a0]+)*$",
    re.IGNORECASE,
)
# A figure compared with the one before it: "58% on the higher dose vs 19% on placebo". What stands
# before the comparison is said of the first figure.
_COMPARED = re.compile(
    r"(?:\b(?:vs|versus|against|tegenover|compared[\s\u00a0]+(?:with|to)|vergeleken[\s\u00a0]+met|"
    r"ten[\s\u00a0]+opzichte[\s\u00a0]+van)|(?<=\bvs)\.)[\s\u00a0]+$",
    re.IGNORECASE,
)
# "from 70 to 95", "van 70 naar 95": the first figure, in a clause that tells a change.
_FROM = re.compile(r"\b(?:from|van)[\s\u00a0]+(?:(?:about|around|some|ongeveer|zo['’]n|bijna|ruim|circa)[\s\u00a0]+)*$", re.I)
_TO = re.compile(r"\b(?:to|naar|tot)[\s\u00a0]+(?:(?:about|around|some|ongeveer|zo['’]n|bijna|ruim|circa|a|an|een)[\s\u00a0]+)*$", re.I)
_TO_AFTER = re.compile(r"\b(?:to|naar|tot)\b", re.I)
# Between two figures of one pair or range: "14 and 15 June", "from March '23 to Jan '24", "3-7 maart".
_PAIR_GAP = re.compile(
    r"[\s\u00a0]*(?:and|en|&|to|/|tot(?:[\s\u00a0]+en[\s\u00a0]+met)?|t/m|through|or|of|-|–|—)[\s\u00a0]*", re.I
)
# Words and phrases that say when: each a tuple of words.
_TIME_PHRASES: dict[str, tuple[str, ...]] = {
    BEFORE: (
        "last year", "a year earlier", "a year ago", "a year before", "the year before", "previously", "earlier",
        "formerly", "used to", "in the past", "vorig jaar", "vorige jaar", "afgelopen jaar", "een jaar eerder",
        "een jaar geleden", "het jaar ervoor", "het jaar daarvoor", "eerder", "vroeger", "voorheen", "daarvoor",
    ),
    NOW: (
        "now", "today", "currently", "at present", "this year", "these days", "nowadays", "nu", "vandaag",
        "momenteel", "inmiddels", "dit jaar", "tegenwoordig", "op dit moment", "thans",
    ),
    LATER: (
        "will", "next year", "plan to", "plans to", "aim to", "aims to", "want to", "wants to", "hope to",
        "hopes to", "expect to", "expects to", "is expected to", "target", "goal", "zal", "zullen", "wil",
        "willen", "hoopt", "volgend jaar", "volgende jaar", "komend jaar", "verwacht", "streeft", "doel",
    ),
}  # fmt: skip
_TIMES: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _time_of, _phrases in _TIME_PHRASES.items():
    for _phrase in _phrases:
        _TIMES.setdefault(_phrase.split()[0], []).append((tuple(_phrase.split()), _time_of))
# A present tense that states a level now: "the school has 550 pupils", "In Gent werken 230 mensen".
_PRESENT_WORDS = frozenset(
    """has have is are employs employ counts houses holds hosts serves totals heeft hebben telt tellen werken
    werkt bedraagt bedragen staat staan""".split()
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?…;\n]")
POSSESSIVE = re.compile(r"['’]s?$")
# Words that say when or how much, not of whom: left out of a figure's party.
_NOT_PARTY = frozenset(
    fold(word)[:STEM]
    for word in """now today currently year years last next this previously earlier before after ago
    about around roughly nearly almost some just over more less than up down from compared instead versus
    nu vandaag momenteel inmiddels jaar vorig vorige volgend volgende dit eerder vroeger voorheen geleden
    ongeveer bijna ruim circa meer minder dan van naar tot tegen vergeleken opzichte plaats each elke per
    total totaal since sinds until till vanaf during tijdens after by through had has have was were been
    got gets took made makes heeft hebben hadden waren werd wordt zijn kreeg krijgt waarvan daarvan including
    inclusief against versus""".split()
)


@dataclass(frozen=True)
class Frame:
    """What a figure is said of: the stems of its party words (`names` among them) and its time."""

    party: frozenset[str]
    names: frozenset[str]
    time: str  # BEFORE, NOW, LATER or "" (the clause does not say)
    group: int = -1  # the sentence or list it stands in (a story's figures only)
    # A count whose noun was left out at the end of its clause ("the Ghent site 90"): it counts
    # what the figures beside it count.
    elided: bool = False


def group_spans(text: str) -> list[tuple[int, int]]:
    """Sentences, with the lines of a list taken together: a list is one contrast ("- North: 420")."""
    spans: list[tuple[int, int]] = []
    listed = False
    for start, end in sentence_spans(text):
        line = text[start:end].lstrip()
        item = line[:1] in ("-", "–", "•", "*") or bool(re.match(r"\d+[.)]\s", line))
        if item and listed and spans:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        listed = item
    return spans


def frames(text: str, facts: Sequence[Quantity], names: Iterable[Name], *, story: bool) -> list[Frame]:
    """The frame of each of `facts` (found in `text`, in text order), in their order."""
    spans = FactSpans(text, [(q.start, q.end) for q in facts])
    reading = _Reading(text, spans)
    found_clauses = Clauses(text, spans)
    clauses = [found_clauses.around(q.start, q.end) for q in facts]
    named = _names_by_fact(reading, facts, clauses, names)
    groups = group_spans(text) if story else []
    result = []
    group = 0
    for index, fact in enumerate(facts):
        while group + 1 < len(groups) and groups[group][1] <= fact.start:
            group += 1
        left, right = clauses[index]
        clause_left = left
        if index and left < facts[index - 1].end <= fact.start:
            left = facts[index - 1].end  # "from 28% to 11%": the words since the figure before it
        if _COMPARED.search(text, max(left, fact.start - 30), fact.start):
            left = fact.start
        # The subject before the figure ("the Antwerp site employs 230"); a clause that opens with the
        # figure says what it is of after it ("62% were caused by the weather", "412 woningen verduurzaamd").
        party = reading.words(left, fact.start) or reading.words(fact.end, right, fact.noun)
        party |= named[index]
        time = "" if fact.comparative else reading.time(clause_left, right, fact)
        elided = fact.kind == COUNT and not fact.noun and not _WORD.search(text, fact.end, right)
        result.append(Frame(party, named[index], time, group if story else -1, elided))
    return _paired(text, facts, _now_beside_before(text, facts, result))


class _Reading:
    """A text's words and time words, found once: each figure's clause is read from them by bisection."""

    def __init__(self, text: str, spans: FactSpans) -> None:
        self.text = text
        words = [m for m in _WORD.finditer(text) if not spans.mask[m.start()]]
        self.word_starts = [m.start() for m in words]
        self.words_found = [(m.group(), _stem(m.group())) for m in words]
        lowered = [POSSESSIVE.sub("", m.group().lower()) for m in words]
        self.times: list[tuple[int, int, str]] = []
        self.changes: list[int] = []
        self.present: list[int] = []
        for index, (match, word) in enumerate(zip(words, lowered)):
            if word in _CHANGE_WORDS:
                self.changes.append(match.start())
            if word in _PRESENT_WORDS:
                self.present.append(match.start())
            for phrase, time in _TIMES.get(word, ()):
                if tuple(lowered[index : index + len(phrase)]) == phrase:
                    self.times.append((match.start(), words[index + len(phrase) - 1].end(), time))
                    break
        self.time_starts = [start for start, _, _ in self.times]

    def words(self, left: int, right: int, noun: str = "") -> frozenset[str]:
        """The stems of the content words of text[left:right], other facts and `noun` (what the figure
        counts, the same for every figure of its sort) left out."""
        first, last = bisect.bisect_left(self.word_starts, left), bisect.bisect_left(self.word_starts, right)
        return frozenset(
            stem for word, stem in self.words_found[first:last] if stem and not (noun and meaning(word) == noun)
        )

    def time(self, left: int, right: int, fact: Quantity) -> str:
        """BEFORE, NOW or LATER, by the words right before the figure, then the clause's time words,
        then a present tense; "" when the clause does not say."""
        text = self.text
        lead = text[max(left, fact.start - 40) : fact.start]
        if _BEFORE_FIGURE.search(lead):
            return BEFORE
        if _within(self.changes, left, right):
            if _FROM.search(lead) and _TO_AFTER.search(text, fact.end, right):
                return BEFORE  # "from 70 to 95 beds"
            if _TO.search(lead):
                return NOW  # "rose to 95", "steeg naar 2,1 miljoen"
        nearest, distance = "", len(text)
        first, last = bisect.bisect_left(self.time_starts, left), bisect.bisect_left(self.time_starts, right)
        for start, end, kind in self.times[first:last]:
            if end > right:
                continue
            gap = fact.start - end if end <= fact.start else start - fact.end
            if 0 <= gap < distance:
                nearest, distance = kind, gap
        if nearest:
            return nearest
        return NOW if _within(self.present, left, right) else ""


def _within(positions: list[int], left: int, right: int) -> bool:
    index = bisect.bisect_left(positions, left)
    return index < len(positions) and positions[index] < right


@functools.lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """The stem a content word is compared by, or "" for a word that says nothing of a party."""
    folded = fold(word)
    if len(folded) < MIN_WORD or folded in ENGLISH_STOP_WORDS or folded in DUTCH_STOP_WORDS:
        return ""
    stem = folded[:STEM]
    return "" if stem in _NOT_PARTY else stem


def _now_beside_before(text: str, facts: Sequence[Quantity], found: list[Frame]) -> list[Frame]:
    """ "room for 120 visitors at a time, up from 70": the figure an "up from" follows is now's."""
    for index in range(1, len(facts)):
        fact, before = facts[index], facts[index - 1]
        if found[index].time != BEFORE or found[index - 1].time or before.kind != fact.kind:
            continue
        if _BEFORE_FIGURE.search(text, max(before.end, fact.start - 40), fact.start) and not _SENTENCE_END.search(
            text, before.end, fact.start
        ):
            found[index - 1] = replace(found[index - 1], time=NOW)
    return found


def _names_by_fact(
    reading: _Reading, facts: Sequence[Quantity], clauses: list[tuple[int, int]], names: Iterable[Name]
) -> list[frozenset[str]]:
    """The words of the names in each fact's clause; a name beside two figures goes to the nearer one
    ("10 km through Bristol with 140 colleagues": Bristol is the run's)."""
    found: list[set[str]] = [set() for _ in facts]
    starts = [fact.start for fact in facts]
    for name in names:
        # A clause reaches at most CLAUSE_REACH characters past its fact: only those facts may have it.
        first = bisect.bisect_left(starts, name.start - CLAUSE_REACH)
        last = bisect.bisect_right(starts, name.end + CLAUSE_REACH)
        near = [
            index for index in range(first, last)
            if clauses[index][0] <= name.start < clauses[index][1] and not facts[index].start <= name.start < facts[index].end
        ]  # fmt: skip
        if not near:
            continue
        index = min(near, key=lambda i: _gap(facts[i], name.start, name.end))
        found[index] |= reading.words(name.start, name.end)
    return [frozenset(words) for words in found]


def _gap(fact: Quantity, start: int, end: int) -> int:
    return start - fact.end if start >= fact.end else fact.start - end


def _paired(text: str, facts: Sequence[Quantity], found: list[Frame]) -> list[Frame]:
    """Two figures of one pair or range ("14 and 15 June", "2303–2401") are said of one party."""
    for index in range(1, len(facts)):
        before, after = facts[index - 1], facts[index]
        if before.kind == after.kind and _PAIR_GAP.fullmatch(text, before.end, after.start):
            party = found[index - 1].party | found[index].party
            names = found[index - 1].names | found[index].names
            found[index - 1] = replace(found[index - 1], party=party, names=names)
            found[index] = replace(found[index], party=party, names=names)
    return found


@dataclass(frozen=True)
class Framed:
    """A story (or notes) fact with its frame."""

    fact: Quantity
    frame: Frame


PARTY, TIME = "party", "time"


@dataclass(frozen=True)
class Conflict:
    rival: Framed  # the story's figure for the party or time the card names
    reason: str  # PARTY or TIME


def conflict(
    card: Quantity,
    card_frame: Frame,
    story: Sequence[Framed],
    backs: Callable[[Quantity, Quantity], bool],
    same_sort: Callable[[Quantity, Quantity], bool],
) -> Conflict | None:
    """The story's figure for the party or time the card gives its figure, when the story gives the
    card's figure to another; None when any story fact that backs it may be meant."""
    backing = {id(framed): backs(framed.fact, card) for framed in story}
    backers = [framed for framed in story if backing[id(framed)]]
    if not backers:
        return None
    other: Conflict | None = None
    for backer in backers:
        contrast = [
            framed for framed in story
            if framed.frame.group == backer.frame.group and same_sort(framed.fact, card)
        ]  # fmt: skip
        rivals = [framed for framed in contrast if not backing[id(framed)] and _rival(framed)]
        if not rivals:
            return None
        against = _against(card_frame, backer, contrast, rivals)
        if against is None:
            return None
        other = other or against
    return other


def _rival(framed: Framed) -> bool:
    """Is this story figure one a post may take for another? Not "een" (a, one), nor a count whose
    noun is unknown unless it was left out ("the Ghent site 90")."""
    fact = framed.fact
    if not fact.checkable or (fact.in_words and fact.value <= 1):
        return False
    return fact.kind != COUNT or bool(fact.noun) or framed.frame.elided


def _against(card: Frame, backer: Framed, contrast: list[Framed], rivals: list[Framed]) -> Conflict | None:
    """The rival the card's frame points to instead of `backer`, or None."""
    own = _unique(backer, contrast)
    own_names = own & backer.frame.names
    for rival in rivals:
        theirs = _unique(rival, contrast)
        hit, support = card.party & theirs, card.party & own
        # A clause with no words of its own ("after €1.4 million last year") shares the sentence's subject.
        if hit and not support and backer.frame.party:
            return Conflict(rival, PARTY)  # "each truck carries 1,000 pallets": the fleet's figure
        named = card.names & theirs & rival.frame.names
        if named and not card.names & own_names:
            return Conflict(rival, PARTY)  # "Arla takes 40%": the 40% is FrieslandCampina's
        if card.time and backer.frame.time and card.time != backer.frame.time and rival.frame.time == card.time:
            return Conflict(rival, TIME)  # "the ward now has 70 beds": 70 was before, 95 is now
    return None


def _unique(framed: Framed, contrast: list[Framed]) -> frozenset[str]:
    """The party words of `framed` that no other figure of its contrast has."""
    others = frozenset().union(*(other.frame.party for other in contrast if other is not framed))
    return framed.frame.party - others
