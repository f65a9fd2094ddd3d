"""The organisation-server backend against llama-cpp-python's own OpenAI-compatible server
(started on 127.0.0.1 with the starter model), plus a scripted loopback server for the
failures a real server only shows now and then (429/503, a stream cut off)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.contract import ChatBackend, ChatMessage, GenerationOptions, NeverCancel
from models.server import (
    ServerAuthError,
    ServerBackend,
    ServerConfig,
    ServerTlsError,
    StreamCutError,
    UnknownServerModelError,
    list_models,
)
from tests.models.llama_server import API_KEY, MODEL_ALIAS, LlamaServer

pytestmark = pytest.mark.engine  # runs the real model (in llama_cpp.server)

SHORT = GenerationOptions(max_tokens=24, temperature=0.0, seed=1)
HELLO = [ChatMessage("user", "Say hello to the team in one short sentence.")]


@pytest.fixture(scope="module")
def llama_server(starter_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    server = LlamaServer(starter_model, tmp_path_factory.mktemp("llama-server") / "server.log").start()
    yield server
    server.stop()


def backend_for(server: LlamaServer, **changes: str) -> ServerBackend:
    values = {"base_url": server.base_url, "model": MODEL_ALIAS, "api_key": API_KEY, **changes}
    return ServerBackend(ServerConfig(values["base_url"], values["model"], values["api_key"]))


class Flag:
    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()


def test_it_is_a_chat_backend(llama_server: LlamaServer) -> None:
    assert isinstance(backend_for(llama_server), ChatBackend)


def test_lists_models_and_streams_a_reply(llama_server: LlamaServer) -> None:
    assert list_models(llama_server.base_url, API_KEY) == [MODEL_ALIAS]
    backend = backend_for(llama_server)
    info = backend.load()
    assert info.name == "starter on 127.0.0.1"
    assert any("127.0.0.1" in note for note in info.notes)
    stream = backend.stream(HELLO, SHORT, NeverCancel())
    chunks = list(stream)
    assert len(chunks) > 3 and "".join(chunks).strip()
    assert stream.stats.finish_reason in ("stop", "length")
    assert stream.stats.generated_tokens == len(chunks)


def test_cancel_ends_the_stream_within_250_ms_while_the_server_is_silent(llama_server: LlamaServer) -> None:
    # A long prompt keeps the server busy evaluating it (no tokens for seconds): the hardest
    # moment to cancel, since nothing arrives to wake the reader.
    story = " ".join(f"Our team shipped release {i} of the product to customers in region {i}." for i in range(50))
    cancel = Flag()
    stream = backend_for(llama_server).stream([ChatMessage("user", story)], GenerationOptions(max_tokens=200), cancel)
    cancelled_at: list[float] = []

    def cancel_soon() -> None:
        time.sleep(0.5)
        cancelled_at.append(time.monotonic())
        cancel.set()

    threading.Thread(target=cancel_soon).start()
    list(stream)
    ended = time.monotonic()
    assert stream.stats.cancelled
    assert ended - cancelled_at[0] < 0.25
    # The server finishes evaluating the prompt in its own time; it is usable again after.
    assert list_models(llama_server.base_url, API_KEY, timeout_s=120) == [MODEL_ALIAS]


def test_cancel_between_tokens(llama_server: LlamaServer) -> None:
    cancel = Flag()
    stream = backend_for(llama_server).stream(HELLO, GenerationOptions(max_tokens=300, seed=3), cancel)
    first = next(stream)
    cancel.set()
    started = time.monotonic()
    rest = list(stream)
    assert time.monotonic() - started < 0.25
    assert first and len(rest) <= 1 and stream.stats.cancelled


def test_wrong_api_key_is_reported_as_such(llama_server: LlamaServer) -> None:
    with pytest.raises(ServerAuthError, match="did not accept the API key") as caught:
        backend_for(llama_server, api_key="wrong").load()
    assert "Invalid API key" in str(caught.value)
    with pytest.raises(ServerAuthError):
        backend_for(llama_server, api_key="").load()


def test_unknown_model_names_the_ones_offered(llama_server: LlamaServer) -> None:
    with pytest.raises(UnknownServerModelError, match="no model called 'gpt-9'. It offers: starter"):
        backend_for(llama_server, model="gpt-9").load()


def test_tls_to_a_plain_http_server_is_a_tls_error(llama_server: LlamaServer) -> None:
    with pytest.raises(ServerTlsError, match="secure connection"):
        list_models(llama_server.base_url.replace("http://", "https://"), API_KEY)


def test_server_killed_mid_stream(starter_model: Path, tmp_path: Path) -> None:
    server = LlamaServer(starter_model, tmp_path / "server.log").start()
    try:
        stream = backend_for(server).stream(HELLO, GenerationOptions(max_tokens=400, seed=5), NeverCancel())
        received = [next(stream)]
        server.kill()
        with pytest.raises(StreamCutError, match="broke in the middle of the reply") as caught:
            for chunk in stream:
                received.append(chunk)
        assert "127.0.0.1" in str(caught.value)
        assert received  # what arrived before the cut stays with the caller
    finally:
        server.stop()


def test_cli_rewrite_through_the_server(
    llama_server: LlamaServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from app.cli import main

    story = tmp_path / "story.txt"
    story.write_text("Our team opened a new office in Utrecht with room for 40 people.", encoding="utf-8")
    args = ["rewrite", str(story), "--backend", "server", "--base-url", llama_server.base_url,
            "--server-model", MODEL_ALIAS, "--length", "short", "--json", "--seed", "1"]  # fmt: skip
    monkeypatch.setenv("OWNVOICE_API_KEY", "wrong")
    assert main(args) == 3
    assert "did not accept the API key" in capsys.readouterr().err
    monkeypatch.setenv("OWNVOICE_API_KEY", API_KEY)
    assert main(args) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["model"] == "starter on 127.0.0.1" and report["posts"][0]["text"].strip()
    assert "the story is sent there" in captured.err
