"""What small models wrap around a post, found and taken off.

Models reply as assistants: "Sure! Here's a LinkedIn post about…", a title, the post, then
"Note: this post highlights…" or "(120 words)". Some echo the instructions ("Write about what
I learned:", "As an employee at…"), copy the prompt's quotation marks, or leave a signature
template ("[Your Name]"). A reply cut off by the token limit ends mid-sentence.

`clean_post` removes whole lines that stand before and after the post, markdown LinkedIn
cannot show (headings, a stray `**`) and sentences a looping model wrote twice, puts the
hashtags on one last line and, for a reply that hit the limit, ends at the last full sentence.
It never rewrites a sentence of the post.
`find_meta_text` finds such text anywhere in a card, for the hints and the benchmark.

English and Dutch. Line patterns are anchored to a whole line, so a post that merely uses the
words ("Here's what I learned", "Great news: …") is left alone.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, fields

from app.presets import load_catalog
from app.prompt import WORDINGS

PREAMBLE = "preamble"  # "Sure! Here's a LinkedIn post about …:"
TITLE = "title"  # "**Celebrating 1,000 operations**", "# …", "Title: …" on the first line
ECHO = "echo"  # the instructions repeated: "Write about what I learned from this:", "As an employee"
NOTES = "notes"  # about the post: "Note: …", "(120 words)", "This post highlights…", "I hope this helps!"
PLACEHOLDER = "placeholder"  # "[Your Name]", "[jouw naam]"

_POST_WORDS = (
    r"(?:linkedin|post|posts|draft|version|rewrite|rewritten|caption|"
    r"bericht|berichtje|concept|versie|herschreven)"
)
_HERE_IS = r"(?:here(?:'s|’s| is| are)|below (?:is|are|you'?ll find)|hier is|hier zijn|hieronder\b[^\n]{0,20}?)"
_ASSISTANT_OPENERS = (
    r"(?:sure|certainly|of course|absolutely|okay|ok|alright|gladly|no problem|"
    r"(?:i'?m |i am )?(?:glad|happy) to help|"
    r"natuurlijk|zeker|uiteraard|graag(?: gedaan)?|geen probleem)"
)
_PREAMBLE_LINE = re.compile(
    rf"^\W*{_ASSISTANT_OPENERS}\W*$"  # "Sure!" on its own line
    rf"|^\W*(?:{_ASSISTANT_OPENERS}\W+)?{_HERE_IS}\b[^\n]{{0,60}}?\b{_POST_WORDS}\b[^\n]{{0,120}}$"
    rf"|^[^\n]{{0,200}}\b{_HERE_IS}\b[^\n]{{0,60}}?\b{_POST_WORDS}\b[^\n]{{0,100}}:\s*$",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^\W*(?:title|titel|headline|kop|subject|onderwerp|linkedin[ -]post|post|bericht|draft|concept|angle|invalshoek)"
    r"\s*(?:\([^)\n]*\))?\s*:\**\s*",
    re.IGNORECASE,
)
# "ZorgSamen Twente: een jaar vol zorg", "Ledgerly 3.0 — invoicing made easy": a short line
# built like a headline: a name (capitalised words), a colon or dash, a subtitle, no sentence end.
# ("Big news: we did it" is a hook, not a title: "news" is no name.)
_HEADLINE = re.compile(r"^(?:[A-Z0-9][\w'’&.-]*[ ]?){1,5}(?::| [-–—] )[^\n.!?:]{2,60}$")
_TITLE_LABELS = ("title", "titel", "kop", "headline", "subject", "onderwerp")
_HEADING = re.compile(r"^#{1,6}\s+\S[^\n]*$")
_BOLD_LINE = re.compile(r"^\*\*[^*\n]+\*\*:?$|^__[^_\n]+__:?$")


def _prompt_headings() -> str:
    """Our own prompt's headings in every language ("Company story:", "Invalshoek voor dit bericht:")."""
    headings = set()
    for words in WORDINGS.values():
        for text in (words.story_heading, words.story_end, words.notes_heading, words.rules_heading,
                     words.angle_heading, words.draft_heading, words.samples_heading.split("(")[0]):
            headings.add(re.escape(text.strip().rstrip(":").strip("()").rstrip(".").strip()))
    return "|".join(sorted(headings, key=len, reverse=True))


