"""The card's hints: summary, findings list, own-words meter, voice score, underlines, copy pause."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTextEdit,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from app.checks import CardChecker, CheckReport, Finding, parse_guidelines
from app.checks.own_words import EMPTY_METER
from app.checks.own_words import MESSAGE as PRESS_RELEASE_MESSAGE
from app.voice import VoiceProfile
from ui.hints import (
    CardHints,
    FindingHighlighter,
    build_copy_confirmation,
    copy_confirmation,
    hint_colours,
    qt_position,
)
from ui.main import example_story
from ui.theme import apply_theme, palette_for

# "250" is invented: the story says 140 people. The emoji before it is two UTF-16 units in Qt.
INVENTED = "Proud day! 🎉 Our new battery factory employs 250 people. I tested the first line myself."
CLEAN = "I tested the first battery line in Groningen last week. It felt good to see it run."
MY_POSTS = [
    "I spent a week on the line with our welders. Honest work, proud team.\n\nWhat did you learn this week?",
    "Small wins matter. Today our team shipped the new dashboard.\nI am proud of them.",
    "Three things I learned from our first customer visit:\n- listen\n- write it down\n- follow up\n"
    "What would you add?",
]


@pytest.fixture
def checker() -> CardChecker:
    return CardChecker.for_story(example_story())


@pytest.fixture
def hints(qtbot: QtBot) -> Iterator[CardHints]:
    widget = CardHints()
    qtbot.addWidget(widget)
    widget.resize(420, 200)
    widget.show()
    yield widget


@pytest.fixture
def editor(qtbot: QtBot) -> QPlainTextEdit:
    widget = QPlainTextEdit()
    qtbot.addWidget(widget)
    widget.resize(420, 240)
    widget.show()
    return widget


def row_texts(hints: CardHints) -> list[str]:
    return [" | ".join(label.text() for label in row.findChildren(QLabel)) for row in hints.finding_rows()]


def test_an_invented_number_shows_a_fact_warning_with_the_storys_figure(hints: CardHints, checker: CardChecker) -> None:
    hints.show_report(checker.check(INVENTED))

    assert hints.isVisible()
    assert "1 fact not in the story" in hints.summary_text()
    assert "Own words 100%" in hints.summary_text()
    hints.set_expanded(True)
    assert any("\u201c250\u201d" in text and "Story says: 140" in text for text in row_texts(hints))


def test_clicking_or_entering_a_finding_emits_its_offsets(qtbot: QtBot, hints: CardHints, checker: CardChecker) -> None:
    hints.show_report(checker.check(INVENTED))
    hints.set_expanded(True)
    row = next(r for r in hints.finding_rows() if r.finding.check == "fact")
    start = INVENTED.index("250")

    with qtbot.waitSignal(hints.findingActivated) as clicked:
        qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    assert clicked.args == [start, start + 3]

    row.setFocus()
    with qtbot.waitSignal(hints.findingActivated) as entered:
        qtbot.keyClick(row, Qt.Key.Key_Return)
    assert entered.args == [start, start + 3]


def test_the_summary_line_opens_and_closes_from_the_keyboard(
    qtbot: QtBot, hints: CardHints, checker: CardChecker
) -> None:
    hints.show_report(checker.check(INVENTED))
    toggle = hints.findChild(QToolButton, "HintsToggle")
    assert toggle is not None and toggle.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert toggle.accessibleName() == "Show hints"

    with qtbot.waitSignal(hints.expandedChanged) as opened:
        qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert opened.args == [True] and hints.finding_rows()
    assert toggle.accessibleName() == "Hide hints"
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert not hints.is_expanded()


def test_a_copied_story_shows_the_meter_and_the_press_release_sentence(hints: CardHints, checker: CardChecker) -> None:
    copied = example_story().split("\n\n", 2)[1]
    report = checker.check(copied)
    hints.show_report(report)

    assert "reads like the press release" in hints.summary_text()
    hints.set_expanded(True)
    meter = hints.findChild(QProgressBar, "OwnWordsMeter")
    assert meter is not None and meter.value() == 0
    assert "repeats the story word for word" in meter.accessibleDescription()
    assert any(PRESS_RELEASE_MESSAGE in text for text in row_texts(hints))


def test_a_post_copying_my_own_earlier_post_shows_on_the_meter(hints: CardHints) -> None:
    checker = CardChecker.for_story(example_story(), profile=VoiceProfile.from_posts(MY_POSTS))
    copied = "Northwind opened a factory. " + MY_POSTS[1]
    hints.show_report(checker.check(copied, "en"))

    assert "repeats your earlier post" in hints.summary_text()
    hints.set_expanded(True)
    meter = hints.findChild(QProgressBar, "OwnWordsMeter")
    assert meter is not None and meter.value() < 50
    assert "repeats your earlier posts word for word" in meter.accessibleDescription()
    assert any("earlier posts word for word" in text for text in row_texts(hints))


def test_a_card_without_findings_says_so_and_no_card_hides(hints: CardHints, checker: CardChecker) -> None:
    hints.show_report(checker.check(CLEAN))
    assert hints.summary_text().startswith("No hints \u2014 it reads like you.")

    hints.show_report(None)
    assert not hints.isVisible()
    hints.show_report(checker.check("   "))
    assert not hints.isVisible()


def test_with_a_voice_profile_the_score_and_its_differences_show(hints: CardHints) -> None:
    checker = CardChecker.for_story(example_story(), profile=VoiceProfile.from_posts(MY_POSTS))
    report = checker.check("Big news!!! #energy #battery #factory #groningen #future Northwind opened a factory.")
    assert report.voice is not None and report.voice.differences
    hints.show_report(report)

    assert f"{report.voice.label} ({report.voice.score})" in hints.summary_text()
    hints.set_expanded(True)
    titles = [label.text() for label in hints.findChildren(QLabel, "HintGroupTitle")]
    assert f"Your voice \u2014 {report.voice.label} ({report.voice.score} of 100)" in titles
    texts = "\n".join(row_texts(hints))
    for difference in report.voice.differences:
        assert difference[1:] in texts


def test_new_reports_update_the_open_list(hints: CardHints, checker: CardChecker) -> None:
    hints.show_report(checker.check(INVENTED))
    hints.set_expanded(True)
    hints.show_report(checker.check(CLEAN))
    assert hints.finding_rows() == []
    hints.show_report(checker.check(INVENTED))
    assert hints.finding_rows()


def test_the_highlighter_underlines_exactly_the_invented_number(editor: QPlainTextEdit, checker: CardChecker) -> None:
    editor.setPlainText(INVENTED)
    foreign = QTextEdit.ExtraSelection()  # someone else's mark (e.g. a search hit) must survive
    foreign.cursor = editor.textCursor()
    foreign.format = QTextCharFormat()
    editor.setExtraSelections([foreign])
    highlighter = FindingHighlighter(editor)

    highlighter.set_report(checker.check(INVENTED))

    selections = editor.extraSelections()
    assert len(selections) == 2
    mark = selections[1]
    assert mark.cursor.selectedText() == "250"
    assert mark.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert editor.toPlainText() == INVENTED
    assert not editor.document().isUndoAvailable()
    assert not editor.document().isModified()


def test_the_highlighter_shows_the_finding_when_hovered_and_selects_it(
    editor: QPlainTextEdit, checker: CardChecker
) -> None:
    editor.setPlainText(INVENTED)
    highlighter = FindingHighlighter(editor)
    highlighter.set_report(checker.check(INVENTED))
    start = INVENTED.index("250")
    cursor = QTextCursor(editor.document())
    cursor.setPosition(qt_position(INVENTED, start) + 1)
    over_number = editor.cursorRect(cursor).center()

    tip = highlighter.tooltip_at(over_number)
    assert "\u201c250\u201d is not in the story" in tip and "Story says: 140" in tip
    assert highlighter.tooltip_at(QPoint(editor.viewport().width() - 2, editor.viewport().height() - 2)) == ""

    highlighter.select_range(start, start + 3)
    assert editor.textCursor().selectedText() == "250"
    assert not editor.document().isUndoAvailable()


def test_the_highlighter_ignores_a_report_for_other_text(editor: QPlainTextEdit, checker: CardChecker) -> None:
    editor.setPlainText(INVENTED + " More.")
    highlighter = FindingHighlighter(editor)
    highlighter.set_report(checker.check(INVENTED))
    assert editor.extraSelections() == []
    highlighter.select_range(0, 3)
    assert not editor.textCursor().hasSelection()


def test_marks_follow_the_users_edits_until_the_next_report(editor: QPlainTextEdit, checker: CardChecker) -> None:
    editor.setPlainText(INVENTED)
    highlighter = FindingHighlighter(editor)
    highlighter.set_report(checker.check(INVENTED))
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    editor.insertPlainText("Hello. ")
    start, end, _ = highlighter.marks()[0]
    assert editor.toPlainText()[start - 1 : end - 1] == "250"  # one emoji: Qt counts it twice

    highlighter.clear()
    assert editor.extraSelections() == []


def test_copying_asks_first_when_facts_are_not_in_the_story(checker: CardChecker) -> None:
    report = checker.check(INVENTED)
    box = build_copy_confirmation(None, report)
    assert box is not None
    assert "\u201c250\u201d" in box.text() and "story says: 140" in box.text()
    assert box.defaultButton() is box.escapeButton()
    assert box.defaultButton().text().replace("&", "") == "Go back and check"

    def click(name: str) -> Callable[[QMessageBox], object]:
        def run(shown: QMessageBox) -> None:
            button = shown.findChild(QPushButton, name)
            assert button is not None
            button.click()

        return run

    assert copy_confirmation(None, report, run=click("CopyAnyway")) is True
    assert copy_confirmation(None, report, run=click("GoBack")) is False
    box.deleteLater()


def test_copying_a_card_without_unmatched_facts_needs_no_question(checker: CardChecker) -> None:
    def no_box(box: QMessageBox) -> object:
        raise AssertionError("no question expected")

    assert build_copy_confirmation(None, checker.check(CLEAN)) is None
    assert copy_confirmation(None, checker.check(CLEAN), run=no_box) is True
    assert copy_confirmation(None, None, run=no_box) is True


def test_model_text_in_a_finding_is_never_read_as_html(hints: CardHints, editor: QPlainTextEdit) -> None:
    text = "We met <b>Bob</b> there."
    finding = Finding("fact", "warning", "\u201c<b>Bob</b>\u201d is not named in the story.", "Check it.", 7, 17)
    report = CheckReport(text, "en", (finding,), EMPTY_METER, None, None)
    hints.show_report(report)
    hints.set_expanded(True)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in hints.findChildren(QLabel))
    assert any("<b>Bob</b>" in text for text in row_texts(hints))

    editor.setPlainText(text)
    highlighter = FindingHighlighter(editor)
    highlighter.set_report(report)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(9)
    tip = highlighter.tooltip_at(editor.cursorRect(cursor).center())
    assert "&lt;b&gt;Bob&lt;/b&gt;" in tip and "<b>" not in tip


def test_a_theme_switch_recolours_signs_notes_and_underlines(
    qapp: QApplication, hints: CardHints, editor: QPlainTextEdit, checker: CardChecker
) -> None:
    report = checker.check(INVENTED)
    hints.show_report(report)
    hints.set_expanded(True)
    editor.setPlainText(INVENTED)
    highlighter = FindingHighlighter(editor)
    highlighter.set_report(report)
    dark = hint_colours(palette_for(True))
    assert hint_colours(palette_for(False)).warning != dark.warning
    style, palette = qapp.style().name(), qapp.palette()
    try:
        apply_theme(qapp, "light")
        apply_theme(qapp, "dark")  # as the View menu does: palette, then the style sheet again

        row = hints.finding_rows()[0]
        assert row.sign().colour() == dark.warning
        why = row.findChild(QLabel, "Hint")
        assert why is not None
        assert why.palette().color(QPalette.ColorRole.WindowText) == dark.muted
        assert editor.extraSelections()[0].format.underlineColor() == dark.warning_line
    finally:
        qapp.setStyleSheet("")
        qapp.setStyle(style)
        qapp.setPalette(palette)


def test_other_warnings_are_named_by_their_check_in_the_summary(hints: CardHints) -> None:
    guidelines = parse_guidelines('name = "Northwind"\nforbidden_terms = ["Project Falcon"]')
    checker = CardChecker.for_story(example_story(), guidelines=guidelines)
    hints.show_report(checker.check("I can finally talk about Project Falcon. I tested the first line myself."))

    assert hints.summary_text().startswith("Company guidelines: 1 to check \u00b7 Own words")
    hints.set_expanded(True)
    assert any("must not appear" in text for text in row_texts(hints))
