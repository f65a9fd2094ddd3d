"""Property tests: random and mutated GGUF headers either parse or raise GgufError, quickly
and in little memory. Deterministic (derandomised, no example database) so CI never flakes."""

from __future__ import annotations

import os
import struct
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.catalog import describe
from models.gguf import GgufError, GgufInfo, read_gguf
from tests.models.gguf_writer import TINY_TENSORS, header, tiny_model_metadata

TIME_BUDGET_S = 3.0  # per file; the slowest hostile header within the limits takes ≈1 s here
MEMORY_BUDGET = 48 * 1024 * 1024  # traced peak per file

DETERMINISTIC = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

TINY_HEADER, TINY_DATA = header(tiny_model_metadata(**{"general.languages": ["en", "nl"]}), TINY_TENSORS)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("gguf-props") / "candidate.gguf"


@pytest.fixture(scope="module")
def starter_header(starter_model: Path) -> tuple[bytes, int]:
    info = read_gguf(starter_model)
    with starter_model.open("rb") as handle:
        return handle.read(info.data_start), info.file_size


def check_within_budget(path: Path) -> GgufInfo | None:
    """Read `path` twice: timed, then with memory tracing. Only GgufError may escape."""
    started = time.perf_counter()
    try:
        info: GgufInfo | None = read_gguf(path)
    except GgufError as exc:
        assert exc.reason and exc.reason.endswith(".")
        info = None
    elapsed = time.perf_counter() - started
    assert elapsed < TIME_BUDGET_S, f"took {elapsed:.2f}s"
    tracemalloc.start()
    try:
        try:
            read_gguf(path)
        except GgufError:
            pass
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MEMORY_BUDGET, f"peak {peak / 1_048_576:.0f} MB"
    if info is not None:  # a header that parses also lists cleanly
        assert describe(path).info is not None
        assert info.expected_size <= info.file_size
    return info


def write_sparse(path: Path, head: bytes, size: int) -> None:
    """`head` followed by zeros up to `size` bytes, without writing the zeros."""
    with path.open("wb") as handle:
        handle.write(head)
        handle.truncate(max(size, len(head)))


Mutation = Callable[[bytes], bytes]


@st.composite
def mutations(draw: st.DrawFn, size: int) -> Mutation:
    """A few edits aimed at what a reader trusts: single bytes, 64-bit lengths and counts,
    cuts and insertions."""
    edits = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["byte", "u64", "u32", "cut", "insert"]),
                st.integers(0, max(size - 1, 0)),
                st.sampled_from([0, 1, 7, 255, 2**31, 2**32 - 1, 2**62, 2**64 - 1]) | st.integers(0, 2**64 - 1),
            ),
            min_size=1,
            max_size=4,
        )
    )

    def apply(data: bytes) -> bytes:
        out = bytearray(data)
        for kind, position, value in edits:
            position = min(position, max(len(out) - 1, 0))
            if kind == "byte" and out:
                out[position] = value & 0xFF
            elif kind == "u64":
                out[position : position + 8] = struct.pack("<Q", value)
            elif kind == "u32":
                out[position : position + 4] = struct.pack("<I", value & 0xFFFFFFFF)
            elif kind == "cut":
                del out[position:]
            else:
                out[position:position] = struct.pack("<Q", value)
        return bytes(out)

    return apply


@DETERMINISTIC
@given(st.binary(max_size=4096))
def test_random_bytes(scratch: Path, data: bytes) -> None:
    scratch.write_bytes(data)
    assert check_within_budget(scratch) is None or data.startswith(b"GGUF")


@DETERMINISTIC
@given(st.binary(max_size=4096))
def test_random_bytes_after_a_valid_preamble(scratch: Path, data: bytes) -> None:
    scratch.write_bytes(b"GGUF" + struct.pack("<I", 3) + data)
    check_within_budget(scratch)


@DETERMINISTIC
@given(mutations(len(TINY_HEADER)))
def test_mutated_small_model_header(scratch: Path, mutate: Mutation) -> None:
    write_sparse(scratch, mutate(TINY_HEADER), len(TINY_HEADER) + TINY_DATA)
    check_within_budget(scratch)


@settings(DETERMINISTIC, max_examples=25)
@given(st.data())
def test_mutated_starter_model_header(scratch: Path, starter_header: tuple[bytes, int], data: st.DataObject) -> None:
    head, size = starter_header
    mutate = data.draw(mutations(len(head)))
    write_sparse(scratch, mutate(head), size)
    check_within_budget(scratch)


def test_unmutated_inputs_parse(scratch: Path, starter_header: tuple[bytes, int]) -> None:
    """The properties above would pass vacuously if the originals did not parse."""
    write_sparse(scratch, TINY_HEADER, len(TINY_HEADER) + TINY_DATA)
    assert check_within_budget(scratch) is not None
    head, size = starter_header
    write_sparse(scratch, head, size)
    info = check_within_budget(scratch)
    assert info is not None and info.architecture == "llama"
    os.unlink(scratch)
