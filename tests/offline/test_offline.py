"""Offline by default: a full generation in the CLI and in the app opens no network
connection, in the app's process or in the engine's. An audit hook on socket.connect (and
name lookups) runs in the child processes and records anything that is not a Unix socket."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.model_preferences import ModelPreferences
from app.paths import AppPaths
from app.settings import SettingsStore
from models.catalog import starter_model_path

ROOT = Path(__file__).resolve().parents[2]
AUDIT_DIR = Path(__file__).resolve().parent


def audited_env(home: AppPaths, report: Path) -> dict[str, str]:
    python_path = os.pathsep.join([str(AUDIT_DIR), str(ROOT), os.environ.get("PYTHONPATH", "")])
    return {
        **os.environ,
        "PYTHONPATH": python_path,
        "OWNVOICE_NET_AUDIT": str(report),
        "OWNVOICE_HOME": str(home.config_dir.parent),
        "QT_QPA_PLATFORM": "offscreen",
    }


def test_the_audit_catches_connections_in_grandchildren(ownvoice_home: AppPaths, tmp_path: Path) -> None:
    """Without this, the tests below could pass because the hook never ran."""
    report = tmp_path / "network.log"
    code = (
        "import socket, subprocess, sys\n"
        "s = socket.socket()\n"
        "try: s.connect(('127.0.0.1', 9))\n"
        "except Exception as e: print(type(e).__name__)\n"
        "subprocess.run([sys.executable, '-c', \"import socket; socket.getaddrinfo('example.com', 443)\"])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], env=audited_env(ownvoice_home, report),
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert "NetworkUseError" in result.stdout
    lines = report.read_text(encoding="utf-8").splitlines()
    assert any("connect ('127.0.0.1', 9)" in line for line in lines)
    assert any("getaddrinfo 'example.com'" in line for line in lines)
    assert len({line.split()[0] for line in lines}) == 2  # two processes


def one_engine_thread(home: AppPaths) -> None:
    """The CLI uses every core; on a busy 2-core test machine one thread is many times faster.
    Set the way a user would: the starter model's engine settings."""
    starter = starter_model_path()
    assert starter is not None
    store = SettingsStore(home.settings_file)
    settings = store.load().settings
    prefs = ModelPreferences.of(settings)
    prefs.set_overrides(starter, {"threads": 1})
    prefs.store_in(settings)
    store.save(settings)


@pytest.mark.engine
def test_cli_generation_opens_no_network_connection(ownvoice_home: AppPaths, tmp_path: Path) -> None:
    one_engine_thread(ownvoice_home)
    report = tmp_path / "network.log"
    story = tmp_path / "story.txt"
    story.write_text("Our team opened a repair café in Utrecht with 120 neighbours.", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "rewrite", str(story), "--length", "short", "--angle", "learned",
         "--angle", "team", "--seed", "3"],
        env=audited_env(ownvoice_home, report), cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("## ") == 2
    assert not report.exists(), report.read_text(encoding="utf-8")


@pytest.mark.engine
def test_app_generation_opens_no_network_connection(ownvoice_home: AppPaths, tmp_path: Path) -> None:
    one_engine_thread(ownvoice_home)
    report = tmp_path / "network.log"
    result = subprocess.run(
        [sys.executable, "-m", "tests.offline.app_child"],
        env=audited_env(ownvoice_home, report), cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    cards = [int(line.split()[1]) for line in result.stdout.splitlines() if line.startswith("card:")]
    assert cards and all(length > 0 for length in cards), result.stdout + result.stderr
    assert not report.exists(), report.read_text(encoding="utf-8")
