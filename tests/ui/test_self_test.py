"""`ownvoice --self-test`: passes on a working app, and on every kind of failure exits 1 with a
line that says which step failed and why, within its time limit. The scripted model drives the
logic in-process; one run from the source tree uses the real engine (make package-test runs the
same in the built bundle)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.library import open_library
from app.paths import AppPaths
from models.catalog import starter_model_path
from models.contract import ModelError
from models.fake import OneAtATimeBackend, ScriptedBackend
from tests.ui.conftest import scripted
from ui.self_test import EXIT_FAILED, EXIT_OK, Expectations, SelfTest, _no_keyring

POST = "Proud of the team that opened our first battery line in Eindhoven this spring."


def run_self_test(
    paths: AppPaths,
    backend: ScriptedBackend,
    capsys: pytest.CaptureFixture[str],
    *,
    expect: Expectations | None = None,
    time_limit_s: float = 60,
) -> tuple[int, str, str]:
    out = io.StringIO()
    test = SelfTest(
        paths,
        scripted(backend),
        expect or Expectations(model_path=starter_model_path()),
        time_limit_s=time_limit_s,
        out=out,
    )
    code = test.run()
    return code, out.getvalue(), capsys.readouterr().err


def test_a_working_app_passes_every_step(qtbot: QtBot, app_identity: QApplication, ownvoice_home: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    backend = ScriptedBackend(replies=[POST])
    code, out, err = run_self_test(ownvoice_home, backend, capsys)
    assert code == EXIT_OK, err
    for step in ("open the window", "model ready: SmolLM2", "posts of 14 and 14 words, all at once", "checks ran", "saved and read back", "passed"):
        assert step in out
    assert err == ""
    assert backend.loads and len(backend.calls) == 2  # the window really generated through the backend
    prompt = " ".join(m.content for m in backend.calls[0])
    assert "Northwind" in prompt  # the example story went into the prompt


def test_cards_written_one_after_another_fail_with_the_reason(
    qtbot: QtBot, app_identity: QApplication, ownvoice_home: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    """The bundle must run the engine's parallel path: a build whose engine writes one card after
    another fails the run."""
    backend = OneAtATimeBackend(ScriptedBackend(replies=[POST]))
    code, _, err = run_self_test(ownvoice_home, backend, capsys)  # type: ignore[arg-type]
    assert code == EXIT_FAILED
    assert (
        "while trying to generate two short posts at once: the cards were not written at once but one after "
        "another (this model writes one post at a time)"
    ) in err


def test_the_library_it_made_has_a_passphrase_and_no_keyring_entry(
    qtbot: QtBot, app_identity: QApplication, ownvoice_home: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_self_test(ownvoice_home, ScriptedBackend(replies=[POST]), capsys)
    assert code == EXIT_OK, err
    unlock = json.loads((ownvoice_home.data_dir / "drafts.unlock.json").read_text(encoding="utf-8"))
    assert unlock["method"] == "passphrase" and unlock["keyring_name"] == ""


def test_a_model_that_will_not_load_fails_with_its_reason(
    qtbot: QtBot, app_identity: QApplication, ownvoice_home: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    backend = ScriptedBackend(fail_on_load=ModelError("This file is not a GGUF model."))
    code, _, err = run_self_test(ownvoice_home, backend, capsys)
    assert code == EXIT_FAILED
    assert "self-test FAILED while trying to load the model: This file is not a GGUF model." in err


@pytest.mark.parametrize(
    ("reply", "reason"),
    [("", "the model wrote nothing"), ("Proud today.", "a post is only 2 words: 'Proud today.'")],
)
def test_a_model_that_writes_no_post_fails(
    qtbot: QtBot, app_identity: QApplication, ownvoice_home: AppPaths, capsys: pytest.CaptureFixture[str], reply: str, reason: str
) -> None:
    code, _, err = run_self_test(ownvoice_home, ScriptedBackend(replies=[reply]), capsys)
    assert code == EXIT_FAILED
    assert f"self-test FAILED while trying to generate two short posts at once: {reason}" in err


def test_a_stream_that_breaks_fails_with_the_windows_message(
    qtbot: QtBot, app_identity: QApplication, ownvoice_home: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    backend = ScriptedBackend(replies=[POST], fail_after_chunks=(2, ModelError("The model engine stopped unexpectedly.")))
    code, _, err = run_self_test(ownvoice_home, backend, capsys)
    assert code == EXIT_FAILED
    assert "while trying to generate two short posts at once" in err and "The model engine stopped unexpectedly." in err


def test_a_slow_model_fails_at_the_time_limit_and_the_run_ends_promptly(
    qtbot: QtBot, app_identity: QApplication, ownvoice_home: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    backend = ScriptedBackend(replies=[POST * 5], chunk_delay_s=0.3)
    started = time.monotonic()
    code, _, err = run_self_test(ownvoice_home, backend, capsys, time_limit_s=3)
    assert code == EXIT_FAILED
    assert "while trying to generate two short posts at once: did not finish within the time limit of 3 s" in err
    assert time.monotonic() - started < 15  # the stream is stopped, not waited out


def test_a_dialog_waiting_for_a_person_fails_the_run_with_what_it_said(
    qtbot: QtBot, app_identity: QApplication, ownvoice_home: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "Drafts library", "Your drafts library is damaged.")
    opens = QTimer(singleShot=True, interval=300)
    opens.timeout.connect(box.exec)
    opens.start()
    try:
        code, _, err = run_self_test(ownvoice_home, ScriptedBackend(replies=[POST], chunk_delay_s=0.2), capsys)
    finally:  # never leave a modal box to a later test
        opens.stop()
        box.close()
    assert code == EXIT_FAILED
    assert "an unexpected dialog opened: “Drafts library” Your drafts library is damaged." in err
    assert not box.isVisible()


def test_a_model_from_outside_the_bundle_fails(
    qtbot: QtBot, app_identity: QApplication, ownvoice_home: AppPaths, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    expect = Expectations(model_path=starter_model_path(), bundle_dir=tmp_path / "dist" / "OwnVoice")
    code, _, err = run_self_test(ownvoice_home, ScriptedBackend(replies=[POST]), capsys, expect=expect)
    assert code == EXIT_FAILED
    assert "while trying to load the model: the model came from" in err and "outside the bundle" in err


def test_another_model_than_the_starter_fails(
    qtbot: QtBot, app_identity: QApplication, ownvoice_home: AppPaths, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    expect = Expectations(model_path=tmp_path / "other.gguf")
    code, _, err = run_self_test(ownvoice_home, ScriptedBackend(replies=[POST]), capsys, expect=expect)
    assert code == EXIT_FAILED and "not the starter model" in err


def test_a_library_that_cannot_be_opened_fails_before_the_window(
    qtbot: QtBot, app_identity: QApplication, ownvoice_home: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = open_library(ownvoice_home, "another passphrase", secret_store=_no_keyring())
    try:
        code, _, err = run_self_test(ownvoice_home, ScriptedBackend(replies=[POST]), capsys)
    finally:
        holder.close()
    assert code == EXIT_FAILED
    assert "self-test FAILED while trying to open the drafts library (throw-away, no keyring):" in err


@pytest.mark.engine
def test_the_self_test_passes_from_the_source_tree_with_the_real_engine(tmp_path: Path, ownvoice_home: AppPaths) -> None:
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("XDG_DATA_HOME", None)
    env.pop("XDG_CONFIG_HOME", None)
    result = subprocess.run(
        [sys.executable, "-m", "ui.main", "--self-test", "--time-limit", "240"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "engine: " in result.stdout and "-m models.engine" in result.stdout
    assert "passed in" in result.stdout
    assert list(temp.iterdir()) == []  # its throw-away home is gone
    ours = [p for p in home.rglob("*") if "ownvoice" in p.name.lower()]
    assert ours == []  # nothing in the user's own folders
    assert not ownvoice_home.data_dir.exists()  # nor in an OWNVOICE_HOME it inherited
