"""`ownvoice --self-test [--time-limit SECONDS]`: prove that this build works, end to end.

It opens the real window, loads the starter model (from inside the bundle when the app is
frozen) through the real engine process, generates one short post, runs the checks on it, and
reads it back from the encrypted drafts library. Exit 0 when all of that worked; otherwise
exit 1 with one line saying which step failed and why (plus the tail of the logs). A time limit
covers the whole run, and a hard watchdog ends the process even if the event loop is stuck.

Nothing of the user's is touched: the run lives in a throw-away OwnVoice home (OWNVOICE_HOME,
deleted afterwards unless the test failed), and its library uses a random passphrase with no
keyring backend at all.

`make package-test` runs this inside the built bundle under Xvfb; tests/ui/test_self_test.py
runs it in-process with the scripted model, and from the source tree with the real engine.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import secrets
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app.checks import CardChecker
from app.library import Library, open_library
from app.paths import HOME_ENV, AppPaths
from app.secrets import SecretStore
from models.catalog import starter_model_path
from models.contract import PATH_PARALLEL
from models.engine.bootstrap import engine_command
from ui.main import SELF_TEST_FLAG
from ui.self_test_probe import SelfTestFailure, WindowProbe, self_test_settings
from ui.worker import BackendFactory

DEFAULT_TIME_LIMIT_S = 300.0
WATCHDOG_GRACE_S = 30.0  # after the time limit, how long the clean-up may take before a hard exit
EXIT_OK = 0
EXIT_FAILED = 1
MIN_WORDS = 5  # a "post" of fewer words means the model or the stream is broken
LOG_TAIL_LINES = 15
POLL_MS = 50


@dataclass(frozen=True)
class Expectations:
    model_path: Path | None  # the model the window must load (the starter model); None: any
    bundle_dir: Path | None = None  # frozen app: the model must come from inside this folder


class SelfTest:
    def __init__(
        self,
        paths: AppPaths,
        backend_factory: BackendFactory,
        expect: Expectations,
        *,
        time_limit_s: float = DEFAULT_TIME_LIMIT_S,
        out: TextIO | None = None,
    ) -> None:
        self.paths = paths
        self.backend_factory = backend_factory
        self.expect = expect
        self.time_limit_s = time_limit_s
        self.out = out or sys.stdout
        self.step = "starting"
        self._started = time.monotonic()
        self._dialog_seen = ""
        self._dialog_watch = QTimer()
        self._dialog_watch.setInterval(200)
        self._dialog_watch.timeout.connect(self._close_unexpected_dialog)

    # -------------------------------------------------------------- the run

    def run(self) -> int:
        """0 when every step worked; 1 after saying which step failed and why."""
        probe: WindowProbe | None = None
        library: Library | None = None
        passphrase = secrets.token_urlsafe(24)
        self._dialog_watch.start()
        try:
            self._begin("open the drafts library (throw-away, no keyring)")
            library = open_library(self.paths, passphrase, secret_store=_no_keyring())
            self._begin("open the window")
            probe = WindowProbe(self.paths, self.backend_factory)
            probe.show()
            probe.attach_library(library)
            library = None  # the window owns it now and closes it
            probe.settle()
            self._wait(lambda: probe.widget.isVisible() and probe.widget.windowHandle() is not None)
            self._check_window_icon(probe.widget)

            self._begin("load the model")
            probe.start_loading()
            self._wait(lambda: probe.state in ("ready", "error"))
            if probe.state == "error":
                raise SelfTestFailure(probe.problem() or "the model could not be loaded (no reason was shown)")
            self._check_model(probe.model_path)
            self._say("engine: " + " ".join(engine_command()))

            self._begin("generate two short posts at once")
            started = time.monotonic()
            if not probe.generate():
                raise SelfTestFailure(probe.problem() or "Generate did not start (no reason was shown)")
            self._wait(lambda: bool(probe.finished_jobs))
            posts = self._check_posts(probe, cancelled=probe.finished_jobs[0])
            self._check_written_at_once(probe)
            sizes = " and ".join(str(len(post.split())) for post in posts)
            self._say(f"posts of {sizes} words, all at once, in {time.monotonic() - started:.1f} s: {_excerpt(posts[0])}")

            self._begin("check the posts")
            checker = CardChecker.for_story(probe.story, "", None, None)
            reports = [checker.check(post, "en") for post in posts]
            hints = sum(len(report.findings) for report in reports)
            facts = sum(len(report.unmatched_facts) for report in reports)
            self._say(f"checks ran: {hints} hints, {facts} facts not in the story")

            self._begin("close the window (saving the draft)")
            saved = probe.close()
            problem = probe.problem()
            probe = None
            if not saved:
                raise SelfTestFailure(problem or "the draft could not be saved")
            self._begin("read the posts back from the encrypted library")
            self._check_saved(posts, passphrase)
            self._begin("find the keyring support in this build (without using it)")
            self._say(f"keyring backend present: {keyring_backend_present()}")
            self._begin("read the log")
            self._check_log()
        except SelfTestFailure as failure:
            return self._fail(str(failure))
        except Exception as exc:  # noqa: BLE001 - any error is a failed self-test, said in one line
            return self._fail(f"{type(exc).__name__}: {exc}")
        finally:
            self._dialog_watch.stop()
            if probe is not None:
                probe.close()
            if library is not None:
                library.close()
        self._say(f"passed in {time.monotonic() - self._started:.1f} s")
        return EXIT_OK

    # -------------------------------------------------------------- steps

    def _check_window_icon(self, window: QWidget) -> None:
        sizes = window.windowIcon().availableSizes()
        if not sizes:
            raise SelfTestFailure("the window has no icon (resources/icons/png missing from the build?)")
        self._say(f"window open on the '{QGuiApplication.platformName()}' platform, its icon in {len(sizes)} sizes")

    def _check_model(self, path: Path | None) -> None:
        if path is None:
            raise SelfTestFailure("the window says the model is ready but names no model file")
        expected = self.expect.model_path
        if expected is not None and path.resolve() != expected.resolve():
            raise SelfTestFailure(f"loaded {path}, not the starter model {expected}")
        bundle = self.expect.bundle_dir
        if bundle is not None and not path.resolve().is_relative_to(bundle.resolve()):
            raise SelfTestFailure(f"the model came from {path}, outside the bundle {bundle}")
        self._say(f"model ready: {path.name} ({path.stat().st_size / 1e6:.0f} MB, from {path.parent})")

    def _check_posts(self, probe: WindowProbe, *, cancelled: bool) -> list[str]:
        problem = probe.problem()
        if cancelled:
            raise SelfTestFailure(f"the generation was stopped before it finished. {problem}".strip())
        posts = probe.posts()
        if not any(post.strip() for post in posts):
            raise SelfTestFailure(problem or "the model wrote nothing")
        for post in posts:
            if len(post.split()) < MIN_WORDS:
                raise SelfTestFailure(f"a post is only {len(post.split())} words: {post!r}. {problem}".strip())
        return posts

    def _check_written_at_once(self, probe: WindowProbe) -> None:
        """The engine wrote the cards together (llama.cpp's batch API in the engine process)."""
        path, note = probe.how_written()
        if path != PATH_PARALLEL:
            how = f"one after another ({note})" if note else f"with no word on how ({path or 'no path'})"
            raise SelfTestFailure(f"the cards were not written at once but {how}")

    def _check_saved(self, posts: list[str], passphrase: str) -> None:
        library = open_library(self.paths, passphrase, create=False, secret_store=_no_keyring())
        try:
            saved = [card.text for summary in library.list_drafts() for card in library.get_draft(summary.id).cards]
        finally:
            library.close()
        missing = [post for post in posts if post not in saved]
        if missing:
            raise SelfTestFailure(f"the library holds {len(saved)} cards, {len(missing)} generated post(s) not among them")
        self._say(f"library: the posts were saved and read back ({self.paths.library_file.stat().st_size} bytes)")

    def _check_log(self) -> None:
        """Errors (Qt's critical messages included) fail the run; warnings are listed."""
        lines = _tail(self.paths.log_file, 10_000).splitlines()
        errors = [line for line in lines if " ERROR " in line or " CRITICAL " in line]
        for line in lines:
            if " WARNING " in line:
                self._say(f"log warning: {line}")
        if errors:
            raise SelfTestFailure(f"the log has {len(errors)} errors; the first: {errors[0]}")
        self._say(f"log: {len(lines)} lines, no errors")

    # -------------------------------------------------------------- helpers

    def _begin(self, step: str) -> None:
        self.step = step
        self._say(f"{step}…")

    def _say(self, text: str) -> None:
        print(f"self-test [{time.monotonic() - self._started:6.1f} s] {text}", file=self.out, flush=True)

    def _remaining_s(self) -> float:
        return self.time_limit_s - (time.monotonic() - self._started)

    def _wait(self, done: Callable[[], bool]) -> None:
        """Run the event loop until `done()`; fail when the time limit or an unexpected dialog stops it."""
        while not done():
            if self._dialog_seen:
                raise SelfTestFailure(f"an unexpected dialog opened: {self._dialog_seen}")
            if self._remaining_s() <= 0:
                raise SelfTestFailure(f"did not finish within the time limit of {self.time_limit_s:.0f} s")
            loop = QEventLoop()
            QTimer.singleShot(POLL_MS, loop.quit)
            loop.exec()

    def _close_unexpected_dialog(self) -> None:
        """A modal dialog would wait for a person forever: note what it said and close it."""
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            text = dialog.text() if isinstance(dialog, QMessageBox) else ""
            self._dialog_seen = f"“{dialog.windowTitle()}” {text}".strip()
            dialog.reject()

    def _fail(self, reason: str) -> int:
        print(f"self-test FAILED while trying to {self.step}: {reason}", file=sys.stderr, flush=True)
        for log_file in (self.paths.log_file, self.paths.engine_log_file):
            tail = _tail(log_file, LOG_TAIL_LINES)
            if tail:
                print(f"--- last lines of {log_file}:\n{tail}", file=sys.stderr, flush=True)
        return EXIT_FAILED


def keyring_backend_present() -> str:
    """The name of this platform's keyring backend, imported (with what it needs) but not used:
    a build that lost it would silently fall back to asking for a passphrase."""
    import importlib

    module = {"darwin": "keyring.backends.macOS", "win32": "keyring.backends.Windows"}.get(
        sys.platform, "keyring.backends.SecretService"
    )
    backend = importlib.import_module(module)
    if module.endswith("SecretService"):
        importlib.import_module("secretstorage")  # keyring imports it lazily and quietly gives up without it
    return f"{module}.{backend.Keyring.__name__}"


def _no_keyring() -> SecretStore:
    from keyring.backends import fail

    return SecretStore(backend=fail.Keyring())


def _excerpt(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _tail(path: Path, lines: int) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def bundle_dir() -> Path | None:
    """The frozen app's own folder (where PyInstaller put the data files), or None from source."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=f"ownvoice {SELF_TEST_FLAG}", description="Check that this build works.")
    parser.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT_S, metavar="SECONDS")
    parser.add_argument("--keep-home", action="store_true", help="keep the throw-away data folder for inspection")
    return parser.parse_args(argv)


def main(argv: Sequence[str]) -> int:
    """The `--self-test` entry point (ui/main.py hands over before it reads any user file)."""
    args = parse_args(argv)
    # Past the time limit plus the clean-up's grace, print every thread's stack and exit 1.
    faulthandler.dump_traceback_later(args.time_limit + WATCHDOG_GRACE_S, exit=True)
    home = Path(tempfile.mkdtemp(prefix="ownvoice-self-test-"))
    os.environ[HOME_ENV] = str(home)
    paths = AppPaths.under(home)
    try:
        code = _run_in_app(paths, args.time_limit)
    except Exception as exc:  # noqa: BLE001 - the app could not even set up: say so, with the trace
        traceback.print_exc()
        print(f"self-test FAILED while starting the app: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        code = EXIT_FAILED
    finally:
        faulthandler.cancel_dump_traceback_later()
    if code == EXIT_OK and not args.keep_home:
        shutil.rmtree(home, ignore_errors=True)
    else:
        print(f"self-test: its data folder is kept at {home}", file=sys.stderr if code else sys.stdout)
    return code


def _run_in_app(paths: AppPaths, time_limit_s: float) -> int:
    from app.logging_setup import configure_logging
    from ui.backend import make_local_backend
    from ui.crash import install_qt_message_handler
    from ui.main import create_application
    from ui.theme import apply_theme

    configure_logging(paths.log_file)
    app = create_application()
    restore_qt_messages = install_qt_message_handler()
    try:
        apply_theme(app, self_test_settings().theme)
        starter = starter_model_path()
        if starter is None:
            print("self-test FAILED: the starter model is not installed (or not in the bundle)", file=sys.stderr)
            return EXIT_FAILED
        test = SelfTest(
            paths,
            lambda model: make_local_backend(model, paths),
            Expectations(model_path=starter, bundle_dir=bundle_dir()),
            time_limit_s=time_limit_s,
        )
        return test.run()
    finally:
        restore_qt_messages()
