"""The `ownvoice` entry point starts, opens a story file, loads the starter model and quits cleanly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.paths import AppPaths
from app.settings import SettingsStore

pytestmark = pytest.mark.engine


def test_the_app_starts_on_the_starter_model_with_a_story_file(ownvoice_home: AppPaths, tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text("Our team opened a repair café in Utrecht.", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.app_smoke_child", str(story)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "ready: SmolLM2 135M Instruct (starter)" in result.stdout
    assert "story: Our team opened a repair café in Utrecht." in result.stdout
    assert "Traceback" not in result.stderr
    log = ownvoice_home.log_file.read_text(encoding="utf-8")
    assert "ERROR" not in log
    saved = SettingsStore(ownvoice_home.settings_file).load()
    assert saved.warning is None and saved.settings.window_geometry  # settings written on close
