from __future__ import annotations

from pathlib import Path

import pytest

from app.presets import PresetError, load_catalog, load_preset_file
from app.story_io import InputError


def test_bundled_presets_have_enough_tones_and_angles_in_both_languages() -> None:
    catalog = load_catalog()
    assert len(catalog.tones) >= 8
    assert len(catalog.angles) >= 6
    for preset in (*catalog.tones, *catalog.angles):
        assert preset.label("en") and preset.label("nl")
        assert preset.description("en") and preset.description("nl")
        assert "\n" not in preset.description("en")


def test_unknown_tone_lists_the_valid_ones() -> None:
    with pytest.raises(InputError) as caught:
        load_catalog().tone("grumpy")
    assert "Unknown tone 'grumpy'" in str(caught.value)
    assert "warm" in str(caught.value) and "witty" in str(caught.value)


def test_user_presets_add_and_replace(tmp_path: Path) -> None:
    (tmp_path / "tones.toml").write_text(
        '[[tone]]\nid = "warm"\nlabel = { en = "Extra warm", nl = "Extra warm" }\n'
        'description = { en = "d", nl = "d" }\ninstruction = "Very warm."\n'
        '[[tone]]\nid = "pirate"\nlabel = { en = "Pirate", nl = "Piraat" }\n'
        'description = { en = "Arr", nl = "Arr" }\ninstruction = "Talk like a pirate."\n',
        encoding="utf-8",
    )
    catalog = load_catalog(tmp_path)
    assert catalog.tone("warm").label() == "Extra warm"
    assert catalog.tone("pirate").instruction == "Talk like a pirate."
    assert len(catalog.tones) == len(load_catalog().tones) + 1


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('[[tone]]\nid = "warm"\nlabel = { en = "x", nl = ', "not valid TOML"),
        ('[[tone]]\nid = "Warm Tone"\n', "'id' must be lowercase"),
        ('[[tone]]\nid = "a"\nlabel = { en = "A" }\ndescription = { en = "d", nl = "d" }\ninstruction = "i"\n', "'label.nl' is missing"),
        ('[[tone]]\nid = "a"\nlabel = { en = "A", nl = "A" }\ndescription = { en = "d", nl = "d" }\n', "'instruction' is missing"),
        ("title = 'no tones here'\n", "has no [[tone]] entries"),
        (
            '[[tone]]\nid = "a"\nlabel = { en = "A", nl = "A" }\ndescription = { en = "d", nl = "d" }\ninstruction = "i"\n' * 2,
            "used twice",
        ),
    ],
)
def test_malformed_preset_file_names_file_and_problem(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "tones.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PresetError) as caught:
        load_preset_file(path, "tone")
    assert str(path) in str(caught.value)
    assert expected in str(caught.value)


def test_non_utf8_preset_file(tmp_path: Path) -> None:
    path = tmp_path / "tones.toml"
    path.write_bytes(b'[[tone]]\nid = "caf\xe9"\n')  # Latin-1, not UTF-8
    with pytest.raises(PresetError, match="not UTF-8"):
        load_preset_file(path, "tone")


def test_bundled_presets_carry_dutch_instructions() -> None:
    catalog = load_catalog()
    for preset in (*catalog.tones, *catalog.angles):
        assert preset.instruction_in("nl") != preset.instruction, preset.id
        assert preset.instruction_in("en") == preset.instruction


def test_an_instruction_can_be_a_table_per_language_or_a_string(tmp_path: Path) -> None:
    path = tmp_path / "angles.toml"
    path.write_text(
        '[[angle]]\nid = "a"\nlabel = { en = "A", nl = "A" }\ndescription = { en = "d", nl = "d" }\n'
        'instruction = { en = "Say it.", nl = "Zeg het." }\n'
        '[[angle]]\nid = "b"\nlabel = { en = "B", nl = "B" }\ndescription = { en = "d", nl = "d" }\n'
        'instruction = "Only English."\n',
        encoding="utf-8",
    )
    first, second = load_preset_file(path, "angle")
    assert (first.instruction, first.instruction_in("nl")) == ("Say it.", "Zeg het.")
    assert second.instruction_in("nl") == "Only English."  # no translation: English


def test_an_instruction_table_needs_english(tmp_path: Path) -> None:
    path = tmp_path / "angles.toml"
    path.write_text(
        '[[angle]]\nid = "a"\nlabel = { en = "A", nl = "A" }\ndescription = { en = "d", nl = "d" }\n'
        'instruction = { nl = "Zeg het." }\n',
        encoding="utf-8",
    )
    with pytest.raises(PresetError, match="'instruction.en' is missing"):
        load_preset_file(path, "angle")
