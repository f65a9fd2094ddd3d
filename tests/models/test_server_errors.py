"""The organisation-server backend against a scripted server on 127.0.0.1, for the failures a
real server only shows now and then (429/503, a stream cut off, nothing listening)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from models.contract import ChatMessage, GenerationOptions, NeverCancel
from models.server import (
    ServerBackend,
    ServerBusyError,
    ServerConfig,
    ServerUnreachableError,
    StreamCutError,
    list_models,
    normalise_base_url,
)
from tests.models.llama_server import free_port

SHORT = GenerationOptions(max_tokens=24, temperature=0.0, seed=1)
HELLO = [ChatMessage("user", "Say hello.")]


# ---------------------------------------------------------------- scripted server


Script = Callable[[BaseHTTPRequestHandler, int], None]


@pytest.fixture
def scripted_server() -> Iterator[Callable[[Script], str]]:
    servers: list[ThreadingHTTPServer] = []

    def start(script: Script) -> str:
        calls = [0]

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

            def do_GET(self) -> None:  # noqa: N802
                body = json.dumps({"object": "list", "data": [{"id": "m", "max_model_len": 32768}]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:  # noqa: N802
                self.rfile.read(int(self.headers["Content-Length"]))
                calls[0] += 1
                script(self, calls[0])

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/v1"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def sse(handler: BaseHTTPRequestHandler, texts: list[str], *, done: bool = True, finish: bool = True) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/event-stream")
    handler.send_header("Connection", "close")
    handler.end_headers()
    for text in texts:
        chunk = {"choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}]}
        handler.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
        handler.wfile.flush()
    if finish:
        handler.wfile.write(b'data: {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}\n\n')
    if done:
        handler.wfile.write(b"data: [DONE]\n\n")
    handler.close_connection = True


def status(handler: BaseHTTPRequestHandler, code: int, body: bytes = b"{}") -> None:
    handler.send_response(code)
    handler.send_header("Content-Length", str(len(body)))
    handler.send_header("Retry-After", "0")
    handler.end_headers()
    handler.wfile.write(body)


def test_503_and_429_are_retried_before_streaming(scripted_server: Callable[[Script], str]) -> None:
    def script(handler: BaseHTTPRequestHandler, call: int) -> None:
        if call == 1:
            status(handler, 503)
        elif call == 2:
            status(handler, 429)
        else:
            sse(handler, ["Hello", " team"])

    backend = ServerBackend(ServerConfig(scripted_server(script), "m"))
    assert backend.load().context_length == 32768  # vLLM's max_model_len
    assert "".join(backend.stream(HELLO, SHORT, NeverCancel())) == "Hello team"


def test_429_that_persists_is_reported_as_busy(scripted_server: Callable[[Script], str]) -> None:
    url = scripted_server(lambda handler, _call: status(handler, 429, b'{"error": {"message": "rate limit"}}'))
    with pytest.raises(ServerBusyError, match="busy.*rate limit"):
        list(ServerBackend(ServerConfig(url, "m")).stream(HELLO, SHORT, NeverCancel()))


def test_stream_cut_off_without_an_end(scripted_server: Callable[[Script], str]) -> None:
    url = scripted_server(lambda handler, _call: sse(handler, ["Half a", " sentence"], done=False, finish=False))
    stream = ServerBackend(ServerConfig(url, "m")).stream(HELLO, SHORT, NeverCancel())
    received = []
    with pytest.raises(StreamCutError):
        for chunk in stream:
            received.append(chunk)
    assert received == ["Half a", " sentence"]


def test_a_finished_reply_without_done_marker_is_complete(scripted_server: Callable[[Script], str]) -> None:
    url = scripted_server(lambda handler, _call: sse(handler, ["All", " here"], done=False))
    assert "".join(ServerBackend(ServerConfig(url, "m")).stream(HELLO, SHORT, NeverCancel())) == "All here"


def test_nothing_listening_is_unreachable_quickly() -> None:
    started = time.monotonic()
    with pytest.raises(ServerUnreachableError, match="Cannot reach the model server"):
        list_models(f"http://127.0.0.1:{free_port()}/v1")
    assert time.monotonic() - started < 5


def test_base_url_normalisation() -> None:
    assert normalise_base_url("llm.example.com") == "https://llm.example.com/v1"
    assert normalise_base_url("http://127.0.0.1:8080/") == "http://127.0.0.1:8080/v1"
    assert normalise_base_url("https://gw.example.com/openai/v1/") == "https://gw.example.com/openai/v1"
