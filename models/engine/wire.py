"""Framing for the engine protocol: length-prefixed pickles over the child's stdin/stdout.

Both ends are our own code, started by us, so pickle is safe here and keeps the
protocol dataclasses simple.
"""

from __future__ import annotations

import pickle
import struct
from typing import IO

_HEADER = struct.Struct("!I")
MAX_FRAME_BYTES = 256 * 1024 * 1024


def write_frame(stream: IO[bytes], message: object) -> None:
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(payload)) + payload)
    stream.flush()


def read_frame(stream: IO[bytes]) -> object:
    """The next message. Raises EOFError when the other side closed the pipe."""
    header = _read_exactly(stream, _HEADER.size)
    (length,) = _HEADER.unpack(header)
    if length > MAX_FRAME_BYTES:
        raise EOFError("corrupt frame")
    return pickle.loads(_read_exactly(stream, length))


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    chunks = []
    remaining = size
    while remaining:
        chunk = stream.read(remaining)
        if not chunk:
            raise EOFError("pipe closed")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)
