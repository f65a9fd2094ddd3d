"""HTML for display: model markdown rendered safely, and the LinkedIn feed preview.

Model output is untrusted. `markdown_to_safe_html` switches off Python-Markdown's raw HTML
(block and inline), so `<script>` or `<img onerror=…>` arrive as visible text, and a tree
pass keeps only http(s) and mailto links and turns images into their alt text (Qt's rich
text would otherwise load `file:` images from the user's disk).

The preview shows what LinkedIn will show: the plain text from `to_linkedin_text`, escaped,
line breaks kept, URLs, #hashtags and @mentions in LinkedIn's link blue, folded like the feed.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from app.linkedin.entities import iter_entities
from app.linkedin.fold import FoldResult, fold_post
from app.linkedin.format import to_linkedin_text

LINKEDIN_BLUE = "#0a66c2"  # LinkedIn's link colour on a light background
LINKEDIN_BLUE_ON_DARK = "#71b7fb"  # and in its dark mode
SEE_MORE_HREF = "ownvoice:see-more"
SHOW_LESS_HREF = "ownvoice:show-less"

NO_BREAK_SPACE = "\u00a0"
WORD_JOINER = "\u2060"
_SAFE_SCHEMES = ("http:", "https:", "mailto:")
_INVISIBLE_IN_URL = re.compile(r"[\x00-\x20\x7f-\x9f]+")
_HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def _checked_colour(colour: str) -> str:
    """Colours go into style attributes unescaped, so only "#rrggbb" is accepted."""
    if not _HEX_COLOUR.fullmatch(colour):
        raise ValueError(f"expected a colour like #0a66c2, got {colour!r}")
    return colour


def _is_safe_url(url: str) -> bool:
    """http(s) or mailto only, judged as a browser would read it (entities decoded, blanks gone)."""
    from markdown.util import AMP_SUBSTITUTE

    decoded = html.unescape(url.replace(AMP_SUBSTITUTE, "&"))
    return _INVISIBLE_IN_URL.sub("", decoded).lower().startswith(_SAFE_SCHEMES)


def _make_inert(element: Element, text: str) -> None:
    """Turn a link or image into a plain span holding `text`, keeping what follows it."""
    element.tag = "span"
    element.attrib.clear()
    element.text = text


@functools.cache
def _untrusted_links_and_images() -> type:
    """The tree processor class, made on first use: markdown loads after the window is up."""
    from markdown.treeprocessors import Treeprocessor

    class UntrustedLinksAndImages(Treeprocessor):  # type: ignore[misc]  # markdown ships no types
        def run(self, root: Element) -> None:
            for element in root.iter():
                if element.tag == "img":
                    _make_inert(element, element.get("alt", ""))
                elif element.tag == "a" and not _is_safe_url(element.get("href", "")):
                    _make_inert(element, "".join(element.itertext()))

    return UntrustedLinksAndImages


def markdown_to_safe_html(text: str) -> str:
    """Markdown from the model as an HTML fragment in which no raw HTML is live."""
    import markdown

    converter = markdown.Markdown(output_format="html")
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    # After the inline pass (priority 20) has made the links and images.
    converter.treeprocessors.register(_untrusted_links_and_images()(converter), "untrusted_links", 15)
    rendered: str = converter.convert(text)
    return rendered


def plain_post_to_html(post_text: str, link_color: str = LINKEDIN_BLUE) -> str:
    """LinkedIn plain text as an HTML fragment: escaped, spaces and line breaks kept, links coloured."""
    link_color = _checked_colour(link_color)
    laid_out = _keep_spaces(post_text)
    parts: list[str] = []
    position = 0
    for span in iter_entities(laid_out):
        parts.append(_escape_text(laid_out[position : span.start]))
        entity = _escape_text(laid_out[span.start : span.end])
        parts.append(f'<span style="color:{link_color}; font-weight:600">{entity}</span>')
        position = span.end
    parts.append(_escape_text(laid_out[position:]))
    return "".join(parts)


def _keep_spaces(text: str) -> str:
    """No-break spaces where HTML would collapse ours: line indents (nested bullets) and runs."""
    return re.sub(r"(?<=[ \u00a0]) |^ ", NO_BREAK_SPACE, text, flags=re.MULTILINE)


def _no_break(label: str) -> str:
    """A short label that wraps as a whole ("…see more" never splits over two lines).

    No-break spaces, and word joiners (U+2060) after punctuation such as the ellipsis, rather
    than CSS `white-space: nowrap`, which Qt's rich text ignores on inline text.
    """
    label = label.replace(" ", NO_BREAK_SPACE)
    glued = "".join(char if char.isalnum() or char == NO_BREAK_SPACE else char + WORD_JOINER for char in label)
    return html.escape(glued)


def _escape_text(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")


@dataclass(frozen=True)
class PreviewLook:
    """Colours and the (translated) words the preview uses."""

    link_color: str = LINKEDIN_BLUE
    muted_color: str = "#666666"
    see_more: str = "…see more"
    show_less: str = "…show less"
    placeholder: str = "Your post preview appears here"

    def __post_init__(self) -> None:
        _checked_colour(self.link_color)
        _checked_colour(self.muted_color)


@dataclass(frozen=True)
class PreviewRender:
    html: str
    post_text: str  # to_linkedin_text of the input: what "Copy for LinkedIn" would copy
    fold: FoldResult
    shown_text: str  # the part of post_text the preview shows right now


def render_preview(
    text: str,
    *,
    unicode_styling: bool = True,
    mobile: bool = False,
    expanded: bool = False,
    look: PreviewLook = PreviewLook(),
) -> PreviewRender:
    """The body of a LinkedIn feed post for `text` (model markdown), folded unless `expanded`."""
    post_text = to_linkedin_text(text, unicode_styling)
    fold = fold_post(post_text, mobile)
    if not post_text:
        placeholder = html.escape(look.placeholder)
        body = f'<span style="color:{look.muted_color}"><i>{placeholder}</i></span>'
        return PreviewRender(body, post_text, fold, "")
    link_style = f"color:{look.muted_color}; text-decoration:none; font-weight:600"
    if fold.folded and not expanded:
        see_more = _no_break(look.see_more)
        body = plain_post_to_html(fold.head, look.link_color)
        body += f'<a href="{SEE_MORE_HREF}" style="{link_style}">{see_more}</a>'
        return PreviewRender(body, post_text, fold, fold.head)
    body = plain_post_to_html(post_text, look.link_color)
    if fold.folded:
        show_less = _no_break(look.show_less)
        body += f'<br><a href="{SHOW_LESS_HREF}" style="{link_style}">{show_less}</a>'
    return PreviewRender(body, post_text, fold, post_text)


def post_to_preview_html(
    text: str,
    *,
    unicode_styling: bool = True,
    mobile: bool = False,
    expanded: bool = False,
    look: PreviewLook = PreviewLook(),
) -> str:
    """HTML of the preview body for `text`; see `render_preview`."""
    return render_preview(text, unicode_styling=unicode_styling, mobile=mobile, expanded=expanded, look=look).html
