"""An organisation's own model server as a `ChatBackend`: any OpenAI-compatible
chat-completions endpoint with streaming (vLLM, Ollama, llama.cpp's server, LiteLLM, …).

Text leaves the laptop with this backend, so the app only uses it after the user chose it
and confirmed the host; the API key lives in the OS keyring and is handed in by the caller.

Streaming runs on a reader thread that feeds a queue; the consuming thread polls its cancel
token every 20 ms and, on a cancel, shuts the socket down — so a cancel ends the stream
within a poll interval even while the server is silent. 429 and 5xx answers are retried
(with the server's Retry-After, capped) while nothing has been streamed yet; once text has
arrived a broken connection is reported, never silently replayed.
"""

from __future__ import annotations

import json
import queue
import threading
import time
import urllib.parse
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from models.contract import (
    CancelToken,
    ChatMessage,
    GenerationOptions,
    ModelError,
    ModelInfo,
    RunStats,
    TextStream,
)
from models.http import Abort, HttpError, Response, host_of, is_loopback, request

POLL_INTERVAL_S = 0.02
DEFAULT_CONTEXT = 8192  # assumed when the server does not say (most serve 8k or more)
RETRY_STATUSES = (429, 500, 502, 503, 504)
MAX_ATTEMPTS = 3
MAX_RETRY_WAIT_S = 10.0
MAX_LINE_BYTES = 1024 * 1024
CHARS_PER_TOKEN = 3.0  # conservative estimate when the server cannot count for us


class ServerError(ModelError):
    """A problem with the organisation's model server. `str(err)` is for the user."""


class ServerUnreachableError(ServerError):
    pass


class ServerTlsError(ServerError):
    pass


class ServerAuthError(ServerError):
    pass


class UnknownServerModelError(ServerError):
    def __init__(self, message: str, available: Sequence[str]) -> None:
        super().__init__(message)
        self.available = tuple(available)


class ServerBusyError(ServerError):
    pass


class ServerFailedError(ServerError):
    pass


class StreamCutError(ServerError):
    pass


def normalise_base_url(url: str) -> str:
    """"https://llm.example.com" -> "https://llm.example.com/v1"; a path that already names
    the API ("/v1", "/openai/v1", "/api/v1") is kept. Raises ServerError for a bad URL."""
    text = url.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urllib.parse.urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ServerError(f"'{url}' is not a server address. Use one like https://llm.example.com/v1.")
    path = parts.path.rstrip("/")
    if not path:
        path = "/v1"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def server_id(base_url: str) -> str:
    """The name the server's API key is stored under in the keyring."""
    return normalise_base_url(base_url)


@dataclass(frozen=True)
class ServerConfig:
    base_url: str
    model: str
    api_key: str = ""
    timeout_s: float = 60.0
    context_length: int = 0  # 0: what the server says, else DEFAULT_CONTEXT

    @property
    def host(self) -> str:
        return host_of(self.base_url)

    @property
    def encrypted(self) -> bool:
        return self.base_url.startswith("https://") or is_loopback(self.host)


def list_models(base_url: str, api_key: str = "", timeout_s: float = 15.0) -> list[str]:
    """Model ids the server offers (GET /models). Raises ServerError."""
    return [str(entry["id"]) for entry in _models_listing(normalise_base_url(base_url), api_key, timeout_s)]


def _models_listing(base_url: str, api_key: str, timeout_s: float) -> list[dict[str, Any]]:
    response = _send("GET", base_url + "/models", api_key, None, timeout_s, None)
    try:
        if response.status != 200:
            raise _status_error(response, base_url, "")
        try:
            data = json.loads(response.read_all(8 * 1024 * 1024))
        except (ValueError, OSError) as exc:
            raise ServerFailedError(
                f"The server at {host_of(base_url)} did not answer like an OpenAI-compatible server "
                f"({type(exc).__name__}). Check the address: it usually ends in /v1."
            ) from None
    finally:
        response.close()
    entries = data.get("data") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ServerFailedError(
            f"The server at {host_of(base_url)} did not list its models like an OpenAI-compatible server. "
            "Check the address: it usually ends in /v1."
        )
    return [e for e in entries if isinstance(e, dict) and isinstance(e.get("id"), (str, int))]


