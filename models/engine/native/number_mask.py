"""The number guard on a model's logits: before each token is sampled, tokens that would write a
number not in the allowed list get -inf (rules: models/engine/number_guard.py).

Cheap by construction (bench/number_guard.py measures it):
- The vocabulary is scanned once per model (`NumberVocabulary`): the few tokens that hold a
  digit, and the tokens that are one separator (".", ",", " " ...). Every other token either
  leaves an open number alone (nothing open) or ends it: whether it may is one test for all.
- Outside a number only the digit tokens the allowed list forbids are masked (a handful of
  indices). Inside one, the answer per open number is cached for the request; when the open
  number may not end yet, the row is filled with -inf and only the allowed tokens restored.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import llama_cpp
import numpy as np
import numpy.typing as npt

from models.engine.native.handles import Context, Model
from models.engine.number_guard import SEPARATORS, AllowedNumbers, normalise

log = logging.getLogger("ownvoice.engine")

IdArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class NumberVocabulary:
    """The tokens of one model that matter to the guard, and each token's text."""

    n_vocab: int
    texts: dict[int, str]  # digit and single-separator tokens only
    digit_ids: tuple[int, ...]
    separator_ids: tuple[int, ...]

    @classmethod
    def scan(cls, model: Model) -> NumberVocabulary:
        texts: dict[int, str] = {}
        digits: list[int] = []
        separators: list[int] = []
        for token in range(model.n_vocab):
            text = model.piece(token).decode("utf-8", errors="replace")
            if any(ch.isdecimal() for ch in text):
                digits.append(token)
                texts[token] = text
            elif len(text) == 1 and normalise(text) in SEPARATORS:
                separators.append(token)
                texts[token] = text
        return cls(model.n_vocab, texts, tuple(digits), tuple(separators))

    def text(self, token: int) -> str | None:
        """The token's text if it holds a digit or is one separator; None for every other token
        (which ends an open number)."""
        return self.texts.get(token)


@dataclass
class _Choice:
    """What may follow one open number."""

    banned: IdArray  # digit or separator tokens that would make a number not allowed
    allowed: IdArray  # digit or separator tokens that may follow
    can_end: bool  # may any other token follow


@dataclass
class NumberRules:
    """One request's allowed numbers against one model's vocabulary (shared by its sequences)."""

    vocabulary: NumberVocabulary
    allowed: AllowedNumbers
    _choices: dict[str, _Choice] = field(default_factory=dict)

    def choice(self, open_number: str) -> _Choice:
        found = self._choices.get(open_number)
        if found is None:
            vocabulary = self.vocabulary
            candidates = vocabulary.digit_ids + (vocabulary.separator_ids if open_number else ())
            ok = [t for t in candidates if self.allowed.advance(open_number, vocabulary.texts[t]) is not None]
            ok_set = set(ok)
            found = _Choice(
                banned=np.array([t for t in candidates if t not in ok_set], dtype=np.int64),
                allowed=np.array(ok, dtype=np.int64),
                can_end=self.allowed.can_end(open_number),
            )
            self._choices[open_number] = found
        return found


class NumberGuard:
    """One sequence's guard: masks the logits before sampling, follows the text after."""

    def __init__(self, rules: NumberRules) -> None:
        self.rules = rules
        self.open_number = ""

    def mask(self, context: Context, output: int) -> None:
        """Mask the logits of batch output `output` in place (llama.cpp's sampler reads them next)."""
        if not self.open_number and not self.rules.choice("").banned.size:
            return  # nothing open and every digit token allowed: leave the row alone
        pointer = llama_cpp.llama_get_logits_ith(context.pointer, output)
        if pointer:
            self.apply(np.ctypeslib.as_array(pointer, shape=(self.rules.vocabulary.n_vocab,)))

    def apply(self, logits: npt.NDArray[np.float32]) -> None:
        choice = self.rules.choice(self.open_number)
        if choice.can_end:
            logits[choice.banned] = -np.inf
            return
        if not choice.allowed.size:  # no way to finish the number in this vocabulary: leave it be
            log.warning("number guard: nothing can follow %r in this vocabulary", self.open_number)
            return
        kept = logits[choice.allowed].copy()
        logits.fill(-np.inf)
        logits[choice.allowed] = kept

    def accept(self, token: int) -> None:
        text = self.rules.vocabulary.text(token)
        if text is None:  # ends an open number (mask() made sure it may)
            self.open_number = ""
            return
        after = self.rules.allowed.advance(self.open_number, text)
        self.open_number = after if after is not None else ""
