"""Downloads against a real HTTP server on 127.0.0.1 serving the starter model."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.catalog import available_models
from models.download import (
    ChecksumMismatchError,
    DiskFullError,
    Download,
    DownloadError,
    DownloadRequest,
    Outcome,
    Progress,
    file_name_from_url,
    pending_downloads,
    sha256_from_etag,
)
from tests.app.library.fs_faults import small_tmpfs
from tests.models.file_server import FileServer, serving

NO_WAIT = (0.0,)


@pytest.fixture(scope="module")
def model_bytes(starter_model: Path) -> bytes:
    return starter_model.read_bytes()


@pytest.fixture
def server(model_bytes: bytes) -> Iterator[FileServer]:
    with serving(model_bytes, "starter.gguf") as running:
        yield running


def request_for(server: FileServer, folder: Path, *, sha: str | None = None, url: str = "") -> DownloadRequest:
    return DownloadRequest(url or server.url, folder / "starter.gguf", server.sha256 if sha is None else sha)


def listed_names(folder: Path) -> list[str]:
    return [e.path.name for e in available_models(folder, include_starter=False)]


def test_downloads_verifies_and_lists_the_model(server: FileServer, tmp_path: Path) -> None:
    progress: list[Progress] = []
    download = Download(request_for(server, tmp_path), progress.append)
    assert download.run() is Outcome.DONE
    target = tmp_path / "starter.gguf"
    assert target.read_bytes() == server.data
    assert listed_names(tmp_path) == ["starter.gguf"]
    assert not list(tmp_path.glob("*.part*"))
    assert progress[-1].phase == "done" and progress[-1].done == len(server.data)
    assert any(p.phase == "verifying" for p in progress)
    assert progress[-1].total == len(server.data)


def test_dropped_connection_resumes_with_range(server: FileServer, tmp_path: Path) -> None:
    half = len(server.data) // 2
    server.faults.drop_after, server.faults.drops = half, 2
    download = Download(request_for(server, tmp_path), backoff=NO_WAIT)
    assert download.run() is Outcome.DONE
    assert (tmp_path / "starter.gguf").read_bytes() == server.data
    assert server.log.ranges[0] == ""
    assert server.log.ranges[1] == f"bytes={half}-"
    # Only what was missing was sent again.
    assert server.log.body_bytes_sent < len(server.data) * 1.6


def test_server_that_ignores_range_starts_over_cleanly(server: FileServer, tmp_path: Path) -> None:
    server.faults.drop_after = len(server.data) // 3
    server.faults.ignore_range = True
    assert Download(request_for(server, tmp_path), backoff=NO_WAIT).run() is Outcome.DONE
    assert (tmp_path / "starter.gguf").read_bytes() == server.data  # not the first third twice
    assert server.log.ranges[1].startswith("bytes=")


def test_wrong_checksum_deletes_the_file_and_lists_nothing(server: FileServer, tmp_path: Path) -> None:
    with pytest.raises(ChecksumMismatchError, match="SHA-256"):
        Download(request_for(server, tmp_path, sha="0" * 64)).run()
    assert list(tmp_path.iterdir()) == []


def test_sha256_from_a_redirects_x_linked_etag_is_checked(server: FileServer, tmp_path: Path) -> None:
    server.faults.linked_etag = "f" * 64  # what Hugging Face sends on its first hop
    download = Download(request_for(server, tmp_path, sha="", url=server.redirect_url))
    with pytest.raises(ChecksumMismatchError):
        download.run()
    server.faults.linked_etag = server.sha256
    download = Download(request_for(server, tmp_path, sha="", url=server.redirect_url))
    assert download.run() is Outcome.DONE and download.expected_sha256 == server.sha256


def test_pause_then_resume_in_a_new_session(server: FileServer, tmp_path: Path) -> None:
    """A pause (or an app restart) keeps the part; a new Download picks it up with Range."""
    server.faults.bytes_per_second = 20_000_000
    server.faults.etag = '"v1"'
    download: Download

    def pause_at_a_quarter(progress: Progress) -> None:
        if progress.done > len(server.data) // 4:
            download.pause()

    download = Download(request_for(server, tmp_path), pause_at_a_quarter)
    assert download.run() is Outcome.PAUSED
    (pending,) = pending_downloads(tmp_path)
    assert pending.done_bytes > 0 and pending.request.url == server.url
    assert listed_names(tmp_path) == []  # a partial file is never a model

    server.faults.bytes_per_second = 0
    resumed = Download(pending.request)
    assert resumed.run() is Outcome.DONE
    assert (tmp_path / "starter.gguf").read_bytes() == server.data
    assert server.log.requests[-1]["Range"] == f"bytes={pending.done_bytes}-"
    assert server.log.requests[-1]["If-Range"] == '"v1"'
    assert pending_downloads(tmp_path) == []


def test_changed_file_on_the_server_is_downloaded_whole(server: FileServer, tmp_path: Path) -> None:
    server.faults.etag = '"v1"'
    server.faults.drop_after = len(server.data) // 2

    def new_version_while_away(progress: Progress) -> None:
        if progress.phase == "retrying":
            server.faults.etag = '"v2"'  # If-Range "v1" no longer matches: a whole file comes back

    assert Download(request_for(server, tmp_path), new_version_while_away, backoff=NO_WAIT).run() is Outcome.DONE
    assert server.log.requests[1]["If-Range"] == '"v1"'
    assert (tmp_path / "starter.gguf").read_bytes() == server.data  # not two halves spliced


def test_cancel_while_the_server_is_silent_is_immediate_and_removes_the_part(
    server: FileServer, tmp_path: Path
) -> None:
    server.faults.bytes_per_second = 200_000  # slow: reads block
    started = threading.Event()

    def on_progress(progress: Progress) -> None:
        if progress.done:
            started.set()

    download = Download(request_for(server, tmp_path), on_progress)
    outcome: list[Outcome] = []
    thread = threading.Thread(target=lambda: outcome.append(download.run()))
    thread.start()
    assert started.wait(30)
    cancelled_at = time.monotonic()
    download.cancel()
    thread.join(5)
    assert not thread.is_alive()
    assert time.monotonic() - cancelled_at < 2.0  # a 256 kB read at 200 kB/s would block longer
    assert outcome == [Outcome.CANCELLED]
    assert list(tmp_path.iterdir()) == []


def test_retries_a_503_then_succeeds(server: FileServer, tmp_path: Path) -> None:
    server.faults.status_first = 503
    assert Download(request_for(server, tmp_path), backoff=NO_WAIT).run() is Outcome.DONE


def test_a_web_page_instead_of_a_model_is_refused_at_once(server: FileServer, tmp_path: Path) -> None:
    server.faults.content_type = "text/html; charset=utf-8"
    with pytest.raises(DownloadError, match="web page"):
        Download(request_for(server, tmp_path, sha="")).run()
    server.faults.content_type = "application/octet-stream"
    server.faults.body_override = b"<!doctype html>" + b"x" * 100_000
    with pytest.raises(DownloadError, match="not a GGUF model"):
        Download(request_for(server, tmp_path, sha="")).run()
    assert list(tmp_path.iterdir()) == []


def test_expected_size_that_differs_from_the_server_stops_before_writing(server: FileServer, tmp_path: Path) -> None:
    req = DownloadRequest(server.url, tmp_path / "starter.gguf", "", size=len(server.data) + 1)
    with pytest.raises(DownloadError, match="was expected"):
        Download(req).run()


def test_not_enough_free_space_is_refused_before_downloading(server: FileServer, tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "small", 64 * 1024) as folder:
        req = DownloadRequest(server.url, folder / "starter.gguf", server.sha256, size=len(server.data))
        with pytest.raises(DiskFullError, match="Not enough free disk space"):
            Download(req).run()
        assert server.log.requests == []  # the catalogue size was enough to know
        assert list(folder.iterdir()) == []


def test_disk_that_fills_up_keeps_the_part_and_resumes_after_freeing_space(
    server: FileServer, tmp_path: Path
) -> None:
    server.faults.no_length = True  # the size is unknown up front: only the disk can tell
    with small_tmpfs(tmp_path / "small", 160 * 1024) as folder:
        (folder / "space").mkdir()
        ballast = folder / "ballast.bin"
        with ballast.open("wb") as handle:
            handle.truncate(0)
            handle.write(b"\0" * (100 * 1024 * 1024))
        req = request_for(server, folder / "space")
        with pytest.raises(DiskFullError, match="filled up") as caught:
            Download(req).run()
        assert caught.value.kept_partial
        assert listed_names(folder / "space") == []
        (pending,) = pending_downloads(folder / "space")
        assert pending.done_bytes > 0
        ballast.unlink()
        server.faults.no_length = False
        assert Download(pending.request, spare_disk_bytes=1024 * 1024).run() is Outcome.DONE
        assert (folder / "space" / "starter.gguf").read_bytes() == server.data


def test_file_names_from_urls() -> None:
    assert file_name_from_url("https://huggingface.co/Qwen/Qwen3-4B-GGUF/resolve/main/Qwen3-4B-Q4_K_M.gguf?download=true") == (
        "Qwen3-4B-Q4_K_M.gguf"
    )
    assert file_name_from_url("https://example.com/a%20b/../model") == "model.gguf"
    assert file_name_from_url("https://example.com/") == "model.gguf"


def test_etags_that_are_sha256() -> None:
    sha = "ab" * 32
    assert sha256_from_etag(f'"{sha}"') == sha
    assert sha256_from_etag(f'W/"{sha}"') == ""
    assert sha256_from_etag('"d41d8cd98f00b204e9800998ecf8427e"') == ""
