"""The window comes up before the heavy parts load (issue 11, part 5: launch to window <= 0.5 s).

The model engine, the encrypted library (SQLCipher, keyring), the checks with their word lists
and markdown load after the first frame, in threads; nothing of them may be imported by the
window's modules or on the way to its first paint. Checked in fresh processes through sys.modules,
so a transitive import anywhere is caught too (tests/test_architecture.py reads source text).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.paths import AppPaths

ROOT = Path(__file__).resolve().parent.parent.parent
HEAVY = (
    "llama_cpp",
    "numpy",
    "sqlcipher3",
    "keyring",
    "spellchecker",
    "markdown",
    "app.checks.report",  # every check, its regular expressions and tables
    "app.checks.lexicon",  # the word lists
    "app.library.repository",
    "ui.model_manager",
)


def run_child(code: str, env: dict[str, str] | None = None) -> dict[str, list[str]]:
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(line for line in result.stdout.splitlines() if line.startswith("RESULT "))
    found: dict[str, list[str]] = json.loads(line[len("RESULT ") :])
    return found


def test_importing_the_window_and_the_entry_point_loads_nothing_heavy() -> None:
    code = f"""
import json, sys
import ui.main, ui.main_window
print("RESULT " + json.dumps({{"loaded": [m for m in {HEAVY!r} if m in sys.modules]}}))
"""
    assert run_child(code)["loaded"] == []


START_PROBE = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
QDialog.exec = lambda self: 0  # every dialog (the passphrase) is answered with Cancel
QMessageBox.exec = lambda self: 0
HEAVY = %(heavy)r
found = {}
original_exec = QApplication.exec

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "at_first_paint" not in found and watched.isWidgetType() \\
                and watched.window().objectName() == "MainWindow":
            found["at_first_paint"] = [m for m in HEAVY if m in sys.modules]
        return False

def exec_probe(app):
    paint = FirstPaint()
    app.installEventFilter(paint)
    def when_started():
        window = next((w for w in app.topLevelWidgets() if w.objectName() == "MainWindow"), None)
        if window is None or window.state not in ("loading", "ready") or "at_first_paint" not in found:
            QTimer.singleShot(20, when_started)
            return
        found["model_state"] = [window.state]
        found["after_start"] = [m for m in HEAVY if m in sys.modules]
        window.close()
    QTimer.singleShot(0, when_started)
    QTimer.singleShot(100_000, app.quit)
    return original_exec()

QApplication.exec = exec_probe
from ui.main import main
code = main([])
print("RESULT " + json.dumps(found), flush=True)
sys.exit(code)
"""


@pytest.mark.engine
def test_the_first_frame_comes_before_the_library_the_model_and_the_checks(ownvoice_home: AppPaths) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    found = run_child(START_PROBE % {"heavy": HEAVY}, env)
    assert found["at_first_paint"] == []
    # Then, after the first frame, the library was opened (here without a keyring: the passphrase
    # was asked and cancelled) and the model started loading.
    assert found["model_state"][0] in ("loading", "ready")
    assert {"sqlcipher3", "keyring", "app.library.repository"} <= set(found["after_start"])
