"""The prompt builder: the user's story and choices in, chat messages out.

Layout matters for speed. Everything all angles share (instructions, tone, story, notes,
samples, style notes) comes first and is byte-identical for every angle; the angle's own
instruction comes last. llama.cpp then reuses the evaluated shared prefix for the 2nd..Nth
angle and only evaluates each angle's short tail.

Wording matters for quality. It was chosen with the quality benchmark (bench/quality.py; the
numbers are in README, "Post quality") on Qwen2.5-Coder-1.5B, a model that can write:
- Instructions in the post's language: a Dutch post gets Dutch rules, tone and angle (English
  rules made the models answer in English or copy the Dutch story; with Dutch rules the starter
  model's wrong-language posts went from 13 of 30 to none).
- One worked example of the requested length before the real story (a finished user/assistant
  exchange): small models copy its shape — first-person hook, short paragraphs, hashtags last, no
  "Here is…" — far better than they follow rules (posts within length 3 → 6 of 12 on a subset,
  and no more writing *as* a person named in the story). Left out when the user's own posts are
  in the prompt: they are the better example.
- Length in words, as a minimum too ("so at least 150"), and in paragraphs (6 → 9 of 12 on
  the stories that came out too short). The token limit is 90 % of the longest post asked for,
  in this model's own tokens (measured: SmolLM2 spends 2.4 tokens on a Dutch word, Qwen2.5 1.9),
  and a reply that reaches it ends at its last full sentence (app.post_cleanup).
- The story is fenced by plain headings: models copied the triple quotation marks it had before.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources

from app.options import LANGUAGES, Length, PersonalNotes, PostOptions
from app.presets import Preset, PresetCatalog, load_catalog
from models.contract import ChatMessage, GenerationOptions

# Word ranges we ask for, with the sentence counts that usually make them.
LENGTH_WORDS: dict[Length, tuple[int, int]] = {
    Length.SHORT: (40, 80),
    Length.MEDIUM: (80, 150),
    Length.LONG: (150, 250),
}
# The same lengths as paragraphs and sentences, which models follow far better than word counts.
LENGTH_SHAPES: dict[str, dict[Length, str]] = {
    "en": {
        Length.SHORT: "2 short paragraphs, 3 or 4 sentences in all",
        Length.MEDIUM: "3 short paragraphs of 2 or 3 sentences each",
        Length.LONG: "4 or 5 paragraphs of 2 or 3 sentences each",
    },
    "nl": {
        Length.SHORT: "2 korte alinea's, samen 3 of 4 zinnen",
        Length.MEDIUM: "3 korte alinea's van 2 of 3 zinnen",
        Length.LONG: "4 of 5 alinea's van 2 of 3 zinnen",
    },
}
# Tokens per word when the model cannot be asked (measured on the benchmark's posts with the
# Qwen2.5 tokeniser; Dutch words are longer and rarer, so they take more tokens). The engine is
# normally asked instead (`measure_tokens_per_word`): SmolLM2 needs 2.4 tokens a Dutch word.
TOKENS_PER_WORD: dict[str, float] = {"en": 1.35, "nl": 1.8}
DEFAULT_TOKENS_PER_WORD = 2.0
MIN_TOKENS_PER_WORD, MAX_TOKENS_PER_WORD = 1.0, 2.5

# Limits the prompt asks for (the benchmark counts posts over them).
MAX_HASHTAGS = 3
MAX_EMOJI = 2

ANGLE_HEADING = "Angle for this post:"


# The token limit is this share of the longest post asked for. A post's own tokens per word
# vary ±20 % around the model's average (Qwen2.5, English: 1.09-1.57, mean 1.29), so a limit of
# the whole longest post let posts cut back at it keep 83-86 words of "40 to 80"; at 90 % they
# land inside (benchmark subset: within length 3/6 -> 6/6, no post cut off).
LIMIT_SHARE = 0.9


def reply_max_tokens(length: Length, language: str, tokens_per_word: float | None = None) -> int:
    """The token limit for one post: 90 % of the longest post we ask for, in this model's tokens.

    Measured on the benchmark (README, "Post quality"): a model that runs past it is cut back to
    its last full sentence (app.post_cleanup), which lands the post inside the requested range;
    any room above it (for hashtags, or 15 % more) only let posts run long.
    """
    per_word = tokens_per_word or TOKENS_PER_WORD.get(language, DEFAULT_TOKENS_PER_WORD)
    return round(LENGTH_WORDS[length][1] * LIMIT_SHARE * per_word)


# The most any model and language can need, for budgets that do not know them yet.
LENGTH_MAX_TOKENS: dict[Length, int] = {
    length: reply_max_tokens(length, "", MAX_TOKENS_PER_WORD) for length in Length
}


def measure_tokens_per_word(count_messages: Callable[[Sequence[ChatMessage]], int], language: str) -> float:
    """How many tokens this model spends on a word of `language`: its count for the worked
    example's long post. Tokenisers differ a lot (SmolLM2 2.4 a Dutch word, Qwen2.5 1.9)."""
    example = worked_examples().get(language) or worked_examples()["en"]
    sample = example.posts[Length.LONG]
    tokens = count_messages([ChatMessage("assistant", sample)]) - count_messages([ChatMessage("assistant", "")])
    if tokens <= 0:
        return TOKENS_PER_WORD.get(language, DEFAULT_TOKENS_PER_WORD)
    return min(MAX_TOKENS_PER_WORD, max(MIN_TOKENS_PER_WORD, tokens / len(sample.split())))


