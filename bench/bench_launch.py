"""How long from launching OwnVoice to its window on screen, and does the start-up stall it after?

Starts the real app (`ui.main.main`, offscreen unless a display is set) in a fresh process, on a
throw-away data folder, several times, interleaved with a baseline in the same run: a bare
PySide6 window (the floor: Python + Qt + one window). For each start it prints

- launch to window shown: from spawning the process to the main window's first paint;
- the heavy modules already imported at that first paint (they should all load later);
- the longest GUI stall in the WATCH_S seconds after the first paint, while the library opens,
  the model loads and the checks read their word lists (target <= 16 ms); the bare window's
  stalls in the same seconds show what the machine's load alone costs;
- how long until the app was ready (model loaded).

    .venv/bin/python bench/bench_launch.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.model_preferences import ModelPreferences  # noqa: E402
from app.paths import HOME_ENV, default_paths  # noqa: E402
from app.settings import Settings, SettingsStore  # noqa: E402

TARGET_LAUNCH_S = 0.5
TARGET_STALL_MS = 16.0
WATCH_S = 6.0  # the GUI is probed this long after the first paint (the model is usually ready by then)
# Modules the first frame does not need: each must load after the window is shown.
HEAVY_MODULES = (
    "llama_cpp", "sqlcipher3", "spellchecker", "markdown", "numpy", "keyring",
    "app.checks.facts", "app.checks.lexicon", "models.download", "ssl",
)

PROBE = r"""
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
QDialog.exec = lambda self: 0
QMessageBox.exec = lambda self: 0
HEAVY = %(heavy)r
WATCH_S = %(watch)r
BARE = %(bare)r
report = {}
original_exec = QApplication.exec

class FirstPaint(QObject):
    def __init__(self, on_paint):
        super().__init__()
        self.on_paint = on_paint
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "shown_at" not in report and watched.isWidgetType() \
                and watched.window().objectName() == "MainWindow" and watched.window().isVisible():
            report["shown_at"] = time.time()
            report["heavy_at_paint"] = [m for m in HEAVY if m in sys.modules]
            QTimer.singleShot(0, self.on_paint)
        return False

def exec_probe(app):
    report["exec_at"] = time.time()
    from ui.stall_probe import StallProbe
    probe = StallProbe(interval_ms=5)
    started = {}
    def after_paint():
        probe.start(); started["t"] = time.monotonic()
        QTimer.singleShot(0, watch)
    def watch():
        window = next((w for w in app.topLevelWidgets() if w.objectName() == "MainWindow"), None)
        ready = BARE or (window is not None and getattr(window, "state", "") == "ready")
        if ready and "ready_s" not in report:
            report["ready_s"] = time.monotonic() - started["t"]
        if time.monotonic() - started["t"] > WATCH_S:
            probe.stop()
            report["stall_ms"] = probe.longest_stall_ms
            report["p99_ms"] = probe.percentile_stall_ms(0.99)
            app.quit(); return
        QTimer.singleShot(20, watch)
    paint_filter = FirstPaint(after_paint)
    app.installEventFilter(paint_filter)
    QTimer.singleShot(120_000, app.quit)
    return original_exec()

QApplication.exec = exec_probe
if BARE:
    from PySide6.QtWidgets import QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow(); window.setObjectName("MainWindow"); window.show()
    app.exec()
else:
    from ui.main import main
    main([])
print("PROBE " + json.dumps(report), flush=True)
"""


def one_start(bare: bool, checkout: Path = ROOT) -> dict[str, float | list[str]]:
    home = tempfile.mkdtemp(prefix="ownvoice-bench-launch-")
    # A returning user's start: the one-time offer of a better model (a dialog) was made before.
    settings = Settings()
    prefs = ModelPreferences.of(settings)
    prefs.first_run_offer_done = True
    prefs.store_in(settings)
    SettingsStore(default_paths({HOME_ENV: home}).settings_file).save(settings)
    env = dict(os.environ, OWNVOICE_HOME=home, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # An installed app starts from compiled bytecode; compiling every module from source (as with
    # PYTHONDONTWRITEBYTECODE=1, set in some shells and CI) would be measured instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if "DBUS_SESSION_BUS_ADDRESS" not in env:  # no Secret Service here: the library dialog is answered with Cancel
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    code = PROBE % {"heavy": HEAVY_MODULES, "bare": bare, "watch": WATCH_S}
    spawned = time.time()
    result = subprocess.run([sys.executable, "-c", code], cwd=checkout, env=env, capture_output=True, text=True, timeout=300)
    line = next((line for line in result.stdout.splitlines() if line.startswith("PROBE ")), "")
    report = json.loads(line[len("PROBE ") :]) if line else {}
    if "shown_at" not in report:
        raise RuntimeError(f"the launch probe failed: {result.stderr[-2000:]}")
    report["launch_s"] = report["shown_at"] - spawned
    report["exec_s"] = report["exec_at"] - spawned
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--before", type=Path, help="another checkout (e.g. `git archive` of an older commit) to compare, interleaved")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} CPUs, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    one_start(bare=False)  # writes the bytecode caches a first start after an update writes
    if args.before:
        one_start(bare=False, checkout=args.before)
    app_runs, bare_runs, before_runs = [], [], []
    for _ in range(args.rounds):  # interleaved, so a busy moment hits all
        bare_runs.append(one_start(bare=True))
        app_runs.append(one_start(bare=False))
        if args.before:
            before_runs.append(one_start(bare=False, checkout=args.before))
    launch = statistics.median(float(r["launch_s"]) for r in app_runs)
    bare = statistics.median(float(r["launch_s"]) for r in bare_runs)
    stall = statistics.median(float(r["stall_ms"]) for r in app_runs)
    bare_stall = statistics.median(float(r["stall_ms"]) for r in bare_runs)
    p99 = statistics.median(float(r["p99_ms"]) for r in app_runs)
    ready = statistics.median(float(r.get("ready_s", "nan")) for r in app_runs)  # nan: not ready in time
    heavy = sorted({m for r in app_runs for m in r["heavy_at_paint"]})  # type: ignore[union-attr]
    print(f"launch to window shown (first paint), median of {args.rounds}:")
    each = " ".join(f"{float(r['launch_s']):.2f}" for r in app_runs)
    print(f"  OwnVoice                    {launch:.2f} s  (runs: {each}; target <= {TARGET_LAUNCH_S} s)")
    print(f"  bare PySide6 window         {bare:.2f} s  (the floor; ratio {launch / bare:.1f}x)")
    if before_runs:
        before = statistics.median(float(r["launch_s"]) for r in before_runs)
        each = " ".join(f"{float(r['launch_s']):.2f}" for r in before_runs)
        before_stall = statistics.median(float(r["stall_ms"]) for r in before_runs)
        print(f"  before ({args.before})  {before:.2f} s  (runs: {each}; now/before {launch / before:.2f});"
              f" its longest stall {before_stall:.1f} ms median")
    print(f"  heavy modules loaded before the first paint: {', '.join(heavy) or 'none'}")
    print(f"  model ready {ready:.2f} s after the first paint")
    stalls = " ".join(f"{float(r['stall_ms']):.0f}" for r in app_runs)
    print(f"  longest GUI stall in the {WATCH_S:.0f} s after the first paint: {stall:.1f} ms median (runs: {stalls};"
          f" p99 {p99:.1f} ms; target <= {TARGET_STALL_MS:.0f} ms); bare window: {bare_stall:.1f} ms")
    print(f"machine load average at the end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
