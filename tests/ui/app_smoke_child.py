"""Run by test_app_start: the real `ownvoice` entry point, quitting once the model is ready.

Every dialog is answered with Cancel (so no passphrase prompt can block the run).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    QDialog.exec = lambda self: 0  # type: ignore[method-assign]
    QMessageBox.exec = lambda self: 0  # type: ignore[method-assign]
    original_exec = QApplication.exec

    def exec_until_ready(app: QApplication) -> int:
        def check() -> None:
            windows = [w for w in app.topLevelWidgets() if w.objectName() == "MainWindow" and w.isVisible()]
            if windows and getattr(windows[0], "state", "") == "ready":
                print(f"ready: {windows[0].model_label.text()}", flush=True)
                print(f"story: {windows[0].story_editor.toPlainText()}", flush=True)
                windows[0].close()
                app.quit()
            else:
                QTimer.singleShot(100, check)

        QTimer.singleShot(100, check)
        QTimer.singleShot(60_000, app.quit)
        return original_exec()

    QApplication.exec = exec_until_ready  # type: ignore[method-assign,assignment]
    from ui.main import main as app_main

    return app_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
