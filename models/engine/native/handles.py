"""Owned handles on llama.cpp's C objects: model, context, batch and sampler chain.

The engine drives llama.cpp through its low-level API (llama-cpp-python 0.3.36's ctypes
bindings) because the high-level `Llama` class has one sequence only, and parallel angles
need several sequences sharing one prompt in the KV cache.

Every wrapper frees its C object exactly once: `close()` may be called any number of
times, and a closed wrapper raises `ClosedError` instead of handing a dangling pointer to
C (which would segfault).
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import llama_cpp

# llama_decode's return values (llama.h)
DECODE_OK = 0
DECODE_NO_KV_SLOT = 1  # the KV cache has no room for the batch
DECODE_ABORTED = 2  # the abort callback said stop


class NativeError(RuntimeError):
    """llama.cpp refused an operation; the message says which."""


class ClosedError(NativeError):
    """A handle was used after close(): a bug in the engine, caught before it reaches C."""


class DecodeAborted(NativeError):
    """The abort callback interrupted llama_decode (a cancel during prompt evaluation).
    llama.cpp removes the interrupted micro-batch from the KV cache; earlier ones stay."""


class NoKvSlot(NativeError):
    """The KV cache had no room for the batch."""


@dataclass(frozen=True)
class SamplerSettings:
    """One sampler chain's settings. The same function builds the chain for every path
    (single, sequential, parallel), so equal settings give equal text.

    The defaults are llama-cpp-python's `Llama.create_completion` defaults, which the
    engine used before it drove llama.cpp directly."""

    temperature: float = 0.8
    top_p: float = 0.95
    repeat_penalty: float = 1.0
    seed: int | None = None  # None: a fresh random seed
    top_k: int = 40
    min_p: float = 0.05
    typical_p: float = 1.0
    penalty_last_n: int = 64


class Model:
    """A loaded GGUF model (weights memory-mapped, CPU)."""

    def __init__(self, path: str) -> None:
        params = llama_cpp.llama_model_default_params()
        pointer = llama_cpp.llama_model_load_from_file(path.encode("utf-8"), params)
        if not pointer:
            raise NativeError(f"Failed to load model from file: {path}")
        self._pointer: Any = pointer
        vocab = llama_cpp.llama_model_get_vocab(pointer)
        if not vocab:
            self.close()
            raise NativeError(f"The model {path} has no vocabulary.")
        self._vocab: Any = vocab
        self.n_vocab = int(llama_cpp.llama_vocab_n_tokens(vocab))

    @property
    def pointer(self) -> Any:
        if self._pointer is None:
            raise ClosedError("the model was already closed")
        return self._pointer

    @property
    def vocab(self) -> Any:
        self.pointer  # noqa: B018 - the vocab lives inside the model
        return self._vocab

    def close(self) -> None:
        if self._pointer is not None:
            pointer, self._pointer = self._pointer, None
            llama_cpp.llama_model_free(pointer)

    # ---- facts about the model

    def n_ctx_train(self) -> int:
        return int(llama_cpp.llama_model_n_ctx_train(self.pointer))

    def memory_is_shareable(self) -> bool:
        """Whether a prompt evaluated in one sequence can be copied to others and trimmed
        back to a prefix. Recurrent (Mamba, RWKV) and hybrid models keep one rolling state
        per sequence instead of per-token entries, so they cannot."""
        return not (llama_cpp.llama_model_is_recurrent(self.pointer) or llama_cpp.llama_model_is_hybrid(self.pointer))

    def token_bos(self) -> int:
        return int(llama_cpp.llama_vocab_bos(self.vocab))

    def token_eos(self) -> int:
        return int(llama_cpp.llama_vocab_eos(self.vocab))

    def is_end_of_generation(self, token: int) -> bool:
        return bool(llama_cpp.llama_vocab_is_eog(self.vocab, token))

    def token_attributes(self, token: int) -> int:
        return int(llama_cpp.llama_vocab_get_attr(self.vocab, token))

    def token_text(self, token: int) -> str:
        """The token's text as stored in the vocabulary (control tokens included)."""
        raw = llama_cpp.llama_vocab_get_text(self.vocab, token)
        return (raw or b"").decode("utf-8", errors="replace")

    # ---- text <-> tokens

    def tokenize(self, text: str, *, add_special: bool, parse_special: bool) -> list[int]:
        data = text.encode("utf-8")
        capacity = len(data) + 16
        for _ in range(2):
            buffer = (llama_cpp.llama_token * capacity)()
            count = llama_cpp.llama_tokenize(self.vocab, data, len(data), buffer, capacity, add_special, parse_special)
            if count >= 0:
                return list(buffer[:count])
            capacity = -count  # the buffer was too small: the exact size needed
        raise NativeError("llama.cpp could not tokenize the prompt")

    def piece(self, token: int, *, special: bool = False) -> bytes:
        """The bytes a token stands for (possibly part of a UTF-8 character)."""
        buffer = ctypes.create_string_buffer(64)
        length = llama_cpp.llama_token_to_piece(self.vocab, token, buffer, len(buffer), 0, special)
        if length < 0:
            buffer = ctypes.create_string_buffer(-length)
            length = llama_cpp.llama_token_to_piece(self.vocab, token, buffer, len(buffer), 0, special)
        return buffer.raw[: max(length, 0)]

    def detokenize(self, tokens: Iterable[int], *, special: bool = False) -> str:
        return b"".join(self.piece(t, special=special) for t in tokens).decode("utf-8", errors="replace")


