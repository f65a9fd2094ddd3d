"""The engine process: owns one model and serves requests one at a time.

This module and models/engine/native/ are the only code that imports llama_cpp. They run in
their own process (see client.py), so a segfault in ggml or an out-of-memory kill ends
only this process.

Facts this relies on (measured, see shared notes on llama-cpp-python 0.3.36 and
models/engine/native/generation.py):
- The shared prompt of several angles is evaluated once and copied to one sequence per
  angle; all angles then decode together, one batch per step.
- Sequence 0 keeps the last prompt between requests, so the next request only evaluates
  what differs (a regenerated card: its own tail).
- An abort callback interrupts prompt evaluation (llama_decode returns 2, the state stays
  usable); between tokens a cancel is checked every step.
- Load failures only say "Failed to load model from file"; the reason is in llama.cpp's
  log, which we capture.
"""

from __future__ import annotations

import ctypes
import logging
import os
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import llama_cpp
from llama_cpp.llama_chat_format import Jinja2ChatFormatter

from models.catalog import is_starter_model
from models.display_name import display_name
from models.engine.native.generation import Outcome, Work, Writer
from models.engine.native.handles import Model, NativeError, SamplerSettings
from models.engine.native.vocabulary import PromptBuilder, SpecialTokenGuard
from models.engine.plan import (
    CELL_MULTIPLE,
    PATH_PARALLEL,
    ContextShape,
    Plan,
    PromptTooLong,
    plan_request,
)
from models.engine.protocol import (
    KIND_CONTEXT,
    KIND_FORMAT,
    KIND_MISSING,
    KIND_OTHER,
    CancelRequest,
    ConversationDone,
    CountRequest,
    Done,
    EngineConfig,
    Failed,
    GenerateRequest,
    Loaded,
    LoadRequest,
    ShutdownRequest,
    StopConversation,
    Token,
    Tokenized,
    TokenizeRequest,
)
from models.engine.model_path import openable_path
from models.engine.number_guard import AllowedNumbers
from models.engine.threads import thread_policy
from models.engine.wire import read_frame, write_frame
from models.gguf import GgufError, read_gguf

log = logging.getLogger("ownvoice.engine")

