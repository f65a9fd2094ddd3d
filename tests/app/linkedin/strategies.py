"""Hypothesis strategies for LinkedIn text: model-like markdown and already-plain posts."""

from __future__ import annotations

from hypothesis import strategies as st

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéëüïöáàçñßÉÜ"
EMOJI = ("🚀", "👍🏽", "👩‍💻", "👩‍👩‍👧‍👦", "🇳🇱", "❤️", "1️⃣", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "🎉", "✅")

letter_words = st.text(alphabet=LETTERS, min_size=1, max_size=8)
number_words = st.integers(min_value=0, max_value=99999).map(str)
emoji = st.sampled_from(EMOJI)
hashtags = letter_words.map(lambda word: f"#{word}")
mentions = letter_words.map(lambda word: f"@{word}")
snake_case = st.tuples(letter_words, letter_words).map("_".join)
products = st.tuples(number_words, number_words).map("*".join)  # 5*3: arithmetic, not italics
urls = letter_words.map(lambda word: f"https://example.com/{word}_page")

# Words that are already what LinkedIn should get, punctuation included.
plain_words = st.one_of(
    letter_words,
    letter_words,
    number_words,
    emoji,
    hashtags,
    mentions,
    snake_case,
    products,
    urls,
    st.tuples(letter_words, st.sampled_from([",", ".", "!", "?!", ":", "…"])).map("".join),
    letter_words.map(lambda word: f"({word})"),
    st.sampled_from(["don't", "—", "&", "<b>", "a < b", "50%", "€5", "•"]),
)
phrases = st.lists(plain_words, min_size=1, max_size=6).map(" ".join)


def _wrapped(phrase: str, marker: str) -> str:
    return f"{marker}{phrase}{marker}"


emphasis = st.one_of(
    st.builds(_wrapped, phrases, st.sampled_from(["**", "__", "*", "_", "***"])),
    st.builds(lambda outer, inner, tail: f"**{outer} *{inner}* {tail}**", phrases, phrases, phrases),
)
# Code is shown verbatim, so it holds no markdown characters here.
code_spans = st.text(alphabet=LETTERS + " .()", min_size=1, max_size=10).filter(
    lambda code: code.strip() == code
).map(lambda code: f"`{code}`")
links = st.builds(lambda label, word: f"[{label}](https://example.com/{word})", phrases, letter_words)
inline_markdown = st.lists(st.one_of(phrases, emphasis, code_spans, links), min_size=1, max_size=5).map(" ".join)

line_prefixes = st.sampled_from(["", "", "# ", "## ", "###### ", "- ", "* ", "+ ", "  - ", "1. ", "12. ", "> "])
markdown_lines = st.builds(lambda prefix, content: prefix + content, line_prefixes, inline_markdown)
line_breaks = st.sampled_from(["\n", "\n\n", "\n\n\n\n", "\n---\n"])


@st.composite
def markdown_posts(draw: st.DrawFn) -> str:
    """Markdown shaped like a model's LinkedIn draft (no escapes, no fenced code)."""
    lines = draw(st.lists(markdown_lines, min_size=1, max_size=8))
    text = lines[0]
    for line in lines[1:]:
        text += draw(line_breaks) + line
    return text


plain_lines = st.builds(
    lambda prefix, content: prefix + content,
    st.sampled_from(["", "", "", "• ", "1. ", "    • "]),
    phrases,
)


@st.composite
def plain_posts(draw: st.DrawFn) -> str:
    """Text LinkedIn can take as it is: no markdown, tidy line ends, at most one blank line."""
    lines = draw(st.lists(plain_lines, min_size=1, max_size=8))
    text = lines[0]
    for line in lines[1:]:
        text += draw(st.sampled_from(["\n", "\n\n"])) + line
    return text
