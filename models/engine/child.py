"""The engine process: owns one llama_cpp.Llama and serves requests one at a time.

This is the only module that imports llama_cpp. It runs in its own process (see
client.py), so a segfault in ggml or an out-of-memory kill ends only this process.

Facts this relies on (measured, see shared notes on llama-cpp-python 0.3.36):
- `Llama.generate` reuses the longest common token prefix with the KV cache, so
  angles of one story (same prefix, angle last) only evaluate their own tail.
- Breaking out of a stream between tokens is safe; an abort callback interrupts the
  prompt evaluation (prefill), making llama_decode return 2 with the state intact.
- Load failures only say "Failed to load model from file"; the reason is in
  llama.cpp's log, which we capture.
"""

from __future__ import annotations

import ctypes
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterator
import queue
import threading
from pathlib import Path
from typing import Any, BinaryIO, cast

import llama_cpp
from llama_cpp.llama_chat_format import Jinja2ChatFormatter

from models.catalog import is_starter_model
from models.display_name import display_name
from models.engine.hardware import physical_cores
from models.engine.protocol import (
    KIND_CONTEXT,
    KIND_FORMAT,
    KIND_MISSING,
    KIND_OTHER,
    CancelRequest,
    ChatRequest,
    CountRequest,
    Done,
    EngineConfig,
    Failed,
    Loaded,
    LoadRequest,
    ShutdownRequest,
    Token,
)
from models.engine.wire import read_frame, write_frame
from models.gguf import GgufError, read_gguf

log = logging.getLogger("ownvoice.engine")

DEFAULT_MAX_CTX = 8192  # a long story plus samples fits; a 128k window would allocate gigabytes
MIN_CTX = 512
CTX_MULTIPLE = 256  # other sizes break near the end of the window (numpy broadcast error)

