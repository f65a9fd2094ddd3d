from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from app.paths import AppPaths
from models.catalog import available_models, describe, is_starter_model
from models.engine.client import LocalEngineBackend
from models.display_name import display_name, model_name
from models.gguf import read_gguf
from tests.models.conftest import write_minimal_gguf

# Metadata as converters write it (the first two are the real headers of the starter model
# and of the Qwen model we benchmark with).
CASES: list[tuple[str, dict[str, Any], str]] = [
    (
        "SmolLM2-135M-Instruct.Q4_1.gguf",
        {
            "general.name": "Smollm2 135M 8k Lc100K Mix1 Ep2",
            "general.basename": "smollm2",
            "general.size_label": "135M",
            "general.finetune": "8k-lc100k-mix1-ep2",
            "general.organization": "HuggingFaceTB",
            "general.file_type": 3,
        },
        "SmolLM2 135M Instruct, Q4_1",
    ),
    (
        "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
        {
            "general.name": "Qwen2.5 Coder 1.5B Instruct GGUF",
            "general.basename": "Qwen2.5-Coder",
            "general.size_label": "1.5B",
            "general.finetune": "Instruct-GGUF",
            "general.file_type": 15,
        },
        "Qwen2.5 Coder 1.5B Instruct, Q4_K_M",
    ),
    (
        "Llama-3.2-3B-Instruct-Q5_K_M.gguf",
        {
            "general.name": "Llama 3.2 3B Instruct",
            "general.basename": "Llama-3.2",
            "general.size_label": "3B",
            "general.finetune": "Instruct",
            "general.file_type": 17,
        },
        "Llama 3.2 3B Instruct, Q5_K_M",
    ),
    (
        "gemma-2-2b-it-Q4_K_M.gguf",
        {"general.name": "Gemma 2 2b It", "general.basename": "gemma-2", "general.size_label": "2B", "general.finetune": "it", "general.file_type": 15},
        "Gemma 2 2B it, Q4_K_M",
    ),
    # An older file: no basename or size label, no file type; the file name tells the quantisation.
    ("llama-2-7b-chat.Q4_K_M.gguf", {"general.name": "LLaMA v2"}, "LLaMA v2 Chat, Q4_K_M"),
    # Nothing in the header at all: the file name is all there is.
    ("mistral-7b-instruct-v0.2.Q8_0.gguf", {}, "Mistral 7b Instruct, Q8_0"),
]


@pytest.mark.parametrize(("file_name", "metadata", "expected"), CASES, ids=[case[0] for case in CASES])
def test_names_come_from_the_metadata(file_name: str, metadata: dict[str, Any], expected: str) -> None:
    assert display_name(metadata, Path(file_name)) == expected


def test_a_file_name_that_is_not_utf8_gives_a_name_qt_and_json_can_hold() -> None:
    name = display_name({}, Path(os.fsdecode(b"mod\xe9l-Q4_K_M.gguf")))
    assert name == "Mod\ufffdl, Q4_K_M"
    name.encode("utf-8")  # no lone surrogates


def test_the_starter_model_is_named_as_such() -> None:
    assert display_name(CASES[0][1], Path(CASES[0][0]), is_starter=True) == "SmolLM2 135M Instruct (starter)"


def test_organisation_is_kept_for_listings() -> None:
    assert model_name(CASES[0][1], Path(CASES[0][0])).organisation == "HuggingFaceTB"


def test_the_real_starter_model_in_the_catalog(starter_model: Path, tmp_path: Path) -> None:
    entries = available_models(tmp_path)
    assert entries[0].label == "SmolLM2 135M Instruct (starter)"
    assert is_starter_model(starter_model)
    assert not is_starter_model(tmp_path / "SmolLM2-135M-Instruct.Q4_1.gguf")
    assert read_gguf(starter_model).name == "Smollm2 135M 8k Lc100K Mix1 Ep2"  # why we do not show general.name


def test_a_model_file_in_the_models_folder_gets_a_readable_name(tmp_path: Path) -> None:
    path = write_minimal_gguf(
        tmp_path / "Phi-3.5-mini-instruct-Q4_K_M.gguf",
        {"general.architecture": "phi3", "general.name": "Phi 3.5 Mini Instruct", "general.basename": "Phi-3.5",
         "general.size_label": "mini", "general.finetune": "instruct"},
    )
    entry = describe(path)
    assert entry.usable
    assert entry.label == "Phi 3.5 mini Instruct, Q4_K_M"
    assert not is_starter_model(path)


@pytest.mark.engine
def test_the_engine_reports_the_readable_name(engine: LocalEngineBackend) -> None:
    """The name the window's status bar shows comes from the engine's ModelInfo."""
    assert engine.load().name == "SmolLM2 135M Instruct (starter)"


def test_the_cli_lists_models_by_their_readable_names(
    ownvoice_home: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    ownvoice_home.models_dir.mkdir(parents=True)
    write_minimal_gguf(
        ownvoice_home.models_dir / "Phi-3.5-mini-instruct-Q4_K_M.gguf",
        {"general.architecture": "phi3", "general.basename": "Phi-3.5", "general.size_label": "mini",
         "general.finetune": "instruct", "general.organization": "Microsoft"},
    )
    assert main(["models"]) == 0
    listing = capsys.readouterr().out
    assert "SmolLM2 135M Instruct (starter)\n" in listing
    assert "Phi 3.5 mini Instruct, Q4_K_M\n" in listing
    assert "    phi3, mini, " in listing  # the details line under the name
