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


# ---------------------------------------------------------------- hostile files (issue 13)

import stat  # noqa: E402
import struct  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402

from models.catalog import HeaderCache, describe, model_files  # noqa: E402
from models.gguf import Limits, LargeArray  # noqa: E402
from tests.models.gguf_writer import (  # noqa: E402
    TINY_TENSORS,
    Tensor,
    endless_strings_header,
    gguf_string,
    header,
    kv,
    tiny_model_metadata,
    write_gguf,
)


def measured(path: Path) -> tuple[str, float, int]:
    """(outcome, seconds, peak traced bytes) of reading `path`: timed in one pass, memory
    traced in a second (tracing slows Python several times over)."""

    def outcome() -> str:
        try:
            read_gguf(path)
        except GgufError as exc:
            return exc.reason
        return "ok"

    started = time.perf_counter()
    result = outcome()
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    try:
        assert outcome() == result
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return result, elapsed, peak


def test_ten_million_empty_strings_are_refused_at_once(tmp_path: Path) -> None:
    # The issue-13 file: 22 s and 748 MB before. The count alone gives it away.
    path = tmp_path / "empty-strings.gguf"
    path.write_bytes(endless_strings_header(10_000_000))
    outcome, elapsed, peak = measured(path)
    assert "10,000,000 values" in outcome
    assert elapsed < 1.0 and peak < 8 * 1024 * 1024


def test_many_lists_just_under_the_per_list_limit_hit_the_total_budget(tmp_path: Path) -> None:
    per_list = Limits().max_array_items
    path = tmp_path / "many-lists.gguf"
    path.write_bytes(endless_strings_header(per_list, arrays=3))
    outcome, elapsed, peak = measured(path)
    assert "more than 4,194,304 values" in outcome
    assert elapsed < 5.0 and peak < 16 * 1024 * 1024  # ≈1 s here; generous for a shared machine


def test_a_big_token_list_is_skipped_not_kept(tmp_path: Path) -> None:
    tokens = [f"tok{i}" for i in range(50_000)]
    path = tmp_path / "vocab.gguf"
    head, _ = header({**tiny_model_metadata(), "tokenizer.ggml.tokens": tokens})
    path.write_bytes(head)
    info = read_gguf(path)
    assert info.metadata["tokenizer.ggml.tokens"] == LargeArray("string", 50_000)
    assert info.metadata["general.name"] == "Tiny Test"


@pytest.mark.parametrize(
    ("metadata_bytes", "reason"),
    [
        (struct.pack("<QQ", 0, 70_000), "70,000 settings"),  # n_tensors, n_kv
        (struct.pack("<QQ", 10_000_000, 1), "10,000,000 tensors"),
    ],
)
def test_impossible_counts_are_refused(tmp_path: Path, metadata_bytes: bytes, reason: str) -> None:
    path = tmp_path / "counts.gguf"
    path.write_bytes(b"GGUF" + struct.pack("<I", 3) + metadata_bytes + b"\0" * 64)
    assert reason in measured(path)[0]


def test_a_string_longer_than_the_file_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "long-string.gguf"
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + struct.pack("<Q", 2**62) + b"abc")
    outcome, elapsed, _ = measured(path)
    assert "damaged" in outcome and elapsed < 0.5


def test_nested_lists_and_duplicate_keys_are_damaged(tmp_path: Path) -> None:
    nested = tmp_path / "nested.gguf"
    list_of_lists = gguf_string("x") + struct.pack("<IIQ", 9, 9, 1) + struct.pack("<IQ", 4, 0)
    nested.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + list_of_lists)
    assert "list of lists" in measured(nested)[0]
    twice = tmp_path / "twice.gguf"
    twice.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 0, 2) + kv("a", 1) + kv("a", 2))
    assert "twice" in measured(twice)[0]


def test_unknown_tensor_type_and_misplaced_data_are_damaged(tmp_path: Path) -> None:
    head, _ = header(tiny_model_metadata(), [Tensor("w", (32,), 0)])
    bad_type = bytearray(head)
    type_at = head.index(b"w", len(head) - 60) + 1 + 4 + 8  # name, n_dims, one dim
    bad_type[type_at : type_at + 4] = struct.pack("<I", 31)  # removed upstream, unknown
    (tmp_path / "type.gguf").write_bytes(bytes(bad_type) + b"\0" * 128)
    assert "data type (31)" in measured(tmp_path / "type.gguf")[0]
    bad_offset = bytearray(head)
    bad_offset[type_at + 4 : type_at + 12] = struct.pack("<Q", 64)
    (tmp_path / "offset.gguf").write_bytes(bytes(bad_offset) + b"\0" * 256)
    assert "out of place" in measured(tmp_path / "offset.gguf")[0]


def test_tiny_model_header_fields(tmp_path: Path) -> None:
    info = read_gguf(write_gguf(tmp_path / "tiny.gguf", tiny_model_metadata(), TINY_TENSORS))
    assert info.quantisation == "Q4_K_M"  # from general.file_type
    assert info.parameter_count == 256 * 8 + 256
    assert info.size_label == "2.3K"
    assert info.context_length == 4096 and info.has_chat_template
    assert info.licence == ""


