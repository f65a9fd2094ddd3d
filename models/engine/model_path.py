"""Paths llama.cpp can open, and what we tell a model's chat template.

llama-cpp-python encodes the model path as UTF-8, so a file name with bytes that are not
UTF-8 (kept by Python as lone surrogates) fails with a bare "could not load" — it was
blamed on llama.cpp. Such a file is opened here and handed over as /dev/fd/N, which
llama.cpp opens like any path (Linux and macOS); Windows names are always Unicode.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Variables every chat template is rendered with. Hybrid "thinking" models (Qwen3) write a
# long reasoning block before the answer unless told not to; a post needs only the answer.
# Templates that do not know a variable ignore it.
TEMPLATE_VARIABLES: dict[str, Any] = {"enable_thinking": False}


@contextlib.contextmanager
def openable_path(path: Path) -> Iterator[str]:
    """A path string for llama.cpp, valid inside the `with` block (loading only: llama.cpp
    keeps its own mapping of the file afterwards)."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        yield text
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        yield f"/dev/fd/{fd}"
    finally:
        os.close(fd)
