"""Crash handling, the qutebrowser way: nothing vanishes without a trace.

- `CrashReporter`: a last-resort exception hook; logs the error and shows where the log is.
- `NativeCrashDialog`: at the next start, the report of a native crash that faulthandler wrote
  (app.crash_file), with the log path and a "Copy report" button. The report holds the stack
  (files and functions), versions and paths: never draft text.
- `install_qt_message_handler`: Qt's own warnings and errors go to the log, not only to a
  terminal nobody watches.
- `show_start_failure`: an error that stops the start-up is said in a dialog, then logged.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QMessageLogContext, QObject, Qt, QtMsgType, Signal, qInstallMessageHandler, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.crash_file import CrashReport

log = logging.getLogger("ownvoice.crash")
qt_log = logging.getLogger("qt")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]
MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], None]


class CrashReporter(QObject):
    """Installs sys/threading exception hooks; shows the dialog on the GUI thread."""

    _report = Signal(str, str)  # summary, details

    def __init__(self, log_file: Path | None) -> None:
        super().__init__()
        self.log_file = log_file
        self._previous_hook: ExceptHook = sys.excepthook
        self._showing = False
        self._report.connect(self._show_dialog, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = lambda args: self._excepthook(args.exc_type, args.exc_value or Exception(), args.exc_traceback)

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = threading.__excepthook__

    def _excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error:\n%s", details)
        self._report.emit(f"{exc_type.__name__}: {exc}", details)

    def _show_dialog(self, summary: str, details: str) -> None:
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            where = str(self.log_file) if self.log_file else self.tr("(no log file could be written)")
            box = QMessageBox(QMessageBox.Icon.Critical, self.tr("OwnVoice hit a problem"), "")
            box.setText(
                self.tr(
                    "Something unexpected went wrong. Your story and drafts are still in the window; "
                    "copy anything important before you continue."
                )
            )
            box.setInformativeText(
                self.tr("Details were written to the log file:\n%1\n\n%2").replace("%1", where).replace("%2", summary)
            )
            box.setDetailedText(details)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.exec()
        finally:
            self._showing = False


def versions() -> dict[str, str]:
    """What a bug report needs to know about the toolkit."""
    return {"Qt": qVersion(), "PySide6": pyside_version}


class NativeCrashDialog(QDialog):
    """The report of a native crash in an earlier run, to read and to copy."""

    def __init__(self, reports: Sequence[CrashReport], log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NativeCrashDialog")
        self.setWindowTitle(self.tr("OwnVoice closed unexpectedly"))
        self.setMinimumWidth(560)
        self.report = "\n".join(report.text(log_file, versions()) for report in reports)
        where = str(log_file) if log_file else self.tr("(no log file could be written)")
        self.explanation = QLabel(
            self.tr(
                "OwnVoice stopped unexpectedly last time (a crash outside Python, in one of the libraries "
                "it uses). Your saved drafts are safe in your library.\n\nThe log file is:\n%1\n\n"
                "The report below holds no text of your drafts: only where in the program it stopped. "
                "Copy it to tell us what happened."
            ).replace("%1", where)
        )
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self.report)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Crash report"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton(self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)

    def copy_report(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.report)
        self.copy_button.setText(self.tr("Copied"))


def show_previous_crashes(reports: Sequence[CrashReport], log_file: Path | None, parent: QWidget | None) -> None:
    if not reports:
        return
    log.warning("the previous run crashed:\n%s", "\n".join(report.trace for report in reports))
    NativeCrashDialog(reports, log_file, parent).exec()


_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _log_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.category})" if context.category and context.category != "default" else ""
    qt_log.log(_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


def install_qt_message_handler() -> Callable[[], None]:
    """Route Qt's messages to the log; returns the function that restores the previous handler."""
    previous = qInstallMessageHandler(_log_qt_message)
    return lambda: qInstallMessageHandler(previous)


def show_start_failure(exc: BaseException, log_file: Path | None) -> None:
    """Say that OwnVoice could not start, and where the details are."""
    log.error("OwnVoice could not start:\n%s", "".join(traceback.format_exception(exc)))
    if QApplication.instance() is None:
        return
    where = str(log_file) if log_file else QApplication.translate("crash", "(no log file could be written)")
    box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("crash", "OwnVoice could not start"), "")
    box.setText(QApplication.translate("crash", "OwnVoice could not start: %1").replace("%1", f"{type(exc).__name__}: {exc}"))
    box.setInformativeText(
        QApplication.translate("crash", "Your saved drafts were not changed. Details are in the log file:\n%1").replace(
            "%1", where
        )
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
