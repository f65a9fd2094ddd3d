"""Per request: write the conversations in parallel or one after another, and how big a
context (KV cache) that takes.

Parallel angles get one KV stream each (llama.cpp's non-unified cache): the shared
prompt is evaluated once in sequence 0 and copied to the others, and every sequence then
sees exactly the cell layout it would see alone, so greedy text is identical to the
sequential path (measured: with one unified cache, where the angles' cells interleave,
2 of 4 angles drifted after 8 and 34 tokens). The price is memory: each stream holds its
own copy of the prompt, so a request needs N x (longest prompt + reply) cells.

Plain Python, no llama_cpp: tested on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from models.contract import PATH_PARALLEL as PATH_PARALLEL  # the engine's paths are RunStats.path's
from models.contract import PATH_SEQUENTIAL as PATH_SEQUENTIAL

CELL_MULTIPLE = 256  # llama.cpp pads KV caches to this; sizes that are multiples waste nothing
MIN_CELLS_PER_SEQ = 512


@dataclass(frozen=True)
class ContextShape:
    """A context's KV cache: `n_seq` streams of `cells_per_seq` cells each."""

    n_seq: int
    cells_per_seq: int

    @property
    def n_ctx(self) -> int:
        return self.n_seq * self.cells_per_seq

    def holds(self, other: ContextShape) -> bool:
        return self.n_seq >= other.n_seq and self.cells_per_seq >= other.cells_per_seq


@dataclass(frozen=True)
class Plan:
    path: str  # PATH_PARALLEL or PATH_SEQUENTIAL
    needed: ContextShape  # the smallest context this request can run in
    use: ContextShape  # the context to run it in (the current one when it is big enough)
    note: str = ""  # why the sequential path was taken for several conversations


class PromptTooLong(Exception):
    def __init__(self, prompt_tokens: int, limit: int, reply_tokens: int) -> None:
        super().__init__(f"{prompt_tokens} prompt tokens + {reply_tokens} reply tokens > {limit}")
        self.prompt_tokens = prompt_tokens
        self.limit = limit
        self.reply_tokens = reply_tokens


def round_cells(cells: int) -> int:
    cells = max(cells, MIN_CELLS_PER_SEQ)
    return -(-cells // CELL_MULTIPLE) * CELL_MULTIPLE


def plan_request(
    prompt_lengths: Sequence[int],
    max_tokens: int,
    *,
    limit: int,
    current: ContextShape | None,
    memory_shareable: bool,
    allow_parallel: bool = True,
) -> Plan:
    """Decide the path and the context for one request.

    `limit` is the most KV cells the engine may allocate (the model's window, capped for
    memory; a multiple of CELL_MULTIPLE). Raises PromptTooLong when even one conversation alone does not fit."""
    if not prompt_lengths:
        raise ValueError("no conversations")
    longest = max(prompt_lengths)
    per_seq = longest + max_tokens
    if per_seq > limit:
        raise PromptTooLong(longest, limit, max_tokens)
    count = len(prompt_lengths)
    note = ""
    parallel_shape = ContextShape(count, round_cells(per_seq))
    if count == 1:
        path = PATH_SEQUENTIAL
    elif not allow_parallel:
        path, note = PATH_SEQUENTIAL, "parallel writing was turned off for this request"
    elif not memory_shareable:
        path, note = PATH_SEQUENTIAL, "this model's memory (recurrent state) cannot be copied between sequences"
    elif parallel_shape.n_ctx > limit:
        path = PATH_SEQUENTIAL
        note = (
            f"{count} posts at once need {count} x {per_seq:,} = {count * per_seq:,} tokens of context, "
            f"more than the {limit:,} this model may use"
        )
    else:
        path = PATH_PARALLEL
    if path == PATH_PARALLEL:
        needed = parallel_shape
    else:
        needed = ContextShape(1, min(round_cells(per_seq), limit))
    if current is not None and current.holds(needed):
        return Plan(path, needed, current, note)
    return Plan(path, needed, needed, note)
