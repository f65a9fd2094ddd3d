"""The real `ownvoice` start, in a child process: start-up failures, a damaged library, signals,
native crashes and Qt's own messages. Nothing ends in an abort, and everything leaves a trace."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.library import open_library
from app.paths import AppPaths
from app.secrets import SecretStore
from app.settings import SettingsStore
from tests.app.library.damaging import PAGE, fill_library, zero_bytes
from tests.app.library.helpers import PASSPHRASE, REPO_ROOT
from tests.library_fixtures import no_keyring  # noqa: F401 - fixture

ABORT = "QThread: Destroyed while thread"
SECRET_STORY = "Confidential: Northwind buys Blauwkraai for 41 million, announced on Friday."


class Run:
    def __init__(self, result: subprocess.CompletedProcess[str]) -> None:
        self.code = result.returncode
        self.stdout = result.stdout
        self.stderr = result.stderr

    def events(self, kind: str) -> list[dict[str, object]]:
        prefix = f"{kind} "
        return [json.loads(line[len(prefix) :]) for line in self.stdout.splitlines() if line.startswith(prefix)]

    def dialogs(self) -> list[dict[str, object]]:
        return self.events("dialog")


def child_env(home: AppPaths, **settings: str) -> dict[str, str]:
    env = dict(os.environ, OWNVOICE_HOME=str(home.data_dir.parent), OWNVOICE_TEST_PASSPHRASE=PASSPHRASE)
    env.pop("OWNVOICE_TEST_ANSWER", None)
    env.update({f"OWNVOICE_TEST_{key.upper()}": value for key, value in settings.items()})
    return env


def start_app(home: AppPaths, *args: str, **settings: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.ui.app_child", *args],
        cwd=REPO_ROOT,
        env=child_env(home, **settings),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_app(home: AppPaths, *args: str, **settings: str) -> Run:
    child = start_app(home, *args, **settings)
    out, err = child.communicate(timeout=120)
    return Run(subprocess.CompletedProcess(child.args, child.returncode, out, err))


def read_log(home: AppPaths) -> str:
    return home.log_file.read_text(encoding="utf-8") if home.log_file.exists() else ""


# -- start-up failures ----------------------------------------------------------------------------


@pytest.mark.parametrize("step", ["window", "unlock", "attach", "start"])
def test_a_failing_start_up_step_says_so_and_never_aborts(ownvoice_home: AppPaths, step: str) -> None:
    run = run_app(ownvoice_home, fail_at=step)

    assert run.code == 1, run.stderr
    assert ABORT not in run.stderr and "core dumped" not in run.stderr
    [dialog] = [d for d in run.dialogs() if d["title"] == "OwnVoice could not start"]
    assert f"injected failure at {step}" in str(dialog["text"])
    assert str(ownvoice_home.log_file) in str(dialog["informative"])
    assert f"RuntimeError: injected failure at {step}" in read_log(ownvoice_home)  # with its traceback


def test_a_bug_in_the_purge_at_start_is_reported_and_the_window_runs_on(ownvoice_home: AppPaths) -> None:
    """Old deletions are purged on the library thread once the window is up: a bug there reaches
    the crash dialog (with its traceback in the log), never an abort, and the app goes on."""
    run = run_app(ownvoice_home, fail_at="purge")
    assert run.code == 0, run.stderr
    assert ABORT not in run.stderr and "core dumped" not in run.stderr
    [dialog] = [d for d in run.dialogs() if d["title"] == "OwnVoice hit a problem"]
    assert "Something unexpected went wrong" in str(dialog["text"])
    assert "RuntimeError: injected failure at purge" in read_log(ownvoice_home)
    assert run.events("ready")


def test_a_full_disk_while_purging_at_start_is_a_warning_not_a_crash(ownvoice_home: AppPaths) -> None:
    run = run_app(ownvoice_home, fail_at="purge-library")
    assert run.code == 0, run.stderr
    [ready] = run.events("ready")
    assert "the disk is full" in str(ready["banner"])


def test_a_deeply_nested_user_preset_file_never_stops_the_window(ownvoice_home: AppPaths) -> None:
    presets = ownvoice_home.config_dir / "presets"
    presets.mkdir(parents=True)
    (presets / "tones.toml").write_text("[[tone]]\nid = " + "[" * 100_000 + "]" * 100_000, encoding="utf-8")
    run = run_app(ownvoice_home)
    assert run.code == 0, run.stderr
    assert any("nested more than" in str(d["text"]) for d in run.dialogs())
    assert run.events("ready")


def test_the_first_start_offers_a_better_model_once(ownvoice_home: AppPaths) -> None:
    """Only the starter model here: the real start offers the model that fits this laptop, once."""
    first = run_app(ownvoice_home)
    assert first.code == 0, first.stderr
    assert [d["class"] for d in first.dialogs() if d.get("title") == "Get a better model"] == ["FirstRunOffer"]
    again = run_app(ownvoice_home)  # skipped ("Not now") the first time: not asked again
    assert again.code == 0, again.stderr
    assert not [d for d in again.dialogs() if d.get("title") == "Get a better model"]


# -- a damaged library ----------------------------------------------------------------------------


def damage(home: AppPaths, store: SecretStore) -> bytes:
    fill_library(home, store, drafts=20)
    pages = home.library_file.stat().st_size // PAGE
    zero_bytes(home.library_file, (pages // 2) * PAGE + 300)
    return home.library_file.read_bytes()


def test_a_damaged_library_opens_the_dialog_and_continuing_leaves_it_alone(
    ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    damaged = damage(ownvoice_home, no_keyring)
    run = run_app(ownvoice_home, answer="Continue without my drafts")

    assert run.code == 0, run.stderr
    assert ABORT not in run.stderr
    [dialog] = [d for d in run.dialogs() if d["title"] == "Your drafts library is damaged"]
    assert str(ownvoice_home.library_file) in str(dialog["informative"])
    assert "has not changed the file" in str(dialog["informative"])
    assert sorted(dialog["buttons"]) == ["Continue without my drafts", "Restore from an export…", "Start a new library"]  # type: ignore[arg-type]
    [ready] = run.events("ready")
    assert ready["library"] == "Drafts not saved"
    assert ownvoice_home.library_file.read_bytes() == damaged


def test_start_a_new_library_from_the_dialog_works_and_keeps_the_damaged_file(
    ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    damaged = damage(ownvoice_home, no_keyring)
    run = run_app(ownvoice_home, answer="Start a new library")

    assert run.code == 0, run.stderr
    [ready] = run.events("ready")
    assert ready["library"] == "Drafts saved privately"
    [kept] = ownvoice_home.data_dir.glob("drafts.damaged-*.db")
    assert kept.read_bytes() == damaged
    assert str(kept) in str(ready["banner"])
    with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring, verify=True) as library:
        assert library.list_drafts() == []


# -- signals: close properly, saving first -------------------------------------------------------


def wait_for(child: subprocess.Popen[str], line: str, timeout: float = 90) -> list[str]:
    assert child.stdout is not None
    seen = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = child.stdout.readline()
        if not text:
            break
        seen.append(text.strip())
        if text.strip() == line:
            return seen
    child.kill()
    raise AssertionError(f"never saw {line!r}; saw {seen}; stderr: {child.stderr.read() if child.stderr else ''}")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_sigterm_and_sigint_save_the_edit_and_close_the_window(
    ownvoice_home: AppPaths, no_keyring: SecretStore, signum: int
) -> None:
    child = start_app(ownvoice_home, action="edit-and-wait", story=SECRET_STORY)
    wait_for(child, 'state "edited"')
    child.send_signal(signum)  # well within the autosave delay: only the close path can save it
    _, err = child.communicate(timeout=60)

    assert child.returncode == 128 + signum, err
    assert ABORT not in err and "Traceback" not in err
    with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring) as library:
        [summary] = library.list_drafts()
        draft = library.get_draft(summary.id)
    assert draft.story == SECRET_STORY
    assert [card.text for card in draft.cards] == ["Edited by hand just before the signal."]
    assert SettingsStore(ownvoice_home.settings_file).load().settings.window_geometry  # settings saved too
    assert signal.Signals(signum).name in read_log(ownvoice_home)


# -- native crashes and Qt's messages ------------------------------------------------------------


def test_a_native_crash_is_reported_at_the_next_start_without_draft_text(ownvoice_home: AppPaths) -> None:
    crashed = run_app(ownvoice_home, action="crash", story=SECRET_STORY)
    assert crashed.code == -signal.SIGSEGV
    [crash_file] = ownvoice_home.log_dir.glob("crash-*.log")
    assert "Segmentation fault" in crash_file.read_text(encoding="utf-8")
    assert crash_file.stat().st_mode & 0o777 == 0o600

    shown = run_app(ownvoice_home)
    assert shown.code == 0, shown.stderr
    [dialog] = [d for d in shown.dialogs() if d.get("class") == "NativeCrashDialog"]
    assert str(ownvoice_home.log_file) in str(dialog["text"])
    [report] = shown.events("clipboard")  # what "Copy report" put on the clipboard
    assert "Segmentation fault" in str(report) and str(ownvoice_home.log_file) in str(report)
    assert "Blauwkraai" not in str(report) and "41 million" not in str(report)
    assert "Segmentation fault" in read_log(ownvoice_home)
    assert not list(ownvoice_home.log_dir.glob("crash-*.log"))  # reported once, then gone

    again = run_app(ownvoice_home)
    assert not [d for d in again.dialogs() if d.get("class") == "NativeCrashDialog"]


def test_qt_messages_go_to_the_log(ownvoice_home: AppPaths) -> None:
    run = run_app(ownvoice_home, action="qt-warning")
    assert run.code == 0, run.stderr
    assert "WARNING qt: a warning from Qt itself, for the log" in read_log(ownvoice_home)


def test_logs_are_private(ownvoice_home: AppPaths) -> None:
    ownvoice_home.log_dir.mkdir(parents=True)
    ownvoice_home.log_dir.chmod(0o755)  # as an older OwnVoice left it
    ownvoice_home.log_file.write_text("old line\n", encoding="utf-8")
    ownvoice_home.log_file.chmod(0o644)
    run = run_app(ownvoice_home)
    assert run.code == 0, run.stderr
    assert ownvoice_home.log_dir.stat().st_mode & 0o777 == 0o700
    for log in ownvoice_home.log_dir.iterdir():
        assert log.stat().st_mode & 0o777 == 0o600, log
