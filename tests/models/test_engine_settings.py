"""Engine settings per model: defaults from the model and machine, validation, overrides."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from app.model_preferences import ModelPreferences
from app.settings import Settings, SettingsStore
from models.contract import CancelToken, ChatMessage, GenerationOptions, MultiStream, MultiStreamBackend, NeverCancel
from models.engine_settings import (
    EngineSettings,
    TunedBackend,
    tuned,
    default_settings,
    forced_sampling,
    limits_for,
    needs_reload,
    overrides_between,
    validate,
    with_overrides,
)
from models.fake import OneAtATimeBackend, ScriptedBackend
from models.gguf import read_gguf
from tests.models.gguf_writer import TINY_TENSORS, tiny_model_metadata, write_gguf

GB = 1024**3


def test_defaults_for_the_starter_model(starter_model: Path) -> None:
    info = read_gguf(starter_model)
    defaults = default_settings(info, threads=1, total_ram=16 * GB)
    assert defaults.context == 8192  # the trained context, capped at 8k
    assert defaults.threads == 1 and defaults.max_tokens == 0 and defaults.seed is None
    assert validate(defaults, limits_for(info, 2)) == []


def test_context_shrinks_to_fit_a_small_machine(starter_model: Path) -> None:
    info = read_gguf(starter_model)
    small = default_settings(info, threads=1, total_ram=700 * 1024 * 1024)
    assert small.context < 8192 and small.context % 256 == 0


def test_model_recommended_sampling_becomes_the_default_and_is_applied(tmp_path: Path) -> None:
    path = write_gguf(
        tmp_path / "m.gguf",
        tiny_model_metadata(**{"general.sampling.temp": 0.6, "general.sampling.top_p": 0.95}),
        TINY_TENSORS,
    )
    info = read_gguf(path)
    defaults = default_settings(info, threads=2, total_ram=8 * GB)
    assert (defaults.temperature, defaults.top_p) == (0.6, 0.95)
    forced = forced_sampling(info, {}, limits_for(info, 2))
    options = forced.apply(GenerationOptions(max_tokens=300, temperature=0.7, top_p=0.9))
    assert (options.temperature, options.top_p, options.max_tokens) == (0.6, 0.95, 300)


def test_validation_names_each_bad_field(starter_model: Path) -> None:
    info = read_gguf(starter_model)
    bad = EngineSettings(context=1000, threads=-1, temperature=3.0, top_p=0.0, max_tokens=5, repeat_penalty=0.5, seed=-1)
    problems = {p.field: p.message for p in validate(bad, limits_for(info, 2))}
    assert set(problems) == {"context", "threads", "temperature", "top_p", "max_tokens", "repeat_penalty", "seed"}
    assert "multiple of 256" in problems["context"]
    too_long = EngineSettings(16384, 1, 0.7, 0.9, 0, 1.1, None)
    assert "8,192" in validate(too_long, limits_for(info, 2))[0].message


def test_overrides_round_trip_through_the_settings_file(tmp_path: Path, starter_model: Path) -> None:
    info = read_gguf(starter_model)
    limits = limits_for(info, 2)
    defaults = default_settings(info, threads=1, total_ram=16 * GB)
    chosen = EngineSettings(4096, 1, 0.3, 0.9, 200, 1.1, 42)
    overrides = overrides_between(defaults, chosen)
    assert overrides == {"context": 4096, "temperature": 0.3, "max_tokens": 200, "seed": 42}
    store = SettingsStore(tmp_path / "settings.json")
    settings = Settings()
    prefs = ModelPreferences.of(settings)
    prefs.set_overrides(starter_model, overrides)
    prefs.store_in(settings)
    store.save(settings)
    again = ModelPreferences.of(store.load().settings)
    assert with_overrides(defaults, again.overrides_for(starter_model), limits) == chosen
    assert needs_reload(defaults, chosen)
    assert not needs_reload(defaults, with_overrides(defaults, {"temperature": 0.2}, limits))
    # Reset to defaults stores nothing.
    again.set_overrides(starter_model, overrides_between(defaults, defaults))
    assert again.engine_settings == {}


def test_bad_stored_values_are_dropped_not_fatal(starter_model: Path) -> None:
    info = read_gguf(starter_model)
    limits = limits_for(info, 2)
    defaults = default_settings(info, threads=1, total_ram=16 * GB)
    hand_edited = {"context": "big", "temperature": 9, "top_p": 0.5, "unknown": 1}
    assert with_overrides(defaults, hand_edited, limits) == EngineSettings(**{**defaults.__dict__, "top_p": 0.5})


class Recording(ScriptedBackend):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[GenerationOptions] = []

    def stream(self, messages: Sequence[ChatMessage], options: GenerationOptions, cancel: CancelToken):  # type: ignore[no-untyped-def]
        self.seen.append(options)
        return super().stream(messages, options, cancel)


def test_tuned_backend_applies_user_settings_but_a_run_seed_wins(starter_model: Path) -> None:
    info = read_gguf(starter_model)
    inner = Recording()
    forced = forced_sampling(info, {"temperature": 0.2, "seed": 7, "max_tokens": 120}, limits_for(info, 2))
    backend = TunedBackend(inner, forced)
    list(backend.stream([ChatMessage("user", "hi")], GenerationOptions(max_tokens=300), NeverCancel()))
    list(backend.stream([ChatMessage("user", "hi")], GenerationOptions(seed=3), NeverCancel()))
    assert (inner.seen[0].temperature, inner.seen[0].max_tokens, inner.seen[0].seed) == (0.2, 120, 7)
    assert inner.seen[1].seed == 3


def test_tuned_backend_keeps_writing_all_cards_at_once_with_the_settings_applied(starter_model: Path) -> None:
    info = read_gguf(starter_model)
    seen: list[GenerationOptions] = []

    class RecordingMulti(ScriptedBackend):
        def stream_many(  # type: ignore[no-untyped-def]
            self, conversations: Sequence[Sequence[ChatMessage]], options: GenerationOptions, cancel, stops=None
        ) -> MultiStream:
            seen.append(options)
            return super().stream_many(conversations, options, cancel, stops)

    forced = forced_sampling(info, {"temperature": 0.2, "max_tokens": 120}, limits_for(info, 2))
    backend = tuned(RecordingMulti(), forced)
    assert isinstance(backend, MultiStreamBackend)
    stream = backend.stream_many([[ChatMessage("user", "a")], [ChatMessage("user", "b")]], GenerationOptions(), NeverCancel())
    assert len(list(stream)) == 2 * 5  # the scripted reply, once per conversation
    assert (seen[0].temperature, seen[0].max_tokens) == (0.2, 120)
    # A backend that writes one conversation at a time stays one: the app then runs the
    # cards one after another instead of skipping the settings.
    assert not isinstance(tuned(OneAtATimeBackend(), forced), MultiStreamBackend)
    assert not isinstance(TunedBackend(ScriptedBackend(), forced), MultiStreamBackend)


@pytest.mark.parametrize("raw", [{"extra_folders": "x", "backend": "cloud", "engine_settings": []}, {}])
def test_damaged_model_preferences_fall_back_to_defaults(raw: dict[str, object]) -> None:
    settings = Settings(extra={"models": raw})
    prefs = ModelPreferences.of(settings)
    assert prefs == ModelPreferences()
