"""Entry point of the engine process (`python -m models.engine`, or the frozen app with
ENGINE_FLAG). Kept free of llama_cpp until the output is redirected."""

from __future__ import annotations

import os
import sys

ENGINE_FLAG = "--ownvoice-engine"
LOG_ENV = "OWNVOICE_ENGINE_LOG"


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
    target = log_path or os.devnull
    if log_path:
        os.makedirs(os.path.dirname(log_path) or ".", exist_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
