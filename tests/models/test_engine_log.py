"""engine.log is the user's own business and does not grow forever: owner-only, rotated."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from models.contract import ModelFormatError
from models.engine.bootstrap import ENGINE_LOG_BACKUPS, ENGINE_LOG_MAX_BYTES, open_engine_log
from models.engine.client import LocalEngineBackend


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_the_engine_log_is_owner_only_in_an_owner_only_folder(tmp_path: Path) -> None:
    log = tmp_path / "logs" / "engine.log"
    os.close(open_engine_log(log))
    assert mode(log) == 0o600 and mode(log.parent) == 0o700
    log.chmod(0o644)  # as an older OwnVoice wrote it
    os.close(open_engine_log(log))
    assert mode(log) == 0o600


def test_a_grown_engine_log_is_rotated_keeping_three(tmp_path: Path) -> None:
    log = tmp_path / "engine.log"
    for generation in range(ENGINE_LOG_BACKUPS + 2):
        log.write_bytes(f"generation {generation}\n".encode() + b"x" * ENGINE_LOG_MAX_BYTES)
        fd = open_engine_log(log)
        os.write(fd, b"fresh\n")
        os.close(fd)
        assert log.read_bytes() == b"fresh\n"
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["engine.log", "engine.log.1", "engine.log.2", "engine.log.3"]
    assert (tmp_path / "engine.log.1").read_bytes().startswith(b"generation 4")
    assert (tmp_path / "engine.log.3").read_bytes().startswith(b"generation 2")


@pytest.mark.engine
def test_the_real_engine_writes_its_log_private_and_rotated(tmp_path: Path) -> None:
    log = tmp_path / "logs" / "engine.log"
    log.parent.mkdir()
    log.write_bytes(b"old\n" * (ENGINE_LOG_MAX_BYTES // 4 + 1))
    log.chmod(0o644)
    model = tmp_path / "noise.gguf"
    model.write_bytes(os.urandom(100_000))
    backend = LocalEngineBackend(model, log_file=log)
    try:
        with pytest.raises(ModelFormatError):
            backend.load()
    finally:
        backend.close()
    assert mode(log) == 0o600
    assert (tmp_path / "logs" / "engine.log.1").read_bytes().startswith(b"old\n")
    assert log.stat().st_size < ENGINE_LOG_MAX_BYTES and b"old" not in log.read_bytes()