# ---------------------------------------------------------------- not regular files


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_named_gguf_is_listed_as_unusable_without_blocking(tmp_path: Path) -> None:
    # Opening a FIFO for reading blocks until a writer comes: `ownvoice-cli models` hung.
    models_dir = tmp_path / "models"
    models_dir.mkdir()
    os.mkfifo(models_dir / "pipe.gguf")
    started = time.perf_counter()
    entries = available_models(models_dir)
    assert time.perf_counter() - started < 5
    (pipe,) = [e for e in entries if e.path.name == "pipe.gguf"]
    assert "named pipe" in pipe.problem
    with pytest.raises(GgufError, match="named pipe"):
        read_gguf(models_dir / "pipe.gguf")


def test_devices_folders_and_broken_links_are_unusable(tmp_path: Path) -> None:
    models_dir = tmp_path / "models"
    (models_dir / "folder.gguf").mkdir(parents=True)
    (models_dir / "gone.gguf").symlink_to(tmp_path / "deleted.gguf")
    (models_dir / "zero.gguf").symlink_to("/dev/zero")
    problems = {e.path.name: e.problem for e in available_models(models_dir, include_starter=False)}
    assert "a folder" in problems["folder.gguf"]
    assert "no longer exists" in problems["gone.gguf"]
    assert "a device" in problems["zero.gguf"]


def test_a_link_to_a_real_model_is_listed(tmp_path: Path, starter_model: Path) -> None:
    models_dir = tmp_path / "models"
    models_dir.mkdir()
    (models_dir / "linked.gguf").symlink_to(starter_model)
    (entry,) = available_models(models_dir, include_starter=False)
    assert entry.usable and entry.info is not None and entry.size_bytes == starter_model.stat().st_size


def test_non_utf8_file_name_is_listed_and_shown_readably(tmp_path: Path, starter_model: Path) -> None:
    models_dir = tmp_path / "models"
    models_dir.mkdir()
    raw_name = os.fsdecode(b"mod\xe9l.gguf")
    os.symlink(starter_model, models_dir / raw_name)
    (entry,) = available_models(models_dir, include_starter=False)
    assert entry.usable
    # The label is the model's readable name from its header; no lone surrogates reach Qt or JSON.
    assert entry.label == "SmolLM2 135M, Q4_1"
    assert entry.display_path.endswith("mod\ufffdl.gguf")


def test_partial_downloads_hidden_files_and_later_split_parts_are_not_listed(tmp_path: Path) -> None:
    models_dir = tmp_path / "models"
    models_dir.mkdir()
    for name in ("a.gguf.part", ".hidden.gguf", "big-00002-of-00002.gguf", "notes.txt", "UPPER.GGUF"):
        (models_dir / name).write_bytes(b"x")
    assert [p.name for p in model_files(models_dir)] == ["UPPER.GGUF"]


def test_split_model_sums_parts_and_names_a_missing_one(tmp_path: Path) -> None:
    models_dir = tmp_path / "models"
    models_dir.mkdir()
    first = write_gguf(models_dir / "big-00001-of-00003.gguf", tiny_model_metadata(**{"split.count": 3}), TINY_TENSORS)
    (models_dir / "big-00002-of-00003.gguf").write_bytes(b"\0" * 1000)
    entry = describe(first)
    assert "part 3 of this split model is missing" in entry.problem
    (models_dir / "big-00003-of-00003.gguf").write_bytes(b"\0" * 500)
    entry = describe(first)
    assert entry.usable and entry.size_bytes == first.stat().st_size + 1500


def test_adapters_and_vision_add_ons_are_not_chat_models(tmp_path: Path) -> None:
    adapter = write_gguf(tmp_path / "lora.gguf", tiny_model_metadata(**{"general.type": "adapter"}))
    clip = write_gguf(tmp_path / "mmproj.gguf", {"general.architecture": "clip"})
    assert "LoRA adapter" in describe(adapter).problem
    assert "vision add-on" in describe(clip).problem


def test_header_cache_reads_each_file_once_until_it_changes(tmp_path: Path) -> None:
    models_dir = tmp_path / "models"
    models_dir.mkdir()
    path = write_gguf(models_dir / "tiny.gguf", tiny_model_metadata(), TINY_TENSORS)
    (models_dir / "bad.gguf").write_bytes(b"nope")
    cache = HeaderCache()
    for _ in range(3):
        available_models(models_dir, cache=cache, include_starter=False)
    assert cache.parsed == 2  # the bad file's verdict is cached too
    write_gguf(path, tiny_model_metadata(**{"general.name": "Changed"}), TINY_TENSORS)
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
    names = [e.info.name for e in available_models(models_dir, cache=cache, include_starter=False) if e.info]
    assert names == ["Changed"] and cache.parsed == 3


def test_only_regular_files_are_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Listing a folder full of odd entries opens nothing but the one regular file."""
    models_dir = tmp_path / "models"
    models_dir.mkdir()
    write_gguf(models_dir / "real.gguf", tiny_model_metadata(), TINY_TENSORS)
    if hasattr(os, "mkfifo"):
        os.mkfifo(models_dir / "pipe.gguf")
    (models_dir / "dir.gguf").mkdir()
    (models_dir / "dev.gguf").symlink_to("/dev/null")
    opened: list[str] = []
    real_open = os.open

    def spy(path: object, flags: int, *args: object, **kwargs: object) -> int:
        fd = real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]
        if str(path).endswith(".gguf"):
            opened.append(os.path.basename(str(path)))
            assert stat.S_ISREG(os.fstat(fd).st_mode)
        return fd

    monkeypatch.setattr(os, "open", spy)
    available_models(models_dir, include_starter=False)
    assert opened == ["real.gguf"]
