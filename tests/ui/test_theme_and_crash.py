from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.fake import ScriptedBackend
from tests.ui.conftest import WindowFactory, scripted
from ui.crash import CrashReporter


def test_manual_theme_switch_changes_the_palette_and_is_remembered(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(scripted(ScriptedBackend()), start=False)
    app = QApplication.instance()
    window.view.set_theme("dark")
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80  # type: ignore[union-attr]
    assert window.view.current_settings().theme == "dark"
    window.view.set_theme("light")
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200  # type: ignore[union-attr]


def test_crash_hook_logs_and_reports_the_log_file(qtbot: QtBot, tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    log_file = tmp_path / "ownvoice.log"
    reporter = CrashReporter(log_file)
    shown: list[tuple[str, str]] = []
    reporter._report.disconnect()
    reporter._report.connect(lambda summary, details: shown.append((summary, details)))
    reporter.install()
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            with caplog.at_level(logging.ERROR, logger="ownvoice.crash"):
                sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        reporter.uninstall()
    assert shown and shown[0][0] == "RuntimeError: boom in a slot"
    assert "Traceback" in shown[0][1]
    assert "boom in a slot" in caplog.text
    assert sys.excepthook is not reporter._excepthook
