"""Reading a GGUF file's header without loading the model (and without llama_cpp).

Used to list models with their architecture, size, quantisation and context length, and
to give a precise reason when a file is not a usable GGUF model — llama.cpp itself only
says "Failed to load model from file".

The reader is built for hostile files: it opens nothing but regular files (a FIFO named
`x.gguf` would block a plain open), and its work and memory are bounded by `Limits` —
counts, string lengths, array sizes, total header bytes and the bytes it keeps — so a
damaged or crafted header is refused in milliseconds instead of eating gigabytes.
Big arrays (the tokenizer's 50k–260k tokens and merges) are skipped, not decoded: a
listing needs none of them, and the engine reads the vocabulary through llama.cpp.
"""

from __future__ import annotations

import os
import stat
import struct
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from models.ggml_types import FILE_TYPES, GGML_TYPES, type_name

GGUF_MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
DEFAULT_ALIGNMENT = 32
GGML_MAX_DIMS = 4
_INT64_MAX = (1 << 63) - 1
_READ_CHUNK = 1 << 20


@dataclass(frozen=True)
class Limits:
    """What a header may ask of the reader. Real models stay far below every limit: the
    largest vocabularies have ~262k tokens, the largest headers a few tens of MB."""

    max_key_value_pairs: int = 65_536
    max_tensors: int = 100_000
    max_key_bytes: int = 65_536  # keys and tensor names
    max_string_bytes: int = 16 * 1024 * 1024  # one string value (chat templates are ~10 kB)
    max_array_items: int = 2_097_152  # one array
    max_items: int = 4_194_304  # every value in the header together
    max_header_bytes: int = 256 * 1024 * 1024  # metadata plus tensor table
    max_kept_bytes: int = 32 * 1024 * 1024  # decoded strings kept in `metadata`
    kept_array_items: int = 4096  # arrays up to this size are decoded; bigger ones summarised


DEFAULT_LIMITS = Limits()


class GgufError(ValueError):
    """The file is not a usable GGUF file. `reason` is one plain sentence."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class LargeArray:
    """An array too big to be worth decoding for a listing (token lists, scores, merges)."""

    item_type: str  # "string", "float32", …
    count: int


@dataclass(frozen=True)
class TensorInfo:
    name: str
    n_elements: int
    ggml_type: int
    offset: int  # relative to the start of the data section

    @property
    def nbytes(self) -> int:
        known = GGML_TYPES.get(self.ggml_type)
        return known.nbytes(self.n_elements) if known else 0


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

    def arch_value(self, key: str) -> Any:
        """`<architecture>.<key>`, e.g. arch_value("block_count")."""
        return self.metadata.get(f"{self.architecture}.{key}")

    @property
    def context_length(self) -> int:
        return _as_int(self.arch_value("context_length"))

    @property
    def has_chat_template(self) -> bool:
        return isinstance(self.metadata.get("tokenizer.chat_template"), str)

    @property
    def licence(self) -> str:
        """The licence id or name the file declares ("apache-2.0", "gemma", …); empty if none."""
        for key in ("general.license", "general.license.name"):
            value = self.metadata.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
        return ""

    @property
    def parameter_count(self) -> int:
        return sum(t.n_elements for t in self.tensors)

    @property
    def size_label(self) -> str:
        """"1.7B", "135M": the file's own label, else counted from the tensors."""
        label = self.metadata.get("general.size_label")
        if isinstance(label, str) and label.strip():
            return label.strip()
        return format_parameter_count(self.parameter_count)

    @property
    def quantisation(self) -> str:
        """"Q4_K_M", "Q8_0", …: from general.file_type, else the type holding most bytes."""
        file_type = self.metadata.get("general.file_type")
        if isinstance(file_type, int) and file_type in FILE_TYPES:
            return FILE_TYPES[file_type]
        by_bytes: Counter[int] = Counter()
        for tensor in self.tensors:
            by_bytes[tensor.ggml_type] += tensor.nbytes
        if not by_bytes:
            return ""
        return type_name(by_bytes.most_common(1)[0][0])

    @property
    def tensor_bytes(self) -> int:
        return sum(t.nbytes for t in self.tensors)

    @property
    def expected_size(self) -> int:
        """Smallest file size that holds every tensor."""
        if not self.tensors:
            return 0
        return max(self.data_start + t.offset + t.nbytes for t in self.tensors)