# Used when a model has no chat template: llama-cpp-python would silently fall back
# to the llama-2 format, which most modern models do not understand.
CHATML_TEMPLATE = (
    "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + message['content']"
    " + '<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)

# ggml_log_level: NONE=0, DEBUG=1, INFO=2, WARN=3, ERROR=4, CONT=5 (continues the previous line).
# llama-cpp-python 0.3.36 still maps the old order, which hides errors and shows chatter.
_GGML_LEVELS = {0: logging.INFO, 1: logging.DEBUG, 2: logging.INFO, 3: logging.WARNING, 4: logging.ERROR}


class LlamaLogCapture:
    """Forwards llama.cpp's log to `logging` and remembers the last lines for error messages."""

    def __init__(self) -> None:
        self.recent: deque[tuple[int, str]] = deque(maxlen=40)
        self._last_level = logging.INFO
        self._partial = ""
        # Keep a reference: ctypes does not, and a collected callback crashes the process.
        self._callback = llama_cpp.llama_log_callback(self._on_log)
        llama_cpp.llama_log_set(self._callback, ctypes.c_void_p(0))

    def _on_log(self, level: int, text: bytes, _user_data: ctypes.c_void_p) -> None:
        py_level = self._last_level if level == 5 else _GGML_LEVELS.get(level, logging.INFO)
        self._last_level = py_level
        self._partial += text.decode("utf-8", errors="replace")
        while "\n" in self._partial:
            line, self._partial = self._partial.split("\n", 1)
            if line.strip():
                self.recent.append((py_level, line.strip()))
                log.log(py_level if py_level >= logging.WARNING else logging.DEBUG, "llama.cpp: %s", line.strip())

    def clear(self) -> None:
        self.recent.clear()

    def error_reason(self) -> str:
        """The most telling recent error line, e.g. "unknown model architecture: 'foo'"."""
        errors = [line for level, line in self.recent if level >= logging.ERROR]
        for line in reversed(errors):
            if "failed to load model" not in line.lower():
                return _without_function_prefix(line)
        return _without_function_prefix(errors[-1]) if errors else ""


def _without_function_prefix(line: str) -> str:
    """ "llama_model_load: error loading model: X" -> "error loading model: X"."""
    head, sep, rest = line.partition(": ")
    return rest if sep and head.isidentifier() else line


class Engine:
    def __init__(self, cancel_upto: CancelState, log_capture: LlamaLogCapture) -> None:
        self.cancel_upto = cancel_upto
        self.log_capture = log_capture
        self.llm: llama_cpp.Llama | None = None
        self.config: EngineConfig | None = None
        self.loaded: Loaded | None = None
        self.formatter: Jinja2ChatFormatter | None = None
        self._active_request = 0
        self._abort_callback: Any = None

    # ---------------------------------------------------------------- load

    def load(self, request: LoadRequest) -> Loaded | Failed:
        config = request.config
        if self.llm is not None and self.config == config and self.loaded is not None:
            return Loaded(**{**self.loaded.__dict__, "request_id": request.request_id})
        self.close()
        path = Path(config.model_path)
        if not path.is_file():
            return Failed(request.request_id, KIND_MISSING, f"Model path does not exist: {path}", path=str(path))
        try:
            header = read_gguf(path)
        except GgufError as exc:
            return Failed(request.request_id, KIND_FORMAT, exc.reason, path=str(path))
        except OSError as exc:
            return Failed(request.request_id, KIND_FORMAT, f"it cannot be read ({exc.strerror}).", path=str(path))

        n_ctx_train = header.context_length or 2048
        n_ctx = config.n_ctx or min(n_ctx_train, DEFAULT_MAX_CTX)
        n_ctx = max(MIN_CTX, n_ctx // CTX_MULTIPLE * CTX_MULTIPLE)
        threads = config.n_threads or physical_cores()
        self.log_capture.clear()
        started = time.monotonic()
        try:
            llm = llama_cpp.Llama(
                model_path=str(path),
                n_ctx=n_ctx,
                n_batch=512,
                n_threads=threads,
                n_threads_batch=threads,
                verbose=False,
            )
        except ValueError as exc:
            reason = self.log_capture.error_reason()
            text = str(exc)
            if "llama_context" in text:
                return Failed(
                    request.request_id,
                    KIND_OTHER,
                    f"The model loaded but its working memory ({n_ctx:,}-token context) could not be "
                    "created. Close other programs or choose a smaller model.",
                    path=str(path),
                )
            detail = f"llama.cpp says: {reason}." if reason else "llama.cpp could not load it."
            if "architecture" in reason:
                detail = f"its architecture is not supported by this version of llama.cpp ({reason})."
            return Failed(request.request_id, KIND_FORMAT, detail, path=str(path))
        log.info("loaded %s in %.2fs (n_ctx=%d, threads=%d)", path.name, time.monotonic() - started, n_ctx, threads)

        notes: list[str] = []
        template = header.metadata.get("tokenizer.chat_template")
        if not isinstance(template, str):
            template = CHATML_TEMPLATE
            notes.append(
                "This model has no chat template; OwnVoice uses the common ChatML format, "
                "which may give poor results with this model."
            )
        eos_id, bos_id = llm.token_eos(), llm.token_bos()
        self.formatter = Jinja2ChatFormatter(
            template=template,
            eos_token=_token_text(llm, eos_id),
            bos_token=_token_text(llm, bos_id),
            stop_token_ids=[eos_id] if eos_id >= 0 else None,
        )
        self._install_abort_callback(llm)
        self.llm = llm
        self.config = config
        self.loaded = Loaded(
            request_id=request.request_id,
            name=display_name(header.metadata, path, is_starter=is_starter_model(path)),
            path=str(path),
            n_ctx=llm.n_ctx(),
            n_ctx_train=n_ctx_train,
            chat_template_found="tokenizer.chat_template" in header.metadata,
            size_bytes=header.file_size,
            notes=tuple(notes),
        )
        return self.loaded

    def _install_abort_callback(self, llm: llama_cpp.Llama) -> None:
        """Lets a cancel interrupt prompt evaluation, which can take seconds on a laptop."""

        def should_abort(_data: ctypes.c_void_p) -> bool:
            return self._active_request > 0 and self.cancel_upto.value >= self._active_request

        self._abort_callback = llama_cpp.ggml_abort_callback(should_abort)  # keep a reference
        llama_cpp.llama_set_abort_callback(llm.ctx, self._abort_callback, None)

    def close(self) -> None:
        if self.llm is not None:
            self.llm.close()  # exactly once; a Llama used after close() segfaults
        self.llm = None
        self.loaded = None
        self.formatter = None

    # ---------------------------------------------------------------- prompts

    def _prompt_tokens(self, messages: tuple[tuple[str, str], ...]) -> tuple[list[int], Any]:
        assert self.llm is not None and self.formatter is not None
        chat: list[Any] = [{"role": role, "content": content} for role, content in messages]
        formatted = self.formatter(messages=chat)
        tokens = self.llm.tokenize(
            formatted.prompt.encode("utf-8"), add_bos=not formatted.added_special, special=True
        )
        return tokens, formatted

    def count(self, request: CountRequest) -> Done | Failed:
        if self.llm is None:
            return Failed(request.request_id, KIND_OTHER, "No model is loaded.")
        tokens, _ = self._prompt_tokens(request.messages)
        return Done(request.request_id, count=len(tokens), prompt_tokens=len(tokens))

    # ---------------------------------------------------------------- generation

    def generate(self, request: ChatRequest, send: Callable[[object], None]) -> Done | Failed:
        if self.llm is None:
            return Failed(request.request_id, KIND_OTHER, "No model is loaded.")
        llm = self.llm
        started = time.monotonic()
        tokens, formatted = self._prompt_tokens(request.messages)
        n_ctx = llm.n_ctx()
        if len(tokens) + request.max_tokens > n_ctx:
            return Failed(
                request.request_id,
                KIND_CONTEXT,
                "prompt too long",
                prompt_tokens=len(tokens),
                context_tokens=n_ctx,
                reply_tokens=request.max_tokens,
            )
        if self._cancelled(request.request_id):
            return Done(request.request_id, prompt_tokens=len(tokens), finish_reason="cancelled")

        llama_cpp.llama_perf_context_reset(llm.ctx)
        self._active_request = request.request_id
        first_token_at = 0.0
        finish_reason = ""
        # With stream=True this returns a lazy generator: errors surface while iterating.
        chunks = cast(
            Iterator[Any],
            llm.create_completion(
                prompt=tokens,
                max_tokens=request.max_tokens,
                temperature=request.temperature,
                top_p=request.top_p,
                repeat_penalty=request.repeat_penalty,
                seed=request.seed,
                stop=formatted.stop,
                stopping_criteria=formatted.stopping_criteria,
                stream=True,
            ),
        )
        try:
            for chunk in chunks:
                if self._cancelled(request.request_id):
                    finish_reason = "cancelled"
                    break
                choice = chunk["choices"][0]
                text = choice.get("text") or ""
                if text:
                    if not first_token_at:
                        first_token_at = time.monotonic()
                    send(Token(request.request_id, text))
                if choice.get("finish_reason"):
                    finish_reason = choice["finish_reason"]
        except RuntimeError as exc:
            if not self._cancelled(request.request_id):
                log.exception("generation failed")
                return Failed(request.request_id, KIND_OTHER, f"The model failed while writing ({exc}).")
            finish_reason = "cancelled"  # the abort callback interrupted llama_decode
        finally:
            self._active_request = 0
            close = getattr(chunks, "close", None)
            if close is not None:
                close()  # between tokens this is safe; the KV cache stays reusable
        perf = llama_cpp.llama_perf_context(llm.ctx)
        finished = time.monotonic()
        return Done(
            request.request_id,
            prompt_tokens=len(tokens),
            prompt_tokens_evaluated=int(perf.n_p_eval),
            generated_tokens=int(perf.n_eval),
            time_to_first_token_s=(first_token_at - started) if first_token_at else 0.0,
            total_time_s=finished - started,
            finish_reason=finish_reason or "stop",
        )

    def _cancelled(self, request_id: int) -> bool:
        return bool(self.cancel_upto.value >= request_id)


def _token_text(llm: llama_cpp.Llama, token_id: int) -> str:
    if token_id < 0:
        return ""
    return llm.detokenize([token_id], special=True).decode("utf-8", errors="replace")


class CancelState:
    """Written by the reader thread, read by the generation loop and the abort callback.
    A plain int is enough: one writer, and a late read only delays a cancel by a token."""

    def __init__(self) -> None:
        self.value = 0


def serve(protocol_in: BinaryIO, protocol_out: BinaryIO) -> None:
    """Request loop. Ends when the app closes the pipe or sends ShutdownRequest."""
    logging.basicConfig(
        level=logging.DEBUG if os.environ.get("OWNVOICE_ENGINE_DEBUG") else logging.INFO,
        format="%(asctime)s engine[%(process)d] %(levelname)s %(name)s: %(message)s",
    )
    cancel = CancelState()
    requests: queue.Queue[object] = queue.Queue()
    threading.Thread(target=_read_requests, args=(protocol_in, requests, cancel), daemon=True).start()
    engine = Engine(cancel, LlamaLogCapture())

    def send(message: object) -> None:
        write_frame(protocol_out, message)

    try:
        while True:
            request = requests.get()
            if request is None or isinstance(request, ShutdownRequest):
                break
            try:
                reply = _handle(engine, request, send)
            except (BrokenPipeError, ConnectionResetError):
                break
            except Exception as exc:  # noqa: BLE001 - report it and keep serving
                log.exception("request failed")
                reply = Failed(getattr(request, "request_id", 0), KIND_OTHER, f"The engine hit an error: {exc}")
            try:
                send(reply)
            except OSError:
                break  # the app went away
    finally:
        engine.close()
        logging.shutdown()
    # Skip interpreter teardown: llama_cpp objects' __del__ at exit can raise or crash.
    os._exit(0)


def _read_requests(protocol_in: BinaryIO, requests: queue.Queue[object], cancel: CancelState) -> None:
    """Cancels take effect at once; everything else is queued for the main loop."""
    while True:
        try:
            message = read_frame(protocol_in)
        except (EOFError, OSError):
            requests.put(None)  # the app closed the pipe or died
            return
        if isinstance(message, CancelRequest):
            cancel.value = max(cancel.value, message.up_to_id)
        else:
            requests.put(message)


def _handle(engine: Engine, request: object, send: Callable[[object], None]) -> object:
    if isinstance(request, LoadRequest):
        return engine.load(request)
    if isinstance(request, ChatRequest):
        return engine.generate(request, send)
    if isinstance(request, CountRequest):
        return engine.count(request)
    return Failed(getattr(request, "request_id", 0), KIND_OTHER, f"Unknown request {type(request).__name__}")
