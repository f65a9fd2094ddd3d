"""A pause (never a wall) before copying a card whose facts are not in the story."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.checks import CheckReport


def build_copy_confirmation(parent: QWidget | None, report: CheckReport) -> QMessageBox | None:
    """The question to ask before copying a card with unmatched facts, or None when all is well.

    "Copy anyway" is always there: the facts may well be right (the user knows things the story
    does not say). "Go back and check" is the default, so a reflexive Enter does not skip the pause.
    """
    warning = report.copy_warning()
    if warning is None:
        return None
    box = QMessageBox(parent)
    box.setObjectName("CopyConfirmation")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(box.tr("Check the facts before you post"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the facts quote the model's text
    lines = [warning, ""]
    for finding in report.unmatched_facts:
        fact = f"\u2022 \u201c{report.excerpt(finding)}\u201d"
        if finding.hint:
            fact += "  \u2014  " + box.tr("story says: {fact}").format(fact=finding.hint)
        lines.append(fact)
    box.setText("\n".join(lines))
    box.setInformativeText(
        box.tr(
            "If they are right, copy anyway: nothing is posted until you paste it. "
            "Adding a fact to your notes stops this question for it."
        )
    )
    copy_button = box.addButton(box.tr("&Copy anyway"), QMessageBox.ButtonRole.AcceptRole)
    copy_button.setObjectName("CopyAnyway")
    back_button = box.addButton(box.tr("&Go back and check"), QMessageBox.ButtonRole.RejectRole)
    back_button.setObjectName("GoBack")
    box.setDefaultButton(back_button)
    box.setEscapeButton(back_button)
    box.setAccessibleName(box.tr("Check the facts before you post"))
    box.setAccessibleDescription(warning)
    return box


def copy_confirmation(
    parent: QWidget | None, report: CheckReport | None, run: Callable[[QMessageBox], object] = QMessageBox.exec
) -> bool:
    """True to copy: at once when no fact needs checking, else when the user chose "Copy anyway".

    `run` shows the box modally (tests pass a function that clicks a button instead).
    """
    if report is None:
        return True
    box = build_copy_confirmation(parent, report)
    if box is None:
        return True
    try:
        run(box)
        clicked = box.clickedButton()
        return clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole
    finally:
        box.deleteLater()
