"""Deeply nested JSON and TOML: the project's own typed error, never a RecursionError, in every
file OwnVoice reads (guidelines, presets, settings, an import, the unlock record)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checks import GuidelinesError, parse_guidelines
from app.data_files import MAX_NESTING, NestingTooDeepError, load_json, load_toml
from app.library import ImportFormatError
from app.library.transfer import parse_json
from app.library.unlock import UnlockInfo
from app.presets import PresetError, load_catalog
from app.settings import SettingsStore

DEEP = 200_000  # far past Python's recursion limit


def test_deep_json_and_toml_are_a_typed_error() -> None:
    with pytest.raises(NestingTooDeepError):
        load_json("[" * DEEP + "]" * DEEP)
    with pytest.raises(NestingTooDeepError):
        load_toml("a = " + "[" * DEEP + "]" * DEEP)
    with pytest.raises(NestingTooDeepError):  # deep enough to write back badly, shallow enough to parse
        load_json("[" * (MAX_NESTING + 1) + "]" * (MAX_NESTING + 1))
    assert load_json("[" * MAX_NESTING + "]" * MAX_NESTING) is not None


@pytest.mark.parametrize("value", ["[" * DEEP, "{ a = " * 5000 + "1" + " }" * 5000, "[" * DEEP + "]" * DEEP])
def test_deep_guidelines_say_so(value: str) -> None:
    with pytest.raises(GuidelinesError, match="nested|not valid TOML"):
        parse_guidelines(f"forbidden_terms = {value}\n", "The guidelines file g.toml")


def test_a_deep_user_preset_file_is_a_preset_error(tmp_path: Path) -> None:
    (tmp_path / "tones.toml").write_text("[[tone]]\nid = " + "[" * DEEP + "]" * DEEP + "\n", encoding="utf-8")
    with pytest.raises(PresetError, match="nested more than"):
        load_catalog(tmp_path)


def test_deep_settings_are_kept_aside_and_defaults_used(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"extra": ' + "[" * DEEP + "]" * DEEP + "}", encoding="utf-8")
    loaded = SettingsStore(path).load()
    assert loaded.warning is not None and "nested" in loaded.warning
    assert loaded.settings.tone == "warm"


def test_a_deep_unlock_record_counts_as_missing() -> None:
    assert UnlockInfo.from_json('{"method": ' + "[" * DEEP + "]" * DEEP + "}") is None


def test_a_deep_import_file_is_an_import_error() -> None:
    with pytest.raises(ImportFormatError, match="nested more than"):
        parse_json('{"format": "ownvoice-drafts", "drafts": ' + "[" * DEEP + "]" * DEEP + "}")
