"""Writing one or several conversations with llama.cpp's low-level API.

Parallel (what llama.cpp's server does with parallel slots): the prompt all conversations
share is evaluated once in sequence 0 and copied to sequences 1..N-1; each sequence's own
tail is evaluated in one batch; then every unfinished sequence advances one token per step,
all in one batch, each with its own sampler chain, each stopping at its own end of turn,
stop string or token limit.

Sequential: the conversations one after another in sequence 0; each reuses the longest
prefix it shares with what sequence 0 already holds (an earlier angle of the same story).

Sequence 0 is also the cache between requests: it keeps the last prompt (and reply), so a
regenerated card only evaluates its own tail.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from models.engine.native.handles import (
    Batch,
    Context,
    DecodeAborted,
    Model,
    NativeError,
    Sampler,
    SamplerSettings,
)
from models.engine.plan import PATH_PARALLEL, ContextShape
from models.engine.text_out import TextAssembler
from models.engine.threads import ThreadPolicy

log = logging.getLogger("ownvoice.engine")

N_BATCH = 512
# A prompt token is never evaluated alone in its sequence's part of a batch: llama.cpp
# computes a lone token with other kernels than two or more, and the rounding differs
# (measured: the last prompt token alone moved a logit by 0.46 and changed the greedy
# text). Two or more give bit-identical results however the prompt is split, which is
# what makes the parallel and the sequential paths write the same text. (Decoding steps
# are one token per sequence on both paths.)
MIN_PIECE = 2

FINISH_STOP = "stop"
FINISH_LENGTH = "length"
FINISH_CANCELLED = "cancelled"


@dataclass
class Outcome:
    """What happened to one conversation."""

    index: int
    prompt_tokens: int
    prompt_tokens_evaluated: int = 0
    generated_tokens: int = 0
    finish_reason: str = ""
    text: str = ""


class Sink(Protocol):
    """Where a request's text goes, and where its cancels come from."""

    def text(self, index: int, text: str) -> None: ...

    def finished(self, outcome: Outcome) -> None: ...

    def cancelled(self) -> bool:
        """The whole request was cancelled."""
        ...

    def stopped(self, index: int) -> bool:
        """This one conversation was cancelled."""
        ...


@dataclass(frozen=True)
class Work:
    prompts: tuple[tuple[int, ...], ...]
    max_tokens: int
    sampling: SamplerSettings
    stops: tuple[str, ...] = ()
    path: str = PATH_PARALLEL
    forget_cache: bool = False  # evaluate every prompt from scratch (the benchmark's naive baseline)


@dataclass(eq=False)  # identity: sequences are used as dict keys
class _Sequence:
    index: int
    seq_id: int
    prompt: tuple[int, ...]
    sampler: Sampler
    assembler: TextAssembler
    outcome: Outcome
    pos: int = 0  # position of the next token to evaluate
    pending: int = -1  # sampled, not yet evaluated
    output: int = -1  # index of this sequence's logits in the last batch
    done: bool = False


