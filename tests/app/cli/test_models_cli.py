"""`ownvoice-cli models`: list, info, import, download (against a real loopback server)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import main
from app.paths import AppPaths
from tests.models.conftest import starter_model  # noqa: F401 - a shared fixture
from tests.models.file_server import serving

ROOT = Path(__file__).resolve().parents[3]


def cli(*args: str, home: AppPaths, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OWNVOICE_HOME": str(home.config_dir.parent)}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_models_lists_a_fifo_as_unusable_instead_of_hanging(ownvoice_home: AppPaths) -> None:
    ownvoice_home.models_dir.mkdir(parents=True)
    os.mkfifo(ownvoice_home.models_dir / "pipe.gguf")
    (ownvoice_home.models_dir / "junk.gguf").write_bytes(b"junk")
    result = cli("models", home=ownvoice_home, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "pipe.gguf" in result.stdout and "named pipe" in result.stdout
    assert "not a GGUF model file" in result.stdout
    assert "SmolLM2 135M Instruct (starter)" in result.stdout and "Q4_1" in result.stdout


def test_info_shows_the_header_without_loading(starter_model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "info", str(starter_model)]) == 0
    out = capsys.readouterr().out
    for expected in ("llama", "135M", "Q4_1", "8,192 tokens", "Chat template: yes", "apache-2.0", "Memory need"):
        assert expected in out.replace("  ", " ") or expected in out, expected


def test_info_on_a_bad_file_names_the_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / os.fsdecode(b"caf\xe9.gguf")
    bad.write_bytes(b"PK\x03\x04 a zip file")
    assert main(["models", "info", str(bad)]) == 3
    out = capsys.readouterr().out
    assert "not a GGUF model file" in out and "caf\ufffd.gguf" in out
    assert "llama.cpp" not in out


def test_import_copies_after_checking_and_refuses_twice(
    starter_model: Path, ownvoice_home: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "Tiny.gguf"
    source.write_bytes(starter_model.read_bytes())
    assert main(["models", "import", str(source)]) == 0
    copied = ownvoice_home.models_dir / "Tiny.gguf"
    assert copied.read_bytes() == source.read_bytes() and not copied.is_symlink()
    assert main(["models", "import", str(source)]) == 3
    assert "already in your models folder" in capsys.readouterr().err


def test_import_link_and_refusing_a_truncated_file(
    starter_model: Path, ownvoice_home: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "import", "--link", str(starter_model)]) == 0
    linked = ownvoice_home.models_dir / starter_model.name
    assert linked.is_symlink() and linked.resolve() == starter_model.resolve()
    truncated = tmp_path / "cut.gguf"
    truncated.write_bytes(starter_model.read_bytes()[:5_000_000])
    assert main(["models", "import", str(truncated)]) == 3
    assert "truncated" in capsys.readouterr().err
    assert sorted(p.name for p in ownvoice_home.models_dir.iterdir()) == [starter_model.name]


def test_download_from_url_with_progress_bar(
    starter_model: Path, ownvoice_home: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    with serving(starter_model.read_bytes(), "from-url.gguf") as server:
        assert main(["models", "download", server.url, "--sha256", server.sha256]) == 0
    captured = capsys.readouterr()
    assert (ownvoice_home.models_dir / "from-url.gguf").read_bytes() == starter_model.read_bytes()
    assert "100.0%" in captured.err and "[####" in captured.err
    assert "Downloaded and verified" in captured.out


def test_ctrl_c_pauses_and_the_same_command_resumes(starter_model: Path, ownvoice_home: AppPaths) -> None:
    data = starter_model.read_bytes()
    with serving(data, "slow.gguf") as server:
        server.faults.bytes_per_second = 15_000_000
        server.faults.etag = '"one"'
        env = {**os.environ, "OWNVOICE_HOME": str(ownvoice_home.config_dir.parent)}
        process = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "models", "download", server.url],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        partial = ownvoice_home.models_dir / "slow.gguf.part"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not partial.exists() or partial.stat().st_size < 10_000_000):
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=30)
        assert process.returncode == 130, err
        assert "Run the same command again to resume" in err
        kept = partial.stat().st_size
        assert 0 < kept < len(data)
        server.faults.bytes_per_second = 0
        result = cli("models", "download", server.url, home=ownvoice_home)
        assert result.returncode == 0, result.stderr
        assert "Resuming" in result.stderr
        assert server.log.requests[-1]["Range"] == f"bytes={kept}-"
    assert (ownvoice_home.models_dir / "slow.gguf").read_bytes() == data


def test_catalogue_model_that_needs_a_licence_is_not_downloaded_without_acceptance(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["models", "download", "gemma-3n-e4b"]) == 2
    err = capsys.readouterr().err
    assert "Gemma Terms of Use" in err and "--accept-licence" in err


def test_catalogue_listing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "download", "--list"]) == 0
    out = capsys.readouterr().out
    assert "For 8 GB laptops:" in out and "qwen3-4b-instruct-2507" in out and "(recommended)" in out


def test_unknown_source_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "download", "gpt-5"]) == 2
    assert "neither a catalogue model" in capsys.readouterr().err
