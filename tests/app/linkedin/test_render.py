"""Safe HTML from untrusted model markdown, and the LinkedIn preview body."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.linkedin.render import (
    LINKEDIN_BLUE,
    SEE_MORE_HREF,
    SHOW_LESS_HREF,
    PreviewLook,
    markdown_to_safe_html,
    plain_post_to_html,
    post_to_preview_html,
    render_preview,
)

ATTACKS = [
    "<script>alert(1)</script>",
    "hello <img src=x onerror=alert(1)> there",
    '<a href="javascript:alert(1)">click</a>',
    "<div>\n<script>alert(1)</script>\n</div>",
    "<iframe src='https://evil.example'></iframe>",
    "<svg onload=alert(1)>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click]( javascript:alert(1) )",
    "[click](java&#115;cript:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](vbscript:msgbox(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](javascript:alert(1))",
    "![secret](file:///etc/passwd)",
    '[x](https://ok.example "title" onmouseover="alert(1)")',
    "<!-- <script>alert(1)</script> -->",
    "`<script>` is fine in code",
]


SAFE_TAGS = {"p", "a", "span", "code", "strong", "em", "pre", "br", "ul", "ol", "li", "blockquote", "hr"}
SAFE_TAGS |= {f"h{level}" for level in range(1, 7)}


class ElementCollector(HTMLParser):
    """The elements and attributes a browser (or Qt) would really build from the HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {name: value or "" for name, value in attrs}))


def live_elements(rendered: str) -> list[tuple[str, dict[str, str]]]:
    collector = ElementCollector()
    collector.feed(rendered)
    collector.close()
    return collector.elements


def assert_inert(rendered: str) -> None:
    for tag, attrs in live_elements(rendered):
        assert tag in SAFE_TAGS, rendered
        assert set(attrs) <= {"href", "title"}, rendered  # no on*=, no src=, no style=
        if "href" in attrs:
            assert attrs["href"].startswith(("https:", "http:", "mailto:")), rendered


@pytest.mark.parametrize("attack", ATTACKS)
def test_no_live_html_from_the_model(attack: str) -> None:
    assert_inert(markdown_to_safe_html(attack))


def test_raw_html_is_shown_as_text() -> None:
    assert markdown_to_safe_html("<b>hi</b> & <i>you</i>") == "<p>&lt;b&gt;hi&lt;/b&gt; &amp; &lt;i&gt;you&lt;/i&gt;</p>"


def test_ordinary_markdown_still_renders() -> None:
    rendered = markdown_to_safe_html("# Title\n\n**bold** and [a link](https://example.com?a=1&b=2)\n\n- item\n\n> quote")
    assert "<h1>Title</h1>" in rendered
    assert "<strong>bold</strong>" in rendered
    assert '<a href="https://example.com?a=1&amp;b=2">a link</a>' in rendered
    assert "<li>item</li>" in rendered
    assert "<blockquote>" in rendered


def test_images_become_their_alt_text() -> None:
    assert markdown_to_safe_html("![our team](https://example.com/team.png)") == "<p><span>our team</span></p>"


@given(st.text(alphabet="<>&\"'/= abcdefghijklmnopqrstuvwxyz:()[]!*`#\n", max_size=80))
def test_no_element_from_input_survives(text: str) -> None:
    assert_inert(markdown_to_safe_html(text))


def test_preview_html_escapes_colours_and_keeps_breaks() -> None:
    html = plain_post_to_html("Hi <b>you</b> & #launch @Jane https://example.com\n\n    • nested  two")
    assert "&lt;b&gt;you&lt;/b&gt; &amp;" in html
    assert html.count(f'<span style="color:{LINKEDIN_BLUE}; font-weight:600">') == 3
    assert ">#launch</span>" in html and ">@Jane</span>" in html and ">https://example.com</span>" in html
    assert "<br><br>\u00a0\u00a0\u00a0\u00a0• nested \u00a0two" in html


def test_preview_converts_markdown_like_the_copy_does() -> None:
    html = post_to_preview_html("**Big** news <script>x</script>")
    assert "𝗕𝗶𝗴 news &lt;script&gt;x&lt;/script&gt;" in html
    assert "<script>" not in html
    assert "Big news" in post_to_preview_html("**Big** news", unicode_styling=False)


def test_preview_folds_and_expands() -> None:
    text = "Line one\nLine two\nLine three\nLine four"
    look = PreviewLook(see_more="…meer", show_less="…minder")
    folded = render_preview(text, look=look)
    assert folded.fold.folded and folded.shown_text == "Line one\nLine two\nLine three"
    assert "Line four" not in folded.html
    assert f'href="{SEE_MORE_HREF}"' in folded.html and unbreakable("…meer") in folded.html
    expanded = render_preview(text, expanded=True, look=look)
    assert expanded.shown_text == text and "Line four" in expanded.html
    assert f'href="{SHOW_LESS_HREF}"' in expanded.html and unbreakable("…minder") in expanded.html


def test_fold_labels_never_wrap_inside() -> None:
    html = post_to_preview_html("a\nb\nc\nd", look=PreviewLook(see_more="…see more"))
    assert "…\u2060see\u00a0more</a>" in html


def unbreakable(label: str) -> str:
    return label.replace("…", "…\u2060").replace(" ", "\u00a0")


def test_preview_of_nothing_is_the_placeholder() -> None:
    empty = render_preview("  \n ", look=PreviewLook(placeholder="Nothing <yet>"))
    assert empty.shown_text == ""
    assert "Nothing &lt;yet&gt;" in empty.html


def test_colours_must_be_plain_hex() -> None:
    with pytest.raises(ValueError):
        PreviewLook(link_color='red" onclick="x')
    with pytest.raises(ValueError):
        plain_post_to_html("#tag", link_color="url(javascript:x)")


def test_obfuscated_mail_links_are_kept() -> None:
    assert "<a href=" in markdown_to_safe_html("<me@example.com>")
