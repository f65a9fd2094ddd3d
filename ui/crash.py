"""A last-resort exception hook: log the error and show where the log is, instead of vanishing."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("ownvoice.crash")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


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
