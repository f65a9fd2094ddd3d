"""The left panel's controls as a user meets them: the wheel, drop-downs, Tab, lengths, forgetting a voice."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from app.voice import VoiceProfile
from models.fake import ScriptedBackend
from tests.ui.conftest import WindowFactory, scripted, wait_ready
from ui.main_window import MainWindow
from ui.theme import apply_theme

MY_POSTS = [
    "Short one today. Our team shipped the new app. Proud of them.",
    "Big week. We moved to a new office. Coffee is better now.",
    "Quick thought. Good tools save time. Bad tools waste it.",
]


def wheel(widget: QWidget, steps: int) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_changes_a_combo_box_only_when_it_has_focus(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(scripted(ScriptedBackend()), start=False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.story_editor.setFocus()
    for combo in (window.angle_panel.language_combo, window.angle_panel.tone_combo):
        before = combo.currentIndex()
        wheel(combo, 1)  # scrolling the panel over it
        assert combo.currentIndex() == before
    assert window.model.options.language == "en"
    language = window.angle_panel.language_combo
    language.setFocus()
    qtbot.waitUntil(language.hasFocus)
    wheel(language, 1)
    assert language.currentData() == "nl" and window.model.options.language == "nl"


def highlighted_row_colours(combo: QComboBox, row: int) -> Counter[str]:
    combo.showPopup()
    view = combo.view()
    index = combo.model().index(row, 0)
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)  # as the pointer does
    QApplication.processEvents()
    image = view.viewport().grab(view.visualRect(index)).toImage()
    combo.hidePopup()
    return Counter(image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height()))


def contrast(a: QColor, b: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform and a pop-up
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_highlighted_item_of_a_drop_down_is_readable(qtbot: QtBot, make_window: WindowFactory, theme: str) -> None:
    window = make_window(scripted(ScriptedBackend()), start=False)
    apply_theme(QApplication.instance(), theme)  # type: ignore[arg-type]
    try:
        colours = highlighted_row_colours(window.angle_panel.language_combo, 1)
        background = QColor(colours.most_common(1)[0][0])
        highlight = window.palette().color(window.palette().ColorRole.Highlight)
        assert contrast(background, highlight) < 1.5, "the highlighted row shows the highlight colour"
        text = [QColor(name) for name, _ in colours.most_common()[1:] if contrast(QColor(name), background) >= 4.5]
        assert text, f"no text pixel readable on {background.name()} ({colours.most_common(5)})"
    finally:
        apply_theme(QApplication.instance(), "light")  # type: ignore[arg-type]


def tab_walk(qtbot: QtBot, window: MainWindow, start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen = [start]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_follows_the_work_also_after_my_voice_rebuilds_the_angles(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(scripted(ScriptedBackend(replies=["One.", "Two."])))
    wait_ready(qtbot, window)
    window.angle_panel.set_post_options(window.model.options.__class__(tone="warm", angles=("learned", "team")))
    with qtbot.waitSignal(window.jobDone, timeout=10_000):
        window.generate()
    window.prefs.set_voice_profile(VoiceProfile.from_posts(MY_POSTS))  # the tone list and the chips are made anew
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel = window.angle_panel
    lengths = panel.length_group.buttons()
    expected: list[QWidget] = [
        window.story_editor,
        panel.tone_combo,
        *panel.chips.values(),
        panel.language_combo,
        lengths[0],  # one stop for the length group (the arrow keys choose inside it)
        panel.personal_toggle,
        panel.role_edit,
        panel.why_edit,
        panel.detail_edit,
        window.generate_button,
        window.cards_area.cards[0].editor,
    ]
    seen = tab_walk(qtbot, window, window.story_editor, len(expected) - 1)
    at = expected.index(lengths[0])
    assert seen[at] in lengths
    seen[at] = lengths[0]
    assert [w.accessibleName() or type(w).__name__ for w in seen] == [
        w.accessibleName() or type(w).__name__ for w in expected
    ]
    assert seen == expected


def test_lengths_are_given_in_words(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(scripted(ScriptedBackend()), start=False)
    panel = window.angle_panel
    short, medium, long_ = panel.length_group.buttons()
    assert short.toolTip() == "40–80 words" and medium.toolTip() == "80–150 words" and long_.toolTip() == "150–250 words"
    short.setChecked(True)
    assert panel.length_words.text() == "40–80 words" and "40–80 words" in short.accessibleName()
    long_.setChecked(True)
    assert panel.length_words.text() == "150–250 words"


def test_forgetting_the_voice_profile_asks_first(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(scripted(ScriptedBackend()), start=False)
    window.prefs.set_voice_profile(VoiceProfile.from_posts(MY_POSTS))
    asked: list[bool] = []
    answer = {"yes": False}

    def confirm() -> bool:
        asked.append(True)
        return answer["yes"]

    window.prefs.confirm_forget_voice = confirm  # type: ignore[method-assign]
    action = window.actions_.forget_voice_action
    assert action.text().endswith("…")  # it opens a question
    action.trigger()
    assert asked == [True] and window.prefs.voice_profile is not None
    assert window.angle_panel.tone_combo.findData("my-voice") >= 0
    answer["yes"] = True
    action.trigger()
    assert asked == [True, True] and window.prefs.voice_profile is None
    assert window.angle_panel.tone_combo.findData("my-voice") == -1