@dataclass(frozen=True)
class PromptInput:
    """Everything that is the same for every angle of one rewrite."""

    story: str
    tone: Preset
    language: str = "en"
    length: Length = Length.MEDIUM
    notes: PersonalNotes = field(default_factory=PersonalNotes)
    samples: tuple[str, ...] = ()  # the user's own earlier posts, already chosen to fit the budget
    style_notes: tuple[str, ...] = ()  # e.g. from the voice profile: "Use no hashtags."
    number_guard: bool = True  # the engine lets the model write only the story's and notes' numbers


def prompt_input_for(
    story: str,
    options: PostOptions,
    catalog: PresetCatalog,
    samples: Sequence[str] = (),
    style_notes: Sequence[str] = (),
) -> PromptInput:
    """The shared prompt input for the user's current choices. Raises InputError for an
    unknown tone."""
    return PromptInput(
        story=story,
        tone=catalog.tone(options.tone),
        language=options.language,
        length=options.length,
        notes=options.notes,
        samples=tuple(samples),
        style_notes=tuple(style_notes),
        number_guard=options.number_guard,
    )


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code)


@dataclass(frozen=True)
class Wording:
    """Every sentence of the prompt in one language. `{…}` fields are filled in per request."""

    intro: str
    rules_heading: str
    rules: tuple[str, ...]
    reply_only: str
    story_heading: str
    story_end: str
    notes_heading: str
    role: str
    why: str
    detail: str
    samples_heading: str
    angle_heading: str
    draft_heading: str
    tweak: str


ENGLISH = Wording(
    intro="Write a LinkedIn post for me, in my own voice, about news from my company.",
    rules_heading="Rules for the post:",
    rules=(
        "Open with a short first line that makes people want to read on: a concrete detail, number or moment "
        "from the story. No title, no greeting.",
        'Write as me, in the first person: "I" for myself, "we" or "my team" for the team. Never write as the '
        "company. The people named in the story are my colleagues, not me: write about them by name.",
        "Make one clear point: the angle at the end of my message.",
        "Use only facts from the company story and from my notes. Never invent numbers, names, dates, "
        "customers or results. Quote someone only with their exact words from the story, or not at all.",
        "Tell it in your own plain words; do not copy sentences from the story. No corporate phrases, no hype.",
        "Tone: {tone}",
        "Length: {low} to {high} words, so at least {low}: {shape}. End with a complete sentence.",
        "At most {hashtags} hashtags, together on the last line, and at most {emoji} emoji.",
        "Write in {language}.",
    ),
    reply_only="Reply with the text of the post only: no introduction, no title, no notes about the post.",
    story_heading="Company story:",
    story_end="(End of the company story.)",
    notes_heading="About me (true details; use them):",
    role="My role in this",
    why="Why it matters to me",
    detail="A detail only I know",
    samples_heading=(
        "Earlier posts I wrote myself (copy their style — sentence length, openings, emoji and hashtag "
        "habits — not their content):"
    ),
    angle_heading=ANGLE_HEADING,
    draft_heading="Here is my current draft:",
    tweak="Rewrite this draft: {instruction} Keep every fact as it is and add no new ones.",
)

