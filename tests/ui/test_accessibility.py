"""A screen reader can name every control of the window and its dialogs, and hear each card's hints.

Qt hands Orca/NVDA a control's accessibleName, or its visible text; a control with neither is
read as "button" or "edit". These tests walk every widget the user can reach.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.library import Library
from app.model_preferences import ModelPreferences
from app.paths import AppPaths
from models.catalog import starter_model_path
from tests.ui.conftest import WindowFactory, settle, written_window
from ui.main_window import MainWindow
from ui.post_card import PostCard

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QSlider)
STORY = "Northwind Energy opened its first battery factory in Groningen. The factory employs 140 people."
POST = "Proud of our team: 140 people now build batteries in Groningen, and 75 more join next year."


def unnamed_controls(root: QWidget) -> list[str]:
    """Every interactive control under `root` that a screen reader could not name."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _part_of_another_control(widget):
            continue
        visible_text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or visible_text.replace("&", "")).strip():
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}")
    return problems


def _part_of_another_control(widget: QWidget) -> bool:
    """A combo box's popup list and line edit, a spin box's editor and Qt's own menu-bar extension
    button are read as part of their control, which carries the name."""
    if widget.objectName().startswith("qt_"):
        return True
    if isinstance(widget, QHeaderView):  # its sections are read with their labels
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return type(widget.parentWidget()).__name__ == "QComboBoxPrivateContainer"


def _written(qtbot: QtBot, make_window: WindowFactory, library: Library) -> MainWindow:
    return written_window(qtbot, make_window, library, [POST, POST], STORY, "learned", "team")


def test_every_control_of_the_main_window_has_a_name(qtbot: QtBot, make_window: WindowFactory, library: Library) -> None:
    window = _written(qtbot, make_window, library)
    assert len(window.findChildren(PostCard)) == 2  # the cards' own buttons are walked too
    assert unnamed_controls(window) == []


def test_every_control_of_the_dialogs_has_a_name(
    qtbot: QtBot, make_window: WindowFactory, library: Library, ownvoice_home: AppPaths
) -> None:
    from ui.dialogs import ProfileDialog, ShortcutsDialog
    from ui.drafts_view import DraftsDialog
    from ui.engine_settings_dialog import EngineSettingsDialog
    from ui.history_dialog import HistoryDialog
    from ui.library_unlock import PassphraseDialog, PassphraseRequest
    from ui.voice_dialog import VoiceProfileDialog
    from ui.wipe import WipeConfirmDialog

    window = _written(qtbot, make_window, library)
    card = window.model.cards[0]
    assert card.library_id is not None
    starter = starter_model_path() or Path("starter.gguf")
    manager = window.models.open_manager()  # deletes itself on close
    dialogs: list[QWidget] = [
        DraftsDialog(window.ops, window),
        HistoryDialog(window.ops, card.library_id, "Learned", window),
        VoiceProfileDialog(None, window),
        EngineSettingsDialog(starter, ModelPreferences(), threads=1, parent=window),
        ProfileDialog("Sam", "Engineer", window),
        ShortcutsDialog([a for a in window.actions() if not a.shortcut().isEmpty()], window),
        WipeConfirmDialog(ownvoice_home, window),
        PassphraseDialog(PassphraseRequest(creating=True, explanation="Protect your drafts.")),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    problems = {}
    for dialog in [manager, *dialogs]:
        dialog.show()
        settle(window)
        QApplication.processEvents()
        found = unnamed_controls(dialog)
        if found:
            problems[type(dialog).__name__] = found
    for dialog in [manager, *dialogs]:
        dialog.close()
    assert problems == {}


def test_a_screen_reader_hears_each_cards_hints_and_their_changes(
    qtbot: QtBot, make_window: WindowFactory, library: Library
) -> None:
    window = _written(qtbot, make_window, library)
    card = window.findChildren(PostCard)[0]
    qtbot.waitUntil(lambda: "75" in card.editor.accessibleDescription(), timeout=10_000)
    spoken = card.editor.accessibleDescription()
    assert "“75 more” is not in the story or your notes" in spoken or "75" in spoken
    assert card.hints.accessibleDescription() == spoken
    assert not card.hints.is_expanded()  # heard although the list is folded
    card.editor.setPlainText("Proud of our team: 140 people now build batteries in Groningen.")
    qtbot.waitUntil(lambda: "75" not in card.editor.accessibleDescription(), timeout=10_000)


def test_the_unicode_bold_option_says_screen_readers_read_it_badly(qtbot: QtBot, make_window: WindowFactory) -> None:
    from tests.ui.conftest import scripted
    from models.fake import ScriptedBackend

    window = make_window(scripted(ScriptedBackend(replies=["x"])), start=False)
    action = window.actions_.styling_action
    assert "Screen readers" in action.toolTip()
    assert "Screen readers" in action.statusTip()  # shown in the status bar while the menu item is highlighted


def test_texts_follow_the_system_font_size(qtbot: QtBot, qapp: QApplication, make_window: WindowFactory, library: Library) -> None:
    """A user who needs large text sets it once, for the desktop: no text of ours is pinned to a size."""
    import re

    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QLabel

    from ui.theme import apply_theme

    sheet = (Path(__file__).resolve().parents[2] / "resources" / "styles" / "ownvoice.qss").read_text(encoding="utf-8")
    assert not re.search(r"font(-size)?\s*:[^;]*\d+(pt|px)", sheet)
    before = QFont(qapp.font())
    large = QFont(before)
    large.setPointSizeF(17.0)
    qapp.setFont(large)
    try:
        window = _written(qtbot, make_window, library)
        apply_theme(qapp, "light")
        QApplication.processEvents()
        card = window.findChildren(PostCard)[0]
        for text_area in (window.story_editor, card.editor):
            assert text_area.font().pointSizeF() == 17.0
        titles = [label for label in window.findChildren(QLabel) if label.objectName() == "SectionTitle"]
        assert titles and all(label.font().pointSizeF() >= 17.0 for label in titles)
    finally:
        qapp.setFont(before)
