"""Style notes for the model: the profile's numbers as short English imperative sentences.

Small local models follow concrete instructions ("Use no hashtags.") far better than
descriptions ("The author rarely uses hashtags"), so every note is an order with a number.
A note is only written where the profile shows a clear habit; silence leaves the model free.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.voice.profile import VoiceProfile

SHORT_SENTENCE_WORDS = 12
LONG_SENTENCE_WORDS = 20
RARE_EXCLAMATION = 0.05
FREQUENT_EXCLAMATION = 0.25
FREQUENT_QUESTION = 0.15
PERSONAL_FIRST_PERSON = 4.0  # "I" per 100 words
IMPERSONAL_FIRST_PERSON = 1.0

_OPENING_NOTES = {
    "question": "Open with a question.",
    "first_person": "Open with something about yourself or your team.",
    "number": "Open with a number or a concrete fact.",
    "emoji": "Start the first line with an emoji.",
    "quote": "Open with a short quote.",
}
_CLOSING_NOTES = {
    "question": "End with a question to the reader.",
    "exclamation": "End on an exclamation.",
    "emoji": "End with an emoji.",
}


def derived_style_notes(profile: VoiceProfile) -> list[str]:
    notes = [f"Keep the post around {_round_to(profile.typical_words, 10)} words."]
    notes.append(_sentence_note(profile.words_per_sentence))
    notes.append(_layout_note(profile.line_breaks_per_post, profile.sentences_per_post))
    notes.append(_emoji_note(profile.emoji_per_post, profile.favourite_emoji))
    notes.append(_hashtag_note(profile.hashtags_per_post, profile.closing))
    if profile.exclamation_rate < RARE_EXCLAMATION:
        notes.append("Avoid exclamation marks.")
    elif profile.exclamation_rate > FREQUENT_EXCLAMATION:
        notes.append("Use an exclamation mark now and then; it is part of this voice.")
    if profile.question_rate > FREQUENT_QUESTION:
        notes.append("Ask the reader a question.")
    if profile.first_person_per_100_words >= PERSONAL_FIRST_PERSON:
        notes.append("Write in the first person ('I'), about your own experience.")
    elif profile.first_person_per_100_words < IMPERSONAL_FIRST_PERSON:
        notes.append("Keep the focus on the team and the work rather than on 'I'.")
    if profile.formality == "informal":
        notes.append("Address readers as 'je' (informal Dutch).")
    elif profile.formality == "formal":
        notes.append("Address readers as 'u' (formal Dutch).")
    if profile.em_dashes_per_post < 0.2:
        notes.append("Do not use em dashes.")
    if profile.opening in _OPENING_NOTES:
        notes.append(_OPENING_NOTES[profile.opening])
    if profile.closing in _CLOSING_NOTES:
        notes.append(_CLOSING_NOTES[profile.closing])
    return notes


def _round_to(value: float, step: int) -> int:
    return max(step, round(value / step) * step)


def _sentence_note(words_per_sentence: float) -> str:
    about = round(words_per_sentence)
    if words_per_sentence <= SHORT_SENTENCE_WORDS:
        return f"Keep sentences short (about {about} words)."
    if words_per_sentence <= LONG_SENTENCE_WORDS:
        return f"Use medium-length sentences (about {about} words)."
    return f"Longer, flowing sentences are fine (about {about} words)."


def _layout_note(line_breaks: float, sentences: float) -> str:
    if sentences and line_breaks >= 0.6 * sentences:
        return "Put most sentences on a line of their own."
    if line_breaks >= 2:
        return "Split the post into short paragraphs."
    return "Write one or two blocks of text with few line breaks."


def _emoji_note(per_post: float, favourites: tuple[str, ...]) -> str:
    if per_post < 0.3:
        return "Use no emoji."
    if per_post < 1.5:
        return "Use at most one emoji" + (f", such as {favourites[0]}." if favourites else ".")
    examples = " ".join(favourites[:3])
    return f"Use about {round(per_post)} emoji" + (f", such as {examples}." if examples else ".")


def _hashtag_note(per_post: float, closing: str) -> str:
    if per_post < 0.5:
        return "Use no hashtags."
    count = round(per_post)
    plural = "hashtag" if count == 1 else "hashtags"
    where = " at the end" if closing == "hashtags" else ""
    return f"Use about {count} {plural}{where}."