# A line that is one of our own prompt's headings ("(End of the company story.)", "Company story:",
# "Invalshoek voor dit bericht: …") is never part of a post, wherever it stands.
_OWN_HEADING_LINE = re.compile(rf"^\W*(?:{_prompt_headings()})\W*(?:$|(?<=:)\s*\S.*$)", re.IGNORECASE)
_ECHO_LINE = re.compile(
    r"^\W*(?:"
    r"(?:write|schrijf)\b[^\n]{0,120}:\s*$"  # "Write about what I learned from this:"
    rf"|(?:the |my |our |het |de |mijn )?(?:{_prompt_headings()})\b[^\n]*?[:.)]?\s*$"  # our headings
    r"|(?:the )?(?:company|story|premise|prompt|instructions?|angle|tone|answer|response|output|"
    r"bedrijf|verhaal|opdracht|instructies?|invalshoek|toon|antwoord)\s*:"  # "Premise: …", "Company:"
    r"|a:\s"  # "A: I am happy to share…" (an answer to a quiz-like prompt)
    r")",
    re.IGNORECASE,
)
# Phrases inside a sentence that repeat the instructions: the post is written *as* the employee.
_ECHO_PHRASE = re.compile(
    r"\b(?:as|like) (?:the|an|a) employee\b|\bals (?:de |een )?medewerker\b(?= (?:van|bij)\b)|"
    r"\bin (?:my|their|your) own voice\b|\bin (?:mijn|je|jouw|hun|diens) eigen stem\b|"
    r"\b(?:i am|i'm|ik ben|as|als) (?:a |an |een )?ghostwriter\b",
    re.IGNORECASE,
)
_NOTES_LINE = re.compile(
    r"^\W*(?:"
    r"(?:note|notes|n\.b\.|nb|disclaimer|word count|opmerking|opmerkingen|noot|let op|aantal woorden)\s*[:(-]"
    r"|\(?\s*(?:word count:?\s*)?\d+\s+(?:words|woorden)\s*\)?\s*\.?$"
    r"|(?:i )?hope (?:this|that|it) (?:helps|works|fits|meets|is what|captures what|gives you)\b"
    r"|(?:let me know|feel free|you can|you may)\b[^\n]{0,60}?\b(?:changes?|adjust\w*|tweak\w*|edit\w*|modif\w*|"
    r"revis\w*|another version|different version|anything else)\b"
    r"|(?:in )?(?:this|the) post:|the story behind this post\b|het verhaal achter dit bericht\b"
    r"|(?:this|the) post (?:should|needs to|must|ends with|starts with|will (?:highlight|focus|show))\b"
    r"|(?:this|the|my) (?:linkedin )?(?:post|version|draft|rewrite)\b[^\n]{0,80}?\b(?:highlights|captures|emphasi[sz]es|"
    r"focuses|keeps|uses|is written|follows|aims|stays|reflects|meets|includes|avoids|sticks|illustrates|"
    r"shows|demonstrates|conveys|showcases|describes|explains|summari[sz]es|effectively|maintains)\b"
    r"|ik hoop dat (?:dit|deze tekst|dit bericht|het bericht) (?:je )?(?:helpt|bevalt|past|voldoet)\b"
    r"|(?:laat (?:me|het me) (?:gerust )?weten|je kunt|pas)\b[^\n]{0,60}?\b(?:aanpassingen|wijzigingen|aanpassen|"
    r"andere versie|iets anders|gerust aan)\b"
    r"|(?:dit|het|deze) (?:linkedin-?)?(?:bericht|post|versie|concept)\b[^\n]{0,80}?\b(?:benadrukt|laat zien|"
    r"richt zich|gebruikt|bevat|vermijdt|houdt|illustreert|beschrijft|toont)\b"
    r")",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(
    r"\[(?:your|my|jouw|je|uw|mijn|company|bedrijfs?|insert|naam|name|employee)[^\]\n]{0,30}\]", re.IGNORECASE
)
_SIGN_OFF_LINE = re.compile(
    r"^\W*(?:best(?: regards| wishes)?|kind regards|regards|cheers|warm regards|sincerely|groet(?:en|jes)?|"
    r"met vriendelijke groet(?:en)?|hartelijke groet(?:en)?)\W*$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|={3,}|[\"'`\u201c\u201d]{3,})\s*$")
_FENCE = re.compile(r"^\s*```[\w-]*\s*\n(.*?)\n\s*```\s*$", re.DOTALL)
_QUOTE_PAIRS = (('"', '"'), ("\u201c", "\u201d"), ("\u201e", "\u201d"), ("'", "'"))
_HASHTAG_LINE = re.compile(r"^\s*(?:#\w+[\s,.]*)+$")

# A sentence is finished by . ! ? … (maybe then a closing quote, bracket or bold marker), or by an emoji.
_EMOJI = r"[\U0001f300-\U0001faff\u2600-\u27bf][\ufe0f\U0001f3fb-\U0001f3ff]*"
_FINISHED = re.compile(rf"(?:[.!?…][\"'\u201d\u2019)\]*_]*|{_EMOJI})$")
_SENTENCE_END = re.compile(rf"(?:[.!?…]+[\"'\u201d\u2019)\]*_]*|{_EMOJI})(?=\s|$)")
_ABBREVIATION = re.compile(r"\b(?:dr|mr|mrs|ms|st|prof|e\.g|i\.e|vs|etc|dhr|mevr|bijv|o\.a|ca|nr|jr)\.$", re.IGNORECASE)


@dataclass(frozen=True)
class MetaText:
    """Text that is about the post, not part of it. Offsets into the text examined."""

    kind: str
    start: int
    end: int
    text: str


def find_meta_text(post: str) -> list[MetaText]:
    """Every line of `post` that is assistant talk, echoed instructions, notes about the post or
    (on the first line) a title, plus echoed phrases and template placeholders inside lines."""
    found: list[MetaText] = []
    first = True
    for start, line in _lines(post):
        stripped = line.strip()
        if not stripped or _SEPARATOR.match(stripped):
            continue
        kind = _line_kind(stripped, first=first)
        first = False
        if kind:
            offset = start + line.index(stripped)
            found.append(MetaText(kind, offset, offset + len(stripped), stripped))
            continue
        for pattern, phrase_kind in ((_ECHO_PHRASE, ECHO), (_PLACEHOLDER, PLACEHOLDER)):
            for match in pattern.finditer(line):
                found.append(MetaText(phrase_kind, start + match.start(), start + match.end(), match.group()))
    return found


def has_meta_text(post: str) -> bool:
    return bool(find_meta_text(post))


# A line that shares this many words in a row with our own instructions repeats them.
ECHO_RUN_WORDS = 6
_WORD = re.compile(r"[^\W_]+")


@functools.cache
def _instruction_runs() -> frozenset[tuple[str, ...]]:
    """Every run of ECHO_RUN_WORDS words in the prompt's wording and the bundled presets' instructions."""
    texts = [
        str(getattr(words, item.name))
        for words in WORDINGS.values()
        for item in fields(words)
        if isinstance(getattr(words, item.name), str)
    ]
    texts += [rule for words in WORDINGS.values() for rule in words.rules]
    catalog = load_catalog()
    texts += [preset.instruction_in(language) for preset in (*catalog.tones, *catalog.angles) for language in WORDINGS]
    runs: set[tuple[str, ...]] = set()
    for text in texts:
        words = _WORD.findall(re.sub(r"\{\w+\}", " ", text).lower())
        runs.update(tuple(words[i : i + ECHO_RUN_WORDS]) for i in range(len(words) - ECHO_RUN_WORDS + 1))
    return frozenset(runs)


def _repeats_instructions(line: str) -> bool:
    words = _WORD.findall(line.lower())
    runs = _instruction_runs()
    return any(tuple(words[i : i + ECHO_RUN_WORDS]) in runs for i in range(len(words) - ECHO_RUN_WORDS + 1))


def _line_kind(line: str, *, first: bool) -> str:
    if _PREAMBLE_LINE.match(line):
        return PREAMBLE
    if _ECHO_LINE.match(line) or _repeats_instructions(line):
        return ECHO
    if _NOTES_LINE.match(line):
        return NOTES
    if first and _is_title(line):
        return TITLE
    return ""


def _is_title(line: str) -> bool:
    """A markdown heading, a bold line that is not a sentence, or a "Title:" label."""
    if _HEADING.match(line):
        return True
    if _BOLD_LINE.match(line):
        return not _FINISHED.search(line.strip("*_: "))
    if _HEADLINE.match(line) and not _FINISHED.search(line):
        return True
    label = _LABEL.match(line)
    if label is None:
        return False
    return label.end() == len(line) or label.group().strip(" *:#").lower().startswith(_TITLE_LABELS)


def _lines(text: str) -> list[tuple[int, str]]:
    result = []
    start = 0
    for line in text.split("\n"):
        result.append((start, line))
        start += len(line) + 1
    return result


# ---------------------------------------------------------------------------------------- cleaning


def clean_post(text: str, *, hit_token_limit: bool = False) -> str:
    """The post without what the model put around it. With `hit_token_limit` (the reply was
    cut off), it ends at the last full sentence. The post's own sentences are never changed."""
    cleaned = _unfence(text.strip())
    cleaned = "\n".join(line for line in cleaned.split("\n") if not _OWN_HEADING_LINE.match(line.strip()))
    cleaned = _unquote(cleaned)
    cleaned = _drop_leading_meta(cleaned)
    cleaned = _drop_trailing_meta(cleaned)
    cleaned = _unquote(cleaned)
    cleaned = _strip_label(cleaned)
    cleaned = _without_markdown_LinkedIn_cannot_show(cleaned)
    cleaned = _without_repeats(cleaned)
    cleaned = _hashtags_last(cleaned)
    if hit_token_limit:
        cleaned = end_at_last_sentence(cleaned)
    return re.sub(r"\n{3,}", "\n\n", cleaned).strip()


def _unfence(text: str) -> str:
    match = _FENCE.match(text)
    return match.group(1).strip() if match else text


def _unquote(text: str) -> str:
    for left, right in _QUOTE_PAIRS:
        inner = text[1:-1]
        if len(text) > 2 and text.startswith(left) and text.endswith(right) and left not in inner and right not in inner:
            return inner.strip()
    return text


def _drop_leading_meta(text: str) -> str:
    """Lines before the post: assistant talk, echoed instructions, a title, separators."""
    lines = text.split("\n")
    first = True
    while len(lines) > 1:
        line = lines[0].strip()
        if line and not _SEPARATOR.match(line):
            if _line_kind(line, first=first) not in (PREAMBLE, ECHO, TITLE):
                break
            first = False
        lines.pop(0)
    return "\n".join(lines).strip()


def _drop_trailing_meta(text: str) -> str:
    """Lines after the post: notes, word counts, "hope this helps", template sign-offs and
    separators. Hashtags below such notes stay, at the end of the post."""
    lines = text.split("\n")
    hashtags: list[str] = []
    while len(lines) > 1:
        line = lines[-1].strip()
        if not line or _SEPARATOR.match(line):
            lines.pop()
        elif _HASHTAG_LINE.match(line) and not hashtags and _meta_line_above(lines[:-1]):
            hashtags.append(lines.pop().strip())
        elif _line_kind(line, first=False) in (NOTES, ECHO, PREAMBLE) or _is_placeholder_line(line):
            lines.pop()
        elif _SIGN_OFF_LINE.match(line) and hashtags == [] and _is_placeholder_line_after(text, line):
            lines.pop()
        else:
            break
    body = "\n".join(lines).rstrip()
    return "\n\n".join([body, *hashtags]) if body else "\n".join(hashtags)


def _meta_line_above(lines: list[str]) -> bool:
    """True when the last text line above is notes or a separator (so the notes go, the hashtags stay)."""
    for line in reversed(lines):
        stripped = line.strip()
        if stripped:
            return bool(_SEPARATOR.match(stripped) or _line_kind(stripped, first=False) in (NOTES, ECHO))
    return False


def _is_placeholder_line(line: str) -> bool:
    """A line that is only a placeholder, maybe with a sign-off: "[Your Name]", "Best, [Name]"."""
    without = _PLACEHOLDER.sub("", line)
    return without != line and not re.search(r"[^\W_]{2,}", _SIGN_OFF_LINE.sub("", without.strip(" ,.-–—")))


def _is_placeholder_line_after(text: str, sign_off: str) -> bool:
    """A sign-off ("Best regards,") goes only when the placeholder name under it went too."""
    return bool(_PLACEHOLDER.search(text[text.rfind(sign_off) :]))


def _strip_label(text: str) -> str:
    """ "Post: I'm proud…" -> "I'm proud…" (a label in front of the post's first line)."""
    label = _LABEL.match(text)
    if label and label.end() < len(text) and text[label.end()] != "\n":
        return text[label.end() :].lstrip()
    return text


def _without_markdown_LinkedIn_cannot_show(text: str) -> str:  # noqa: N802 (LinkedIn is a name)
    """LinkedIn shows "### Why it matters" and a lone "**" literally: keep the words only."""
    text = re.sub(r"(?m)^#{1,6}[ \t]+(?=\S)", "", text)
    if text.count("**") % 2 == 1:
        index = text.find("**")
        text = text[:index] + text[index + 2 :]
    return text


# LinkedIn ends a hashtag at a hyphen or an apostrophe: "#Zuid-Limburg" would link "#Zuid".
_BROKEN_HASHTAG = re.compile(r"(?<![\w&#])#\w+(?:[-'’]\w+)+")
# "#Robotics #Supply Chain" on the hashtag line: the model meant "#SupplyChain".
_SPACED_HASHTAG_LINE = re.compile(r"^\s*#\w+(?:[ \t]+(?:#\w+|[A-Z]\w*))*\s*$")
_INLINE_TRAILING_HASHTAGS = re.compile(r"^(.*?[^\s#][^#\n]*?)[ \t]+((?:#\w+[ \t]*)+)$")


def _split_inline_hashtags(text: str) -> str:
    """ "… robots? #Sorta #Parcels" -> "… robots?\n\n#Sorta #Parcels" (on the last line only)."""
    head, _, last = text.rstrip().rpartition("\n")
    match = _INLINE_TRAILING_HASHTAGS.match(last)
    if match is None or _HASHTAG_LINE.match(last) or not re.search(r"[^\W\d_]", match.group(1)):
        return text.rstrip()
    split = f"{match.group(1).rstrip()}\n\n{match.group(2).strip()}"
    return f"{head}\n{split}" if head else split


# A sentence this long, said twice word for word, is a model stuck in a loop, not emphasis.
MIN_REPEATED_SENTENCE_WORDS = 6


def _without_repeats(text: str) -> str:
    """Sentences of 6+ words a looping model wrote a second time go (so do paragraphs made only
    of them); the first time stays."""
    seen: list[str] = []
    paragraphs: list[str] = []
    for paragraph in re.split(r"\n[ \t]*\n", text):
        lines = []
        for line in paragraph.split("\n"):
            parts = _SENTENCE_PARTS.findall(line)
            if "".join(parts) != line:  # never lose text to the splitter
                parts = [line]
            kept = []
            for sentence in parts:
                key = f" {' '.join(_WORD.findall(sentence.lower()))} "
                if len(key.split()) >= MIN_REPEATED_SENTENCE_WORDS and any(key in earlier for earlier in seen):
                    continue  # said before, word for word (maybe inside a longer sentence)
                seen.append(key)
                kept.append(sentence)
            if "".join(kept).strip() or not line.strip():
                lines.append("".join(kept).rstrip())
        if "\n".join(lines).strip():
            paragraphs.append("\n".join(lines).strip("\n"))
    return "\n\n".join(paragraphs)


# A sentence ends at . ! ? … followed by a space or the end: "12.000" and "2.4" stay whole.
_SENTENCE_PARTS = re.compile(r".*?[.!?…]+[\"'\u201d\u2019)]*(?:\s+|$)|.+$")


def _hashtags_last(text: str) -> str:
    """Hashtags on one last line, where readers expect them: a hashtag line at the top moves to
    the end, hashtags after the last sentence ("… robots? #Sorta") get their own line, and
    "#Zuid-Limburg" becomes "#ZuidLimburg" (LinkedIn would link only "#Zuid"), "#Supply Chain"
    on the hashtag line "#SupplyChain"."""
    text = _BROKEN_HASHTAG.sub(lambda match: re.sub(r"[-'’]", "", match.group()), text)
    lines = text.split("\n")
    index = len(lines) - 1
    while index > 0 and (not lines[index].strip() or _SPACED_HASHTAG_LINE.match(lines[index])):
        lines[index] = re.sub(r"(?<=\w)[ \t]+(?=[A-Z])", "", lines[index])
        index -= 1
    text = "\n".join(lines)
    text = _split_inline_hashtags(text)
    text = _one_hashtag_line_at_the_end(text)
    lines = text.split("\n")
    if len(lines) > 1 and _HASHTAG_LINE.match(lines[0]) and not _HASHTAG_LINE.match(text.strip().split("\n")[-1]):
        return "\n".join(lines[1:]).strip() + "\n\n" + lines[0].strip()
    return text


# ---------------------------------------------------------------------------------------- endings


def ends_mid_sentence(post: str) -> bool:
    """True when the post's last sentence is unfinished (trailing hashtags aside)."""
    body = _without_trailing_hashtags(post).rstrip()
    return bool(body) and _FINISHED.search(body) is None


def end_at_last_sentence(post: str) -> str:
    """The post up to its last full sentence; unchanged when it has no full sentence at all.
    A hashtag line the limit cut into loses its last (perhaps partial) hashtag."""
    body = _without_trailing_hashtags(post).rstrip()
    if body != post.rstrip():  # the reply reached its hashtags: only the last one may be cut
        tags = post.rstrip()[len(body) :].split()
        return f"{body}\n\n{' '.join(tags[:-1])}".strip() if len(tags) > 1 else body
    if not ends_mid_sentence(body):
        return body
    for match in reversed(list(_SENTENCE_END.finditer(body))):
        if not _ABBREVIATION.search(body[: match.end()]):
            return body[: match.end()].rstrip()
    return body


def _one_hashtag_line_at_the_end(text: str) -> str:
    """ "#Solar\n\n#Doncaster #Grid" at the end -> "#Solar #Doncaster #Grid"."""
    body = _without_trailing_hashtags(text)
    tags = text.rstrip()[len(body) :].split()
    if len(tags) < 2 or not body.strip():
        return text
    return f"{body.rstrip()}\n\n{' '.join(tags)}"


def _without_trailing_hashtags(post: str) -> str:
    lines = post.rstrip().split("\n")
    while lines and (_HASHTAG_LINE.match(lines[-1]) or not lines[-1].strip()):
        lines.pop()
    body = "\n".join(lines)
    split = _split_inline_hashtags(body)
    return split.rsplit("\n\n", 1)[0] if split != body.rstrip() else body