def piece_sizes(count: int, capacity: int) -> list[int]:
    """Split `count` prompt tokens into batch-sized pieces, none of them a lone token
    (unless there is only one token)."""
    sizes = [capacity] * (count // capacity)
    if count % capacity:
        sizes.append(count % capacity)
    if len(sizes) > 1 and sizes[-1] < MIN_PIECE:
        sizes[-2] -= MIN_PIECE - sizes[-1]
        sizes[-1] = MIN_PIECE
    return sizes


def common_prefix_length(a: Sequence[int], b: Sequence[int]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


class Writer:
    """Owns the llama.cpp context of a loaded model and what its KV cache holds."""

    def __init__(self, model: Model, threads: ThreadPolicy, should_abort: Callable[[], bool]) -> None:
        self.model = model
        self.threads = threads
        self._should_abort = should_abort
        self.context: Context | None = None
        self.batch: Batch | None = None
        self.shape: ContextShape | None = None
        self.cached: list[int] = []  # the tokens sequence 0 holds, by position
        self.contexts_created = 0
        self.context_seconds = 0.0  # spent creating contexts (a request needing a bigger one)

    # ---------------------------------------------------------------- the context

    def ensure_context(self, shape: ContextShape) -> None:
        """Use a context of exactly `shape`, creating it if the current one differs.
        Raises NativeError when llama.cpp cannot allocate it."""
        if self.context is not None and self.shape == shape:
            return
        self._close_context()
        started = time.monotonic()
        decode_threads = self.threads.decode_threads()
        self.context = Context(
            self.model,
            n_ctx=shape.n_ctx,
            n_seq_max=shape.n_seq,
            n_batch=N_BATCH,
            n_threads=decode_threads,
            n_threads_batch=self.threads.prefill_threads(),
            should_abort=self._should_abort,
            # Flash attention's CPU kernel rounds differently for different batch sizes
            # (measured: a 64-token batch flips the next token vs a 22-token one), which
            # would make parallel and sequential text differ; plain attention does not.
            flash_attention=False,
            unified_kv=False,
        )
        self.batch = Batch(self.context.n_batch, shape.n_seq)
        self.shape = shape
        self.cached = []
        elapsed = time.monotonic() - started
        self.contexts_created += 1
        self.context_seconds += elapsed
        log.info("context ready: %d x %d cells in %.0f ms", shape.n_seq, shape.cells_per_seq, elapsed * 1000)

    def close(self) -> None:
        self._close_context()

    def _close_context(self) -> None:
        if self.batch is not None:
            self.batch.close()
            self.batch = None
        if self.context is not None:
            self.context.close()
            self.context = None
        self.shape = None
        self.cached = []

    # ---------------------------------------------------------------- writing

    def write(self, work: Work, sink: Sink) -> None:
        """Write every conversation of `work`; every one gets exactly one `sink.finished`.
        Raises NativeError (the KV cache is reset first)."""
        assert self.context is not None, "ensure_context() first"
        try:
            if work.path == PATH_PARALLEL:
                self._write_group(list(range(len(work.prompts))), work, sink)
            else:
                for index in range(len(work.prompts)):
                    self._write_group([index], work, sink)
        except NativeError:
            self._forget_everything()
            raise

    def _write_group(self, indices: list[int], work: Work, sink: Sink) -> None:
        prompts = [work.prompts[i] for i in indices]
        sequences = [
            _Sequence(
                index=index,
                seq_id=seq_id,
                prompt=prompt,
                sampler=Sampler(self.model, work.sampling),
                assembler=TextAssembler(work.stops),
                outcome=Outcome(index, len(prompt)),
            )
            for seq_id, (index, prompt) in enumerate(zip(indices, prompts, strict=True))
        ]
        try:
            if sink.cancelled():
                self._finish_all(sequences, sink, FINISH_CANCELLED)
                return
            for seq in sequences:
                if sink.stopped(seq.index):
                    self._finish(seq, sink, FINISH_CANCELLED)
            try:
                self._evaluate_prompts(sequences, work, sink)
                self._decode_steps(sequences, work, sink)
            except DecodeAborted:
                self._reconcile_cache()
                self._finish_all(sequences, sink, FINISH_CANCELLED)
        finally:
            for seq in sequences:
                seq.sampler.close()
                if not seq.done:  # an exception: report what was written, then let it propagate
                    self._finish(seq, sink, FINISH_CANCELLED)
            self._drop_other_sequences()

    def _evaluate_prompts(self, sequences: list[_Sequence], work: Work, sink: Sink) -> None:
        """The shared part once (reusing what sequence 0 holds), then every tail."""
        context = self.context
        assert context is not None
        prompts = [seq.prompt for seq in sequences]
        # Every sequence keeps a tail of its own to get logits from.
        shared = min(len(p) for p in prompts) - MIN_PIECE
        for prompt in prompts[1:]:
            shared = min(shared, common_prefix_length(prompts[0], prompt))
        if shared < MIN_PIECE:
            shared = 0
        reuse = 0 if work.forget_cache else min(common_prefix_length(self.cached, prompts[0]), shared)
        if 0 < shared - reuse < MIN_PIECE:
            reuse = max(0, shared - MIN_PIECE)
        self._trim_cache(reuse)
        self._drop_other_sequences()
        threads = self.threads.prefill_threads()
        context.set_threads(threads, threads)
        sequences[0].outcome.prompt_tokens_evaluated += shared - len(self.cached)
        self._prefill_sequence_zero(prompts[0][len(self.cached) : shared])
        for seq in sequences[1:]:
            context.seq_cp(0, seq.seq_id)
        for seq in sequences:
            seq.pos = shared
        self._evaluate_tails([seq for seq in sequences if not seq.done], work, sink)

    def _prefill_sequence_zero(self, tokens: Sequence[int]) -> None:
        context, batch = self.context, self.batch
        assert context is not None and batch is not None
        start = 0
        for size in piece_sizes(len(tokens), batch.capacity):
            batch.clear()
            base = len(self.cached)
            for offset, token in enumerate(tokens[start : start + size]):
                batch.add(token, base + offset, (0,), False)
            context.decode(batch)
            self.cached.extend(tokens[start : start + size])
            start += size

    def _evaluate_tails(self, sequences: list[_Sequence], work: Work, sink: Sink) -> None:
        """Each sequence's own prompt tokens after the shared part, as many sequences per
        batch as fit; then its first token, sampled right after the batch that held its
        last prompt token (the next batch overwrites the logits)."""
        context, batch = self.context, self.batch
        assert context is not None and batch is not None
        pieces: list[tuple[_Sequence, int]] = []  # (sequence, piece size), in order
        for seq in sequences:
            pieces.extend((seq, size) for size in piece_sizes(len(seq.prompt) - seq.pos, batch.capacity))
        while pieces:
            batch.clear()
            in_batch: list[_Sequence] = []
            while pieces and batch.n_tokens + pieces[0][1] <= batch.capacity:
                seq, size = pieces.pop(0)
                for _ in range(size):
                    last = seq.pos == len(seq.prompt) - 1
                    seq.output = batch.add(seq.prompt[seq.pos], seq.pos, (seq.seq_id,), last)
                    if seq.seq_id == 0:
                        self.cached.append(seq.prompt[seq.pos])
                    seq.pos += 1
                    seq.outcome.prompt_tokens_evaluated += 1
                in_batch.append(seq)
            try:
                context.decode(batch)
            except NativeError:
                self._reconcile_cache()
                raise
            for seq in dict.fromkeys(in_batch):
                if seq.pos == len(seq.prompt):
                    self._take_token(seq, work, sink)

    def _decode_steps(self, sequences: list[_Sequence], work: Work, sink: Sink) -> None:
        """One batch per step with the next token of every unfinished sequence."""
        context, batch = self.context, self.batch
        assert context is not None and batch is not None
        while True:
            if sink.cancelled():
                self._finish_all(sequences, sink, FINISH_CANCELLED)
                return
            for seq in sequences:
                if not seq.done and sink.stopped(seq.index):
                    self._finish(seq, sink, FINISH_CANCELLED)
            active = [seq for seq in sequences if not seq.done]
            if not active:
                return
            threads = self.threads.decode_threads()
            if context.threads() != (threads, threads):
                context.set_threads(threads, threads)
            batch.clear()
            for seq in active:
                seq.output = batch.add(seq.pending, seq.pos, (seq.seq_id,), True)
            started = time.monotonic()
            context.decode(batch)
            self.threads.observe_step(threads, len(active), time.monotonic() - started)
            for seq in active:
                if seq.seq_id == 0:
                    self.cached.append(seq.pending)
                seq.pos += 1
                self._take_token(seq, work, sink)

    def _take_token(self, seq: _Sequence, work: Work, sink: Sink) -> None:
        """Sample this sequence's next token from the last batch and act on it."""
        context = self.context
        assert context is not None
        token = seq.sampler.sample(context, seq.output)
        if self.model.is_end_of_generation(token):
            self._finish(seq, sink, FINISH_STOP)
            return
        seq.outcome.generated_tokens += 1
        text = seq.assembler.add(self.model.piece(token))
        if text:
            sink.text(seq.index, text)
        if seq.assembler.stopped:
            self._finish(seq, sink, FINISH_STOP)
        elif seq.outcome.generated_tokens >= work.max_tokens:
            self._finish(seq, sink, FINISH_LENGTH)
        else:
            seq.pending = token

    def _finish(self, seq: _Sequence, sink: Sink, reason: str) -> None:
        if seq.done:
            return
        seq.done = True
        rest = seq.assembler.finish()
        if rest:
            sink.text(seq.index, rest)
        seq.outcome.finish_reason = reason
        seq.outcome.text = seq.assembler.shown
        if seq.seq_id != 0 and self.context is not None:
            self.context.seq_rm(seq.seq_id)  # its cells are free for the others
        sink.finished(seq.outcome)

    def _finish_all(self, sequences: list[_Sequence], sink: Sink, reason: str) -> None:
        for seq in sequences:
            self._finish(seq, sink, reason)

    # ---------------------------------------------------------------- the KV cache

    def _trim_cache(self, keep: int) -> None:
        """Keep the first `keep` tokens of sequence 0, drop the rest."""
        context = self.context
        assert context is not None
        if keep < len(self.cached) or context.seq_pos_max(0) >= keep:
            if not context.seq_rm(0, keep, -1):
                # Recurrent memory cannot drop a part of a sequence: start it over.
                context.seq_rm(0)
                keep = 0
        del self.cached[keep:]

    def _drop_other_sequences(self) -> None:
        context = self.context
        if context is None or self.shape is None:
            return
        for seq_id in range(1, self.shape.n_seq):
            context.seq_rm(seq_id)

    def _reconcile_cache(self) -> None:
        """After an interrupted decode, believe the KV cache, not our notes."""
        context = self.context
        assert context is not None
        held = context.seq_pos_max(0) + 1
        if held < len(self.cached):
            del self.cached[held:]
        elif held > len(self.cached) and not context.seq_rm(0, len(self.cached), -1):
            self._forget_everything()

    def _forget_everything(self) -> None:
        if self.context is not None:
            self.context.clear()
        self.cached = []
