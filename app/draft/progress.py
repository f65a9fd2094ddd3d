"""What a card being written shows: the phase, the time it has taken and the time it will still take.

Estimates come from speeds measured in this session (how long the model takes to read a story,
how many chunks a second it writes), never from guesses: until something has been measured
the estimate is None and the card says only what it is doing and for how long.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.options import Length
from app.prompt import LENGTH_MAX_TOKENS, LENGTH_WORDS

TOKENS_PER_WORD = 1.4  # English and Dutch, as the prompt's token allowance assumes
SMOOTHING = 0.5  # weight of the newest measurement in the running speeds
OWN_RATE_MIN_CHUNKS = 5  # a card's own writing speed is trusted from this many chunks on


class Phase(StrEnum):
    WAITING = "waiting"  # queued behind other cards
    READING = "reading"  # the model is reading the story (prompt evaluation)
    WRITING = "writing"  # text is arriving


def expected_chunks(length: Length, rewrite_of: str = "") -> int:
    """How many chunks (about one per token) a post of this length takes; a tweak about as many
    as the text it rewrites."""
    if rewrite_of.strip():
        return max(8, round(len(rewrite_of.split()) * TOKENS_PER_WORD))
    low, high = LENGTH_WORDS[length]
    return min(LENGTH_MAX_TOKENS[length], round((low + high) / 2 * TOKENS_PER_WORD))


@dataclass
class CardProgress:
    """Timestamps (monotonic seconds) of one card's run."""

    queued_at: float
    expected_chunks: int
    started_at: float | None = None  # the model began reading the story for this card
    first_chunk_at: float | None = None
    last_chunk_at: float | None = None
    chunks: int = 0

    @property
    def phase(self) -> Phase:
        if self.started_at is None:
            return Phase.WAITING
        return Phase.READING if self.first_chunk_at is None else Phase.WRITING

    def elapsed(self, now: float) -> float:
        return max(0.0, now - (self.queued_at if self.started_at is None else self.started_at))


class SpeedMeter:
    """Running speeds of the loaded model on this machine, measured from finished reading and writing."""

    def __init__(self) -> None:
        self.read_s: float | None = None  # seconds from a card's start to its first chunk
        self.chunks_per_s: float | None = None

    def reset(self) -> None:
        """Another model: what was measured no longer holds."""
        self.read_s = None
        self.chunks_per_s = None

    def record_read(self, seconds: float) -> None:
        self.read_s = _smooth(self.read_s, max(0.0, seconds))

    def record_writing(self, chunks: int, seconds: float) -> None:
        if chunks >= 2 and seconds > 0:
            self.chunks_per_s = _smooth(self.chunks_per_s, (chunks - 1) / seconds)


@dataclass(frozen=True)
class Estimate:
    phase: Phase
    elapsed_s: float
    remaining_s: float | None  # None: nothing measured yet to base it on


def estimate(
    progress: CardProgress, meter: SpeedMeter, now: float, ahead: float | None = 0.0, live_rate: float | None = None
) -> Estimate:
    """Where a card stands. `ahead`: the time the cards queued before it still need (None: unknown);
    `live_rate`: the writing speed of a card being written now, used until a whole card was measured."""
    phase = progress.phase
    return Estimate(phase, progress.elapsed(now), _remaining(progress, meter, now, ahead, live_rate))


def own_rate(progress: CardProgress, now: float) -> float | None:
    """Chunks per second this card is writing at, once it has written a few."""
    if progress.first_chunk_at is not None and progress.chunks >= OWN_RATE_MIN_CHUNKS:
        seconds = now - progress.first_chunk_at
        if seconds > 0:
            return (progress.chunks - 1) / seconds
    return None


def _remaining(
    progress: CardProgress, meter: SpeedMeter, now: float, ahead: float | None, live_rate: float | None
) -> float | None:
    rate = own_rate(progress, now) or meter.chunks_per_s or live_rate
    if rate is None:
        return None
    to_write = max(0, progress.expected_chunks - progress.chunks) / rate
    phase = progress.phase
    if phase is Phase.WRITING:
        return to_write
    if meter.read_s is None:
        return None
    if phase is Phase.READING:
        assert progress.started_at is not None
        return max(0.0, meter.read_s - (now - progress.started_at)) + to_write
    if ahead is None:
        return None
    return ahead + meter.read_s + to_write


def _smooth(previous: float | None, value: float) -> float:
    return value if previous is None else SMOOTHING * value + (1 - SMOOTHING) * previous