def format_parameter_count(count: int) -> str:
    if count <= 0:
        return ""
    for unit, scale in (("T", 1e12), ("B", 1e9), ("M", 1e6), ("K", 1e3)):
        if count >= scale:
            value = count / scale
            return f"{value:.0f}{unit}" if value >= 100 else f"{value:.3g}{unit}"
    return str(count)


def _as_int(value: Any) -> int:
    return int(value) if isinstance(value, int) and not isinstance(value, bool) else 0


# ---------------------------------------------------------------- opening


def open_regular_file(path: Path) -> BinaryIO:
    """Open `path` for reading only if it is a regular file (following links).

    A FIFO would block `open()` forever and a device may have side effects, so the type is
    checked before opening and again on the open descriptor (the file may have been swapped
    in between). Raises GgufError for anything that is not a regular file, OSError for I/O.
    """
    check_regular_file(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise GgufError(_not_regular_reason(os.fstat(fd).st_mode))
        return os.fdopen(fd, "rb", buffering=0)
    except BaseException:
        os.close(fd)
        raise


def check_regular_file(path: Path) -> os.stat_result:
    """stat() `path` without opening it; GgufError unless it is a regular file."""
    try:
        status = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise GgufError("it is a link to a file that no longer exists.") from None
        raise
    if not stat.S_ISREG(status.st_mode):
        raise GgufError(_not_regular_reason(status.st_mode))
    return status


def _not_regular_reason(mode: int) -> str:
    if stat.S_ISDIR(mode):
        what = "a folder"
    elif stat.S_ISFIFO(mode):
        what = "a named pipe (FIFO)"
    elif stat.S_ISSOCK(mode):
        what = "a socket"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = "a device"
    else:
        what = "not a regular file"
    return f"it is {what}, not a model file."


# ---------------------------------------------------------------- parsing

# GGUF metadata value types.
_UINT8, _INT8, _UINT16, _INT16, _UINT32, _INT32, _FLOAT32, _BOOL, _STRING, _ARRAY, _UINT64, _INT64, _FLOAT64 = range(13)
_SCALAR_CODES: dict[int, str] = {
    _UINT8: "B", _INT8: "b", _UINT16: "H", _INT16: "h", _UINT32: "I", _INT32: "i",
    _FLOAT32: "f", _BOOL: "?", _UINT64: "Q", _INT64: "q", _FLOAT64: "d",
}
_TYPE_NAMES = {
    _UINT8: "uint8", _INT8: "int8", _UINT16: "uint16", _INT16: "int16", _UINT32: "uint32", _INT32: "int32",
    _FLOAT32: "float32", _BOOL: "bool", _STRING: "string", _ARRAY: "array", _UINT64: "uint64",
    _INT64: "int64", _FLOAT64: "float64",
}
_U32 = struct.Struct("<I")
_U64 = struct.Struct("<Q")
_TRUNCATED = "the file ends in the middle of its header (it is truncated)."


class _Reader:
    """Reads the header through a 1 MB window, checking every length against the file and
    the limits before acting on it."""

    def __init__(self, raw: BinaryIO, file_size: int, limits: Limits) -> None:
        self._raw = raw
        self.file_size = file_size
        self.limits = limits
        self._buf = b""
        self._pos = 0
        self._base = 0  # file offset of _buf[0]
        self._items = 0
        self._kept = 0

    @property
    def offset(self) -> int:
        return self._base + self._pos

    def _check_reach(self, end: int) -> None:
        if end > self.file_size:
            raise GgufError(_TRUNCATED)
        if end > self.limits.max_header_bytes:
            raise GgufError(
                f"its header is larger than {self.limits.max_header_bytes // 1_048_576} MB, far more "
                "than any model needs (the file is damaged or not a real model)."
            )

    def _need(self, n: int) -> None:
        available = len(self._buf) - self._pos
        if available >= n:
            return
        self._check_reach(self.offset + n)
        want = max(n - available, _READ_CHUNK)
        parts = [self._buf[self._pos :]]
        got = available
        while got < n:
            data = self._raw.read(want)
            if not data:
                raise GgufError(_TRUNCATED)
            parts.append(data)
            got += len(data)
        self._base = self.offset
        self._buf = b"".join(parts)
        self._pos = 0

    def take(self, n: int) -> bytes:
        self._need(n)
        data = self._buf[self._pos : self._pos + n]
        self._pos += n
        return data

    def skip(self, n: int) -> None:
        if self._pos + n <= len(self._buf):
            self._pos += n
            return
        target = self.offset + n
        self._check_reach(target)
        self._raw.seek(target)
        self._buf, self._pos, self._base = b"", 0, target

    def u32(self) -> int:
        self._need(4)
        (value,) = _U32.unpack_from(self._buf, self._pos)
        self._pos += 4
        return int(value)

    def u64(self) -> int:
        self._need(8)
        (value,) = _U64.unpack_from(self._buf, self._pos)
        self._pos += 8
        return int(value)

    def count_items(self, n: int) -> None:
        self._items += n
        if self._items > self.limits.max_items:
            raise GgufError(
                f"its header holds more than {self.limits.max_items:,} values, far more than any "
                "model has (the file is damaged or not a real model)."
            )

    def text(self, max_bytes: int, what: str) -> str:
        length = self.u64()
        if length > max_bytes:
            raise GgufError(f"the header holds a {what} of {length:,} bytes (the file is damaged).")
        self._check_reach(self.offset + length)
        self._kept += length
        if self._kept > self.limits.max_kept_bytes:
            raise GgufError("the header holds far more text than any model has (the file is damaged).")
        return self.take(length).decode("utf-8", errors="replace")

    def skip_strings(self, count: int) -> None:
        """Skip `count` strings without decoding them (the hot loop for token lists)."""
        max_len = self.limits.max_string_bytes
        unpack_from = _U64.unpack_from
        remaining = count
        while remaining:
            buf, pos, end = self._buf, self._pos, len(self._buf)
            while remaining and pos + 8 <= end:
                (length,) = unpack_from(buf, pos)
                if pos + 8 + length > end:
                    break
                if length > max_len:
                    break
                pos += 8 + length
                remaining -= 1
            self._pos = pos
            if remaining:  # the next string crosses the window (or is too long): slow path
                length = self.u64()
                if length > max_len:
                    raise GgufError(f"the header holds a string of {length:,} bytes (the file is damaged).")
                self.skip(length)
                remaining -= 1

    def value(self, value_type: int) -> Any:
        if value_type == _STRING:
            return self.text(self.limits.max_string_bytes, "string")
        if value_type == _ARRAY:
            return self.array()
        code = _SCALAR_CODES.get(value_type)
        if code is None:
            raise GgufError(f"the header holds an unknown value type ({value_type}); the file is damaged.")
        fmt = struct.Struct("<" + code)
        return fmt.unpack(self.take(fmt.size))[0]

    def array(self) -> Any:
        item_type = self.u32()
        count = self.u64()
        if count > self.limits.max_array_items:
            raise GgufError(
                f"the header holds a list of {count:,} values, far more than any model has "
                "(the file is damaged or not a real model)."
            )
        self.count_items(count)
        keep = count <= self.limits.kept_array_items
        if item_type == _STRING:
            if keep:
                return [self.text(self.limits.max_string_bytes, "string") for _ in range(count)]
            self.skip_strings(count)
            return LargeArray("string", count)
        code = _SCALAR_CODES.get(item_type)
        if code is None:
            if item_type == _ARRAY:
                raise GgufError("the header holds a list of lists, which GGUF models never use (the file is damaged).")
            raise GgufError(f"the header holds a list of an unknown type ({item_type}); the file is damaged.")
        size = struct.calcsize("<" + code)
        if keep:
            return list(struct.unpack(f"<{count}{code}", self.take(size * count)))
        self.skip(size * count)
        return LargeArray(_TYPE_NAMES[item_type], count)


def read_gguf(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> GgufInfo:
    """Parse the header and tensor table of a regular file.

    Raises GgufError with a sentence for the user (not a regular file, not a GGUF, damaged,
    truncated, beyond the limits) or OSError for I/O problems."""
    with open_regular_file(path) as raw:
        file_size = os.fstat(raw.fileno()).st_size
        reader = _Reader(raw, file_size, limits)
        if file_size < 4 or reader.take(4) != GGUF_MAGIC:
            raise GgufError("it is not a GGUF model file (the first bytes are not 'GGUF').")
        return _parse(path, reader, file_size, limits)


def _parse(path: Path, reader: _Reader, file_size: int, limits: Limits) -> GgufInfo:
    version = reader.u32()
    if version not in SUPPORTED_VERSIONS:
        raise GgufError(f"it uses GGUF version {version}, which this OwnVoice cannot read.")
    n_tensors = reader.u64()
    n_kv = reader.u64()
    if n_tensors > limits.max_tensors or n_kv > limits.max_key_value_pairs:
        raise GgufError(
            f"the header claims {n_tensors:,} tensors and {n_kv:,} settings, far more than any "
            "model has (the file is damaged)."
        )
    reader.count_items(n_kv + n_tensors)
    metadata: dict[str, Any] = {}
    for _ in range(n_kv):
        key = reader.text(limits.max_key_bytes, "setting name")
        if key in metadata:
            raise GgufError(f"the header holds the setting '{key[:80]}' twice (the file is damaged).")
        metadata[key] = reader.value(reader.u32())
    alignment = _alignment(metadata)
    tensors = _read_tensor_table(reader, n_tensors, limits, alignment)
    data_start = (reader.offset + alignment - 1) // alignment * alignment
    info = GgufInfo(path, version, file_size, metadata, tensors, data_start)
    if info.expected_size > file_size:
        missing = info.expected_size - file_size
        raise GgufError(
            f"the file is truncated: {missing / 1_048_576:.1f} MB of model data are missing "
            "(an interrupted download or copy)."
        )
    return info


def _alignment(metadata: dict[str, Any]) -> int:
    alignment = metadata.get("general.alignment", DEFAULT_ALIGNMENT)
    if not isinstance(alignment, int) or isinstance(alignment, bool) or alignment <= 0 or alignment & (alignment - 1):
        raise GgufError("the header holds an impossible data alignment (the file is damaged).")
    return alignment


def _read_tensor_table(reader: _Reader, count: int, limits: Limits, alignment: int) -> tuple[TensorInfo, ...]:
    """The tensor table, checked the way llama.cpp checks it before loading: known types,
    whole blocks, no duplicate names, each tensor right after the previous one."""
    tensors: list[TensorInfo] = []
    names: set[str] = set()
    expected_offset = 0
    for _ in range(count):
        name = reader.text(limits.max_key_bytes, "tensor name")
        if name in names:
            raise GgufError(f"the tensor '{name[:80]}' appears twice (the file is damaged).")
        names.add(name)
        n_dims = reader.u32()
        if n_dims > GGML_MAX_DIMS:
            raise GgufError("the tensor table is damaged (a tensor with more than 4 dimensions).")
        dims = [reader.u64() for _ in range(n_dims)]
        n_elements = 1
        for dim in dims:
            n_elements *= dim
            if n_elements > _INT64_MAX:
                raise GgufError("the tensor table is damaged (a tensor of impossible size).")
        ggml_type = reader.u32()
        known = GGML_TYPES.get(ggml_type)
        if known is None:
            raise GgufError(
                f"the tensor '{name[:80]}' uses a data type ({ggml_type}) this OwnVoice does not know "
                "(the file is damaged, or made for a newer llama.cpp)."
            )
        if dims and dims[0] % known.block_elements:
            raise GgufError(f"the tensor '{name[:80]}' does not fill whole {known.name} blocks (the file is damaged).")
        offset = reader.u64()
        if offset != expected_offset:
            raise GgufError("the tensor table is damaged (tensor data out of place).")
        tensor = TensorInfo(name, n_elements, ggml_type, offset)
        expected_offset += (tensor.nbytes + alignment - 1) // alignment * alignment
        tensors.append(tensor)
    return tuple(tensors)
