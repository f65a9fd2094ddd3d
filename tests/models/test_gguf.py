from __future__ import annotations

import os
from pathlib import Path

import pytest

from models.catalog import available_models, starter_model_path
from models.gguf import GgufError, read_gguf
from tests.models.conftest import write_minimal_gguf


def test_reads_the_starter_model_header(starter_model: Path) -> None:
    info = read_gguf(starter_model)
    assert info.architecture == "llama"
    assert info.context_length == 8192
    assert info.has_chat_template
    assert info.expected_size == info.file_size  # every tensor accounted for


def test_random_bytes_are_not_a_gguf(tmp_path: Path) -> None:
    path = tmp_path / "random.gguf"
    path.write_bytes(os.urandom(4096))
    with pytest.raises(GgufError, match="not a GGUF model file"):
        read_gguf(path)


@pytest.mark.parametrize("keep", [0.5, 0.999])
def test_truncated_copy_is_reported_with_missing_size(starter_model: Path, tmp_path: Path, keep: float) -> None:
    data = starter_model.read_bytes()
    path = tmp_path / "truncated.gguf"
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(GgufError, match="truncated"):
        read_gguf(path)


def test_header_cut_short_is_truncated(starter_model: Path, tmp_path: Path) -> None:
    path = tmp_path / "header-only.gguf"
    path.write_bytes(starter_model.read_bytes()[:1000])
    with pytest.raises(GgufError, match="truncated|damaged"):
        read_gguf(path)


def test_minimal_file_without_tensors_parses(tmp_path: Path) -> None:
    info = read_gguf(write_minimal_gguf(tmp_path / "tiny.gguf", {"general.architecture": "qwerty"}))
    assert info.architecture == "qwerty"
    assert info.tensors == ()


def test_catalog_lists_starter_first_and_flags_bad_files(tmp_path: Path) -> None:
    models_dir = tmp_path / "models"
    models_dir.mkdir()
    (models_dir / "broken.gguf").write_bytes(b"not a model at all")
    (models_dir / "notes.txt").write_text("ignored")
    entries = available_models(models_dir)
    assert entries[0].is_starter and entries[0].usable
    assert entries[0].path == starter_model_path()
    broken = [e for e in entries if e.path.name == "broken.gguf"]
    assert len(broken) == 1 and not broken[0].usable
    assert "not a GGUF" in broken[0].problem
    assert all(e.path.suffix == ".gguf" for e in entries)
