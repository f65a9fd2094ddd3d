"""Ctrl+Plus / Ctrl+Minus / Ctrl+0 size every text area of a window, from the system font size."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextBrowser, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.paths import AppPaths
from app.settings import SettingsStore
from models.fake import ScriptedBackend
from tests.ui.conftest import WindowFactory, scripted, wait_ready
from ui.text_zoom import ZOOM_PERCENTS, TextZoom


@pytest.fixture
def system_font(qapp: QApplication) -> Iterator[QFont]:
    """A known system font size for the test, restored after."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(10.0)
    qapp.setFont(font)
    yield font
    qapp.setFont(before)


def window_with_text(qtbot: QtBot) -> tuple[QWidget, QPlainTextEdit, QLineEdit]:
    window = QWidget()
    layout = QVBoxLayout(window)
    editor, line = QPlainTextEdit("A story"), QLineEdit("a field")
    layout.addWidget(editor)
    layout.addWidget(line)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window, editor, line


def size_of(widget: QWidget) -> float:
    widget.ensurePolished()
    return widget.font().pointSizeF()


def test_the_keys_make_the_text_areas_larger_smaller_and_normal(qtbot: QtBot, system_font: QFont) -> None:
    window, editor, line = window_with_text(qtbot)
    zoom = TextZoom(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert zoom.percent == 110 and size_of(editor) == 11.0
    qtbot.keyClick(editor, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # Ctrl+= (no Shift needed)
    assert zoom.percent == 125 and size_of(editor) == 12.5
    assert size_of(line) == 10.0  # only the text areas
    for _ in range(3):
        qtbot.keyClick(editor, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert zoom.percent == 90 and size_of(editor) == 9.0
    qtbot.keyClick(editor, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert zoom.percent == 100 and size_of(editor) == 10.0 and window.styleSheet() == ""


def test_text_areas_added_later_get_the_size_too(qtbot: QtBot, system_font: QFont) -> None:
    window, _, _ = window_with_text(qtbot)
    TextZoom(window, step=2)
    later = QTextBrowser()
    window.layout().addWidget(later)
    assert size_of(later) == 12.5


def test_the_size_follows_the_system_font(qtbot: QtBot, qapp: QApplication, system_font: QFont) -> None:
    window, editor, _ = window_with_text(qtbot)
    zoom = TextZoom(window, step=2)
    bigger = QFont(system_font)
    bigger.setPointSizeF(14.0)
    qapp.setFont(bigger)  # the change reaches the widgets as a posted event
    qtbot.waitUntil(lambda: size_of(editor) == 17.5, timeout=2000)
    assert zoom.point_size() == 17.5


def test_the_steps_stop_at_the_ends_and_are_reported_once_each(qtbot: QtBot, system_font: QFont) -> None:
    window, _, _ = window_with_text(qtbot)
    zoom = TextZoom(window, step=99)  # a damaged setting
    assert zoom.percent == ZOOM_PERCENTS[-1] and not zoom.zoom_in_action.isEnabled()
    changes: list[int] = []
    zoom.stepChanged.connect(changes.append)
    zoom.zoom_in()
    assert changes == []
    zoom.reset()
    zoom.zoom_out()
    assert changes == [0, -1] and zoom.describe() == "Text size 90 %"
    for _ in range(10):
        zoom.zoom_out()
    assert zoom.percent == ZOOM_PERCENTS[0] and not zoom.zoom_out_action.isEnabled()


def test_the_main_window_zooms_its_story_and_cards_and_remembers_it(
    qtbot: QtBot, system_font: QFont, make_window: WindowFactory, ownvoice_home: AppPaths
) -> None:
    window = make_window(scripted(ScriptedBackend(replies=["A post from the scripted model."])))
    wait_ready(qtbot, window)
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    zoom = window.actions_.text_zoom
    assert set(zoom.actions()) <= set(view_menu.actions())  # View → Larger text / Smaller text / Normal
    zoom.zoom_in()
    zoom.zoom_in()
    assert size_of(window.story_editor) == 12.5
    assert window.statusBar().currentMessage() == "Text size 125 %"
    with qtbot.waitSignal(window.jobDone, timeout=10_000):
        window.generate()
    window.cards_view.flush()
    assert window.cards_area.cards and all(size_of(card.editor) == 12.5 for card in window.cards_area.cards)
    assert window.view.save_settings()
    assert SettingsStore(ownvoice_home.settings_file).load().settings.text_zoom == 2
    again = make_window(scripted(ScriptedBackend()), start=False)
    assert again.actions_.text_zoom.percent == 125 and size_of(again.story_editor) == 12.5
