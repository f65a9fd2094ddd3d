"""Reading a GGUF file's header without loading the model (and without llama_cpp).

Used to list models with their name, architecture and context length, and to give a
precise reason when a file is not a GGUF model or is truncated — llama.cpp itself only
says "Failed to load model from file".
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

GGUF_MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
DEFAULT_ALIGNMENT = 32
# Sanity limits: a damaged header must not make us allocate gigabytes.
MAX_STRING_BYTES = 64 * 1024 * 1024
MAX_ARRAY_ITEMS = 10_000_000
MAX_COUNT = 10_000_000

# GGUF metadata value types.
_UINT8, _INT8, _UINT16, _INT16, _UINT32, _INT32, _FLOAT32, _BOOL, _STRING, _ARRAY, _UINT64, _INT64, _FLOAT64 = range(13)
_SCALAR_FORMATS: dict[int, str] = {
    _UINT8: "<B", _INT8: "<b", _UINT16: "<H", _INT16: "<h", _UINT32: "<I", _INT32: "<i",
    _FLOAT32: "<f", _BOOL: "<?", _UINT64: "<Q", _INT64: "<q", _FLOAT64: "<d",
}

# ggml tensor types: (elements per block, bytes per block). Types missing here are
# simply not size-checked; the loader still checks them.
GGML_BLOCK_SIZES: dict[int, tuple[int, int]] = {
    0: (1, 4), 1: (1, 2), 2: (32, 18), 3: (32, 20), 6: (32, 22), 7: (32, 24), 8: (32, 34),
    9: (32, 36), 10: (256, 84), 11: (256, 110), 12: (256, 144), 13: (256, 176), 14: (256, 210),
    15: (256, 292), 24: (1, 1), 25: (1, 2), 26: (1, 4), 27: (1, 8), 28: (1, 8), 30: (1, 2),
}


class GgufError(ValueError):
    """The file is not a usable GGUF file. `reason` is one plain sentence."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class TensorInfo:
    name: str
    n_elements: int
    ggml_type: int
    offset: int  # relative to the start of the data section


@dataclass(frozen=True)
class GgufInfo:
    path: Path
    version: int
    file_size: int
    metadata: dict[str, Any] = field(repr=False)
    tensors: tuple[TensorInfo, ...] = field(repr=False)
    data_start: int = 0

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", ""))

    @property
    def name(self) -> str:
        return str(self.metadata.get("general.name") or self.path.stem)

    @property
    def context_length(self) -> int:
        value = self.metadata.get(f"{self.architecture}.context_length", 0)
        return int(value) if isinstance(value, int) else 0

    @property
    def has_chat_template(self) -> bool:
        return isinstance(self.metadata.get("tokenizer.chat_template"), str)

    @property
    def expected_size(self) -> int:
        """Smallest file size that holds every tensor (types we know the size of)."""
        if not self.tensors:
            return 0
        end = self.data_start
        for tensor in self.tensors:
            block = GGML_BLOCK_SIZES.get(tensor.ggml_type)
            nbytes = 0 if block is None else (tensor.n_elements // block[0]) * block[1]
            end = max(end, self.data_start + tensor.offset + nbytes)
        return end


class _Reader:
    def __init__(self, handle: BinaryIO, file_size: int) -> None:
        self.handle = handle
        self.file_size = file_size

    def read(self, n: int) -> bytes:
        data = self.handle.read(n)
        if len(data) != n:
            raise GgufError("the file ends in the middle of its header (it is truncated).")
        return data

    def scalar(self, value_type: int) -> Any:
        fmt = _SCALAR_FORMATS[value_type]
        return struct.unpack(fmt, self.read(struct.calcsize(fmt)))[0]

    def u32(self) -> int:
        return int(self.scalar(_UINT32))

    def u64(self) -> int:
        return int(self.scalar(_UINT64))

    def string(self) -> str:
        length = self.u64()
        if length > MAX_STRING_BYTES or self.handle.tell() + length > self.file_size:
            raise GgufError("the header holds an impossible string length (the file is damaged or truncated).")
        return self.read(length).decode("utf-8", errors="replace")

    def value(self, value_type: int) -> Any:
        if value_type == _STRING:
            return self.string()
        if value_type == _ARRAY:
            item_type = self.u32()
            count = self.u64()
            if count > MAX_ARRAY_ITEMS:
                raise GgufError("the header holds an impossible array length (the file is damaged).")
            if item_type in _SCALAR_FORMATS:
                # Skip big numeric arrays (token scores) instead of decoding them one by one.
                size = struct.calcsize(_SCALAR_FORMATS[item_type])
                self.handle.seek(size * count, 1)
                return count
            return [self.value(item_type) for _ in range(count)]
        if value_type in _SCALAR_FORMATS:
            return self.scalar(value_type)
        raise GgufError(f"the header holds an unknown value type ({value_type}); the file is damaged.")


def read_gguf(path: Path) -> GgufInfo:
    """Parse the header and tensor table. Raises GgufError (or OSError for I/O problems)."""
    with path.open("rb") as handle:
        file_size = path.stat().st_size
        reader = _Reader(handle, file_size)
        magic = handle.read(4)
        if magic != GGUF_MAGIC:
            raise GgufError("it is not a GGUF model file (the first bytes are not 'GGUF').")
        version = reader.u32()
        if version not in SUPPORTED_VERSIONS:
            raise GgufError(f"it uses GGUF version {version}, which this OwnVoice cannot read.")
        n_tensors = reader.u64()
        n_kv = reader.u64()
        if n_tensors > MAX_COUNT or n_kv > MAX_COUNT:
            raise GgufError("the header holds impossible counts (the file is damaged).")
        metadata: dict[str, Any] = {}
        for _ in range(n_kv):
            key = reader.string()
            metadata[key] = reader.value(reader.u32())
        tensors = []
        for _ in range(n_tensors):
            name = reader.string()
            n_dims = reader.u32()
            if n_dims > 8:
                raise GgufError("the tensor table is damaged.")
            n_elements = 1
            for _ in range(n_dims):
                n_elements *= reader.u64()
            ggml_type = reader.u32()
            offset = reader.u64()
            tensors.append(TensorInfo(name, n_elements, ggml_type, offset))
        alignment = metadata.get("general.alignment", DEFAULT_ALIGNMENT)
        if not isinstance(alignment, int) or alignment <= 0:
            alignment = DEFAULT_ALIGNMENT
        position = handle.tell()
        data_start = (position + alignment - 1) // alignment * alignment
    info = GgufInfo(path, version, file_size, metadata, tuple(tensors), data_start)
    if info.expected_size > file_size:
        missing = info.expected_size - file_size
        raise GgufError(
            f"the file is truncated: {missing / 1_048_576:.1f} MB of model data are missing "
            "(an interrupted download or copy)."
        )
    return info
