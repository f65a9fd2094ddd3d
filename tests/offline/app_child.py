"""Run by test_offline: the real app entry point writes posts with the real engine, then quits.

Prints the backend status and each card's length; every dialog is answered with Cancel.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STORY = "Our team opened a repair café in Utrecht. In the first month 120 neighbours brought 300 items."


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    QDialog.exec = lambda self: 0  # type: ignore[method-assign]
    QMessageBox.exec = lambda self: 0  # type: ignore[method-assign]
    original_exec = QApplication.exec

    def exec_and_generate(app: QApplication) -> int:
        started = []

        def finished(_cancelled: bool) -> None:
            window = started[0]
            for card in window.cards_area.cards:
                print(f"card: {len(card.text())}", flush=True)
            window.close()
            app.quit()

        def check() -> None:
            windows = [w for w in app.topLevelWidgets() if w.objectName() == "MainWindow" and w.isVisible()]
            if windows and getattr(windows[0], "state", "") == "ready" and not started:
                window = windows[0]
                started.append(window)
                window.story_editor.setPlainText(STORY)
                window.angle_panel.length_group.buttons()[0].setChecked(True)  # short
                window.jobDone.connect(finished)
                window.generate()
            elif not started:
                QTimer.singleShot(100, check)

        QTimer.singleShot(100, check)
        QTimer.singleShot(240_000, app.quit)
        return original_exec()

    QApplication.exec = exec_and_generate  # type: ignore[method-assign,assignment]
    from ui.main import main as app_main

    return app_main([])


if __name__ == "__main__":
    sys.exit(main())
