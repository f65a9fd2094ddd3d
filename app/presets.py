"""Tone and angle presets: data files in resources/presets/, plus the user's own files.

A malformed file raises `PresetError` naming the file, the place and the problem, so a
typo in a hand-edited preset never turns into a traceback.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from app.data_files import NestingTooDeepError, load_toml
from app.story_io import InputError, read_text_file

UI_LANGUAGES = ("en", "nl")
_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
MAX_PRESET_FILE_BYTES = 1024 * 1024  # the bundled files are 5 KB


class PresetError(InputError):
    """A preset file is malformed. The message names the file and the problem."""


@dataclass(frozen=True)
class Preset:
    id: str
    labels: Mapping[str, str]
    descriptions: Mapping[str, str]
    instruction: str  # what the model is told (English)
    source: str = ""  # file it came from, for messages
    # The instruction in other languages, for prompts written in the post's language ("nl": …).
    translations: Mapping[str, str] = field(default_factory=dict)

    def instruction_in(self, language: str) -> str:
        """The instruction in `language` when the preset has it, else in English."""
        return self.translations.get(language) or self.instruction

    def label(self, language: str = "en") -> str:
        return self.labels.get(language) or self.labels["en"]

    def description(self, language: str = "en") -> str:
        return self.descriptions.get(language) or self.descriptions["en"]


@dataclass(frozen=True)
class PresetCatalog:
    tones: tuple[Preset, ...]
    angles: tuple[Preset, ...]

    def tone(self, tone_id: str) -> Preset:
        return _find(self.tones, tone_id, "tone")

    def angle(self, angle_id: str) -> Preset:
        return _find(self.angles, angle_id, "angle")

    def with_tone(self, tone: Preset) -> PresetCatalog:
        """A catalog with one more (or a replaced) tone, e.g. the user's "My voice"."""
        others = tuple(t for t in self.tones if t.id != tone.id)
        return PresetCatalog((tone, *others), self.angles)


def _find(presets: Iterable[Preset], preset_id: str, kind: str) -> Preset:
    by_id = {p.id: p for p in presets}
    if preset_id in by_id:
        return by_id[preset_id]
    valid = ", ".join(by_id)
    raise InputError(f"Unknown {kind} '{preset_id}'. Valid {kind}s: {valid}.")


def load_catalog(user_dir: Path | None = None) -> PresetCatalog:
    """The bundled presets, then the user's own (same id replaces, new id is added)."""
    bundled = resources.files("resources") / "presets"
    tones = _parse(bundled.joinpath("tones.toml").read_text(encoding="utf-8"), "tones.toml (bundled)", "tone")
    angles = _parse(bundled.joinpath("angles.toml").read_text(encoding="utf-8"), "angles.toml (bundled)", "angle")
    if user_dir is not None:
        tones = _merge(tones, _load_user_file(user_dir / "tones.toml", "tone"))
        angles = _merge(angles, _load_user_file(user_dir / "angles.toml", "angle"))
    return PresetCatalog(tuple(tones), tuple(angles))


def load_preset_file(path: Path, kind: str) -> list[Preset]:
    """Parse one preset file (`kind` is "tone" or "angle"). Raises PresetError."""
    try:
        text = read_text_file(path, "Preset file", max_bytes=MAX_PRESET_FILE_BYTES)
    except PresetError:
        raise
    except InputError as exc:
        raise PresetError(str(exc)) from None
    return _parse(text, str(path), kind)


def _load_user_file(path: Path, kind: str) -> list[Preset]:
    return load_preset_file(path, kind) if path.is_file() else []


def _merge(base: list[Preset], extra: list[Preset]) -> list[Preset]:
    merged = {p.id: p for p in base}
    merged.update({p.id: p for p in extra})
    return list(merged.values())


def _parse(text: str, source: str, kind: str) -> list[Preset]:
    try:
        data = load_toml(text)
    except NestingTooDeepError as exc:
        raise PresetError(f"Preset file {source} cannot be used: its {exc}.") from None
    except tomllib.TOMLDecodeError as exc:
        raise PresetError(f"Preset file {source} is not valid TOML: {exc}.") from None
    entries = data.get(kind)
    if not isinstance(entries, list) or not entries:
        raise PresetError(f"Preset file {source} has no [[{kind}]] entries.")
    presets: list[Preset] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        where = f"Preset file {source}, {kind} #{number}"
        if not isinstance(entry, dict):
            raise PresetError(f"{where}: expected a table.")
        preset = _preset_from(entry, where, source)
        if preset.id in seen:
            raise PresetError(f"{where}: the id '{preset.id}' is used twice.")
        seen.add(preset.id)
        presets.append(preset)
    return presets


def _preset_from(entry: dict[str, Any], where: str, source: str) -> Preset:
    preset_id = entry.get("id")
    if not isinstance(preset_id, str) or not _ID_PATTERN.match(preset_id):
        raise PresetError(f"{where}: 'id' must be lowercase letters, digits or '-' (got {preset_id!r}).")
    where = f"{where} ('{preset_id}')"
    labels = _localised(entry, "label", where)
    descriptions = _localised(entry, "description", where)
    instruction = entry.get("instruction")
    translations: dict[str, str] = {}
    if isinstance(instruction, dict):  # { en = "…", nl = "…" }: the prompt speaks the post's language
        translations = _localised(entry, "instruction", where, required=("en",))
        instruction = translations.pop("en")
    if not isinstance(instruction, str) or not instruction.strip():
        raise PresetError(f"{where}: 'instruction' is missing or empty.")
    unknown = set(entry) - {"id", "label", "description", "instruction"}
    if unknown:
        raise PresetError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}.")
    return Preset(preset_id, labels, descriptions, instruction.strip(), source, translations)


def _localised(
    entry: dict[str, Any], key: str, where: str, required: tuple[str, ...] = UI_LANGUAGES
) -> dict[str, str]:
    value = entry.get(key)
    if not isinstance(value, dict):
        raise PresetError(f"{where}: '{key}' must be a table like {{ en = \"…\", nl = \"…\" }}.")
    for language in required:
        text = value.get(language)
        if not isinstance(text, str) or not text.strip():
            raise PresetError(f"{where}: '{key}.{language}' is missing or empty.")
    return {k: str(v).strip() for k, v in value.items() if isinstance(v, str) and v.strip()}
