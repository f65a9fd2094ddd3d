from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.linkedin.format import LINKEDIN_MAX_CHARS
from ui.post_card import PostCard


def test_count_turns_red_past_linkedins_limit(qtbot: QtBot) -> None:
    card = PostCard("team", "Proud of my team")
    qtbot.addWidget(card)
    card.set_text("word " * 10)
    assert card.count_label.text() == "10 words · 49 / 3,000"  # the trailing space is trimmed on copy
    assert not card.count_label.property("over")
    card.set_text("x" * (LINKEDIN_MAX_CHARS + 1))
    assert card.count_label.property("over") is True
    assert "1 characters over" in card.count_label.toolTip()


def test_bold_counts_as_linkedin_counts_it(qtbot: QtBot) -> None:
    card = PostCard("team", "Proud of my team")
    qtbot.addWidget(card)
    card.set_text("**Bold**")
    assert "· 8 / 3,000" in card.count_label.text()  # 4 mathematical letters, 2 UTF-16 units each
    card.set_unicode_styling(False)
    assert "· 4 / 3,000" in card.count_label.text()


def test_streaming_is_read_only_and_ends_editable(qtbot: QtBot) -> None:
    card = PostCard("team", "Proud of my team")
    qtbot.addWidget(card)
    edits: list[str] = []
    card.textEdited.connect(edits.append)
    card.begin_stream("Writing…")
    card.append_text("Hello ")
    card.append_text("world")
    assert card.editor.isReadOnly() and not card.copy_button.isEnabled()
    assert edits == []  # streamed text is not a user edit
    card.end_stream("Hello world.", "")
    assert not card.editor.isReadOnly() and card.copy_button.isEnabled()
    assert card.text() == "Hello world."
