"""The interface in Dutch: every text translated, the translator loaded at start, the window in Dutch."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from app.checks import run_checks
from app.language import detect_language
from models.fake import ScriptedBackend
from tests.ui.conftest import WindowFactory, scripted
from ui.domain_text import error_text, shown
from ui.main import example_story
from ui.translation_sources import ts_path, run_lupdate
from ui.translations import InterfaceTranslators, catalogue_path, interface_language

PLACEHOLDER = re.compile(r"%n|%\d|\{\w+\}")


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(context.findtext("name") or "", message) for context in root for message in context.findall("message")]


def test_every_text_in_the_code_has_a_finished_dutch_translation(tmp_path: Path) -> None:
    """lupdate reads the code now (ui/ tr() and app/models msg()); a text that is new, changed or
    still marked unfinished in ownvoice_nl.ts fails here. Fix: make translations-update, translate."""
    ts = tmp_path / "ownvoice_nl.ts"
    shutil.copy(ts_path("nl"), ts)
    run_lupdate([ts], "nl")
    missing, mismatched = [], []
    for context, message in _messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(f.strip() for f in forms):
            missing.append(f"{context}: {source!r}")
            continue
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
                mismatched.append(f"{context}: {source!r} -> {form!r}")
            if ("&" in source.replace("&&", "")) != ("&" in form.replace("&&", "")) and "<" not in source:
                mismatched.append(f"{context}: accelerator {source!r} -> {form!r}")
    assert not missing, f"{len(missing)} texts without a Dutch translation:\n" + "\n".join(missing)
    assert not mismatched, "placeholders differ:\n" + "\n".join(mismatched)
    assert len(_messages(ts)) > 600  # the code's texts were found (ui/, app/, models/)


def test_the_english_catalogue_lists_the_same_texts(tmp_path: Path) -> None:
    ts = tmp_path / "ownvoice_en.ts"
    shutil.copy(ts_path("en"), ts)
    before = {(c, m.findtext("source")) for c, m in _messages(ts_path("en"))}
    run_lupdate([ts], "en")
    assert {(c, m.findtext("source")) for c, m in _messages(ts)} == before, "run make translations-update"


def test_the_catalogues_are_built() -> None:
    for language in ("nl", "en"):
        qm = catalogue_path(language)
        assert qm.is_file(), f"{qm} is missing: make setup builds it (make translations)"
        assert qm.stat().st_mtime >= ts_path(language).stat().st_mtime, f"{qm} is older than its .ts: make translations"


@pytest.mark.parametrize(
    ("locale", "chosen", "expected"),
    [("nl_NL", "", "nl"), ("nl_BE", "", "nl"), ("de_DE", "", "en"), ("en_US", "", "en"), ("nl_NL", "en", "en"), ("en_GB", "nl", "nl")],
)
def test_the_interface_follows_the_system_locale_unless_chosen(locale: str, chosen: str, expected: str) -> None:
    assert interface_language(chosen, QLocale(locale)) == expected


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[InterfaceTranslators]:
    previous = QLocale()
    QLocale.setDefault(QLocale("nl_NL"))  # as if the system were Dutch
    translators = InterfaceTranslators(qapp, interface_language(""))
    assert translators.language == "nl" and not translators.missing
    yield translators
    translators.remove()
    QLocale.setDefault(previous)


def test_with_a_dutch_system_the_main_window_speaks_dutch(dutch: InterfaceTranslators, make_window: WindowFactory) -> None:
    window = make_window(scripted(ScriptedBackend(replies=["x"])), start=False)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Bestand", "&Concept", "&Model", "Beel&d", "&Profiel", "&Help"]
    panel = window.story_panel
    assert panel.generate_button.text() == "Genereren"
    assert panel.stop_button.text() == "Stop"
    assert panel.open_button.text() == "Bestand openen…"
    tones = [panel.angle_panel.tone_combo.itemText(i) for i in range(panel.angle_panel.tone_combo.count())]
    assert "Warm en persoonlijk" in tones
    assert [c.text() for c in panel.angle_panel.chips.values()][:1] != [""]
    assert window.language == "nl"


def test_check_findings_and_errors_show_in_dutch(dutch: InterfaceTranslators) -> None:
    report = run_checks("We hebben 75 mensen aangenomen in Utrecht.", "We hebben 60 mensen aangenomen in Groningen.")
    texts = [shown(f.message) for f in report.findings]
    assert "‘75 mensen’ staat niet in het verhaal of je notities." in texts or any("staat niet in het verhaal" in t for t in texts), texts
    long = run_checks("x" * 3300, "story")
    assert any(shown(f.message).startswith("Je post telt 3.300 tekens; LinkedIn staat er 3.000 toe.") for f in long.findings)
    from app.story_io import InputError, read_text_file

    with pytest.raises(InputError) as raised:
        read_text_file(Path("/nonexistent/story.txt"), "Het bestand")
    assert error_text(raised.value) == "Het bestand /nonexistent/story.txt bestaat niet."


def test_the_example_story_follows_the_interface_language() -> None:
    assert detect_language(example_story("nl")) == "nl"
    assert detect_language(example_story("en")) == "en"
    assert detect_language(example_story("fr")) == "en"  # no French story: the English one


def test_a_dutch_window_writes_in_dutch_for_the_dutch_example(dutch: InterfaceTranslators, make_window: WindowFactory) -> None:
    window = make_window(scripted(ScriptedBackend(replies=["x"])), start=False)
    window.story_editor.setPlainText(example_story("nl"))
    assert window.model.options.language == "nl"
    assert window.angle_panel.language_combo.currentData() == "nl"


def test_numbers_sizes_and_dates_follow_the_dutch_locale(dutch: InterfaceTranslators, qtbot: object) -> None:
    from datetime import datetime, timezone

    from ui.drafts_list import local_date_text
    from ui.locale_format import number_text, size_text
    from ui.post_card import PostCard

    assert number_text(25_000) == "25.000"
    assert size_text(4_660_000_000) == "4,7 GB"
    assert size_text(98_000_000) == "98 MB"
    assert local_date_text(datetime(2026, 3, 3, 12, tzinfo=timezone.utc)) == "3 mrt 2026"
    card = PostCard("learned", "Geleerd")
    qtbot.addWidget(card)  # type: ignore[attr-defined]
    card.set_text("woord " * 700)
    assert card.count_label.text() == "700 woorden · 4.199 / 3.000"
    assert card.count_label.toolTip() == "1.199 tekens boven de limiet van LinkedIn"


def test_voice_hints_read_as_dutch_sentences(dutch: InterfaceTranslators) -> None:
    from app.checks.findings import VOICE
    from app.voice import VoiceProfile
    from tests.app.voice.samples import PUNCHY_EN

    post = "Big day.\nI joined the team.\nStill learning.\n#robots #ai #jobs #future"
    report = run_checks(post, "I joined the robot team today.", profile=VoiceProfile.from_posts(PUNCHY_EN))
    voice = [shown(f.message) for f in report.findings if f.check == VOICE]
    assert "4 hashtags; jij gebruikt er meestal 1." in voice, voice
    assert report.voice is not None and shown(report.voice.label) in ("Klinkt als jij", "Dicht bij je stem", "Nog niet helemaal jouw stem")
    assert all(text[:1].isupper() or text[:1].isdigit() for text in voice)


def test_no_text_is_marked_inside_an_f_string() -> None:
    """lupdate does not look inside f-strings: a tr() there stays English in every language."""
    import ast

    from ui.translation_sources import source_files

    hidden = []
    for path in source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute | ast.Name):
                        name = inner.func.attr if isinstance(inner.func, ast.Attribute) else inner.func.id
                        if name in ("tr", "translate", "msg"):
                            hidden.append(f"{path.name}:{inner.lineno}")
    assert hidden == []


def test_a_failed_cards_summary_reads_in_dutch(dutch: InterfaceTranslators, qtbot: object) -> None:
    """The summary line of a card that is not a post says why in the interface language."""
    from ui.hints import CardHints

    story = "Northwind Energy opent haar eerste batterijfabriek in Groningen. Er werken 140 mensen."
    post = " ".join(["Ik heb dit weekend brood gebakken met mijn kinderen en dat was heel gezellig."] * 3)
    hints = CardHints()
    hints.show_report(run_checks(post, story, language="nl"))
    summary = hints.summary_text()
    assert summary.startswith("Deze post noemt niet waar het verhaal over gaat."), summary
    assert "does not" not in hints.spoken_hints()
