"""App side of the local engine: `LocalEngineBackend` implements `ChatBackend`.

The model lives in a child process (`python -m models.engine`). If that
process dies — a segfault in ggml, an out-of-memory kill — the current stream raises
`EngineCrashedError` and the next request starts a fresh engine by itself.

Use one backend from one thread at a time (the UI's generation worker owns it); the
cancel token may be set from any thread.
"""

from __future__ import annotations

import logging
import os
import queue
import signal
import subprocess
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from models.contract import (
    CancelToken,
    ChatMessage,
    ContextTooLongError,
    EngineCrashedError,
    EngineStartError,
    GenerationFailedError,
    GenerationOptions,
    ModelError,
    ModelFormatError,
    ModelInfo,
    ModelMissingError,
    MultiStream,
    RunStats,
    TextStream,
)
from models.engine.bootstrap import LOG_ENV, engine_command, open_engine_log
from models.engine.protocol import (
    KIND_CONTEXT,
    KIND_FORMAT,
    KIND_MISSING,
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
from models.engine.wire import read_frame, write_frame

log = logging.getLogger(__name__)

POLL_INTERVAL_S = 0.02  # how often a waiting stream looks at its cancel token
CANCEL_GRACE_S = 2.0  # an engine that ignores a cancel this long is restarted
LOAD_TIMEOUT_S = 300.0  # big models from slow disks take a while
REQUEST_TIMEOUT_S = 60.0
SHUTDOWN_TIMEOUT_S = 3.0


class LocalEngineBackend:
    """llama.cpp in a child process. See module docstring."""

    def __init__(
        self,
        model_path: Path,
        *,
        n_ctx: int = 0,
        n_threads: int = 0,
        n_threads_batch: int = 0,
        log_file: Path | None = None,
    ) -> None:
        """`n_ctx`: the most context (KV cells) the engine may allocate, 0 for the model's
        window capped at 8192. `n_threads`/`n_threads_batch`: decoding and prompt threads,
        0 to follow the machine's load (models.engine.threads)."""
        self.config = EngineConfig(
            model_path=str(model_path), n_ctx=n_ctx, n_threads=n_threads, n_threads_batch=n_threads_batch
        )
        self.log_file = log_file
        self._process: subprocess.Popen[bytes] | None = None
        self._replies: queue.Queue[object] = queue.Queue()
        self._last_id = 0
        self._unfinished_id = 0  # a request whose final reply has not been read yet
        self._info: ModelInfo | None = None
        self.last_done: Done | None = None  # the engine's summary of the last request (path, context, threads)

    # ---------------------------------------------------------------- public API

    @property
    def info(self) -> ModelInfo | None:
        return self._info

    @property
    def engine_pid(self) -> int | None:
        return self._process.pid if self._alive() and self._process is not None else None

    def load(self) -> ModelInfo:
        if self._info is not None and self._alive():
            return self._info
        self._start_if_needed()
        reply = self._call(LoadRequest(self._new_id(), self.config), LOAD_TIMEOUT_S)
        if isinstance(reply, Failed):
            raise self._error_from(reply)
        assert isinstance(reply, Loaded)
        self._info = ModelInfo(
            name=reply.name,
            path=reply.path,
            context_length=reply.n_ctx,
            trained_context_length=reply.n_ctx_train,
            chat_template_found=reply.chat_template_found,
            size_bytes=reply.size_bytes,
            notes=reply.notes,
        )
        return self._info

    def stream(
        self,
        messages: Sequence[ChatMessage],
        options: GenerationOptions,
        cancel: CancelToken,
    ) -> TextStream:
        stats = RunStats()
        return TextStream(_texts(self._generate([messages], options, cancel, None, [stats])), stats)

    def stream_many(
        self,
        conversations: Sequence[Sequence[ChatMessage]],
        options: GenerationOptions,
        cancel: CancelToken,
        stops: Sequence[CancelToken] | None = None,
        *,
        parallel: bool = True,
        forget_cache: bool = False,
    ) -> MultiStream:
        """All conversations at once (see MultiStreamBackend). `parallel=False` asks for one
        after another; `forget_cache` evaluates every prompt from scratch. Both are for
        benchmarks."""
        if stops is not None and len(stops) != len(conversations):
            raise ValueError("one stop token per conversation")
        stats = [RunStats() for _ in conversations]
        chunks = self._generate(conversations, options, cancel, stops, stats, parallel, forget_cache)
        return MultiStream(chunks, stats)

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int:
        self.load()
        reply = self._call(CountRequest(self._new_id(), _wire(messages)), REQUEST_TIMEOUT_S)
        if isinstance(reply, Failed):
            raise self._error_from(reply)
        assert isinstance(reply, Done)
        return reply.count

    def prompt_tokens(self, messages: Sequence[ChatMessage]) -> list[tuple[str, bool]]:
        """The prompt as the model sees it: (token text, is a control/user-defined token)."""
        self.load()
        reply = self._call(TokenizeRequest(self._new_id(), _wire(messages)), REQUEST_TIMEOUT_S)
        if isinstance(reply, Failed):
            raise self._error_from(reply)
        assert isinstance(reply, Tokenized)
        return list(zip(reply.pieces, reply.special, strict=True))

    def close(self) -> None:
        """Stop the engine process (politely, then firmly)."""
        process = self._process
        if process is None:
            return
        try:
            self._write(ShutdownRequest())
        except OSError:
            pass
        try:
            process.wait(SHUTDOWN_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(SHUTDOWN_TIMEOUT_S)
        self._forget_process()

    # ---------------------------------------------------------------- streaming

    def _generate(
        self,
        conversations: Sequence[Sequence[ChatMessage]],
        options: GenerationOptions,
        cancel: CancelToken,
        stops: Sequence[CancelToken] | None,
        stats: list[RunStats],
        parallel: bool = True,
        forget_cache: bool = False,
    ) -> Iterator[tuple[int, str]]:
        self.load()
        started = time.monotonic()
        request_id = self._send(
            GenerateRequest(
                request_id=self._new_id(),
                conversations=tuple(_wire(messages) for messages in conversations),
                max_tokens=options.max_tokens,
                temperature=options.temperature,
                top_p=options.top_p,
                repeat_penalty=options.repeat_penalty,
                seed=options.seed,
                parallel=parallel,
                forget_cache=forget_cache,
            )
        )
        cancelled_at = 0.0
        stop_sent: set[int] = set()
        try:
            while True:
                if cancel.is_set() and not cancelled_at:
                    cancelled_at = time.monotonic()
                    self._cancel(request_id)
                for index, stop in enumerate(stops or ()):
                    if index not in stop_sent and stop.is_set():
                        stop_sent.add(index)
                        self._stop_one(request_id, index)
                reply = self._receive(POLL_INTERVAL_S)
                if reply is None:
                    if cancelled_at and time.monotonic() - cancelled_at > CANCEL_GRACE_S:
                        log.warning("engine ignored a cancel for %.1fs; restarting it", CANCEL_GRACE_S)
                        self._restart_quietly()
                        for one in stats:
                            if not one.finish_reason:
                                one.cancelled, one.finish_reason = True, "cancelled"
                        return
                    continue
                if getattr(reply, "request_id", None) != request_id:
                    continue  # a late reply to an abandoned request
                if isinstance(reply, Token):
                    one = stats[reply.index]
                    if not one.time_to_first_token_s:
                        one.time_to_first_token_s = time.monotonic() - started
                    yield reply.index, reply.text
                elif isinstance(reply, ConversationDone):
                    _fill_stats(stats[reply.index], reply, time.monotonic() - started)
                elif isinstance(reply, Done):
                    self._unfinished_id = 0
                    self.last_done = reply
                    if reply.path_note:
                        log.info("the engine wrote %d posts one after another: %s", len(stats), reply.path_note)
                    return
                elif isinstance(reply, Failed):
                    self._unfinished_id = 0
                    raise self._error_from(reply)
        finally:
            if self._unfinished_id == request_id:
                # The consumer stopped early (closed the stream): stop the engine too.
                self._settle()

    # ---------------------------------------------------------------- process plumbing

    def _alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def _start_if_needed(self) -> None:
        if self._alive():
            return
        if self._process is not None:
            self._forget_process()
        env = dict(os.environ)
        env[LOG_ENV] = str(self.log_file) if self.log_file else ""
        log_handle: IO[bytes] | int = subprocess.DEVNULL
        if self.log_file:
            log_handle = os.fdopen(open_engine_log(self.log_file), "ab")  # owner-only, rotated
        try:
            process = subprocess.Popen(
                engine_command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log_handle,  # catches errors before the engine redirects its own output
                env=env,
                close_fds=True,
            )
        except OSError as exc:
            raise EngineStartError(f"The model engine could not start ({exc}).") from exc
        finally:
            if not isinstance(log_handle, int):
                log_handle.close()
        replies: queue.Queue[object] = queue.Queue()
        assert process.stdout is not None
        threading.Thread(
            target=_read_replies, args=(process.stdout, replies), name="engine-replies", daemon=True
        ).start()
        self._process, self._replies = process, replies
        self._unfinished_id = 0
        self._info = None
        log.info("engine started (pid %s)", process.pid)

    def _new_id(self) -> int:
        self._last_id += 1
        return self._last_id

    def _write(self, message: object) -> None:
        process = self._process
        if process is None or process.stdin is None:
            raise BrokenPipeError("no engine")
        write_frame(process.stdin, message)

    def _send(self, request: Any) -> int:
        self._settle()
        self._start_if_needed()
        try:
            self._write(request)
        except (OSError, ValueError):
            raise self._crashed() from None
        self._unfinished_id = request.request_id
        return int(request.request_id)

    def _cancel(self, request_id: int) -> None:
        try:
            self._write(CancelRequest(request_id))
        except (OSError, ValueError):
            pass  # the engine is gone; _receive reports it

    def _stop_one(self, request_id: int, index: int) -> None:
        try:
            self._write(StopConversation(request_id, index))
        except (OSError, ValueError):
            pass

    def _call(self, request: Any, timeout: float) -> Any:
        """Send a request and wait for its final reply (no tokens expected)."""
        request_id = self._send(request)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            reply = self._receive(0.1)
            if reply is not None and getattr(reply, "request_id", None) == request_id:
                self._unfinished_id = 0
                return reply
        self._restart_quietly()
        raise EngineCrashedError(f"it did not answer within {timeout:.0f} seconds and was restarted")

    def _receive(self, timeout: float) -> Any | None:
        """One reply, None on timeout. Raises EngineCrashedError when the process is gone."""
        if self._process is None:
            raise self._crashed()
        try:
            reply = self._replies.get(timeout=timeout)
        except queue.Empty:
            return None
        if reply is _PIPE_CLOSED:
            raise self._crashed()
        return reply

    def _settle(self) -> None:
        """Make sure no earlier request is still running in the engine before a new one."""
        unfinished = self._unfinished_id
        if not unfinished or not self._alive():
            self._unfinished_id = 0
            return
        self._cancel(unfinished)
        deadline = time.monotonic() + CANCEL_GRACE_S
        try:
            while time.monotonic() < deadline:
                reply = self._receive(POLL_INTERVAL_S)
                if isinstance(reply, (Done, Failed)) and reply.request_id == unfinished:
                    self._unfinished_id = 0
                    return
        except EngineCrashedError:
            return
        self._restart_quietly()

    def _crashed(self) -> EngineCrashedError:
        process = self._process
        how = "it disappeared"
        if process is not None:
            try:
                process.wait(1.0)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(SHUTDOWN_TIMEOUT_S)
            how = describe_exit(process.returncode)
        self._forget_process()
        log.error("engine crashed: %s", how)
        return EngineCrashedError(how)

    def _forget_process(self) -> None:
        process = self._process
        if process is not None:
            for pipe in (process.stdin, process.stdout):
                if pipe is not None:
                    try:
                        pipe.close()
                    except OSError:
                        pass
        self._process = None
        self._info = None
        self._unfinished_id = 0

    def _restart_quietly(self) -> None:
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()
            process.wait(SHUTDOWN_TIMEOUT_S)
        self._forget_process()

    def _error_from(self, failed: Failed) -> ModelError:
        if failed.kind == KIND_MISSING:
            return ModelMissingError(failed.path or self.config.model_path)
        if failed.kind == KIND_FORMAT:
            return ModelFormatError(failed.path or self.config.model_path, _sentence(failed.message))
        if failed.kind == KIND_CONTEXT:
            return ContextTooLongError(failed.prompt_tokens, failed.context_tokens, failed.reply_tokens)
        return GenerationFailedError(failed.message)


_PIPE_CLOSED = object()


def _read_replies(stdout: IO[bytes], replies: queue.Queue[object]) -> None:
    """Runs in a thread per engine process: frames from the engine go into `replies`."""
    while True:
        try:
            replies.put(read_frame(stdout))
        except (EOFError, OSError, ValueError):
            replies.put(_PIPE_CLOSED)
            return


def describe_exit(exitcode: int | None) -> str:
    if exitcode is None:
        return "it stopped responding"
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        why = {
            "SIGKILL": " — often the system ran out of memory",
            "SIGSEGV": " — a crash inside the model engine",
            "SIGABRT": " — the model engine gave up",
        }.get(name, "")
        return f"killed by {name}{why}"
    return f"exit code {exitcode}"


def _wire(messages: Sequence[ChatMessage]) -> tuple[tuple[str, str], ...]:
    # Control-token strings in the text are neutralised in the engine, which knows the
    # model's vocabulary (models/engine/native/vocabulary.py).
    return tuple((m.role, m.content) for m in messages)


def _texts(chunks: Iterator[tuple[int, str]]) -> Iterator[str]:
    try:
        for _, text in chunks:
            yield text
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            close()


def _fill_stats(stats: RunStats, done: ConversationDone, elapsed: float) -> None:
    stats.prompt_tokens = done.prompt_tokens
    stats.prompt_tokens_evaluated = done.prompt_tokens_evaluated
    stats.generated_tokens = done.generated_tokens
    stats.total_time_s = elapsed
    stats.finish_reason = done.finish_reason
    stats.cancelled = done.finish_reason == "cancelled"
    stats.path, stats.path_note = done.path, done.path_note


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."
