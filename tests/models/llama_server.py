"""llama-cpp-python's own OpenAI-compatible server (`python -m llama_cpp.server`), started on
127.0.0.1 with the starter model for the server-backend tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

API_KEY = "test-key-123"
MODEL_ALIAS = "starter"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LlamaServer:
    def __init__(self, model: Path, log: Path) -> None:
        self.port = free_port()
        self.model = model
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self, timeout_s: float = 180.0) -> LlamaServer:
        try:
            import llama_cpp.server  # noqa: F401
        except ImportError as exc:
            pytest.fail(f"llama-cpp-python's [server] extra is not installed ({exc}); run `make setup`")
        command = [
            sys.executable, "-m", "llama_cpp.server",
            "--model", str(self.model), "--model_alias", MODEL_ALIAS,
            "--host", "127.0.0.1", "--port", str(self.port),
            "--n_threads", "1", "--n_threads_batch", "1", "--n_ctx", "4096",
            "--api_key", API_KEY,
        ]  # fmt: skip
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=log, start_new_session=True)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited: {self.log.read_text(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=2):
                    pass
            except urllib.error.HTTPError:
                return self  # 401 without a key: it is up
            except OSError:
                time.sleep(0.3)
                continue
            return self
        self.stop()
        raise RuntimeError("llama_cpp.server did not start in time")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