AbortCheck = Callable[[], bool]


class Context:
    """A llama.cpp context: the KV cache ("memory") plus the compute buffers.

    The KV cache is unified: the cells of a prompt prefix shared by several sequences
    are stored once (llama_memory_seq_cp only adds sequence ids to cells)."""

    def __init__(
        self,
        model: Model,
        *,
        n_ctx: int,
        n_seq_max: int,
        n_batch: int,
        n_threads: int,
        n_threads_batch: int,
        should_abort: AbortCheck,
        flash_attention: bool | None = None,
        unified_kv: bool = True,
    ) -> None:
        params = llama_cpp.llama_context_default_params()
        if flash_attention is not None:
            params.flash_attn_type = (
                llama_cpp.LLAMA_FLASH_ATTN_TYPE_ENABLED if flash_attention else llama_cpp.LLAMA_FLASH_ATTN_TYPE_DISABLED
            )
        params.n_ctx = n_ctx
        params.n_batch = n_batch
        params.n_ubatch = n_batch
        params.n_seq_max = n_seq_max
        params.n_threads = n_threads
        params.n_threads_batch = n_threads_batch
        params.kv_unified = unified_kv
        params.no_perf = False
        pointer = llama_cpp.llama_init_from_model(model.pointer, params)
        if not pointer:
            raise NativeError("Failed to create llama_context")
        self._pointer: Any = pointer
        self.model = model
        self.n_ctx = int(llama_cpp.llama_n_ctx(pointer))
        self.n_seq_max = int(llama_cpp.llama_n_seq_max(pointer))
        self.n_batch = int(llama_cpp.llama_n_batch(pointer))
        self._memory: Any = llama_cpp.llama_get_memory(pointer)
        # ctypes keeps no reference to a callback it passed to C; a collected one crashes.
        self._abort_callback = llama_cpp.ggml_abort_callback(lambda _data: bool(should_abort()))
        llama_cpp.llama_set_abort_callback(pointer, self._abort_callback, None)

    @property
    def pointer(self) -> Any:
        if self._pointer is None:
            raise ClosedError("the context was already closed")
        return self._pointer

    def close(self) -> None:
        if self._pointer is not None:
            pointer, self._pointer = self._pointer, None
            llama_cpp.llama_free(pointer)
            self._memory = None

    def set_threads(self, n_threads: int, n_threads_batch: int) -> None:
        llama_cpp.llama_set_n_threads(self.pointer, n_threads, n_threads_batch)

    def threads(self) -> tuple[int, int]:
        return int(llama_cpp.llama_n_threads(self.pointer)), int(llama_cpp.llama_n_threads_batch(self.pointer))

    def decode(self, batch: Batch) -> None:
        status = llama_cpp.llama_decode(self.pointer, batch.native)
        if status == DECODE_OK:
            return
        if status == DECODE_ABORTED:
            raise DecodeAborted("llama_decode was aborted")
        if status == DECODE_NO_KV_SLOT:
            raise NoKvSlot("the KV cache is full")
        raise NativeError(f"llama_decode returned {status}")

    # ---- the KV cache

    def seq_rm(self, seq_id: int, p0: int = -1, p1: int = -1) -> bool:
        """Drop a sequence's cells with positions in [p0, p1). False if the memory cannot
        drop part of a sequence (recurrent models); dropping a whole one always works."""
        self.pointer  # noqa: B018 - refuse after close
        return bool(llama_cpp.llama_memory_seq_rm(self._memory, seq_id, p0, p1))

    def seq_cp(self, source: int, target: int) -> None:
        self.pointer  # noqa: B018
        llama_cpp.llama_memory_seq_cp(self._memory, source, target, -1, -1)

    def seq_pos_max(self, seq_id: int) -> int:
        """The highest position held for a sequence, -1 if it is empty."""
        self.pointer  # noqa: B018
        return int(llama_cpp.llama_memory_seq_pos_max(self._memory, seq_id))

    def clear(self) -> None:
        self.pointer  # noqa: B018
        llama_cpp.llama_memory_clear(self._memory, True)


