"""Entry point of the engine process (`python -m models.engine`, or the frozen app with
ENGINE_FLAG). Kept free of llama_cpp until the output is redirected."""

from __future__ import annotations

import faulthandler
import os
import sys

ENGINE_FLAG = "--ownvoice-engine"
LOG_ENV = "OWNVOICE_ENGINE_LOG"
ENGINE_LOG_MAX_BYTES = 1_000_000
ENGINE_LOG_BACKUPS = 3


def engine_command() -> list[str]:
    """How the app starts an engine process."""
    if getattr(sys, "frozen", False):  # PyInstaller: the app binary doubles as the engine
        return [sys.executable, ENGINE_FLAG]
    return [sys.executable, "-m", "models.engine"]


def engine_main() -> None:
    # The protocol runs over the original stdin/stdout; keep private copies of them and
    # point fds 1 and 2 at the log, because llama.cpp and ggml print from C and the engine
    # must never write to the app's terminal (or into the protocol stream) unasked.
    protocol_in = os.fdopen(os.dup(0), "rb", buffering=0)
    protocol_out = os.fdopen(os.dup(1), "wb")
    log_path = os.environ.get(LOG_ENV, "")
    _redirect_output(log_path)
    null_in = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null_in, 0)
    os.close(null_in)

    from models.engine import child  # heavy: imports llama_cpp

    child.serve(protocol_in, protocol_out)


def _redirect_output(log_path: str) -> None:
    fd = open_engine_log(log_path) if log_path else os.open(os.devnull, os.O_WRONLY)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    # A native crash (in llama.cpp or ggml) leaves its Python stack in the engine log.
    faulthandler.enable(all_threads=True)


def open_engine_log(log_path: str | os.PathLike[str]) -> int:
    """The engine log, opened for appending: owner-only (0600, in a 0700 folder), and rotated
    first (engine.log -> .1 -> .2 -> .3) once it has grown past ENGINE_LOG_MAX_BYTES."""
    path = os.fspath(log_path)
    folder = os.path.dirname(path) or "."
    os.makedirs(folder, mode=0o700, exist_ok=True)
    try:
        if os.path.getsize(path) > ENGINE_LOG_MAX_BYTES:
            for number in range(ENGINE_LOG_BACKUPS - 1, 0, -1):
                if os.path.exists(f"{path}.{number}"):
                    os.replace(f"{path}.{number}", f"{path}.{number + 1}")
            os.replace(path, f"{path}.1")
    except OSError:
        pass  # no log yet, or another engine rotated it first
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.chmod(path, 0o600)  # older versions wrote it world-readable
    return fd
