"""Drafting posts: one stream per angle through a ChatBackend, shared by the CLI and the UI worker.

Angles run one after another on purpose: the engine keeps one KV cache, and running
them in sequence lets each angle reuse the evaluated shared prefix (see app/prompt.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app.presets import Preset
from app.prompt import PromptInput, build_messages, generation_options
from models.contract import CancelToken, ChatBackend, RunStats

ChunkCallback = Callable[[str, str], None]  # (angle id, text chunk)


@dataclass
class PostResult:
    angle: Preset
    text: str
    stats: RunStats = field(default_factory=RunStats)

    @property
    def cancelled(self) -> bool:
        return self.stats.cancelled


def stream_post(
    backend: ChatBackend,
    request: PromptInput,
    angle: Preset,
    cancel: CancelToken,
    on_chunk: ChunkCallback | None = None,
    seed: int | None = None,
) -> PostResult:
    """Draft one angle. Raises ModelError; a cancel returns the partial text."""
    stream = backend.stream(build_messages(request, angle), generation_options(request.length, seed=seed), cancel)
    parts: list[str] = []
    try:
        for chunk in stream:
            parts.append(chunk)
            if on_chunk is not None:
                on_chunk(angle.id, chunk)
    finally:
        stream.close()
    return PostResult(angle, clean_post("".join(parts)), stream.stats)


def stream_posts(
    backend: ChatBackend,
    request: PromptInput,
    angles: Sequence[Preset],
    cancel: CancelToken,
    on_chunk: ChunkCallback | None = None,
    seed: int | None = None,
) -> list[PostResult]:
    """Draft every angle in turn; stops at a cancel (returning what was written so far)."""
    results: list[PostResult] = []
    for angle in angles:
        if cancel.is_set():
            break
        results.append(stream_post(backend, request, angle, cancel, on_chunk, seed))
    return results


_PREAMBLE = re.compile(
    r"^\s*(?:sure[,!.]?\s*)?(?:here(?:'s| is)|hier is)\b[^\n]{0,80}?(?:post|bericht|draft|versie)\b[^\n]{0,40}:\s*\n+",
    re.IGNORECASE,
)


def clean_post(text: str) -> str:
    """Remove what small models wrap around a post: a "Here is your post:" line and
    quotation marks around the whole text. The post itself is never changed."""
    cleaned = _PREAMBLE.sub("", text, count=1).strip()
    for left, right in (('"', '"'), ("“", "”"), ("'", "'")):
        inner = cleaned[1:-1]
        if len(cleaned) > 2 and cleaned.startswith(left) and cleaned.endswith(right) and left not in inner and right not in inner:
            cleaned = inner.strip()
            break
    return cleaned
