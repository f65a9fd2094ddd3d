"""Downloading a model: resumable, verified, and never half-listed.

The file grows as `<name>.gguf.part` next to a small `<name>.gguf.part.json` that remembers
where it came from (URL, expected size and SHA-256, the server's ETag), so a broken
connection, a pause or an app restart resumes with an HTTP Range request instead of
starting over. Only a complete file whose SHA-256 matches (from the catalogue, or from the
server's `X-Linked-Etag`/`ETag` when that is a SHA-256) and whose GGUF header reads is
renamed to `<name>.gguf`; the model list never shows a `.part` file.

`Download.run()` blocks; run it in a worker thread. `pause()` and `cancel()` may be called
from any thread and take effect at once, even while a read is blocked on a silent server.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import hashlib
import json
import os
import re
import shutil
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, BinaryIO

from models.catalog import PARTIAL_SUFFIX
from models.gguf import GGUF_MAGIC, GgufError, read_gguf
from models.http import Abort, HttpError, Response, host_of, request
from models.memory import format_bytes

CHUNK_BYTES = 256 * 1024
HASH_CHUNK_BYTES = 4 * 1024 * 1024
SPARE_DISK_BYTES = 200 * 1024 * 1024  # keep this much free after the download
MAX_ATTEMPTS = 6  # in a row without progress
BACKOFF_S = (1.0, 2.0, 4.0, 8.0, 15.0, 30.0)
SIDECAR_SUFFIX = ".json"
REPORT_INTERVAL_S = 0.1  # progress callbacks while bytes flow
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class DownloadError(Exception):
    """The download stopped for a reason the user must act on. `str(err)` says what to do.
    `kept_partial` tells whether the part already downloaded was kept for a resume."""

    def __init__(self, message: str, *, kept_partial: bool = False) -> None:
        super().__init__(message)
        self.kept_partial = kept_partial


class DiskFullError(DownloadError):
    pass


class ChecksumMismatchError(DownloadError):
    pass


class Outcome(enum.Enum):
    DONE = "done"
    PAUSED = "paused"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Progress:
    done: int
    total: int  # 0 while unknown
    bytes_per_second: float
    phase: str  # "connecting", "downloading", "checking", "retrying", "verifying"
    note: str = ""  # e.g. why it is retrying

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0

    @property
    def seconds_left(self) -> float | None:
        if not self.total or self.bytes_per_second <= 0:
            return None
        return max(self.total - self.done, 0) / self.bytes_per_second

    def describe(self) -> str:
        """"1.2 GB of 4.7 GB · 12 MB/s · 5 min left"."""
        parts = [f"{format_bytes(self.done)} of {format_bytes(self.total)}" if self.total else format_bytes(self.done)]
        if self.bytes_per_second > 0:
            parts.append(f"{format_bytes(int(self.bytes_per_second))}/s")
        left = self.seconds_left
        if left is not None and self.phase == "downloading":
            parts.append(f"{format_duration(left)} left")
        if self.phase in ("checking", "verifying"):
            parts.append("checking the file" if self.phase == "verifying" else "checking the part already downloaded")
        if self.note:
            parts.append(self.note)
        return " · ".join(parts)


def format_duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


@dataclass(frozen=True)
class DownloadRequest:
    url: str
    target: Path  # the finished model file, "<folder>/<name>.gguf"
    sha256: str = ""  # expected, lowercase hex; empty: from the server if it gives one
    size: int = 0  # expected bytes, enforced; 0: unknown
    size_hint: int = 0  # roughly expected bytes (a catalogue's rounded size): for the disk check only

    @property
    def partial(self) -> Path:
        return partial_path(self.target)

    @property
    def sidecar(self) -> Path:
        return sidecar_path(self.target)


def partial_path(target: Path) -> Path:
    return target.with_name(target.name + PARTIAL_SUFFIX)


def sidecar_path(target: Path) -> Path:
    return target.with_name(target.name + PARTIAL_SUFFIX + SIDECAR_SUFFIX)


def file_name_from_url(url: str) -> str:
    """"…/resolve/main/Qwen3-4B-Q4_K_M.gguf?download=true" -> "Qwen3-4B-Q4_K_M.gguf"."""
    name = urllib.parse.unquote(urllib.parse.urlsplit(url).path.rsplit("/", 1)[-1])
    name = re.sub(r"[\\/:*?\"<>|\x00-\x1f]", "_", name).strip(". ")
    if not name:
        name = "model"
    return name if name.lower().endswith(".gguf") else name + ".gguf"


@dataclass(frozen=True)
class PendingDownload:
    """A `.part` file left by a paused, failed or interrupted download."""

    request: DownloadRequest
    done_bytes: int
    etag: str = ""


def pending_downloads(folder: Path) -> list[PendingDownload]:
    """Downloads that can be resumed (after an app restart, for example)."""
    found = []
    try:
        sidecars = sorted(folder.glob("*.gguf" + PARTIAL_SUFFIX + SIDECAR_SUFFIX))
    except OSError:
        return []
    for sidecar in sidecars:
        state = _read_sidecar(sidecar)
        if state is None:
            continue
        target = sidecar.with_name(sidecar.name[: -len(PARTIAL_SUFFIX + SIDECAR_SUFFIX)])
        partial = partial_path(target)
        done = partial.stat().st_size if partial.is_file() else 0
        known = int(state.get("size", 0) or 0)
        hint = known or int(state.get("size_hint", 0) or 0)
        # The size is not enforced on a resume: if the file changed on the server, it comes back whole.
        request_ = DownloadRequest(state["url"], target, str(state.get("sha256", "")), size_hint=hint)
        found.append(PendingDownload(request_, done, state.get("etag", "")))
    return found


def discard_partial(target: Path) -> None:
    for path in (partial_path(target), sidecar_path(target)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _read_sidecar(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("url"), str):
        return None
    return data


def sha256_from_etag(value: str) -> str:
    """The SHA-256 in an (X-Linked-)ETag header, or "" when it is something else (Hugging
    Face gives LFS files' SHA-256 this way; other servers give MD5s or opaque tags)."""
    tag = value.strip()
    if tag.startswith("W/"):
        return ""  # a weak tag says nothing about the bytes
    tag = tag.strip('"').lower()
    return tag if _SHA256.match(tag) else ""


ProgressCallback = Callable[[Progress], None]


class Download:
    def __init__(
        self,
        req: DownloadRequest,
        on_progress: ProgressCallback | None = None,
        *,
        headers: dict[str, str] | None = None,
        timeout: float = 30.0,
        backoff: tuple[float, ...] = BACKOFF_S,
        spare_disk_bytes: int = SPARE_DISK_BYTES,
    ) -> None:
        self.request = req
        self._on_progress = on_progress or (lambda _p: None)
        self._headers = headers or {}
        self._timeout = timeout
        self._backoff = backoff
        self._spare_disk_bytes = spare_disk_bytes
        self._stop = threading.Event()
        self._stop_as: Outcome | None = None
        self._abort = Abort()
        self._speed = _Speed()
        self.expected_sha256 = req.sha256.lower()
        self.total = req.size
        self.attempts = 0  # connections made (for tests and the log)
        self._last_phase = ""
        self._last_report = 0.0

    # ---------------------------------------------------------------- control (any thread)

    def pause(self) -> None:
        self._request_stop(Outcome.PAUSED)

    def cancel(self) -> None:
        self._request_stop(Outcome.CANCELLED)

    def _request_stop(self, outcome: Outcome) -> None:
        if self._stop_as is None or outcome is Outcome.CANCELLED:
            self._stop_as = outcome
        self._stop.set()
        self._abort.abort()

    # ---------------------------------------------------------------- the work

    def run(self) -> Outcome:
        """Download until done, paused or cancelled. Raises DownloadError."""
        req = self.request
        req.target.parent.mkdir(parents=True, exist_ok=True)
        if req.target.exists():
            raise DownloadError(f"{req.target.name} is already in your models folder.")
        try:
            outcome = self._run()
        except DownloadError as exc:
            if not exc.kept_partial:
                discard_partial(req.target)
            raise
        if outcome is Outcome.CANCELLED:
            discard_partial(req.target)
        return outcome

    def _run(self) -> Outcome:
        req = self.request
        state = _read_sidecar(req.sidecar) or {}
        if state.get("url") != req.url:
            discard_partial(req.target)  # a part from another address is of no use
            state = {}
        self.expected_sha256 = self.expected_sha256 or str(state.get("sha256", ""))
        self.total = self.total or int(state.get("size", 0) or 0)
        etag = str(state.get("etag", ""))
        self._check_disk(self._partial_size())
        failures = 0
        while True:
            if self._stop.is_set():
                return self._stopped()
            done_before = self._partial_size()
            try:
                finished = self._transfer(etag)
            except _Retry as retry:
                if self._stop.is_set():
                    return self._stopped()
                failures = 0 if self._partial_size() > done_before else failures + 1
                if failures >= MAX_ATTEMPTS:
                    raise DownloadError(
                        f"The download keeps failing ({retry.reason}). The part already downloaded is kept: "
                        "try Resume later.",
                        kept_partial=True,
                    ) from None
                wait = self._backoff[min(failures, len(self._backoff) - 1)]
                self._report("retrying", f"connection lost ({retry.reason}); trying again in {wait:.0f} s")
                if self._stop.wait(wait):
                    return self._stopped()
                etag = str((_read_sidecar(req.sidecar) or {}).get("etag", etag))
                continue
            if finished:
                break
        return self._finish()

    def _stopped(self) -> Outcome:
        return self._stop_as or Outcome.PAUSED

    def _partial_size(self) -> int:
        try:
            return self.request.partial.stat().st_size
        except FileNotFoundError:
            return 0

    def _transfer(self, etag: str) -> bool:
        """One connection. True when the whole file is on disk. Raises _Retry, DownloadError."""
        req = self.request
        have = self._partial_size()
        if self.total and have >= self.total:
            return True
        headers = dict(self._headers)
        if have:
            headers["Range"] = f"bytes={have}-"
            if etag and not etag.startswith("W/"):
                headers["If-Range"] = etag  # a changed file comes back whole (200), not spliced
        self._report("connecting")
        self.attempts += 1
        try:
            response = request("GET", req.url, headers=headers, timeout=self._timeout, abort=self._abort)
        except HttpError as exc:
            if exc.kind in ("bad-url",):
                raise DownloadError(str(exc)) from None
            if exc.kind == "tls":
                raise DownloadError(str(exc), kept_partial=True) from None
            raise _Retry(_short_reason(exc)) from None
        try:
            return self._receive(response, have)
        finally:
            response.close()

    def _receive(self, response: Response, have: int) -> bool:
        req = self.request
        status = response.status
        if status == 416 and have:
            # Nothing left to send: the part is complete (or longer than the file now is).
            total = _total_from_content_range(response.header("Content-Range"))
            if total and total == have:
                self.total = total
                return True
            self._restart_partial()
            raise _Retry("the file on the server changed")
        if status in (408, 429) or status >= 500:
            raise _Retry(f"the server answered {status}")
        if status in (401, 403):
            raise DownloadError(
                f"{host_of(req.url)} refused the download ({status}). Some models can only be downloaded "
                "after you accept their licence on the model's web page (and sign in there)."
            )
        if status == 404:
            raise DownloadError(f"There is no file at {req.url} (404). Check the address.")
        if status not in (200, 206):
            raise DownloadError(f"{host_of(req.url)} answered {status}; the download cannot continue.")
        content_type = response.header("Content-Type").split(";")[0].strip().lower()
        if content_type.startswith("text/html"):
            raise DownloadError(
                f"{host_of(req.url)} sent a web page instead of a model file. The link may point to a page "
                "about the model, or the model may need you to accept its licence on its web page first."
            )
        append = status == 206
        if append:
            start = _start_from_content_range(response.header("Content-Range"))
            if start != have:
                self._restart_partial()
                raise _Retry("the server resumed at the wrong place")
        else:
            have = 0  # the server ignored Range (or the file changed): start over
        length = int(response.header("Content-Length") or 0)
        total = have + length if length else _total_from_content_range(response.header("Content-Range"))
        if total:
            if self.request.size and total != self.request.size:
                raise DownloadError(
                    f"The server offers a file of {format_bytes(total)}, but {format_bytes(self.request.size)} "
                    "was expected. The model on the server may have changed; the download was not started."
                )
            self.total = total
        server_sha = sha256_from_etag(response.header("X-Linked-Etag")) or sha256_from_etag(response.header("ETag"))
        self.expected_sha256 = self.expected_sha256 or server_sha
        self._check_disk(have)
        self._save_sidecar(response.header("ETag") or response.header("Last-Modified"))
        return self._write_body(response, have, append)

    def _write_body(self, response: Response, have: int, append: bool) -> bool:
        req = self.request
        self._speed.restart(have)
        try:
            # Unbuffered: a full disk shows up at the write that hit it, not later at close().
            with req.partial.open("ab" if append else "wb", buffering=0) as handle:
                have = self._copy(response, handle, have)
                os.fsync(handle.fileno())
        except OSError as exc:
            raise self._disk_error(exc) from None
        if self._stop.is_set():
            raise _Retry("stopped")
        if self.total and have < self.total:
            raise _Retry("the connection closed early")
        return True

    def _copy(self, response: Response, handle: BinaryIO, have: int) -> int:
        """Body to file until the end, a stop or a broken connection; returns bytes on disk."""
        head_checked = have >= len(GGUF_MAGIC)
        while not self._stop.is_set():
            try:
                chunk = response.read(CHUNK_BYTES)
            except Exception as exc:  # OSError, http.client.IncompleteRead and friends
                os.fsync(handle.fileno())
                raise _Retry(_short_reason(exc)) from None
            if not chunk:
                break
            if not head_checked:
                head_checked = self._check_head(have, chunk)
            handle.write(chunk)
            have += len(chunk)
            self._report("downloading", done=have)
        return have

    def _check_head(self, have: int, chunk: bytes) -> bool:
        """Stop at the first bytes if the server sends something that is not a GGUF file."""
        head = chunk[: len(GGUF_MAGIC) - have]
        if len(head) < len(GGUF_MAGIC) - have:
            return False
        if have == 0 and head != GGUF_MAGIC:
            raise DownloadError(
                f"The file at {host_of(self.request.url)} is not a GGUF model (it starts with {head[:4]!r}). "
                "Use a link that ends in .gguf."
            )
        return True

    def _finish(self) -> Outcome:
        req = self.request
        size = self._partial_size()
        if self.total and size != self.total:
            self._restart_partial()
            raise DownloadError("The downloaded file has the wrong size; it was removed. Try again.")
        if self.expected_sha256:
            self._report("verifying", done=size)
            digest = sha256_of(req.partial, self._stop.is_set)
            if digest is None:
                return self._stopped()
            if digest != self.expected_sha256:
                raise ChecksumMismatchError(
                    f"The downloaded file is damaged or not the expected one: its SHA-256 is {digest[:12]}…, "
                    f"but {self.expected_sha256[:12]}… was expected. It was deleted; try again."
                )
        try:
            info = read_gguf(req.partial)
        except GgufError as exc:
            raise DownloadError(f"The downloaded file is not a usable model: {exc.reason}") from None
        except OSError as exc:
            raise self._disk_error(exc) from None
        del info
        try:
            os.replace(req.partial, req.target)
        except OSError as exc:
            raise self._disk_error(exc) from None
        with contextlib.suppress(FileNotFoundError):
            req.sidecar.unlink()
        self._report("done", done=size)
        return Outcome.DONE

    def _restart_partial(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.request.partial.unlink()

    def _save_sidecar(self, etag: str) -> None:
        state = asdict(_SidecarState(self.request.url, self.expected_sha256, self.total, etag, self.request.size_hint))
        try:
            self.request.sidecar.write_text(json.dumps(state), encoding="utf-8")
        except OSError as exc:
            raise self._disk_error(exc) from None

    def _check_disk(self, have: int) -> None:
        expected = self.total or self.request.size_hint
        if not expected:
            return
        needed = expected - have + self._spare_disk_bytes
        try:
            free = shutil.disk_usage(self.request.target.parent).free
        except OSError:
            return
        if free < needed:
            raise DiskFullError(
                f"Not enough free disk space: the model needs {format_bytes(expected - have)} more and "
                f"{format_bytes(free)} is free on the disk with {self.request.target.parent}. "
                f"Free at least {format_bytes(needed - free)} and try again.",
                kept_partial=True,
            )

    def _disk_error(self, exc: OSError) -> DownloadError:
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return DiskFullError(
                f"The disk filled up while downloading ({self.request.target.parent}). The part already "
                "downloaded is kept: free some space and press Resume.",
                kept_partial=True,
            )
        return DownloadError(
            f"The model could not be saved in {self.request.target.parent} ({exc.strerror or exc}).",
            kept_partial=True,
        )

    def _report(self, phase: str, note: str = "", done: int | None = None) -> None:
        now_done = self._partial_size() if done is None else done
        now = time.monotonic()
        if phase == "downloading":
            speed = self._speed.update(now_done)
            if phase == self._last_phase and now - self._last_report < REPORT_INTERVAL_S:
                return
        else:
            speed = self._speed.rate
        self._last_phase, self._last_report = phase, now
        self._on_progress(Progress(now_done, self.total, speed, phase, note))


@dataclass(frozen=True)
class _SidecarState:
    url: str
    sha256: str
    size: int
    etag: str
    size_hint: int


class _Retry(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Speed:
    """Bytes per second over the last few seconds (smooth enough for "time left")."""

    WINDOW_S = 5.0

    def __init__(self) -> None:
        self._samples: list[tuple[float, int]] = []
        self.rate = 0.0

    def restart(self, done: int) -> None:
        self._samples = [(time.monotonic(), done)]

    def update(self, done: int) -> float:
        now = time.monotonic()
        self._samples.append((now, done))
        while len(self._samples) > 2 and now - self._samples[0][0] > self.WINDOW_S:
            self._samples.pop(0)
        first_time, first_done = self._samples[0]
        if now - first_time >= 0.2:
            self.rate = (done - first_done) / (now - first_time)
        return self.rate


def _start_from_content_range(value: str) -> int:
    match = re.match(r"bytes\s+(\d+)-\d+/(?:\d+|\*)", value.strip())
    return int(match.group(1)) if match else -1


def _total_from_content_range(value: str) -> int:
    match = re.search(r"/(\d+)\s*$", value.strip())
    return int(match.group(1)) if match else 0


def _short_reason(exc: BaseException) -> str:
    if isinstance(exc, HttpError):
        return {"timeout": "no answer", "unreachable": "cannot connect", "aborted": "stopped"}.get(exc.kind, exc.kind)
    text = type(exc).__name__
    if text == "IncompleteRead":
        return "the connection closed early"
    return str(exc) or text


def sha256_of(path: Path, stop: Callable[[], bool] = lambda: False) -> str | None:
    """Hex SHA-256 of a file; None if `stop()` turned true on the way."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(HASH_CHUNK_BYTES), b""):
            digest.update(block)
            if stop():
                return None
    return digest.hexdigest()
