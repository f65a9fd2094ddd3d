"""Writes GGUF files for tests: valid ones with any metadata and small tensors, and hostile
ones (huge counts, endless lists) that a real model never has."""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.ggml_types import GGML_TYPES

UINT8, INT8, UINT16, INT16, UINT32, INT32, FLOAT32, BOOL, STRING, ARRAY, UINT64, INT64, FLOAT64 = range(13)
_CODES = {UINT8: "B", INT8: "b", UINT16: "H", INT16: "h", UINT32: "I", INT32: "i", FLOAT32: "f", BOOL: "?",
          UINT64: "Q", INT64: "q", FLOAT64: "d"}


def gguf_string(text: str | bytes) -> bytes:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return struct.pack("<Q", len(data)) + data


def typed(value: Any) -> tuple[int, bytes]:
    """(GGUF value type, encoded value) for a Python value."""
    if isinstance(value, bool):
        return BOOL, struct.pack("<?", value)
    if isinstance(value, int):
        return (UINT32, struct.pack("<I", value)) if 0 <= value < 2**32 else (INT64, struct.pack("<q", value))
    if isinstance(value, float):
        return FLOAT32, struct.pack("<f", value)
    if isinstance(value, (str, bytes)):
        return STRING, gguf_string(value)
    if isinstance(value, list):
        item_type = typed(value[0])[0] if value else STRING
        body = b"".join(typed(item)[1] for item in value)
        return ARRAY, struct.pack("<IQ", item_type, len(value)) + body
    raise TypeError(value)


def kv(key: str, value: Any) -> bytes:
    value_type, encoded = typed(value)
    return gguf_string(key) + struct.pack("<I", value_type) + encoded


@dataclass(frozen=True)
class Tensor:
    name: str
    dims: tuple[int, ...]
    ggml_type: int = 0  # F32


def header(metadata: dict[str, Any], tensors: Sequence[Tensor] = (), *, alignment: int = 32) -> tuple[bytes, int]:
    """(header bytes padded to the data section, data section size)."""
    out = b"GGUF" + struct.pack("<IQQ", 3, len(tensors), len(metadata))
    out += b"".join(kv(k, v) for k, v in metadata.items())
    offset = 0
    for tensor in tensors:
        out += gguf_string(tensor.name) + struct.pack("<I", len(tensor.dims))
        out += b"".join(struct.pack("<Q", d) for d in tensor.dims)
        out += struct.pack("<IQ", tensor.ggml_type, offset)
        n = 1
        for d in tensor.dims:
            n *= d
        nbytes = GGML_TYPES[tensor.ggml_type].nbytes(n)
        offset += (nbytes + alignment - 1) // alignment * alignment
    out += b"\0" * (-len(out) % alignment)
    return out, offset


def write_gguf(path: Path, metadata: dict[str, Any], tensors: Sequence[Tensor] = ()) -> Path:
    head, data_size = header(metadata, tensors)
    path.write_bytes(head + b"\0" * data_size)
    return path


def tiny_model_metadata(**extra: Any) -> dict[str, Any]:
    return {
        "general.architecture": "llama",
        "general.name": "Tiny Test",
        "general.file_type": 15,
        "llama.context_length": 4096,
        "llama.block_count": 2,
        "llama.embedding_length": 64,
        "llama.attention.head_count": 4,
        "llama.attention.head_count_kv": 2,
        "tokenizer.chat_template": "{{ messages }}",
        **extra,
    }


TINY_TENSORS = (Tensor("token_embd.weight", (256, 8), 12), Tensor("output_norm.weight", (256,), 0))


def endless_strings_header(count: int, *, arrays: int = 1) -> bytes:
    """A header whose metadata is `arrays` lists of `count` empty strings each (the issue-13
    file had 10 million), built without holding the list in memory twice."""
    out = bytearray(b"GGUF" + struct.pack("<IQQ", 3, 0, arrays))
    empty = struct.pack("<Q", 0)
    for index in range(arrays):
        out += gguf_string(f"junk.{index}") + struct.pack("<IIQ", ARRAY, STRING, count)
        out += empty * count
    return bytes(out)