class ServerBackend:
    """`ChatBackend` for an OpenAI-compatible server. See the module docstring."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = ServerConfig(
            normalise_base_url(config.base_url), config.model, config.api_key, config.timeout_s, config.context_length
        )
        self._info: ModelInfo | None = None

    @property
    def host(self) -> str:
        return self.config.host

    def load(self) -> ModelInfo:
        if self._info is not None:
            return self._info
        config = self.config
        entries = _models_listing(config.base_url, config.api_key, min(config.timeout_s, 30.0))
        ids = [str(e["id"]) for e in entries]
        if config.model not in ids:
            offered = ", ".join(ids[:10]) or "none"
            raise UnknownServerModelError(
                f"The server at {config.host} has no model called '{config.model}'. It offers: {offered}.", ids
            )
        entry = entries[ids.index(config.model)]
        context = config.context_length or _context_from(entry) or DEFAULT_CONTEXT
        notes = [f"Your story and notes are sent to {config.host} to write the posts."]
        if not config.encrypted:
            notes.append(f"The connection to {config.host} is not encrypted (http://).")
        self._info = ModelInfo(
            name=f"{config.model} on {config.host}",
            path=config.base_url,
            context_length=context,
            trained_context_length=context,
            chat_template_found=True,
            notes=tuple(notes),
        )
        return self._info

    def stream(self, messages: Sequence[ChatMessage], options: GenerationOptions, cancel: CancelToken) -> TextStream:
        stats = RunStats()
        return TextStream(self._stream(messages, options, cancel, stats), stats)

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int:
        """An estimate that errs high: the OpenAI API has no way to count tokens."""
        return sum(int(len(m.content) / CHARS_PER_TOKEN) + 8 for m in messages) + 8

    def close(self) -> None:
        """Nothing to close: every request has its own connection."""

    # ---------------------------------------------------------------- streaming

    def _body(self, messages: Sequence[ChatMessage], options: GenerationOptions) -> bytes:
        payload: dict[str, Any] = {
            "model": self.config.model,
            "messages": [{"role": m.role, "content": m.content} for m in messages],
            "stream": True,
            "max_tokens": options.max_tokens,
            "temperature": options.temperature,
            "top_p": options.top_p,
        }
        if options.seed is not None:
            payload["seed"] = options.seed
        return json.dumps(payload).encode("utf-8")

    def _stream(
        self, messages: Sequence[ChatMessage], options: GenerationOptions, cancel: CancelToken, stats: RunStats
    ) -> Iterator[str]:
        self.load()
        started = time.monotonic()
        url = self.config.base_url + "/chat/completions"
        body = self._body(messages, options)
        abort = Abort()
        response = self._open_stream(url, body, cancel, abort)
        if response is None:
            stats.cancelled, stats.finish_reason = True, "cancelled"
            return
        events: queue.Queue[_Event] = queue.Queue()
        reader = threading.Thread(target=_read_events, args=(response, events), name="server-stream", daemon=True)
        reader.start()
        finish = ""
        try:
            while True:
                if cancel.is_set():
                    abort.abort()
                    stats.cancelled, finish = True, "cancelled"
                    return
                try:
                    event = events.get(timeout=POLL_INTERVAL_S)
                except queue.Empty:
                    if time.monotonic() - started > self.config.timeout_s and not stats.generated_tokens:
                        abort.abort()
                        raise ServerFailedError(
                            f"The model server at {self.host} did not start answering within "
                            f"{self.config.timeout_s:.0f} seconds. It may be overloaded; try again later."
                        )
                    continue
                if event.kind == "text":
                    if not stats.time_to_first_token_s:
                        stats.time_to_first_token_s = time.monotonic() - started
                    stats.generated_tokens += 1
                    yield event.value
                elif event.kind == "finish":
                    finish = event.value
                elif event.kind == "usage":
                    stats.prompt_tokens = stats.prompt_tokens_evaluated = int(event.number)
                elif event.kind == "done":
                    return
                elif event.kind == "error":
                    raise ServerFailedError(f"The model server at {self.host} reported an error: {event.value}")
                elif event.kind == "end":
                    if finish:
                        return  # some servers end without [DONE] once the reply is complete
                    raise StreamCutError(
                        f"The connection to {self.host} broke in the middle of the reply ({event.value}). "
                        "The text so far is kept; try again, or check whether the server is running."
                    )
        finally:
            abort.abort()
            response.close()
            stats.total_time_s = time.monotonic() - started
            stats.finish_reason = finish or ("cancelled" if stats.cancelled else "stop")

    def _open_stream(self, url: str, body: bytes, cancel: CancelToken, abort: Abort) -> Response | None:
        """POST, retrying 429/5xx and refused connections while nothing has been streamed."""
        for attempt in range(1, MAX_ATTEMPTS + 1):
            if cancel.is_set():
                return None
            connect = _Connect(self.config, url, body, abort)
            connect.start()
            while not connect.finished.wait(POLL_INTERVAL_S):
                if cancel.is_set():
                    abort.abort()
                    return None
            if cancel.is_set():
                if connect.response is not None:
                    connect.response.close()
                return None
            if connect.error is not None:
                if isinstance(connect.error, ServerUnreachableError) and attempt < MAX_ATTEMPTS:
                    if _wait(cancel, 1.0):
                        return None
                    continue
                raise connect.error
            response = connect.response
            assert response is not None
            if response.status == 200:
                return response
            error = _status_error(response, self.config.base_url, self.config.model)
            retry_after = _retry_after(response)
            response.close()
            if response.status in RETRY_STATUSES and attempt < MAX_ATTEMPTS:
                if _wait(cancel, retry_after if retry_after is not None else float(attempt)):
                    return None
                continue
            raise error
        raise AssertionError("unreachable")  # pragma: no cover


class _Connect(threading.Thread):
    """Makes the request on its own thread so the caller can keep watching its cancel token."""

    def __init__(self, config: ServerConfig, url: str, body: bytes, abort: Abort) -> None:
        super().__init__(name="server-connect", daemon=True)
        self._args = (config, url, body, abort)
        self.finished = threading.Event()
        self.response: Response | None = None
        self.error: ServerError | None = None

    def run(self) -> None:
        config, url, body, abort = self._args
        try:
            self.response = _send("POST", url, config.api_key, body, config.timeout_s, abort)
        except ServerError as exc:
            self.error = exc
        finally:
            self.finished.set()


def _wait(cancel: CancelToken, seconds: float) -> bool:
    """Sleep up to `seconds`; True if cancelled meanwhile."""
    deadline = time.monotonic() + min(max(seconds, 0.0), MAX_RETRY_WAIT_S)
    while time.monotonic() < deadline:
        if cancel.is_set():
            return True
        time.sleep(POLL_INTERVAL_S)
    return cancel.is_set()


def _send(method: str, url: str, api_key: str, body: bytes | None, timeout_s: float, abort: Abort | None) -> Response:
    headers = {"Accept": "application/json, text/event-stream"}
    if body is not None:
        headers["Content-Type"] = "application/json"
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    try:
        return request(method, url, headers=headers, body=body, timeout=timeout_s, abort=abort)
    except HttpError as exc:
        if exc.kind == "tls":
            raise ServerTlsError(str(exc)) from None
        if exc.kind == "timeout":
            raise ServerUnreachableError(
                f"The model server at {host_of(url)} did not answer within {timeout_s:.0f} seconds. "
                "Check the address and your network or VPN."
            ) from None
        if exc.kind == "bad-url":
            raise ServerError(str(exc)) from None
        raise ServerUnreachableError(
            f"Cannot reach the model server: {exc} You can switch back to the local model under Model."
        ) from None


def _status_error(response: Response, base_url: str, model: str) -> ServerError:
    host = host_of(base_url)
    status = response.status
    detail = _error_detail(response)
    said = f' The server said: "{detail}"' if detail else ""
    if status == 401:
        return ServerAuthError(
            f"The model server at {host} did not accept the API key (401).{said} Check the key in the "
            "server settings (ask your IT department for a valid one)."
        )
    if status == 403:
        return ServerAuthError(
            f"The model server at {host} refused access (403): this API key may not use "
            f"{f'the model {model!r}' if model else 'this server'}.{said}"
        )
    if status == 404:
        if model and "model" in detail.lower():
            return UnknownServerModelError(
                f"The server at {host} has no model called '{model}'.{said} Choose another model in the server settings.",
                (),
            )
        return ServerFailedError(
            f"The server at {host} has no OpenAI-compatible API at {base_url} (404). Check the address: it "
            "usually ends in /v1."
        )
    if status == 429:
        return ServerBusyError(f"The model server at {host} is busy (429: too many requests). Try again in a minute.{said}")
    if status >= 500:
        return ServerFailedError(
            f"The model server at {host} had a problem ({status}). Try again later, or tell your IT department.{said}"
        )
    return ServerFailedError(f"The model server at {host} refused the request ({status}).{said}")


def _error_detail(response: Response) -> str:
    try:
        raw = response.read_all(64 * 1024)
    except Exception:  # noqa: BLE001 - the status alone is enough to report
        return ""
    text = raw.decode("utf-8", errors="replace").strip()
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if isinstance(data, dict):
        error = data.get("error")
        if isinstance(error, dict) and error.get("message"):
            text = str(error["message"])
        elif isinstance(error, str):
            text = error
        elif data.get("detail"):
            text = str(data["detail"])
        elif data.get("message"):
            text = str(data["message"])
    text = " ".join(text.split())
    if text.lower().startswith("<!doctype") or text.lower().startswith("<html"):
        return ""
    return text[:200] + ("…" if len(text) > 200 else "")


def _retry_after(response: Response) -> float | None:
    value = response.header("Retry-After")
    try:
        return float(value) if value else None
    except ValueError:
        return None


def _context_from(entry: dict[str, Any]) -> int:
    """Context windows some servers list: vLLM's max_model_len, llama.cpp's meta.n_ctx(_train)."""
    candidates = [entry.get("max_model_len"), entry.get("context_length"), entry.get("context_window")]
    meta = entry.get("meta")
    if isinstance(meta, dict):
        candidates += [meta.get("n_ctx"), meta.get("n_ctx_train")]
    for value in candidates:
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
    return 0


# ---------------------------------------------------------------- server-sent events


@dataclass(frozen=True)
class _Event:
    kind: str  # "text", "finish", "usage", "done", "error", "end"
    value: str = ""
    number: int = 0


def _read_events(response: Response, events: queue.Queue[_Event]) -> None:
    """Reader thread: SSE `data:` lines to events; always ends with "done" or "end"."""
    try:
        while True:
            line = response.readline(MAX_LINE_BYTES)
            if not line:
                events.put(_Event("end", "the server closed the connection"))
                return
            text = line.decode("utf-8", errors="replace").strip()
            if not text.startswith("data:"):
                continue  # comments, event names, keep-alives
            data = text[5:].strip()
            if data == "[DONE]":
                events.put(_Event("done"))
                return
            for event in _parse_chunk(data):
                events.put(event)
    except Exception as exc:  # noqa: BLE001 - any failure ends the stream with a reason
        events.put(_Event("end", f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__))


def _parse_chunk(data: str) -> list[_Event]:
    try:
        chunk = json.loads(data)
    except ValueError:
        return []
    if not isinstance(chunk, dict):
        return []
    if "error" in chunk:
        error = chunk["error"]
        message = error.get("message") if isinstance(error, dict) else error
        return [_Event("error", str(message)[:200])]
    events: list[_Event] = []
    usage = chunk.get("usage")
    if isinstance(usage, dict) and isinstance(usage.get("prompt_tokens"), int):
        events.append(_Event("usage", number=usage["prompt_tokens"]))
    for choice in chunk.get("choices") or ():
        if not isinstance(choice, dict):
            continue
        delta = choice.get("delta") or {}
        content = delta.get("content") if isinstance(delta, dict) else None
        if isinstance(content, str) and content:
            events.append(_Event("text", content))
        if choice.get("finish_reason"):
            events.append(_Event("finish", str(choice["finish_reason"])))
    return events
