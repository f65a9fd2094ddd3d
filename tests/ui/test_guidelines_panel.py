"""The guidelines box: import a TOML file, see its rules, remove it; errors inline."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.checks import Guidelines, parse_guidelines
from ui.guidelines_panel import GuidelinesBox

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "guidelines.toml"


@pytest.fixture
def box(qtbot: QtBot) -> GuidelinesBox:
    widget = GuidelinesBox()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_importing_the_example_shows_its_rules_and_emits_them(qtbot: QtBot, box: GuidelinesBox) -> None:
    assert "None imported" in box.rules_label.text() and not box.remove_button.isEnabled()

    with qtbot.waitSignal(box.guidelinesChanged) as changed:
        assert box.import_file(EXAMPLE)

    guidelines = changed.args[0]
    assert isinstance(guidelines, Guidelines) and guidelines.name == "Acme Robotics"
    assert box.guidelines() == guidelines
    assert "Acme Robotics" in box.rules_label.text()
    assert "Terms that must not appear: Project Falcon, Q3 forecast, Globex" in box.rules_label.text()
    assert box.remove_button.isEnabled() and not box.error_banner.isVisible()


def test_a_malformed_file_shows_the_line_and_keeps_the_rules(qtbot: QtBot, box: GuidelinesBox, tmp_path: Path) -> None:
    current = parse_guidelines('name = "Acme"')
    box.set_guidelines(current)
    bad = tmp_path / "rules.toml"
    bad.write_text('name = "Acme"\nmax_hashtags = "three"\n', encoding="utf-8")

    with qtbot.assertNotEmitted(box.guidelinesChanged):
        assert not box.import_file(bad)

    assert box.error_banner.isVisible()
    assert f"{bad}, line 2" in box.error_banner.text and "max_hashtags" in box.error_banner.text
    assert box.guidelines() == current


def test_invalid_toml_and_unreadable_files_say_so(box: GuidelinesBox, tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('name = "Acme"\nforbidden_terms = ["Falcon"\n', encoding="utf-8")
    assert not box.import_file(broken)
    assert "not valid TOML" in box.error_banner.text and "line" in box.error_banner.text

    assert not box.import_file(tmp_path / "missing.toml")
    assert "does not exist" in box.error_banner.text


def test_remove_forgets_the_guidelines(qtbot: QtBot, box: GuidelinesBox) -> None:
    box.import_file(EXAMPLE)
    with qtbot.waitSignal(box.guidelinesChanged) as changed:
        box.remove_button.click()
    assert changed.args == [None]
    assert box.guidelines() is None and not box.remove_button.isEnabled()


def test_set_guidelines_only_shows_them(qtbot: QtBot, box: GuidelinesBox) -> None:
    with qtbot.assertNotEmitted(box.guidelinesChanged):
        box.set_guidelines(parse_guidelines('name = "Acme"\nmax_hashtags = 2'))
    assert "At most 2 hashtags" in box.rules_label.text()