DEFAULT_MAX_CTX = 8192  # a long story plus samples fits; a 128k window would allocate gigabytes
MIN_CTX = 512
FIRST_CONTEXT_CELLS = 2048  # created at load (proves the memory is there); requests resize it

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
    def __init__(self, cancels: CancelState, log_capture: LlamaLogCapture) -> None:
        self.cancels = cancels
        self.log_capture = log_capture
        self.config: EngineConfig | None = None
        self.loaded: Loaded | None = None
        self.model: Model | None = None
        self.prompts: PromptBuilder | None = None
        self.writer: Writer | None = None
        self.limit = 0  # the most KV cells a request may use
        self._active_request = 0

    # ---------------------------------------------------------------- load

    def load(self, request: LoadRequest) -> Loaded | Failed:
        config = request.config
        if self.writer is not None and self.config == config and self.loaded is not None:
            return Loaded(**{**self.loaded.__dict__, "request_id": request.request_id})
        self.close()
        path = Path(config.model_path)
        if not path.exists() and not path.is_symlink():  # a FIFO or broken link: read_gguf says what it is
            return Failed(request.request_id, KIND_MISSING, f"Model path does not exist: {path}", path=str(path))
        try:
            header = read_gguf(path)
        except GgufError as exc:
            return Failed(request.request_id, KIND_FORMAT, exc.reason, path=str(path))
        except OSError as exc:
            return Failed(request.request_id, KIND_FORMAT, f"it cannot be read ({exc.strerror}).", path=str(path))

        n_ctx_train = header.context_length or 2048
        limit = config.n_ctx or min(n_ctx_train, DEFAULT_MAX_CTX)
        limit = max(MIN_CTX, limit // CELL_MULTIPLE * CELL_MULTIPLE)
        self.log_capture.clear()
        started = time.monotonic()
        try:
            with openable_path(path) as model_path:  # a file name that is not UTF-8 too
                model = Model(model_path)
        except NativeError:
            reason = self.log_capture.error_reason()
            detail = f"the model engine says: {reason}." if reason else "the model engine could not load it."
            if "architecture" in reason:
                detail = f"this kind of model is not supported by this version of OwnVoice ({reason})."
            return Failed(request.request_id, KIND_FORMAT, detail, path=str(path))

        notes: list[str] = []
        template = header.metadata.get("tokenizer.chat_template")
        if not isinstance(template, str):
            template = CHATML_TEMPLATE
            notes.append(
                "This model has no chat template; OwnVoice uses the common ChatML format, "
                "which may give poor results with this model."
            )
        eos_id, bos_id = model.token_eos(), model.token_bos()
        formatter = Jinja2ChatFormatter(
            template=template,
            eos_token=model.detokenize([eos_id], special=True) if eos_id >= 0 else "",
            bos_token=model.detokenize([bos_id], special=True) if bos_id >= 0 else "",
        )
        threads = thread_policy(config.n_threads, config.n_threads_batch, os.environ)
        writer = Writer(model, threads, self._should_abort)
        try:
            writer.ensure_context(ContextShape(1, min(limit, FIRST_CONTEXT_CELLS)))
        except NativeError:
            writer.close()
            model.close()
            return Failed(
                request.request_id,
                KIND_OTHER,
                "The model loaded but its working memory could not be created. "
                "Close other programs or choose a smaller model.",
                path=str(path),
            )
        guard = SpecialTokenGuard.for_model(model)
        log.info(
            "loaded %s in %.2fs (up to %d context cells, threads %s, %d special-token strings guarded)",
            path.name,
            time.monotonic() - started,
            limit,
            threads.describe(),
            len(guard.texts),
        )
        self.model, self.writer, self.limit, self.config = model, writer, limit, config
        self.prompts = PromptBuilder(model, formatter, guard)
        self.loaded = Loaded(
            request_id=request.request_id,
            name=display_name(header.metadata, path, is_starter=is_starter_model(path)),
            path=str(path),
            n_ctx=limit,
            n_ctx_train=n_ctx_train,
            chat_template_found="tokenizer.chat_template" in header.metadata,
            size_bytes=header.file_size,
            notes=tuple(notes),
        )
        return self.loaded

    def _should_abort(self) -> bool:
        """Called by llama.cpp during every decode: lets a cancel interrupt a long prompt."""
        return self._active_request > 0 and self.cancels.value >= self._active_request

    def close(self) -> None:
        """Free the context, then the model: each exactly once."""
        if self.writer is not None:
            self.writer.close()
        if self.model is not None:
            self.model.close()
        self.writer = self.model = self.prompts = None
        self.loaded = None

    # ---------------------------------------------------------------- prompts

    def count(self, request: CountRequest) -> Done | Failed:
        if self.prompts is None:
            return Failed(request.request_id, KIND_OTHER, "No model is loaded.")
        tokens = self.prompts.tokens(request.messages)
        return Done(request.request_id, count=len(tokens), prompt_tokens=len(tokens))

    def tokenize(self, request: TokenizeRequest) -> Tokenized | Failed:
        if self.prompts is None:
            return Failed(request.request_id, KIND_OTHER, "No model is loaded.")
        explained = self.prompts.explain(request.messages)
        return Tokenized(
            request.request_id,
            tuple(t.id for t in explained),
            tuple(t.text for t in explained),
            tuple(t.special for t in explained),
        )

    # ---------------------------------------------------------------- generation

    def generate(self, request: GenerateRequest, send: Callable[[object], None]) -> Done | Failed:
        if self.prompts is None or self.writer is None or self.model is None:
            return Failed(request.request_id, KIND_OTHER, "No model is loaded.")
        if not request.conversations or request.max_tokens < 1:
            return Failed(request.request_id, KIND_OTHER, "Nothing to write.")
        started = time.monotonic()
        prompts = tuple(tuple(self.prompts.tokens(messages)) for messages in request.conversations)
        try:
            plan = self._plan(prompts, request)
        except PromptTooLong as exc:
            return Failed(
                request.request_id,
                KIND_CONTEXT,
                "prompt too long",
                prompt_tokens=exc.prompt_tokens,
                context_tokens=exc.limit,
                reply_tokens=exc.reply_tokens,
            )
        context_seconds_before = self.writer.context_seconds
        try:
            plan = self._make_room(plan, prompts, request)
        except NativeError:
            log.warning("request %d: a context of %d cells could not be created", request.request_id, plan.use.n_ctx)
            return Failed(
                request.request_id,
                KIND_OTHER,
                "The model's working memory for these posts could not be created. "
                "Close other programs, choose a shorter length, or choose a smaller model.",
            )
        if plan.note:
            log.info("request %d: %d posts one after another: %s", request.request_id, len(prompts), plan.note)
        work = Work(
            prompts=prompts,
            max_tokens=request.max_tokens,
            sampling=SamplerSettings(
                temperature=request.temperature,
                top_p=request.top_p,
                repeat_penalty=request.repeat_penalty,
                seed=request.seed,
            ),
            stops=self.prompts.stops,
            path=plan.path,
            forget_cache=request.forget_cache,
            numbers=AllowedNumbers(request.allowed_numbers) if request.allowed_numbers is not None else None,
        )
        sink = _RequestSink(request.request_id, self.cancels, send, plan)
        self._active_request = request.request_id
        try:
            self.writer.write(work, sink)
        except NativeError as exc:
            log.exception("generation failed")
            return Failed(request.request_id, KIND_OTHER, f"The model failed while writing ({exc}).")
        finally:
            self._active_request = 0
            for index in range(len(prompts)):
                self.cancels.stopped.discard((request.request_id, index))
        outcomes = sink.outcomes
        log.info(
            "request %d: %d posts, %s, %d prompt tokens evaluated, %d generated, %.2fs",
            request.request_id,
            len(prompts),
            plan.path,
            sum(o.prompt_tokens_evaluated for o in outcomes),
            sum(o.generated_tokens for o in outcomes),
            time.monotonic() - started,
        )
        cancelled = self.cancels.value >= request.request_id
        return Done(
            request.request_id,
            prompt_tokens=sum(o.prompt_tokens for o in outcomes),
            prompt_tokens_evaluated=sum(o.prompt_tokens_evaluated for o in outcomes),
            generated_tokens=sum(o.generated_tokens for o in outcomes),
            total_time_s=time.monotonic() - started,
            finish_reason="cancelled" if cancelled else "stop",
            path=plan.path,
            path_note=plan.note,
            context_cells=plan.use.n_ctx,
            context_seconds=self.writer.context_seconds - context_seconds_before,
            threads=self.writer.threads.describe(),
        )

    def _plan(self, prompts: tuple[tuple[int, ...], ...], request: GenerateRequest, allow: bool = True) -> Plan:
        assert self.model is not None and self.writer is not None
        return plan_request(
            [len(p) for p in prompts],
            request.max_tokens,
            limit=self.limit,
            current=self.writer.shape,
            memory_shareable=self.model.memory_is_shareable(),
            allow_parallel=request.parallel and allow,
        )

    def _make_room(self, plan: Plan, prompts: tuple[tuple[int, ...], ...], request: GenerateRequest) -> Plan:
        """A context for the plan; if parallel writing's bigger one cannot be allocated,
        one after another in a smaller one. Raises NativeError."""
        assert self.writer is not None
        try:
            self.writer.ensure_context(plan.use)
            return plan
        except NativeError:
            if plan.path != PATH_PARALLEL:
                raise
        fallback = self._plan(prompts, request, allow=False)
        self.writer.ensure_context(fallback.use)
        return Plan(fallback.path, fallback.needed, fallback.use, "there was not enough memory to write them at once")


class _RequestSink:
    """Sends a request's text to the app and reads its cancels."""

    def __init__(self, request_id: int, cancels: CancelState, send: Callable[[object], None], plan: Plan) -> None:
        self.request_id = request_id
        self.cancels = cancels
        self.send = send
        self.plan = plan
        self.outcomes: list[Outcome] = []

    def text(self, index: int, text: str) -> None:
        self.send(Token(self.request_id, text, index))

    def finished(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)
        self.send(
            ConversationDone(
                self.request_id,
                outcome.index,
                prompt_tokens=outcome.prompt_tokens,
                prompt_tokens_evaluated=outcome.prompt_tokens_evaluated,
                generated_tokens=outcome.generated_tokens,
                finish_reason=outcome.finish_reason,
                path=self.plan.path,
                path_note=self.plan.note,
            )
        )

    def cancelled(self) -> bool:
        return self.cancels.value >= self.request_id

    def stopped(self, index: int) -> bool:
        return (self.request_id, index) in self.cancels.stopped


class CancelState:
    """Written by the reader thread, read by the generation loop and the abort callback.
    Plain values are enough: one writer, and a late read only delays a cancel by a token."""

    def __init__(self) -> None:
        self.value = 0  # every request with an id up to this is cancelled
        self.stopped: set[tuple[int, int]] = set()  # (request id, conversation index)


def serve(protocol_in: BinaryIO, protocol_out: BinaryIO) -> None:
    """Request loop. Ends when the app closes the pipe or sends ShutdownRequest."""
    logging.basicConfig(
        level=logging.DEBUG if os.environ.get("OWNVOICE_ENGINE_DEBUG") else logging.INFO,
        format="%(asctime)s engine[%(process)d] %(levelname)s %(name)s: %(message)s",
    )
    llama_cpp.llama_backend_init()
    cancels = CancelState()
    requests: queue.Queue[object] = queue.Queue()
    threading.Thread(target=_read_requests, args=(protocol_in, requests, cancels), daemon=True).start()
    engine = Engine(cancels, LlamaLogCapture())

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


def _read_requests(protocol_in: BinaryIO, requests: queue.Queue[object], cancels: CancelState) -> None:
    """Cancels take effect at once; everything else is queued for the main loop."""
    while True:
        try:
            message = read_frame(protocol_in)
        except (EOFError, OSError):
            requests.put(None)  # the app closed the pipe or died
            return
        if isinstance(message, CancelRequest):
            cancels.value = max(cancels.value, message.up_to_id)
        elif isinstance(message, StopConversation):
            cancels.stopped.add((message.request_id, message.index))
        else:
            requests.put(message)


def _handle(engine: Engine, request: object, send: Callable[[object], None]) -> object:
    if isinstance(request, LoadRequest):
        return engine.load(request)
    if isinstance(request, GenerateRequest):
        return engine.generate(request, send)
    if isinstance(request, CountRequest):
        return engine.count(request)
    if isinstance(request, TokenizeRequest):
        return engine.tokenize(request)
    return Failed(getattr(request, "request_id", 0), KIND_OTHER, f"Unknown request {type(request).__name__}")
