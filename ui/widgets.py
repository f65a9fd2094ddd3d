"""Small widgets the window's parts share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QStyledItemDelegate, QWidget


class ComboBox(QComboBox):
    """A combo box the mouse wheel changes only when it has the keyboard focus, with a readable
    highlighted item in its list.

    Scrolling a panel with the wheel must never change a choice the pointer happens to pass
    over (it switched "Write in" to Dutch unseen); the wheel then scrolls the panel instead.
    Qt's default pop-up delegate draws the highlighted item as a menu item, which the app's
    style sheet turns white on white (dark on dark); an item-view delegate follows the style
    sheet's `QComboBox QAbstractItemView::item:selected` rule instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: the wheel gives no focus
        self.setItemDelegate(QStyledItemDelegate(self))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the scroll area around it scrolls


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("SectionTitle")
    return label


def set_tab_order(chain: list[QWidget]) -> None:
    """Tab visits these widgets in this order."""
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)


def text_button(text: str, on_click: Callable[[], object], *, primary: bool = False) -> QPushButton:
    """A push button in the app's primary or secondary style that calls `on_click()`."""
    button = QPushButton(text)
    button.setObjectName("PrimaryButton" if primary else "SecondaryButton")
    button.clicked.connect(lambda _checked=False: on_click())
    return button
