"""A card's history: versions listed newest first, a word diff side by side, restore."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from app.library import Card, Library, VersionSource, open_library, word_diff
from app.paths import AppPaths
from app.secrets import SecretStore
from tests.app.library.helpers import OPTIONS, PASSPHRASE, FakeClock
from tests.library_fixtures import clock, library, no_keyring  # noqa: F401 - fixtures
from ui.drafts_list import local_time_text
from ui.history_dialog import HistoryDialog, diff_html
from ui.message_bridge import MessageBridge
from ui.ops import LibraryOps
from ui.theme import palette_for

GENERATED = "Our line shipped its very first crate."
SHORTER = "Our line shipped its first crate."
EDITED = "Our Rotterdam line shipped its first crate today."


@pytest.fixture
def card(library: Library, clock: FakeClock) -> Card:
    """A card generated, then tweaked shorter, then edited by hand: three versions."""
    draft = library.create_draft("Rotterdam ships", OPTIONS, "smol", {"learned": GENERATED})
    card = draft.cards[0]
    clock.advance(minutes=5)
    library.add_generated_version(card.id, SHORTER, "smol", VersionSource.tweak("shorter"))
    clock.advance(minutes=5)
    library.save_card_text(card.id, EDITED)
    return library.get_card(card.id)


def history(qtbot: QtBot, library: Library, card_id: int, title: str = "") -> HistoryDialog:
    ops = LibraryOps(MessageBridge())
    ops.library = library
    widget = HistoryDialog(ops, card_id, title)
    qtbot.addWidget(widget)
    ops.drain()  # the versions are read in the background
    return widget


@pytest.fixture
def dialog(qtbot: QtBot, library: Library, card: Card) -> HistoryDialog:
    widget = history(qtbot, library, card.id, "What I learned")
    widget.show()
    return widget


def marked(view: QTextBrowser, decoration: str) -> list[str]:
    """The pieces of a pane's text drawn struck through ("line-through") or underlined."""
    document: QTextDocument = view.document()
    pieces = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            char_format = fragment.charFormat()
            if char_format.fontStrikeOut() if decoration == "line-through" else char_format.fontUnderline():
                pieces.append(fragment.text().strip())
            fragments += 1
        block = block.next()
    return [p for p in pieces if p]


def test_versions_are_listed_newest_first_with_their_source(dialog: HistoryDialog) -> None:
    labels = [dialog.version_list.item(row).text() for row in range(dialog.version_list.count())]
    assert [label.split(" · ", 1)[1] for label in labels] == ["Your edit (current)", "Tweak: Shorter", "Generated"]
    assert labels[2].startswith(local_time_text(datetime(2026, 3, 2, 9, 0, tzinfo=UTC)) + " · ")  # the fake clock


def test_by_default_the_previous_version_is_compared_with_the_current_one(dialog: HistoryDialog) -> None:
    selected, compared = dialog.selected_version(), dialog.compared_version()
    assert selected is not None and compared is not None
    assert (selected.text, compared.text) == (SHORTER, EDITED)

    assert dialog.older_view.toPlainText() == SHORTER
    assert dialog.newer_view.toPlainText() == EDITED
    assert marked(dialog.newer_view, "underline") == ["Rotterdam", "today"]
    assert marked(dialog.older_view, "line-through") == []
    assert dialog.restore_button.isEnabled()


def test_picking_an_older_version_shows_the_removed_words_struck_on_the_left(dialog: HistoryDialog) -> None:
    versions = dialog.library.card_versions(dialog.card_id)
    dialog.select_versions(versions[-1].id, versions[0].id)  # picked newest first: still shown old → new

    assert dialog.older_view.toPlainText() == GENERATED
    assert dialog.newer_view.toPlainText() == EDITED
    assert marked(dialog.older_view, "line-through") == ["very"]
    assert "Generated" in dialog.older_title.text() and "(current)" in dialog.newer_title.text()


def test_the_current_version_cannot_be_restored_onto_itself(dialog: HistoryDialog) -> None:
    dialog.version_list.setCurrentRow(0)
    assert not dialog.restore_button.isEnabled()


def test_restore_makes_the_version_current_and_emits_its_text(
    qtbot: QtBot, dialog: HistoryDialog, library: Library, card: Card
) -> None:
    dialog.version_list.setCurrentRow(2)  # the generated one

    with qtbot.waitSignal(dialog.restored) as restored:
        dialog.restore_button.click()  # restored in the background

    assert restored.args == [card.id, GENERATED]
    assert library.get_card(card.id).text == GENERATED
    assert library.card_versions(card.id)[-1].source == VersionSource.RESTORED
    assert not dialog.isVisible()


def test_the_diff_is_escaped_and_keeps_line_breaks() -> None:
    diff = word_diff("<b>Hi</b>\n\nthere", "<b>Hi</b>\n\nyou & me")
    html_text = diff_html(diff.new_side, palette_for(dark=False))
    assert "&lt;b&gt;Hi&lt;/b&gt;" in html_text and "you &amp; me" in html_text
    assert "white-space: pre-wrap" in html_text


def test_diff_colours_follow_the_theme() -> None:
    diff = word_diff("old words", "new words")
    light = diff_html(diff.new_side, palette_for(dark=False))
    dark = diff_html(diff.new_side, palette_for(dark=True))
    assert light != dark


def test_a_read_only_library_shows_history_but_does_not_restore(
    qtbot: QtBot, ownvoice_home: AppPaths, no_keyring: SecretStore, card: Card
) -> None:
    with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring, allow_read_only=True) as reader:
        dialog = history(qtbot, reader, card.id)
        assert dialog.version_list.count() == 3
        assert not dialog.restore_button.isEnabled()
        assert "another OwnVoice window" in dialog.restore_button.toolTip()