DUTCH = Wording(
    intro="Schrijf een LinkedIn-bericht voor mij, in mijn eigen stem, over nieuws van mijn bedrijf.",
    rules_heading="Regels voor het bericht:",
    rules=(
        "Begin met een korte eerste zin die nieuwsgierig maakt: een concreet detail, getal of moment uit het "
        "verhaal. Geen titel, geen aanhef.",
        'Schrijf namens mij, in de ik-vorm: "ik" voor mezelf, "we" of "mijn team" voor het team. Schrijf nooit '
        "namens het bedrijf. De mensen die in het verhaal genoemd worden zijn mijn collega's, niet ik: schrijf "
        "over hen, met hun naam.",
        "Maak één duidelijk punt: de invalshoek aan het eind van mijn bericht.",
        "Gebruik alleen feiten uit het bedrijfsverhaal en uit mijn notities. Verzin nooit getallen, namen, "
        "datums, klanten of resultaten. Citeer iemand alleen met de letterlijke woorden uit het verhaal, of niet.",
        "Vertel het in je eigen, eenvoudige woorden; kopieer geen zinnen uit het verhaal. Geen bedrijfstaal, "
        "geen hype.",
        "Toon: {tone}",
        "Lengte: {low} tot {high} woorden, dus minstens {low}: {shape}. Eindig met een volledige zin.",
        "Hooguit {hashtags} hashtags, samen op de laatste regel, en hooguit {emoji} emoji.",
        "Schrijf in het Nederlands, ook als het verhaal in een andere taal is. Gebruik geen Engelse woorden, "
        "behalve namen.",
    ),
    reply_only="Antwoord alleen met de tekst van het bericht: geen inleiding, geen titel, geen opmerkingen over het bericht.",
    story_heading="Bedrijfsverhaal:",
    story_end="(Einde van het bedrijfsverhaal.)",
    notes_heading="Over mij (ware details; gebruik ze):",
    role="Mijn rol hierin",
    why="Waarom het voor mij belangrijk is",
    detail="Een detail dat alleen ik weet",
    samples_heading=(
        "Eerdere berichten die ik zelf schreef (neem hun stijl over — zinslengte, openingen, emoji en hashtags — "
        "niet hun inhoud):"
    ),
    angle_heading="Invalshoek voor dit bericht:",
    draft_heading="Dit is mijn huidige versie:",
    tweak="Herschrijf deze versie: {instruction} Houd alle feiten zoals ze zijn en voeg er geen toe.",
)

WORDINGS: dict[str, Wording] = {"en": ENGLISH, "nl": DUTCH}


def wording(language: str) -> Wording:
    """The prompt's wording in the post's language; English (asking for that language) otherwise."""
    return WORDINGS.get(language, ENGLISH)


def system_message(request: PromptInput) -> str:
    words = wording(request.language)
    low, high = LENGTH_WORDS[request.length]
    shapes = LENGTH_SHAPES.get(request.language, LENGTH_SHAPES["en"])
    fields = {
        "tone": request.tone.instruction_in(request.language),
        "low": low,
        "high": high,
        "shape": shapes[request.length],
        "hashtags": MAX_HASHTAGS,
        "emoji": MAX_EMOJI,
        "language": language_name(request.language),
    }
    rules = [rule.format(**fields) for rule in words.rules]
    rules.extend(request.style_notes)
    numbered = "\n".join(f"{number}. {rule}" for number, rule in enumerate(rules, start=1))
    return f"{words.intro}\n\n{words.rules_heading}\n{numbered}\n\n{words.reply_only}"


