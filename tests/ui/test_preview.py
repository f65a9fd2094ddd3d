"""The LinkedIn preview widget: fold place, expanding, live updates, literal HTML, themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from app.linkedin.render import LINKEDIN_BLUE, LINKEDIN_BLUE_ON_DARK, SEE_MORE_HREF, SHOW_LESS_HREF
from ui.preview import DESKTOP_WIDTH, MOBILE_WIDTH, LinkedInPreview, initials
from ui.theme import palette_for

# Hook on one line, a blank line, then a 340-character paragraph of 6-letter words.
HOOK = "We shipped it 🚀"
PARAGRAPH = " ".join(f"word{i:02d}" for i in range(49))
POST = f"# {HOOK}\n\n{PARAGRAPH}"


@pytest.fixture
def preview(qtbot: QtBot) -> LinkedInPreview:
    widget = LinkedInPreview()
    qtbot.addWidget(widget)
    widget.set_author("Anna de Vries", "Product Manager at Acme")
    widget.resize(DESKTOP_WIDTH + 40, 700)
    # Not shown: the offscreen platform warns on show(), and Qt warnings fail tests.
    return widget


def body(preview: LinkedInPreview) -> QLabel:
    label = preview.findChild(QLabel, "postBody")
    assert label is not None
    return label


def body_plain_text(preview: LinkedInPreview) -> str:
    """What the reader sees in the body, read back from the label's rich text."""
    document = QTextDocument()
    document.setHtml(body(preview).text())
    return document.toPlainText().replace("\u2060", "").replace("\u00a0", " ")


def show(preview: LinkedInPreview, text: str) -> None:
    preview.set_text(text)
    preview.update_now()  # skip the typing delay; test_preview_follows_typing covers it


def test_fold_sits_after_three_lines_on_desktop(preview: LinkedInPreview, qtbot: QtBot) -> None:
    show(preview, POST)
    # Line 1 is the hook, line 2 is blank, line 3 holds 70 characters of the paragraph:
    # the fold goes back to the end of the last whole word, "word09" (10 words = 69 chars).
    expected_head = f"𝗪𝗲 𝘀𝗵𝗶𝗽𝗽𝗲𝗱 𝗶𝘁 🚀\n\n{' '.join(f'word{i:02d}' for i in range(10))}"
    assert preview.is_folded() and not preview.is_expanded()
    assert preview.shown_text() == expected_head
    assert body_plain_text(preview) == expected_head + "…see more"
    assert "word10" not in body(preview).text()


def test_fold_sits_earlier_on_mobile(preview: LinkedInPreview, qtbot: QtBot) -> None:
    show(preview, POST)
    with qtbot.waitSignal(preview.mobileChanged) as changed:
        preview.set_mobile(True)
    assert changed.args == [True]
    # 47 characters a line on mobile: 7 words (48 chars) do not fit, 6 words (41) do.
    assert preview.shown_text() == f"𝗪𝗲 𝘀𝗵𝗶𝗽𝗽𝗲𝗱 𝗶𝘁 🚀\n\n{' '.join(f'word{i:02d}' for i in range(6))}"
    card = preview.findChild(QWidget, "linkedInPostCard")
    assert card is not None
    assert card.minimumWidth() == card.maximumWidth() == MOBILE_WIDTH
    preview.set_mobile(False)
    assert card.maximumWidth() == DESKTOP_WIDTH


def test_long_paragraph_folds_before_210_characters(preview: LinkedInPreview, qtbot: QtBot) -> None:
    show(preview, PARAGRAPH)
    assert preview.shown_text() == " ".join(f"word{i:02d}" for i in range(30))  # 209 characters
    preview.set_mobile(True)
    assert preview.shown_text() == " ".join(f"word{i:02d}" for i in range(20))  # 139 characters


def test_see_more_expands_and_show_less_folds_again(preview: LinkedInPreview, qtbot: QtBot) -> None:
    show(preview, POST)
    assert f'href="{SEE_MORE_HREF}"' in body(preview).text()
    with qtbot.waitSignal(preview.expandedChanged):
        body(preview).linkActivated.emit(SEE_MORE_HREF)
    assert preview.is_expanded()
    assert preview.shown_text() == preview.post_text()
    assert body_plain_text(preview) == preview.post_text() + "\n…show less"
    assert PARAGRAPH in body_plain_text(preview)
    body(preview).linkActivated.emit(SHOW_LESS_HREF)
    assert not preview.is_expanded()
    assert body_plain_text(preview).endswith("word09…see more")


def test_short_post_has_no_fold(preview: LinkedInPreview, qtbot: QtBot) -> None:
    show(preview, "Short and **sweet** 🎉")
    assert not preview.is_folded()
    assert body_plain_text(preview) == "Short and 𝘀𝘄𝗲𝗲𝘁 🎉"