class Batch:
    """A reusable llama_batch of token inputs, each in one or more sequences."""

    def __init__(self, capacity: int, n_seq_max: int) -> None:
        self.capacity = capacity
        self._native: Any = llama_cpp.llama_batch_init(capacity, 0, n_seq_max)
        self._open = True
        self.n_tokens = 0

    @property
    def native(self) -> Any:
        if not self._open:
            raise ClosedError("the batch was already freed")
        return self._native

    def clear(self) -> None:
        self.n_tokens = 0
        self.native.n_tokens = 0

    def add(self, token: int, pos: int, seq_ids: Sequence[int], logits: bool) -> int:
        """Append a token; returns its index in the batch (for reading its logits)."""
        if self.n_tokens >= self.capacity:
            raise NativeError("batch overflow")
        native = self.native
        index = self.n_tokens
        native.token[index] = token
        native.pos[index] = pos
        native.n_seq_id[index] = len(seq_ids)
        for k, seq_id in enumerate(seq_ids):
            native.seq_id[index][k] = seq_id
        native.logits[index] = 1 if logits else 0
        self.n_tokens += 1
        native.n_tokens = self.n_tokens
        return index

    def close(self) -> None:
        if self._open:
            self._open = False
            llama_cpp.llama_batch_free(self._native)


class Sampler:
    """One sampler chain (one per sequence: penalties and the random state are per text)."""

    def __init__(self, model: Model, settings: SamplerSettings) -> None:
        chain = llama_cpp.llama_sampler_chain_init(llama_cpp.llama_sampler_chain_default_params())
        if not chain:
            raise NativeError("could not create a sampler")
        self._chain: Any = chain

        def add(sampler: Any) -> None:
            llama_cpp.llama_sampler_chain_add(chain, sampler)  # the chain owns it from here

        seed = llama_cpp.LLAMA_DEFAULT_SEED if settings.seed is None else settings.seed & 0xFFFFFFFF
        add(
            llama_cpp.llama_sampler_init_penalties(
                model.n_vocab, settings.penalty_last_n, settings.repeat_penalty, 0.0, 0.0
            )
        )
        if settings.temperature <= 0.0:
            add(llama_cpp.llama_sampler_init_greedy())
        else:
            add(llama_cpp.llama_sampler_init_top_k(settings.top_k))
            add(llama_cpp.llama_sampler_init_typical(settings.typical_p, 1))
            add(llama_cpp.llama_sampler_init_top_p(settings.top_p, 1))
            add(llama_cpp.llama_sampler_init_min_p(settings.min_p, 1))
            add(llama_cpp.llama_sampler_init_temp(settings.temperature))
            add(llama_cpp.llama_sampler_init_dist(seed))

    def sample(self, context: Context, index: int) -> int:
        """Sample (and accept) a token from the logits of batch output `index`."""
        if self._chain is None:
            raise ClosedError("the sampler was already freed")
        return int(llama_cpp.llama_sampler_sample(self._chain, context.pointer, index))

    def close(self) -> None:
        if self._chain is not None:
            chain, self._chain = self._chain, None
            llama_cpp.llama_sampler_free(chain)  # frees the samplers added to the chain too