def shared_user_text(request: PromptInput) -> str:
    """The part of the user message that is identical for all angles."""
    words = wording(request.language)
    parts = [f"{words.story_heading}\n{request.story.strip()}\n{words.story_end}"]
    notes = _notes_block(request.notes, words)
    if notes:
        parts.append(notes)
    if request.samples:
        samples = "\n---\n".join(sample.strip() for sample in request.samples)
        parts.append(f"{words.samples_heading}\n---\n{samples}\n---")
    return "\n\n".join(parts)


def angle_text(angle: Preset, language: str = "en") -> str:
    return f"{wording(language).angle_heading} {angle.instruction_in(language)}"


@dataclass(frozen=True)
class WorkedExample:
    """A story, my role, an angle and the post a good writer makes of it, at each length."""

    story: str
    role: str
    angle: str
    posts: dict[Length, str]


@functools.cache
def worked_examples() -> dict[str, WorkedExample]:
    """The worked examples by language (resources/prompts/worked_example.toml)."""
    text = (resources.files("resources") / "prompts" / "worked_example.toml").read_text(encoding="utf-8")
    examples = {}
    for language, data in tomllib.loads(text).items():
        posts = {length: str(data[length.value]).strip() for length in Length}
        examples[language] = WorkedExample(str(data["story"]).strip(), str(data["role"]), str(data["angle"]), posts)
    return examples


@functools.cache
def _bundled_angle(angle_id: str) -> Preset:
    return load_catalog().angle(angle_id)


def example_messages(request: PromptInput) -> list[ChatMessage]:
    """One finished exchange before the real story: the model copies its shape and length.

    Left out when the user's own posts are in the prompt: they are the better example."""
    example = worked_examples().get(request.language)
    if example is None or request.samples:
        return []
    shown = PromptInput(
        story=example.story,
        tone=request.tone,
        language=request.language,
        length=request.length,
        notes=PersonalNotes(role=example.role),
    )
    angle = _bundled_angle(example.angle)
    return [
        ChatMessage("user", f"{shared_user_text(shown)}\n\n{angle_text(angle, request.language)}"),
        ChatMessage("assistant", example.posts[request.length]),
    ]


def build_messages(request: PromptInput, angle: Preset) -> list[ChatMessage]:
    """Messages for one angle; the angle instruction is the very last text."""
    return [
        ChatMessage("system", system_message(request)),
        *example_messages(request),
        ChatMessage("user", f"{shared_user_text(request)}\n\n{angle_text(angle, request.language)}"),
    ]


def build_all(request: PromptInput, angles: Sequence[Preset]) -> list[list[ChatMessage]]:
    return [build_messages(request, angle) for angle in angles]


def generation_options(
    length: Length,
    language: str = "en",
    *,
    tokens_per_word: float | None = None,
    temperature: float = 0.7,
    seed: int | None = None,
    allowed_numbers: frozenset[str] | None = None,
) -> GenerationOptions:
    max_tokens = reply_max_tokens(length, language, tokens_per_word)
    return GenerationOptions(max_tokens=max_tokens, temperature=temperature, seed=seed, allowed_numbers=allowed_numbers)


def tweak_messages(request: PromptInput, current_text: str, tweak_instruction: str) -> list[ChatMessage]:
    """Messages that rewrite a card's current text with one quick tweak.

    Same system message and story as the angle prompts (so the prefix cache still helps);
    the draft and the tweak come last.
    """
    words = wording(request.language)
    return [
        ChatMessage("system", system_message(request)),
        *example_messages(request),
        ChatMessage(
            "user",
            f"{shared_user_text(request)}\n\n{words.draft_heading}\n\n{current_text.strip()}\n\n"
            f"{words.tweak.format(instruction=tweak_instruction)}",
        ),
    ]


def _notes_block(notes: PersonalNotes, words: Wording) -> str:
    lines = []
    if notes.role.strip():
        lines.append(f"- {words.role}: {notes.role.strip()}")
    if notes.why.strip():
        lines.append(f"- {words.why}: {notes.why.strip()}")
    if notes.detail.strip():
        lines.append(f"- {words.detail}: {notes.detail.strip()}")
    if not lines:
        return ""
    return words.notes_heading + "\n" + "\n".join(lines)