def test_preview_follows_typing_and_coalesces_updates(preview: LinkedInPreview, qtbot: QtBot) -> None:
    show(preview, "First draft")
    for typed in ("Second", "Second d", "Second draft #launch"):
        preview.set_text(typed)
    assert body_plain_text(preview) == "First draft"  # not re-rendered on every keystroke
    qtbot.waitUntil(lambda: body_plain_text(preview) == "Second draft #launch", timeout=2000)
    assert f"color:{LINKEDIN_BLUE}" in body(preview).text()


def test_html_in_the_text_is_shown_literally(preview: LinkedInPreview, qtbot: QtBot) -> None:
    nasty = 'Hi <b>there</b> <img src="file:///etc/passwd" onerror="x()"> & <script>alert(1)</script>'
    show(preview, nasty)
    assert body_plain_text(preview) == nasty
    assert "<b>" not in body(preview).text() and "<img" not in body(preview).text()


def test_empty_text_shows_the_placeholder(preview: LinkedInPreview, qtbot: QtBot) -> None:
    show(preview, "something")
    show(preview, "   \n")
    assert body_plain_text(preview) == "Your post preview appears here"
    assert not preview.is_folded()


def test_unicode_styling_can_be_switched_off(preview: LinkedInPreview, qtbot: QtBot) -> None:
    show(preview, "**Bold** move")
    preview.set_unicode_styling(False)
    assert body_plain_text(preview) == "Bold move"


def test_toggle_buttons_switch_mode_and_emit(preview: LinkedInPreview, qtbot: QtBot) -> None:
    buttons = {button.text(): button for button in preview.findChildren(QToolButton)}
    assert set(buttons) >= {"Desktop", "Mobile"}
    assert buttons["Desktop"].isChecked()
    with qtbot.waitSignal(preview.mobileChanged) as changed:
        buttons["Mobile"].click()
    assert changed.args == [True] and preview.is_mobile()
    with qtbot.waitSignal(preview.mobileChanged) as changed:
        buttons["Desktop"].click()
    assert changed.args == [False] and not preview.is_mobile()
    with qtbot.assertNotEmitted(preview.mobileChanged):
        preview.set_mobile(False)


def test_author_and_accessible_names(preview: LinkedInPreview) -> None:
    labels = [label.text() for label in preview.findChildren(QLabel)]
    assert "Anna de Vries" in labels
    assert "Product Manager at Acme" in labels
    card = preview.findChild(QWidget, "linkedInPostCard")
    assert card is not None and card.accessibleName() == "LinkedIn post preview"
    assert body(preview).accessibleName() == "Post text"
    for button in preview.findChildren(QToolButton):
        assert button.accessibleName()
    preview.set_author("", "")
    labels = [label.text() for label in preview.findChildren(QLabel)]
    assert "Your name" in labels


def test_author_name_is_plain_text(preview: LinkedInPreview) -> None:
    preview.set_author("<b>Bob</b>", "<i>CEO</i>")
    name = next(label for label in preview.findChildren(QLabel) if "Bob" in label.text())
    assert name.textFormat() == Qt.TextFormat.PlainText


def test_dark_palette_uses_linkedins_dark_mode_blue(preview: LinkedInPreview, qtbot: QtBot) -> None:
    show(preview, "Dark mode #launch")
    preview.setPalette(palette_for(dark=True))
    assert f"color:{LINKEDIN_BLUE_ON_DARK}" in body(preview).text()
    text_colour = body(preview).palette().color(QPalette.ColorRole.WindowText)
    assert text_colour.lightness() > 128  # light text on the dark card
    preview.setPalette(palette_for(dark=False))
    assert f"color:{LINKEDIN_BLUE}" in body(preview).text()


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Anna de Vries", "AV"), ("Anna", "A"), ("  ", ""), ("émile zola", "ÉZ"), ("Jan (PM)", "J")],
)
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected


# Showing is needed for real geometry; the offscreen platform answers show() with this notice.
@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
@pytest.mark.parametrize("mobile", [False, True])
def test_the_whole_expanded_post_gets_room(preview: LinkedInPreview, qtbot: QtBot, mobile: bool) -> None:
    """A wrapped label must get its height-for-width, or the end of a long post is cut off."""
    show(preview, POST + "\n\n" + PARAGRAPH)
    preview.set_mobile(mobile)
    preview.set_expanded(True)
    preview.show()
    qtbot.waitExposed(preview)
    label = body(preview)
    assert label.width() > MOBILE_WIDTH / 2
    assert label.height() >= label.heightForWidth(label.width()) > 0
