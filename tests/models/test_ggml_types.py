"""Our GGUF reader against llama.cpp's own Python package (gguf-py): same types, same header."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.ggml_types import FILE_TYPES, GGML_TYPES
from models.gguf import LargeArray, read_gguf

gguf = pytest.importorskip("gguf", reason="gguf-py (llama.cpp's reader) is a dev dependency")


def test_every_tensor_type_gguf_py_knows_is_known_with_its_block_size() -> None:
    upstream = {int(t): (t.name, *gguf.GGML_QUANT_SIZES[t]) for t in gguf.GGMLQuantizationType}
    ours = {type_id: (t.name, t.block_elements, t.block_bytes) for type_id, t in GGML_TYPES.items()}
    assert ours == upstream


def test_every_file_type_gguf_py_knows_has_its_name() -> None:
    upstream = {
        int(t): t.name.removeprefix("MOSTLY_").removeprefix("ALL_")
        for t in gguf.LlamaFileType
        if t.name != "GUESSED"
    }
    assert FILE_TYPES == upstream


def test_starter_model_header_matches_gguf_py(starter_model: Path) -> None:
    ours = read_gguf(starter_model)
    reader = gguf.GGUFReader(starter_model)
    upstream_meta = {}
    for name, fld in reader.fields.items():
        if name.startswith("GGUF."):
            continue  # the reader's own bookkeeping (version, counts)
        upstream_meta[name] = fld.contents()
    assert set(ours.metadata) == set(upstream_meta)
    for key, value in ours.metadata.items():
        expected = upstream_meta[key]
        if isinstance(value, LargeArray):
            assert value.count == len(expected), key
        elif isinstance(value, float):
            assert value == pytest.approx(expected), key
        else:
            assert value == expected, key

    assert [t.name for t in ours.tensors] == [t.name for t in reader.tensors]
    assert [t.ggml_type for t in ours.tensors] == [int(t.tensor_type) for t in reader.tensors]
    assert [t.n_elements for t in ours.tensors] == [int(t.n_elements) for t in reader.tensors]
    assert [t.nbytes for t in ours.tensors] == [int(t.n_bytes) for t in reader.tensors]
    assert [ours.data_start + t.offset for t in ours.tensors] == [int(t.data_offset) for t in reader.tensors]
    assert ours.quantisation == "Q4_1"
    assert ours.parameter_count == sum(int(t.n_elements) for t in reader.tensors)
