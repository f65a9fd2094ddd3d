"""The "My voice" dialog: posts in, what the profile says out, style notes editable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from app.voice import FIELD_LABELS, VoiceProfile
from ui.voice_dialog import VoiceProfileDialog

POSTS = [
    "I spent a week on the line with our welders. Honest work, proud team.\n\nWhat did you learn this week?",
    "Small wins matter. Today our team shipped the new dashboard.\nI am proud of them.",
    "Three things I learned from our first customer visit:\n- listen\n- write it down\n- follow up\n"
    "What would you add?",
]


@pytest.fixture
def dialog(qtbot: QtBot) -> VoiceProfileDialog:
    widget = VoiceProfileDialog()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def ok_enabled(dialog: VoiceProfileDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def summary_values(dialog: VoiceProfileDialog) -> dict[str, str]:
    form = dialog.summary_form
    values = {}
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, form.ItemRole.LabelRole)
        value_item = form.itemAt(row, form.ItemRole.FieldRole)
        assert label_item is not None and value_item is not None
        label, value = label_item.widget(), value_item.widget()
        assert isinstance(label, QLabel) and isinstance(value, QLabel)
        values[label.text()] = value.text()
    return values


def test_three_pasted_posts_show_what_the_profile_says(dialog: VoiceProfileDialog) -> None:
    assert dialog.current_page() == dialog.PASTE_PAGE and not ok_enabled(dialog)
    dialog.samples_edit.setPlainText("\n---\n".join(POSTS))

    assert dialog.analyse()

    assert dialog.current_page() == dialog.PROFILE_PAGE and ok_enabled(dialog)
    values = summary_values(dialog)
    assert values[FIELD_LABELS["language"]] == "English"
    assert values[FIELD_LABELS["typical_words"]].startswith("about ")
    assert dialog.profile() == VoiceProfile.from_posts(POSTS)
    assert dialog.notes_edit.toPlainText().splitlines() == VoiceProfile.from_posts(POSTS).style_notes()


def test_two_posts_show_the_reason_inline_and_keep_the_text(dialog: VoiceProfileDialog) -> None:
    text = "\n---\n".join(POSTS[:2])
    dialog.samples_edit.setPlainText(text)

    assert not dialog.analyse()

    assert dialog.current_page() == dialog.PASTE_PAGE
    assert dialog.paste_banner.isVisible() and "at least 3" in dialog.paste_banner.text
    assert dialog.samples_edit.toPlainText() == text
    assert dialog.profile() is None and not ok_enabled(dialog)
    dialog.samples_edit.appendPlainText("---\n" + POSTS[2])
    assert not dialog.paste_banner.isVisible()  # the reason was about the old text


def test_the_post_count_follows_the_text(qtbot: QtBot, dialog: VoiceProfileDialog) -> None:
    dialog.samples_edit.setPlainText("\n\n\n".join(POSTS[:2]))  # two blank lines also separate posts
    qtbot.waitUntil(lambda: dialog.count_label.text() == "2 of at least 3 posts")
    dialog.samples_edit.setPlainText("\n---\n".join(POSTS))
    qtbot.waitUntil(lambda: dialog.count_label.text() == "3 posts found")


def test_edited_style_notes_are_the_profiles_and_reset_brings_back_the_measured(dialog: VoiceProfileDialog) -> None:
    dialog.samples_edit.setPlainText("\n---\n".join(POSTS))
    dialog.analyse()
    measured = dialog.notes_edit.toPlainText().splitlines()

    dialog.notes_edit.setPlainText("Write like you talk.\n\n  Never use hashtags.  \n")
    profile = dialog.profile()
    assert profile is not None and profile.style_notes() == ["Write like you talk.", "Never use hashtags."]

    dialog.reset_button.click()
    profile = dialog.profile()
    assert profile is not None and profile.custom_notes is None and profile.style_notes() == measured
    dialog.notes_edit.undo()  # the reset is one undoable edit
    assert dialog.notes_edit.toPlainText().startswith("Write like you talk.")


def test_importing_a_file_that_is_not_utf8_shows_why_and_keeps_the_text(
    dialog: VoiceProfileDialog, tmp_path: Path
) -> None:
    dialog.samples_edit.setPlainText("My pasted post")
    latin1 = tmp_path / "posts.txt"
    latin1.write_bytes("Caf\u00e9 post".encode("latin-1"))

    assert not dialog.import_file(latin1)

    assert dialog.paste_banner.isVisible() and "not UTF-8" in dialog.paste_banner.text
    assert dialog.samples_edit.toPlainText() == "My pasted post"


def test_importing_a_file_fills_the_box_undoably(dialog: VoiceProfileDialog, tmp_path: Path) -> None:
    dialog.samples_edit.setPlainText("My pasted post")
    posts = tmp_path / "posts.md"
    posts.write_text("\n\n---\n\n".join(POSTS), encoding="utf-8")

    assert dialog.import_file(posts)

    assert dialog.samples_edit.toPlainText() == "\n\n---\n\n".join(POSTS)
    assert dialog.analyse()
    dialog.reanalyse_button.click()
    dialog.samples_edit.undo()
    assert dialog.samples_edit.toPlainText() == "My pasted post"


def test_an_existing_profile_opens_on_what_it_says(qtbot: QtBot) -> None:
    existing = VoiceProfile.from_posts(POSTS).with_style_notes(["Keep it short."])
    dialog = VoiceProfileDialog(existing)
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.current_page() == dialog.PROFILE_PAGE and ok_enabled(dialog)
    assert dialog.notes_edit.toPlainText() == "Keep it short."
    assert dialog.profile() == existing

    dialog.reanalyse_button.click()
    assert dialog.current_page() == dialog.PASTE_PAGE and not ok_enabled(dialog)
    assert dialog.back_button.isVisible()
    assert "welders" in dialog.samples_edit.toPlainText()
    dialog.back_button.click()
    assert dialog.current_page() == dialog.PROFILE_PAGE and ok_enabled(dialog)


def test_the_dialog_says_the_posts_stay_here(dialog: VoiceProfileDialog) -> None:
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Your posts stay on this computer." in texts
